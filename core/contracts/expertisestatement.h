// A month of a customer's expertise ledger as the customer reads it (the PDF statement, in the
// customer's language and zone) and as a spreadsheet reads it (CSV).
#pragma once

#include "contracts/expertiseledger.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace hourglass {

struct StatementDocument
{
    QString language; // "fr" or "en": the customer's
    QString product;  // "Hourglass"
    QString title;
    QString customer;
    QString period; // "March 2026", "mars 2026"
    QString tier;
    QString generated;
    QStringList columns;
    QList<QStringList> rows; // one per entry, reversals included
    QList<QPair<QString, QString>> totals;
    QString empty; // said when the month has no entry
    QString footer;
};

namespace ExpertiseStatement {

// `tierName`: the tier in force at the end of the month, as the customer reads it.
StatementDocument compose(const ExpertiseLedger &ledger,
                          date::year_month month,
                          const QString &tierName,
                          Instant generatedAt);
// The month's entries with their draws, one record each, under a header of stable keys;
// times in ISO 8601 UTC, the session's local date in the customer's zone.
QByteArray csv(const ExpertiseLedger &ledger, date::year_month month);
// "2026-03" for a month, and back; nullopt for anything else.
QString monthKey(date::year_month month);
std::optional<date::year_month> parseMonth(const QString &text);

} // namespace ExpertiseStatement

} // namespace hourglass
