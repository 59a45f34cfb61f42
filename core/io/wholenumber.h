// Whole numbers as the command line and the batch files give them: one strict reading for all.
#pragma once

#include <QStringView>

#include <optional>

namespace hourglass {

// An optional '-' then ASCII digits, and nothing else: no space, tab or line break around it,
// no '+', no hex or other digit; nothing when the text is not one or lies outside qint64.
std::optional<qint64> parseWholeNumber(QStringView text);

} // namespace hourglass
