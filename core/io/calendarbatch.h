// The batch files of `calendar add|between --batch`: one "FROM SECONDS" or "FROM TO" per line.
#pragma once

#include "time/instant.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace hourglass::CalendarBatch {

enum class Kind { Add, Between };

struct Query
{
    qsizetype line = 0; // 1-based, for messages about the answer
    Instant from;
    qint64 seconds = 0; // Add
    Instant to;         // Between
};

// Every line of the file, each checked as the calendars need it (years they can answer for,
// a reach that cannot overflow) before any arithmetic. Throws InputError naming "line N" at the
// first bad line, so a batch is answered whole or not at all.
std::vector<Query> parse(const QString &fileName, const QByteArray &bytes, Kind kind);

// A whole number of seconds as a batch line or an option gives it; place names where.
qint64 parseSeconds(const QString &fileName, const QString &place, QStringView text);
// The checks of parse for one instant or one reach, for values given as options.
void checkYears(const QString &fileName, const QString &place, Instant t);
void checkReach(const QString &fileName, const QString &place, Instant from, qint64 seconds);

} // namespace hourglass::CalendarBatch
