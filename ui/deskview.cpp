#include "deskview.h"

#include "io/inputerror.h"
#include "oncall/desksettings.h"
#include "oncall/escalationservice.h"
#include "oncall/oncallservice.h"
#include "storage/changefeed.h"
#include "storage/conflicterror.h"
#include "storage/storageerror.h"
#include "tickets/ticketservice.h"
#include "time/datetext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace hourglass {

namespace {

enum LedgerColumn { TimeColumn, StepColumn, ContactColumn, OutcomeColumn, ByColumn, NoteColumn };

QString clockText(Seconds left)
{
    const qint64 s = std::max<qint64>(0, left.count());
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

DeskView::DeskView(EscalationService &service, ChangeFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_phones = new QLabel(this);
    m_phones->setWordWrap(true);
    m_phones->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The intake form.
    m_intakeBox = new QGroupBox(this);
    m_customerLabel = new QLabel(m_intakeBox);
    m_customer = new QComboBox(m_intakeBox);
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_callerLabel = new QLabel(m_intakeBox);
    m_caller = new QLineEdit(m_intakeBox);
    m_callbackLabel = new QLabel(m_intakeBox);
    m_callback = new QLineEdit(m_intakeBox);
    m_urgencyLabel = new QLabel(m_intakeBox);
    m_urgency = new QButtonGroup(this);
    m_notUrgent = new QRadioButton(m_intakeBox);
    m_urgent = new QRadioButton(m_intakeBox);
    m_critical = new QRadioButton(m_intakeBox);
    m_urgency->addButton(m_notUrgent);
    m_urgency->addButton(m_urgent);
    m_urgency->addButton(m_critical);
    m_notUrgent->setChecked(true);
    auto *urgencyRow = new QHBoxLayout;
    urgencyRow->addWidget(m_notUrgent);
    urgencyRow->addWidget(m_urgent);
    urgencyRow->addWidget(m_critical);
    urgencyRow->addStretch();
    m_descriptionLabel = new QLabel(m_intakeBox);
    m_description = new QPlainTextEdit(m_intakeBox);
    m_description->setTabChangesFocus(true);
    m_customer->lineEdit()->setClearButtonEnabled(true);
    m_record = new QPushButton(m_intakeBox);
    m_intakeResult = new QLabel(m_intakeBox);
    m_intakeResult->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_customerLabel, m_customer);
    form->addRow(m_callerLabel, m_caller);
    form->addRow(m_callbackLabel, m_callback);
    form->addRow(m_urgencyLabel, urgencyRow);
    form->addRow(m_descriptionLabel, m_description);
    m_customerLabel->setBuddy(m_customer);
    m_callerLabel->setBuddy(m_caller);
    m_callbackLabel->setBuddy(m_callback);
    m_descriptionLabel->setBuddy(m_description);
    auto *intake = new QVBoxLayout(m_intakeBox);
    intake->addLayout(form, 1);
    intake->addWidget(m_record, 0, Qt::AlignRight);
    intake->addWidget(m_intakeResult);

    // The runs under way and the selected one.
    m_runsBox = new QGroupBox(this);
    m_runs = new QListWidget(m_runsBox);
    auto *runsLayout = new QVBoxLayout(m_runsBox);
    runsLayout->addWidget(m_runs);

    m_runBox = new QGroupBox(this);
    m_caller2 = new QLabel(m_runBox);
    m_caller2->setWordWrap(true);
    m_calling = new QLabel(m_runBox);
    m_calling->setWordWrap(true);
    QFont strong = m_calling->font();
    strong.setPointSizeF(strong.pointSizeF() * 1.2);
    strong.setBold(true);
    m_calling->setFont(strong);
    m_countdown = new QLabel(m_runBox);
    QFont digits = m_countdown->font();
    digits.setPointSizeF(digits.pointSizeF() * 1.6);
    digits.setBold(true);
    m_countdown->setFont(digits);
    m_reach = new QLabel(m_runBox);
    m_reach->setTextFormat(Qt::RichText);
    m_reach->setOpenExternalLinks(true);
    m_reach->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_noAnswer = new QPushButton(m_runBox);
    m_voicemail = new QPushButton(m_runBox);
    m_declined = new QPushButton(m_runBox);
    m_acknowledged = new QPushButton(m_runBox);
    m_page2 = new QPushButton(m_runBox);
    m_page3 = new QPushButton(m_runBox);
    m_resolution = new QComboBox(m_runBox);
    m_resolution->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_resolve = new QPushButton(m_runBox);
    m_ledger = new QTableWidget(0, 6, m_runBox);
    m_ledger->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledger->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledger->verticalHeader()->hide();
    m_ledger->horizontalHeader()->setStretchLastSection(true);
    m_ledger->setWordWrap(false);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_problem->setPalette(warning);
    m_intakeResult->setPalette(warning);

    auto *calling = new QHBoxLayout;
    calling->addWidget(m_calling, 1);
    calling->addWidget(m_countdown, 0, Qt::AlignRight | Qt::AlignVCenter);
    auto *outcomes = new QHBoxLayout;
    for (QPushButton *b : {m_noAnswer, m_voicemail, m_declined, m_acknowledged})
        outcomes->addWidget(b);
    outcomes->addStretch();
    auto *more = new QHBoxLayout;
    more->addWidget(m_page2);
    more->addWidget(m_page3);
    more->addStretch();
    more->addWidget(m_resolution);
    more->addWidget(m_resolve);
    auto *run = new QVBoxLayout(m_runBox);
    run->addWidget(m_caller2);
    run->addLayout(calling);
    run->addWidget(m_reach);
    run->addLayout(outcomes);
    run->addLayout(more);
    run->addWidget(m_ledger, 1);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_runsBox);
    right->addWidget(m_runBox);
    right->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_intakeBox);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({360, 900}); // the form narrow, the run and its ledger wide
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_phones);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);

    connect(m_record, &QPushButton::clicked, this, [this] { recordCall(); });
    connect(m_noAnswer, &QPushButton::clicked, this, [this] {
        logOutcome(AttemptOutcome::NoAnswer);
    });
    connect(m_voicemail, &QPushButton::clicked, this, [this] {
        logOutcome(AttemptOutcome::Voicemail);
    });
    connect(m_declined, &QPushButton::clicked, this, [this] {
        logOutcome(AttemptOutcome::Declined);
    });
    connect(m_acknowledged, &QPushButton::clicked, this, [this] {
        logOutcome(AttemptOutcome::Acknowledged);
    });
    connect(m_page2, &QPushButton::clicked, this, [this] { pageLevel(2); });
    connect(m_page3, &QPushButton::clicked, this, [this] { pageLevel(3); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { resolveSelected(); });
    connect(m_runs, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_open.size() && m_open.at(row).id != m_selected) {
            m_selected = m_open.at(row).id;
            showSelected();
        }
    });

    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0);
    connect(&m_reloadSoon, &QTimer::timeout, this, &DeskView::reload);
    m_customersSoon.setSingleShot(true);
    m_customersSoon.setInterval(0);
    connect(&m_customersSoon, &QTimer::timeout, this, &DeskView::reloadCustomers);
    if (feed) {
        connect(feed, &ChangeFeed::changed, this, [this](const Change &change) {
            // The customers the form offers are read again only when customers or contracts
            // change; the runs whenever a run, a send or a user does.
            if (change.table == QLatin1String("customers")
                || change.table == QLatin1String("contracts"))
                m_customersSoon.start();
            else if (change.table.startsWith(QLatin1String("escalation_"))
                     || change.table == QLatin1String("users"))
                m_reloadSoon.start();
        });
    }
    // The countdown to the next contact, and the step that comes when it reaches zero.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &DeskView::tick);
    m_tick.start();

    retranslateUi();
    reloadCustomers();
    reload();
}

void DeskView::reload()
{
    try {
        m_names.clear();
        m_details = m_service.repository().contactDetails();
        m_open = m_service.runs();
        // People read the customer's name: from each run's ticket (a handful of runs).
        for (const EscalationRun &run : std::as_const(m_open)) {
            if (!m_customers.contains(run.ticketId)) {
                if (const std::optional<TicketRecord> ticket
                    = m_service.tickets().repository().ticket(run.ticketId))
                    m_customers.insert(run.ticketId, ticket->customer);
            }
        }
        m_problem->clear();
    } catch (const StorageError &e) {
        m_problem->setText(
            tr("The desk cannot read the database: %1").arg(QString::fromUtf8(e.what())));
    }
    showRuns();
}

void DeskView::reloadCustomers()
{
    try {
        const QString typed = m_customer->currentText();
        QSignalBlocker block(m_customer);
        m_customer->clear();
        for (const Customer &customer : m_service.deskCustomers())
            m_customer->addItem(customer.name);
        m_customer->setCurrentText(typed);
    } catch (const StorageError &e) {
        m_problem->setText(
            tr("The desk cannot read the database: %1").arg(QString::fromUtf8(e.what())));
    }
}

QString DeskView::nameOf(const QString &login) const
{
    const QString name = m_names.value(login);
    return name.isEmpty() ? login : name;
}

QString DeskView::severityName(const QString &severity) const
{
    if (severity == QLatin1String("critical"))
        return tr("Critical");
    if (severity == QLatin1String("urgent"))
        return tr("Urgent");
    return tr("Not urgent");
}

void DeskView::showRuns()
{
    if (m_names.isEmpty()) {
        try {
            // Names come from the on-call service's users; read once per reload.
            m_names = m_service.names();
        } catch (const StorageError &) {
        }
    }
    const Instant now = m_service.now();
    QSignalBlocker block(m_runs);
    m_runs->clear();
    int current = -1;
    for (qsizetype i = 0; i < m_open.size(); ++i) {
        const EscalationRun &run = m_open.at(i);
        const EscalationRun::State state = run.stateAt(now);
        const QString where = run.isOwned()   ? tr("owned by %1").arg(nameOf(run.owner))
                              : state.current ? tr("calling %1").arg(nameOf(state.current->contact))
                                              : QString();
        m_runs->addItem(
            tr("%1 — %2 — %3, %4 — %5", "severity, customer, caller, started at, where the run is")
                .arg(severityName(run.severity),
                     m_customers.value(run.ticketId),
                     run.caller,
                     DateText::inViewerZone(run.startedAt),
                     where));
        if (run.id == m_selected)
            current = int(i);
    }
    if (current < 0 && !m_open.isEmpty()) {
        current = 0;
        m_selected = m_open.constFirst().id;
    }
    m_runs->setCurrentRow(current);
    showSelected();
}

std::optional<EscalationRun> DeskView::selected() const
{
    for (const EscalationRun &run : m_open) {
        if (run.id == m_selected)
            return run;
    }
    return std::nullopt;
}

void DeskView::selectRun(qint64 id)
{
    m_selected = id;
    showRuns();
}

QString DeskView::reachText() const
{
    return m_reach->text();
}

QString DeskView::callingText() const
{
    return m_calling->text();
}

void DeskView::showSelected()
{
    const std::optional<EscalationRun> run = selected();
    const bool open = run && !run->resolution;
    const Instant now = m_service.now();
    const EscalationRun::State state = run ? run->stateAt(now) : EscalationRun::State{};
    const bool calling = open && !run->isOwned() && state.current;
    for (QPushButton *b : {m_noAnswer, m_voicemail, m_declined, m_acknowledged})
        b->setEnabled(calling);
    m_page2->setEnabled(open);
    m_page3->setEnabled(open);
    m_resolution->setEnabled(open && run->isOwned());
    m_resolve->setEnabled(open && run->isOwned());
    m_ledger->setRowCount(0);
    m_shownStep = calling ? state.current->step : -1;
    if (!run) {
        m_runBox->setTitle(tr("No escalation under way"));
        m_caller2->setText(tr("An urgent or critical call starts one: the prime on-call contact "
                              "first, then each secondary in turn until someone takes "
                              "ownership."));
        m_calling->clear();
        m_countdown->clear();
        return;
    }
    m_runBox->setTitle(tr("Escalation %1: %2, %3")
                           .arg(run->id)
                           .arg(severityName(run->severity), m_customers.value(run->ticketId)));
    m_caller2->setText(tr("Caller: %1 — call back on %2 — ticket #%3 — started %4")
                           .arg(run->caller, run->callback)
                           .arg(run->ticketId)
                           .arg(DateText::inViewerZone(run->startedAt)));
    if (run->isOwned()) {
        m_calling->setText(tr("%1 owns the incident since %2")
                               .arg(nameOf(run->owner),
                                    DateText::inViewerZone(run->ownedAt.value_or(run->startedAt))));
        m_countdown->clear();
    }
    m_reach->clear();
    if (!run->isOwned() && state.current) {
        const ContactDetails details = m_details.value(state.current->contact);
        QStringList links;
        if (!details.phone.isEmpty()) {
            QString digits = details.phone;
            digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
            links.append(QStringLiteral("<a href=\"tel:%1\">%2</a>")
                             .arg(digits, tr("Call %1").arg(details.phone.toHtmlEscaped())));
        }
        if (!details.email.isEmpty()) {
            const QByteArray mailto = "mailto:" + QUrl::toPercentEncoding(details.email, "@")
                                      + "?subject="
                                      + QUrl::toPercentEncoding(
                                          tr("After-hours call %1: please call %2 back on %3")
                                              .arg(run->id)
                                              .arg(run->caller, run->callback));
            links.append(QStringLiteral("<a href=\"%1\">%2</a>")
                             .arg(QString::fromLatin1(mailto),
                                  tr("Email %1").arg(details.email.toHtmlEscaped())));
        }
        if (links.isEmpty())
            links.append(tr("No phone number or email address is known for %1.")
                             .arg(nameOf(state.current->contact).toHtmlEscaped()));
        m_reach->setText(links.join(QStringLiteral(" · ")));
    }
    if (!run->isOwned() && state.current) {
        m_calling->setText(tr("Calling %1 (%2), round %3")
                               .arg(nameOf(state.current->contact),
                                    OnCallService::roleName(state.current->position))
                               .arg(state.current->round + 1));
    }
    tick();

    // The ledger: each step as it went, the pages, in time order.
    struct Row
    {
        Instant at;
        QString step, contact, outcome, by, note;
    };
    QList<Row> rows;
    for (const EscalationStep &step : state.steps) {
        Row row;
        row.at = step.start;
        row.step = tr("%1 (round %2)").arg(step.step + 1).arg(step.round + 1);
        row.contact = tr("%1, %2").arg(nameOf(step.contact), OnCallService::roleName(step.position));
        switch (step.how) {
        case EscalationStep::End::Running:
            row.outcome = tr("Calling…");
            break;
        case EscalationStep::End::TimedOut:
            row.outcome = tr("No acknowledgment within %1")
                              .arg(formatCompactDuration(step.end - step.start));
            break;
        case EscalationStep::End::Outcome:
        case EscalationStep::End::Claimed:
            row.outcome = attemptOutcomeName(step.outcome.value_or(AttemptOutcome::NoAnswer));
            break;
        }
        for (const EscalationAttempt &a : run->attempts) {
            const bool ended = step.how == EscalationStep::End::Claimed
                                   ? a.outcome == AttemptOutcome::Acknowledged
                                   : step.how == EscalationStep::End::Outcome && a.step == step.step
                                         && a.at == step.end;
            if (ended) {
                row.by = nameOf(a.loggedBy);
                row.note = a.note;
                if (step.how == EscalationStep::End::Claimed)
                    row.contact = nameOf(a.contact);
                break;
            }
        }
        rows.append(row);
    }
    for (const EscalationAttempt &a : run->attempts) {
        if (a.outcome != AttemptOutcome::Paged)
            continue;
        rows.append({a.at,
                     tr("Level %1 R&D").arg(a.level),
                     nameOf(a.contact),
                     attemptOutcomeName(a.outcome),
                     nameOf(a.loggedBy),
                     a.note});
    }
    QList<EscalationNotification> sent;
    try {
        sent = m_service.repository().notifications(run->ticketId);
    } catch (const StorageError &) {
    }
    for (const EscalationNotification &n : std::as_const(sent)) {
        if (n.channel == QLatin1String("timeline"))
            continue; // the step's own line says it
        const QString how = n.channel == QLatin1String("webhook") ? tr("Webhook") : tr("Email");
        QString status;
        switch (n.status) {
        case EscalationNotification::Status::Pending:
        case EscalationNotification::Status::Sending:
            status = tr("%1 being sent").arg(how);
            break;
        case EscalationNotification::Status::Delivered:
            status = tr("%1 delivered").arg(how);
            break;
        case EscalationNotification::Status::Failed:
            status = tr("%1 failed: %2").arg(how, n.detail);
            break;
        }
        rows.append({n.recordedAt,
                     n.step >= 0 ? tr("%1 (sent)").arg(n.step + 1) : tr("Support inbox"),
                     n.recipient,
                     status,
                     tr("the desk"),
                     n.status == EscalationNotification::Status::Delivered ? n.detail : QString()});
    }
    if (run->resolution)
        rows.append({run->resolvedAt.value_or(run->startedAt),
                     tr("Outcome"),
                     nameOf(run->owner),
                     escalationResolutionName(*run->resolution),
                     QString(),
                     run->resolutionNote});
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.at < b.at;
    });
    m_ledger->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows.at(r);
        // The time of day in the viewer's zone; the whole date on hover.
        const QTime time = QDateTime::fromSecsSinceEpoch(toEpoch(row.at)).toLocalTime().time();
        const QStringList cells{QLocale().toString(time, QLocale::ShortFormat),
                                row.step,
                                row.contact,
                                row.outcome,
                                row.by,
                                row.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == TimeColumn ? DateText::inViewerZone(row.at) : cells.at(c));
            m_ledger->setItem(r, c, item);
        }
    }
    m_ledger->resizeColumnsToContents();
}

void DeskView::tick()
{
    const std::optional<EscalationRun> run = selected();
    if (!run || run->isOwned() || run->resolution) {
        m_countdown->clear();
        return;
    }
    const Instant now = m_service.now();
    const EscalationRun::State state = run->stateAt(now);
    if (!state.current)
        return;
    // A step that ran out moves the run on: show it.
    if (state.current->step != m_shownStep) {
        showSelected();
        return;
    }
    m_countdown->setText(clockText(state.current->end - now));
    m_countdown->setToolTip(tr("Until the next contact is tried, at %1")
                                .arg(DateText::inViewerZone(state.current->end)));
}

void DeskView::setUrgency(const QString &urgency)
{
    (urgency == QLatin1String("critical") ? m_critical
     : urgency == QLatin1String("urgent") ? m_urgent
                                          : m_notUrgent)
        ->setChecked(true);
}

QString DeskView::problem() const
{
    return m_problem->text().isEmpty() ? m_intakeResult->text() : m_problem->text();
}

QString DeskView::fieldLabel(const QString &field) const
{
    if (field == QLatin1String("customer"))
        return tr("Customer");
    if (field == QLatin1String("caller"))
        return tr("Caller");
    if (field == QLatin1String("callback"))
        return tr("Call-back number");
    if (field == QLatin1String("description"))
        return tr("What is happening");
    if (field == QLatin1String("urgency") || field == QLatin1String("severity"))
        return tr("Urgency");
    if (field == QLatin1String("rotation"))
        return tr("On-call rotation");
    if (field == QLatin1String("level"))
        return tr("R&D level");
    if (field == QLatin1String("note"))
        return tr("Note");
    return tr("Escalation");
}

void DeskView::refuse(const QString &message)
{
    m_problem->setText(message);
}

bool DeskView::recordCall()
{
    DeskCall call;
    call.customer = m_customer->currentText();
    call.caller = m_caller->text();
    call.callback = m_callback->text();
    call.description = m_description->toPlainText();
    call.urgency = m_critical->isChecked() ? QStringLiteral("critical")
                   : m_urgent->isChecked() ? QStringLiteral("urgent")
                                           : QStringLiteral("not-urgent");
    call.timeout = Seconds{60LL * DeskSettings::load().timeoutMinutes};
    m_problem->clear();
    try {
        const DeskResult result = m_service.intake(call);
        m_intakeResult->setPalette(palette());
        m_intakeResult->setText(
            result.run ? tr("Ticket #%1 opened; the escalation has started.").arg(result.ticket.id)
                       : tr("Ticket #%1 opened for the next working day, with priority.")
                             .arg(result.ticket.id));
        m_caller->clear();
        m_callback->clear();
        m_description->clear();
        m_notUrgent->setChecked(true);
        if (result.run)
            m_selected = result.run->id;
        reload();
        return true;
    } catch (const InputError &e) {
        QPalette warning = m_intakeResult->palette();
        warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
        m_intakeResult->setPalette(warning);
        m_intakeResult->setText(tr("%1: %2").arg(fieldLabel(e.place()), e.problem()));
    } catch (const StorageError &e) {
        m_intakeResult->setText(QString::fromUtf8(e.what()));
    }
    return false;
}

bool DeskView::act(const std::function<bool()> &submit)
{
    try {
        if (!submit()) {
            refuse(tr("Kept on this computer: the database cannot be reached. It is recorded, "
                      "with the time you logged it, as soon as the database is back."));
            return true;
        }
        reload();
        return true;
    } catch (const ConflictError &e) {
        // Someone else changed the run: show it as it is now, and say what was refused.
        const QString message = QString::fromUtf8(e.what());
        reload();
        refuse(message);
    } catch (const InputError &e) {
        refuse(tr("%1: %2").arg(fieldLabel(e.place()), e.problem()));
    } catch (const StorageError &e) {
        refuse(QString::fromUtf8(e.what()));
    }
    return false;
}

bool DeskView::logOutcome(AttemptOutcome outcome)
{
    const std::optional<EscalationRun> run = selected();
    if (!run)
        return false;
    const EscalationRun::State state = run->stateAt(m_service.now());
    if (!state.current)
        return false;
    bool kept = false;
    const bool done = act([&] {
        const bool saved = m_service.submitAttempt(run->id,
                                                   run->version,
                                                   state.current->step,
                                                   outcome);
        kept = !saved;
        return saved;
    });
    if (done && kept) {
        // Kept offline: shown as logged, so the next outcome is for the next contact. The run
        // is read again from the database once it is back.
        for (EscalationRun &open : m_open) {
            if (open.id != run->id)
                continue;
            EscalationAttempt attempt;
            attempt.step = state.current->step;
            attempt.contact = state.current->contact;
            attempt.outcome = outcome;
            attempt.at = m_service.now();
            open.attempts.append(attempt);
            if (outcome == AttemptOutcome::Acknowledged) {
                open.owner = state.current->contact;
                open.ownedAt = attempt.at;
            }
        }
        const QString message = m_problem->text();
        showSelected();
        m_problem->setText(message);
    }
    return done;
}

bool DeskView::pageLevel(int level)
{
    const std::optional<EscalationRun> run = selected();
    if (!run)
        return false;
    return act([&] { return m_service.submitPage(run->id, run->version, level); });
}

bool DeskView::resolveSelected()
{
    const std::optional<EscalationRun> run = selected();
    if (!run)
        return false;
    const std::optional<EscalationResolution> resolution = escalationResolutionFromKey(
        m_resolution->currentData().toString());
    if (!resolution)
        return false;
    return act([&] {
        const bool saved = m_service.submitResolve(run->id, run->version, *resolution);
        if (saved)
            m_selected = 0;
        return saved;
    });
}

void DeskView::retranslateUi()
{
    m_heading->setText(tr("After-hours desk"));
    QStringList phones;
    for (const auto &[region, number] : EscalationService::deskPhones(DeskSettings::load().phones))
        phones.append(tr("%1: %2", "desk phone region, number").arg(region, number));
    m_phones->setText(tr("Desk numbers — %1").arg(phones.join(QStringLiteral(" · "))));
    m_intakeBox->setTitle(tr("Take a call"));
    m_customerLabel->setText(tr("&Customer:"));
    m_callerLabel->setText(tr("C&aller:"));
    m_callbackLabel->setText(tr("Call-&back number:"));
    m_urgencyLabel->setText(tr("Urgency:"));
    m_notUrgent->setText(tr("&Not urgent"));
    m_notUrgent->setToolTip(tr("Recorded and sent to the support inbox, handled as a priority "
                               "the next working day"));
    m_urgent->setText(tr("&Urgent"));
    m_critical->setText(tr("Cri&tical"));
    m_urgent->setToolTip(tr("The prime on-call contact is called and emailed at once, then "
                            "each secondary in turn until someone takes ownership"));
    m_critical->setToolTip(m_urgent->toolTip());
    m_descriptionLabel->setText(tr("&What is happening:"));
    m_description->setPlaceholderText(tr("The situation, in the caller's words"));
    m_customer->lineEdit()->setPlaceholderText(tr("Choose or type the customer's name"));
    m_callback->setPlaceholderText(tr("+1 613 555 0100"));
    m_record->setText(tr("&Record the call"));
    m_runsBox->setTitle(tr("Escalations under way"));
    m_noAnswer->setText(attemptOutcomeName(AttemptOutcome::NoAnswer));
    m_voicemail->setText(attemptOutcomeName(AttemptOutcome::Voicemail));
    m_declined->setText(attemptOutcomeName(AttemptOutcome::Declined));
    m_acknowledged->setText(attemptOutcomeName(AttemptOutcome::Acknowledged));
    m_page2->setText(tr("Page level-2 R&&D"));
    m_page3->setText(tr("Page level-3 R&&D"));
    m_resolve->setText(tr("Record the outcome"));
    const QString chosen = m_resolution->currentData().toString();
    m_resolution->clear();
    for (EscalationResolution r : {EscalationResolution::DeEscalated,
                                   EscalationResolution::Fixed,
                                   EscalationResolution::RolledBack})
        m_resolution->addItem(escalationResolutionName(r), escalationResolutionKey(r));
    m_resolution->setCurrentIndex(std::max(0, m_resolution->findData(chosen)));
    m_ledger->setHorizontalHeaderLabels(
        {tr("Time"), tr("Step"), tr("Contact"), tr("Outcome"), tr("Logged by"), tr("Note")});
    showRuns();
}

void DeskView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hourglass
