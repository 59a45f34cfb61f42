#include "desksettingsbox.h"

#include "oncall/desksettings.h"
#include "oncall/escalationservice.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hourglass {

DeskSettingsBox::DeskSettingsBox(QWidget *parent)
    : QGroupBox(parent)
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_senderLabel(new QLabel(this))
    , m_sender(new QLineEdit(this))
    , m_requireTls(new QCheckBox(this))
    , m_inboxLabel(new QLabel(this))
    , m_inbox(new QLineEdit(this))
    , m_webhookLabel(new QLabel(this))
    , m_webhook(new QLineEdit(this))
    , m_timeoutLabel(new QLabel(this))
    , m_timeout(new QSpinBox(this))
    , m_phonesLabel(new QLabel(this))
    , m_phones(new QTableWidget(0, 2, this))
    , m_save(new QPushButton(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("deskSettings"));
    m_password->setEchoMode(QLineEdit::Password);
    m_inbox->setObjectName(QStringLiteral("supportInboxEdit"));
    m_timeout->setRange(1, 1440);
    m_phones->verticalHeader()->hide();
    m_phones->horizontalHeader()->setStretchLastSection(true);
    m_phones->setColumnWidth(0, 280);
    m_phones->setMaximumHeight(130);
    m_result->setWordWrap(true);
    for (auto [label, field] :
         std::initializer_list<std::pair<QLabel *, QWidget *>>{{m_urlLabel, m_url},
                                                               {m_userLabel, m_user},
                                                               {m_passwordLabel, m_password},
                                                               {m_senderLabel, m_sender},
                                                               {m_inboxLabel, m_inbox},
                                                               {m_webhookLabel, m_webhook},
                                                               {m_timeoutLabel, m_timeout},
                                                               {m_phonesLabel, m_phones}})
        label->setBuddy(field);
    auto *form = new QFormLayout;
    form->addRow(m_urlLabel, m_url);
    form->addRow(QString(), m_requireTls);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_senderLabel, m_sender);
    form->addRow(m_inboxLabel, m_inbox);
    form->addRow(m_webhookLabel, m_webhook);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_phonesLabel, m_phones);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    load();
    retranslateUi();
}

void DeskSettingsBox::load()
{
    const DeskSettings s = DeskSettings::load();
    m_url->setText(s.smtp.url);
    m_user->setText(s.smtp.user);
    m_password->setText(s.smtp.password);
    m_sender->setText(s.smtp.sender);
    m_requireTls->setChecked(s.smtp.requireTls);
    m_inbox->setText(s.supportInbox);
    m_webhook->setText(s.webhookUrl);
    m_timeout->setValue(s.timeoutMinutes);
    const QList<std::pair<QString, QString>> phones = EscalationService::deskPhones(s.phones);
    m_phones->setRowCount(int(phones.size()) + 1); // and one empty row to add a number
    for (int row = 0; row < phones.size(); ++row) {
        m_phones->setItem(row, 0, new QTableWidgetItem(phones.at(row).first));
        m_phones->setItem(row, 1, new QTableWidgetItem(phones.at(row).second));
    }
}

QString DeskSettingsBox::labelOf(const QString &key) const
{
    if (key == QLatin1String("smtp-url"))
        return tr("Mail server");
    if (key == QLatin1String("sender"))
        return tr("From");
    if (key == QLatin1String("support-inbox"))
        return tr("Support inbox");
    if (key == QLatin1String("webhook-url"))
        return tr("Webhook");
    if (key == QLatin1String("timeout"))
        return tr("Time to acknowledge");
    return tr("Desk phone numbers");
}

bool DeskSettingsBox::save()
{
    DeskSettings s = DeskSettings::load();
    s.smtp.url = m_url->text().trimmed();
    s.smtp.user = m_user->text().trimmed();
    s.smtp.password = m_password->text();
    s.smtp.sender = m_sender->text().trimmed();
    s.smtp.requireTls = m_requireTls->isChecked();
    s.supportInbox = m_inbox->text().trimmed();
    s.webhookUrl = m_webhook->text().trimmed();
    s.timeoutMinutes = m_timeout->value();
    QStringList lines;
    for (int row = 0; row < m_phones->rowCount(); ++row) {
        const QString region = m_phones->item(row, 0) ? m_phones->item(row, 0)->text().trimmed()
                                                      : QString();
        const QString number = m_phones->item(row, 1) ? m_phones->item(row, 1)->text().trimmed()
                                                      : QString();
        if (region.isEmpty() && number.isEmpty())
            continue;
        // A half-filled row is refused by the line it is on.
        lines.append(region
                     + (region.isEmpty() || number.isEmpty() ? QString() : QStringLiteral("\t"))
                     + number);
    }
    s.phones = lines.join(u'\n');
    // The seed's numbers unchanged stay "the seed's", named in each reader's language.
    QStringList defaults;
    for (const auto &[region, number] : EscalationService::deskPhones(QString()))
        defaults.append(region + u'\t' + number);
    if (lines == defaults)
        s.phones.clear();
    if (const auto refused = s.save()) {
        m_result->setText(tr("%1: %2").arg(labelOf(refused->first), refused->second));
        return false;
    }
    m_result->setText(tr("Saved. The desk uses these settings from now on."));
    load();
    return true;
}

QString DeskSettingsBox::problem() const
{
    return m_result->text();
}

void DeskSettingsBox::retranslateUi()
{
    setTitle(tr("After-hours desk"));
    m_urlLabel->setText(tr("&Mail server:"));
    m_url->setPlaceholderText(tr("smtp://mail.example.com:587 (empty: the desk sends no email)"));
    m_requireTls->setText(tr("Require an encrypted connection (STARTTLS)"));
    m_requireTls->setToolTip(tr("smtps:// is always encrypted; turn this off only for a relay on "
                                "this machine"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_senderLabel->setText(tr("&From:"));
    m_sender->setPlaceholderText(tr("After-hours desk <desk@example.com>"));
    m_inboxLabel->setText(tr("Support &inbox:"));
    m_inbox->setPlaceholderText(tr("Where calls that are not urgent are sent"));
    m_webhookLabel->setText(tr("&Webhook:"));
    m_webhook->setPlaceholderText(tr("https://… (each step of an escalation is posted as JSON)"));
    m_timeoutLabel->setText(tr("&Time to acknowledge:"));
    m_timeout->setSuffix(tr(" min"));
    m_phonesLabel->setText(tr("Desk phone &numbers:"));
    m_phones->setHorizontalHeaderLabels({tr("Region"), tr("Number")});
    m_save->setText(tr("&Save the desk settings"));
}

void DeskSettingsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace hourglass
