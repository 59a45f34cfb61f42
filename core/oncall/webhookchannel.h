// A webhook: the notification's JSON payload POSTed to a URL with Qt Network. Any 2xx answer
// is a delivery; another status, a network error or no answer within the timeout is a failure
// said in words, for the ledger.
#pragma once

#include "oncall/notificationchannel.h"

#include <QObject>

class QNetworkAccessManager;

namespace hourglass {

class WebhookChannel final : public QObject, public NotificationChannel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookChannel)

public:
    explicit WebhookChannel(int timeoutMs = 10000, QObject *parent = nullptr);
    ~WebhookChannel() override;

    QString key() const override { return QStringLiteral("webhook"); }
    void send(const Notification &notification, std::function<void(const Delivery &)> done) override;

private:
    QNetworkAccessManager *m_network;
    int m_timeoutMs;
};

} // namespace hourglass
