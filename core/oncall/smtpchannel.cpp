#include "oncall/smtpchannel.h"

#include "io/mailtext.h"

#include <QCoreApplication>
#include <QUuid>

#include <curl/curl.h>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::SmtpChannel)
};

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = upload->data.size() - upload->offset;
    const qsizetype n = std::min(room, left);
    if (n <= 0)
        return 0;
    memcpy(buffer, upload->data.constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

// One message, sent now on this thread. Only libcurl and the bytes given: no Qt object.
Delivery sendNow(const SmtpSettings &settings,
                 const QByteArray &from,
                 const QByteArray &to,
                 const QByteArray &message)
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (!initialised)
        return {false, Tr::tr("libcurl could not start")};
    CURL *curl = curl_easy_init();
    if (!curl)
        return {false, Tr::tr("libcurl could not start")};
    Upload upload{message};
    char error[CURL_ERROR_SIZE] = {};
    const QByteArray url = settings.url.toUtf8();
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray mailFrom = '<' + from + '>';
    const QByteArray mailTo = '<' + to + '>';
    curl_slist *recipients = curl_slist_append(nullptr, mailTo.constData());
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(settings.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(std::min(settings.timeoutSeconds, 10)));
    curl_easy_setopt(curl,
                     CURLOPT_USE_SSL,
                     settings.requireTls ? long(CURLUSESSL_ALL) : long(CURLUSESSL_NONE));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code != CURLE_OK)
        return {false, QString::fromUtf8(error[0] ? error : curl_easy_strerror(code)).trimmed()};
    return {true, QStringLiteral("SMTP %1").arg(response)};
}

} // namespace

SmtpChannel::SmtpChannel(SmtpSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{}

SmtpChannel::~SmtpChannel()
{
    std::vector<Worker> workers;
    {
        std::lock_guard lock(m_mutex);
        workers.swap(m_workers);
    }
    for (Worker &worker : workers)
        worker.thread.join();
}

void SmtpChannel::send(const Notification &notification, std::function<void(const Delivery &)> done)
{
    const auto [senderName, senderAddress] = MailText::splitSender(m_settings.sender);
    const QByteArray message = MailText::plainMessage(m_settings.sender,
                                                      notification.toName,
                                                      notification.to,
                                                      notification.subject,
                                                      notification.text,
                                                      m_clock.now(),
                                                      QUuid::createUuid().toByteArray(
                                                          QUuid::WithoutBraces)
                                                          + "@hourglass");
    const SmtpSettings settings = m_settings;
    const QByteArray from = senderAddress.toUtf8();
    const QByteArray to = notification.to.toUtf8();
    // A recipient that could inject a header or a second command is not sent to.
    if (!to.contains('@') || to.contains('\r') || to.contains('\n') || to.contains('<')
        || to.contains('>') || to.contains(' ')) {
        QMetaObject::invokeMethod(
            this,
            [done, address = notification.to] {
                done({false, Tr::tr("“%1” is not an email address").arg(address.left(200))});
            },
            Qt::QueuedConnection);
        return;
    }
    std::lock_guard lock(m_mutex);
    // Threads that are done are joined now, so a console sending for weeks keeps none.
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (it->done->load()) {
            it->thread.join();
            it = m_workers.erase(it);
        } else {
            ++it;
        }
    }
    auto finished = std::make_shared<std::atomic<bool>>(false);
    // The destructor joins every thread before the channel goes, so `this` outlives them; the
    // answer is queued to the channel's thread (dropped if the channel is deleted first).
    std::thread thread([this, settings, from, to, message, done, finished] {
        const Delivery delivery = sendNow(settings, from, to, message);
        QMetaObject::invokeMethod(
            this, [done, delivery] { done(delivery); }, Qt::QueuedConnection);
        finished->store(true);
    });
    m_workers.push_back({std::move(thread), finished});
}

} // namespace hourglass
