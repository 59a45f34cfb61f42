#include "oncall/desksettings.h"

#include "io/mailtext.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

#include <algorithm>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::DeskSettings)
};

bool looksLikeAddress(const QString &address)
{
    const qsizetype at = address.indexOf(u'@');
    return at > 0 && at < address.size() - 1 && !address.contains(u' ') && !address.contains(u'\n')
           && !address.contains(u'<') && !address.contains(u'>');
}

} // namespace

DeskSettings DeskSettings::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("desk"));
    DeskSettings d;
    d.smtp.url = settings.value(QStringLiteral("smtpUrl")).toString();
    d.smtp.user = settings.value(QStringLiteral("smtpUser")).toString();
    d.smtp.password = settings.value(QStringLiteral("smtpPassword")).toString();
    d.smtp.sender = settings.value(QStringLiteral("sender")).toString();
    d.smtp.requireTls = settings.value(QStringLiteral("requireTls"), true).toBool();
    d.supportInbox = settings.value(QStringLiteral("supportInbox")).toString();
    d.webhookUrl = settings.value(QStringLiteral("webhookUrl")).toString();
    d.timeoutMinutes = settings.value(QStringLiteral("timeoutMinutes"), 10).toInt();
    d.phones = settings.value(QStringLiteral("phones")).toString();
    d.timeoutMinutes = std::clamp(d.timeoutMinutes, 1, 1440);
    return d;
}

bool DeskSettings::operator==(const DeskSettings &o) const
{
    return smtp.url == o.smtp.url && smtp.user == o.smtp.user && smtp.password == o.smtp.password
           && smtp.sender == o.smtp.sender && smtp.requireTls == o.smtp.requireTls
           && smtp.timeoutSeconds == o.smtp.timeoutSeconds && supportInbox == o.supportInbox
           && webhookUrl == o.webhookUrl && timeoutMinutes == o.timeoutMinutes
           && phones == o.phones;
}

std::optional<std::pair<QString, QString>> DeskSettings::save() const
{
    if (const auto refused = problem())
        return refused;
    QSettings settings;
    settings.beginGroup(QStringLiteral("desk"));
    settings.setValue(QStringLiteral("smtpUrl"), smtp.url.trimmed());
    settings.setValue(QStringLiteral("smtpUser"), smtp.user);
    settings.setValue(QStringLiteral("smtpPassword"), smtp.password);
    settings.setValue(QStringLiteral("sender"), smtp.sender.trimmed());
    settings.setValue(QStringLiteral("requireTls"), smtp.requireTls);
    settings.setValue(QStringLiteral("supportInbox"), supportInbox.trimmed());
    settings.setValue(QStringLiteral("webhookUrl"), webhookUrl.trimmed());
    settings.setValue(QStringLiteral("timeoutMinutes"), timeoutMinutes);
    settings.setValue(QStringLiteral("phones"), phones);
    return std::nullopt;
}

std::optional<std::pair<QString, QString>> DeskSettings::problem() const
{
    const QString url = smtp.url.trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("smtp")
                && parsed.scheme() != QLatin1String("smtps")))
            return std::pair{QStringLiteral("smtp-url"),
                             Tr::tr("“%1” is not an smtp:// or smtps:// address of a mail server")
                                 .arg(url.left(200))};
        if (!looksLikeAddress(MailText::splitSender(smtp.sender).second))
            return std::pair{QStringLiteral("sender"),
                             Tr::tr("give the address mail comes from, as Desk "
                                    "<desk@example.com>")};
    }
    if (!supportInbox.trimmed().isEmpty() && !looksLikeAddress(supportInbox.trimmed()))
        return std::pair{QStringLiteral("support-inbox"),
                         Tr::tr("“%1” is not an email address").arg(supportInbox.left(200))};
    const QString hook = webhookUrl.trimmed();
    if (!hook.isEmpty()) {
        const QUrl parsed(hook, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()
            || (parsed.scheme() != QLatin1String("http")
                && parsed.scheme() != QLatin1String("https")))
            return std::pair{QStringLiteral("webhook-url"),
                             Tr::tr("“%1” is not an http:// or https:// URL").arg(hook.left(200))};
    }
    if (timeoutMinutes < 1 || timeoutMinutes > 1440)
        return std::pair{QStringLiteral("timeout"), Tr::tr("must be between 1 and 1440 minutes")};
    int line = 0;
    for (const QString &text : phones.split(u'\n')) {
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        if (!text.contains(u'\t') || text.section(u'\t', 0, 0).trimmed().isEmpty()
            || text.section(u'\t', 1).trimmed().isEmpty())
            return std::pair{QStringLiteral("phones"),
                             Tr::tr("line %1: give a region, a tab, then the number").arg(line)};
    }
    return std::nullopt;
}

} // namespace hourglass
