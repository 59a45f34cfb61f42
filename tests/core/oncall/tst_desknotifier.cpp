// What the after-hours desk sends by itself, on SQLite and PostgreSQL, to servers on loopback:
// each step's contact gets one email (SMTP) and one webhook, however many consoles run; a call
// that is not urgent goes to the support inbox; a webhook that never answers and an SMTP server
// that refuses the recipient are recorded as failures with what went wrong, and nothing waits.
#include "deskstack.h"
#include "oncall/desknotifier.h"
#include "oncall/desksettings.h"
#include "oncall/escalationservice.h"
#include "oncall/oncallservice.h"
#include "oncall/smtpchannel.h"
#include "oncall/webhookchannel.h"
#include "storage/database.h"
#include "storage/demodata.h"
#include "storage/sqlescalationrepository.h"
#include "storage/sqloncallrepository.h"
#include "testenvironment.h"
#include "ticketstack.h"
#include "time/clock.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hourglass;

namespace {

// Just enough SMTP to take messages (no TLS: the channel is told not to require it here).
// With `refuseRecipients`, every RCPT is answered 550.
class SmtpServer : public QTcpServer
{
public:
    explicit SmtpServer(bool refuseRecipients = false)
        : m_refuse(refuseRecipients)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto *state = new QByteArray; // the message while in DATA
                auto *inData = new bool(false);
                socket->write("220 test ESMTP\r\n");
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state, inData] {
                    while (socket->canReadLine()) {
                        const QByteArray line = socket->readLine();
                        if (*inData) {
                            if (line == ".\r\n") {
                                *inData = false;
                                messages.append(*state);
                                state->clear();
                                socket->write("250 2.0.0 queued\r\n");
                            } else {
                                state->append(line);
                            }
                            continue;
                        }
                        const QByteArray verb = line.left(4).toUpper();
                        if (verb == "EHLO" || verb == "HELO")
                            socket->write("250-test\r\n250 8BITMIME\r\n");
                        else if (verb == "MAIL")
                            socket->write("250 OK\r\n");
                        else if (verb == "RCPT") {
                            recipients.append(line.mid(8).trimmed());
                            socket->write(m_refuse ? "550 5.1.1 no such user\r\n" : "250 OK\r\n");
                        } else if (verb == "DATA") {
                            *inData = true;
                            socket->write("354 go ahead\r\n");
                        } else if (verb == "QUIT") {
                            socket->write("221 bye\r\n");
                            socket->disconnectFromHost();
                        } else
                            socket->write("250 OK\r\n");
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, [socket, state, inData] {
                    delete state;
                    delete inData;
                    socket->deleteLater();
                });
            }
        });
    }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(serverPort()); }

    QList<QByteArray> messages;
    QList<QByteArray> recipients;

private:
    bool m_refuse;
};

// Takes POSTs and answers 204, or never answers at all.
class HttpServer : public QTcpServer
{
public:
    explicit HttpServer(bool answers = true)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this, answers] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer, answers] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    qsizetype length = 0;
                    for (const QByteArray &header : buffer->left(end).split('\n')) {
                        if (header.toLower().startsWith("content-length:"))
                            length = header.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    bodies.append(buffer->mid(end + 4, length));
                    buffer->clear();
                    if (answers) {
                        socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n"
                                      "Connection: close\r\n\r\n");
                        socket->disconnectFromHost();
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
            }
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(serverPort()); }

    QList<QByteArray> bodies;
};

SmtpSettings smtp(const SmtpServer &server)
{
    SmtpSettings s;
    s.url = server.url();
    s.sender = QStringLiteral("Hourglass desk <desk@support.example.org>");
    s.requireTls = false;
    s.timeoutSeconds = 5;
    return s;
}

} // namespace

class TestDeskNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() { test::isolateUserData(); }
    void init();
    void cleanup();
    void eachStepIsSentOnceWhateverTheConsoles();
    void callsThatAreNotUrgentGoToTheInbox();
    void failuresAreRecordedAndNothingWaits();
    void settingsRefuseWhatCannotBeUsed();

private:
    DeskCall call(const QString &urgency) const;
    QList<EscalationNotification> notifications(qint64 ticket)
    {
        return m_desk->repository.notifications(ticket);
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{test::fixedNow};
    std::unique_ptr<Database> m_database;
    std::unique_ptr<test::DeskStack> m_desk;
    QString m_customer;
};

void TestDeskNotifier::init()
{
    QFETCH_GLOBAL(QString, engine);
    static int counter = 0;
    m_database = test::openTemporary(engine, m_dir);
    if (engine == QLatin1String("sqlite")) {
        m_database.reset();
        m_database = test::openTemporarySqlite(m_dir, QStringLiteral("n%1.sqlite").arg(++counter));
    }
    DemoData::populate(*m_database, test::seedInstant(*m_database));
    m_clock.set(test::seedInstant(*m_database));
    m_desk = std::make_unique<test::DeskStack>(*m_database, m_clock, QStringLiteral("jokafor"));
    m_customer = test::deskCustomer(*m_database);
}

void TestDeskNotifier::cleanup()
{
    m_desk.reset();
    m_database.reset();
}

DeskCall TestDeskNotifier::call(const QString &urgency) const
{
    return test::deskCall(m_customer, urgency);
}

void TestDeskNotifier::eachStepIsSentOnceWhateverTheConsoles()
{
    SmtpServer mail;
    HttpServer hook;
    SmtpChannel email(smtp(mail));
    WebhookChannel webhook(5000);
    DeskNotifier notifier(m_desk->service, &email, &webhook, {QString(), hook.url()});
    const auto connection = Database::open(m_database->url());
    test::DeskStack other(*connection, m_clock, QStringLiteral("mlefebvre"));
    SmtpChannel otherEmail(smtp(mail));
    WebhookChannel otherWebhook(5000);
    DeskNotifier second(other.service, &otherEmail, &otherWebhook, {QString(), hook.url()});

    EscalationRun run = *m_desk->service.intake(call(QStringLiteral("critical"))).run;
    const QString prime = run.contacts.at(0).login;
    // PostgreSQL stamps with its own clock, which the desks' clock follows from sign-in on: a
    // little later, so that what was just written is in the past on every engine.
    m_clock.advance(Seconds{30});
    QCOMPARE(notifier.check(), 2);
    QCOMPARE(second.check(), 0);   // claimed by the first console
    QCOMPARE(notifier.check(), 0); // and never twice
    QTRY_COMPARE_WITH_TIMEOUT(notifier.inFlight(), 0, 10000);
    QCOMPARE(mail.messages.size(), 1);
    QCOMPARE(mail.recipients.constFirst(), "<" + prime.toUtf8() + "@support.example.org>");
    QVERIFY(mail.messages.constFirst().contains("Subject: "));
    QCOMPARE(hook.bodies.size(), 1);
    const QJsonObject payload = QJsonDocument::fromJson(hook.bodies.constFirst()).object();
    QCOMPARE(payload.value("contact").toString(), prime);
    QCOMPARE(payload.value("run").toInteger(), run.id);
    QCOMPARE(payload.value("step").toInt(), 0);
    QCOMPARE(payload.value("callback").toString(), QStringLiteral("+1 613 555 0199"));
    for (const EscalationNotification &n : notifications(run.ticketId))
        QVERIFY2(n.status == EscalationNotification::Status::Delivered, qPrintable(n.detail));
    // The step is on the ticket's timeline once, whichever console claimed it.
    const auto stepNotes = [&] {
        int notes = 0;
        for (const TicketMessage &m : m_desk->stack.repository.thread(run.ticketId))
            notes += m.kind == TicketMessage::Kind::Note
                             && m.text.startsWith(QStringLiteral("Escalation, step"))
                             && m.text.contains(QStringLiteral("calling"))
                         ? 1
                         : 0;
        return notes;
    };
    QCOMPARE(stepNotes(), 1);

    // The prime did not answer: the first secondary is emailed, by whichever console looks first.
    run = m_desk->service.logAttempt(run.id, run.version, 0, AttemptOutcome::NoAnswer);
    m_clock.advance(Seconds{30});
    QCOMPARE(second.check(), 2);
    QCOMPARE(notifier.check(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(second.inFlight(), 0, 10000);
    QCOMPARE(mail.messages.size(), 2);
    QCOMPARE(mail.recipients.constLast(),
             "<" + run.contacts.at(1).login.toUtf8() + "@support.example.org>");
    QCOMPARE(notifications(run.ticketId).size(), 6); // email, webhook, timeline per step
    QCOMPARE(stepNotes(), 2);
    // Owned: nobody is emailed any more.
    run = m_desk->service.logAttempt(run.id, run.version, 1, AttemptOutcome::Acknowledged);
    QCOMPARE(notifier.check(), 0);
}

void TestDeskNotifier::callsThatAreNotUrgentGoToTheInbox()
{
    SmtpServer mail;
    SmtpChannel email(smtp(mail));
    const DeskResult result = m_desk->service.intake(call(QStringLiteral("not-urgent")));
    // A console without an inbox set leaves it for one that has.
    DeskNotifier without(m_desk->service, &email, nullptr, {});
    QCOMPARE(without.check(), 0);
    QCOMPARE(notifications(result.ticket.id).constFirst().status,
             EscalationNotification::Status::Pending);
    DeskNotifier notifier(m_desk->service,
                          &email,
                          nullptr,
                          {QStringLiteral("support@hyalto.example"), QString()});
    QCOMPARE(notifier.check(), 1);
    QCOMPARE(notifier.check(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(notifier.inFlight(), 0, 10000);
    QCOMPARE(mail.recipients, QList<QByteArray>{"<support@hyalto.example>"});
    const EscalationNotification sent = notifications(result.ticket.id).constFirst();
    QCOMPARE(sent.status, EscalationNotification::Status::Delivered);
    QCOMPARE(sent.recipient, QStringLiteral("support@hyalto.example"));
    QVERIFY(mail.messages.constFirst().contains("To: support@hyalto.example\r\n"));
}

void TestDeskNotifier::failuresAreRecordedAndNothingWaits()
{
    SmtpServer refusing(true);
    HttpServer silent(false);
    SmtpChannel email(smtp(refusing));
    WebhookChannel webhook(400);
    DeskNotifier notifier(m_desk->service, &email, &webhook, {QString(), silent.url()});
    const EscalationRun run = *m_desk->service.intake(call(QStringLiteral("urgent"))).run;
    m_clock.advance(Seconds{30});
    QCOMPARE(notifier.check(), 2);
    // check() only starts the sends: both are still under way when it returns (their answers
    // come through the event loop).
    QCOMPARE(notifier.inFlight(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(notifier.inFlight(), 0, 10000);
    QHash<QString, EscalationNotification> byChannel;
    for (const EscalationNotification &n : notifications(run.ticketId))
        byChannel.insert(n.channel, n);
    QCOMPARE(byChannel.value("timeline").status, EscalationNotification::Status::Delivered);
    QCOMPARE(byChannel.value("webhook").status, EscalationNotification::Status::Failed);
    QVERIFY2(byChannel.value("webhook").detail.contains(QStringLiteral("no answer")),
             qPrintable(byChannel.value("webhook").detail));
    QCOMPARE(byChannel.value("email").status, EscalationNotification::Status::Failed);
    QVERIFY2(byChannel.value("email").detail.contains(QStringLiteral("550")),
             qPrintable(byChannel.value("email").detail));
    QVERIFY(byChannel.value("email").finishedAt);
    // A send claimed by a console that stopped before finishing is said to have failed once
    // ten minutes have passed.
    const std::optional<qint64> stuck = m_desk->repository.claimNotification(
        run.ticketId, run.id, 99, QStringLiteral("email"), QStringLiteral("x@example.org"));
    QVERIFY(stuck);
    QCOMPARE(m_desk->repository.expireSends(m_desk->service.now() - Seconds{600}, "stopped"), 0);
    QCOMPARE(m_desk->repository.expireSends(m_desk->service.now() + Seconds{3600}, "stopped"), 1);
    for (const EscalationNotification &n : notifications(run.ticketId)) {
        if (n.id == *stuck) {
            QCOMPARE(n.status, EscalationNotification::Status::Failed);
            QCOMPARE(n.detail, QStringLiteral("stopped"));
        }
    }
    // A bad webhook URL is a failure said the same way, never an exception.
    WebhookChannel other(400);
    bool done = false;
    other.send({QStringLiteral("ftp://example.org/x"), {}, {}, {}, {}}, [&](const Delivery &d) {
        done = true;
        QVERIFY(!d.delivered);
        QVERIFY(d.detail.contains(QStringLiteral("http")));
    });
    QVERIFY(!done);
    QTRY_VERIFY(done);
}

void TestDeskNotifier::settingsRefuseWhatCannotBeUsed()
{
    QFETCH_GLOBAL(QString, engine);
    if (engine != QLatin1String("sqlite"))
        return; // settings are the machine's, not the database's: once is enough
    DeskSettings good;
    good.smtp.url = QStringLiteral("smtp://mail.example.com:587");
    good.smtp.sender = QStringLiteral("test::DeskStack <desk@example.com>");
    good.supportInbox = QStringLiteral("support@hyalto.example");
    good.webhookUrl = QStringLiteral("https://hooks.example.com/desk");
    good.timeoutMinutes = 15;
    good.phones = QStringLiteral("Americas\t+1 (613) 693-0083\nEMEA\t+44 (0) 870 471 5732");
    QVERIFY(!good.save());
    const DeskSettings read = DeskSettings::load();
    QVERIFY(read == good);
    QCOMPARE(EscalationService::deskPhones(read.phones).size(), 2);
    QCOMPARE(EscalationService::deskPhones(QString()).size(), 3); // the seed's

    const auto refused = [&](DeskSettings s, const char *key) {
        const auto problem = s.save();
        QVERIFY2(problem, key);
        QCOMPARE(problem->first, QString::fromLatin1(key));
        QVERIFY(DeskSettings::load() == good); // nothing stored
    };
    DeskSettings bad = good;
    bad.smtp.url = QStringLiteral("http://mail.example.com");
    refused(bad, "smtp-url");
    bad = good;
    bad.smtp.sender = QStringLiteral("test::DeskStack");
    refused(bad, "sender");
    bad = good;
    bad.supportInbox = QStringLiteral("support");
    refused(bad, "support-inbox");
    bad = good;
    bad.webhookUrl = QStringLiteral("ftp://hooks.example.com");
    refused(bad, "webhook-url");
    bad = good;
    bad.timeoutMinutes = 0;
    refused(bad, "timeout");
    bad = good;
    bad.phones = QStringLiteral("Americas\t+1\nEMEA without a number");
    refused(bad, "phones");
    QVERIFY(bad.problem()->second.contains(QStringLiteral("line 2")));
}

QTEST_GUILESS_MAIN(TestDeskNotifier)
#include "tst_desknotifier.moc"
