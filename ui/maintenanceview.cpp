// The maintenance calendar page: a month with the windows on their days, the next occurrences
// beside it, overlap warnings, the editor, and .ics import and export; live from the database.
#include "maintenanceview.h"

#include "io/icalendarfile.h"
#include "io/inputerror.h"
#include "maintenance/maintenanceservice.h"
#include "maintenance/recurrencetext.h"
#include "maintenancemonthgrid.h"
#include "maintenancenoticedialog.h"
#include "maintenancewindowdialog.h"
#include "sla/policynames.h"
#include "storage/changefeed.h"
#include "storage/storageerror.h"
#include "time/clock.h"
#include "time/datetext.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <date/tz.h>

#include <algorithm>

namespace hourglass {

namespace {

constexpr int windowIdRole = Qt::UserRole;
constexpr int startRole = Qt::UserRole + 1;
constexpr int recurrenceRole = Qt::UserRole + 2;
// How far ahead the list looks, and how many occurrences it shows.
constexpr auto upcomingSpan = std::chrono::days{62};
constexpr qsizetype upcomingShown = 12;

QDateTime viewerTime(Instant t)
{
    return QDateTime::fromSecsSinceEpoch(toEpoch(t)).toLocalTime();
}

Instant instantOf(const QDate &day)
{
    return fromEpoch(day.startOfDay().toSecsSinceEpoch());
}

// Told apart by lightness as well as hue, and dark enough for the strip's edge on white.
const QList<QColor> &platformColours()
{
    static const QList<QColor> colours{QColor(0x1f, 0x77, 0xb4),
                                       QColor(0xd6, 0x5f, 0x00),
                                       QColor(0x2c, 0xa0, 0x2c),
                                       QColor(0x94, 0x67, 0xbd),
                                       QColor(0xc6, 0x28, 0x28),
                                       QColor(0x00, 0x83, 0x8f),
                                       QColor(0x8c, 0x56, 0x4b),
                                       QColor(0x7f, 0x7f, 0x00)};
    return colours;
}

QString wallClockIn(Instant t, const QString &zone)
{
    try {
        const date::zoned_seconds zoned{zone.toStdString(), t};
        return QString::fromStdString(date::format("%H:%M", zoned.get_local_time()));
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace

MaintenanceView::MaintenanceView(MaintenanceService &service,
                                 const Clock &clock,
                                 ChangeFeed *feed,
                                 QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_clock(clock)
    , m_previous(new QToolButton(this))
    , m_monthTitle(new QLabel(this))
    , m_next(new QToolButton(this))
    , m_today(new QPushButton(this))
    , m_grid(new MaintenanceMonthGrid(this))
    , m_upcomingHeading(new QLabel(this))
    , m_upcoming(new QListWidget(this))
    , m_overlapsHeading(new QLabel(this))
    , m_overlaps(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_import(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_reminders(new QPushButton(this))
    , m_notify(new QPushButton(this))
    , m_move(new QPushButton(this))
    , m_cancelOccurrence(new QPushButton(this))
{
    setObjectName(QStringLiteral("maintenanceView"));
    m_previous->setObjectName(QStringLiteral("previousMonthButton"));
    m_monthTitle->setObjectName(QStringLiteral("monthTitle"));
    m_next->setObjectName(QStringLiteral("nextMonthButton"));
    m_today->setObjectName(QStringLiteral("todayButton"));
    m_upcomingHeading->setObjectName(QStringLiteral("upcomingHeading"));
    m_upcoming->setObjectName(QStringLiteral("upcomingOccurrences"));
    m_overlapsHeading->setObjectName(QStringLiteral("overlapsHeading"));
    m_overlaps->setObjectName(QStringLiteral("overlapWarnings"));
    m_status->setObjectName(QStringLiteral("maintenanceStatus"));
    m_new->setObjectName(QStringLiteral("newWindowButton"));
    m_edit->setObjectName(QStringLiteral("editWindowButton"));
    m_import->setObjectName(QStringLiteral("importIcsButton"));
    m_export->setObjectName(QStringLiteral("exportIcsButton"));
    m_reminders->setObjectName(QStringLiteral("remindersButton"));
    m_notify->setObjectName(QStringLiteral("notifyCustomersButton"));
    m_move->setObjectName(QStringLiteral("moveOccurrenceButton"));
    m_cancelOccurrence->setObjectName(QStringLiteral("cancelOccurrenceButton"));

    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    QFont titleFont = m_monthTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_monthTitle->setFont(titleFont);
    m_monthTitle->setMinimumWidth(
        m_monthTitle->fontMetrics().horizontalAdvance(QStringLiteral("Septembre 2026 MM")));
    QFont headingFont = m_upcomingHeading->font();
    headingFont.setBold(true);
    m_upcomingHeading->setFont(headingFont);
    m_overlapsHeading->setFont(headingFont);
    m_upcoming->setWordWrap(true);
    m_upcoming->setSpacing(3);
    // Wrapped items are measured again at the width they get.
    m_upcoming->setResizeMode(QListView::Adjust);
    m_upcoming->setTextElideMode(Qt::ElideNone);
    m_upcoming->setAlternatingRowColors(true);
    m_upcoming->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_upcoming->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_overlaps->setWordWrap(true);
    m_overlaps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overlaps->setMaximumHeight(m_overlaps->fontMetrics().lineSpacing() * 6 + 8);
    m_status->setWordWrap(true);
    m_status->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_previous);
    header->addWidget(m_monthTitle);
    header->addWidget(m_next);
    header->addWidget(m_today);
    header->addStretch(1);
    header->addWidget(m_new);
    header->addWidget(m_edit);
    header->addWidget(m_import);
    header->addWidget(m_export);
    header->addWidget(m_reminders);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_upcomingHeading);
    sideLayout->addWidget(m_upcoming, 1);
    auto *occurrenceActions = new QHBoxLayout;
    occurrenceActions->addWidget(m_notify);
    occurrenceActions->addWidget(m_move);
    occurrenceActions->addWidget(m_cancelOccurrence);
    occurrenceActions->addStretch(1);
    sideLayout->addLayout(occurrenceActions);
    sideLayout->addWidget(m_overlapsHeading);
    sideLayout->addWidget(m_overlaps);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("maintenanceSplitter"));
    splitter->addWidget(m_grid);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    side->setMinimumWidth(300);
    // The list's lines read whole at 1280 pixels; the month takes the rest.
    splitter->setSizes({680, 400});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_previous, &QToolButton::clicked, this, &MaintenanceView::showPreviousMonth);
    connect(m_next, &QToolButton::clicked, this, &MaintenanceView::showNextMonth);
    connect(m_today, &QPushButton::clicked, this, &MaintenanceView::showToday);
    connect(m_new, &QPushButton::clicked, this, [this] { openEditor(); });
    connect(m_edit, &QPushButton::clicked, this, &MaintenanceView::editSelected);
    connect(m_import, &QPushButton::clicked, this, &MaintenanceView::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &MaintenanceView::chooseExport);
    connect(m_upcoming, &QListWidget::itemActivated, this, &MaintenanceView::editSelected);
    connect(m_reminders, &QPushButton::clicked, this, &MaintenanceView::openReminders);
    connect(m_notify, &QPushButton::clicked, this, &MaintenanceView::notifySelected);
    connect(m_move, &QPushButton::clicked, this, &MaintenanceView::askToMoveSelected);
    connect(m_cancelOccurrence, &QPushButton::clicked, this, &MaintenanceView::askToCancelSelected);
    // A day of the month: its window's editor, or a new window.
    connect(m_grid, &MaintenanceMonthGrid::dayActivated, this, [this](QDate, qint64 windowId) {
        openEditor(windowId);
    });
    // Months by the keyboard, as a calendar does.
    auto *earlier = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    earlier->setContext(Qt::WidgetWithChildrenShortcut);
    connect(earlier, &QShortcut::activated, this, &MaintenanceView::showPreviousMonth);
    auto *later = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    later->setContext(Qt::WidgetWithChildrenShortcut);
    connect(later, &QShortcut::activated, this, &MaintenanceView::showNextMonth);
    connect(m_upcoming,
            &QListWidget::currentItemChanged,
            this,
            &MaintenanceView::updateOccurrenceButtons);

    m_reloadSoon.setSingleShot(true);
    m_reloadSoon.setInterval(0);
    connect(&m_reloadSoon, &QTimer::timeout, this, &MaintenanceView::reload);
    if (feed) {
        connect(feed, &ChangeFeed::changed, this, [this](const Change &change) {
            if (change.table.startsWith(QLatin1String("maintenance_")))
                m_reloadSoon.start();
        });
    }
    // Occurrences start and end on the minute; the list and today's mark follow.
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &MaintenanceView::redraw);
    m_tick.start();

    const QDate today = viewerTime(m_clock.now()).date();
    m_grid->setMonth(today);
    retranslateUi();
    reload();
}

void MaintenanceView::reload()
{
    // The windows are a few rows, read at once; what costs is expanding them, done for the
    // weeks shown only, from the expander's walk cache.
    try {
        m_windows = m_service.windows();
        m_readProblem.clear();
    } catch (const StorageError &error) {
        // Offline: what was read stays, and the page says why it may be old.
        m_readProblem = error.message();
    }
    m_platforms.clear();
    for (const MaintenanceWindow &window : std::as_const(m_windows)) {
        if (!m_platforms.contains(window.platform, Qt::CaseInsensitive))
            m_platforms.append(window.platform);
    }
    std::sort(m_platforms.begin(), m_platforms.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    redraw();
}

QColor MaintenanceView::colourOf(const QString &platform) const
{
    qsizetype index = 0;
    for (qsizetype i = 0; i < m_platforms.size(); ++i) {
        if (m_platforms.at(i).compare(platform, Qt::CaseInsensitive) == 0) {
            index = i;
            break;
        }
    }
    return platformColours().at(index % platformColours().size());
}

void MaintenanceView::showMonth(QDate month)
{
    m_grid->setMonth(month);
    redraw();
}

QDate MaintenanceView::month() const
{
    return m_grid->month();
}

void MaintenanceView::showPreviousMonth()
{
    showMonth(m_grid->month().addMonths(-1));
}

void MaintenanceView::showNextMonth()
{
    showMonth(m_grid->month().addMonths(1));
}

void MaintenanceView::showToday()
{
    showMonth(viewerTime(m_clock.now()).date());
}

void MaintenanceView::redraw()
{
    m_grid->setToday(viewerTime(m_clock.now()).date());
    // "décembre 2026" heads the page as "Décembre 2026".
    QString title = QLocale().toString(m_grid->month(), QStringLiteral("MMMM yyyy"));
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    m_monthTitle->setText(title);
    m_unexpandable.clear();
    fillMonth();
    fillUpcoming();
    fillOverlaps();
    updateReminders();
    QStringList status;
    if (!m_readProblem.isEmpty())
        status.append(tr("The maintenance calendar may be out of date: %1").arg(m_readProblem));
    for (const QString &problem : std::as_const(m_unexpandable))
        status.append(tr("A maintenance window cannot be shown: %1").arg(problem));
    m_status->setText(status.join(u'\n'));
    m_status->setVisible(!status.isEmpty());
}

std::vector<MaintenanceOccurrence> MaintenanceView::expand(Instant from, Instant to)
{
    // One window at a time, so that one the expander refuses (a zone the system no longer
    // knows, a holiday calendar no policy has) is named and the others still show.
    std::vector<MaintenanceOccurrence> all;
    for (qsizetype i = 0; i < m_windows.size(); ++i) {
        try {
            for (MaintenanceOccurrence occurrence :
                 m_service.expander().occurrences(m_windows.at(i), from, to)) {
                occurrence.window = i;
                all.push_back(occurrence);
            }
        } catch (const InputError &error) {
            const QString problem = error.message();
            if (!m_unexpandable.contains(problem))
                m_unexpandable.append(problem);
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.start < b.start;
    });
    return all;
}

void MaintenanceView::fillMonth()
{
    const QDate first = m_grid->firstShown();
    const QDate end = m_grid->endShown();
    const std::vector<MaintenanceOccurrence> occurrences = expand(instantOf(first), instantOf(end));
    QList<MaintenanceMonthGrid::Entry> entries;
    const QLocale locale;
    for (const MaintenanceOccurrence &occurrence : occurrences) {
        const MaintenanceWindow &window = m_windows.at(occurrence.window);
        const QDateTime start = viewerTime(occurrence.start);
        const QDateTime last = viewerTime(occurrence.end - Seconds{1});
        const QString toolTip = tr("%1 (%2)\n%3 – %4\n%5", "title, platform, start, end, rule")
                                    .arg(window.title,
                                         window.platform,
                                         DateText::inViewerZone(occurrence.start),
                                         DateText::inViewerZone(occurrence.end),
                                         RecurrenceText::describe(window));
        // On each day it covers: the start time on its first day, the platform always.
        for (QDate day = std::max(start.date(), first); day <= last.date() && day < end;
             day = day.addDays(1)) {
            const QString time = day == start.date()
                                     ? locale.toString(start.time(), QLocale::ShortFormat)
                                     : QStringLiteral("…");
            entries.append(
                {day, time, window.platform, colourOf(window.platform), toolTip, window.id});
        }
    }
    m_grid->setEntries(std::move(entries));
}

void MaintenanceView::fillUpcoming()
{
    const Instant now = m_clock.now();
    const std::vector<MaintenanceOccurrence> occurrences = expand(now, now + upcomingSpan);
    const qint64 selectedWindow = m_upcoming->currentItem()
                                      ? m_upcoming->currentItem()->data(windowIdRole).toLongLong()
                                      : 0;
    const qint64 selectedStart = m_upcoming->currentItem()
                                     ? m_upcoming->currentItem()->data(startRole).toLongLong()
                                     : 0;
    m_upcoming->clear();
    const QLocale locale;
    for (const MaintenanceOccurrence &occurrence : occurrences) {
        if (m_upcoming->count() >= upcomingShown)
            break;
        const MaintenanceWindow &window = m_windows.at(occurrence.window);
        QStringList lines;
        const bool now = occurrence.start <= m_clock.now();
        lines.append(
            now ? tr("%1 — %2 (in progress)", "title, platform").arg(window.title, window.platform)
                : tr("%1 — %2", "title, platform").arg(window.title, window.platform));
        const QDateTime start = viewerTime(occurrence.start);
        const QDateTime end = viewerTime(occurrence.end);
        const QString endText = end.date() == start.date()
                                    ? locale.toString(end.time(), QLocale::ShortFormat)
                                    : DateText::inViewerZone(occurrence.end);
        lines.append(
            tr("Your time: %1 – %2").arg(DateText::inViewerZone(occurrence.start), endText));
        lines.append(tr("%1 time: %2–%3", "place of the window's zone, start, end")
                         .arg(RecurrenceText::placeOf(window.zone),
                              wallClockIn(occurrence.start, window.zone),
                              wallClockIn(occurrence.end, window.zone)));
        const QString language = PolicyNames::language();
        if (const QString affected = window.affectedIn(language); !affected.isEmpty())
            lines.append(tr("Affected: %1").arg(affected));
        if (const QString keeps = window.keepsWorkingIn(language); !keeps.isEmpty())
            lines.append(tr("Keeps working: %1").arg(keeps));
        lines.append(window.pausesSla ? tr("SLA clocks of the platform's customers pause")
                                      : tr("SLA clocks keep running"));
        auto *item = new QListWidgetItem(lines.join(u'\n'), m_upcoming);
        item->setData(windowIdRole, window.id);
        item->setData(startRole, qint64(toEpoch(occurrence.start)));
        item->setData(recurrenceRole, formatLocalTime(occurrence.recurrenceId));
        item->setForeground(palette().color(QPalette::Text));
        QColor stripe = colourOf(window.platform);
        stripe.setAlpha(now ? 70 : 25);
        item->setBackground(stripe);
        item->setToolTip(RecurrenceText::describe(window));
        if (window.id == selectedWindow && toEpoch(occurrence.start) == selectedStart)
            m_upcoming->setCurrentItem(item);
    }
    if (m_upcoming->count() == 0) {
        auto *item = new QListWidgetItem(tr("No maintenance in the next two months."), m_upcoming);
        item->setFlags(Qt::NoItemFlags);
    }
    updateOccurrenceButtons();
}

void MaintenanceView::updateOccurrenceButtons()
{
    const bool chosen = m_upcoming->currentItem()
                        && m_upcoming->currentItem()->data(windowIdRole).toLongLong() != 0;
    for (QPushButton *button : {m_edit, m_notify, m_move, m_cancelOccurrence})
        button->setEnabled(chosen);
}

void MaintenanceView::updateReminders()
{
    qsizetype due = 0;
    try {
        due = m_service.dueReminders(NoticeComposer(), m_clock.now()).size();
    } catch (const StorageError &) {
        // Offline: the count comes back with the database.
    }
    m_reminders->setText(due > 0 ? tr("&Reminders due (%1)…").arg(due) : tr("&Reminders…"));
    QFont font = m_reminders->font();
    font.setBold(due > 0);
    m_reminders->setFont(font);
}

MaintenanceNoticeDialog *MaintenanceView::notifySelected()
{
    QListWidgetItem *item = m_upcoming->currentItem();
    if (!item || item->data(windowIdRole).toLongLong() == 0)
        return nullptr;
    const qint64 id = item->data(windowIdRole).toLongLong();
    for (const MaintenanceWindow &window : std::as_const(m_windows)) {
        if (window.id == id)
            return notify(window.uid + u'/'
                          + formatInstant(fromEpoch(item->data(startRole).toLongLong())));
    }
    return nullptr;
}

MaintenanceNoticeDialog *MaintenanceView::notify(const QString &occurrenceName)
{
    try {
        const MaintenanceService::FoundOccurrence found = m_service.findOccurrence(occurrenceName);
        auto *dialog = new MaintenanceNoticeDialog(m_service, m_clock, found, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, &MaintenanceView::updateReminders);
        m_lastNotice = dialog;
        dialog->open();
        return dialog;
    } catch (const InputError &error) {
        showMessage(true, tr("No notice"), error.problem());
    } catch (const StorageError &error) {
        showMessage(true, tr("No notice"), error.message());
    }
    return nullptr;
}

MaintenanceNoticeDialog *MaintenanceView::openReminders()
{
    auto *dialog = new MaintenanceNoticeDialog(m_service, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MaintenanceView::updateReminders);
    m_lastNotice = dialog;
    dialog->open();
    return dialog;
}

bool MaintenanceView::storeOverride(qint64 windowId, const OccurrenceOverride &change)
{
    const auto found = std::find_if(m_windows.cbegin(),
                                    m_windows.cend(),
                                    [windowId](const MaintenanceWindow &w) {
                                        return w.id == windowId;
                                    });
    if (found == m_windows.cend())
        return false;
    MaintenanceWindow window = *found;
    // A second change of one occurrence replaces the first: it keeps its name.
    window.overrides.removeIf(
        [&](const OccurrenceOverride &o) { return o.recurrenceId == change.recurrenceId; });
    window.overrides.append(change);
    MaintenanceWindow stored;
    try {
        stored = m_service.save(window);
    } catch (const InputError &error) {
        showMessage(true, tr("Not changed"), error.problem());
        return false;
    } catch (const StorageError &error) {
        // A conflict too: someone changed the window meanwhile; the page shows theirs.
        showMessage(true, tr("Not changed"), error.message());
        reload();
        return false;
    }
    reload();
    const Instant start = MaintenanceExpander::resolve(stored.zone,
                                                       change.cancelled ? change.recurrenceId
                                                                        : change.start);
    notify(stored.uid + u'/' + formatInstant(start));
    return true;
}

bool MaintenanceView::cancelOccurrence(qint64 windowId, LocalTime recurrenceId)
{
    OccurrenceOverride change;
    change.recurrenceId = recurrenceId;
    change.cancelled = true;
    return storeOverride(windowId, change);
}

bool MaintenanceView::moveOccurrence(qint64 windowId,
                                     LocalTime recurrenceId,
                                     LocalTime start,
                                     LocalTime end)
{
    OccurrenceOverride change;
    change.recurrenceId = recurrenceId;
    change.start = start;
    change.end = end;
    return storeOverride(windowId, change);
}

void MaintenanceView::askToCancelSelected()
{
    QListWidgetItem *item = m_upcoming->currentItem();
    if (!item || item->data(windowIdRole).toLongLong() == 0)
        return;
    const qint64 windowId = item->data(windowIdRole).toLongLong();
    const std::optional<LocalTime> recurrenceId = parseLocalTime(
        item->data(recurrenceRole).toString());
    if (!recurrenceId)
        return;
    auto *box
        = new QMessageBox(QMessageBox::Question,
                          tr("Cancel one occurrence"),
                          tr("Cancel this occurrence only? The others stay as they are.\n\n%1")
                              .arg(item->text().section(u'\n', 0, 1)),
                          QMessageBox::Yes | QMessageBox::No,
                          this);
    box->setObjectName(QStringLiteral("confirmCancelOccurrence"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::accepted, this, [this, windowId, recurrenceId] {
        cancelOccurrence(windowId, *recurrenceId);
    });
    m_lastMessage = box;
    box->open();
}

void MaintenanceView::askToMoveSelected()
{
    QListWidgetItem *item = m_upcoming->currentItem();
    if (!item || item->data(windowIdRole).toLongLong() == 0)
        return;
    const qint64 windowId = item->data(windowIdRole).toLongLong();
    const std::optional<LocalTime> recurrenceId = parseLocalTime(
        item->data(recurrenceRole).toString());
    const auto window = std::find_if(m_windows.cbegin(),
                                     m_windows.cend(),
                                     [windowId](const MaintenanceWindow &w) {
                                         return w.id == windowId;
                                     });
    if (!recurrenceId || window == m_windows.cend())
        return;
    // Where the occurrence runs now (moved before, or as the rule gives it), in wall-clock
    // time of the window's zone, as the editor shows times.
    LocalTime start = *recurrenceId;
    LocalTime end = window->localEndOf(*recurrenceId);
    for (const OccurrenceOverride &o : window->overrides) {
        if (o.recurrenceId == *recurrenceId && !o.cancelled) {
            start = o.start;
            end = o.end;
        }
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("moveOccurrenceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Move one occurrence"));
    const auto editor = [dialog](LocalTime t, const char *name) {
        auto *edit = new QDateTimeEdit(dialog);
        edit->setObjectName(QLatin1String(name));
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setDateTime(QDateTime::fromSecsSinceEpoch(t.time_since_epoch().count(), Qt::UTC));
        return edit;
    };
    QDateTimeEdit *startEdit = editor(start, "moveStartEdit");
    QDateTimeEdit *endEdit = editor(end, "moveEndEdit");
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("“%1”: this occurrence only moves; the others stay as the rule "
                               "gives them. Times are %2 time.")
                                .arg(window->title, RecurrenceText::placeOf(window->zone)),
                            dialog));
    form->addRow(tr("New &start:"), startEdit);
    form->addRow(tr("New &end:"), endEdit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [=, this] {
        const auto local = [](const QDateTimeEdit *edit) {
            return LocalTime{Seconds{edit->dateTime().toSecsSinceEpoch()}};
        };
        dialog->accept();
        moveOccurrence(windowId, *recurrenceId, local(startEdit), local(endEdit));
    });
    dialog->open();
}

void MaintenanceView::fillOverlaps()
{
    // The weeks shown: what the calendar beside the warnings draws. Windows that cannot be
    // expanded are left out here too (fillMonth named them).
    const Instant from = instantOf(m_grid->firstShown());
    const Instant to = instantOf(m_grid->endShown());
    QList<MaintenanceWindow> usable;
    for (const MaintenanceWindow &window : std::as_const(m_windows)) {
        try {
            m_service.expander().occurrences(window, from, to);
            usable.append(window);
        } catch (const InputError &) {
        }
    }
    const std::vector<MaintenanceOverlap> overlaps = m_service.expander().overlaps(usable, from, to);
    m_overlaps->clear();
    for (const MaintenanceOverlap &overlap : overlaps)
        new QListWidgetItem(MaintenanceExpander::describe(overlap, usable), m_overlaps);
    m_overlapsHeading->setVisible(!overlaps.empty());
    m_overlaps->setVisible(!overlaps.empty());
}

MaintenanceWindowDialog *MaintenanceView::openEditor(qint64 windowId)
{
    MaintenanceWindow window;
    if (windowId != 0) {
        const auto found = std::find_if(m_windows.cbegin(),
                                        m_windows.cend(),
                                        [windowId](const MaintenanceWindow &w) {
                                            return w.id == windowId;
                                        });
        if (found == m_windows.cend())
            return nullptr;
        window = *found;
    } else {
        // A new window starts from tonight at midnight, weekly, in the viewer's own zone.
        const QDate tomorrow = viewerTime(m_clock.now()).date().addDays(1);
        window.zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        window.start = date::local_days{date::year{tomorrow.year()}
                                        / date::month(unsigned(tomorrow.month()))
                                        / date::day(unsigned(tomorrow.day()))};
        window.length = std::chrono::hours{2};
        const char *days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
        window.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=%1")
                           .arg(QLatin1String(days[tomorrow.dayOfWeek() - 1]));
        window.pausesSla = true;
    }
    QStringList zones{QStringLiteral("Europe/Paris"),
                      QStringLiteral("Europe/London"),
                      QStringLiteral("America/New_York"),
                      QStringLiteral("America/Toronto"),
                      QStringLiteral("UTC")};
    for (const MaintenanceWindow &w : std::as_const(m_windows)) {
        if (!zones.contains(w.zone))
            zones.append(w.zone);
    }
    auto *dialog = new MaintenanceWindowDialog(m_service, window, m_platforms, zones, this);
    dialog->setHolidayCalendars(m_holidayCalendars);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MaintenanceWindowDialog::windowChanged, this, &MaintenanceView::reload);
    dialog->open();
    return dialog;
}

void MaintenanceView::editSelected()
{
    if (QListWidgetItem *item = m_upcoming->currentItem())
        openEditor(item->data(windowIdRole).toLongLong());
}

bool MaintenanceView::importFile(const QString &path)
{
    QList<MaintenanceWindow> stored;
    try {
        stored = m_service.store(ICalendarFile::load(path));
    } catch (const InputError &error) {
        showMessage(true,
                    tr("Import refused"),
                    tr("Nothing was imported.\n\n%1").arg(error.message()));
        return false;
    } catch (const StorageError &error) {
        showMessage(true,
                    tr("Import refused"),
                    tr("Nothing was imported.\n\n%1").arg(error.message()));
        return false;
    }
    reload();
    showMessage(false,
                tr("Import"),
                tr("%n maintenance window(s) imported.", nullptr, int(stored.size())));
    return true;
}

bool MaintenanceView::exportFile(const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(ICalendarFile::write(m_windows, m_clock.now()));
        if (file.commit())
            return true;
    }
    showMessage(true,
                tr("Export failed"),
                tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return false;
}

void MaintenanceView::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this,
                                                      tr("Import maintenance windows"),
                                                      QString(),
                                                      tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        importFile(path);
}

void MaintenanceView::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export maintenance windows"),
                                                      QStringLiteral("maintenance.ics"),
                                                      tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        exportFile(path);
}

void MaintenanceView::showMessage(bool problem, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(problem ? QMessageBox::Warning : QMessageBox::Information,
                                title,
                                text,
                                QMessageBox::Ok,
                                this);
    box->setObjectName(QStringLiteral("maintenanceMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Guarded, not cleared from a slot: the box may be destroyed as a child of this view, after
    // this view's own part is gone.
    m_lastMessage = box;
    box->open();
}

void MaintenanceView::retranslateUi()
{
    m_previous->setToolTip(tr("Previous month (Page Up)"));
    m_next->setToolTip(tr("Next month (Page Down)"));
    m_today->setText(tr("T&oday"));
    m_upcomingHeading->setText(tr("Next occurrences"));
    m_overlapsHeading->setText(tr("Overlapping windows"));
    m_new->setText(tr("&New window…"));
    m_edit->setText(tr("&Edit…"));
    m_import->setText(tr("&Import .ics…"));
    m_export->setText(tr("E&xport .ics…"));
    m_notify->setText(tr("&Notify customers…"));
    m_notify->setToolTip(tr("A notice to each customer of the platform, in their language and "
                            "time zone, with a calendar invitation"));
    m_move->setText(tr("&Move…"));
    m_move->setToolTip(tr("Move this occurrence only"));
    m_cancelOccurrence->setText(tr("&Cancel occurrence…"));
    m_cancelOccurrence->setToolTip(tr("Cancel this occurrence only; the others stay"));
    redraw();
}

void MaintenanceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hourglass
