// The maintenance calendar page, the window editor and the banner, on a temporary SQLite
// database with the seeds' presets and a ManualClock in December 2026, viewed from Paris.
#include "consolepages.h"
#include "io/icalendarfile.h"
#include "languagemanager.h"
#include "maintenance/holidaycalendars.h"
#include "maintenance/maintenancepresets.h"
#include "maintenance/maintenanceservice.h"
#include "maintenancebanner.h"
#include "maintenancemonthgrid.h"
#include "maintenancenoticedialog.h"
#include "maintenanceview.h"
#include "maintenancewindowdialog.h"
#include "mainwindow.h"
#include "sla/presetpolicies.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/sqldatabasesummary.h"
#include "storage/sqlmaintenancerepository.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"
#include "time/datetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <ctime>

using namespace hourglass;

namespace {

// Tuesday 2026-12-01 11:00 in Paris.
const Instant tuesdayMorning = test::at("2026-12-01T10:00:00Z");

} // namespace

class TestMaintenanceView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void monthShowsThePresetsOnTheirDays();
    void previousAndNextMonth();
    void nextOccurrencesInOrder();
    void followsTheDatabase();
    void overlapsAreWarned();
    void editorRendersTheRuleAsTheUserTypes();
    void editorRefusesABadRuleNamingTheField();
    void editorEditsDatesTextsAndTheKindOfEnd();
    void noticesGoToEachCustomerInTheirLanguage();
    void cancelAndMoveOneOccurrenceThenTellTheCustomers();
    void remindersAreDueBeforeTheOccurrence();
    void editorSavesAndDeletes();
    void holidayCalendarsByName();
    void staleEditIsRefused();
    void malformedIcsIsRefusedWhole();
    void exportThenImportChangesNothing();
    void bannerShowsWhileAWindowIsInProgress();
    void consoleCarriesTheBannerAndThePage();
    void pictures();

private:
    MaintenanceWindow stored(const QString &uid) const;
    qint64 addCustomer(const QString &name,
                       const QString &language,
                       const QString &zone,
                       const QString &email);
    template<typename T>
    static T *find(QWidget *root, const char *name)
    {
        T *widget = root->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    LanguageManager m_languages;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SqlMaintenanceRepository> m_repository;
    std::unique_ptr<MaintenanceService> m_service;
    std::unique_ptr<MaintenanceView> m_view;
};

void TestMaintenanceView::initTestCase()
{
    test::isolateUserData();
    // The viewer sits in Paris, whatever the machine says.
    qputenv("TZ", "Europe/Paris");
    ::tzset();
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    // A 24-hour clock and Monday-first weeks whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestMaintenanceView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openTemporarySqlite(*m_dir);
    m_clock = std::make_unique<ManualClock>(tuesdayMorning);
    m_repository = std::make_unique<SqlMaintenanceRepository>(*m_database);
    m_service = std::make_unique<MaintenanceService>(*m_repository);
    m_service->installPresets();
    m_view = std::make_unique<MaintenanceView>(*m_service, *m_clock, nullptr);
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestMaintenanceView::cleanup()
{
    m_view.reset();
    m_service.reset();
    m_repository.reset();
    m_database.reset();
    m_dir.reset();
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

MaintenanceWindow TestMaintenanceView::stored(const QString &uid) const
{
    const std::optional<MaintenanceWindow> window = m_repository->windowWithUid(uid);
    if (!window)
        qFatal("no window %s", qPrintable(uid));
    return *window;
}

void TestMaintenanceView::monthShowsThePresetsOnTheirDays()
{
    MaintenanceMonthGrid *grid = m_view->grid();
    QCOMPARE(grid->month(), QDate(2026, 12, 1));
    QCOMPARE(grid->today(), QDate(2026, 12, 1));
    // Weeks from Monday: 2026-11-30 to 2027-01-10.
    QCOMPARE(grid->firstShown(), QDate(2026, 11, 30));
    const QStringList nup{QStringLiteral("00:00 NUP")};
    const QStringList ngp{QStringLiteral("00:00 NGP")};
    // 07:00 in New York is 13:00 in Paris.
    const QStringList outage{QStringLiteral("13:00 Network monitoring")};
    QCOMPARE(grid->textsOn(QDate(2026, 12, 2)), nup);
    for (int day : {16, 23, 30})
        QCOMPARE(grid->textsOn(QDate(2026, 12, day)), ngp);
    for (int day : {5, 12, 19, 26})
        QCOMPARE(grid->textsOn(QDate(2026, 12, day)), outage);
    for (int day : {1, 3, 9, 10, 31})
        QCOMPARE(grid->textsOn(QDate(2026, 12, day)), QStringList());
    // The first days of January close the last week: its first Wednesday is the 6th.
    QCOMPARE(grid->textsOn(QDate(2027, 1, 6)), nup);
    QCOMPARE(grid->textsOn(QDate(2027, 1, 9)), outage);
    // One colour a platform, each its own.
    const QColor a = m_view->colourOf(QStringLiteral("NUP"));
    const QColor b = m_view->colourOf(QStringLiteral("NGP"));
    const QColor c = m_view->colourOf(QStringLiteral("Network monitoring"));
    QVERIFY(a != b && b != c && a != c);
    QCOMPARE(find<QLabel>(m_view.get(), "monthTitle")->text(), QStringLiteral("Décembre 2026"));
    QVERIFY(find<QListWidget>(m_view.get(), "overlapWarnings")->isHidden());
}

void TestMaintenanceView::previousAndNextMonth()
{
    QTest::mouseClick(find<QToolButton>(m_view.get(), "nextMonthButton"), Qt::LeftButton);
    QCOMPARE(m_view->month(), QDate(2027, 1, 1));
    QCOMPARE(find<QLabel>(m_view.get(), "monthTitle")->text(), QStringLiteral("Janvier 2027"));
    // January 2027: the first Wednesday is the 6th, the last three the 13th, 20th and 27th.
    QCOMPARE(m_view->grid()->textsOn(QDate(2027, 1, 13)), QStringList{"00:00 NGP"});
    QCOMPARE(m_view->grid()->textsOn(QDate(2027, 1, 27)), QStringList{"00:00 NGP"});
    QTest::mouseClick(find<QToolButton>(m_view.get(), "previousMonthButton"), Qt::LeftButton);
    QTest::mouseClick(find<QToolButton>(m_view.get(), "previousMonthButton"), Qt::LeftButton);
    QCOMPARE(m_view->month(), QDate(2026, 11, 1));
    // November 2026: the first Wednesday is the 4th.
    QCOMPARE(m_view->grid()->textsOn(QDate(2026, 11, 4)), QStringList{"00:00 NUP"});
    QTest::mouseClick(find<QPushButton>(m_view.get(), "todayButton"), Qt::LeftButton);
    QCOMPARE(m_view->month(), QDate(2026, 12, 1));
    // Page Up and Page Down, as in a calendar.
    m_view->activateWindow();
    m_view->grid()->setFocus();
    QTRY_VERIFY(m_view->grid()->hasFocus());
    QTest::keyClick(m_view->grid(), Qt::Key_PageDown);
    QCOMPARE(m_view->month(), QDate(2027, 1, 1));
    QTest::keyClick(m_view->grid(), Qt::Key_PageUp);
    QCOMPARE(m_view->month(), QDate(2026, 12, 1));
    // Today moves with the clock.
    m_clock->set(test::at("2027-02-03T10:00:00Z"));
    QTest::mouseClick(find<QPushButton>(m_view.get(), "todayButton"), Qt::LeftButton);
    QCOMPARE(m_view->month(), QDate(2027, 2, 1));
    QCOMPARE(m_view->grid()->today(), QDate(2027, 2, 3));
}

void TestMaintenanceView::nextOccurrencesInOrder()
{
    auto *list = find<QListWidget>(m_view.get(), "upcomingOccurrences");
    QCOMPARE(list->count(), 12);
    // From Tuesday 1 December: NUP the 2nd, the outage the 5th, the 12th, NGP the 16th, ...
    const QList<Instant> starts{test::at("2026-12-01T23:00:00Z"),
                                test::at("2026-12-05T12:00:00Z"),
                                test::at("2026-12-12T12:00:00Z"),
                                test::at("2026-12-15T23:00:00Z"),
                                test::at("2026-12-19T12:00:00Z"),
                                test::at("2026-12-22T23:00:00Z")};
    for (qsizetype i = 0; i < starts.size(); ++i)
        QCOMPARE(list->item(int(i))->data(Qt::UserRole + 1).toLongLong(), toEpoch(starts.at(i)));
    for (int i = 1; i < list->count(); ++i)
        QVERIFY(list->item(i - 1)->data(Qt::UserRole + 1).toLongLong()
                <= list->item(i)->data(Qt::UserRole + 1).toLongLong());
    const QString first = list->item(0)->text();
    QVERIFY2(first.startsWith(QStringLiteral("NUP control plane — NUP\n")), qPrintable(first));
    QVERIFY2(first.contains(
                 QStringLiteral("Your time: %1 – 06:00").arg(DateText::inViewerZone(starts.at(0)))),
             qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("Paris time: 00:00–06:00")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("Keeps working: Customers' VMs keep running normally.")),
             qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("Affected: The vCloud Director portal")),
             qPrintable(first));
    QVERIFY2(first.endsWith(QStringLiteral("SLA clocks of the platform's customers pause")),
             qPrintable(first));
    const QString outage = list->item(1)->text();
    QVERIFY2(outage.contains(QStringLiteral("New York time: 07:00–09:00")), qPrintable(outage));
    QVERIFY2(outage.contains(
                 QStringLiteral("Your time: %1 – 15:00").arg(DateText::inViewerZone(starts.at(1)))),
             qPrintable(outage));
    // In progress: said so, and first.
    m_clock->set(test::at("2026-12-02T01:00:00Z"));
    m_view->reload();
    QVERIFY2(list->item(0)->text().startsWith(
                 QStringLiteral("NUP control plane — NUP (in progress)\n")),
             qPrintable(list->item(0)->text()));
}

void TestMaintenanceView::followsTheDatabase()
{
    // A change written by another client is heard through the change feed: the page and the
    // banner read the windows again.
    ChangeFeed feed(m_database->url());
    feed.setPollInterval(20);
    feed.start();
    MaintenanceView view(*m_service, *m_clock, &feed);
    m_clock->set(test::at("2026-12-08T23:30:00Z")); // 00:30 on Wednesday the 9th in Paris
    MaintenanceBanner banner(*m_service, *m_clock, &feed);
    banner.setInterval(20);
    QVERIFY(banner.isHidden());
    QCOMPARE(view.grid()->textsOn(QDate(2026, 12, 2)), QStringList{"00:00 NUP"});

    SqlMaintenanceRepository other(*m_database);
    MaintenanceWindow nup = *other.windowWithUid(
        QStringLiteral("nup-first-wednesday@presets.hourglass"));
    nup.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=2WE");
    nup.start = date::local_days{date::year{2025} / 1 / 8};
    other.update(MaintenanceService::validated(nup));
    QTRY_COMPARE(view.grid()->textsOn(QDate(2026, 12, 9)), QStringList{"00:00 NUP"});
    QCOMPARE(view.grid()->textsOn(QDate(2026, 12, 2)), QStringList());
    QTRY_VERIFY(!banner.isHidden());
    QVERIFY(banner.text().startsWith(QStringLiteral("Maintenance in progress: NUP control plane")));
}

void TestMaintenanceView::overlapsAreWarned()
{
    // A second NUP window on Wednesday 2 December, 05:00-07:00 Paris: one hour with the first.
    MaintenanceWindow firmware = MaintenancePresets::all().at(0);
    firmware.uid = QStringLiteral("firmware@test");
    firmware.title = QStringLiteral("NUP firmware");
    firmware.start = date::local_days{date::year{2026} / 12 / 2} + std::chrono::hours{5};
    firmware.length = std::chrono::hours{2};
    firmware.rrule.clear();
    m_service->save(firmware);
    m_view->reload();
    auto *warnings = find<QListWidget>(m_view.get(), "overlapWarnings");
    QVERIFY(!warnings->isHidden());
    QCOMPARE(warnings->count(), 1);
    QVERIFY2(warnings->item(0)->text().startsWith(
                 QStringLiteral("“NUP control plane” and “NUP firmware” of platform NUP overlap")),
             qPrintable(warnings->item(0)->text()));
    QCOMPARE(m_view->grid()->textsOn(QDate(2026, 12, 2)), (QStringList{"00:00 NUP", "05:00 NUP"}));
    // The next month has no overlap.
    m_view->showNextMonth();
    QVERIFY(warnings->isHidden());
}

void TestMaintenanceView::editorRendersTheRuleAsTheUserTypes()
{
    const MaintenanceWindow nup = stored(QStringLiteral("nup-first-wednesday@presets.hourglass"));
    MaintenanceWindowDialog *dialog = m_view->openEditor(nup.id);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *ruleText = find<QLabel>(dialog, "windowRuleText");
    QCOMPARE(ruleText->text(),
             QStringLiteral("the first Wednesday of every month, 00:00–06:00 Paris time"));
    auto *rule = find<QLineEdit>(dialog, "windowRuleEdit");
    rule->selectAll();
    QTest::keyClicks(rule, QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE,-2WE,-3WE"));
    QCOMPARE(ruleText->text(),
             QStringLiteral("the last three Wednesdays of every month, 00:00–06:00 Paris time"));
    // French, switched at run time.
    QVERIFY(m_languages.setLanguage(QStringLiteral("fr")));
    // LanguageChange is posted to each window.
    QTRY_COMPARE(ruleText->text(),
                 QStringLiteral("les trois derniers mercredis de chaque mois, de 00:00 à 06:00, "
                                "heure de Paris"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY(ruleText->text().startsWith(QStringLiteral("the last three")));
    auto *hours = find<QSpinBox>(dialog, "windowHoursEdit");
    hours->setValue(4);
    QCOMPARE(ruleText->text(),
             QStringLiteral("the last three Wednesdays of every month, 00:00–04:00 Paris time"));
    QPointer<MaintenanceWindowDialog> closed(dialog);
    dialog->reject();
    QTRY_VERIFY(!closed);

    // A double-click on a day opens its window: Wednesday 16 December, NGP's.
    MaintenanceMonthGrid *grid = m_view->grid();
    const int header = grid->fontMetrics().height() + 8;
    const int w = grid->width() / 7;
    const int h = (grid->height() - header) / 6;
    const int index = int(grid->firstShown().daysTo(QDate(2026, 12, 16)));
    QTest::mouseDClick(grid,
                       Qt::LeftButton,
                       {},
                       QPoint(index % 7 * w + w / 2, header + index / 7 * h + h / 2));
    MaintenanceWindowDialog *opened = nullptr;
    QTRY_VERIFY((opened = m_view->findChild<MaintenanceWindowDialog *>()));
    QCOMPARE(opened->window().uid, QStringLiteral("ngp-last-three-wednesdays@presets.hourglass"));
    opened->reject();
}

void TestMaintenanceView::editorRefusesABadRuleNamingTheField()
{
    const MaintenanceWindow nup = stored(QStringLiteral("nup-first-wednesday@presets.hourglass"));
    MaintenanceWindowDialog *dialog = m_view->openEditor(nup.id);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *rule = find<QLineEdit>(dialog, "windowRuleEdit");
    rule->setText(QStringLiteral("FREQ=MONTHLY;BYDAY=1WEDNESDAY"));
    QCOMPARE(find<QLabel>(dialog, "windowRuleText")->text(),
             QStringLiteral("by the rule FREQ=MONTHLY;BYDAY=1WEDNESDAY, 00:00–06:00 Paris time"));
    QTest::mouseClick(find<QPushButton>(dialog, "saveWindowButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    // The field as the form labels it, never the service's key for it.
    QVERIFY2(dialog->problem().startsWith(QStringLiteral("Recurrence: ")),
             qPrintable(dialog->problem()));
    QVERIFY(find<QLabel>(dialog, "windowProblem")->isVisible());
    QTRY_VERIFY(rule->hasFocus());
    QCOMPARE(stored(nup.uid), nup);

    // An empty title is named too, and nothing stored.
    rule->setText(nup.rrule);
    find<QLineEdit>(dialog, "windowTitleEdit")->clear();
    QTest::mouseClick(find<QPushButton>(dialog, "saveWindowButton"), Qt::LeftButton);
    QCOMPARE(dialog->problem(), QStringLiteral("Title: must not be empty"));
    QCOMPARE(stored(nup.uid), nup);

    // In French, the label and the reason are French.
    QVERIFY(m_languages.setLanguage(QStringLiteral("fr")));
    // LanguageChange is posted to each window.
    QTRY_COMPARE(find<QPushButton>(dialog, "saveWindowButton")->text(),
                 QStringLiteral("&Enregistrer"));
    QTest::mouseClick(find<QPushButton>(dialog, "saveWindowButton"), Qt::LeftButton);
    QCOMPARE(dialog->problem(), QStringLiteral("Titre : ne doit pas être vide"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    dialog->reject();
}

void TestMaintenanceView::editorEditsDatesTextsAndTheKindOfEnd()
{
    const MaintenanceWindow nup = stored(QStringLiteral("nup-first-wednesday@presets.hourglass"));
    MaintenanceWindowDialog *dialog = m_view->openEditor(nup.id);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *exdates = find<QLineEdit>(dialog, "windowExdatesEdit");
    auto *rdates = find<QLineEdit>(dialog, "windowRdatesEdit");
    QVERIFY(exdates->text().isEmpty());

    // A date that does not read is refused, naming the field as the form labels it.
    exdates->setText(QStringLiteral("2027-01-06 00:00, next week"));
    QTest::mouseClick(find<QPushButton>(dialog, "saveWindowButton"), Qt::LeftButton);
    QVERIFY2(dialog->problem().startsWith(QStringLiteral("Skipped dates: ")),
             qPrintable(dialog->problem()));
    QTRY_VERIFY(exdates->hasFocus());
    QCOMPARE(stored(nup.uid), nup);

    // A date alone takes the first start's time (00:00); an extra date, the end kind and the
    // French texts are stored as typed.
    exdates->setText(QStringLiteral("2027-01-06"));
    rdates->setText(QStringLiteral("2027-01-13 00:00"));
    auto *endKind = find<QComboBox>(dialog, "windowEndKindEdit");
    endKind->setCurrentIndex(1);
    find<QPlainTextEdit>(dialog, "windowAffectedFrEdit")->setPlainText(QStringLiteral("Le portail"));
    QTest::mouseClick(find<QPushButton>(dialog, "saveWindowButton"), Qt::LeftButton);
    QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
    const MaintenanceWindow saved = stored(nup.uid);
    QCOMPARE(saved.exdates, QList<LocalTime>{*parseLocalTime(u"2027-01-06T00:00:00")});
    QCOMPARE(saved.rdates, QList<LocalTime>{*parseLocalTime(u"2027-01-13T00:00:00")});
    QCOMPARE(saved.end, WindowEnd::Elapsed);
    QCOMPARE(saved.affectedFr, QStringLiteral("Le portail"));
    QCOMPARE(saved.affectedIn(u"fr"), QStringLiteral("Le portail"));
    QCOMPARE(saved.affectedIn(u"en"), nup.affected);

    // The editor shows them back, and a French text left empty reads the English one.
    MaintenanceWindowDialog *again = m_view->openEditor(nup.id);
    QVERIFY(QTest::qWaitForWindowExposed(again));
    QCOMPARE(find<QLineEdit>(again, "windowExdatesEdit")->text(),
             QStringLiteral("2027-01-06 00:00"));
    QCOMPARE(find<QComboBox>(again, "windowEndKindEdit")->currentIndex(), 1);
    QCOMPARE(saved.keepsWorkingIn(u"fr"), nup.keepsWorkingFr);
    again->reject();
}

// Two customers on NUP: one reads English and has an address, one reads French and has none.
qint64 TestMaintenanceView::addCustomer(const QString &name,
                                        const QString &language,
                                        const QString &zone,
                                        const QString &email)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("INSERT INTO customers (name, organization, time_zone, language, "
                                 "notice_email) VALUES (?, ?, ?, ?, ?)"));
    for (const QString &value :
         {name, name, zone, language, email.isNull() ? QStringLiteral("") : email})
        query.addBindValue(value);
    if (!query.exec())
        qFatal("cannot add a customer: %s", qPrintable(query.lastError().text()));
    const qint64 id = query.lastInsertId().toLongLong();
    m_service->subscribe(id, QStringLiteral("NUP"));
    return id;
}

void TestMaintenanceView::noticesGoToEachCustomerInTheirLanguage()
{
    addCustomer(QStringLiteral("Northwind"),
                QStringLiteral("en"),
                QStringLiteral("America/Toronto"),
                QStringLiteral("ops@northwind.example"));
    const qint64 lyon = addCustomer(QStringLiteral("Lyon Transports"),
                                    QStringLiteral("fr"),
                                    QStringLiteral("Europe/Paris"),
                                    QString());
    m_view->reload();
    auto *list = find<QListWidget>(m_view.get(), "upcomingOccurrences");
    auto *notify = find<QPushButton>(m_view.get(), "notifyCustomersButton");
    list->setCurrentRow(0); // NUP, Wednesday 2 December 00:00 Paris
    QVERIFY(notify->isEnabled());
    QTest::mouseClick(notify, Qt::LeftButton);
    MaintenanceNoticeDialog *dialog = m_view->lastNoticeDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->setUrlOpener([](const QUrl &) { return false; });

    QCOMPARE(dialog->notices().size(), 2);
    auto *table = find<QTableWidget>(dialog, "noticeRecipients");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Northwind"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("English"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("not sent yet"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("French"));
    // Each notice reads as its customer will read it: words, times and the window's texts.
    auto *preview = find<QPlainTextEdit>(dialog, "noticePreview");
    QVERIFY2(preview->toPlainText().contains(QStringLiteral("ops@northwind.example")),
             qPrintable(preview->toPlainText()));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("18:00-24:00 (America/Toronto)")));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Customers' VMs keep running")));
    table->setCurrentCell(1, 0);
    const QString french = preview->toPlainText();
    QVERIFY2(french.contains(QStringLiteral("Une maintenance est programmée sur NUP")),
             qPrintable(french));
    QVERIFY(french.contains(QStringLiteral("Les VM des clients continuent de fonctionner")));
    QVERIFY(french.contains(QStringLiteral("(no address yet)")));
    QVERIFY(table->item(1, 2)->flags() & Qt::ItemIsEditable);
    QVERIFY(!(table->item(0, 2)->flags() & Qt::ItemIsEditable));

    // The address typed for the customer with none goes into their notice.
    table->item(1, 2)->setText(QStringLiteral("exploitation@lyon.example"));
    QCOMPARE(dialog->notices().at(1).recipient.email, QStringLiteral("exploitation@lyon.example"));

    // No mail program: said, nothing recorded.
    QVERIFY(!dialog->openInMailClient());
    QVERIFY(dialog->status().startsWith(QStringLiteral("No mail program took")));
    QVERIFY(m_service->noticesOf(stored(QStringLiteral("nup-first-wednesday@presets.hourglass")).uid)
                .isEmpty());

    // A folder that cannot be written: nothing sent, nothing recorded.
    QTemporaryDir folder;
    QVERIFY(!dialog->saveAsEml(folder.filePath(QStringLiteral("missing"))));
    QVERIFY2(dialog->status().startsWith(QStringLiteral("Nothing was sent: ")),
             qPrintable(dialog->status()));
    const QString uid = QStringLiteral("nup-first-wednesday@presets.hourglass");
    QVERIFY(m_service->noticesOf(uid).isEmpty());

    QVERIFY(dialog->saveAsEml(folder.path()));
    QCOMPARE(dialog->status(),
             QStringLiteral("2 notices saved in %1, to send from your mail program.")
                 .arg(QDir::toNativeSeparators(folder.path())));
    QCOMPARE(QDir(folder.path()).entryList({QStringLiteral("*.eml")}).size(), 2);
    const QList<NoticeRecord> records = m_service->noticesOf(uid);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).customerId, lyon);
    QCOMPARE(records.at(1).address, QStringLiteral("exploitation@lyon.example"));
    QCOMPARE(records.at(1).language, QStringLiteral("fr"));
    QCOMPARE(records.at(1).reminderAt, test::at("2026-11-29T23:00:00Z")); // 48 h before
    QVERIFY2(table->item(0, 3)->text().startsWith(QStringLiteral("sent ")),
             qPrintable(table->item(0, 3)->text()));

    // The mail program, when there is one: one message per customer, recorded.
    QList<QUrl> opened;
    dialog->setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QVERIFY(dialog->openInMailClient());
    QCOMPARE(opened.size(), 2);
    QVERIFY(opened.at(0).toString().startsWith(QStringLiteral("mailto:ops@northwind.example?")));
    QCOMPARE(m_service->noticesOf(uid).size(), 4);
    QCOMPARE(m_service->noticesOf(uid).at(3).delivery, NoticeRecord::Delivery::Mailto);

    // The console in French: the dialog's words follow, the notices keep their customers'.
    QVERIFY(m_languages.setLanguage(QStringLiteral("fr")));
    QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Prévenir les clients"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Français"));
    QCOMPARE(dialog->notices().at(0).subject.left(22), QStringLiteral("Scheduled maintenance:"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    dialog->reject();
}

void TestMaintenanceView::cancelAndMoveOneOccurrenceThenTellTheCustomers()
{
    addCustomer(QStringLiteral("Northwind"),
                QStringLiteral("en"),
                QStringLiteral("America/Toronto"),
                QStringLiteral("ops@northwind.example"));
    const MaintenanceWindow nup = stored(QStringLiteral("nup-first-wednesday@presets.hourglass"));
    auto *list = find<QListWidget>(m_view.get(), "upcomingOccurrences");
    const auto startsOf = [&](qint64 windowId) {
        QList<qint64> starts;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() == windowId)
                starts.append(list->item(i)->data(Qt::UserRole + 1).toLongLong());
        }
        return starts;
    };
    const qint64 december = toEpoch(test::at("2026-12-01T23:00:00Z"));
    const qint64 january = toEpoch(test::at("2027-01-05T23:00:00Z"));
    QCOMPARE(startsOf(nup.id), (QList<qint64>{december, january}));

    // Cancelling December's asks first, then leaves January's alone and opens the notice
    // dialog for the cancellation.
    list->setCurrentRow(0);
    QTest::mouseClick(find<QPushButton>(m_view.get(), "cancelOccurrenceButton"), Qt::LeftButton);
    auto *box = qobject_cast<QMessageBox *>(m_view->lastMessage());
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("confirmCancelOccurrence"));
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(startsOf(nup.id), QList<qint64>{january});
    const MaintenanceWindow cancelled = stored(nup.uid);
    QCOMPARE(cancelled.overrides.size(), 1);
    QVERIFY(cancelled.overrides.at(0).cancelled);
    QCOMPARE(cancelled.overrides.at(0).recurrenceId, *parseLocalTime(u"2026-12-02T00:00:00"));
    MaintenanceNoticeDialog *told = m_view->lastNoticeDialog();
    QVERIFY(told);
    QCOMPARE(told->windowTitle(), QStringLiteral("Tell customers of a cancellation"));
    QCOMPARE(told->notices().size(), 1);
    QCOMPARE(told->notices().at(0).method, MaintenanceNotice::Method::Cancel);
    QCOMPARE(told->notices().at(0).sequence, cancelled.version - 1);
    told->reject();

    // January's moves two hours later, for that night only.
    const LocalTime jan = *parseLocalTime(u"2027-01-06T00:00:00");
    QVERIFY(m_view->moveOccurrence(nup.id,
                                   jan,
                                   jan + std::chrono::hours{2},
                                   jan + std::chrono::hours{7}));
    QCOMPARE(startsOf(nup.id), QList<qint64>{toEpoch(test::at("2027-01-06T01:00:00Z"))});
    MaintenanceNoticeDialog *moved = m_view->lastNoticeDialog();
    QVERIFY(moved);
    QCOMPARE(moved->notices().at(0).method, MaintenanceNotice::Method::Request);
    QCOMPARE(moved->notices().at(0).start, test::at("2027-01-06T01:00:00Z"));
    QCOMPARE(moved->notices().at(0).end, test::at("2027-01-06T06:00:00Z"));
    QVERIFY(moved->notices().at(0).sequence > told->notices().at(0).sequence);
    moved->reject();

    // A move that ends before it starts is refused, naming why, and nothing changes.
    const MaintenanceWindow before = stored(nup.uid);
    QVERIFY(!m_view->moveOccurrence(nup.id, jan, jan + std::chrono::hours{5}, jan));
    QCOMPARE(stored(nup.uid), before);
    QTRY_VERIFY(m_view->lastMessage());
    QVERIFY(qobject_cast<QMessageBox *>(m_view->lastMessage())
                ->text()
                .contains(QStringLiteral("ends after it starts")));
}

void TestMaintenanceView::remindersAreDueBeforeTheOccurrence()
{
    addCustomer(QStringLiteral("Northwind"),
                QStringLiteral("en"),
                QStringLiteral("America/Toronto"),
                QStringLiteral("ops@northwind.example"));
    addCustomer(QStringLiteral("Lyon Transports"),
                QStringLiteral("fr"),
                QStringLiteral("Europe/Paris"),
                QStringLiteral("exploitation@lyon.example"));
    auto *button = find<QPushButton>(m_view.get(), "remindersButton");
    QCOMPARE(button->text(), QStringLiteral("&Reminders…"));

    // Notices of NUP's night of 6 January, with the default reminder 48 hours ahead.
    MaintenanceNoticeDialog *dialog = m_view->notify(
        QStringLiteral("nup-first-wednesday@presets.hourglass/2027-01-05T23:00:00Z"));
    QVERIFY(dialog);
    QTemporaryDir folder;
    QVERIFY(dialog->saveAsEml(folder.path()));
    dialog->reject();
    QCOMPARE(button->text(), QStringLiteral("&Reminders…"));

    // Two days before, the reminders are due; the button says how many.
    m_clock->set(test::at("2027-01-04T00:00:00Z"));
    m_view->reload();
    QCOMPARE(button->text(), QStringLiteral("&Reminders due (2)…"));
    QTest::mouseClick(button, Qt::LeftButton);
    MaintenanceNoticeDialog *reminders = m_view->lastNoticeDialog();
    QVERIFY(reminders);
    QCOMPARE(reminders->windowTitle(), QStringLiteral("Maintenance reminders"));
    QCOMPARE(reminders->notices().size(), 2);
    QCOMPARE(reminders->notices().at(0).kind, MaintenanceNotice::Kind::Reminder);
    QVERIFY(reminders->notices().at(0).subject.startsWith(QStringLiteral("Reminder: ")));
    QVERIFY(reminders->notices().at(1).subject.startsWith(QStringLiteral("Rappel : ")));
    QVERIFY(find<QSpinBox>(reminders, "noticeReminderEdit")->isHidden());
    QVERIFY(reminders->saveAsEml(folder.path()));
    QCOMPARE(QDir(folder.path()).entryList({QStringLiteral("*-reminder.eml")}).size(), 2);
    reminders->reject();
    // Sent once: due no more.
    QTRY_COMPARE(button->text(), QStringLiteral("&Reminders…"));
    QVERIFY(m_service->dueReminders(NoticeComposer(), m_clock->now()).isEmpty());
}

void TestMaintenanceView::editorSavesAndDeletes()
{
    // A new window.
    MaintenanceWindowDialog *dialog = m_view->openEditor();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(find<QPushButton>(dialog, "deleteWindowButton")->isHidden());
    find<QLineEdit>(dialog, "windowTitleEdit")->setText(QStringLiteral("Backup appliance"));
    find<QComboBox>(dialog, "windowPlatformEdit")->setCurrentText(QStringLiteral("Backup"));
    find<QComboBox>(dialog, "windowZoneEdit")->setCurrentText(QStringLiteral("Europe/Paris"));
    // Opened on Tuesday 1 December: it starts Wednesday 2 at midnight, weekly.
    find<QLineEdit>(dialog, "windowRuleEdit")->setText(QStringLiteral("FREQ=WEEKLY;BYDAY=WE"));
    QPointer<MaintenanceWindowDialog> guard(dialog);
    QTest::mouseClick(find<QPushButton>(dialog, "saveWindowButton"), Qt::LeftButton);
    QVERIFY2(!guard || dialog->problem().isEmpty(), qPrintable(guard ? dialog->problem() : ""));
    QTRY_VERIFY(!guard);
    QCOMPARE(m_service->windows().size(), 4);
    QCOMPARE(m_view->grid()->textsOn(QDate(2026, 12, 9)), QStringList{"00:00 Backup"});

    // Edited, then deleted, through the editor.
    MaintenanceWindow backup;
    for (const MaintenanceWindow &w : m_service->windows()) {
        if (w.title == QLatin1String("Backup appliance"))
            backup = w;
    }
    QCOMPARE(backup.version, 1);
    QVERIFY(backup.pausesSla);
    dialog = m_view->openEditor(backup.id);
    guard = dialog;
    find<QCheckBox>(dialog, "windowPausesSlaCheck")->setChecked(false);
    QTest::mouseClick(find<QPushButton>(dialog, "saveWindowButton"), Qt::LeftButton);
    QTRY_VERIFY(!guard);
    QCOMPARE(m_repository->window(backup.id)->version, 2);
    QVERIFY(!m_repository->window(backup.id)->pausesSla);

    dialog = m_view->openEditor(backup.id);
    guard = dialog;
    QTest::mouseClick(find<QPushButton>(dialog, "deleteWindowButton"), Qt::LeftButton);
    auto *confirm = find<QMessageBox>(dialog, "confirmDeleteWindow");
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!guard);
    QVERIFY(!m_repository->window(backup.id));
    QCOMPARE(m_view->grid()->textsOn(QDate(2026, 12, 9)), QStringList());
}

void TestMaintenanceView::holidayCalendarsByName()
{
    const QList<CalendarDefinition> calendars = holidayCalendarsOf(PresetPolicies::load());
    QVERIFY(!calendars.isEmpty());
    m_view->setHolidayCalendars(calendars);
    const MaintenanceWindow nup = stored(QStringLiteral("nup-first-wednesday@presets.hourglass"));
    MaintenanceWindowDialog *dialog = m_view->openEditor(nup.id);
    auto *box = find<QComboBox>(dialog, "windowHolidayCalendarEdit");
    QCOMPARE(box->count(), calendars.size() + 1);
    QCOMPARE(box->currentData().toString(), QString()); // the preset names none
    // People pick a name; the window keeps the id.
    const CalendarDefinition &chosen = calendars.constLast();
    box->setCurrentIndex(box->findText(chosen.displayName(QStringLiteral("en"))));
    QCOMPARE(dialog->window().holidayCalendar, chosen.id);
    dialog->reject();

    // A calendar this console does not know is kept, shown by its id.
    MaintenanceWindow other = nup;
    other.holidayCalendar = QStringLiteral("elsewhere");
    other.holidayRule = HolidayRule::Skip;
    const MaintenanceWindow saved = m_service->save(other);
    m_view->reload();
    dialog = m_view->openEditor(saved.id);
    box = find<QComboBox>(dialog, "windowHolidayCalendarEdit");
    QCOMPARE(box->currentText(), QStringLiteral("elsewhere"));
    QCOMPARE(dialog->window().holidayCalendar, QStringLiteral("elsewhere"));
    QCOMPARE(dialog->window().holidayRule, HolidayRule::Skip);
    dialog->reject();
    // The calendar page cannot expand it without its calendar: it says so, and still shows
    // the other windows.
    auto *status = find<QLabel>(m_view.get(), "maintenanceStatus");
    QVERIFY(!status->isHidden());
    QVERIFY2(status->text().startsWith(QStringLiteral("A maintenance window cannot be shown: ")),
             qPrintable(status->text()));
    QCOMPARE(m_view->grid()->textsOn(QDate(2026, 12, 2)), QStringList());
    QCOMPARE(m_view->grid()->textsOn(QDate(2026, 12, 16)), QStringList{"00:00 NGP"});
}

void TestMaintenanceView::staleEditIsRefused()
{
    const MaintenanceWindow nup = stored(QStringLiteral("nup-first-wednesday@presets.hourglass"));
    MaintenanceWindowDialog *dialog = m_view->openEditor(nup.id);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Someone else saves it meanwhile.
    MaintenanceWindow theirs = nup;
    theirs.title = QStringLiteral("NUP control plane (their change)");
    const MaintenanceWindow saved = m_service->save(theirs);
    QCOMPARE(saved.version, nup.version + 1);

    find<QLineEdit>(dialog, "windowTitleEdit")->setText(QStringLiteral("NUP control plane (mine)"));
    QTest::mouseClick(find<QPushButton>(dialog, "saveWindowButton"), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problem().startsWith(QStringLiteral("Not saved: maintenance window %1 was "
                                                         "changed by ")
                                              .arg(nup.id)),
             qPrintable(dialog->problem()));
    QCOMPARE(stored(nup.uid), saved);

    // A stale delete is refused the same way.
    QTest::mouseClick(find<QPushButton>(dialog, "deleteWindowButton"), Qt::LeftButton);
    QTest::mouseClick(find<QMessageBox>(dialog, "confirmDeleteWindow")->button(QMessageBox::Yes),
                      Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problem().startsWith(QStringLiteral("Not deleted: ")),
             qPrintable(dialog->problem()));
    QCOMPARE(stored(nup.uid), saved);
    dialog->reject();
}

void TestMaintenanceView::malformedIcsIsRefusedWhole()
{
    const QList<MaintenanceWindow> before = m_service->windows();
    MaintenanceWindow extra = MaintenancePresets::all().at(2);
    extra.uid = QStringLiteral("extra@test");
    extra.title = QStringLiteral("Extra");
    QByteArray bytes = ICalendarFile::write({extra}, tuesdayMorning);
    // The zone the event names does not exist: refused on its line.
    bytes.replace("TZID=America/New_York", "TZID=Nowhere/Land");
    const QString path = m_dir->filePath(QStringLiteral("bad.ics"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QVERIFY(!m_view->importFile(path));
    auto *box = qobject_cast<QMessageBox *>(m_view->lastMessage());
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral(": line ")), qPrintable(box->text()));
    QVERIFY2(box->text().startsWith(QStringLiteral("Nothing was imported.")),
             qPrintable(box->text()));
    box->close();
    QCOMPARE(m_service->windows(), before);
}

void TestMaintenanceView::exportThenImportChangesNothing()
{
    const QList<MaintenanceWindow> before = m_service->windows();
    const QString path = m_dir->filePath(QStringLiteral("all.ics"));
    QVERIFY(m_view->exportFile(path));
    QVERIFY(ICalendarFile::load(path).size() == 3);
    QVERIFY(m_view->importFile(path));
    auto *box = qobject_cast<QMessageBox *>(m_view->lastMessage());
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("3 maintenance windows imported."));
    box->close();
    const QList<MaintenanceWindow> after = m_service->windows();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        MaintenanceWindow a = after.at(i);
        a.version = before.at(i).version; // written again: one version on
        QCOMPARE(a, before.at(i));
    }
}

void TestMaintenanceView::bannerShowsWhileAWindowIsInProgress()
{
    m_clock->set(test::at("2026-12-01T22:59:00Z")); // 23:59 in Paris, the night before
    MaintenanceBanner banner(*m_service, *m_clock, nullptr);
    banner.setInterval(20);
    banner.resize(1000, 60);
    banner.refresh();
    QVERIFY(banner.isHidden());
    QCOMPARE(banner.text(), QString());

    m_clock->set(test::at("2026-12-01T23:00:00Z"));
    QTRY_VERIFY(!banner.isHidden());
    QCOMPARE(banner.text(),
             QStringLiteral("Maintenance in progress: NUP control plane until 06:00 Paris time — "
                            "Customers' VMs keep running normally. The vCloud Director portal "
                            "and its APIs may be temporarily unavailable while the platform "
                            "control plane is updated."));
    QVERIFY(m_languages.setLanguage(QStringLiteral("fr")));
    QTRY_VERIFY2(banner.text().startsWith(QStringLiteral("Maintenance en cours : NUP control plane "
                                                         "jusqu’à 06:00, heure de Paris — ")),
                 qPrintable(banner.text()));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY(banner.text().startsWith(QStringLiteral("Maintenance in progress")));

    m_clock->set(test::at("2026-12-02T04:59:59Z"));
    QTest::qWait(60);
    QVERIFY(!banner.isHidden());
    m_clock->set(test::at("2026-12-02T05:00:00Z")); // 06:00 in Paris: over
    QTRY_VERIFY(banner.isHidden());
    // The Saturday outage, 07:00-09:00 in New York.
    m_clock->set(test::at("2026-12-05T13:00:00Z"));
    QTRY_VERIFY(!banner.isHidden());
    QCOMPARE(banner.text(),
             QStringLiteral("Maintenance in progress: Scheduled outage until 09:00 New York time "
                            "— The network-monitoring service may be unavailable; customers are "
                            "notified by email."));
}

void TestMaintenanceView::consoleCarriesTheBannerAndThePage()
{
    m_clock->set(test::at("2026-12-02T01:00:00Z"));
    addCustomer(QStringLiteral("Northwind Traders"),
                QStringLiteral("en"),
                QStringLiteral("America/Toronto"),
                QStringLiteral("ops@northwind.example"));
    addCustomer(QStringLiteral("Transports Lyonnais"),
                QStringLiteral("fr"),
                QStringLiteral("Europe/Paris"),
                QStringLiteral("exploitation@transports-lyonnais.example"));
    addCustomer(QStringLiteral("Kiwi Freight"),
                QStringLiteral("en"),
                QStringLiteral("Pacific/Auckland"),
                QString());
    SqlDatabaseSummary summary(*m_database);
    ConsoleServices services;
    services.clock = m_clock.get();
    services.maintenance = m_service.get();
    MainWindow window(consolePages(), QStringLiteral("sqlite:test"), summary, m_languages, services);
    QVERIFY(window.showView(QStringLiteral("maintenance")));
    QVERIFY(qobject_cast<MaintenanceView *>(window.page(QStringLiteral("maintenance"))));
    QVERIFY(window.maintenanceBanner());
    QVERIFY(!window.maintenanceBanner()->isHidden());
    QVERIFY(window.maintenanceBanner()->text().startsWith(
        QStringLiteral("Maintenance in progress: NUP control plane until 06:00 Paris time")));
}

void TestMaintenanceView::pictures()
{
    // The console as people see it, in both languages: the month and the editor. Written where
    // HG_SCREENSHOT_PREFIX says (/work/shots/m13-), else in the test's folder.
    const QString prefix = qEnvironmentVariableIsSet("HG_SCREENSHOT_PREFIX")
                               ? qEnvironmentVariable("HG_SCREENSHOT_PREFIX")
                               : m_dir->filePath(QStringLiteral("m13-"));
    m_clock->set(test::at("2026-12-02T01:00:00Z"));
    addCustomer(QStringLiteral("Northwind Traders"),
                QStringLiteral("en"),
                QStringLiteral("America/Toronto"),
                QStringLiteral("ops@northwind.example"));
    addCustomer(QStringLiteral("Transports Lyonnais"),
                QStringLiteral("fr"),
                QStringLiteral("Europe/Paris"),
                QStringLiteral("exploitation@transports-lyonnais.example"));
    addCustomer(QStringLiteral("Kiwi Freight"),
                QStringLiteral("en"),
                QStringLiteral("Pacific/Auckland"),
                QString());
    SqlDatabaseSummary summary(*m_database);
    ConsoleServices services;
    services.clock = m_clock.get();
    services.maintenance = m_service.get();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QVERIFY(m_languages.setLanguage(language));
        // As the console runs: the language's own locale (other tests here fix a French one).
        QLocale::setDefault(
            QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English));
        MainWindow window(consolePages(),
                          QStringLiteral("sqlite:demo"),
                          summary,
                          m_languages,
                          services);
        window.showView(QStringLiteral("maintenance"));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        // The window's texts in the console's language, as its customers get them.
        const QString first = find<QListWidget>(&window, "upcomingOccurrences")->item(0)->text();
        QVERIFY2(first.contains(language == QLatin1String("fr")
                                    ? QStringLiteral("Les VM des clients continuent")
                                    : QStringLiteral("Customers' VMs keep running")),
                 qPrintable(first));
        const QString month = prefix + QStringLiteral("month-%1.png").arg(language);
        QVERIFY(window.grab().save(month));
        auto *view = qobject_cast<MaintenanceView *>(window.page(QStringLiteral("maintenance")));
        MaintenanceWindowDialog *dialog = view->openEditor(
            stored(QStringLiteral("ngp-last-three-wednesdays@presets.hourglass")).id);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The editor as it shows over the console (a dialog is a window of its own: drawn
        // onto the console's picture where it opens, in the middle).
        const auto overConsole = [&window, dialog] {
            QPixmap picture = window.grab();
            const QPixmap editorPicture = dialog->grab();
            QPainter painter(&picture);
            painter.fillRect(picture.rect(), QColor(0, 0, 0, 60));
            painter.drawPixmap((picture.width() - editorPicture.width()) / 2,
                               (picture.height() - editorPicture.height()) / 2,
                               editorPicture);
            return picture;
        };
        const QString editor = prefix + QStringLiteral("editor-%1.png").arg(language);
        QVERIFY(overConsole().save(editor));
        find<QLineEdit>(dialog, "windowRuleEdit")
            ->setText(QStringLiteral("FREQ=MONTHLY;BYDAY=-1WE,-2WE,-3WEDNESDAY"));
        QTest::mouseClick(find<QPushButton>(dialog, "saveWindowButton"), Qt::LeftButton);
        QVERIFY(!dialog->problem().isEmpty());
        QCoreApplication::processEvents();
        const QString refused = prefix + QStringLiteral("editor-refused-%1.png").arg(language);
        QVERIFY(overConsole().save(refused));
        dialog->reject();

        // The notices of January's night on NUP, the French customer's shown.
        MaintenanceNoticeDialog *notice = view->notify(
            QStringLiteral("nup-first-wednesday@presets.hourglass/2027-01-05T23:00:00Z"));
        QVERIFY(notice);
        QVERIFY(QTest::qWaitForWindowExposed(notice));
        find<QTableWidget>(notice, "noticeRecipients")->setCurrentCell(1, 0);
        QCoreApplication::processEvents();
        const QPixmap noticePicture = notice->grab();
        const QString noticeFile = prefix + QStringLiteral("notice-%1.png").arg(language);
        QVERIFY(noticePicture.save(noticeFile));
        notice->reject();
        QVERIFY(QFileInfo(month).size() > 10000);
        QVERIFY(QFileInfo(editor).size() > 5000);
        QVERIFY(QFileInfo(noticeFile).size() > 5000);
    }
}

QTEST_MAIN(TestMaintenanceView)
#include "tst_maintenanceview.moc"
