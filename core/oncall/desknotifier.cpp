#include "oncall/desknotifier.h"

#include "oncall/escalationservice.h"
#include "oncall/oncallservice.h"
#include "storage/storageerror.h"
#include "tickets/ticketservice.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::DeskNotifier)
};

} // namespace

DeskNotifier::DeskNotifier(EscalationService &service,
                           NotificationChannel *email,
                           NotificationChannel *webhook,
                           DeskNotifierSettings settings,
                           QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_email(email)
    , m_webhook(webhook)
    , m_settings(std::move(settings))
{}

int DeskNotifier::check()
{
    EscalationRepository &repository = m_service.repository();
    int started = 0;
    const Instant now = m_service.now();
    QHash<QString, ContactDetails> details;
    QHash<QString, QString> names;
    bool read = false;
    const auto readPeople = [&] {
        if (!read) {
            details = repository.contactDetails();
            names = m_service.names();
            read = true;
        }
    };

    // A send claimed by a console that quit or crashed before it finished never will: after
    // ten minutes (every channel gives up well before) it is said to have failed.
    repository.expireSends(now - Seconds{600},
                           Tr::tr("the console that was sending it stopped before it finished"));

    for (const EscalationRun &run : m_service.runs()) {
        if (run.isOwned() || !run.ticketId)
            continue;
        const EscalationRun::State state = run.stateAt(now);
        if (!state.current)
            continue;
        readPeople();
        const EscalationStep &step = *state.current;
        // The step on the ticket's timeline, once, whatever else is set up.
        if (const std::optional<qint64> id = repository.claimNotification(run.ticketId,
                                                                          run.id,
                                                                          step.step,
                                                                          QStringLiteral(
                                                                              "timeline"),
                                                                          step.contact)) {
            try {
                m_service.noteStepStarted(run, step);
                repository.finishNotification(*id, true, QString());
            } catch (const std::runtime_error &e) {
                repository.finishNotification(*id, false, QString::fromUtf8(e.what()));
            }
        }
        const QString name = names.value(step.contact, step.contact);
        const QString subject = Tr::tr("[%1] After-hours call %2: please call back and take "
                                       "ownership")
                                    .arg(run.severity)
                                    .arg(run.id);
        const QString text = Tr::tr(
                                 "%1, you are the %2 for after-hours call %3 (ticket #%4, %5).\n\n"
                                 "Call %6 back on %7, then tell the desk you own the incident.\n"
                                 "If nobody acknowledges by %8, the next contact is tried.")
                                 // One arg() for all: a name or a caller holding "%3" stays as typed.
                                 .arg(name,
                                      OnCallService::roleName(step.position),
                                      QString::number(run.id),
                                      QString::number(run.ticketId),
                                      run.severity,
                                      run.caller,
                                      run.callback,
                                      formatInstant(step.end));
        const QString email = details.value(step.contact).email;
        if (m_email && !email.isEmpty()) {
            if (const std::optional<qint64> id = repository.claimNotification(run.ticketId,
                                                                              run.id,
                                                                              step.step,
                                                                              m_email->key(),
                                                                              email)) {
                start(*id, *m_email, {email, name, subject, text, {}});
                ++started;
            }
        }
        if (m_webhook && !m_settings.webhookUrl.isEmpty()) {
            if (const std::optional<qint64> id = repository.claimNotification(
                    run.ticketId, run.id, step.step, m_webhook->key(), m_settings.webhookUrl)) {
                const QJsonObject payload{{QStringLiteral("event"),
                                           QStringLiteral("escalation.step")},
                                          {QStringLiteral("run"), run.id},
                                          {QStringLiteral("ticket"), run.ticketId},
                                          {QStringLiteral("severity"), run.severity},
                                          {QStringLiteral("step"), step.step},
                                          {QStringLiteral("round"), step.round + 1},
                                          {QStringLiteral("contact"), step.contact},
                                          {QStringLiteral("contact_name"), name},
                                          {QStringLiteral("contact_phone"),
                                           details.value(step.contact).phone},
                                          {QStringLiteral("caller"), run.caller},
                                          {QStringLiteral("callback"), run.callback},
                                          {QStringLiteral("next_step_at"), formatInstant(step.end)}};
                start(*id, *m_webhook, {m_settings.webhookUrl, name, subject, text, payload});
                ++started;
            }
        }
    }

    if (m_email && !m_settings.supportInbox.isEmpty()) {
        for (const EscalationNotification &pending : repository.pendingNotifications()) {
            if (pending.channel != m_email->key()
                || !repository.claimPending(pending.id, m_settings.supportInbox))
                continue;
            const std::optional<TicketRecord> ticket = m_service.tickets().repository().ticket(
                pending.ticketId);
            const QString title = ticket ? ticket->title : QString();
            const QString text
                = Tr::tr("A call that is not urgent was taken by the after-hours desk: ticket #%1, "
                         "%2 (%3), contact %4.\n\nTo be handled as a priority the next working "
                         "day.")
                      .arg(QString::number(pending.ticketId),
                           title,
                           ticket ? ticket->customer : QString(),
                           ticket ? ticket->contact : QString());
            start(pending.id,
                  *m_email,
                  {m_settings.supportInbox,
                   QString(),
                   Tr::tr("After-hours call, not urgent: ticket #%1 %2")
                       .arg(QString::number(pending.ticketId), title),
                   text,
                   {}});
            ++started;
        }
    }
    return started;
}

void DeskNotifier::start(qint64 id, NotificationChannel &channel, const Notification &notification)
{
    ++m_inFlight;
    try {
        channel.send(notification, [this, id](const Delivery &delivery) {
            --m_inFlight;
            try {
                m_service.repository().finishNotification(id, delivery.delivered, delivery.detail);
            } catch (const StorageError &) {
                // The database is away: the row stays "sending"; what happened is still said.
            }
            emit sent(id, delivery.delivered, delivery.detail);
        });
    } catch (const std::exception &e) {
        // Could not even start (no thread left): recorded as failed, counted out.
        --m_inFlight;
        m_service.repository().finishNotification(id, false, QString::fromUtf8(e.what()));
    }
}

} // namespace hourglass
