// Notifying the customers a maintenance occurrence affects, or reminding them: who gets what,
// each notice as the customer will read it, sent as .eml files or through the mail client.
#pragma once

#include "maintenance/maintenanceservice.h"

#include <QDialog>
#include <QList>
#include <QUrl>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace hourglass {

class Clock;

class MaintenanceNoticeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceNoticeDialog)

public:
    // Hands a mailto: link to the user's mail client; false when none took it.
    using UrlOpener = std::function<bool(const QUrl &)>;

    // The notices of one occurrence (REQUEST, or CANCEL for a cancelled one).
    MaintenanceNoticeDialog(MaintenanceService &service,
                            const Clock &clock,
                            const MaintenanceService::FoundOccurrence &occurrence,
                            QWidget *parent = nullptr);
    // The reminders due now, across every window.
    MaintenanceNoticeDialog(MaintenanceService &service,
                            const Clock &clock,
                            QWidget *parent = nullptr);

    // Tests hand over their own; the default is QDesktopServices::openUrl.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    // The notices as they stand (addresses typed in, reminder and sender as set).
    const QList<MaintenanceNotice> &notices() const { return m_notices; }
    // Writes one .eml per notice in `folder` and records them; false (and the reason shown,
    // nothing written or recorded) when that fails.
    bool saveAsEml(const QString &folder);
    // Opens one message per notice in the mail client and records those it took.
    bool openInMailClient();
    // What the dialog last said (sent, or why not).
    QString status() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    MaintenanceNoticeDialog(MaintenanceService &service,
                            const Clock &clock,
                            std::optional<MaintenanceService::FoundOccurrence> occurrence,
                            QWidget *parent);
    void recompose();
    void fillTable();
    void showPreview();
    void chooseFolder();
    void setStatus(bool problem, const QString &text);
    void retranslateUi();
    NoticeComposer composer() const;

    MaintenanceService &m_service;
    const Clock &m_clock;
    const std::optional<MaintenanceService::FoundOccurrence> m_occurrence; // none: reminders
    QList<MaintenanceNotice> m_notices;
    QHash<qint64, QString> m_typedAddresses; // by customer, for those with none stored
    UrlOpener m_openUrl;
    bool m_filling = false;

    QLabel *m_heading;
    QLabel *m_senderLabel;
    QLineEdit *m_sender;
    QLabel *m_reminderLabel;
    QSpinBox *m_reminder;
    QTableWidget *m_recipients;
    QPlainTextEdit *m_preview;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveEml;
    QPushButton *m_mailto;
    QPushButton *m_close;
};

} // namespace hourglass
