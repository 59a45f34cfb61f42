// hourglass-cli oncall: who is on call, shifts, lint, .ics export, rotations and overrides.
#include "cli/oncallcommands.h"

#include "cli/openroot.h"
#include "cli/output.h"
#include "compositionroot.h"
#include "io/inputerror.h"
#include "oncall/oncallservice.h"

#include <QJsonArray>
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
        throw UsageError(QStringLiteral("expected %1 after \"oncall %2\"")
                             .arg(QLatin1String(what), arguments.words().value(1)));
    arguments.allowWords(count);
}

// [--from, --to) when given (both or neither), else `from` and twelve months on.
std::pair<Instant, Instant> range(const CliArguments &arguments, Instant now)
{
    const bool hasFrom = arguments.has(QStringLiteral("from"));
    if (hasFrom != arguments.has(QStringLiteral("to")))
        throw UsageError(QStringLiteral("give both --from and --to, or neither"));
    if (!hasFrom)
        return {now, OnCallLint::twelveMonthsAfter(now)};
    const Instant from = arguments.requireDayOrInstant(QStringLiteral("from"), false);
    const Instant to = arguments.requireDayOrInstant(QStringLiteral("to"), true);
    if (to <= from)
        throw InputError(QString(),
                         QStringLiteral("--to"),
                         QStringLiteral("must come after --from"));
    if (to - from > date::days{3 * 366})
        throw InputError(QString(),
                         QStringLiteral("--to"),
                         QStringLiteral("at most three years after --from"));
    return {from, to};
}

QStringList splitLogins(const CliArguments &arguments, const QString &name)
{
    QStringList logins;
    for (const QString &part : arguments.value(name).split(u',', Qt::SkipEmptyParts))
        logins.append(part.trimmed());
    return logins;
}

QJsonArray jsonList(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

int who(const CliArguments &arguments)
{
    expectWords(arguments, 2, "");
    const Instant t = arguments.requireInstant(QStringLiteral("at"));
    std::optional<Instant> knownAt;
    if (arguments.has(QStringLiteral("as-known-at")))
        knownAt = arguments.requireInstant(QStringLiteral("as-known-at"));
    const auto root = openRoot(arguments);
    OnCallService &oncall = root->oncall();
    const Rotation rotation = oncall.rotationOrOnly(arguments.value(QStringLiteral("rotation")));
    const OnCallAnswer answer = oncall.schedule(rotation.id).at(t, knownAt);
    if (arguments.flag(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("rotation"), rotation.name},
                      {QStringLiteral("at"), formatInstant(t)},
                      {QStringLiteral("prime"), answer.prime},
                      {QStringLiteral("secondaries"), jsonList(answer.secondaries)},
                      {QStringLiteral("level2"), jsonList(answer.level2)},
                      {QStringLiteral("level3"), jsonList(answer.level3)},
                      {QStringLiteral("revision"), answer.revision}};
        if (answer.isCovered()) {
            o.insert(QStringLiteral("period_start"), formatInstant(answer.periodStart));
            o.insert(QStringLiteral("period_end"), formatInstant(answer.periodEnd));
            QJsonArray overrides;
            for (qint64 id : answer.overrides)
                overrides.append(id);
            o.insert(QStringLiteral("overrides"), overrides);
        }
        printJson(o);
        return 0;
    }
    const QHash<QString, QString> names = oncall.names();
    if (!answer.isCovered()) {
        printLine(
            QStringLiteral("nobody is on call in %1 at %2").arg(rotation.name, formatInstant(t)));
        return 0;
    }
    const QStringList people = answer.contacts();
    for (qsizetype i = 0; i < people.size(); ++i) {
        QString line = QStringLiteral("%1\t%2").arg(OnCallService::roleName(int(i)),
                                                    named(names, people.at(i)));
        if (!answer.standingInFor.value(i).isEmpty())
            line += QStringLiteral("\tcovering for %1").arg(named(names, answer.standingInFor.at(i)));
        printLine(line);
    }
    for (const QString &login : answer.level2)
        printLine(QStringLiteral("level 2\t%1").arg(named(names, login)));
    for (const QString &login : answer.level3)
        printLine(QStringLiteral("level 3\t%1").arg(named(names, login)));
    printLine(QStringLiteral("shift\t%1\t%2\t%3")
                  .arg(formatInstant(answer.periodStart),
                       formatInstant(answer.periodEnd),
                       formatLocal(answer.periodStart, rotation.zone)));
    return 0;
}

int shifts(const CliArguments &arguments)
{
    expectWords(arguments, 2, "");
    const Instant from = arguments.requireDayOrInstant(QStringLiteral("from"), false);
    const Instant to = arguments.requireDayOrInstant(QStringLiteral("to"), true);
    if (to <= from)
        throw InputError(QString(),
                         QStringLiteral("--to"),
                         QStringLiteral("must come after --from"));
    if (to - from > date::days{3 * 366})
        throw InputError(QString(),
                         QStringLiteral("--to"),
                         QStringLiteral("at most three years after --from"));
    const auto root = openRoot(arguments);
    OnCallService &oncall = root->oncall();
    const Rotation rotation = oncall.rotationOrOnly(arguments.value(QStringLiteral("rotation")));
    const QString person = arguments.value(QStringLiteral("person"));
    const QHash<QString, QString> names = oncall.names();
    if (!person.isEmpty() && !names.contains(person))
        throw InputError(QString(),
                         QStringLiteral("--person"),
                         QStringLiteral("no user has the login \"%1\"")
                             .arg(InputError::excerpt(person)));
    const bool json = arguments.flag(QStringLiteral("json"));
    for (const OnCallShift &s : oncall.schedule(rotation.id).shifts(from, to)) {
        if (!person.isEmpty() && s.person != person)
            continue;
        const double hours = double(s.length().count()) / 3600;
        if (json) {
            QJsonObject o{{QStringLiteral("start"), formatInstant(s.start)},
                          {QStringLiteral("end"), formatInstant(s.end)},
                          {QStringLiteral("hours"), hours},
                          {QStringLiteral("position"), s.position},
                          {QStringLiteral("role"), OnCallService::roleName(s.position)},
                          {QStringLiteral("person"), s.person},
                          {QStringLiteral("name"), names.value(s.person)}};
            if (s.overrideId != 0) {
                o.insert(QStringLiteral("override"), s.overrideId);
                o.insert(QStringLiteral("covering_for"), s.standingInFor);
            }
            printJson(o);
            continue;
        }
        QString line = QStringLiteral("%1\t%2\t%3 h\t%4\t%5")
                           .arg(formatInstant(s.start), formatInstant(s.end))
                           .arg(hours, 0, 'g', 4)
                           .arg(OnCallService::roleName(s.position), named(names, s.person));
        if (s.overrideId != 0)
            line += QStringLiteral("\tcovering for %1 (override %2)")
                        .arg(named(names, s.standingInFor))
                        .arg(s.overrideId);
        printLine(line);
    }
    return 0;
}

int lint(const CliArguments &arguments)
{
    expectWords(arguments, 2, "");
    const auto root = openRoot(arguments);
    OnCallService &oncall = root->oncall();
    const QList<Rotation> rotations = arguments.has(QStringLiteral("rotation"))
                                          ? QList<Rotation>{oncall.rotationNamed(
                                              arguments.value(QStringLiteral("rotation")))}
                                          : oncall.rotations();
    const Instant now = root->clock().now();
    const QHash<QString, QString> names = oncall.names();
    const bool json = arguments.flag(QStringLiteral("json"));
    for (const Rotation &rotation : rotations) {
        for (const OnCallFinding &f : oncall.lint(oncall.schedule(rotation.id), now)) {
            const QString text = OnCallLint::describe(f, names, rotation.zone);
            if (json) {
                QJsonObject o{{QStringLiteral("rotation"), rotation.name},
                              {QStringLiteral("kind"), OnCallLint::kindKey(f.kind)},
                              {QStringLiteral("start"), formatInstant(f.start)},
                              {QStringLiteral("end"), formatInstant(f.end)},
                              {QStringLiteral("message"), text}};
                if (!f.person.isEmpty())
                    o.insert(QStringLiteral("person"), f.person);
                if (f.overrideId != 0)
                    o.insert(QStringLiteral("override"), f.overrideId);
                printJson(o);
            } else {
                printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                              .arg(rotation.name,
                                   OnCallLint::kindKey(f.kind),
                                   formatInstant(f.start),
                                   formatInstant(f.end),
                                   text));
            }
        }
    }
    return 0;
}

int exportIcs(const CliArguments &arguments)
{
    expectWords(arguments, 3, "FILE");
    const QString fileName = arguments.words().at(2);
    if (fileName.isEmpty())
        throw InputError(QString(),
                         QStringLiteral("oncall export-ics"),
                         QStringLiteral("the file name must not be empty"));
    const auto root = openRoot(arguments);
    OnCallService &oncall = root->oncall();
    const Rotation rotation = oncall.rotationOrOnly(arguments.value(QStringLiteral("rotation")));
    const Instant now = root->clock().now();
    const auto [from, to] = range(arguments, now);
    const QString person = arguments.value(QStringLiteral("person"));
    const QHash<QString, QString> names = oncall.names();
    if (!person.isEmpty() && !names.contains(person))
        throw InputError(QString(),
                         QStringLiteral("--person"),
                         QStringLiteral("no user has the login \"%1\"")
                             .arg(InputError::excerpt(person)));
    const QByteArray ics
        = OnCallService::exportIcs(oncall.schedule(rotation.id), from, to, person, names, now);
    if (fileName == QLatin1String("-")) {
        std::fwrite(ics.constData(), 1, std::size_t(ics.size()), stdout);
        return 0;
    }
    writeWhole(fileName, ics);
    return 0;
}

QJsonObject overrideJson(const OnCallOverride &o)
{
    QJsonObject json{{QStringLiteral("id"), o.id},
                     {QStringLiteral("version"), o.version},
                     {QStringLiteral("start"), formatInstant(o.start)},
                     {QStringLiteral("end"), formatInstant(o.end)},
                     {QStringLiteral("for"), o.covered},
                     {QStringLiteral("cover"), o.cover},
                     {QStringLiteral("note"), o.note},
                     {QStringLiteral("recorded_at"), formatInstant(o.recordedAt)},
                     {QStringLiteral("recorded_by"), o.recordedBy}};
    if (o.withdrawnAt) {
        json.insert(QStringLiteral("withdrawn_at"), formatInstant(*o.withdrawnAt));
        json.insert(QStringLiteral("withdrawn_by"), o.withdrawnBy);
    }
    return json;
}

void printOverride(const OnCallOverride &o, const QHash<QString, QString> &names, bool json)
{
    if (json) {
        printJson(overrideJson(o));
        return;
    }
    QString line = QStringLiteral("%1\tv%2\t%3\t%4\t%5 covers %6")
                       .arg(o.id)
                       .arg(o.version)
                       .arg(formatInstant(o.start),
                            formatInstant(o.end),
                            named(names, o.cover),
                            named(names, o.covered));
    if (o.withdrawnAt)
        line += QStringLiteral("\twithdrawn %1 by %2")
                    .arg(formatInstant(*o.withdrawnAt), o.withdrawnBy);
    printLine(line);
}

int override(const CliArguments &arguments)
{
    const QString action = arguments.words().value(2);
    const auto root = [&] {
        return openRoot(arguments);
    };
    if (action == QLatin1String("add")) {
        expectWords(arguments, 3, "");
        OnCallOverride o;
        o.start = arguments.requireInstant(QStringLiteral("from"));
        o.end = arguments.requireInstant(QStringLiteral("to"));
        o.covered = arguments.require(QStringLiteral("for"));
        o.cover = arguments.require(QStringLiteral("cover"));
        o.note = arguments.value(QStringLiteral("note"));
        const auto opened = root();
        OnCallService &oncall = opened->oncall();
        o.rotationId = oncall.rotationOrOnly(arguments.value(QStringLiteral("rotation"))).id;
        printOverride(oncall.addOverride(o), oncall.names(), arguments.flag(QStringLiteral("json")));
        return 0;
    }
    if (action == QLatin1String("list")) {
        expectWords(arguments, 3, "");
        const auto opened = root();
        OnCallService &oncall = opened->oncall();
        const Rotation rotation = oncall.rotationOrOnly(
            arguments.value(QStringLiteral("rotation")));
        const QHash<QString, QString> names = oncall.names();
        for (const OnCallOverride &o : oncall.schedule(rotation.id).overrides())
            printOverride(o, names, arguments.flag(QStringLiteral("json")));
        return 0;
    }
    if (action == QLatin1String("withdraw")) {
        expectWords(arguments, 4, "ID");
        bool ok = false;
        const qint64 id = arguments.words().at(3).toLongLong(&ok);
        if (!ok || id <= 0)
            throw InputError(QString(),
                             QStringLiteral("oncall override withdraw"),
                             QStringLiteral("\"%1\" is not an override number")
                                 .arg(InputError::excerpt(arguments.words().at(3))));
        const int version = int(arguments.requireWholeNumber(QStringLiteral("version"), 1, INT_MAX));
        const auto opened = root();
        opened->oncall().withdrawOverride(id, version);
        return 0;
    }
    if (action.isEmpty())
        throw UsageError(
            QStringLiteral("expected add, list or withdraw after \"oncall override\""));
    throw UsageError(QStringLiteral("unknown override action \"%1\" (add, list or withdraw)")
                         .arg(InputError::excerpt(action)));
}

void printRotation(const Rotation &r, const QHash<QString, QString> &names, bool json)
{
    if (json) {
        QJsonArray dates;
        for (date::local_days d : r.handoffDates)
            dates.append(formatLocalDate(d));
        printJson({{QStringLiteral("id"), r.id},
                   {QStringLiteral("version"), r.version},
                   {QStringLiteral("name"), r.name},
                   {QStringLiteral("zone"), r.zone},
                   {QStringLiteral("period"), rotationPeriodKey(r.period)},
                   {QStringLiteral("every_days"), r.periodDays()},
                   {QStringLiteral("first_handoff"), formatLocalDate(r.firstHandoff)},
                   {QStringLiteral("handoff_time"), formatTimeOfDay(r.handoffTime)},
                   {QStringLiteral("handoff_dates"), dates},
                   {QStringLiteral("people"), jsonList(r.people)},
                   {QStringLiteral("secondaries"), r.secondaries},
                   {QStringLiteral("level2"), jsonList(r.level2)},
                   {QStringLiteral("level3"), jsonList(r.level3)}});
        return;
    }
    QStringList people;
    for (const QString &login : r.people)
        people.append(named(names, login));
    printLine(QStringLiteral("%1\tv%2\t%3\t%4 from %5 at %6 %7\t%8 secondaries\t%9")
                  .arg(r.id)
                  .arg(r.version)
                  .arg(r.name,
                       rotationPeriodKey(r.period),
                       formatLocalDate(r.firstHandoff),
                       formatTimeOfDay(r.handoffTime),
                       r.zone)
                  .arg(r.secondaries)
                  .arg(people.join(QStringLiteral(", "))));
}

// The rotation options of create and edit over `r`.
Rotation withOptions(Rotation r, const CliArguments &arguments)
{
    if (arguments.has(QStringLiteral("name")))
        r.name = arguments.value(QStringLiteral("name"));
    if (arguments.has(QStringLiteral("zone")))
        r.zone = arguments.value(QStringLiteral("zone"));
    if (arguments.has(QStringLiteral("period"))) {
        const std::optional<RotationPeriod> period = rotationPeriodFromKey(
            arguments.value(QStringLiteral("period")));
        if (!period)
            throw InputError(QString(),
                             QStringLiteral("--period"),
                             QStringLiteral("\"%1\" is not daily, weekly, every-n-days or custom")
                                 .arg(InputError::excerpt(
                                     arguments.value(QStringLiteral("period")))));
        r.period = *period;
    }
    if (arguments.has(QStringLiteral("every")))
        r.everyDays = int(arguments.requireWholeNumber(QStringLiteral("every"), 1, 366));
    if (arguments.has(QStringLiteral("first-handoff"))) {
        const std::optional<date::local_days> d = parseLocalDate(
            arguments.value(QStringLiteral("first-handoff")));
        if (!d)
            throw InputError(QString(),
                             QStringLiteral("--first-handoff"),
                             QStringLiteral("\"%1\" is not a date (2026-03-02)")
                                 .arg(InputError::excerpt(
                                     arguments.value(QStringLiteral("first-handoff")))));
        r.firstHandoff = *d;
    }
    if (arguments.has(QStringLiteral("handoff-time"))) {
        const std::optional<Seconds> t = parseTimeOfDay(
            arguments.value(QStringLiteral("handoff-time")));
        if (!t)
            throw InputError(QString(),
                             QStringLiteral("--handoff-time"),
                             QStringLiteral("\"%1\" is not a time of day (09:00)")
                                 .arg(InputError::excerpt(
                                     arguments.value(QStringLiteral("handoff-time")))));
        r.handoffTime = *t;
    }
    if (arguments.has(QStringLiteral("dates"))) {
        r.handoffDates.clear();
        for (const QString &part :
             arguments.value(QStringLiteral("dates")).split(u',', Qt::SkipEmptyParts)) {
            const std::optional<date::local_days> d = parseLocalDate(part.trimmed());
            if (!d)
                throw InputError(QString(),
                                 QStringLiteral("--dates"),
                                 QStringLiteral("\"%1\" is not a date (2026-03-02)")
                                     .arg(InputError::excerpt(part)));
            r.handoffDates.append(*d);
        }
    }
    if (arguments.has(QStringLiteral("people")))
        r.people = splitLogins(arguments, QStringLiteral("people"));
    if (arguments.has(QStringLiteral("secondaries")))
        r.secondaries = int(arguments.requireWholeNumber(QStringLiteral("secondaries"), 0, 1000));
    else if (arguments.has(QStringLiteral("people")) && r.id == 0)
        r.secondaries = int(std::max<qsizetype>(0, r.people.size() - 1));
    if (arguments.has(QStringLiteral("level2")))
        r.level2 = splitLogins(arguments, QStringLiteral("level2"));
    if (arguments.has(QStringLiteral("level3")))
        r.level3 = splitLogins(arguments, QStringLiteral("level3"));
    return r;
}

int rotations(const CliArguments &arguments)
{
    expectWords(arguments, 2, "");
    const auto root = openRoot(arguments);
    OnCallService &oncall = root->oncall();
    const QHash<QString, QString> names = oncall.names();
    for (const Rotation &r : oncall.rotations())
        printRotation(r, names, arguments.flag(QStringLiteral("json")));
    return 0;
}

int save(const CliArguments &arguments, bool create)
{
    expectWords(arguments, 2, "");
    const auto root = openRoot(arguments);
    OnCallService &oncall = root->oncall();
    Rotation r;
    if (create) {
        arguments.require(QStringLiteral("name"));
        arguments.require(QStringLiteral("zone"));
        arguments.require(QStringLiteral("first-handoff"));
        arguments.require(QStringLiteral("people"));
        r = withOptions(Rotation{}, arguments);
    } else {
        const Rotation stored = oncall.rotationNamed(arguments.require(QStringLiteral("rotation")));
        r = withOptions(stored, arguments);
        r.version = int(arguments.requireWholeNumber(QStringLiteral("version"), 1, INT_MAX));
    }
    printRotation(oncall.save(r), oncall.names(), arguments.flag(QStringLiteral("json")));
    return 0;
}

int leave(const CliArguments &arguments)
{
    const QString action = arguments.words().value(2);
    if (action != QLatin1String("add"))
        throw UsageError(QStringLiteral("expected add after \"oncall leave\""));
    expectWords(arguments, 3, "");
    DeclaredLeave l;
    l.person = arguments.require(QStringLiteral("person"));
    l.start = arguments.requireInstant(QStringLiteral("from"));
    l.end = arguments.requireInstant(QStringLiteral("to"));
    l.note = arguments.value(QStringLiteral("note"));
    const auto root = openRoot(arguments);
    const DeclaredLeave stored = root->oncall().declareLeave(l);
    printObject({{QStringLiteral("id"), stored.id},
                 {QStringLiteral("person"), stored.person},
                 {QStringLiteral("start"), formatInstant(stored.start)},
                 {QStringLiteral("end"), formatInstant(stored.end)}},
                arguments.flag(QStringLiteral("json")));
    return 0;
}

const QSet<QString> rotationOptions = {QStringLiteral("name"),
                                       QStringLiteral("zone"),
                                       QStringLiteral("period"),
                                       QStringLiteral("every"),
                                       QStringLiteral("first-handoff"),
                                       QStringLiteral("handoff-time"),
                                       QStringLiteral("dates"),
                                       QStringLiteral("people"),
                                       QStringLiteral("secondaries"),
                                       QStringLiteral("level2"),
                                       QStringLiteral("level3")};

} // namespace

int runOnCallCommand(const CliArguments &arguments)
{
    const QString action = arguments.words().value(1);
    const QString rotation = QStringLiteral("rotation");
    if (action == QLatin1String("who")) {
        arguments.allowOnly(
            common + QSet<QString>{QStringLiteral("at"), rotation, QStringLiteral("as-known-at")});
        return who(arguments);
    }
    if (action == QLatin1String("shifts")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("from"),
                                            QStringLiteral("to"),
                                            rotation,
                                            QStringLiteral("person")});
        return shifts(arguments);
    }
    if (action == QLatin1String("lint")) {
        arguments.allowOnly(common + QSet<QString>{rotation});
        return lint(arguments);
    }
    if (action == QLatin1String("export-ics")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("from"),
                                            QStringLiteral("to"),
                                            rotation,
                                            QStringLiteral("person")});
        return exportIcs(arguments);
    }
    if (action == QLatin1String("override")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("from"),
                                            QStringLiteral("to"),
                                            rotation,
                                            QStringLiteral("for"),
                                            QStringLiteral("cover"),
                                            QStringLiteral("note"),
                                            QStringLiteral("version")});
        return override(arguments);
    }
    if (action == QLatin1String("leave")) {
        arguments.allowOnly(common
                            + QSet<QString>{QStringLiteral("person"),
                                            QStringLiteral("from"),
                                            QStringLiteral("to"),
                                            QStringLiteral("note")});
        return leave(arguments);
    }
    if (action == QLatin1String("rotations")) {
        arguments.allowOnly(common);
        return rotations(arguments);
    }
    if (action == QLatin1String("create")) {
        arguments.allowOnly(common + rotationOptions);
        return save(arguments, true);
    }
    if (action == QLatin1String("edit")) {
        arguments.allowOnly(common + rotationOptions
                            + QSet<QString>{rotation, QStringLiteral("version")});
        return save(arguments, false);
    }
    if (action.isEmpty())
        throw UsageError(QStringLiteral("expected who, shifts, lint, export-ics, override, leave, "
                                        "rotations, create or edit after \"oncall\""));
    throw UsageError(QStringLiteral("unknown oncall action \"%1\" (who, shifts, lint, export-ics, "
                                    "override, leave, rotations, create or edit)")
                         .arg(InputError::excerpt(action)));
}

} // namespace hourglass::cli
