// Reads a policy JSON file (format "hourglass-policy/1"), refusing anything malformed whole.
#pragma once

#include "sla/policy.h"

namespace hourglass {

namespace PolicyFile {

inline constexpr auto formatTag = "hourglass-policy/1";

// Throws InputError naming the file, the JSON path and the problem.
Policy load(const QString &fileName);
Policy parse(const QString &fileName, const QByteArray &bytes);

} // namespace PolicyFile

} // namespace hourglass
