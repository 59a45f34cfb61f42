// How the after-hours desk reaches people by itself: one interface for every channel (email by
// SMTP, a webhook), so the notifier neither knows nor waits on how a message travels.
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace hourglass {

struct Notification
{
    QString to;     // an email address, or the webhook's URL
    QString toName; // who it is for, as people read it
    QString subject;
    QString text;        // plain text, lines separated by \n
    QJsonObject payload; // what a webhook posts
};

struct Delivery
{
    bool delivered = false;
    QString detail; // "250 OK", "HTTP 204", or what went wrong, for the ledger
};

class NotificationChannel
{
public:
    virtual ~NotificationChannel() = default;
    // "email", "webhook": what the ledger calls it.
    virtual QString key() const = 0;
    // Starts sending and returns at once; `done` is called exactly once, later, on the thread
    // that called send() (its event loop), also on a timeout or a failure. Never blocks.
    virtual void send(const Notification &notification, std::function<void(const Delivery &)> done)
        = 0;
};

} // namespace hourglass
