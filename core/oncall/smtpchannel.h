// Email by SMTP through libcurl: STARTTLS required on smtp:// (unless told otherwise, for a
// relay on the same machine), TLS from the start on smtps://. Sending runs on a thread of its
// own and reports back on the caller's event loop; libcurl's timeout bounds it.
#pragma once

#include "oncall/notificationchannel.h"
#include "time/clock.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace hourglass {

struct SmtpSettings
{
    QString url;  // "smtp://mail.example.com:587" or "smtps://mail.example.com"
    QString user; // empty: no authentication
    QString password;
    QString sender; // "Hourglass desk <desk@example.com>"
    // On smtp://: refuse to send unless the server offers STARTTLS (the default), or send in
    // the clear (a relay on localhost, a test server).
    bool requireTls = true;
    int timeoutSeconds = 20;

    bool isSet() const { return !url.isEmpty() && !sender.isEmpty(); }
};

class SmtpChannel final : public QObject, public NotificationChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpChannel)

public:
    explicit SmtpChannel(SmtpSettings settings, QObject *parent = nullptr);
    // Waits for the sends under way (each bounded by the timeout).
    ~SmtpChannel() override;

    QString key() const override { return QStringLiteral("email"); }
    void send(const Notification &notification, std::function<void(const Delivery &)> done) override;

private:
    SmtpSettings m_settings;
    SystemClock m_clock;
    struct Worker
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> done;
    };
    std::mutex m_mutex;
    std::vector<Worker> m_workers; // finished ones are joined on the next send
};

} // namespace hourglass
