// Where "now" comes from: the system clock in the app, a fixed or stepped one in tests.
#pragma once

#include "time/instant.h"

#include <atomic>

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

// Another clock moved by a fixed offset: what a console shows when its machine's clock is not
// the server's (the offset is the server's time minus this machine's).
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(const Clock &base)
        : m_base(base)
    {}
    Instant now() const override
    {
        return fromEpoch((m_base.nowMilliseconds() + m_offsetMs.load()) / 1000);
    }
    qint64 nowMilliseconds() const override { return m_base.nowMilliseconds() + m_offsetMs.load(); }
    void setOffsetMilliseconds(qint64 offset) { m_offsetMs.store(offset); }
    qint64 offsetMilliseconds() const { return m_offsetMs.load(); }

private:
    const Clock &m_base;
    std::atomic<qint64> m_offsetMs{0};
};

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
