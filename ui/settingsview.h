// Settings: interface language (applied at once) and the database in use.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hourglass {

class LanguageManager;
class TicketService;

class SettingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsView)

public:
    // `tickets` (may be null) offers the people of the database as profiles on SQLite and says
    // who the server says you are on PostgreSQL.
    SettingsView(LanguageManager &languages,
                 const QString &databaseUrl,
                 TicketService *tickets = nullptr,
                 QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyLanguage(int index);
    void testConnection();
    void useDatabase();
    void chooseProfile(int index);

    LanguageManager &m_languages;
    QLabel *m_heading;
    QLabel *m_languageLabel;
    QComboBox *m_languageBox;
    QLabel *m_databaseLabel;
    QLabel *m_databaseValue;
    QLabel *m_databaseHint;
    QLabel *m_otherLabel;
    QLineEdit *m_urlEdit;
    QPushButton *m_testButton;
    QPushButton *m_useButton;
    QLabel *m_testResult;
    QLabel *m_profileLabel;
    QComboBox *m_profileBox;
    QLabel *m_profileHint;
    bool m_profileChoosable = false;
};

} // namespace hourglass
