// Where "now" comes from: the system clock in the app, a fixed or stepped one in tests.
#pragma once

#include "time/instant.h"

namespace hourglass {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual Instant now() const = 0;
};

class SystemClock final : public Clock
{
public:
    Instant now() const override
    {
        return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
    }
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
