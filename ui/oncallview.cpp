// The on-call page: a rotation's week or month as a timeline, who is on call now and next,
// the overrides (highlighted, withdrawn from here), lint findings, and the override editor;
// live from the database.
#include "oncallview.h"

#include "io/inputerror.h"
#include "oncall/oncallservice.h"
#include "oncalloverridedialog.h"
#include "oncalltimeline.h"
#include "storage/changefeed.h"
#include "storage/conflicterror.h"
#include "storage/storageerror.h"
#include "time/clock.h"
#include "time/datetext.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace hourglass {

namespace {

QDateTime viewerTime(Instant t)
{
    return QDateTime::fromSecsSinceEpoch(toEpoch(t)).toLocalTime();
}

Instant instantOf(const QDate &day)
{
    return fromEpoch(day.startOfDay().toSecsSinceEpoch());
}

const QColor overrideBackground(250, 229, 211);

} // namespace

OnCallView::OnCallView(OnCallService &service, const Clock &clock, ChangeFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_rotation(new QComboBox(this))
    , m_previous(new QToolButton(this))
    , m_title(new QLabel(this))
    , m_next(new QToolButton(this))
    , m_today(new QPushButton(this))
    , m_week(new QPushButton(this))
    , m_month(new QPushButton(this))
    , m_addOverride(new QPushButton(this))
    , m_now(new QLabel(this))
    , m_nextHandoff(new QLabel(this))
    , m_zones(new QLabel(this))
    , m_timeline(new OnCallTimeline(this))
    , m_overridesHeading(new QLabel(this))
    , m_overrides(new QListWidget(this))
    , m_withdraw(new QPushButton(this))
    , m_findingsHeading(new QLabel(this))
    , m_findings(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("onCallView"));
    m_rotation->setObjectName(QStringLiteral("rotationChoice"));
    m_previous->setObjectName(QStringLiteral("previousRangeButton"));
    m_title->setObjectName(QStringLiteral("rangeTitle"));
    m_next->setObjectName(QStringLiteral("nextRangeButton"));
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_week->setObjectName(QStringLiteral("weekButton"));
    m_month->setObjectName(QStringLiteral("monthButton"));
    m_addOverride->setObjectName(QStringLiteral("addOverrideButton"));
    m_now->setObjectName(QStringLiteral("onCallNow"));
    m_nextHandoff->setObjectName(QStringLiteral("onCallNext"));
    m_zones->setObjectName(QStringLiteral("zonesNote"));
    m_overrides->setObjectName(QStringLiteral("overrideList"));
    m_withdraw->setObjectName(QStringLiteral("withdrawOverrideButton"));
    m_findings->setObjectName(QStringLiteral("lintFindings"));
    m_status->setObjectName(QStringLiteral("onCallStatus"));

    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_week->setCheckable(true);
    m_month->setCheckable(true);
    m_week->setChecked(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    QFont strong = m_now->font();
    strong.setBold(true);
    m_now->setFont(strong);
    m_now->setWordWrap(true);
    m_nextHandoff->setWordWrap(true);
    m_zones->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->hide();
    m_overrides->setWordWrap(true);
    m_findings->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_rotation);
    bar->addSpacing(12);
    bar->addWidget(m_previous);
    bar->addWidget(m_title);
    bar->addWidget(m_next);
    bar->addWidget(m_today);
    bar->addStretch();
    bar->addWidget(m_week);
    bar->addWidget(m_month);
    bar->addSpacing(12);
    bar->addWidget(m_addOverride);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *overridesColumn = new QVBoxLayout;
    overridesColumn->addWidget(m_overridesHeading);
    overridesColumn->addWidget(m_overrides);
    overridesColumn->addWidget(m_withdraw, 0, Qt::AlignLeft);
    auto *findingsColumn = new QVBoxLayout;
    findingsColumn->addWidget(m_findingsHeading);
    findingsColumn->addWidget(m_findings);
    lowerLayout->addLayout(overridesColumn, 1);
    lowerLayout->addLayout(findingsColumn, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("onCallSplitter"));
    splitter->addWidget(m_timeline);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_now);
    layout->addWidget(m_nextHandoff);
    layout->addWidget(m_zones);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_rotation, &QComboBox::currentIndexChanged, this, &OnCallView::redraw);
    connect(m_previous, &QToolButton::clicked, this, &OnCallView::showPrevious);
    connect(m_next, &QToolButton::clicked, this, &OnCallView::showNext);
    connect(m_today, &QPushButton::clicked, this, &OnCallView::showToday);
    connect(m_week, &QPushButton::clicked, this, [this] { setSpan(Span::Week); });
    connect(m_month, &QPushButton::clicked, this, [this] { setSpan(Span::Month); });
    connect(m_addOverride, &QPushButton::clicked, this, [this] { openOverrideEditor(); });
    connect(m_withdraw, &QPushButton::clicked, this, &OnCallView::withdrawSelected);
    connect(m_timeline, &OnCallTimeline::shiftActivated, this, [this](const OnCallShift &shift) {
        openOverrideEditor(shift.person, std::max(shift.start, m_clock.now()), shift.end);
    });

    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0);
    connect(&m_reloadSoon, &QTimer::timeout, this, &OnCallView::reload);
    if (feed) {
        connect(feed, &ChangeFeed::changed, this, [this](const Change &change) {
            if (change.table.startsWith(QLatin1String("oncall_"))
                || change.table == QLatin1String("users"))
                m_reloadSoon.start();
        });
    }
    // Who is on call now changes on the minute; the line and the labels follow.
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &OnCallView::redraw);
    m_tick.start();

    m_anchor = viewerTime(m_clock.now()).date();
    retranslateUi();
    reload();
}

void OnCallView::setSpan(Span span)
{
    m_span = span;
    m_week->setChecked(span == Span::Week);
    m_month->setChecked(span == Span::Month);
    redraw();
}

void OnCallView::showPrevious()
{
    m_anchor = m_span == Span::Week ? m_anchor.addDays(-7) : m_anchor.addMonths(-1);
    redraw();
}

void OnCallView::showNext()
{
    m_anchor = m_span == Span::Week ? m_anchor.addDays(7) : m_anchor.addMonths(1);
    redraw();
}

void OnCallView::showToday()
{
    m_anchor = viewerTime(m_clock.now()).date();
    redraw();
}

void OnCallView::reload()
{
    try {
        m_rotations = m_service.rotations();
        m_names = m_service.names();
    } catch (const StorageError &error) {
        m_status->setText(tr("The rotations cannot be read right now: %1").arg(error.message()));
        m_status->show();
        return;
    }
    const qint64 chosen = m_rotation->currentData().toLongLong();
    const QSignalBlocker blocker(m_rotation);
    m_rotation->clear();
    for (const Rotation &r : std::as_const(m_rotations))
        m_rotation->addItem(r.name, r.id);
    const int index = m_rotation->findData(chosen);
    m_rotation->setCurrentIndex(index >= 0 ? index : 0);
    m_rotation->setVisible(m_rotations.size() > 1);
    redraw();
}

QString OnCallView::nameOf(const QString &login) const
{
    const QString name = m_names.value(login);
    return name.isEmpty() ? login : name;
}

void OnCallView::redraw()
{
    const QLocale locale;
    // The range shown, in the viewer's days.
    QDate first = m_anchor;
    QDate end;
    if (m_span == Span::Week) {
        first = m_anchor.addDays(1 - m_anchor.dayOfWeek());
        end = first.addDays(7);
        m_title->setText(tr("Week of %1").arg(locale.toString(first, QLocale::LongFormat)));
    } else {
        first = QDate(m_anchor.year(), m_anchor.month(), 1);
        end = first.addMonths(1);
        m_title->setText(locale.toString(first, QStringLiteral("MMMM yyyy")));
    }
    const Instant from = instantOf(first);
    const Instant to = instantOf(end);
    const Instant now = m_clock.now();
    m_timeline->setRange(from, to);
    m_timeline->setNow(now);
    m_overrides->clear();
    m_findings->clear();
    m_addOverride->setEnabled(!m_rotations.isEmpty());

    const qint64 id = m_rotation->currentData().toLongLong();
    const auto found = std::find_if(m_rotations.cbegin(),
                                    m_rotations.cend(),
                                    [id](const Rotation &r) { return r.id == id; });
    if (found == m_rotations.cend()) {
        m_now->setText(tr("No on-call rotation yet."));
        m_nextHandoff->clear();
        m_zones->clear();
        m_timeline->setContents({}, {}, {}, QString());
        return;
    }
    const Rotation &rotation = *found;
    try {
        const OnCallSchedule schedule = m_service.schedule(rotation.id);
        const Rotation &current = schedule.rotation();
        // As the schedule stands now: overrides recorded after the fact show where they apply.
        std::vector<OnCallShift> shifts = schedule.shifts(from, to, now);
        QList<OnCallTimeline::Row> rows;
        QSet<QString> listed;
        for (const QString &login : current.people) {
            rows.append({login, nameOf(login)});
            listed.insert(login);
        }
        for (const OnCallShift &s : shifts) {
            if (!listed.contains(s.person)) {
                rows.append({s.person, nameOf(s.person)});
                listed.insert(s.person);
            }
        }
        const std::vector<OnCallFinding> lint = m_service.lint(schedule, now);
        QList<std::pair<Instant, Instant>> bands;
        for (const OnCallFinding &f : lint) {
            bands.append({f.start, f.end});
            const QString zone = current.zone;
            auto *item = new QListWidgetItem(OnCallLint::describe(f,
                                                                  m_names,
                                                                  [&zone](Instant t) {
                                                                      return DateText::inZone(t,
                                                                                              zone);
                                                                  }),
                                             m_findings);
            item->setData(Qt::UserRole, OnCallLint::kindKey(f.kind));
        }
        if (lint.empty())
            new QListWidgetItem(tr("Nothing to fix in the next twelve months."), m_findings);
        m_timeline->setContents(rows, std::move(shifts), bands, current.zone);

        const OnCallAnswer answer = schedule.at(now, now);
        if (answer.isCovered()) {
            QStringList then;
            for (const QString &login : answer.secondaries)
                then.append(nameOf(login));
            QString text = then.isEmpty()
                               ? tr("On call now: %1 (prime).").arg(nameOf(answer.prime))
                               : tr("On call now: %1 (prime), then %2.")
                                     .arg(nameOf(answer.prime), then.join(QStringLiteral(", ")));
            if (!answer.standingInFor.value(0).isEmpty())
                text += QLatin1Char(' ')
                        + tr("%1 covers for %2.")
                              .arg(nameOf(answer.prime), nameOf(answer.standingInFor.at(0)));
            m_now->setText(text);
            const OnCallAnswer next = schedule.at(answer.periodEnd, now);
            m_nextHandoff->setText(
                next.isCovered()
                    ? tr("Next handoff %1: %2 becomes prime.")
                          .arg(DateText::inViewerZone(answer.periodEnd), nameOf(next.prime))
                    : tr("After %1 nobody is on call.")
                          .arg(DateText::inViewerZone(answer.periodEnd)));
        } else {
            m_now->setText(tr("Nobody is on call now."));
            m_nextHandoff->clear();
        }
        m_zones->setText(tr("Times in your zone (%1). The rotation hands off at %2 %3; hover over "
                            "a shift for its times there, double-click one to override it.")
                             .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()),
                                  formatTimeOfDay(current.handoffTime),
                                  current.zone));

        for (const OnCallOverride &o : schedule.overrides()) {
            if (o.withdrawnAt || o.end <= now - date::days{7})
                continue;
            QString text = tr("%1 covers for %2, %3 to %4")
                               .arg(nameOf(o.cover),
                                    nameOf(o.covered),
                                    DateText::inViewerZone(o.start),
                                    DateText::inViewerZone(o.end));
            if (!o.note.isEmpty())
                text += QStringLiteral(" — ") + o.note;
            auto *item = new QListWidgetItem(text, m_overrides);
            item->setData(Qt::UserRole, o.id);
            item->setData(Qt::UserRole + 1, o.version);
            item->setBackground(overrideBackground);
            item->setForeground(QColor(Qt::black));
        }
        m_withdraw->setEnabled(m_overrides->count() > 0);
        m_status->hide();
    } catch (const StorageError &error) {
        m_status->setText(tr("The rotation cannot be read right now: %1").arg(error.message()));
        m_status->show();
    } catch (const InputError &error) {
        m_status->setText(error.message());
        m_status->show();
    }
}

void OnCallView::withdrawSelected()
{
    QListWidgetItem *item = m_overrides->currentItem();
    if (!item && m_overrides->count() > 0)
        item = m_overrides->item(0);
    if (!item)
        return;
    try {
        m_service.withdrawOverride(item->data(Qt::UserRole).toLongLong(),
                                   item->data(Qt::UserRole + 1).toInt());
        m_status->hide();
    } catch (const ConflictError &conflict) {
        m_status->setText(conflict.message());
        m_status->show();
    } catch (const StorageError &error) {
        m_status->setText(error.message());
        m_status->show();
    }
    reload();
}

OnCallOverrideDialog *OnCallView::openOverrideEditor(const QString &covered,
                                                     std::optional<Instant> start,
                                                     std::optional<Instant> end)
{
    const qint64 id = m_rotation->currentData().toLongLong();
    const auto found = std::find_if(m_rotations.cbegin(),
                                    m_rotations.cend(),
                                    [id](const Rotation &r) { return r.id == id; });
    if (found == m_rotations.cend())
        return nullptr;
    const Instant now = m_clock.now();
    QString person = covered;
    if (person.isEmpty()) {
        try {
            person = m_service.schedule(found->id).at(now, now).prime;
        } catch (const std::exception &) {
        }
    }
    // From the next whole hour, for an hour.
    const Instant hour = fromEpoch((toEpoch(now) / 3600 + 1) * 3600);
    const Instant from = start.value_or(hour);
    auto *dialog = new OnCallOverrideDialog(m_service,
                                            *found,
                                            m_names,
                                            person,
                                            from,
                                            end.value_or(from + Seconds{3600}),
                                            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OnCallOverrideDialog::overrideSaved, this, &OnCallView::reload);
    m_editor = dialog;
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

QString OnCallView::nowText() const
{
    return m_now->text();
}

QString OnCallView::nextText() const
{
    return m_nextHandoff->text();
}

QStringList OnCallView::findings() const
{
    QStringList texts;
    for (int i = 0; i < m_findings->count(); ++i)
        texts.append(m_findings->item(i)->text());
    return texts;
}

QStringList OnCallView::overrideTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_overrides->count(); ++i)
        texts.append(m_overrides->item(i)->text());
    return texts;
}

void OnCallView::retranslateUi()
{
    m_previous->setToolTip(tr("Previous (Page Up)"));
    m_next->setToolTip(tr("Next (Page Down)"));
    m_today->setText(tr("T&oday"));
    m_week->setText(tr("&Week"));
    m_month->setText(tr("&Month"));
    m_addOverride->setText(tr("Add &override…"));
    m_overridesHeading->setText(tr("Overrides"));
    m_withdraw->setText(tr("&Withdraw override"));
    m_findingsHeading->setText(tr("To fix in the next twelve months"));
    redraw();
}

void OnCallView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hourglass
