// One ticket: its countdowns (due in the viewer's zone and the calendar's), timeline, the
// explanation of every deadline, and the actions an agent takes, all through the write path.
#include "ticketdetailview.h"

#include "conversationview.h"
#include "countdowndelegate.h"
#include "customerpanel.h"
#include "models/ticketqueuemodel.h"
#include "shortcuttext.h"
#include "sla/clockreading.h"
#include "sla/explaintext.h"
#include "sla/policynames.h"
#include "sla/slaengine.h"
#include "storage/commandrunner.h"
#include "storage/conflicterror.h"
#include "storage/storageerror.h"
#include "tickets/ticketservice.h"
#include "time/businesscalendar.h"
#include "time/clock.h"
#include "time/datetext.h"

#include <QAction>
#include <QCalendarWidget>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hourglass {

namespace {

// The pane's tabs, in order.
constexpr int conversationTab = 0;
constexpr int customerTab = 1;
constexpr int timelineTab = 2;
constexpr int deadlinesTab = 3;

QString viewerTime(Instant t)
{
    return DateText::inViewerZone(t);
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
    , m_conversation(new ConversationView(this))
    , m_history(new QTabWidget(this))
    , m_explain(new QPlainTextEdit(this))
    , m_outOfView(new QLabel(this))
    , m_reply(new QPlainTextEdit(this))
    , m_respond(new QPushButton(this))
    , m_update(new QPushButton(this))
    , m_waiting(new QPushButton(this))
    , m_customerReplied(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_assign(new QPushButton(this))
    , m_resolve(new QPushButton(this))
    , m_reopen(new QPushButton(this))
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
    m_customerPanel = new CustomerPanel(tickets, clock, this);
    m_explain->setObjectName(QStringLiteral("explainText"));
    m_outOfView->setObjectName(QStringLiteral("outOfViewNote"));
    m_reply->setObjectName(QStringLiteral("replyEditor"));
    m_respond->setObjectName(QStringLiteral("respondButton"));
    m_update->setObjectName(QStringLiteral("updateButton"));
    m_waiting->setObjectName(QStringLiteral("waitingButton"));
    m_customerReplied->setObjectName(QStringLiteral("customerRepliedButton"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
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
    m_outOfView->setWordWrap(true);
    m_outOfView->setStyleSheet(
        QStringLiteral("QLabel { background: #e8eaf6; border: 1px solid #7986cb; padding: 4px; }"));
    m_outOfView->hide();
    // A few lines to write in; the thread itself is read above.
    m_reply->setTabChangesFocus(true);
    m_reply->installEventFilter(this);
    m_reply->setFixedHeight(m_reply->fontMetrics().lineSpacing() * 3 + 12);
    m_explain->setReadOnly(true);
    m_explain->setMaximumBlockCount(400);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true); // a long sentence in French must not widen the window

    // Every action in a slot of its own, three to a row, so the panel keeps to a third of a
    // laptop screen in French as in English. A button that does not apply is disabled, never
    // hidden: nothing moves under the agent's pointer from one ticket to the next.
    auto *actions = new QGridLayout;
    const QList<QPushButton *> buttons = {m_respond,
                                          m_update,
                                          m_assign,
                                          m_waiting,
                                          m_customerReplied,
                                          m_resume,
                                          m_resolve,
                                          m_reopen};
    for (int i = 0; i < buttons.size(); ++i) {
        actions->addWidget(buttons.at(i), i / 3, i % 3);
        buttons.at(i)->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    for (int column = 0; column < 3; ++column)
        actions->setColumnStretch(column, 1);
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

    // The tabs take the room the actions leave, so a long thread reads on a laptop screen.
    // Conversation: the thread, the reply under it and the internal note, as in a chat.
    // Deadlines: what changes them (severity, a chosen time) above why each is what it is.
    auto *conversation = new QWidget(this);
    auto *talk = new QVBoxLayout(conversation);
    talk->setContentsMargins(4, 4, 4, 4);
    talk->addWidget(m_conversation, 1);
    talk->addWidget(m_reply);
    talk->addLayout(note);
    auto *deadlines = new QWidget(this);
    auto *why = new QVBoxLayout(deadlines);
    why->setContentsMargins(4, 4, 4, 4);
    why->addLayout(severity);
    why->addLayout(scheduling);
    why->addWidget(m_explain, 1);
    m_history->setObjectName(QStringLiteral("historyTabs"));
    m_history->setUsesScrollButtons(false); // every tab in sight, its name shortened if need be
    m_history->setElideMode(Qt::ElideRight);
    m_history->addTab(conversation, QString());
    m_history->addTab(m_customerPanel, QString());
    m_history->addTab(m_events, QString());
    m_history->addTab(deadlines, QString());

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    // The title and its facts take two and three lines whatever the ticket, and the actions come
    // right after them: the buttons sit at the same place for every ticket. What varies (notes,
    // clocks) comes below them.
    const auto lines = [](QLabel *label, int count) {
        label->setFixedHeight(label->fontMetrics().lineSpacing() * count + 4);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    };
    lines(m_header, 2);
    lines(m_fields, 3);
    body->addWidget(m_header);
    body->addWidget(m_fields);
    body->addLayout(actions);
    body->addWidget(m_outOfView);
    body->addWidget(m_banner);
    body->addWidget(m_clocks);
    body->addWidget(m_history, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);
    m_body->hide();

    connect(m_respond, &QPushButton::clicked, this, &TicketDetailView::respond);
    connect(m_update, &QPushButton::clicked, this, &TicketDetailView::postUpdate);
    connect(m_waiting, &QPushButton::clicked, this, &TicketDetailView::waitOnCustomer);
    connect(m_customerReplied, &QPushButton::clicked, this, &TicketDetailView::customerReplied);
    connect(m_resume, &QPushButton::clicked, this, &TicketDetailView::resume);
    connect(m_assign, &QPushButton::clicked, this, &TicketDetailView::assignToMe);
    connect(m_resolve, &QPushButton::clicked, this, &TicketDetailView::resolve);
    connect(m_reopen, &QPushButton::clicked, this, &TicketDetailView::reopen);

    // The same actions from the keyboard, wherever the focus is on the page (letters typed in
    // the reply, the note or the search take the key for themselves).
    const auto action = [this](const QString &name, const QKeySequence &keys, auto slot) {
        auto *a = new QAction(this);
        a->setObjectName(name);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions.append(a);
    };
    action(QStringLiteral("respondAction"), QKeySequence(Qt::Key_R), [this] { respond(); });
    action(QStringLiteral("updateAction"), QKeySequence(Qt::Key_U), [this] { postUpdate(); });
    action(QStringLiteral("assignAction"), QKeySequence(Qt::Key_A), [this] { assignToMe(); });
    action(QStringLiteral("waitAction"), QKeySequence(Qt::Key_W), [this] { waitOnCustomer(); });
    action(QStringLiteral("customerRepliedAction"), QKeySequence(Qt::Key_C), [this] {
        customerReplied();
    });
    action(QStringLiteral("resumeAction"), QKeySequence(Qt::Key_O), [this] { resume(); });
    action(QStringLiteral("scheduleAction"), QKeySequence(Qt::Key_S), [this] {
        if (m_scheduleEdit->isEnabled()) {
            m_history->setCurrentIndex(deadlinesTab);
            m_scheduleEdit->setFocus();
        }
    });
    action(QStringLiteral("resolveAction"), QKeySequence(Qt::SHIFT | Qt::Key_R), [this] {
        resolve();
    });
    action(QStringLiteral("reopenAction"), QKeySequence(Qt::SHIFT | Qt::Key_O), [this] {
        reopen();
    });
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
    updateButtons();
}

void TicketDetailView::showTicket(qint64 id)
{
    if (id != ticketId()) {
        m_banner->hide();
        // A reply half written belongs to the ticket it was written for.
        m_reply->clear();
        setInView(true);
    }
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
        if (ticket) {
            m_timeline = repository.timeline(ticket->id);
            m_thread = repository.thread(ticket->id);
        }
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
    // People by the name they go by, not their login.
    QHash<QString, QString> names;
    for (const Person &person : m_tickets.people())
        names.insert(person.login, person.displayName);
    m_header->setText(QStringLiteral("#%1  %2").arg(ticket->id).arg(ticket->title.toHtmlEscaped()));
    m_header->setToolTip(ticket->title.toHtmlEscaped());
    const Severity *severity = policy ? policy->severity(ticket->severity) : nullptr;
    const NamedItem *tier = policy ? policy->tier(ticket->tier) : nullptr;
    m_fields->setText(
        tr("%1 · tier %2 · %3 · status %4 · %5 · language %6")
            .arg(ticket->customer,
                 tier ? tier->displayName(PolicyNames::language()) : ticket->tier,
                 severity ? severity->displayName(PolicyNames::language()) : ticket->severity,
                 ticket->unreadable.isEmpty() ? ExplainText::statusName(ticket->status)
                                              : tr("unreadable (%1)").arg(ticket->unreadable),
                 ticket->assignee.isEmpty()
                     ? tr("unassigned")
                     : tr("assigned to %1").arg(names.value(ticket->assignee, ticket->assignee)),
                 PolicyNames::languageName(ticket->language)));
    {
        const QSignalBlocker blocker(m_severity);
        m_severity->clear();
        if (policy) {
            for (const Severity &s : policy->severities)
                m_severity->addItem(s.displayName(PolicyNames::language()), s.id);
        }
        m_severity->setCurrentIndex(std::max(0, m_severity->findData(ticket->severity)));
        m_severityPreview->clear();
    }
    updateButtons();
    // A time being chosen stays while the ticket is changed elsewhere; another ticket starts
    // from tomorrow.
    if (m_scheduleEdit->property("ticket").toLongLong() != ticket->id) {
        m_scheduleEdit->setProperty("ticket", ticket->id);
        m_scheduleEdit->setDateTime(
            QDateTime::fromSecsSinceEpoch(toEpoch(m_clock.now()) + 86400).toLocalTime());
    }

    m_events->clear();
    for (const TicketEvent &event : m_timeline.events) {
        const QString what = ExplainText::eventText(event, policy);
        // Who recorded it; nobody named means the customer or the system.
        m_events->addItem(QStringLiteral("%1  %2  %3")
                              .arg(viewerTime(event.at),
                                   event.author.isEmpty() ? tr("customer or system")
                                                          : names.value(event.author, event.author),
                                   what));
    }
    showConversation();
    refreshClocks(SlaEngine::Explain::Yes);
}

void TicketDetailView::showConversation()
{
    m_conversation->setMessages(m_thread);
    m_history->setTabText(conversationTab,
                          tr("Messages (%n)",
                             "ticket pane tab: the conversation",
                             int(m_thread.size())));
}

void TicketDetailView::refreshClocks(SlaEngine::Explain explain)
{
    if (!m_ticket || m_body->isHidden())
        return;
    const Policy *policy = m_engine.policy(m_ticket->policyId, m_ticket->policyVersion);
    if (!policy)
        return;
    TicketSla sla;
    const Instant now = m_timeline.notBeforeOpening(m_clock.now());
    try {
        // The windows that affect the customer pause the clocks here as in the queue.
        const auto pauses = m_tickets.maintenancePauses(
            m_timeline.events.isEmpty() ? std::nullopt
                                        : std::optional(m_timeline.events.constFirst().at));
        sla = m_engine.evaluate(m_timeline,
                                now,
                                explain,
                                pauses->forCustomer(m_timeline.customerId));
    } catch (const std::exception &error) {
        m_clocks->setText(
            tr("timeline unreadable: %1").arg(QString::fromStdString(error.what())).toHtmlEscaped());
        return;
    }
    QStringList lines;
    QString explanation;
    if (sla.beta) {
        const ProductArea *area = policy->productArea(sla.productArea);
        lines.append(tr("<b>No SLA (beta)</b>: %1 is a beta feature, which carries no support "
                        "commitment.")
                         .arg((area ? area->displayName(PolicyNames::language()) : sla.productArea)
                                  .toHtmlEscaped()));
    }
    for (const MetricState &metric : sla.metrics) {
        const QString zone = metric.calendar.isEmpty()
                                 ? QString()
                                 : policy->calendars.value(metric.calendar).zone;
        const QColor colour = CountdownDelegate::colourFor(int(metric.state),
                                                           metric.warningLevel,
                                                           metric.warningLevels);
        // The same words as the queue row and hourglass-cli, from the same reading.
        const ClockReading reading = ClockReading::of(metric);
        QString line = tr("<b>%1</b>: <span style=\"color:%2\">%3</span>",
                          "metric name: its state, in its colour")
                           .arg(ExplainText::metricName(metric.metric),
                                colour.name(),
                                reading.textAt(now).toHtmlEscaped());
        if (metric.due && !reading.paused && metric.state != ClockState::Paused)
            line += QStringLiteral(" · ")
                    + tr("due %1 (your time), %2 (%3)")
                          .arg(viewerTime(*metric.due), DateText::inZone(*metric.due, zone), zone)
                          .toHtmlEscaped();
        lines.append(line);

        // What the target is, then how the time was counted.
        explanation += tr("%1:", "a metric's name above its explanation")
                           .arg(ExplainText::metricName(metric.metric))
                       + u'\n';
        if (metric.target)
            explanation += QStringLiteral("  ") + ExplainText::targetText(*metric.target, *policy)
                           + u'\n';
        for (const ExplainSegment &segment : metric.explain)
            explanation += QStringLiteral("  %1 → %2  %3\n")
                               .arg(DateText::inZone(segment.from, zone),
                                    DateText::inZone(segment.to, zone),
                                    ExplainText::segmentText(segment));
    }
    // The Severity-1 resolution process (seed 001): a checklist with its own countdown.
    if (const MetricState *updates = sla.metric(Metric::PeriodicUpdate)) {
        const bool responded = std::any_of(m_timeline.events.begin(),
                                           m_timeline.events.end(),
                                           [](const TicketEvent &e) {
                                               return e.kind == TicketEvent::Kind::Responded;
                                           });
        const ClockReading reading = ClockReading::of(*updates);
        QString next = updates->due && reading.countsDown() ? reading.countdownTextAt(now)
                                                            : reading.stateTextAt(now);
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

void TicketDetailView::setInView(bool inView)
{
    m_inView = inView;
    m_outOfView->setVisible(!inView && m_ticket);
}

void TicketDetailView::focusReply()
{
    if (!m_ticket)
        return;
    m_history->setCurrentIndex(conversationTab);
    m_reply->setFocus();
}

void TicketDetailView::updateButtons()
{
    const bool shown = m_ticket.has_value();
    const bool resolved = shown && m_ticket->status == TicketStatus::Resolved;
    const bool open = shown && !resolved;
    const bool paused = shown && isPausing(m_ticket->status);
    m_respond->setEnabled(open);
    m_update->setEnabled(open);
    m_reply->setEnabled(open);
    m_assign->setEnabled(open && m_ticket->assignee != m_tickets.currentLogin());
    m_waiting->setEnabled(open && m_ticket->status != TicketStatus::WaitingCustomer);
    m_customerReplied->setEnabled(open);
    m_resume->setEnabled(open && paused);
    m_resolve->setEnabled(open);
    m_reopen->setEnabled(resolved);
    m_scheduleEdit->setEnabled(open);
    m_schedule->setEnabled(open);
    m_severity->setEnabled(open);
    m_applySeverity->setEnabled(open);
    // The keys follow the buttons: a key that does nothing here does nothing.
    const QList<QPushButton *> buttons = {m_respond,
                                          m_update,
                                          m_assign,
                                          m_waiting,
                                          m_customerReplied,
                                          m_resume,
                                          m_schedule,
                                          m_resolve,
                                          m_reopen};
    for (int i = 0; i < m_actions.size() && i < buttons.size(); ++i)
        m_actions.at(i)->setEnabled(buttons.at(i)->isEnabled());
}

void TicketDetailView::showOutcome(bool saved, TicketAction::Kind kind)
{
    if (!saved) {
        m_banner->setText(tr("Saved offline: the change will be sent when the database is back."));
        m_banner->show();
        emit acted(m_ticket->id, kind);
        return;
    }
    m_banner->hide();
    reload();
    emit ticketChanged(m_ticket->id);
    emit acted(m_ticket->id, kind);
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
        showOutcome(m_tickets.perform(action), kind);
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
    if (!m_ticket || !m_respond->isEnabled())
        return;
    const QString text = m_reply->toPlainText().trimmed();
    const int version = m_ticket->version;
    perform(TicketAction::Kind::Respond, QString(), text);
    if (m_ticket && m_ticket->version != version)
        m_reply->clear();
}

void TicketDetailView::postUpdate()
{
    if (!m_ticket || !m_update->isEnabled())
        return;
    const QString text = m_reply->toPlainText().trimmed();
    const int version = m_ticket->version;
    perform(TicketAction::Kind::PostUpdate, QString(), text);
    if (m_ticket && m_ticket->version != version)
        m_reply->clear();
}

void TicketDetailView::waitOnCustomer()
{
    if (m_ticket && m_waiting->isEnabled())
        perform(TicketAction::Kind::WaitOnCustomer);
}

void TicketDetailView::customerReplied()
{
    if (m_ticket && m_customerReplied->isEnabled())
        perform(TicketAction::Kind::CustomerReplied);
}

void TicketDetailView::resume()
{
    if (m_ticket && m_resume->isEnabled())
        perform(TicketAction::Kind::Resume);
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
    if (m_ticket && m_assign->isEnabled())
        perform(TicketAction::Kind::Assign, m_tickets.currentLogin());
}

void TicketDetailView::resolve()
{
    if (m_ticket && m_resolve->isEnabled())
        perform(TicketAction::Kind::Resolve);
}

void TicketDetailView::reopen()
{
    if (m_ticket && m_reopen->isEnabled())
        perform(TicketAction::Kind::Reopen);
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
        const TicketSla sla = m_engine.evaluate(whatIf,
                                                m_clock.now(),
                                                SlaEngine::Explain::No,
                                                m_tickets.maintenancePauses()->forCustomer(
                                                    whatIf.customerId));
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
    m_waiting->setText(tr("&Waiting on customer"));
    m_customerReplied->setText(tr("&Customer replied"));
    m_resume->setText(tr("Res&ume"));
    m_resolve->setText(tr("Re&solve"));
    m_reopen->setText(tr("Re&open"));
    m_reply->setPlaceholderText(tr(
        "Reply to the customer: Respond or Post update sends it (Enter on a ticket comes here)"));
    m_outOfView->setText(tr("No longer in this view: resolved, filtered out or changed. It stays "
                            "here until you move to another ticket."));
    const QStringList names = {tr("Respond"),
                               tr("Post update"),
                               tr("Assign to me"),
                               tr("Waiting on customer"),
                               tr("Customer replied"),
                               tr("Resume the clock"),
                               tr("Schedule…"),
                               tr("Resolve"),
                               tr("Reopen")};
    for (int i = 0; i < m_actions.size(); ++i)
        ShortcutText::setText(m_actions.at(i), names.value(i));
    const QList<QPushButton *> buttons = {m_respond,
                                          m_update,
                                          m_assign,
                                          m_waiting,
                                          m_customerReplied,
                                          m_resume,
                                          m_schedule,
                                          m_resolve,
                                          m_reopen};
    for (int i = 0; i < m_actions.size() && i < buttons.size(); ++i)
        buttons.at(i)->setToolTip(m_actions.at(i)->toolTip());
    m_schedule->setToolTip(tr("Record the time the requester chose for this work (%1)")
                               .arg(ShortcutText::typed(QKeySequence(Qt::Key_S))));
    // The date field in the language chosen now, not the one the window started in.
    m_scheduleEdit->setLocale(QLocale());
    m_scheduleEdit->setDisplayFormat(DateText::pattern()); // as every date of the console
    if (QCalendarWidget *calendar = m_scheduleEdit->calendarWidget())
        calendar->setLocale(QLocale());
    m_addNote->setText(tr("Add &note"));
    m_note->setPlaceholderText(tr("Internal note"));
    m_applySeverity->setText(tr("Change &severity"));
    m_schedule->setText(tr("Sc&hedule"));
    m_empty->setText(tr("Select a ticket to see its clocks, timeline and explanation."));
    m_history->setTabText(conversationTab,
                          tr("Messages (%n)",
                             "ticket pane tab: the conversation",
                             int(m_thread.size())));
    m_history->setTabText(customerTab, tr("Customer", "ticket pane tab"));
    m_history->setTabText(timelineTab, tr("Timeline"));
    m_history->setTabText(
        deadlinesTab,
        tr("SLA", "ticket pane tab: the deadlines, what changes them and why each is what it is"));
    reload();
}

bool TicketDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reply && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        emit replyLeft();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TicketDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hourglass
