// The on-call page on a temporary SQLite database with the seed's five-person rotation, a
// ManualClock in the week Toronto changes to summer time, viewed from Paris: who is on call
// now and next, the timeline's rows and bars (167 h, both zones on hover), the override editor
// (refusal naming the field, then saved and highlighted), withdrawal, lint findings, the month,
// the console page, and pictures in English and French.
#include "consolepages.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "oncall/oncallservice.h"
#include "oncalloverridedialog.h"
#include "oncalltimeline.h"
#include "oncallview.h"
#include "storage/database.h"
#include "storage/sqlcustomerdirectory.h"
#include "storage/sqldatabasesummary.h"
#include "storage/sqloncallrepository.h"
#include "testenvironment.h"
#include "time/clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

#include <ctime>

using namespace hourglass;

namespace {

// Thursday 2026-03-05 16:00 in Paris; Toronto goes to summer time on Sunday the 8th.
const Instant thursday = test::at("2026-03-05T15:00:00Z");

} // namespace

class TestOnCallView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsWhoIsOnCallNowAndNext();
    void timelineHasARowPerPersonAndTheLongWeek();
    void overrideEditorRefusesThenSaves();
    void withdrawingAnOverride();
    void lintFindingsAreListed();
    void monthAndWeek();
    void consoleHasThePage();
    void pictures();

private:
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
    std::unique_ptr<SqlOnCallRepository> m_repository;
    std::unique_ptr<SqlCustomerDirectory> m_directory;
    std::unique_ptr<OnCallService> m_service;
    std::unique_ptr<OnCallView> m_view;
};

void TestOnCallView::initTestCase()
{
    test::isolateUserData();
    qputenv("TZ", "Europe/Paris");
    ::tzset();
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

void TestOnCallView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = test::openTemporarySqlite(*m_dir);
    m_clock = std::make_unique<ManualClock>(thursday);
    m_database->setClock(*m_clock);
    const QStringList names{"Marie Lefebvre",
                            "James Okafor",
                            "Sophie Boucher",
                            "David Nguyen",
                            "Anna Kowalski",
                            "Thomas Martin"};
    QStringList logins;
    for (int i = 0; i < names.size(); ++i) {
        const QString login = QStringLiteral("p%1").arg(i + 1);
        QSqlQuery insert(m_database->connection());
        insert.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, languages, "
                                      "time_zone, email, phone) VALUES (?, ?, 'agent', 'en', "
                                      "'UTC', '', '')"));
        insert.addBindValue(login);
        insert.addBindValue(names.at(i));
        QVERIFY(insert.exec());
        if (i < 5)
            logins.append(login);
    }
    m_repository = std::make_unique<SqlOnCallRepository>(*m_database);
    m_directory = std::make_unique<SqlCustomerDirectory>(*m_database);
    m_service = std::make_unique<OnCallService>(*m_repository,
                                                [this] { return m_directory->people(); });
    // Weekly from Monday 2026-02-02: the week of 03-02 is the fifth, Anna Kowalski's.
    m_clock->set(test::at("2026-01-15T00:00:00Z"));
    Rotation r = OnCallService::afterHoursPreset(logins, date::local_days{date::year{2026} / 2 / 2});
    r.level2 = {QStringLiteral("p6")};
    m_service->save(r);
    DeclaredLeave leave;
    leave.person = QStringLiteral("p1");
    leave.start = test::at("2026-03-10T00:00:00Z");
    leave.end = test::at("2026-03-12T00:00:00Z");
    m_service->declareLeave(leave);
    m_clock->set(thursday);
    m_view = std::make_unique<OnCallView>(*m_service, *m_clock, nullptr);
    m_view->resize(1200, 700);
}

void TestOnCallView::cleanup()
{
    m_view.reset();
    m_service.reset();
    m_directory.reset();
    m_repository.reset();
    m_database.reset();
}

void TestOnCallView::showsWhoIsOnCallNowAndNext()
{
    QCOMPARE(m_view->nowText(),
             QStringLiteral("On call now: Anna Kowalski (prime), then Marie Lefebvre, James "
                            "Okafor, Sophie Boucher, David Nguyen."));
    // Monday 09:00 in Toronto is 14:00 in Paris after Toronto's change (13:00 UTC).
    QVERIFY2(m_view->nextText().startsWith(QStringLiteral("Next handoff ")),
             qPrintable(m_view->nextText()));
    QVERIFY2(m_view->nextText().contains(QStringLiteral("09/03/2026 14:00")),
             qPrintable(m_view->nextText()));
    QVERIFY(m_view->nextText().endsWith(QStringLiteral("Marie Lefebvre becomes prime.")));
    QVERIFY(
        find<QLabel>(m_view.get(), "zonesNote")->text().contains(QStringLiteral("Europe/Paris")));
    QVERIFY(find<QLabel>(m_view.get(), "zonesNote")
                ->text()
                .contains(QStringLiteral("09:00 America/Toronto")));
}

void TestOnCallView::timelineHasARowPerPersonAndTheLongWeek()
{
    const OnCallTimeline *timeline = m_view->timeline();
    QCOMPARE(timeline->rows().size(), 5);
    QCOMPARE(timeline->rows().at(0).name, QStringLiteral("Marie Lefebvre"));
    // The week shown is Monday 03-02 00:00 to Monday 03-09 00:00, Paris time.
    QCOMPARE(timeline->from(), test::at("2026-03-01T23:00:00Z"));
    QCOMPARE(timeline->to(), test::at("2026-03-08T23:00:00Z"));
    int primes = 0;
    for (std::size_t i = 0; i < timeline->shifts().size(); ++i) {
        const OnCallShift &s = timeline->shifts()[i];
        QVERIFY(!timeline->barRect(i).isEmpty());
        if (s.position == 0 && s.person == QLatin1String("p5")) {
            ++primes;
            // Clipped by the week shown; the hover says where it starts and ends in both zones.
            const QString words = timeline->describe(s);
            QVERIFY2(words.startsWith(QStringLiteral("Anna Kowalski, prime")), qPrintable(words));
            QVERIFY2(words.contains(QStringLiteral("(rotation's time, America/Toronto)")),
                     qPrintable(words));
        }
    }
    QCOMPARE(primes, 1);
    // The next week is the short one: 167 h from 03-02 14:00 UTC... of p5 it is shown whole
    // from the first week of the month.
    m_view->showNext();
    bool found = false;
    for (const OnCallShift &s : m_view->timeline()->shifts()) {
        if (s.position == 0 && s.person == QLatin1String("p1"))
            found = s.start == test::at("2026-03-09T13:00:00Z");
    }
    QVERIFY(found);
}

void TestOnCallView::overrideEditorRefusesThenSaves()
{
    OnCallOverrideDialog *dialog = m_view->openOverrideEditor();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *covered = find<QComboBox>(dialog, "overrideForChoice");
    QCOMPARE(covered->currentData().toString(), QStringLiteral("p5")); // the prime now
    dialog->setCover(QStringLiteral("p5"));
    QTest::mouseClick(find<QPushButton>(dialog, "saveOverrideButton"), Qt::LeftButton);
    QVERIFY2(dialog->problem().startsWith(QStringLiteral("Covered by: ")),
             qPrintable(dialog->problem()));
    QVERIFY(m_service->schedule(1).overrides().isEmpty());
    dialog->setCover(QStringLiteral("p6"));
    dialog->setRange(test::at("2026-03-05T16:00:00Z"), test::at("2026-03-06T16:00:00Z"));
    QTest::mouseClick(find<QPushButton>(dialog, "saveOverrideButton"), Qt::LeftButton);
    QTRY_VERIFY(m_view->overrideTexts().size() == 1);
    QVERIFY(m_view->overrideTexts().at(0).startsWith(
        QStringLiteral("Thomas Martin covers for Anna Kowalski")));
    bool highlighted = false;
    for (const OnCallShift &s : m_view->timeline()->shifts())
        highlighted = highlighted || (s.overrideId != 0 && s.person == QLatin1String("p6"));
    QVERIFY(highlighted);
    // Thomas Martin is not in the roster: he gets a row of his own while he covers.
    QCOMPARE(m_view->timeline()->rows().size(), 6);
}

void TestOnCallView::withdrawingAnOverride()
{
    OnCallOverride o;
    o.rotationId = 1;
    o.start = test::at("2026-03-06T00:00:00Z");
    o.end = test::at("2026-03-07T00:00:00Z");
    o.covered = QStringLiteral("p5");
    o.cover = QStringLiteral("p2");
    m_service->addOverride(o);
    m_view->reload();
    QCOMPARE(m_view->overrideTexts().size(), 1);
    QTest::mouseClick(find<QPushButton>(m_view.get(), "withdrawOverrideButton"), Qt::LeftButton);
    QCOMPARE(m_view->overrideTexts().size(), 0);
    QVERIFY(m_service->schedule(1).overrides().at(0).withdrawnAt.has_value());
}

void TestOnCallView::lintFindingsAreListed()
{
    const QStringList findings = m_view->findings();
    // Marie Lefebvre is prime the week of 03-09 and declared leave on the 10th and 11th; the
    // weeks of the spring and fall changes are 167 h and 169 h.
    QVERIFY2(findings.filter(QStringLiteral("Marie Lefebvre is on call")).size() == 1,
             qPrintable(findings.join(u'\n')));
    QCOMPARE(findings.filter(QStringLiteral("lasts 167 h instead of 168 h")).size(), 1);
    QCOMPARE(findings.filter(QStringLiteral("lasts 169 h instead of 168 h")).size(), 1);
}

void TestOnCallView::monthAndWeek()
{
    QTest::mouseClick(find<QPushButton>(m_view.get(), "monthButton"), Qt::LeftButton);
    QCOMPARE(m_view->span(), OnCallView::Span::Month);
    QCOMPARE(m_view->timeline()->from(), test::at("2026-02-28T23:00:00Z"));
    QCOMPARE(m_view->timeline()->to(), test::at("2026-03-31T22:00:00Z"));
    QCOMPARE(find<QLabel>(m_view.get(), "rangeTitle")->text(), QStringLiteral("mars 2026"));
    m_view->showNext();
    QCOMPARE(m_view->timeline()->from(), test::at("2026-03-31T22:00:00Z"));
    QTest::mouseClick(find<QPushButton>(m_view.get(), "weekButton"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(m_view.get(), "todayButton"), Qt::LeftButton);
    QCOMPARE(m_view->timeline()->from(), test::at("2026-03-01T23:00:00Z"));
}

void TestOnCallView::consoleHasThePage()
{
    SqlDatabaseSummary summary(*m_database);
    ConsoleServices services;
    services.clock = m_clock.get();
    services.oncall = m_service.get();
    MainWindow window(consolePages(), QStringLiteral("sqlite:test"), summary, m_languages, services);
    QVERIFY(window.showView(QStringLiteral("oncall")));
    QVERIFY(qobject_cast<OnCallView *>(window.page(QStringLiteral("oncall"))));
}

void TestOnCallView::pictures()
{
    // Written where HG_SCREENSHOT_PREFIX says (/work/shots/oncall-), else in the test's folder.
    const QString prefix = qEnvironmentVariableIsSet("HG_SCREENSHOT_PREFIX")
                               ? qEnvironmentVariable("HG_SCREENSHOT_PREFIX")
                               : m_dir->filePath(QStringLiteral("oncall-"));
    OnCallOverride o;
    o.rotationId = 1;
    o.start = test::at("2026-03-04T08:00:00Z");
    o.end = test::at("2026-03-05T20:00:00Z");
    o.covered = QStringLiteral("p2");
    o.cover = QStringLiteral("p6");
    o.note = QStringLiteral("Swap");
    m_service->addOverride(o);
    SqlDatabaseSummary summary(*m_database);
    ConsoleServices services;
    services.clock = m_clock.get();
    services.oncall = m_service.get();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        QVERIFY(m_languages.setLanguage(language));
        QLocale::setDefault(
            QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English));
        MainWindow window(consolePages(),
                          QStringLiteral("sqlite:demo"),
                          summary,
                          m_languages,
                          services);
        window.showView(QStringLiteral("oncall"));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        const QString week = prefix + QStringLiteral("week-%1.png").arg(language);
        QVERIFY(window.grab().save(week));
        auto *view = qobject_cast<OnCallView *>(window.page(QStringLiteral("oncall")));
        QTest::mouseClick(find<QPushButton>(view, "monthButton"), Qt::LeftButton);
        const QString month = prefix + QStringLiteral("month-%1.png").arg(language);
        QVERIFY(window.grab().save(month));
        OnCallOverrideDialog *dialog = view->openOverrideEditor();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->setCover(dialog->findChild<QComboBox *>(QStringLiteral("overrideForChoice"))
                             ->currentData()
                             .toString());
        QTest::mouseClick(find<QPushButton>(dialog, "saveOverrideButton"), Qt::LeftButton);
        QCoreApplication::processEvents();
        QPixmap picture = window.grab();
        const QPixmap editorPicture = dialog->grab();
        QPainter painter(&picture);
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 60));
        painter.drawPixmap((picture.width() - editorPicture.width()) / 2,
                           (picture.height() - editorPicture.height()) / 2,
                           editorPicture);
        painter.end();
        const QString editor = prefix + QStringLiteral("editor-%1.png").arg(language);
        QVERIFY(picture.save(editor));
        dialog->reject();
        QVERIFY(QFileInfo(week).size() > 10000);
    }
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
}

QTEST_MAIN(TestOnCallView)
#include "tst_oncallview.moc"
