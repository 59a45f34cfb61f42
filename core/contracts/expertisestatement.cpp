// The statement's words in the customer's language, and the month as CSV.
#include "contracts/expertisestatement.h"

#include "io/csv.h"

#include <date/tz.h>

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace hourglass {

namespace {

// Not tr(): the customer's language decides, not the console's, and a coach prints statements
// for French and English customers in one sitting.
struct Words
{
    QLocale locale;
    const char *title;
    const char *customer;
    const char *period;
    const char *tier;
    const char *generated;
    const char *columns[6];
    const char *kinds[6];
    const char *reversal; // reverses entry %1: reason
    const char *fromIncluded;
    const char *fromPack;
    const char *overage;
    const char *included;
    const char *carried;
    const char *packs;
    const char *used;
    const char *left;
    const char *packLeft;
    const char *overageTotal;
    const char *empty;
    const char *footer;
    const char *colon; // ": ", or the French " : " with its narrow no-break space
    const char *english;
    const char *french;
};

const Words english{QLocale(QLocale::English, QLocale::UnitedKingdom),
                    "Expertise hours statement",
                    "Customer",
                    "Period",
                    "Support level",
                    "Issued",
                    {"Date", "Expert", "Assignment", "Language", "Duration", "Taken from"},
                    {"Discovery session of the portal",
                     "Target architecture",
                     "Daily advice and skills",
                     "Troubleshooting outside the service",
                     "P1 rapid action",
                     "Report and sizing recommendations"},
                    "Correction of an earlier line: %1",
                    "included hours",
                    "pack",
                    "overage",
                    "Included this month",
                    "Carried over",
                    "In packs at the start of the month",
                    "Used",
                    "Included hours left",
                    "Left in packs",
                    "Overage (billed separately)",
                    "No expertise session this month.",
                    "Durations in hours and minutes. Corrections appear as negative lines; no "
                    "line is ever changed.",
                    ": ",
                    "English",
                    "French"};

const Words french{QLocale(QLocale::French, QLocale::France),
                   "Relevé des heures d'expertise",
                   "Client",
                   "Période",
                   "Niveau de support",
                   "Émis le",
                   {"Date", "Expert", "Mission", "Langue", "Durée", "Imputé sur"},
                   {"Session de découverte du portail",
                    "Architecture cible",
                    "Conseil au quotidien et montée en compétences",
                    "Dépannage hors service",
                    "Action rapide sur P1",
                    "Rapport et recommandations de dimensionnement"},
                   "Correction d'une ligne précédente : %1",
                   "heures incluses",
                   "pack",
                   "dépassement",
                   "Inclus ce mois-ci",
                   "Report du mois précédent",
                   "En packs au début du mois",
                   "Consommé",
                   "Heures incluses restantes",
                   "Restant en packs",
                   "Dépassement (facturé à part)",
                   "Aucune session d'expertise ce mois-ci.",
                   "Durées en heures et minutes. Les corrections apparaissent en lignes "
                   "négatives ; aucune ligne n'est jamais modifiée.",
                   "\u202f: ",
                   "Anglais",
                   "Français"};

const Words &wordsFor(const QString &language)
{
    return language == QLatin1String("fr") ? french : english;
}

QString duration(int minutes)
{
    const QString sign = minutes < 0 ? QStringLiteral("−") : QString();
    const int m = std::abs(minutes);
    const QString text = QStringLiteral("%1:%2").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
    return sign + text;
}

QString languageName(const QString &key, const Words &w)
{
    return QString::fromUtf8(key == QLatin1String("fr") ? w.french : w.english);
}

QDate localDate(Instant t, const QString &zone)
{
    return QDateTime::fromSecsSinceEpoch(toEpoch(t), QTimeZone(zone.toUtf8())).date();
}

} // namespace

QString ExpertiseStatement::monthKey(date::year_month month)
{
    return QString::asprintf("%04d-%02u", int(month.year()), unsigned(month.month()));
}

std::optional<date::year_month> ExpertiseStatement::parseMonth(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const unsigned month = match.captured(2).toUInt();
    if (year < 1970 || year > 2400 || month < 1 || month > 12)
        return std::nullopt;
    return date::year{year} / date::month{month};
}

StatementDocument ExpertiseStatement::compose(const ExpertiseLedger &ledger,
                                              date::year_month month,
                                              const QString &tierName,
                                              Instant generatedAt)
{
    const Customer &customer = ledger.customer();
    const Words &w = wordsFor(customer.language);
    const MonthBalance balance = ledger.balance(month);
    StatementDocument d;
    d.language = customer.language == QLatin1String("fr") ? QStringLiteral("fr")
                                                          : QStringLiteral("en");
    d.product = QStringLiteral("Hourglass");
    d.title = QString::fromUtf8(w.title);
    d.customer = QString::fromUtf8(w.customer) + QString::fromUtf8(w.colon) + customer.name;
    const QDate first(int(month.year()), int(unsigned(month.month())), 1);
    d.period = QString::fromUtf8(w.period) + QString::fromUtf8(w.colon)
               + w.locale.standaloneMonthName(first.month()) + QLatin1Char(' ')
               + QString::number(first.year());
    d.tier = QString::fromUtf8(w.tier) + QString::fromUtf8(w.colon) + tierName;
    d.generated = QString::fromUtf8(w.generated) + QString::fromUtf8(w.colon)
                  + w.locale.toString(localDate(generatedAt, customer.timeZone),
                                      QLocale::LongFormat);
    for (const char *column : w.columns)
        d.columns.append(QString::fromUtf8(column));
    for (const ExpertiseEntry &e : balance.entries) {
        QStringList taken;
        if (e.fromIncluded)
            taken.append(QString::fromUtf8(w.fromIncluded));
        if (e.fromPacks())
            taken.append(QString::fromUtf8(w.fromPack));
        if (e.overage)
            taken.append(QString::fromUtf8(w.overage));
        QString kind = QString::fromUtf8(w.kinds[int(e.kind)]);
        if (e.isReversal())
            kind = QString::fromUtf8(w.reversal).arg(kind);
        d.rows.append({w.locale.toString(localDate(e.at, customer.timeZone), QLocale::ShortFormat),
                       e.coachName.isEmpty() ? e.coach : e.coachName,
                       kind,
                       languageName(e.language, w),
                       duration(e.signedMinutes()),
                       taken.join(QLatin1String(", "))});
    }
    const auto total = [&](const char *label, int minutes) {
        d.totals.append({QString::fromUtf8(label), duration(minutes)});
    };
    total(w.included, balance.includedMinutes);
    if (balance.carriedInMinutes)
        total(w.carried, balance.carriedInMinutes);
    if (balance.packMinutes)
        total(w.packs, balance.packMinutes);
    total(w.used, balance.usedMinutes);
    total(w.left, std::max(0, balance.leftMinutes));
    if (balance.packMinutes || balance.packLeftMinutes)
        total(w.packLeft, balance.packLeftMinutes);
    if (balance.overageMinutes)
        total(w.overageTotal, balance.overageMinutes);
    d.empty = QString::fromUtf8(w.empty);
    d.footer = QString::fromUtf8(w.footer);
    return d;
}

QByteArray ExpertiseStatement::csv(const ExpertiseLedger &ledger, date::year_month month)
{
    const Customer &customer = ledger.customer();
    QList<QStringList> records{{QStringLiteral("entry"),
                                QStringLiteral("customer"),
                                QStringLiteral("date"),
                                QStringLiteral("session_at"),
                                QStringLiteral("coach"),
                                QStringLiteral("kind"),
                                QStringLiteral("language"),
                                QStringLiteral("minutes"),
                                QStringLiteral("from_included"),
                                QStringLiteral("from_packs"),
                                QStringLiteral("overage"),
                                QStringLiteral("ticket"),
                                QStringLiteral("reverses"),
                                QStringLiteral("notes"),
                                QStringLiteral("recorded_at"),
                                QStringLiteral("recorded_by")}};
    for (const ExpertiseEntry &e : ledger.balance(month).entries) {
        // Every text a person typed, or named, is kept from running as a formula.
        using Csv::spreadsheetText;
        records.append({QString::number(e.id),
                        spreadsheetText(customer.name),
                        localDate(e.at, customer.timeZone).toString(Qt::ISODate),
                        formatInstant(e.at),
                        spreadsheetText(e.coach),
                        ExpertiseKinds::key(e.kind),
                        e.language,
                        QString::number(e.signedMinutes()),
                        QString::number(e.sign() * e.fromIncluded),
                        QString::number(e.sign() * e.fromPacks()),
                        QString::number(e.sign() * e.overage),
                        e.ticketId ? QString::number(*e.ticketId) : QString(),
                        e.reverses ? QString::number(*e.reverses) : QString(),
                        spreadsheetText(e.notes),
                        formatInstant(e.recordedAt),
                        spreadsheetText(e.recordedBy)});
    }
    return Csv::format(records);
}

} // namespace hourglass
