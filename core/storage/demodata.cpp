// Realistic demo data, generated relative to "now" and deterministically from a seed.
#include "storage/demodata.h"

#include "contracts/customerdirectory.h"
#include "contracts/expertiseledger.h"
#include "maintenance/maintenancepresets.h"
#include "oncall/oncallservice.h"
#include "sla/presetpolicies.h"
#include "sla/slaengine.h"
#include "storage/database.h"
#include "storage/policystore.h"
#include "storage/sqlcontractrepository.h"
#include "storage/sqldatabasesummary.h"
#include "storage/sqlmaintenancerepository.h"
#include "storage/sqloncallrepository.h"
#include "storage/sqlticketrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "tickets/ticketservice.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <date/tz.h>

#include <cmath>
#include <list>
#include <random>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::DemoData)
};

// Distributions of <random> differ between standard libraries; these do not.
class Random
{
public:
    explicit Random(quint32 seed)
        : m_engine(seed)
    {}

    int below(int n) { return static_cast<int>(m_engine() % static_cast<quint32>(n)); }
    double unit() { return m_engine() / 4294967296.0; }
    bool chance(double p) { return unit() < p; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }

private:
    std::mt19937 m_engine;
};

class Writer
{
public:
    explicit Writer(QSqlDatabase &db)
        : m_db(db)
    {}

    // Runs an INSERT with positional values and returns the new row id.
    qint64 insert(const QString &sql, const QVariantList &values)
    {
        QSqlQuery &query = prepared(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            throw StorageError(Tr::tr("cannot write demo data: %1 (in: %2)")
                                   .arg(query.lastError().text(), sql.left(60)));
        return query.lastInsertId().toLongLong();
    }

private:
    QSqlQuery &prepared(const QString &sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end()) {
            it = m_queries.emplace(sql, m_db);
            // RETURNING gives PostgreSQL's identity value; SQLite has lastInsertId already.
            if (!it->prepare(sql))
                throw StorageError(
                    Tr::tr("cannot prepare demo data statement: %1").arg(it->lastError().text()));
        }
        return *it;
    }

    QSqlDatabase &m_db;
    QHash<QString, QSqlQuery> m_queries;
};

struct DemoPerson
{
    const char *login;
    const char *name;
    const char *role;
    const char *languages;
    const char *zone;
};

// The after-hours rotation takes the first five agents: a prime and four secondaries.
const DemoPerson people[] = {
    {"mlefebvre", "Marie Lefebvre", "agent", "fr,en", "America/Toronto"},
    {"jokafor", "James Okafor", "agent", "en", "America/Toronto"},
    {"sboucher", "Sophie Boucher", "agent", "fr,en", "America/Toronto"},
    {"dnguyen", "David Nguyen", "agent", "en", "America/New_York"},
    {"akowalski", "Anna Kowalski", "agent", "en,fr", "Europe/London"},
    {"tmartin", "Thomas Martin", "agent", "fr", "Europe/Paris"},
    {"pshah", "Priya Shah", "agent", "en", "America/New_York"},
    {"lrossi", "Luca Rossi", "manager", "en,fr", "Europe/Paris"},
    {"egarcia", "Elena Garcia", "manager", "en", "America/New_York"},
    {"cdubois", "Camille Dubois", "coach", "fr,en", "Europe/Paris"},
    {"hmorel", "Hugo Morel", "coach", "fr,en", "Europe/Paris"},
    {"admin", "Support Administrator", "admin", "en,fr", "UTC"},
};

struct CustomerSeed
{
    const char *name;
    const char *zone;
    const char *language;
};

const CustomerSeed customerNames[] = {
    {"Northwind Logistics", "America/New_York", "en"},
    {"Maple Leaf Credit Union", "America/Toronto", "en"},
    {"Brasserie Lumière", "Europe/Paris", "fr"},
    {"Thames Water Analytics", "Europe/London", "en"},
    {"Hôpital Saint-Roch", "Europe/Paris", "fr"},
    {"Contoso Retail", "America/New_York", "en"},
    {"Groupe Atlantique", "Europe/Paris", "fr"},
    {"Harbour Freight Systems", "Australia/Sydney", "en"},
    {"Bangalore Fintech Labs", "Asia/Kolkata", "en"},
    {"Université de Montréal IT", "America/Toronto", "fr"},
    {"Fabrikam Devices", "America/New_York", "en"},
    {"Pacific Telecom Partners", "America/New_York", "en"},
    {"Mairie de Lyon", "Europe/Paris", "fr"},
    {"Oakridge Schools", "America/New_York", "en"},
    {"Vintage Rail Tours", "Europe/London", "en"},
    {"Clinique des Alpes", "Europe/Paris", "fr"},
    {"Blue Harbor Insurance", "America/Toronto", "en"},
    {"Sud Énergies", "Europe/Paris", "fr"},
};

// Each title with what the customer wrote when opening it.
struct Opening
{
    const char *title;
    const char *description;
};

const Opening englishOpenings[] = {
    {"Dashboard does not load after login",
     "Since this morning the dashboard stays blank after we sign in. It happens in Chrome and "
     "Firefox, for every user of our team. Signing out and in again does not help."},
    {"Alerts stopped arriving by email",
     "We have received no alert email since yesterday around 6 pm, although the portal shows "
     "new alerts. Our spam folder is empty and nothing changed on our mail server."},
    {"VM console unreachable in region EU-West",
     "The web console of our VMs in EU-West times out. The VMs themselves still answer on the "
     "network. Could you check the console proxy?"},
    {"API returns 503 on every request",
     "All our calls to the API return 503 Service Unavailable since 14:10. Our integration is "
     "down and orders are piling up."},
    {"Devices fail to provision after firmware update",
     "After the firmware update last night, twelve devices at our warehouse stay in "
     "provisioning. The others updated fine."},
    {"Report export is missing last week's data",
     "The monthly export we downloaded today stops on the 14th. Last week is missing entirely."},
    {"How do I add a second administrator?",
     "Our administrator is leaving next month. How can we give a colleague the same rights "
     "before then?"},
    {"Feature request: dark mode for the portal",
     "Our night shift would love a dark theme for the portal. Is this on your roadmap?"},
    {"Slow response times on the monitoring map",
     "The monitoring map takes about 40 seconds to draw since Monday; it used to take two."},
    {"Backup job failed overnight",
     "The nightly backup of our file server failed with \"snapshot quota exceeded\". We need a "
     "good backup before Friday's change."},
    {"SSO login loops back to the sign-in page",
     "Users who sign in with SSO land on the sign-in page again, in a loop. Local accounts work."},
    {"Invoice shows the wrong support tier",
     "Our latest invoice bills the Silver tier, but our contract has been Gold since March."},
    {"Network topology shows duplicate switches",
     "The topology view shows each of our core switches twice, with the same address."},
    {"Phones stuck on 'provisioning' screen",
     "About thirty desk phones in the sales office show 'provisioning' and never finish. "
     "Rebooting them does not help."},
    {"Schedule the firmware rollout for Saturday",
     "Please schedule the firmware rollout for our sites on Saturday morning, when the shops "
     "are closed."},
    {"Certificate expired on the customer portal",
     "Browsers warn that the certificate of our customer portal expired today. Customers cannot "
     "log in."},
    {"Storage latency spikes every hour",
     "Every hour on the hour, storage latency jumps above 200 ms for a minute or two. The "
     "database team sees timeouts."},
    {"Cannot reset password for a locked user",
     "A user locked herself out and the reset link says the account is disabled. Can you help?"},
};

const Opening frenchOpenings[] = {
    {"Le portail vCloud Director ne répond plus",
     "Depuis ce matin, le portail vCloud Director affiche une page blanche après la connexion. "
     "Toute l'équipe est concernée."},
    {"Impossible de démarrer une VM après la maintenance",
     "Depuis la maintenance de cette nuit, la VM de production refuse de démarrer : « ressource "
     "indisponible ». Les autres VM tournent."},
    {"Question sur la facturation de l'option Gold",
     "Notre dernière facture compte l'option Gold deux fois. Pouvez-vous vérifier ?"},
    {"Lenteurs réseau entre deux VM du même tenant",
     "Les transferts entre nos deux serveurs applicatifs plafonnent à 10 Mo/s depuis lundi, au "
     "lieu de 100 habituellement."},
    {"Demande de session découverte du portail",
     "Deux nouveaux collègues arrivent ; serait-il possible d'organiser une session découverte "
     "du portail la semaine prochaine ?"},
    {"Erreur 500 sur l'API lors de la création d'un réseau",
     "La création d'un réseau par l'API renvoie une erreur 500. Par le portail, cela fonctionne."},
    {"Sauvegarde en échec depuis hier soir",
     "La sauvegarde de nos bases a échoué cette nuit avec « quota de snapshots dépassé »."},
    {"Conseil de dimensionnement pour une migration",
     "Nous migrons notre ERP le mois prochain et souhaitons votre avis sur la taille des VM."},
    {"Accès expert : revue de l'architecture cible",
     "Nous aimerions une revue de notre architecture cible avec un expert avant de commander."},
    {"Les téléphones ne récupèrent plus leur configuration",
     "Une trentaine de téléphones du service commercial restent bloqués sur « provisioning ». "
     "Les redémarrer ne change rien."},
};

const char *const englishContacts[] = {"Sarah Mitchell",
                                       "Kevin O'Brien",
                                       "Laura Chen",
                                       "Michael Brooks",
                                       "Aisha Patel",
                                       "Tom Walker",
                                       "Rachel Green",
                                       "Daniel Kim"};
const char *const frenchContacts[] = {"Chloé Martin",
                                      "Julien Petit",
                                      "Nathalie Roux",
                                      "Mathieu Girard",
                                      "Émilie Fournier",
                                      "Nicolas Lambert",
                                      "Isabelle Moreau",
                                      "Antoine Leroy"};

// %1: the contact's first name.
const char *const englishResponses[] = {
    "Hello %1, thanks for reporting this. I'm looking into it now and will update you within "
    "the hour.",
    "Hi %1, I can reproduce the problem on our side. I've raised it with the platform team.",
    "Hello %1, could you send us the time it last happened and a screenshot? That will help us "
    "find the cause.",
};
const char *const frenchResponses[] = {
    "Bonjour %1, merci pour votre signalement. J'analyse le problème et reviens vers vous dans "
    "l'heure.",
    "Bonjour %1, nous reproduisons le problème de notre côté ; l'équipe plateforme est prévenue.",
    "Bonjour %1, pourriez-vous nous indiquer l'heure du dernier incident et joindre une capture "
    "d'écran ?",
};
const char *const englishUpdates[] = {
    "Quick update: we found the cause and a fix is being tested. Next update by end of day.",
    "The platform team is deploying a fix now; I'll confirm once it is live.",
    "Still working on it: the logs point to the proxy in front of your service.",
};
const char *const frenchUpdates[] = {
    "Point d'étape : la cause est identifiée et un correctif est en test. Prochain point ce soir.",
    "L'équipe plateforme déploie un correctif ; je vous confirme dès qu'il est en place.",
    "Toujours en cours : les journaux désignent le proxy placé devant votre service.",
};
// The customer's answer while the work goes on, and their word once it is done.
const char *const englishCustomerDetails[] = {
    "Here is the screenshot; it last happened at 09:42.",
    "It happened again this morning, for all our users at the same time.",
    "We tried from another network and get the same error.",
};
const char *const frenchCustomerDetails[] = {
    "Voici la capture d'écran ; le dernier incident date de 9 h 42.",
    "C'est de nouveau arrivé ce matin, pour tous nos utilisateurs en même temps.",
    "Nous avons essayé depuis un autre réseau : même erreur.",
};
const char *const englishCustomerThanks[] = {
    "Thanks, it works again on our side. You can close the ticket.",
    "Confirmed, everything looks fine now. Thanks for the quick help!",
    "All good since the fix went in. Thank you!",
};
const char *const frenchCustomerThanks[] = {
    "Merci, tout fonctionne de nouveau chez nous. Vous pouvez fermer le ticket.",
    "C'est confirmé, tout est rentré dans l'ordre. Merci pour votre réactivité !",
    "Tout va bien depuis le correctif. Merci !",
};
const char *const englishNotes[] = {
    "Checked monitoring: nothing abnormal on our side before 14:00.",
    "Same symptom as last month's incident; see the post-mortem.",
    "Customer is sensitive about this one: keep the manager in copy.",
};
const char *const frenchNotes[] = {
    "Supervision vérifiée : rien d'anormal de notre côté avant 14 h.",
    "Même symptôme que l'incident du mois dernier ; voir le retour d'expérience.",
    "Client sensible sur ce sujet : garder le responsable en copie.",
};

template<std::size_t N>
QString pickText(Random &random, const char *const (&texts)[N])
{
    return QString::fromUtf8(texts[random.below(int(N))]);
}

struct Topic
{
    const char *language;
    const char *text;
};

const Topic coachingTopics[] = {
    {"en", "Discovery session: vCD portal"},
    {"en", "Target architecture workshop"},
    {"en", "Sizing recommendations for VMs and networks"},
    {"en", "Troubleshooting: misconfigured edge gateway"},
    {"fr", "Session découverte du portail vCD"},
    {"fr", "Atelier architecture cible"},
    {"fr", "Recommandations de dimensionnement"},
};

qint64 seconds(std::chrono::sys_seconds t)
{
    return t.time_since_epoch().count();
}

} // namespace

DemoDataSummary DemoData::populate(Database &database, std::chrono::sys_seconds now, quint32 seed)
{
    QSqlDatabase &db = database.connection();
    const QList<Policy> policies = PresetPolicies::load();
    Random random(seed);
    DemoDataSummary summary;
    const qint64 nowSeconds = seconds(now);

    Transaction transaction(database);
    {
        Writer writer(db);

        QList<qint64> userIds;
        QList<qint64> agentIds;
        QList<qint64> coachIds;
        QHash<qint64, QString> logins;
        for (const DemoPerson &person : people) {
            const QString login = QString::fromLatin1(person.login);
            const QVariantList details
                = {QString::fromUtf8(person.name),
                   QString::fromLatin1(person.role),
                   QString::fromLatin1(person.languages),
                   QString::fromLatin1(person.zone),
                   QString(login + QLatin1String("@support.example.org")),
                   QStringLiteral("+1 613 555 %1").arg(1000 + userIds.size() * 17)};
            // Whoever fills the database may be one of the demo's people (their login was
            // recorded by the migration): that row becomes the person, not a second one.
            qint64 id = database.userId(login);
            if (id)
                writer.insert(QStringLiteral("UPDATE users SET display_name = ?, role = ?, "
                                             "languages = ?, time_zone = ?, email = ?, phone = ? "
                                             "WHERE id = ?"),
                              details + QVariantList{id});
            else
                id = writer.insert(QStringLiteral(
                                       "INSERT INTO users (login, display_name, role, languages, "
                                       "time_zone, email, phone) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                   QVariantList{login} + details);
            userIds.append(id);
            logins.insert(id, login);
            if (qstrcmp(person.role, "agent") == 0)
                agentIds.append(id);
            if (qstrcmp(person.role, "coach") == 0)
                coachIds.append(id);
        }
        summary.users = static_cast<int>(userIds.size());

        // Migrating stored the presets already; a database migrated by an older Hourglass
        // gets those it lacks the same way.
        PolicyStore::storePresets(db, database.url().engine());

        // Two customers on every tier of every policy, each with a contract.
        struct DemoCustomer
        {
            qint64 id;
            qint64 contractId;
            const Policy *policy;
            QString tier;
            QString language;
            QString name;
        };
        QList<DemoCustomer> customers;
        // The same customers as the ticket service checks requests against.
        std::list<Customer> directory;
        TicketContext context;
        context.now = now;
        int nameIndex = 0;
        for (const Policy &policy : policies) {
            for (const NamedItem &tier : policy.tiers) {
                for (int copy = 0; copy < 2; ++copy) {
                    const CustomerSeed &seedName
                        = customerNames[nameIndex % std::size(customerNames)];
                    QString name = QString::fromUtf8(seedName.name);
                    if (nameIndex >= static_cast<int>(std::size(customerNames)))
                        name += QStringLiteral(" (%1)").arg(
                            policy.name.section(QLatin1Char(' '), 0, 0));
                    ++nameIndex;
                    // The French cloud provider's customers are French-speaking more often.
                    QString language = QString::fromLatin1(seedName.language);
                    if (policy.id == QLatin1String("cloud-tiers") && random.chance(0.5))
                        language = QStringLiteral("fr");
                    // Where their maintenance notices go: "ops@northwind-traders.example".
                    QString domain = name.normalized(QString::NormalizationForm_KD).toLower();
                    domain.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
                    domain.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                   QStringLiteral("-"));
                    domain = domain.section(QLatin1Char('-'), 0, -1, QString::SectionSkipEmpty);
                    const qint64 customerId
                        = writer.insert(QStringLiteral(
                                            "INSERT INTO customers (name, organization, time_zone, "
                                            "language, notice_email) VALUES (?, ?, ?, ?, ?)"),
                                        {name,
                                         name,
                                         QString::fromLatin1(seedName.zone),
                                         language,
                                         QStringLiteral("ops@%1.example").arg(domain)});
                    // Contracts started one to eighteen months ago, so some Bronze customers
                    // are still in their first three months.
                    const qint64 startsAt = nowSeconds - (30 + random.below(510)) * 86400LL;
                    const qint64 contractId
                        = writer.insert(QStringLiteral(
                                            "INSERT INTO contracts (customer_id, policy_key, tier, "
                                            "starts_at) VALUES (?, ?, ?, ?)"),
                                        {customerId, policy.id, tier.id, startsAt});
                    customers.append({customerId, contractId, &policy, tier.id, language, name});
                    directory.push_back(
                        {customerId,
                         name,
                         language,
                         QString::fromLatin1(seedName.zone),
                         {{contractId, policy.id, tier.id, fromEpoch(startsAt), {}}}});
                    context.customersByName.insert(name, &directory.back());
                    context.customersById.insert(customerId, &directory.back());
                }
            }
        }
        summary.customers = static_cast<int>(customers.size());

        // About 300 tickets: every severity of every policy, on every tier's customers. Each
        // ticket's age is chosen on the calendar of the clock that drives it, so the queue
        // shows clocks comfortably inside their target, about to breach and breached.
        const SlaEngine engine(policies);
        int combinations = 0;
        for (const Policy &policy : policies)
            combinations += static_cast<int>(policy.severities.size());
        const int perSeverity = std::max(1, 300 / combinations);
        for (const QString &login : std::as_const(logins))
            context.logins.insert(login);
        // Every ticket goes through the ticket service's checks and triage, as any other.
        QList<NewTicket> tickets;

        for (const Policy &policy : policies) {
            QList<const DemoCustomer *> own;
            for (const DemoCustomer &customer : customers) {
                if (customer.policy == &policy)
                    own.append(&customer);
            }
            for (const Severity &severity : policy.severities) {
                for (int n = 0; n < perSeverity; ++n) {
                    const DemoCustomer &customer = *own.at((n + random.below(2)) % own.size());
                    const bool french = customer.language == QLatin1String("fr");
                    const Opening &opening
                        = french ? frenchOpenings[random.below(int(std::size(frenchOpenings)))]
                                 : englishOpenings[random.below(int(std::size(englishOpenings)))];
                    const QString title = QString::fromUtf8(opening.title);
                    const QString contact = french ? pickText(random, frenchContacts)
                                                   : pickText(random, englishContacts);
                    const QString firstName = contact.section(u' ', 0, 0);
                    const auto say = [&](const char *const(&en)[3], const char *const(&fr)[3]) {
                        return french ? pickText(random, fr) : pickText(random, en);
                    };
                    const QString channel = random.pick(policy.channels).id;
                    const QString assignee = random.chance(0.7)
                                                 ? logins.value(random.pick(agentIds))
                                                 : QString();

                    // New tickets await their first response; open ones were answered and run
                    // towards resolution; some wait on the customer; some are resolved.
                    QString status = QStringLiteral("open");
                    const double roll = random.unit();
                    if (roll < 0.45)
                        status = QStringLiteral("new");
                    else if (roll < 0.58)
                        status = QStringLiteral("waiting-customer");
                    else if (roll < 0.68)
                        status = QStringLiteral("resolved");

                    // The share of its target the driving clock has used: most tickets are
                    // comfortable, some at risk, a handful breached, as a desk that keeps up.
                    const double roll2 = random.unit();
                    const double share = roll2 < 0.80   ? 0.05 + 0.6 * random.unit()
                                         : roll2 < 0.94 ? 0.76 + 0.22 * random.unit()
                                                        : 1.05 + 1.0 * random.unit();
                    Metric driving = status == QLatin1String("new") ? Metric::InitialResponse
                                                                    : Metric::Resolution;
                    // An immediate first response is breached the moment it waits: a desk that
                    // keeps up has answered those, but for the breached share.
                    // An immediate first response is breached the moment it waits: a desk that
                    // keeps up answers those at once (a new one becomes open), but for the
                    // breached share.
                    const Target *first = policy.target(Metric::InitialResponse,
                                                        severity.id,
                                                        customer.tier);
                    const bool answeredAtOnce = share < 1.0 && first
                                                && first->kind == Target::Kind::Immediate
                                                && status != QLatin1String("waiting-customer");
                    if (answeredAtOnce && status == QLatin1String("new")) {
                        status = QStringLiteral("open");
                        driving = Metric::Resolution;
                    }
                    const Target *target = policy.target(driving, severity.id, customer.tier);
                    // A new ticket with no first-response target is driven by its resolution.
                    if (!target && driving == Metric::InitialResponse)
                        target = policy.target(Metric::Resolution, severity.id, customer.tier);
                    qint64 createdAt = 0;
                    std::optional<qint64> scheduledFor;
                    if (target && target->kind != Target::Kind::BestEffort
                        && target->kind != Target::Kind::Scheduled) {
                        const BusinessCalendar &calendar = engine.calendar(policy, target->calendar);
                        Seconds budget{0};
                        if (target->kind == Target::Kind::Duration)
                            budget = target->duration;
                        else if (target->kind == Target::Kind::BusinessDays)
                            budget = *calendar.definition().businessDay * target->days;
                        else if (target->kind == Target::Kind::CalendarDays)
                            budget = Seconds{86400LL * target->days};
                        else
                            budget = Seconds{600}; // immediate: it has waited a few minutes
                        const Seconds used{qint64(double(budget.count()) * share) + 60};
                        // Calendar days run on the wall clock; everything else on its calendar.
                        createdAt = target->kind == Target::Kind::CalendarDays
                                        ? nowSeconds - used.count()
                                        : toEpoch(calendar.add(now, -used));
                    } else {
                        // No clock to aim at: an age from minutes to three weeks.
                        createdAt = nowSeconds
                                    - qint64(std::exp(std::log(120.0)
                                                      + std::log(21.0 * 86400.0 / 120.0)
                                                            * random.unit()));
                        if (target && target->kind == Target::Kind::Scheduled)
                            scheduledFor = nowSeconds + qint64((share - 1.0) * -2.0 * 86400.0);
                    }
                    const qint64 age = nowSeconds - createdAt;

                    TicketRequest request;
                    request.customer = customer.name;
                    request.title = title;
                    request.severity = severity.id;
                    request.channel = channel;
                    request.language = customer.language;
                    request.assignee = assignee;
                    request.createdAt = fromEpoch(createdAt);
                    request.description = QString::fromUtf8(opening.description);
                    request.contact = contact;
                    const auto entry = [&](qint64 at,
                                           TicketEvent::Kind kind,
                                           const QString &author,
                                           const QString &value = QString()) {
                        TicketEvent e;
                        e.at = fromEpoch(at);
                        e.kind = kind;
                        e.author = author;
                        e.value = value;
                        request.history.append(e);
                        return &request.history.last();
                    };
                    // Timeline events fall inside the ticket's life, in order.
                    // Details asked for through the portal before any answer pause the first
                    // response within minutes.
                    const bool pausedEarly = status == QLatin1String("waiting-customer") && !target;
                    // The first response comes within minutes, but for the breached share.
                    const qint64 early = std::max<qint64>(1,
                                                          share < 1.0 || pausedEarly
                                                              ? std::min<qint64>(age / 20, 300)
                                                              : age / 20);
                    qint64 at = answeredAtOnce ? createdAt : createdAt + early;
                    if (scheduledFor)
                        entry(at, TicketEvent::Kind::ScheduledFor, QString())->scheduledFor
                            = fromEpoch(*scheduledFor);
                    if (status != QLatin1String("new")) {
                        // Waiting on the customer before any answer (details asked for
                        // through the portal) pauses the first-response clock; after one, the
                        // resolution.
                        const bool pausedBeforeResponse = pausedEarly;
                        if (!pausedBeforeResponse) {
                            if (!answeredAtOnce)
                                at += early;
                            // A response is always an agent's, assigned or not.
                            entry(at,
                                  TicketEvent::Kind::Responded,
                                  assignee.isEmpty() ? logins.value(random.pick(agentIds))
                                                     : assignee,
                                  say(englishResponses, frenchResponses).arg(firstName));
                            if (random.chance(0.3)) {
                                at += std::max<qint64>(1, age / 20);
                                entry(at,
                                      TicketEvent::Kind::Note,
                                      logins.value(random.pick(agentIds)),
                                      say(englishNotes, frenchNotes));
                            }
                        }
                        if (status == QLatin1String("waiting-customer")) {
                            at += std::max<qint64>(1, pausedEarly ? 1 : age / 20);
                            entry(at, TicketEvent::Kind::StatusChanged, assignee, status);
                        } else if (status == QLatin1String("resolved")) {
                            at += std::max<qint64>(1, age / 4);
                            entry(at,
                                  TicketEvent::Kind::CustomerReplied,
                                  QString(),
                                  say(englishCustomerThanks, frenchCustomerThanks));
                            at += std::max<qint64>(1, age / 4);
                            entry(at, TicketEvent::Kind::Resolved, assignee);
                        } else if (!pausedBeforeResponse && random.chance(0.6)) {
                            // The customer answered, and the agent posted where things stand.
                            at += std::max<qint64>(1, age / 10);
                            entry(at,
                                  TicketEvent::Kind::CustomerReplied,
                                  QString(),
                                  say(englishCustomerDetails, frenchCustomerDetails));
                            at = std::max(at + 1, nowSeconds - std::min<qint64>(age / 8, 3 * 3600));
                            entry(at,
                                  TicketEvent::Kind::Updated,
                                  assignee.isEmpty() ? logins.value(random.pick(agentIds))
                                                     : assignee,
                                  say(englishUpdates, frenchUpdates));
                        }
                    }
                    tickets.append(TicketService::prepare(engine, request, context));
                    summary.events += int(tickets.constLast().events.size());
                }
            }
        }
        summary.tickets = int(SqlTicketRepository(database).createMany(tickets));

        // The after-hours desk's rotation (000): a prime and four secondaries, handing off on
        // Mondays at 09:00 Toronto, from the Monday three weeks back; R&D on demand; one
        // override this week and one person's leave ahead, so the page has something to show.
        {
            SqlOnCallRepository oncall(database);
            const date::time_zone &toronto = *date::locate_zone("America/Toronto");
            const date::local_days threeWeeksBack = date::floor<date::days>(
                toronto.to_local(fromEpoch(nowSeconds - 21 * 86400LL)));
            const date::local_days monday = threeWeeksBack
                                            - (date::weekday{threeWeeksBack}
                                               - date::Monday); // on or before
            QStringList roster;
            for (int position = 0; position < 5; ++position)
                roster.append(logins.value(agentIds.at(position)));
            Rotation rotation = OnCallService::afterHoursPreset(roster, monday);
            rotation.level2 = {logins.value(agentIds.at(5)), logins.value(agentIds.at(6))};
            for (const DemoPerson &person : people) {
                if (qstrcmp(person.role, "manager") == 0) {
                    rotation.level3.append(QString::fromLatin1(person.login));
                    break;
                }
            }
            rotation = oncall.create(rotation);
            const OnCallSchedule schedule({{1, fromEpoch(0), QString(), rotation}});
            const OnCallAnswer thisWeek = schedule.at(fromEpoch(nowSeconds));
            OnCallOverride cover;
            cover.rotationId = rotation.id;
            cover.start = fromEpoch(nowSeconds + 86400);
            cover.end = cover.start + Seconds{86400};
            cover.covered = thisWeek.secondaries.value(0);
            cover.cover = logins.value(agentIds.at(5));
            cover.note = QStringLiteral("Swap agreed on the team channel");
            if (!cover.covered.isEmpty())
                oncall.addOverride(cover);
            const OnCallAnswer inFiveWeeks = schedule.at(fromEpoch(nowSeconds + 35 * 86400LL));
            DeclaredLeave away;
            away.person = inFiveWeeks.prime;
            away.start = inFiveWeeks.periodStart + Seconds{2 * 86400};
            away.end = away.start + Seconds{3 * 86400};
            away.note = QStringLiteral("Conference");
            if (!away.person.isEmpty())
                oncall.declareLeave(away);
        }

        // The maintenance windows of the seeds, stored as the maintenance calendar stores them,
        // and their platforms' customers: 002's cloud customers on NUP or NGP, 001's on its
        // network-monitoring service.
        SqlMaintenanceRepository maintenance(database);
        for (const MaintenanceWindow &window : MaintenancePresets::all()) {
            maintenance.create(window);
            ++summary.maintenanceWindows;
        }
        for (qsizetype i = 0; i < customers.size(); ++i) {
            const DemoCustomer &customer = customers.at(i);
            if (customer.policy->id == QLatin1String("cloud-tiers"))
                maintenance.subscribe(customer.id,
                                      i % 2 == 0 ? QStringLiteral("NUP") : QStringLiteral("NGP"));
            else if (customer.policy->id == QLatin1String("netmon-v2"))
                maintenance.subscribe(customer.id, QStringLiteral("Network monitoring"));
        }

        // Coaching logged against the expertise hours of the cloud tiers: the paid tiers' own
        // hours, and a 5-hour pack valid twelve months for the Standard customers, who buy
        // them. Each session takes its minutes as the ledger would give them, the rest
        // recorded as an overage, so the demo's balances are what the console computes.
        SqlContractRepository ledgerRepository(database);
        QHash<qint64, const Customer *> directoryById;
        for (const Customer &c : directory)
            directoryById.insert(c.id, &c);
        for (const DemoCustomer &customer : customers) {
            if (customer.policy->id != QLatin1String("cloud-tiers"))
                continue;
            const Customer &known = *directoryById.value(customer.id);
            const Policy *policy = customer.policy;
            QList<ExpertisePack> packs;
            if (customer.tier == QLatin1String("standard")) {
                ExpertisePack pack;
                pack.id = 0;
                pack.customerId = customer.id;
                pack.minutes = 5 * 60;
                pack.boughtAt = fromEpoch(nowSeconds - 75 * 86400LL);
                pack.expiresAt = fromEpoch(nowSeconds - 75 * 86400LL + 365 * 86400LL);
                pack.note = QStringLiteral("Expertise pack, 5 h");
                pack.id = ledgerRepository.addPack(pack);
                packs.append(pack);
            }
            QList<ExpertiseEntry> logged;
            const int entries = 1 + random.below(4);
            for (int i = 0; i < entries; ++i) {
                const Topic &topic = coachingTopics[random.below(std::size(coachingTopics))];
                ExpertiseEntry entry;
                entry.customerId = customer.id;
                entry.coach = logins.value(random.pick(coachIds));
                entry.at = fromEpoch(nowSeconds - random.below(60) * 86400LL - random.below(86400));
                entry.minutes = 15 * (1 + random.below(6));
                entry.kind = ExpertiseKinds::all().at(random.below(6));
                entry.language = QString::fromLatin1(topic.language);
                entry.notes = QString::fromUtf8(topic.text);
                entry.beyond = packs.isEmpty() ? Beyond::Overage : Beyond::Pack;
                const ExpertiseLedger ledger(
                    known,
                    [policy](const Contract &c) { return policy->tier(c.tier); },
                    packs,
                    logged);
                ExpertiseDraw draw = ledger.draw(entry.at, entry.minutes, entry.beyond, now);
                if (draw.shortMinutes > 0) {
                    entry.beyond = Beyond::Overage;
                    draw = ledger.draw(entry.at, entry.minutes, entry.beyond, now);
                }
                entry.fromIncluded = draw.fromIncluded;
                entry.packDraws = draw.packDraws;
                entry.overage = draw.overage;
                entry.id = ledgerRepository.addEntry(entry);
                logged.append(entry);
                ++summary.expertiseEntries;
            }
        }
    }
    transaction.commit();
    return summary;
}

bool DemoData::populateIfEmpty(Database &database, std::chrono::sys_seconds now, quint32 seed)
{
    // The person who set the database up may be its only user yet: customers say it is in use.
    if (SqlDatabaseSummary(database).holdsData())
        return false;
    populate(database, now, seed);
    return true;
}

} // namespace hourglass
