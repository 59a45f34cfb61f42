// The maintenance service: what it refuses is never stored, presets install once, schedules
// and overlap warnings come from the stored windows, and who a window affects.
#include "io/inputerror.h"
#include "maintenance/maintenancepresets.h"
#include "maintenance/maintenanceservice.h"
#include "storage/sqlmaintenancerepository.h"
#include "testenvironment.h"

#include <QSqlQuery>
#include <QTest>

using namespace hourglass;

class TestMaintenanceService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolateUserData(); }
    void init()
    {
        m_database.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = test::openTemporarySqlite(*m_dir);
        m_repository = std::make_unique<SqlMaintenanceRepository>(*m_database);
        m_service = std::make_unique<MaintenanceService>(*m_repository);
    }

    void refusedWindowsAreNotStored()
    {
        MaintenanceWindow window = MaintenancePresets::all().at(0);
        window.rrule = QStringLiteral("FREQ=MONTHLY;BYDAY=1WEDNESDAY");
        try {
            m_service->save(window);
            QFAIL("a bad rule was stored");
        } catch (const InputError &error) {
            QVERIFY2(error.message().startsWith(
                         QStringLiteral("the maintenance window “NUP control plane”: rrule: ")),
                     qPrintable(error.message()));
        }
        QCOMPARE(test::countRows(*m_database, QStringLiteral("maintenance_windows")), 0);

        // One bad window in a list refuses the list.
        QList<MaintenanceWindow> list = MaintenancePresets::all();
        list[2].zone = QStringLiteral("America/Gotham");
        QVERIFY_THROWS_EXCEPTION(InputError, m_service->store(list));
        list = MaintenancePresets::all();
        list[2].uid = list[0].uid;
        QVERIFY_THROWS_EXCEPTION(InputError, m_service->store(list));
        QCOMPARE(test::countRows(*m_database, QStringLiteral("maintenance_windows")), 0);
    }

    void rulesAreStoredInLibicalsSpelling()
    {
        MaintenanceWindow window = MaintenancePresets::all().at(0);
        window.uid.clear();
        window.rrule = QStringLiteral("BYDAY=1WE;FREQ=MONTHLY");
        const MaintenanceWindow saved = m_service->save(window);
        QCOMPARE(saved.rrule, QStringLiteral("FREQ=MONTHLY;BYDAY=1WE"));
        MaintenanceWindow edited = saved;
        edited.title = QStringLiteral("Edited");
        QCOMPARE(m_service->save(edited).version, 2);
    }

    void presetsInstallOnce()
    {
        m_service->installPresets();
        m_service->installPresets();
        const QList<MaintenanceWindow> windows = m_service->windows();
        QCOMPARE(windows.size(), 3);
        QCOMPARE(windows.at(0).version, 2); // installed, then replaced by the same
        QCOMPARE(windows.at(1).platform, QStringLiteral("NGP"));
    }

    void scheduleAndOverlaps()
    {
        m_service->installPresets();
        const MaintenanceService::Schedule week = m_service
                                                      ->schedule(test::at("2026-01-05T00:00:00Z"),
                                                                 test::at("2026-01-12T00:00:00Z"));
        QCOMPARE(week.windows.size(), 3);
        QCOMPARE(week.occurrences.size(), std::size_t(2)); // NUP on the 7th, the outage on the 10th
        QCOMPARE(week.windows.at(week.occurrences.at(0).window).platform, QStringLiteral("NUP"));
        QCOMPARE(formatInstant(week.occurrences.at(1).start),
                 QStringLiteral("2026-01-10T12:00:00Z"));
        QVERIFY(m_service
                    ->overlapWarnings(test::at("2026-01-01T00:00:00Z"),
                                      test::at("2027-01-01T00:00:00Z"))
                    .isEmpty());

        MaintenanceWindow patch = MaintenancePresets::all().at(0);
        patch.uid.clear();
        patch.title = QStringLiteral("Storage patch");
        patch.rrule.clear();
        patch.start = *parseLocalTime(u"2026-01-07T05:00:00");
        m_service->save(patch);
        const QStringList warnings = m_service->overlapWarnings(test::at("2026-01-01T00:00:00Z"),
                                                                test::at("2027-01-01T00:00:00Z"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).contains(QLatin1String("Storage patch")),
                 qPrintable(warnings.at(0)));
    }

    void affectedCustomers()
    {
        const QList<MaintenanceWindow> windows = m_service->installPresets();
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO customers (name, organization, time_zone, "
                                          "language) VALUES ('Alpha', 'Alpha', 'Europe/Paris', "
                                          "'fr') RETURNING id")));
        QVERIFY(query.next());
        const qint64 alpha = query.value(0).toLongLong();
        query.finish();
        m_service->subscribe(alpha, QStringLiteral("NUP"));
        QCOMPARE(m_service->affectedCustomers(windows.at(0)), QList<qint64>{alpha});
        QVERIFY(m_service->affectedCustomers(windows.at(1)).isEmpty());
        QCOMPARE(m_service->platformsOf(alpha), QStringList{QStringLiteral("NUP")});
        QVERIFY_THROWS_EXCEPTION(InputError, m_service->subscribe(alpha, QStringLiteral(" ")));
        m_service->unsubscribe(alpha, QStringLiteral("NUP"));
        QVERIFY(m_service->affectedCustomers(windows.at(0)).isEmpty());
    }

    // Reminders are composed from the window and the customer as they stand now; an
    // occurrence moved since, or a customer gone from the platform, has none.
    void dueRemindersFollowTheWindowAndTheCustomer()
    {
        const QList<MaintenanceWindow> windows = m_service->installPresets();
        const MaintenanceWindow nup = windows.at(0);
        const auto customer = [&](const char *name, const char *language, const char *email) {
            QSqlQuery query(m_database->connection());
            query.prepare(QStringLiteral("INSERT INTO customers (name, organization, time_zone, "
                                         "language, notice_email) VALUES (?, ?, 'Europe/Paris', "
                                         "?, ?) RETURNING id"));
            for (const char *value : {name, name, language, email})
                query.addBindValue(QString::fromUtf8(value));
            if (!query.exec() || !query.next())
                qFatal("cannot add a customer");
            const qint64 id = query.value(0).toLongLong();
            query.finish(); // the statement holds the database until finished
            m_service->subscribe(id, QStringLiteral("NUP"));
            return id;
        };
        const qint64 alpha = customer("Alpha", "en", "ops@alpha.example");
        const qint64 beta = customer("Bêta", "fr", "");
        const qint64 gamma = customer("Gamma", "en", "ops@gamma.example");
        const NoticeComposer composer;
        const Instant sent = test::at("2026-02-01T09:00:00Z");
        // February's and March's nights, 00:00 Paris; Bêta's address typed by the sender.
        for (const char *start : {"2026-02-03T23:00:00Z", "2026-03-03T23:00:00Z"}) {
            const auto found = m_service->findOccurrence(nup.uid + u'/'
                                                         + QString::fromLatin1(start));
            const QList<MaintenanceNotice> notices
                = m_service->notices(found,
                                     composer,
                                     Seconds{24 * 3600},
                                     sent,
                                     {{beta, QStringLiteral("it@beta.example")}});
            QCOMPARE(notices.size(), 3);
            QCOMPARE(notices.at(1).recipient.email, QStringLiteral("it@beta.example"));
            QList<NoticeRecord> records;
            for (const MaintenanceNotice &n : notices)
                records.append(NoticeRecord::of(n, NoticeRecord::Delivery::Eml, QString()));
            m_service->recordNotices(records);
        }
        QVERIFY(m_service->dueReminders(composer, test::at("2026-02-02T22:00:00Z")).isEmpty());

        // Gamma leaves the platform; March's night moves to the 11th.
        m_service->unsubscribe(gamma, QStringLiteral("NUP"));
        MaintenanceWindow moved = *m_repository->windowWithUid(nup.uid);
        moved.overrides.append({*parseLocalTime(u"2026-03-04T00:00:00"),
                                false,
                                *parseLocalTime(u"2026-03-11T00:00:00"),
                                *parseLocalTime(u"2026-03-11T06:00:00")});
        m_service->save(moved);

        const QList<MaintenanceNotice> february
            = m_service->dueReminders(composer, test::at("2026-02-02T23:00:00Z"));
        QCOMPARE(february.size(), 2);
        QCOMPARE(february.at(0).recipient.customerId, alpha);
        QCOMPARE(february.at(0).kind, MaintenanceNotice::Kind::Reminder);
        QVERIFY2(february.at(0).subject.startsWith(
                     QStringLiteral("Reminder: scheduled maintenance NUP control plane, ")),
                 qPrintable(february.at(0).subject));
        QVERIFY(february.at(0).body.contains(
            QStringLiteral("This is a reminder of the maintenance we announced.")));
        QVERIFY(!february.at(0).reminderAt);
        // In French, with the French texts of the window, to the address the notice went to.
        QCOMPARE(february.at(1).recipient.customerId, beta);
        QCOMPARE(february.at(1).recipient.email, QStringLiteral("it@beta.example"));
        QVERIFY2(february.at(1).subject.startsWith(QStringLiteral("Rappel : ")),
                 qPrintable(february.at(1).subject));
        QVERIFY(february.at(1).body.contains(
            QStringLiteral("Les VM des clients continuent de fonctionner normalement.")));
        QCOMPARE(february.at(1).sequence, moved.version); // the window changed since: one more

        // March's notices named the night of the 4th, which no longer happens: no reminder.
        QVERIFY(m_service->dueReminders(composer, test::at("2026-03-03T00:00:00Z")).isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlMaintenanceRepository> m_repository;
    std::unique_ptr<MaintenanceService> m_service;
};

QTEST_GUILESS_MAIN(TestMaintenanceService)
#include "tst_maintenanceservice.moc"
