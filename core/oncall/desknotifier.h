// What the after-hours desk sends by itself, in core so it runs whether or not the desk page is
// open: when a step of a run starts, a note on the ticket's timeline, an email to its contact
// and a webhook; for a call that is
// not urgent, an email to the support inbox. Each send is claimed in the database first, so
// of two consoles only one sends; its outcome (delivered, or what went wrong: a timeout, a
// refusal) is recorded beside the run's ledger. Sending never blocks the caller.
#pragma once

#include "oncall/notificationchannel.h"

#include <QObject>
#include <QString>

namespace hourglass {

class EscalationService;

struct DeskNotifierSettings
{
    QString supportInbox; // where calls that are not urgent go (seed 000: support@…); empty: none
    QString webhookUrl;   // empty: no webhook
};

class DeskNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskNotifier)

public:
    // `email` and `webhook` may be null (not set up); not owned.
    DeskNotifier(EscalationService &service,
                 NotificationChannel *email,
                 NotificationChannel *webhook,
                 DeskNotifierSettings settings,
                 QObject *parent = nullptr);

    // One pass over the runs under way and the pending inbox messages: claims and starts what
    // is due now. Returns how many sends it started. Throws StorageError.
    int check();
    // Sends started and not finished yet.
    int inFlight() const { return m_inFlight; }

signals:
    // One send finished and its outcome is recorded.
    void sent(qint64 notificationId, bool delivered, const QString &detail);

private:
    void start(qint64 id, NotificationChannel &channel, const Notification &notification);

    EscalationService &m_service;
    NotificationChannel *m_email;
    NotificationChannel *m_webhook;
    DeskNotifierSettings m_settings;
    int m_inFlight = 0;
};

} // namespace hourglass
