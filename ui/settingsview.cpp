// Settings: interface language (applied at once) and the database in use.
#include "settingsview.h"

#include "languagemanager.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
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

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageBox);
    form->addRow(m_databaseLabel, m_databaseValue);
    form->addRow(QString(), m_databaseHint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addStretch();

    m_languageBox->setCurrentIndex(m_languageBox->findData(languages.language()));
    connect(m_languageBox, &QComboBox::activated, this, &SettingsView::applyLanguage);
    retranslateUi();
}

void SettingsView::applyLanguage(int index)
{
    const QString code = m_languageBox->itemData(index).toString();
    m_languages.setLanguage(code);
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

void SettingsView::retranslateUi()
{
    m_heading->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageBox->setItemText(0, tr("System default"));
    m_databaseLabel->setText(tr("Database:"));
    m_databaseHint->setText(
        tr("Start Hourglass with --database postgresql://user@host:port/database to work on a "
           "shared team database."));
}

void SettingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hourglass
