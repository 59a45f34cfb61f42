// Settings: interface language (applied at once) and the database in use.
#include "settingsview.h"

#include "contracts/customerdirectory.h"
#include "desksettingsbox.h"
#include "tickets/ticketservice.h"

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
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>

namespace hourglass {

SettingsView::SettingsView(LanguageManager &languages,
                           const QString &databaseUrl,
                           TicketService *tickets,
                           QWidget *parent)
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
    , m_profileLabel(new QLabel(this))
    , m_profileBox(new QComboBox(this))
    , m_profileHint(new QLabel(this))
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

    // Who works here: on a SQLite file a profile of the database's people (the OS user by
    // default); on PostgreSQL the login the server knows, shown, not chosen.
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profileHint->setObjectName(QStringLiteral("profileHint"));
    m_profileHint->setWordWrap(true);
    m_profileLabel->setBuddy(m_profileBox);
    if (tickets) {
        const QString current = tickets->currentLogin();
        m_profileChoosable = tickets->canChooseProfile();
        QList<Person> people;
        try {
            people = tickets->people();
        } catch (const StorageError &) {
        }
        if (std::none_of(people.begin(), people.end(), [&](const Person &p) {
                return p.login == current;
            }))
            people.prepend({current, current});
        for (const Person &person : std::as_const(people))
            m_profileBox->addItem(person.displayName == person.login
                                      ? person.login
                                      : QStringLiteral("%1 (%2)").arg(person.displayName,
                                                                      person.login),
                                  person.login);
        m_profileBox->setCurrentIndex(std::max(0, m_profileBox->findData(current)));
        m_profileBox->setEnabled(m_profileChoosable);
    } else {
        m_profileLabel->hide();
        m_profileBox->hide();
        m_profileHint->hide();
    }
    connect(m_profileBox, &QComboBox::activated, this, &SettingsView::chooseProfile);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageBox);
    form->addRow(m_profileLabel, m_profileBox);
    form->addRow(QString(), m_profileHint);
    form->addRow(m_databaseLabel, m_databaseValue);
    form->addRow(m_otherLabel, m_urlEdit);
    form->addRow(QString(), buttons);
    form->addRow(QString(), m_testResult);
    form->addRow(QString(), m_databaseHint);

    // In a scroll area: on a small screen the desk's settings go below the fold.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(new DeskSettingsBox(content));
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

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

void SettingsView::chooseProfile(int index)
{
    const QString login = m_profileBox->itemData(index).toString();
    QSettings().setValue(QStringLiteral("profile/login"), login);
    m_profileHint->setText(
        tr("Hourglass will work as %1 at the next start.").arg(m_profileBox->itemText(index)));
}

void SettingsView::retranslateUi()
{
    m_profileLabel->setText(tr("&Profile:"));
    m_profileHint->setText(m_profileChoosable
                               ? tr("Who you are on this database file: your changes are "
                                    "recorded under this name.")
                               : tr("On a shared database you are the login you connect as."));
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
