// hg_test_writer: one of several concurrent writer processes. It updates the given tickets from
// the version it last read, and prints one JSON line per write: accepted or refused.
#include "storage/conflicterror.h"
#include "storage/database.h"
#include "storage/sqlticketrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace hourglass;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: hg_test_writer URL NAME TICKET_IDS(comma) UPDATES\n");
        return 2;
    }
    const QString name = args.at(2);
    QList<qint64> tickets;
    for (const QString &id : args.at(3).split(u','))
        tickets.append(id.toLongLong());
    const int updates = args.at(4).toInt();
    try {
        auto database = Database::open(DatabaseUrl::parse(args.at(1)));
        database->setActor(name);
        SqlTicketRepository repository(*database);
        QRandomGenerator random(quint32(QCoreApplication::applicationPid()));
        for (int i = 0; i < updates; ++i) {
            const qint64 id = tickets.at(int(random.bounded(qsizetype(tickets.size()))));
            const int version = repository.ticket(id)->version;
            // Give the others time to write between this read and this write.
            QThread::usleep(random.bounded(2000));
            TicketChange change;
            change.title = QStringLiteral("%1 write %2").arg(name).arg(i);
            QJsonObject line{{QStringLiteral("writer"), name},
                             {QStringLiteral("ticket"), id},
                             {QStringLiteral("title"), *change.title},
                             {QStringLiteral("based_on"), version}};
            try {
                const TicketRecord saved = repository.update(id, version, change);
                line.insert(QStringLiteral("result"), QStringLiteral("accepted"));
                line.insert(QStringLiteral("version"), saved.version);
            } catch (const ConflictError &conflict) {
                line.insert(QStringLiteral("result"), QStringLiteral("conflict"));
                line.insert(QStringLiteral("their_version"), conflict.theirVersion);
            }
            std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        }
    } catch (const StorageError &error) {
        std::fprintf(stderr, "hg_test_writer: %s\n", error.what());
        return 1;
    }
    return 0;
}
