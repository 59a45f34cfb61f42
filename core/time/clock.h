// Where "now" comes from: the system clock in the app, a fixed or stepped one in tests.
#pragma once

#include "time/instant.h"

namespace hourglass {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual Instant now() const = 0;
    // The same in epoch milliseconds, for what measures latency (the change log).
    virtual qint64 nowMilliseconds() const { return toEpoch(now()) * 1000; }
};

class SystemClock final : public Clock
{
public:
    Instant now() const override
    {
        return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
    }
    qint64 nowMilliseconds() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

// The clock of this process, for a Database nobody gave one (tests, one-off tools).
const Clock &systemClock();

// A clock tests set by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(Instant start)
        : m_now(start)
    {}
    Instant now() const override { return m_now; }
    void set(Instant t) { m_now = t; }
    void advance(Seconds d) { m_now += d; }

private:
    Instant m_now;
};

} // namespace hourglass
