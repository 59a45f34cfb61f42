// Settings: interface language (applied at once) and the database in use.
#include "settingsview.h"

#include "io/inputerror.h"
#include "languagemanager.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace hourglass {

SettingsView::SettingsView(LanguageManager &languages, const QString &databaseUrl, QWidget *parent)
    : QWidget(parent)
    , m_languages(languages)
    , m_heading(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_languageBox(new QComboBox(this))
    , m_databaseLabel(new QLabel(this))
    , m_databaseValue(new QLabel(databaseUrl, this))
    , m_databaseHint(new QLabel(this))
    , m_otherLabel(new QLabel(this))
    , m_urlEdit(new QLineEdit(this))
    , m_testButton(new QPushButton(this))
    , m_useButton(new QPushButton(this))
    , m_testResult(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    // Item data is the language code; the empty code follows the system locale.
    m_languageBox->addItem(QString(), QString());
    m_languageBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageBox->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_languageLabel->setBuddy(m_languageBox);
    m_databaseValue->setObjectName(QStringLiteral("databaseValue"));
    m_databaseValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databaseHint->setWordWrap(true);

    m_urlEdit->setObjectName(QStringLiteral("databaseUrlEdit"));
    m_urlEdit->setText(QSettings().value(QStringLiteral("database/url")).toString());
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_useButton->setObjectName(QStringLiteral("useDatabaseButton"));
    m_testResult->setObjectName(QStringLiteral("connectionResult"));
    m_testResult->setWordWrap(true);
    m_testResult->hide(); // until there is something to say
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_otherLabel->setBuddy(m_urlEdit);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_useButton);
    buttons->addStretch();

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageBox);
    form->addRow(m_databaseLabel, m_databaseValue);
    form->addRow(m_otherLabel, m_urlEdit);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_testResult);
    form->addRow(QString(), m_databaseHint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addStretch();

    m_languageBox->setCurrentIndex(m_languageBox->findData(languages.language()));
    connect(m_languageBox, &QComboBox::activated, this, &SettingsView::applyLanguage);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsView::testConnection);
    connect(m_useButton, &QPushButton::clicked, this, &SettingsView::useDatabase);
    connect(m_urlEdit, &QLineEdit::returnPressed, this, &SettingsView::testConnection);
    retranslateUi();
}

void SettingsView::applyLanguage(int index)
{
    const QString code = m_languageBox->itemData(index).toString();
    m_languages.setLanguage(code);
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

void SettingsView::testConnection()
{
    try {
        const DatabaseUrl url = DatabaseUrl::parse(m_urlEdit->text());
        m_testResult->setText(tr("%1: %2").arg(url.toString(), Database::probe(url)));
    } catch (const InputError &error) {
        m_testResult->setText(error.problem());
    } catch (const StorageError &error) {
        m_testResult->setText(error.message());
    }
    m_testResult->show();
}

void SettingsView::useDatabase()
{
    try {
        const QString text = m_urlEdit->text().trimmed();
        if (!text.isEmpty())
            DatabaseUrl::parse(text);
        // Only the URL is kept: passwords stay with libpq (PGPASSWORD, ~/.pgpass).
        QSettings().setValue(QStringLiteral("database/url"), text);
        m_testResult->setText(
            text.isEmpty() ? tr("Hourglass will use its embedded database at the next start.")
                           : tr("Hourglass will use %1 at the next start.").arg(text));
    } catch (const InputError &error) {
        m_testResult->setText(error.problem());
    }
}

void SettingsView::retranslateUi()
{
    m_heading->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageBox->setItemText(0, tr("System default"));
    m_databaseLabel->setText(tr("Database:"));
    m_otherLabel->setText(tr("&Shared database:"));
    m_urlEdit->setPlaceholderText(tr("postgresql://user@host:5432/support?sslmode=require"));
    m_testButton->setText(tr("&Test connection"));
    m_useButton->setText(tr("&Use at next start"));
    m_databaseHint->setText(
        tr("A team shares one PostgreSQL database. Passwords are never stored by Hourglass: "
           "give them to libpq through PGPASSWORD or ~/.pgpass, as psql does. Leave the field "
           "empty to use the embedded database."));
}

void SettingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hourglass
