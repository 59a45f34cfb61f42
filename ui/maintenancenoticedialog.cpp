// Notifying or reminding the customers of a maintenance occurrence: recipients, the notice each
// will read, and sending through NoticeDelivery, so the console sends what the CLI sends.
#include "maintenancenoticedialog.h"

#include "io/inputerror.h"
#include "maintenance/noticedelivery.h"
#include "maintenance/recurrencetext.h"
#include "sla/policynames.h"
#include "storage/storageerror.h"
#include "time/clock.h"
#include "time/datetext.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hourglass {

namespace {

const char senderKey[] = "maintenance/noticeSender";
const char reminderKey[] = "maintenance/reminderHours";
const char folderKey[] = "maintenance/noticeFolder";

enum Column { CustomerColumn, LanguageColumn, AddressColumn, SentColumn, ColumnCount };

} // namespace

MaintenanceNoticeDialog::MaintenanceNoticeDialog(
    MaintenanceService &service,
    const Clock &clock,
    const MaintenanceService::FoundOccurrence &occurrence,
    QWidget *parent)
    : MaintenanceNoticeDialog(service, clock, std::optional(occurrence), parent)
{}

MaintenanceNoticeDialog::MaintenanceNoticeDialog(MaintenanceService &service,
                                                 const Clock &clock,
                                                 QWidget *parent)
    : MaintenanceNoticeDialog(service, clock, std::nullopt, parent)
{}

MaintenanceNoticeDialog::MaintenanceNoticeDialog(
    MaintenanceService &service,
    const Clock &clock,
    std::optional<MaintenanceService::FoundOccurrence> occurrence,
    QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_clock(clock)
    , m_occurrence(std::move(occurrence))
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_heading(new QLabel(this))
    , m_senderLabel(new QLabel(this))
    , m_sender(new QLineEdit(this))
    , m_reminderLabel(new QLabel(this))
    , m_reminder(new QSpinBox(this))
    , m_recipients(new QTableWidget(0, ColumnCount, this))
    , m_preview(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("maintenanceNoticeDialog"));
    m_heading->setObjectName(QStringLiteral("noticeHeading"));
    m_sender->setObjectName(QStringLiteral("noticeSenderEdit"));
    m_reminder->setObjectName(QStringLiteral("noticeReminderEdit"));
    m_recipients->setObjectName(QStringLiteral("noticeRecipients"));
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    m_status->setObjectName(QStringLiteral("noticeStatus"));

    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    const QSettings settings;
    m_sender->setText(settings.value(QLatin1String(senderKey)).toString());
    m_reminder->setRange(0, 24 * 366);
    m_reminder->setValue(settings.value(QLatin1String(reminderKey), 48).toInt());
    m_reminderLabel->setVisible(m_occurrence && !m_occurrence->cancelled);
    m_reminder->setVisible(m_occurrence && !m_occurrence->cancelled);
    m_recipients->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recipients->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recipients->verticalHeader()->hide();
    m_recipients->horizontalHeader()->setStretchLastSection(true);
    m_recipients->setEditTriggers(QAbstractItemView::DoubleClicked
                                  | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_preview->setReadOnly(true);
    m_status->setWordWrap(true);
    m_status->hide();

    m_saveEml = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_saveEml->setObjectName(QStringLiteral("saveEmlButton"));
    m_mailto = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_mailto->setObjectName(QStringLiteral("openMailClientButton"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeNoticeButton"));
    connect(m_saveEml, &QPushButton::clicked, this, &MaintenanceNoticeDialog::chooseFolder);
    connect(m_mailto, &QPushButton::clicked, this, &MaintenanceNoticeDialog::openInMailClient);
    connect(m_close, &QPushButton::clicked, this, &MaintenanceNoticeDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_senderLabel, m_sender);
    form->addRow(m_reminderLabel, m_reminder);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_recipients);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_sender, &QLineEdit::editingFinished, this, [this] {
        QSettings().setValue(QLatin1String(senderKey), m_sender->text().trimmed());
        recompose();
    });
    connect(m_reminder, &QSpinBox::valueChanged, this, [this](int hours) {
        QSettings().setValue(QLatin1String(reminderKey), hours);
        recompose();
    });
    connect(m_recipients, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != AddressColumn)
            return;
        const qint64 customer = m_notices.value(item->row()).recipient.customerId;
        m_typedAddresses.insert(customer, item->text().trimmed());
        recompose();
    });
    connect(m_recipients,
            &QTableWidget::currentCellChanged,
            this,
            &MaintenanceNoticeDialog::showPreview);

    retranslateUi();
    recompose();
    resize(QSize(860, 640));
}

NoticeComposer MaintenanceNoticeDialog::composer() const
{
    const QString sender = m_sender->text().trimmed();
    return sender.isEmpty() ? NoticeComposer() : NoticeComposer(sender);
}

void MaintenanceNoticeDialog::recompose()
{
    const NoticeComposer composer = this->composer();
    const Instant now = m_clock.now();
    try {
        m_notices = m_occurrence ? m_service.notices(*m_occurrence,
                                                     composer,
                                                     Seconds{qint64(m_reminder->value()) * 3600},
                                                     now,
                                                     m_typedAddresses)
                                 : m_service.dueReminders(composer, now, m_typedAddresses);
    } catch (const StorageError &error) {
        m_notices.clear();
        setStatus(true, tr("The customers cannot be read: %1").arg(error.message()));
    }
    fillTable();
}

void MaintenanceNoticeDialog::fillTable()
{
    const int row = std::max(0, m_recipients->currentRow());
    m_filling = true;
    m_recipients->setRowCount(int(m_notices.size()));
    QList<NoticeRecord> sent;
    if (m_occurrence) {
        try {
            sent = m_service.noticesOf(m_occurrence->window.uid);
        } catch (const StorageError &) {
            // The table still says whom the notices go to; what was sent shows once readable.
        }
    }
    for (int i = 0; i < m_notices.size(); ++i) {
        const MaintenanceNotice &notice = m_notices.at(i);
        const auto cell = [&](int column, const QString &text, bool editable = false) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(editable ? item->flags() | Qt::ItemIsEditable
                                    : item->flags() & ~Qt::ItemIsEditable);
            m_recipients->setItem(i, column, item);
            return item;
        };
        cell(CustomerColumn, notice.recipient.name);
        cell(LanguageColumn, PolicyNames::languageName(notice.recipient.language));
        const bool typed = m_typedAddresses.contains(notice.recipient.customerId);
        QTableWidgetItem *address = cell(AddressColumn,
                                         notice.recipient.email,
                                         typed || notice.recipient.email.isEmpty());
        if (notice.recipient.email.isEmpty()) {
            // Marked by colour and by its tip: the one cell to fill in.
            address->setToolTip(tr("No address is known for this customer: type one"));
            address->setBackground(QColor(0xff, 0xeb, 0xee));
        }
        QString said;
        if (m_occurrence) {
            for (const NoticeRecord &record : std::as_const(sent)) {
                if (record.customerId != notice.recipient.customerId
                    || record.occurrenceStart != notice.start)
                    continue;
                const QString how = record.delivery == NoticeRecord::Delivery::Eml
                                        ? tr(".eml file", "how a notice was sent")
                                        : tr("mail client", "how a notice was sent");
                said = record.kind == MaintenanceNotice::Kind::Reminder
                           ? tr("reminded %1 by %2 (%3)")
                                 .arg(DateText::inViewerZone(record.sentAt), record.sentBy, how)
                       : record.method == MaintenanceNotice::Method::Cancel
                           ? tr("cancellation sent %1 by %2 (%3)")
                                 .arg(DateText::inViewerZone(record.sentAt), record.sentBy, how)
                           : tr("sent %1 by %2 (%3)")
                                 .arg(DateText::inViewerZone(record.sentAt), record.sentBy, how);
            }
            if (said.isEmpty())
                said = tr("not sent yet");
        } else {
            said = notice.subject;
        }
        cell(SentColumn, said);
    }
    m_filling = false;
    m_recipients->resizeColumnsToContents();
    if (!m_notices.isEmpty())
        m_recipients->setCurrentCell(std::min(row, int(m_notices.size()) - 1), CustomerColumn);
    showPreview();
    const bool any = !m_notices.isEmpty();
    m_saveEml->setEnabled(any);
    m_mailto->setEnabled(any);
    // Said when there is no one, unsaid once there is (a status of a send stays).
    const QString nobody = m_occurrence ? tr("No customer subscribes to the platform %1: there is "
                                             "no one to notify.")
                                              .arg(m_occurrence->window.platform)
                                        : tr("No reminder is due.");
    if (!any && m_status->isHidden())
        setStatus(false, nobody);
    else if (any && m_status->text() == nobody)
        setStatus(false, QString());
}

void MaintenanceNoticeDialog::showPreview()
{
    const int row = m_recipients->currentRow();
    if (row < 0 || row >= m_notices.size()) {
        m_preview->clear();
        return;
    }
    const MaintenanceNotice &notice = m_notices.at(row);
    const QString to = notice.recipient.email.isEmpty() ? tr("(no address yet)")
                                                        : notice.recipient.email;
    m_preview->setPlainText(
        tr("To: %1\nSubject: %2\nAttached: %3\n\n%4", "address, subject, attachment, text")
            .arg(to,
                 notice.subject,
                 notice.method == MaintenanceNotice::Method::Cancel
                     ? tr("a calendar cancellation (.ics)")
                     : tr("a calendar invitation (.ics)"),
                 notice.body));
}

bool MaintenanceNoticeDialog::saveAsEml(const QString &folder)
{
    QSettings().setValue(QLatin1String(folderKey), folder);
    const NoticeComposer composer = this->composer();
    try {
        const QList<NoticeRecord> records = NoticeDelivery(m_service, composer)
                                                .saveAsEml(m_notices, folder, m_clock.now());
        setStatus(false,
                  tr("%n notice(s) saved in %1, to send from your mail program.",
                     nullptr,
                     int(records.size()))
                      .arg(QDir::toNativeSeparators(folder)));
    } catch (const InputError &error) {
        setStatus(true, tr("Nothing was sent: %1").arg(error.message()));
        return false;
    } catch (const StorageError &error) {
        setStatus(true, tr("Nothing was sent: %1").arg(error.message()));
        return false;
    }
    fillTable();
    return true;
}

bool MaintenanceNoticeDialog::openInMailClient()
{
    QList<MaintenanceNotice> taken;
    for (const MaintenanceNotice &notice : std::as_const(m_notices)) {
        if (m_openUrl(NoticeComposer::mailto(notice)))
            taken.append(notice);
    }
    if (taken.isEmpty()) {
        setStatus(true, tr("No mail program took the notices: save them as .eml files instead."));
        return false;
    }
    try {
        NoticeDelivery(m_service, composer()).recordMailto(taken);
    } catch (const StorageError &error) {
        setStatus(true,
                  tr("The notices are in your mail program, but they could not be recorded: %1")
                      .arg(error.message()));
        return false;
    }
    setStatus(false,
              tr("%n message(s) opened in your mail program; the invitation is not attached "
                 "there, save .eml files to send it.",
                 nullptr,
                 int(taken.size())));
    fillTable();
    return true;
}

void MaintenanceNoticeDialog::chooseFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this,
                                            tr("Folder for the notices"),
                                            QSettings().value(QLatin1String(folderKey)).toString());
    if (!folder.isEmpty())
        saveAsEml(folder);
}

QString MaintenanceNoticeDialog::status() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void MaintenanceNoticeDialog::setStatus(bool problem, const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void MaintenanceNoticeDialog::retranslateUi()
{
    if (m_occurrence) {
        const MaintenanceWindow &window = m_occurrence->window;
        const MaintenanceOccurrence &o = m_occurrence->occurrence;
        // In the viewer's time; the notices say each customer's.
        const QDateTime start = QDateTime::fromSecsSinceEpoch(toEpoch(o.start)).toLocalTime();
        const QDateTime end = QDateTime::fromSecsSinceEpoch(toEpoch(o.end)).toLocalTime();
        const QString when = tr("%1 – %2 your time", "start, end")
                                 .arg(DateText::inViewerZone(o.start),
                                      end.date() == start.date()
                                          ? QLocale().toString(end.time(), QLocale::ShortFormat)
                                          : DateText::inViewerZone(o.end));
        setWindowTitle(m_occurrence->cancelled ? tr("Tell customers of a cancellation")
                                               : tr("Notify customers"));
        m_heading->setText(
            m_occurrence->cancelled
                ? tr("The occurrence of “%1” (%2) on %3 is cancelled: each customer "
                     "of the platform is told, in their language and time zone.")
                      .arg(window.title, window.platform, when)
                : tr("“%1” (%2) runs %3: each customer of the platform gets a notice "
                     "in their language and time zone, with a calendar invitation.")
                      .arg(window.title, window.platform, when));
    } else {
        setWindowTitle(tr("Maintenance reminders"));
        m_heading->setText(tr("The reminders due now: customers told of a maintenance whose "
                              "reminder time has come, for occurrences not yet started."));
    }
    m_senderLabel->setText(tr("&From:"));
    m_senderLabel->setBuddy(m_sender);
    m_sender->setPlaceholderText(tr("Support <support@example.com>"));
    m_reminderLabel->setText(tr("&Reminder:"));
    m_reminderLabel->setBuddy(m_reminder);
    m_reminder->setSuffix(tr(" h before", "hours before the maintenance"));
    m_reminder->setSpecialValueText(tr("no reminder"));
    m_recipients->setHorizontalHeaderLabels(
        {tr("Customer"), tr("Language"), tr("Address"), m_occurrence ? tr("Sent") : tr("Reminder")});
    m_saveEml->setText(tr("&Save as .eml files…"));
    m_mailto->setText(tr("Open in &mail program"));
    m_close->setText(tr("Close"));
    fillTable();
}

void MaintenanceNoticeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace hourglass
