// One thing an agent does to a ticket, as a typed command: what the ticket service carries out
// now, or what the offline journal keeps until the database is back.
#include "tickets/ticketaction.h"

#include "io/inputerror.h"
#include "io/jsonreader.h"
#include "tickets/eventpayload.h"

#include <QCoreApplication>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::TicketAction)
};

struct KindKey
{
    TicketAction::Kind kind;
    const char *key;
};

const KindKey kindKeys[] = {
    {TicketAction::Kind::Respond, "respond"},
    {TicketAction::Kind::PostUpdate, "post-update"},
    {TicketAction::Kind::WaitOnCustomer, "wait-on-customer"},
    {TicketAction::Kind::Resume, "resume"},
    {TicketAction::Kind::CustomerReplied, "customer-replied"},
    {TicketAction::Kind::Schedule, "schedule"},
    {TicketAction::Kind::Assign, "assign"},
    {TicketAction::Kind::Note, "note"},
    {TicketAction::Kind::ChangeSeverity, "change-severity"},
    {TicketAction::Kind::ChangeTier, "change-tier"},
    {TicketAction::Kind::Resolve, "resolve"},
    {TicketAction::Kind::Reopen, "reopen"},
    {TicketAction::Kind::Edit, "edit"},
    {TicketAction::Kind::Append, "append"},
    {TicketAction::Kind::Reply, "reply"},
};

} // namespace

QString TicketAction::key(Kind kind)
{
    for (const KindKey &entry : kindKeys) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.key);
    }
    return QString();
}

std::optional<TicketAction::Kind> TicketAction::kindFromKey(const QString &key)
{
    for (const KindKey &entry : kindKeys) {
        if (key == QLatin1String(entry.key))
            return entry.kind;
    }
    return std::nullopt;
}

QJsonObject TicketAction::toJson() const
{
    QJsonObject object{{QStringLiteral("action"), key(kind)},
                       {QStringLiteral("ticket"), ticketId},
                       {QStringLiteral("version"), version}};
    if (!value.isEmpty())
        object.insert(QStringLiteral("value"), value);
    if (!text.isEmpty())
        object.insert(QStringLiteral("text"), text);
    if (when)
        object.insert(QStringLiteral("when"), formatInstant(*when));
    if (kind == Kind::Edit) {
        QJsonObject fields;
        if (change.title)
            fields.insert(QStringLiteral("title"), *change.title);
        if (change.severity)
            fields.insert(QStringLiteral("severity"), *change.severity);
        if (change.tier)
            fields.insert(QStringLiteral("tier"), *change.tier);
        if (change.status)
            fields.insert(QStringLiteral("status"), statusKey(*change.status));
        if (change.assignee)
            fields.insert(QStringLiteral("assignee"), *change.assignee);
        object.insert(QStringLiteral("change"), fields);
    }
    if (kind == Kind::Append)
        object.insert(QStringLiteral("event"),
                      QJsonObject{{QStringLiteral("at"), formatInstant(event.at)},
                                  {QStringLiteral("kind"), TicketEvent::key(event.kind)},
                                  {QStringLiteral("details"), EventPayload::encode(event)}});
    return object;
}

TicketAction TicketAction::fromJson(const QString &file,
                                    const QString &place,
                                    const QJsonObject &json)
{
    JsonReader reader(file, place, json);
    TicketAction action;
    const QString kind = reader.requireString(QStringLiteral("action"));
    const auto parsed = kindFromKey(kind);
    if (!parsed)
        reader.fail(QStringLiteral("action"), Tr::tr("unknown action \"%1\"").arg(kind));
    action.kind = *parsed;
    action.ticketId = reader.requireInteger(QStringLiteral("ticket"));
    if (action.ticketId <= 0)
        reader.fail(QStringLiteral("ticket"), Tr::tr("must be a positive whole number"));
    action.version = int(reader.requireInteger(QStringLiteral("version")));
    action.value = reader.optionalString(QStringLiteral("value")).value_or(QString());
    action.text = reader.optionalString(QStringLiteral("text")).value_or(QString());
    if (reader.has(QStringLiteral("when")))
        action.when = reader.requireInstant(QStringLiteral("when"));
    // The fields as given, empty ones included: the ticket service says what is wrong with them.
    reader.optionalObject(QStringLiteral("change")); // an object when there
    const QJsonObject fields = json.value(QStringLiteral("change")).toObject();
    const auto field = [&](const char *name) -> std::optional<QString> {
        const QString key = QString::fromLatin1(name);
        if (!fields.contains(key))
            return std::nullopt;
        if (!fields.value(key).isString())
            reader.fail(QStringLiteral("change.") + key, Tr::tr("expected text"));
        return fields.value(key).toString();
    };
    action.change.title = field("title");
    action.change.severity = field("severity");
    action.change.tier = field("tier");
    action.change.assignee = field("assignee");
    if (const auto status = field("status")) {
        action.change.status = ticketStatusFromKey(*status);
        if (!action.change.status)
            reader.fail(QStringLiteral("change.status"),
                        Tr::tr("unknown status \"%1\"").arg(*status));
    }
    if (const auto event = reader.optionalObject(QStringLiteral("event"))) {
        JsonReader entry = *event;
        action.event.at = entry.requireInstant(QStringLiteral("at"));
        const QString eventKind = entry.requireString(QStringLiteral("kind"));
        const auto parsedKind = TicketEvent::kindFromKey(eventKind);
        if (!parsedKind)
            entry.fail(QStringLiteral("kind"), Tr::tr("unknown event kind \"%1\"").arg(eventKind));
        action.event.kind = *parsedKind;
        JsonReader details = entry.requireObject(QStringLiteral("details"));
        EventPayload::decode(details, action.event);
        details.finish();
        entry.finish();
    }
    reader.finish();
    return action;
}

} // namespace hourglass
