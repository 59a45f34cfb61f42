// What every harness shares: the fuzzer's bytes as a QByteArray, and the refusals that are
// the expected outcome of bad input (anything else escaping, or a sanitizer report, is a finding).
#pragma once

#include "io/inputerror.h"
#include "time/businesscalendar.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <stdexcept>

namespace hourglass::fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Runs one reader; a refusal (InputError, CalendarError or another std::runtime_error the
// project throws for bad input) is a pass. std::logic_error and friends are not caught.
template<typename Read>
int refuseOrAccept(Read &&read)
{
    try {
        read();
    } catch (const InputError &) {
    } catch (const CalendarError &) {
    } catch (const std::runtime_error &) {
    }
    return 0;
}

} // namespace hourglass::fuzz
