// Settings of the after-hours desk: how the desk sends email (SMTP with TLS, through libcurl),
// the support inbox, the webhook, each contact's time to acknowledge and the desk's phone
// numbers per region. Saved when every field can be used; a refusal names the field.
#pragma once

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hourglass {

class DeskSettingsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSettingsBox)

public:
    explicit DeskSettingsBox(QWidget *parent = nullptr);

    // Stores the fields; false, with the reason shown, when one cannot be used.
    bool save();
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    QString labelOf(const QString &key) const;

    QLabel *m_urlLabel;
    QLineEdit *m_url;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_senderLabel;
    QLineEdit *m_sender;
    QCheckBox *m_requireTls;
    QLabel *m_inboxLabel;
    QLineEdit *m_inbox;
    QLabel *m_webhookLabel;
    QLineEdit *m_webhook;
    QLabel *m_timeoutLabel;
    QSpinBox *m_timeout;
    QLabel *m_phonesLabel;
    QTableWidget *m_phones;
    QPushButton *m_save;
    QLabel *m_result;
};

} // namespace hourglass
