#include "oncall/webhookchannel.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::WebhookChannel)
};

} // namespace

WebhookChannel::WebhookChannel(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timeoutMs(timeoutMs)
{}

WebhookChannel::~WebhookChannel() = default;

void WebhookChannel::send(const Notification &notification,
                          std::function<void(const Delivery &)> done)
{
    const QUrl url(notification.to, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        // Said later, as every other outcome is: the caller never waits.
        QMetaObject::invokeMethod(
            this,
            [done, to = notification.to] {
                done({false, Tr::tr("“%1” is not an http or https URL").arg(to.left(200))});
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply
        = m_network->post(request,
                          QJsonDocument(notification.payload).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError)
            done({false, Tr::tr("no answer within %1 s").arg(m_timeoutMs / 1000.0)});
        else if (status >= 200 && status < 300)
            done({true, QStringLiteral("HTTP %1").arg(status)});
        else if (status != 0)
            done({false, QStringLiteral("HTTP %1").arg(status)});
        else
            done({false, reply->errorString()});
    });
}

} // namespace hourglass
