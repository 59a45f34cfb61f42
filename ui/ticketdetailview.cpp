// One ticket: its countdowns (due in the viewer's zone and the calendar's), timeline, the
// explanation of every deadline, and the actions an agent takes, all through the write path.
#include "ticketdetailview.h"

#include "countdowndelegate.h"
#include "customerpanel.h"
#include "models/ticketqueuemodel.h"
#include "sla/explaintext.h"
#include "sla/slaengine.h"
#include "storage/commandrunner.h"
#include "storage/conflicterror.h"
#include "storage/storageerror.h"
#include "tickets/ticketservice.h"
#include "time/businesscalendar.h"
#include "time/clock.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hourglass {

namespace {

QString viewerTime(Instant t)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(toEpoch(t)).toLocalTime(),
                              QLocale::ShortFormat);
}

} // namespace

TicketDetailView::TicketDetailView(TicketService &tickets,
                                   CommandRunner &commands,
                                   const Clock &clock,
                                   QWidget *parent)
    : QWidget(parent)
    , m_tickets(tickets)
    , m_engine(tickets.engine())
    , m_clock(clock)
    , m_header(new QLabel(this))
    , m_fields(new QLabel(this))
    , m_clocks(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_events(new QListWidget(this))
    , m_explain(new QPlainTextEdit(this))
    , m_respond(new QPushButton(this))
    , m_update(new QPushButton(this))
    , m_waiting(new QPushButton(this))
    , m_assign(new QPushButton(this))
    , m_resolve(new QPushButton(this))
    , m_note(new QLineEdit(this))
    , m_addNote(new QPushButton(this))
    , m_severity(new QComboBox(this))
    , m_severityPreview(new QLabel(this))
    , m_applySeverity(new QPushButton(this))
    , m_scheduleEdit(new QDateTimeEdit(this))
    , m_schedule(new QPushButton(this))
    , m_empty(new QLabel(this))
    , m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("ticketDetail"));
    m_header->setObjectName(QStringLiteral("detailHeader"));
    m_clocks->setObjectName(QStringLiteral("detailClocks"));
    m_banner->setObjectName(QStringLiteral("conflictBanner"));
    m_events->setObjectName(QStringLiteral("timelineList"));
    m_events->setWordWrap(true); // long notes and creation details wrap rather than scroll
    m_explain->setObjectName(QStringLiteral("explainText"));
    m_respond->setObjectName(QStringLiteral("respondButton"));
    m_update->setObjectName(QStringLiteral("updateButton"));
    m_waiting->setObjectName(QStringLiteral("waitingButton"));
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_severity->setObjectName(QStringLiteral("severityBox"));
    m_severityPreview->setObjectName(QStringLiteral("severityPreview"));
    m_applySeverity->setObjectName(QStringLiteral("applySeverityButton"));
    m_scheduleEdit->setObjectName(QStringLiteral("scheduleEdit"));
    m_schedule->setObjectName(QStringLiteral("scheduleButton"));
    m_scheduleEdit->setCalendarPopup(true);

    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setWordWrap(true);
    m_fields->setWordWrap(true);
    m_clocks->setWordWrap(true);
    m_clocks->setTextFormat(Qt::RichText);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; border: 1px solid #e0b252; padding: 6px; }"));
    m_banner->hide();
    m_explain->setReadOnly(true);
    m_explain->setMaximumBlockCount(400);
    m_empty->setAlignment(Qt::AlignCenter);

    // Actions on two rows, and the severity apart from the schedule, so the panel keeps to a
    // third of a laptop screen in French as in English.
    auto *actions = new QGridLayout;
    const QList<QPushButton *> buttons = {m_respond, m_update, m_waiting, m_assign, m_resolve};
    for (int i = 0; i < buttons.size(); ++i)
        actions->addWidget(buttons.at(i), i / 3, i % 3);
    actions->setColumnStretch(3, 1);
    auto *note = new QHBoxLayout;
    note->addWidget(m_note, 1);
    note->addWidget(m_addNote);
    auto *severity = new QHBoxLayout;
    severity->addWidget(m_severity);
    severity->addWidget(m_applySeverity);
    severity->addWidget(m_severityPreview, 1);
    m_severityPreview->setWordWrap(true);
    m_severity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_severity->setMinimumContentsLength(14);
    auto *scheduling = new QHBoxLayout;
    scheduling->addWidget(m_scheduleEdit);
    scheduling->addWidget(m_schedule);
    scheduling->addStretch();

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_header);
    body->addWidget(m_fields);
    body->addWidget(m_banner);
    body->addWidget(m_clocks);
    body->addLayout(actions);
    body->addLayout(severity);
    body->addLayout(scheduling);
    body->addLayout(note);
    m_customerPanel = new CustomerPanel(tickets, clock, m_body);
    body->addWidget(m_customerPanel);
    body->addWidget(m_events, 2);
    body->addWidget(m_explain, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);
    m_body->hide();

    connect(m_respond, &QPushButton::clicked, this, &TicketDetailView::respond);
    connect(m_update, &QPushButton::clicked, this, &TicketDetailView::postUpdate);
    connect(m_waiting, &QPushButton::clicked, this, &TicketDetailView::toggleWaiting);
    connect(m_assign, &QPushButton::clicked, this, &TicketDetailView::assignToMe);
    connect(m_resolve, &QPushButton::clicked, this, &TicketDetailView::toggleResolved);
    connect(m_addNote, &QPushButton::clicked, this, [this] { addNote(m_note->text()); });
    connect(m_note, &QLineEdit::returnPressed, this, [this] { addNote(m_note->text()); });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_severityPreview->setText(previewSeverity(m_severity->currentData().toString()));
    });
    connect(m_applySeverity, &QPushButton::clicked, this, [this] {
        changeSeverity(m_severity->currentData().toString());
    });
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        schedule(fromEpoch(m_scheduleEdit->dateTime().toSecsSinceEpoch()));
    });
    connect(&commands, &CommandRunner::replayConflict, this, [this](const QString &message) {
        m_banner->setText(message);
        m_banner->show();
    });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        // The countdowns move every second; the explanation only needs a fresh "now" now and then.
        refreshClocks(++m_ticks % 60 == 0 ? SlaEngine::Explain::Yes : SlaEngine::Explain::No);
    });
    m_tick.start();
    retranslateUi();
}

void TicketDetailView::showTicket(qint64 id)
{
    if (id != ticketId())
        m_banner->hide();
    if (id <= 0) {
        m_ticket.reset();
        m_body->hide();
        m_empty->show();
        return;
    }
    m_ticket = TicketRecord{};
    m_ticket->id = id;
    reload();
}

void TicketDetailView::reload()
{
    if (!m_ticket)
        return;
    std::optional<TicketRecord> ticket;
    try {
        TicketRepository &repository = m_tickets.repository();
        ticket = repository.ticket(m_ticket->id);
        if (ticket)
            m_timeline = repository.timeline(ticket->id);
    } catch (const StorageError &) {
        return; // offline: keep showing what is there
    }
    if (!ticket) {
        showTicket(0);
        return;
    }
    m_ticket = ticket;
    m_empty->hide();
    m_body->show();
    m_customerPanel->setTicket(ticket);

    const Policy *policy = m_engine.policy(ticket->policyId, ticket->policyVersion);
    m_header->setText(QStringLiteral("#%1  %2").arg(ticket->id).arg(ticket->title.toHtmlEscaped()));
    const Severity *severity = policy ? policy->severity(ticket->severity) : nullptr;
    const NamedItem *tier = policy ? policy->tier(ticket->tier) : nullptr;
    m_fields->setText(
        tr("%1 · tier %2 · %3 · status %4 · %5 · language %6")
            .arg(ticket->customer,
                 tier ? tier->name : ticket->tier,
                 severity ? severity->name : ticket->severity,
                 ticket->unreadable.isEmpty() ? ExplainText::statusName(ticket->status)
                                              : tr("unreadable (%1)").arg(ticket->unreadable),
                 ticket->assignee.isEmpty() ? tr("unassigned")
                                            : tr("assigned to %1").arg(ticket->assignee),
                 ticket->language));
    {
        const QSignalBlocker blocker(m_severity);
        m_severity->clear();
        if (policy) {
            for (const Severity &s : policy->severities)
                m_severity->addItem(s.name, s.id);
        }
        m_severity->setCurrentIndex(std::max(0, m_severity->findData(ticket->severity)));
        m_severityPreview->clear();
    }
    m_resolve->setText(ticket->status == TicketStatus::Resolved ? tr("Re&open") : tr("Re&solve"));
    // A paused ticket resumes where a running one is set waiting.
    m_waiting->setText(isPausing(ticket->status) ? tr("Res&ume") : tr("&Waiting on customer"));
    m_scheduleEdit->setDateTime(
        QDateTime::fromSecsSinceEpoch(toEpoch(m_clock.now()) + 86400).toLocalTime());

    m_events->clear();
    for (const TicketEvent &event : m_timeline.events) {
        const QString what = ExplainText::eventText(event);
        // Who recorded it: an agent's login; nobody named means the customer or the system.
        m_events->addItem(QStringLiteral("%1  %2  %3")
                              .arg(viewerTime(event.at),
                                   event.author.isEmpty() ? tr("customer or system") : event.author,
                                   what));
    }
    refreshClocks(SlaEngine::Explain::Yes);
}

void TicketDetailView::refreshClocks(SlaEngine::Explain explain)
{
    if (!m_ticket || m_body->isHidden())
        return;
    const Policy *policy = m_engine.policy(m_ticket->policyId, m_ticket->policyVersion);
    if (!policy)
        return;
    TicketSla sla;
    try {
        sla = m_engine.evaluate(m_timeline, m_timeline.notBeforeOpening(m_clock.now()), explain);
    } catch (const std::exception &error) {
        m_clocks->setText(
            tr("timeline unreadable: %1").arg(QString::fromStdString(error.what())).toHtmlEscaped());
        return;
    }
    QStringList lines;
    QString explanation;
    for (const MetricState &metric : sla.metrics) {
        const QString zone = metric.calendar.isEmpty()
                                 ? QString()
                                 : policy->calendars.value(metric.calendar).zone;
        const QColor colour = CountdownDelegate::colourFor(int(metric.state),
                                                           metric.warningLevel,
                                                           metric.warningLevels);
        QString line = tr("<b>%1</b>: <span style=\"color:%2\">%3</span>",
                          "metric name: its state, in its colour")
                           .arg(ExplainText::metricName(metric.metric),
                                colour.name(),
                                ExplainText::stateName(metric.state));
        if (metric.state == ClockState::Running || metric.state == ClockState::Breached
            || metric.state == ClockState::Paused) {
            Seconds remaining = metric.remaining;
            line += QStringLiteral(" · ")
                    + TicketQueueModel::formatRemaining(remaining.count()).toHtmlEscaped();
        }
        if (metric.due && metric.state != ClockState::Paused)
            line += QStringLiteral(" · ")
                    + tr("due %1 (your time), %2 (%3)")
                          .arg(viewerTime(*metric.due),
                               formatLocal(*metric.due, zone, QLocale()),
                               zone)
                          .toHtmlEscaped();
        if (metric.target)
            line += QStringLiteral("<br><small>")
                    + ExplainText::targetText(*metric.target, *policy).toHtmlEscaped()
                    + QStringLiteral("</small>");
        lines.append(line);

        explanation += tr("%1:", "a metric's name above its explanation")
                           .arg(ExplainText::metricName(metric.metric))
                       + u'\n';
        for (const ExplainSegment &segment : metric.explain)
            explanation += QStringLiteral("  %1 → %2  %3\n")
                               .arg(formatLocal(segment.from, zone, QLocale()),
                                    formatLocal(segment.to, zone, QLocale()),
                                    ExplainText::segmentText(segment));
    }
    // The Severity-1 resolution process (seed 001): a checklist with its own countdown.
    if (const MetricState *updates = sla.metric(Metric::PeriodicUpdate)) {
        const bool responded = std::any_of(m_timeline.events.begin(),
                                           m_timeline.events.end(),
                                           [](const TicketEvent &e) {
                                               return e.kind == TicketEvent::Kind::Responded;
                                           });
        QString next = updates->due ? TicketQueueModel::formatRemaining(updates->remaining.count())
                                    : ExplainText::stateName(updates->state);
        lines.append(
            tr("<b>Resolution process</b>: %1 ticket opened · %2 engineer assigned · %3 work "
               "started · "
               "next status report: %4")
                .arg(QStringLiteral("✔"),
                     m_ticket->assignee.isEmpty() ? QStringLiteral("☐") : QStringLiteral("✔"),
                     responded ? QStringLiteral("✔") : QStringLiteral("☐"),
                     next.toHtmlEscaped()));
    }
    if (lines.isEmpty())
        lines.append(tr("No SLA commitment for this severity and tier."));
    m_clocks->setText(lines.join(QStringLiteral("<br>")));
    if (explain == SlaEngine::Explain::Yes && m_explain->toPlainText() != explanation)
        m_explain->setPlainText(explanation);
}

void TicketDetailView::showOutcome(bool saved)
{
    if (!saved) {
        m_banner->setText(tr("Saved offline: the change will be sent when the database is back."));
        m_banner->show();
        return;
    }
    m_banner->hide();
    reload();
    emit ticketChanged(m_ticket->id);
}

void TicketDetailView::perform(TicketAction::Kind kind,
                               const QString &value,
                               const QString &text,
                               std::optional<Instant> when)
{
    if (!m_ticket)
        return;
    TicketAction action;
    action.kind = kind;
    action.ticketId = m_ticket->id;
    action.version = m_ticket->version;
    action.value = value;
    action.text = text;
    action.when = when;
    try {
        showOutcome(m_tickets.perform(action));
    } catch (const ConflictError &conflict) {
        // Both sides: what won and what was refused; the view then shows the winner.
        reload();
        m_banner->setText(tr("Not saved: %1").arg(conflict.message()));
        m_banner->show();
        emit ticketChanged(m_ticket->id);
    } catch (const std::runtime_error &error) {
        m_banner->setText(QString::fromStdString(error.what()));
        m_banner->show();
    }
}

void TicketDetailView::respond()
{
    perform(TicketAction::Kind::Respond);
}

void TicketDetailView::postUpdate()
{
    perform(TicketAction::Kind::PostUpdate);
}

void TicketDetailView::toggleWaiting()
{
    if (!m_ticket)
        return;
    perform(isPausing(m_ticket->status) ? TicketAction::Kind::Resume
                                        : TicketAction::Kind::WaitOnCustomer);
}

void TicketDetailView::assignToMe()
{
    perform(TicketAction::Kind::Assign, m_tickets.currentLogin());
}

void TicketDetailView::toggleResolved()
{
    if (!m_ticket)
        return;
    perform(m_ticket->status == TicketStatus::Resolved ? TicketAction::Kind::Reopen
                                                       : TicketAction::Kind::Resolve);
}

void TicketDetailView::addNote(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    perform(TicketAction::Kind::Note, QString(), text.trimmed());
    m_note->clear();
}

void TicketDetailView::changeSeverity(const QString &severity)
{
    perform(TicketAction::Kind::ChangeSeverity, severity);
}

void TicketDetailView::schedule(Instant when)
{
    perform(TicketAction::Kind::Schedule, QString(), QString(), when);
}

QString TicketDetailView::previewSeverity(const QString &severity) const
{
    if (!m_ticket || severity.isEmpty() || severity == m_ticket->severity)
        return QString();
    // What-if: the same timeline with the change made now.
    TicketTimeline whatIf = m_timeline;
    whatIf.events.append(
        TicketEvent{m_clock.now(), TicketEvent::Kind::SeverityChanged, severity, {}, {}, 0, {}});
    try {
        const TicketSla sla = m_engine.evaluate(whatIf, m_clock.now());
        for (const MetricState &metric : sla.metrics) {
            if (metric.due
                && (metric.state == ClockState::Running || metric.state == ClockState::Breached))
                return tr("%1 would be due %2")
                    .arg(ExplainText::metricName(metric.metric), viewerTime(*metric.due));
        }
        return tr("No running clock with this severity.");
    } catch (const std::exception &error) {
        return QString::fromStdString(error.what());
    }
}

void TicketDetailView::retranslateUi()
{
    m_respond->setText(tr("&Respond"));
    m_update->setText(tr("Post &update"));
    m_assign->setText(tr("Assign to &me"));
    m_addNote->setText(tr("Add &note"));
    m_note->setPlaceholderText(tr("Internal note"));
    m_applySeverity->setText(tr("Change &severity"));
    m_schedule->setText(tr("Sc&hedule"));
    m_schedule->setToolTip(tr("Record the time the requester chose for this work"));
    m_empty->setText(tr("Select a ticket to see its clocks, timeline and explanation."));
    reload();
}

void TicketDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hourglass
