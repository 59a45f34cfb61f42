// Settings: interface language (applied at once) and the database in use.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hourglass {

class LanguageManager;

class SettingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsView)

public:
    SettingsView(LanguageManager &languages, const QString &databaseUrl, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyLanguage(int index);
    void testConnection();
    void useDatabase();

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
};

} // namespace hourglass
