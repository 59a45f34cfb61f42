// hourglass-cli maintenance: the maintenance calendar's windows, occurrences and .ics files.
#include "cli/maintenancecommands.h"

#include "cli/openroot.h"
#include "cli/output.h"
#include "compositionroot.h"
#include "io/icalendarfile.h"
#include "io/inputerror.h"
#include "io/wholenumber.h"
#include "maintenance/maintenanceservice.h"
#include "maintenance/noticecomposer.h"
#include "maintenance/noticedelivery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <QRegularExpression>

#include <cstdio>

namespace hourglass::cli {

namespace {

const QSet<QString> common = {QStringLiteral("database"),
                              QStringLiteral("json"),
                              QStringLiteral("user")};

void expectWords(const CliArguments &arguments, qsizetype count, const char *what)
{
    if (arguments.words().size() < count)
        throw UsageError(QStringLiteral("expected %1 after \"maintenance %2\"")
                             .arg(QLatin1String(what), arguments.words().value(1)));
    arguments.allowWords(count);
}

QString changeKey(MaintenanceOccurrence::Change change)
{
    switch (change) {
    case MaintenanceOccurrence::Change::AsRuled:
        return QStringLiteral("as-ruled");
    case MaintenanceOccurrence::Change::Moved:
        return QStringLiteral("moved");
    case MaintenanceOccurrence::Change::HolidayMoved:
        return QStringLiteral("holiday-moved");
    }
    return {};
}

int occurrences(const CliArguments &arguments)
{
    expectWords(arguments, 2, "");
    const Instant from = arguments.requireDayOrInstant(QStringLiteral("from"), false);
    const Instant to = arguments.requireDayOrInstant(QStringLiteral("to"), true);
    if (to <= from)
        throw InputError(QString(),
                         QStringLiteral("--to"),
                         QStringLiteral("must come after --from"));
    if (to - from > date::years{50})
        throw InputError(QString(),
                         QStringLiteral("--to"),
                         QStringLiteral("at most 50 years after --from"));
    const auto root = openRoot(arguments);
    MaintenanceService &maintenance = root->maintenance();
    const MaintenanceService::Schedule schedule = maintenance.schedule(from, to);
    const bool json = arguments.flag(QStringLiteral("json"));
    for (const MaintenanceOccurrence &o : schedule.occurrences) {
        const MaintenanceWindow &window = schedule.windows.at(o.window);
        if (json) {
            printJson(
                {{QStringLiteral("start"), formatInstant(o.start)},
                 {QStringLiteral("end"), formatInstant(o.end)},
                 {QStringLiteral("title"), window.title},
                 {QStringLiteral("platform"), window.platform},
                 {QStringLiteral("uid"), window.uid},
                 {QStringLiteral("recurrence_id"), formatLocalTime(o.recurrenceId)},
                 {QStringLiteral("zone"), window.zone},
                 {QStringLiteral("change"), changeKey(o.change)},
                 {QStringLiteral("pauses_sla"), window.pausesSla},
                 {QStringLiteral("occurrence"), MaintenanceService::occurrenceName(window, o)}});
        } else {
            // The last column names the occurrence as `maintenance notice` takes it.
            printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                          .arg(formatInstant(o.start),
                               formatInstant(o.end),
                               window.title,
                               window.platform,
                               MaintenanceService::occurrenceName(window, o)));
        }
    }
    // Overlaps are worth knowing, not a reason to fail: said on standard error.
    for (const QString &warning : maintenance.overlapWarnings(from, to)) {
        std::fflush(stdout);
        std::fprintf(stderr, "hourglass-cli: warning: %s\n", warning.toUtf8().constData());
    }
    return 0;
}

int list(const CliArguments &arguments)
{
    expectWords(arguments, 2, "");
    const auto root = openRoot(arguments);
    const bool json = arguments.flag(QStringLiteral("json"));
    for (const MaintenanceWindow &w : root->maintenance().windows()) {
        if (json) {
            printJson({{QStringLiteral("id"), w.id},
                       {QStringLiteral("version"), w.version},
                       {QStringLiteral("uid"), w.uid},
                       {QStringLiteral("title"), w.title},
                       {QStringLiteral("platform"), w.platform},
                       {QStringLiteral("zone"), w.zone},
                       {QStringLiteral("start"), formatLocalTime(w.start)},
                       {QStringLiteral("seconds"), qint64(w.length.count())},
                       {QStringLiteral("rrule"), w.rrule},
                       {QStringLiteral("pauses_sla"), w.pausesSla},
                       {QStringLiteral("overrides"), qint64(w.overrides.size())}});
        } else {
            printLine(QStringLiteral("%1\tv%2\t%3\t%4\t%5 %6\t%7")
                          .arg(w.id)
                          .arg(w.version)
                          .arg(w.platform, w.title, formatLocalTime(w.start), w.zone, w.rrule));
        }
    }
    return 0;
}

void printStored(const QList<MaintenanceWindow> &stored, bool json)
{
    qint64 created = 0;
    for (const MaintenanceWindow &w : stored)
        created += w.version == 1 ? 1 : 0;
    printObject({{QStringLiteral("windows"), qint64(stored.size())},
                 {QStringLiteral("created"), created},
                 {QStringLiteral("updated"), qint64(stored.size()) - created}},
                json);
}

int import(const CliArguments &arguments)
{
    expectWords(arguments, 3, "an .ics file");
    const QString file = arguments.words().at(2);
    const QByteArray bytes = readFileOrStdin(QStringLiteral("maintenance import"), file);
    // Read and checked before the database is opened: a malformed file never touches it.
    const QList<MaintenanceWindow> windows = ICalendarFile::parse(file, bytes);
    const auto root = openRoot(arguments);
    printStored(root->maintenance().store(windows), arguments.flag(QStringLiteral("json")));
    return 0;
}

int exportWindows(const CliArguments &arguments)
{
    arguments.allowWords(3);
    if (arguments.words().size() == 3 && arguments.words().at(2).isEmpty())
        throw InputError(QString(),
                         QStringLiteral("maintenance export"),
                         QStringLiteral("the file name must not be empty"));
    const auto root = openRoot(arguments);
    const QByteArray ics = ICalendarFile::write(root->maintenance().windows(), root->clock().now());
    const QString fileName = arguments.words().value(2, QStringLiteral("-"));
    if (fileName == QLatin1String("-")) {
        std::fwrite(ics.constData(), 1, std::size_t(ics.size()), stdout);
        return 0;
    }
    writeWhole(fileName, ics);
    return 0;
}

int presets(const CliArguments &arguments)
{
    expectWords(arguments, 2, "");
    const auto root = openRoot(arguments);
    printStored(root->maintenance().installPresets(), arguments.flag(QStringLiteral("json")));
    return 0;
}

// --eml DIR (the folder, which must exist) or --mailto (empty).
QString emlFolder(const CliArguments &arguments)
{
    const bool mailto = arguments.flag(QStringLiteral("mailto"));
    const bool eml = arguments.has(QStringLiteral("eml"));
    if (mailto == eml)
        throw UsageError(QStringLiteral("expected one of --eml DIR or --mailto"));
    if (mailto)
        return {};
    const QString folder = arguments.require(QStringLiteral("eml"));
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        throw InputError(QString(),
                         QStringLiteral("--eml"),
                         QStringLiteral("\"%1\" is not a folder").arg(InputError::excerpt(folder)));
    return folder;
}

// .eml files in `folder`, or mailto: links on standard output (empty folder); recorded once
// every one is written, so a failure leaves neither files nor records.
void deliver(MaintenanceService &maintenance,
             const NoticeComposer &composer,
             const QList<MaintenanceNotice> &notices,
             const QString &folder,
             Instant now,
             bool json)
{
    NoticeDelivery delivery(maintenance, composer);
    const QList<NoticeRecord> records = folder.isEmpty() ? delivery.recordMailto(notices)
                                                         : delivery.saveAsEml(notices, folder, now);
    for (qsizetype i = 0; i < notices.size(); ++i) {
        const MaintenanceNotice &n = notices.at(i);
        const QString where = folder.isEmpty()
                                  ? QString::fromUtf8(NoticeComposer::mailto(n).toEncoded())
                                  : records.at(i).file;
        if (json) {
            printJson(
                {{QStringLiteral("customer_id"), n.recipient.customerId},
                 {QStringLiteral("customer"), n.recipient.name},
                 {QStringLiteral("address"), n.recipient.email},
                 {QStringLiteral("language"), n.recipient.language},
                 {QStringLiteral("method"), noticeMethodKey(n.method)},
                 {QStringLiteral("kind"), noticeKindKey(n.kind)},
                 {QStringLiteral("sequence"), n.sequence},
                 {QStringLiteral("reminder_at"),
                  n.reminderAt ? formatInstant(*n.reminderAt) : QString()},
                 {folder.isEmpty() ? QStringLiteral("mailto") : QStringLiteral("file"), where}});
        } else {
            printLine(QStringLiteral("%1\t%2\t%3\t%4")
                          .arg(n.kind == MaintenanceNotice::Kind::Reminder
                                   ? QStringLiteral("REMINDER")
                                   : noticeMethodKey(n.method),
                               n.recipient.name,
                               n.recipient.email,
                               where));
        }
    }
}

// A notice per affected customer.
int notice(const CliArguments &arguments)
{
    expectWords(arguments, 3, "an occurrence (UID/START, as \"maintenance occurrences\" prints it)");
    const QString name = arguments.words().at(2);
    const QString folder = emlFolder(arguments);
    Seconds reminder{48 * 3600};
    if (arguments.has(QStringLiteral("reminder"))) {
        const QString text = arguments.value(QStringLiteral("reminder"));
        const std::optional<qint64> hours = parseWholeNumber(text);
        if (!hours || *hours < 0 || *hours > 24 * 366)
            throw InputError(QString(),
                             QStringLiteral("--reminder"),
                             QStringLiteral("\"%1\" is not a number of hours from 0 to 8784")
                                 .arg(InputError::excerpt(text)));
        reminder = Seconds{*hours * 3600};
    }
    const NoticeComposer composer(arguments.has(QStringLiteral("sender"))
                                      ? arguments.value(QStringLiteral("sender"))
                                      : QStringLiteral("maintenance@hourglass.invalid"));

    const auto root = openRoot(arguments);
    MaintenanceService &maintenance = root->maintenance();
    const MaintenanceService::FoundOccurrence found = maintenance.findOccurrence(name);
    const Instant now = root->clock().now();
    const QList<MaintenanceNotice> notices = maintenance.notices(found, composer, reminder, now);
    deliver(maintenance, composer, notices, folder, now, arguments.flag(QStringLiteral("json")));
    if (notices.isEmpty()) {
        std::fflush(stdout);
        std::fprintf(stderr,
                     "hourglass-cli: warning: no customer subscribes to the platform %s\n",
                     found.window.platform.toUtf8().constData());
    }
    return 0;
}

// The reminders due now, sent as the notices are (.eml files or mailto: links) and recorded,
// so that the next run does not send them again.
int reminders(const CliArguments &arguments)
{
    expectWords(arguments, 2, "");
    const QString folder = emlFolder(arguments);
    const NoticeComposer composer(arguments.has(QStringLiteral("sender"))
                                      ? arguments.value(QStringLiteral("sender"))
                                      : QStringLiteral("maintenance@hourglass.invalid"));
    const auto root = openRoot(arguments);
    MaintenanceService &maintenance = root->maintenance();
    const Instant now = root->clock().now();
    const QList<MaintenanceNotice> due = maintenance.dueReminders(composer, now);
    deliver(maintenance, composer, due, folder, now, arguments.flag(QStringLiteral("json")));
    if (due.isEmpty() && !arguments.flag(QStringLiteral("json"))) {
        std::fflush(stdout);
        std::fprintf(stderr, "hourglass-cli: no reminder is due\n");
    }
    return 0;
}

} // namespace

int runMaintenanceCommand(const CliArguments &arguments)
{
    const QString action = arguments.words().value(1);
    if (action == QLatin1String("occurrences")) {
        arguments.allowOnly(common + QSet<QString>{QStringLiteral("from"), QStringLiteral("to")});
        return occurrences(arguments);
    }
    if (action == QLatin1String("notice")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("eml"),
                                            QStringLiteral("mailto"),
                                            QStringLiteral("reminder"),
                                            QStringLiteral("sender")});
        return notice(arguments);
    }
    if (action == QLatin1String("reminders")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("eml"),
                                            QStringLiteral("mailto"),
                                            QStringLiteral("sender")});
        return reminders(arguments);
    }
    arguments.allowOnly(common);
    if (action == QLatin1String("list"))
        return list(arguments);
    if (action == QLatin1String("import"))
        return import(arguments);
    if (action == QLatin1String("export"))
        return exportWindows(arguments);
    if (action == QLatin1String("presets"))
        return presets(arguments);
    if (action.isEmpty())
        throw UsageError(QStringLiteral(
            "expected occurrences, list, import, export, presets, notice or reminders after "
            "\"maintenance\""));
    throw UsageError(
        QStringLiteral("unknown maintenance action \"%1\" (occurrences, list, import, export, "
                       "presets, notice or reminders)")
            .arg(InputError::excerpt(action)));
}

} // namespace hourglass::cli
