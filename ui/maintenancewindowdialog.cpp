// Creating, editing and deleting one maintenance window, with its rule in plain words as the
// user types; the service refuses what is wrong, naming the field, and nothing is stored.
#include "maintenancewindowdialog.h"

#include "io/inputerror.h"
#include "maintenance/maintenanceservice.h"
#include "maintenance/recurrencetext.h"
#include "sla/policynames.h"
#include "storage/conflicterror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hourglass {

namespace {

// The wall-clock start in the window's own zone: a naive date and time, held as UTC so that
// the editor neither skips nor doubles the hours of the viewer's DST changes.
QDateTime toEditor(LocalTime t)
{
    const auto day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss clock{t - day};
    return QDateTime(QDate(int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))),
                     QTime(int(clock.hours().count()), int(clock.minutes().count())),
                     Qt::UTC);
}

LocalTime fromEditor(const QDateTime &t)
{
    const QDate d = t.date();
    const QTime time = t.time();
    return date::local_days{date::year{d.year()} / date::month(unsigned(d.month()))
                            / date::day(unsigned(d.day()))}
           + std::chrono::hours{time.hour()} + std::chrono::minutes{time.minute()};
}

constexpr auto editorTimeFormat = "yyyy-MM-dd HH:mm";

// "2026-12-23 00:00, 2027-01-06 00:00": local times as the date-time field shows them.
QString editorTimes(const QList<LocalTime> &times)
{
    QStringList texts;
    for (LocalTime t : times)
        texts.append(toEditor(t).toString(QLatin1String(editorTimeFormat)));
    return texts.join(QLatin1String(", "));
}

// nullopt when a part is not a date and time in that form; a date alone takes `timeOfDay`.
std::optional<QList<LocalTime>> readTimes(const QString &text, QTime timeOfDay)
{
    QList<LocalTime> times;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        QDateTime t = QDateTime::fromString(trimmed, QLatin1String(editorTimeFormat));
        if (!t.isValid())
            t = QDateTime(QDate::fromString(trimmed, Qt::ISODate), timeOfDay);
        if (!t.isValid())
            return std::nullopt;
        times.append(fromEditor(t));
    }
    return times;
}

QPlainTextEdit *shortTextEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

} // namespace

MaintenanceWindowDialog::MaintenanceWindowDialog(MaintenanceService &service,
                                                 const MaintenanceWindow &window,
                                                 const QStringList &platforms,
                                                 const QStringList &zones,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_original(window)
    , m_titleLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_platformLabel(new QLabel(this))
    , m_platform(new QComboBox(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new QComboBox(this))
    , m_startLabel(new QLabel(this))
    , m_start(new QDateTimeEdit(this))
    , m_lengthLabel(new QLabel(this))
    , m_hours(new QSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_ruleLabel(new QLabel(this))
    , m_rule(new QLineEdit(this))
    , m_ruleText(new QLabel(this))
    , m_endKind(new QComboBox(this))
    , m_exdatesLabel(new QLabel(this))
    , m_exdates(new QLineEdit(this))
    , m_rdatesLabel(new QLabel(this))
    , m_rdates(new QLineEdit(this))
    , m_texts(new QTabWidget(this))
    , m_affectedLabel(new QLabel(this))
    , m_affected(shortTextEdit(this))
    , m_keepsWorkingLabel(new QLabel(this))
    , m_keepsWorking(shortTextEdit(this))
    , m_affectedFrLabel(new QLabel(this))
    , m_affectedFr(shortTextEdit(this))
    , m_keepsWorkingFrLabel(new QLabel(this))
    , m_keepsWorkingFr(shortTextEdit(this))
    , m_pausesSla(new QCheckBox(this))
    , m_holidayLabel(new QLabel(this))
    , m_holidayRule(new QComboBox(this))
    , m_holidayCalendar(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("maintenanceWindowDialog"));
    m_title->setObjectName(QStringLiteral("windowTitleEdit"));
    m_platform->setObjectName(QStringLiteral("windowPlatformEdit"));
    m_zone->setObjectName(QStringLiteral("windowZoneEdit"));
    m_start->setObjectName(QStringLiteral("windowStartEdit"));
    m_hours->setObjectName(QStringLiteral("windowHoursEdit"));
    m_minutes->setObjectName(QStringLiteral("windowMinutesEdit"));
    m_rule->setObjectName(QStringLiteral("windowRuleEdit"));
    m_ruleText->setObjectName(QStringLiteral("windowRuleText"));
    m_endKind->setObjectName(QStringLiteral("windowEndKindEdit"));
    m_exdates->setObjectName(QStringLiteral("windowExdatesEdit"));
    m_rdates->setObjectName(QStringLiteral("windowRdatesEdit"));
    m_texts->setObjectName(QStringLiteral("windowTextsTabs"));
    m_affected->setObjectName(QStringLiteral("windowAffectedEdit"));
    m_keepsWorking->setObjectName(QStringLiteral("windowKeepsWorkingEdit"));
    m_affectedFr->setObjectName(QStringLiteral("windowAffectedFrEdit"));
    m_keepsWorkingFr->setObjectName(QStringLiteral("windowKeepsWorkingFrEdit"));
    m_pausesSla->setObjectName(QStringLiteral("windowPausesSlaCheck"));
    m_holidayRule->setObjectName(QStringLiteral("windowHolidayRuleEdit"));
    m_holidayCalendar->setObjectName(QStringLiteral("windowHolidayCalendarEdit"));
    m_problem->setObjectName(QStringLiteral("windowProblem"));

    m_platform->setEditable(true);
    m_platform->addItems(platforms);
    m_platform->setCurrentText(window.platform);
    m_zone->setEditable(true);
    m_zone->addItems(zones);
    m_zone->setCurrentText(window.zone);
    m_title->setText(window.title);
    m_start->setTimeSpec(Qt::UTC);
    m_start->setDisplayFormat(QLatin1String(editorTimeFormat));
    m_start->setCalendarPopup(true);
    m_start->setDateTime(toEditor(window.start));
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(window.length).count();
    m_hours->setRange(0, 31 * 24);
    m_hours->setValue(int(minutes / 60));
    m_minutes->setRange(0, 59);
    m_minutes->setValue(int(minutes % 60));
    m_endKind->addItem(QString(), int(WindowEnd::WallClock));
    m_endKind->addItem(QString(), int(WindowEnd::Elapsed));
    m_endKind->setCurrentIndex(m_endKind->findData(int(window.end)));
    m_rule->setText(window.rrule);
    m_exdates->setText(editorTimes(window.exdates));
    m_rdates->setText(editorTimes(window.rdates));
    m_ruleText->setWordWrap(true);
    // A word-wrapped label in a form guesses a narrow width; the words take the field's.
    m_ruleText->setMinimumWidth(440);
    QFont emphasis = m_ruleText->font();
    emphasis.setItalic(true);
    m_ruleText->setFont(emphasis);
    m_affected->setPlainText(window.affected);
    m_keepsWorking->setPlainText(window.keepsWorking);
    m_affectedFr->setPlainText(window.affectedFr);
    m_keepsWorkingFr->setPlainText(window.keepsWorkingFr);
    m_pausesSla->setChecked(window.pausesSla);
    for (HolidayRule rule :
         {HolidayRule::Keep, HolidayRule::Skip, HolidayRule::MoveToNextWorkingDay})
        m_holidayRule->addItem(QString(), holidayRuleKey(rule));
    m_holidayRule->setCurrentIndex(m_holidayRule->findData(holidayRuleKey(window.holidayRule)));
    setHolidayCalendars({});
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->hide();

    m_save = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveWindowButton"));
    m_save->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelWindowButton"));
    m_delete = m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteWindowButton"));
    m_delete->setVisible(window.id != 0);
    m_delete->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, &MaintenanceWindowDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &MaintenanceWindowDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &MaintenanceWindowDialog::askToDelete);

    auto *length = new QHBoxLayout;
    length->addWidget(m_hours);
    length->addWidget(m_minutes);
    length->addWidget(m_endKind, 1);
    auto *holiday = new QHBoxLayout;
    holiday->addWidget(m_holidayRule);
    holiday->addWidget(m_holidayCalendar, 1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_platformLabel, m_platform);
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(m_startLabel, m_start);
    form->addRow(m_lengthLabel, length);
    form->addRow(m_ruleLabel, m_rule);
    form->addRow(QString(), m_ruleText);
    form->addRow(m_exdatesLabel, m_exdates);
    form->addRow(m_rdatesLabel, m_rdates);
    // What the notices say, in each language a customer may read.
    const auto textsPage = [this](QLabel *affectedLabel,
                                  QPlainTextEdit *affected,
                                  QLabel *keepsLabel,
                                  QPlainTextEdit *keeps) {
        auto *page = new QWidget(m_texts);
        auto *pageForm = new QFormLayout(page);
        pageForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        pageForm->addRow(affectedLabel, affected);
        pageForm->addRow(keepsLabel, keeps);
        m_texts->addTab(page, QString());
    };
    textsPage(m_affectedLabel, m_affected, m_keepsWorkingLabel, m_keepsWorking);
    textsPage(m_affectedFrLabel, m_affectedFr, m_keepsWorkingFrLabel, m_keepsWorkingFr);
    form->addRow(m_texts);
    form->addRow(QString(), m_pausesSla);
    form->addRow(m_holidayLabel, holiday);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    // The words follow every field they depend on, as the user types.
    connect(m_rule, &QLineEdit::textChanged, this, &MaintenanceWindowDialog::updateRuleText);
    connect(m_zone, &QComboBox::currentTextChanged, this, &MaintenanceWindowDialog::updateRuleText);
    connect(m_start,
            &QDateTimeEdit::dateTimeChanged,
            this,
            &MaintenanceWindowDialog::updateRuleText);
    connect(m_hours, &QSpinBox::valueChanged, this, &MaintenanceWindowDialog::updateRuleText);
    connect(m_minutes, &QSpinBox::valueChanged, this, &MaintenanceWindowDialog::updateRuleText);
    connect(m_endKind,
            &QComboBox::currentIndexChanged,
            this,
            &MaintenanceWindowDialog::updateRuleText);
    connect(m_exdates, &QLineEdit::textChanged, this, &MaintenanceWindowDialog::updateRuleText);
    connect(m_rdates, &QLineEdit::textChanged, this, &MaintenanceWindowDialog::updateRuleText);
    retranslateUi();
    resize(sizeHint().expandedTo(QSize(640, 0)));
}

MaintenanceWindow MaintenanceWindowDialog::window() const
{
    // What the dialog does not show (the UID, moved and cancelled occurrences) is kept; dates
    // that do not read are left out here and refused by accept(), naming the field.
    MaintenanceWindow window = m_original;
    window.title = m_title->text().trimmed();
    window.platform = m_platform->currentText().trimmed();
    window.zone = m_zone->currentText().trimmed();
    window.start = fromEditor(m_start->dateTime());
    window.length = std::chrono::hours{m_hours->value()} + std::chrono::minutes{m_minutes->value()};
    window.end = WindowEnd(m_endKind->currentData().toInt());
    window.rrule = m_rule->text().trimmed();
    const QTime timeOfDay = m_start->time();
    window.exdates = readTimes(m_exdates->text(), timeOfDay).value_or(QList<LocalTime>{});
    window.rdates = readTimes(m_rdates->text(), timeOfDay).value_or(QList<LocalTime>{});
    window.affected = m_affected->toPlainText().trimmed();
    window.keepsWorking = m_keepsWorking->toPlainText().trimmed();
    window.affectedFr = m_affectedFr->toPlainText().trimmed();
    window.keepsWorkingFr = m_keepsWorkingFr->toPlainText().trimmed();
    window.pausesSla = m_pausesSla->isChecked();
    window.holidayRule = holidayRuleFromKey(m_holidayRule->currentData().toString())
                             .value_or(HolidayRule::Keep);
    window.holidayCalendar = m_holidayCalendar->currentData().toString();
    return window;
}

void MaintenanceWindowDialog::setHolidayCalendars(const QList<CalendarDefinition> &calendars)
{
    m_calendars = calendars;
    const QString chosen = m_holidayCalendar->count() > 0
                               ? m_holidayCalendar->currentData().toString()
                               : m_original.holidayCalendar;
    const QString language = PolicyNames::language();
    m_holidayCalendar->clear();
    m_holidayCalendar->addItem(tr("no holiday calendar"), QString());
    for (const CalendarDefinition &calendar : calendars)
        m_holidayCalendar->addItem(calendar.displayName(language), calendar.id);
    if (!chosen.isEmpty() && m_holidayCalendar->findData(chosen) < 0)
        m_holidayCalendar->addItem(chosen, chosen); // one the console does not know: kept
    m_holidayCalendar->setCurrentIndex(std::max(0, m_holidayCalendar->findData(chosen)));
}

QString MaintenanceWindowDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void MaintenanceWindowDialog::showProblem(const QString &message, const QString &field)
{
    // The fields by the names MaintenanceWindow::validate gives them, with their labels.
    struct Field
    {
        QLabel *label;
        QWidget *widget;
        int textsTab; // -1: not on a tab
    };
    const QHash<QString, Field>
        fields{{QStringLiteral("title"), {m_titleLabel, m_title, -1}},
               {QStringLiteral("platform"), {m_platformLabel, m_platform, -1}},
               {QStringLiteral("zone"), {m_zoneLabel, m_zone, -1}},
               {QStringLiteral("start"), {m_startLabel, m_start, -1}},
               {QStringLiteral("length"), {m_lengthLabel, m_hours, -1}},
               {QStringLiteral("rrule"), {m_ruleLabel, m_rule, -1}},
               {QStringLiteral("exdates"), {m_exdatesLabel, m_exdates, -1}},
               {QStringLiteral("rdates"), {m_rdatesLabel, m_rdates, -1}},
               {QStringLiteral("affected"), {m_affectedLabel, m_affected, 0}},
               {QStringLiteral("keeps working"), {m_keepsWorkingLabel, m_keepsWorking, 0}},
               {QStringLiteral("affected (French)"), {m_affectedFrLabel, m_affectedFr, 1}},
               {QStringLiteral("keeps working (French)"),
                {m_keepsWorkingFrLabel, m_keepsWorkingFr, 1}},
               {QStringLiteral("holiday calendar"), {m_holidayLabel, m_holidayCalendar, -1}}};
    const auto found = fields.constFind(field);
    QString text = message;
    if (found != fields.constEnd()) {
        // "Recurrence: …", as the form names the field, in the console's language.
        const QString label = found->label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':'));
        text = tr("%1: %2", "a field's label, what is wrong with it").arg(label.trimmed(), message);
    }
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    // The message takes room: the dialog grows rather than squeezing the fields.
    layout()->activate();
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
    if (found != fields.constEnd()) {
        if (found->textsTab >= 0)
            m_texts->setCurrentIndex(found->textsTab);
        found->widget->setFocus(Qt::OtherFocusReason);
    }
}

void MaintenanceWindowDialog::accept()
{
    // Dates the service would never see: the fields that hold them are named here.
    const QTime timeOfDay = m_start->time();
    for (const auto &[edit, field] : {std::pair{m_exdates, QStringLiteral("exdates")},
                                      std::pair{m_rdates, QStringLiteral("rdates")}}) {
        if (!readTimes(edit->text(), timeOfDay)) {
            showProblem(tr("write dates and times as 2026-12-23 00:00, separated by commas"), field);
            return;
        }
    }
    try {
        m_saved = m_service.save(window());
    } catch (const InputError &error) {
        showProblem(error.problem(), error.place());
        return;
    } catch (const ConflictError &error) {
        showProblem(tr("Not saved: %1. Close the editor and open the window again to see the "
                       "other change.")
                        .arg(error.message()));
        return;
    } catch (const StorageError &error) {
        showProblem(tr("Not saved: %1").arg(error.message()));
        return;
    }
    showProblem(QString());
    emit windowChanged();
    QDialog::accept();
}

void MaintenanceWindowDialog::askToDelete()
{
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Delete the maintenance window"),
                                tr("Delete “%1” and all its occurrences?").arg(m_original.title),
                                QMessageBox::Yes | QMessageBox::No,
                                this);
    box->setObjectName(QStringLiteral("confirmDeleteWindow"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::accepted, this, &MaintenanceWindowDialog::deleteWindow);
    box->open();
}

void MaintenanceWindowDialog::deleteWindow()
{
    try {
        m_service.remove(m_original.id, m_original.version);
    } catch (const ConflictError &error) {
        showProblem(tr("Not deleted: %1").arg(error.message()));
        return;
    } catch (const StorageError &error) {
        showProblem(tr("Not deleted: %1").arg(error.message()));
        return;
    }
    m_deleted = true;
    m_saved.reset();
    emit windowChanged();
    QDialog::accept();
}

void MaintenanceWindowDialog::updateRuleText()
{
    m_ruleText->setText(RecurrenceText::describe(window()));
}

void MaintenanceWindowDialog::retranslateUi()
{
    setWindowTitle(m_original.id == 0 ? tr("New maintenance window")
                                      : tr("Maintenance window “%1”").arg(m_original.title));
    m_titleLabel->setText(tr("&Title:"));
    m_titleLabel->setBuddy(m_title);
    m_platformLabel->setText(tr("&Platform:"));
    m_platformLabel->setBuddy(m_platform);
    m_zoneLabel->setText(tr("Time &zone:"));
    m_zoneLabel->setBuddy(m_zone);
    m_startLabel->setText(tr("First &start:"));
    m_startLabel->setBuddy(m_start);
    m_start->setToolTip(tr("The wall-clock date and time of the first occurrence, in the "
                           "window's time zone"));
    m_lengthLabel->setText(tr("&Duration:"));
    m_lengthLabel->setBuddy(m_hours);
    m_hours->setSuffix(tr(" h", "hours of a duration"));
    m_minutes->setSuffix(tr(" min", "minutes of a duration"));
    m_ruleLabel->setText(tr("&Recurrence:"));
    m_ruleLabel->setBuddy(m_rule);
    m_rule->setPlaceholderText(tr("an RRULE, e.g. FREQ=MONTHLY;BYDAY=1WE"));
    m_endKind->setItemText(0, tr("ends at the same wall-clock time, whatever the clocks do"));
    m_endKind->setItemText(1, tr("lasts exactly this long, even across a clock change"));
    m_exdatesLabel->setText(tr("S&kipped dates:"));
    m_exdatesLabel->setBuddy(m_exdates);
    m_exdates->setPlaceholderText(tr("occurrences that do not happen, e.g. 2026-12-23 00:00"));
    m_exdates->setToolTip(tr("EXDATE: wall-clock starts the rule gives that are left out, "
                             "separated by commas; a date alone takes the first start's time"));
    m_rdatesLabel->setText(tr("E&xtra dates:"));
    m_rdatesLabel->setBuddy(m_rdates);
    m_rdates->setPlaceholderText(tr("occurrences the rule does not give, e.g. 2026-12-30 00:00"));
    m_rdates->setToolTip(tr("RDATE: further wall-clock starts, separated by commas; a date "
                            "alone takes the first start's time"));
    m_texts->setTabText(0, tr("Notice in English"));
    m_texts->setTabText(1, tr("Notice in French"));
    m_texts->setToolTip(tr("Customers read the notice in their language; a text left empty "
                           "in one language is taken from the other"));
    m_affectedLabel->setText(tr("&Affected:"));
    m_affectedLabel->setBuddy(m_affected);
    m_affected->setPlaceholderText(tr("What may be unavailable"));
    m_keepsWorkingLabel->setText(tr("&Keeps working:"));
    m_keepsWorkingLabel->setBuddy(m_keepsWorking);
    m_keepsWorking->setPlaceholderText(tr("What keeps running meanwhile"));
    m_affectedFrLabel->setText(tr("Affected:", "field of the notice in French"));
    m_affectedFr->setPlaceholderText(tr("Ce qui peut être indisponible",
                                        "placeholder written in French whatever the console's "
                                        "language: the text goes to French readers"));
    m_keepsWorkingFrLabel->setText(tr("Keeps working:", "field of the notice in French"));
    m_keepsWorkingFr->setPlaceholderText(tr("Ce qui continue de fonctionner",
                                            "placeholder written in French whatever the "
                                            "console's language"));
    m_pausesSla->setText(tr("&Pause the SLA clocks of the platform's customers"));
    m_holidayLabel->setText(tr("On &holidays:"));
    m_holidayLabel->setBuddy(m_holidayRule);
    m_holidayRule->setItemText(0, tr("Keep the occurrence"));
    m_holidayRule->setItemText(1, tr("Skip it"));
    m_holidayRule->setItemText(2, tr("Move it to the next working day"));
    setHolidayCalendars(m_calendars); // names in the new language
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
    m_delete->setText(tr("&Delete…"));
    updateRuleText();
}

void MaintenanceWindowDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace hourglass
