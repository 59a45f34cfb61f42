// hourglass-cli's commands in one table: what runs each, and all the help about it.
#include "cli/commandtable.h"

#include "cli/calendarcommands.h"
#include "cli/contractcommands.h"
#include "cli/databasecommands.h"
#include "cli/deskcommands.h"
#include "cli/maintenancecommands.h"
#include "cli/oncallcommands.h"
#include "cli/policycommands.h"
#include "cli/reportcommands.h"
#include "cli/slacommands.h"
#include "cli/ticketcommands.h"

namespace hourglass::cli {

namespace {

// Options several commands share, described once.
const CommandOption databaseOption{
    "database",
    "URL",
    "the database: sqlite:PATH or postgresql://user@host:port/database (libpq options such as "
    "?sslmode=verify-full may follow); default: the embedded database in the user's data folder"};
const CommandOption jsonOption{"json", "", "one JSON object per line instead of text"};
const CommandOption userOption{"user",
                               "LOGIN",
                               "who writes, recorded with every change (default: $USER)"};

std::vector<Command> makeTable()
{
    return {
        {.name = "info",
         .run = runInfoCommand,
         .synopsis = {"info"},
         .summary = "the database in use, its schema version and how many rows each table holds",
         .description = "Opens the database, bringing its schema up to date as every command "
                        "does, and prints its URL, its schema version and the number of rows of "
                        "each table. It never adds demo data.",
         .options = {databaseOption, jsonOption},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli --database sqlite:/tmp/team.sqlite info"},
        {.name = "demo",
         .run = runDemoCommand,
         .synopsis = {"demo"},
         .summary = "fill an empty database with the demo data (refuses one that holds data)",
         .description = "Fills an empty database with demo data generated relative to now: "
                        "customers on every tier of the preset policies, about 300 tickets, an "
                        "on-call rotation, maintenance windows and coaching hours. A database "
                        "that already holds customers or tickets is refused (exit status 1).",
         .options = {databaseOption, jsonOption},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli --database sqlite:/tmp/demo.sqlite demo"},
        {.name = "migrate",
         .run = runMigrateCommand,
         .synopsis = {"migrate"},
         .summary = "bring the schema up to date and print its version",
         .description = "Brings the database's schema up to the version this program needs, "
                        "one transaction per version, and prints the schema version. On "
                        "PostgreSQL it runs as the database's owner, under a lock, so two "
                        "migrations never run at once, and makes the owner the database's first "
                        "administrator; every other command only checks the version and refuses "
                        "a database that is not up to date. A SQLite file is brought up to date "
                        "by whichever command opens it.",
         .options = {databaseOption, jsonOption},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli --database postgresql://owner@db.example.org:5432/support \\\n"
                    "    migrate"},
        {.name = "ticket",
         .run = runTicketCommand,
         .synopsis = {"ticket list [--all]",
                      "ticket show ID [--at ISO8601]",
                      "ticket create --customer NAME --title TEXT [--description TEXT]\n"
                      "    [--contact NAME] [--severity ID] [--channel ID]\n"
                      "    [--area ID] [--language CODE] [--assignee LOGIN]",
                      "ticket update ID --version N [--title TEXT] [--severity ID]\n"
                      "    [--tier ID] [--status STATUS] [--assignee LOGIN]",
                      "ticket event ID --kind KIND [--text TEXT] [--at ISO8601]",
                      "ticket reply ID --text TEXT [--internal] [--version N]",
                      "ticket customer-message ID --text TEXT [--contact NAME]",
                      "ticket search WORDS... [--scope SCOPE] [--limit N]"},
         .summary = "tickets from scripts; update is refused (exit status 3) on a stale version",
         .description
         = "Reads and writes the tickets of the database. \"list\" prints the open tickets, one "
           "per line: number, status, severity, assignee, version, customer and title, separated "
           "by tabs. \"show\" prints one ticket with its SLA clocks, its timeline and its "
           "conversation. \"create\" opens a ticket for a customer under the contract in force "
           "now and prints its number; with no --severity the policy's triage rules choose one. "
           "\"update\" changes the given fields of a ticket, and is refused as a conflict when "
           "the ticket is no longer at --version. \"event\" adds an event to a ticket's "
           "timeline. \"reply\" writes to the customer as the console does: the first response "
           "on a new ticket (which opens it), a public update after that, or with --internal a "
           "note the customer never sees. \"customer-message\" records what the customer "
           "wrote, and runs a clock paused while waiting on them again. \"search\" finds "
           "tickets by the words of their titles, descriptions and messages, best first, one per "
           "line: number, status, title and the best matching passage, matches in [[brackets]].",
         .options
         = {databaseOption,
            userOption,
            jsonOption,
            {"all", "", "list: resolved tickets too"},
            {"at",
             "ISO8601",
             "show: the instant the SLA clocks are read at; event: when it happened "
             "(default: now)"},
            {"customer", "NAME", "create: the customer's name (required)"},
            {"title", "TEXT", "create, update: the ticket's title (required to create)"},
            {"description", "TEXT", "create: what the customer asked, in their words"},
            {"contact",
             "NAME",
             "create: who asked at the customer; customer-message: who wrote (default: the "
             "ticket's contact, else the customer)"},
            {"severity", "ID", "create, update: a severity of the customer's policy, such as p1"},
            {"channel",
             "ID",
             "create: how the ticket came in, a channel of the policy (default: its "
             "first)"},
            {"area",
             "ID",
             "create: the product area, one the policy names; a beta feature's ticket has no "
             "SLA"},
            {"language", "CODE", "create: the ticket's language, en or fr (default: the customer's)"},
            {"assignee", "LOGIN", "create, update: who works on it; an empty value unassigns", true},
            {"version",
             "N",
             "update: the version the change is based on, as list or show printed it "
             "(required); reply: the same (default: the current version)"},
            {"tier", "ID", "update: a tier of the customer's policy"},
            {"status", "STATUS", "update: new, open, waiting-customer, scheduled or resolved"},
            {"kind", "KIND", "event: responded, updated, customer-replied or note (required)"},
            {"text",
             "TEXT",
             "event: what was said or done; reply, customer-message: what was written "
             "(required)"},
            {"internal", "", "reply: an internal note rather than a reply to the customer"},
            {"scope", "SCOPE", "search: open, resolved or all tickets (default: all)"},
            {"limit", "N", "search: at most N tickets (default: 50)"}},
         .exitStatuses = {0, 1, 2, 3},
         .example = "hourglass-cli ticket update 42 --version 3 --status resolved"},
        {.name = "import",
         .run = runImportCommand,
         .synopsis = {"import tickets|customers FILE"},
         .summary = "import a CSV file (RFC 4180) of tickets or customers: all rows or none",
         .description = "Reads a CSV file (RFC 4180) of tickets or of customers, in the columns "
                        "that export writes, and stores every row in one transaction: a row "
                        "that does not parse refuses the whole file and names the row. FILE - "
                        "reads standard input.",
         .options = {databaseOption, userOption, jsonOption},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli import customers customers.csv"},
        {.name = "export",
         .run = runExportCommand,
         .synopsis = {"export tickets|customers [FILE]"},
         .summary = "write the tickets or the customers as CSV (RFC 4180), to FILE or stdout",
         .description = "Writes every ticket or every customer as CSV (RFC 4180) to FILE, or to "
                        "standard output when FILE is - or absent. import reads the same "
                        "columns back.",
         .options = {databaseOption, userOption},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli export tickets tickets.csv"},
        {.name = "policy",
         .run = runPolicyCommand,
         .synopsis = {"policy list", "policy show ID [--version N]", "policy import FILE"},
         .summary = "the SLA policies stored, each version a row; import a policy file",
         .description
         = "Reads and adds the SLA policies of the database, each version a row of its own; "
           "every new database holds the preset policies. \"list\" prints each policy's id, "
           "newest version and name, separated by tabs. \"show\" prints a stored policy "
           "document, the newest version unless --version says which. \"import\" reads a policy "
           "file (format hourglass-policy/1) and stores it as a new version: a file that does not "
           "parse is refused whole, naming the JSON path at fault, and an id and version already "
           "stored with another document or older than the newest stored are refused (exit "
           "status 2); nothing is written then. Importing a newer version moves every open "
           "ticket of that policy onto it (a policy-changed event): running clocks keep the time "
           "they have used and take the new targets; a version that lacks the severity or tier "
           "of an open ticket is refused. A console started before keeps the policies it read "
           "until it is restarted. FILE - reads standard input.",
         .options = {databaseOption,
                     userOption,
                     jsonOption,
                     {"version", "N", "show: which version (default: the newest)"}},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli policy import netmon-v3.json"},
        {.name = "maintenance",
         .run = runMaintenanceCommand,
         .synopsis = {"maintenance occurrences --from DATE --to DATE",
                      "maintenance list",
                      "maintenance import FILE",
                      "maintenance export [FILE]",
                      "maintenance presets",
                      "maintenance notice OCCURRENCE --eml DIR",
                      "maintenance notice OCCURRENCE --mailto",
                      "maintenance reminders --eml DIR|--mailto"},
         .summary = "maintenance windows: their occurrences, .ics import and export, presets, "
                    "customer notices",
         .description
         = "Reads and writes the maintenance windows of the database, recurring stretches of "
           "wall-clock time in a zone of their own (RFC 5545 rules, expanded with libical). "
           "\"occurrences\" prints every occurrence running between --from and --to, one per "
           "line: start and end in ISO 8601 UTC, title, platform and the occurrence's name "
           "(the window's UID, / and the start), separated by tabs; a DATE "
           "is a day (2026-01-31, from its start for --from, to its end for --to, in UTC) or an "
           "ISO 8601 instant; occurrences of two windows of one platform that overlap are "
           "warned about on standard error. \"list\" prints each window: id, version, "
           "platform, title, first start, zone and rule. \"import\" reads an iCalendar file "
           "(VEVENTs with RRULE, EXDATE, RDATE, and RECURRENCE-ID for moved or cancelled "
           "occurrences) and stores its windows in one transaction: a window whose UID is stored "
           "replaces it, the others are added; a file with any problem is refused whole, naming "
           "its line, and nothing changes. \"export\" writes every window as iCalendar, with "
           "a VTIMEZONE per zone, to FILE or to standard output when FILE is - or absent. "
           "\"presets\" installs the windows of the seed documents (NUP and NGP 00:00-06:00 "
           "Paris, network-monitoring outages on Saturdays 07:00-09:00 New York), replacing "
           "them if installed before. FILE - reads standard input. \"notice\" makes a notice of "
           "OCCURRENCE (a name \"occurrences\" prints; a cancelled occurrence is named by the "
           "start its rule gave it) for each customer subscribed to the window's platform, in "
           "the customer's language (English or French) and time zone, with an iCalendar "
           "invitation attached (METHOD:REQUEST, or METHOD:CANCEL for a cancelled occurrence, "
           "with a SEQUENCE that goes up with every change of the window, and a reminder "
           "--reminder hours before): with --eml, one .eml file per customer in DIR; with "
           "--mailto, one mailto: link per customer on standard output. Each notice is recorded "
           "(who was sent what, when and by whom); a bad OCCURRENCE is refused and nothing is "
           "written. \"reminders\" sends the reminders that are due: to each customer whose "
           "notice's reminder time has come, for an occurrence not yet started and neither "
           "moved nor cancelled since, a reminder in their language with the same invitation; "
           "each is recorded, so a second run sends nothing again.",
         .options = {databaseOption,
                     userOption,
                     jsonOption,
                     {"from", "DATE", "occurrences: the start of the range (required)"},
                     {"to", "DATE", "occurrences: the end of the range, excluded (required)"},
                     {"eml", "DIR", "notice, reminders: the folder the .eml files are written to"},
                     {"mailto", "", "notice, reminders: print mailto: links instead of files"},
                     {"reminder", "HOURS", "notice: the reminder before the start (default 48)"},
                     {"sender",
                      "ADDRESS",
                      "notice, reminders: who notices come from (\"Name <address>\")"}},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli maintenance occurrences --from 2026-01-01 --to 2026-01-31"},
        {.name = "oncall",
         .run = runOnCallCommand,
         .synopsis = {"oncall who --at ISO8601 [--rotation NAME]\n    [--as-known-at ISO8601]",
                      "oncall shifts --from DATE --to DATE [--rotation NAME]\n"
                      "    [--person LOGIN]",
                      "oncall lint [--rotation NAME]",
                      "oncall export-ics FILE [--rotation NAME] [--person LOGIN]\n"
                      "    [--from DATE --to DATE]",
                      "oncall override add --for LOGIN --cover LOGIN\n"
                      "    --from ISO8601 --to ISO8601 [--rotation NAME] [--note TEXT]",
                      "oncall override list [--rotation NAME]",
                      "oncall override withdraw ID --version N",
                      "oncall leave add --person LOGIN --from ISO8601 --to ISO8601",
                      "oncall rotations",
                      "oncall create --name NAME --zone ZONE --first-handoff DATE\n"
                      "    --people LOGINS [--period PERIOD] [--every DAYS]\n"
                      "    [--handoff-time HH:MM] [--dates DATES] [--secondaries N]\n"
                      "    [--level2 LOGINS] [--level3 LOGINS]",
                      "oncall edit --rotation NAME --version N [the options of create]"},
         .summary = "on-call rotations: who is on call, shifts, lint, .ics export, overrides, "
                    "leave",
         .description
         = "Reads and writes the on-call rotations of the database. A rotation hands off at one "
           "wall-clock time in its own zone, daily, weekly, every N days or on listed dates; each "
           "period has a prime and secondaries in roster order after the prime. A handoff time "
           "the clocks skip happens at the first instant after the gap, one they repeat at its "
           "first occurrence, and a shift across a change lasts an hour more or less "
           "(docs/oncall.md). \"who\" prints who is on call at --at: the prime, the secondaries "
           "in the order they are tried, the level-2 and level-3 contacts and the shift, one per "
           "line; a past instant is answered as the schedule stood then, or as it stood at "
           "--as-known-at. \"shifts\" prints each person's shifts during [--from, --to): start, "
           "end, hours, role and person, separated by tabs. \"lint\" prints what is wrong in "
           "the twelve months from now: gaps, overlapping or unused overrides, someone in two "
           "roles at once, shifts of 23 or 25 hours, shifts on declared leave. \"export-ics\" "
           "writes the shifts of the next twelve months (or of [--from, --to)) as iCalendar with "
           "the rotation's VTIMEZONE, for one --person or the whole rotation; FILE - is "
           "standard output. \"override add\" has --cover stand in for --for wherever --for is "
           "on call during [--from, --to); an override of an override names the person the "
           "first one put on call. \"override withdraw\" withdraws one at --version (kept for "
           "the history). \"leave add\" declares someone's leave. \"create\" and \"edit\" "
           "store a rotation; an edit adds a revision at --version and is refused as a conflict "
           "(exit status 3) when the rotation changed since. --rotation may be left out when "
           "the database has one rotation. LOGINS and DATES are comma-separated.",
         .options
         = {databaseOption,
            userOption,
            jsonOption,
            {"at", "ISO8601", "who: the instant asked about (required)"},
            {"as-known-at",
             "ISO8601",
             "who: answer with the schedule as it stood at this instant (default: as it stood "
             "at --at)"},
            {"rotation", "NAME", "the rotation's name (default: the only one)"},
            {"from", "DATE", "the start of the range: a day (UTC) or an ISO 8601 instant"},
            {"to", "DATE", "the end of the range, excluded"},
            {"person", "LOGIN", "shifts, export-ics: only this person's; leave: whose leave"},
            {"for", "LOGIN", "override add: who is covered (required)"},
            {"cover", "LOGIN", "override add: who covers (required)"},
            {"note", "TEXT", "override add, leave add: why"},
            {"version", "N", "the version the change is based on (required to edit or withdraw)"},
            {"name", "NAME", "create, edit: the rotation's name"},
            {"zone", "ZONE", "create, edit: the IANA zone of the handoff time"},
            {"period", "PERIOD", "create, edit: daily, weekly (default), every-n-days or custom"},
            {"every", "DAYS", "create, edit: the length of an every-n-days period"},
            {"first-handoff", "DATE", "create, edit: the local date of the first handoff"},
            {"handoff-time", "HH:MM", "create, edit: the wall-clock handoff time (default 09:00)"},
            {"dates", "DATES", "create, edit: a custom rotation's later handoff dates"},
            {"people", "LOGINS", "create, edit: the roster, in order"},
            {"secondaries",
             "N",
             "create, edit: how many secondaries follow the prime (default: everyone else)"},
            {"level2", "LOGINS", "create, edit: second-level R&D contacts, paged on demand"},
            {"level3", "LOGINS", "create, edit: third-level R&D contacts, paged on demand"}},
         .exitStatuses = {0, 1, 2, 3},
         .example = "hourglass-cli oncall who --at 2026-03-08T06:30:00Z --json"},
        {.name = "desk",
         .run = runDeskCommand,
         .synopsis = {"desk intake --customer NAME --caller TEXT --callback PHONE\n"
                      "    --urgency URGENCY --description TEXT [--rotation NAME]\n"
                      "    [--timeout MINUTES]",
                      "desk attempt RUN --outcome OUTCOME [--step N] [--contact LOGIN]\n"
                      "    [--note TEXT] [--version N]",
                      "desk page RUN --level 2|3 [--note TEXT] [--version N]",
                      "desk resolve RUN --outcome RESOLUTION [--note TEXT]\n"
                      "    [--version N]",
                      "desk show RUN",
                      "desk runs [--all]",
                      "desk notify [--wait SECONDS]"},
         .summary = "the after-hours desk: take a call, run the escalation until someone owns it",
         .description
         = "The after-hours desk of the on-call rotation (docs/oncall.md, \"Escalation runs\"). "
           "\"intake\" takes a call down as a ticket (the urgency is its severity, the channel "
           "the desk's phone, the contact the caller); an urgent or critical call also starts an "
           "escalation run over whoever is on call now: the prime, then each secondary in "
           "rotation order, each given --timeout minutes (default 10) to acknowledge, round after "
           "round until someone does. Nothing is written when the call is refused, nobody on call "
           "included. \"attempt\" logs the outcome of a call to the contact of --step (default: "
           "the step running now): no-answer, voicemail or declined move the run to the next "
           "contact at once; acknowledged makes the contact (or --contact, one of the run's "
           "contacts calling back) the owner and assigns the ticket to them. One owner only: a "
           "second claim, or any change made on a stale --version, is refused as a conflict "
           "(exit status 3) that names who owns the run. \"page\" pages the level-2 or level-3 "
           "R&D contacts on call now, on demand. \"resolve\" records how the owned incident "
           "ended: de-escalated, fixed or rolled-back (to the last working release). Every "
           "attempt, page and outcome is also an internal note on the ticket. \"show\" prints a "
           "run: who is being called and when the next step starts, then the attempt ledger; "
           "\"runs\" lists the runs under way (--all: ended ones too). Without --version, a "
           "change is made on the run as it is when the command reads it. \"notify\" sends what "
           "the desk "
           "sends by itself and is due now, as a console does every few seconds: an email to the "
           "contact of each run's running step, the webhook, and an email to the support inbox for "
           "each call that is not urgent, with the desk settings (Settings, After-hours desk); "
           "it waits for the answers (at most --wait seconds, default 60), prints one line per "
           "send and exits with status 1 if any failed. A send another console claimed is left "
           "to it.",
         .options
         = {databaseOption,
            userOption,
            jsonOption,
            {"customer", "NAME", "intake: the customer who called (required)"},
            {"caller", "TEXT", "intake: who called (required)"},
            {"callback", "PHONE", "intake: the number to call back (required)"},
            {"urgency",
             "URGENCY",
             "intake: not-urgent, urgent or critical, as the caller says (required)"},
            {"description", "TEXT", "intake: the situation, in the caller's words (required)"},
            {"rotation", "NAME", "intake: the on-call rotation (default: the only one)"},
            {"timeout",
             "MINUTES",
             "intake: each contact's time to acknowledge, 1 to 1440 (default 10)"},
            {"outcome",
             "OUTCOME",
             "attempt: no-answer, voicemail, declined or acknowledged; resolve: "
             "de-escalated, fixed or rolled-back (required)"},
            {"step", "N", "attempt: the step the outcome answers (default: the running one)"},
            {"contact", "LOGIN", "attempt: who acknowledged, when not the step's contact"},
            {"level", "2|3", "page: the R&D level to page (required)"},
            {"note", "TEXT", "attempt, page, resolve: what to add to the ledger"},
            {"version", "N", "the run's version the change is based on"},
            {"all", "", "runs: ended runs too"},
            {"wait", "SECONDS", "notify: how long to wait for the answers (default 60)"}},
         .exitStatuses = {0, 1, 2, 3},
         .example
         = "hourglass-cli desk intake --customer \"Northwind Cloud\" --caller \"Ana Ruiz\" \\\n"
           "    --callback \"+1 613 555 0100\" --urgency critical \\\n"
           "    --description \"Every VM of the cluster is down\""},
        {.name = "customer",
         .run = runCustomerCommand,
         .synopsis = {"customer list", "customer show CUSTOMER"},
         .summary = "customers: their contracts, entitlements, requests and open tickets",
         .description
         = "\"list\" prints every customer: number, name, policy and tier in force, time zone "
           "and language, separated by tabs. \"show\" prints one customer (a number or a name): "
           "the contract history with each tier change (upgrade or downgrade, who recorded it, "
           "the day billing follows it), the entitlements as of now (expertise hours this month, "
           "privileged expert access, phone tickets, 24x7 reception, languages, the most urgent "
           "severity's resolution target), downgrade requests, this month's expertise balance "
           "and the open tickets (docs/contracts.md).",
         .options = {databaseOption, userOption, jsonOption},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli customer show \"Northwind Traders\" --json"},
        {.name = "contract",
         .run = runContractCommand,
         .synopsis = {"contract show CUSTOMER",
                      "contract upgrade CUSTOMER --tier TIER [--version N]",
                      "contract downgrade CUSTOMER --tier TIER --reason TEXT\n"
                      "    [--version N]",
                      "contract carry-out REQUEST [--version N]",
                      "contract withdraw REQUEST [--version N]",
                      "contract requests"},
         .summary = "tier changes: upgrades at once, downgrades through support",
         .description
         = "Changes the tier of the contract in force (docs/contracts.md). \"upgrade\" moves it "
           "to a higher tier of its policy at once: the SLA targets and entitlements apply from "
           "this instant (the open tickets' running clocks are re-targeted, keeping their elapsed "
           "time) and billing follows from the first day of next month in the customer's zone. "
           "\"downgrade\" (or any change that is not an upgrade) records a request for support "
           "and opens a ticket to track it; nothing changes until \"carry-out\" does it, "
           "effective then and billed from the first of the next month. \"withdraw\" drops a "
           "pending request; \"requests\" lists them all. Without --version a change is made on "
           "the contract or request as the command reads it; a change on a stale version is "
           "refused (exit status 2 by the service, 3 when a concurrent writer won).",
         .options = {databaseOption,
                     userOption,
                     jsonOption,
                     {"tier", "TIER", "upgrade, downgrade: the tier's id (required)"},
                     {"reason", "TEXT", "downgrade: why, as the customer said it"},
                     {"version", "N", "the version the change is based on"}},
         .exitStatuses = {0, 1, 2, 3},
         .example = "hourglass-cli contract upgrade \"Northwind Traders\" --tier gold"},
        {.name = "expertise",
         .run = runExpertiseCommand,
         .synopsis = {"expertise log --customer CUSTOMER --date DATE\n"
                      "    (--minutes N|--hours H) --kind KIND [--language fr|en]\n"
                      "    [--notes TEXT] [--ticket N] [--coach LOGIN]\n"
                      "    [--beyond pack|overage]",
                      "expertise reverse ENTRY --reason TEXT",
                      "expertise pack --customer CUSTOMER (--hours H|--minutes N)\n"
                      "    [--bought DATE] [--expires DATE] [--note TEXT]",
                      "expertise balance --customer CUSTOMER --month YYYY-MM",
                      "expertise ledger --customer CUSTOMER --month YYYY-MM\n"
                      "    [--csv FILE]",
                      "expertise statement --customer CUSTOMER --month YYYY-MM\n"
                      "    --pdf FILE"},
         .summary = "the expertise-hours ledger: sessions, packs, balances, statements",
         .description
         = "The coaches' ledger of expertise hours (docs/contracts.md). \"log\" records a "
           "session in 15-minute steps of one kind: discovery, target-architecture, "
           "daily-advice, troubleshooting, p1-rapid-action or report-and-sizing; DATE is a day "
           "(09:00 in the customer's zone) or an ISO 8601 instant. A session takes the month's "
           "included hours first; what goes beyond them is refused unless --beyond says to draw "
           "on a pack or to record an overage: the balance never goes negative unseen. "
           "\"reverse\" corrects an entry by a reversing entry, never by an edit. \"pack\" "
           "records an expertise pack bought by the customer, with an optional expiry. "
           "\"balance\" prints a month: included, carried over, in packs, used, left and the "
           "75 % and 100 % warnings. \"ledger\" prints the month's entries, or writes them as "
           "CSV (FILE - is standard output). \"statement\" writes the month as a PDF statement "
           "in the customer's language.",
         .options = {databaseOption,
                     userOption,
                     jsonOption,
                     {"customer", "CUSTOMER", "the customer, by number or name (required)"},
                     {"date", "DATE", "log: when the session took place (required)"},
                     {"minutes", "N", "log, pack: the length in minutes"},
                     {"hours", "H", "log, pack: the length in hours (1.5 is 90 minutes)"},
                     {"kind", "KIND", "log: the kind of session (required)"},
                     {"language", "fr|en", "log: the session's language (default: the customer's)"},
                     {"notes", "TEXT", "log: what was done"},
                     {"ticket", "N", "log: the ticket the session was for"},
                     {"coach", "LOGIN", "log: who coached (default: you)"},
                     {"beyond",
                      "pack|overage",
                      "log: what the session may take once the included hours are used"},
                     {"reason", "TEXT", "reverse: why the entry is reversed (required)"},
                     {"bought", "DATE", "pack: when it was bought (default: now)"},
                     {"expires", "DATE", "pack: when what is left of it lapses"},
                     {"note", "TEXT", "pack: the order's reference or a remark"},
                     {"month", "YYYY-MM", "balance, ledger, statement: the month (required)"},
                     {"csv", "FILE", "ledger: write the month as CSV"},
                     {"pdf", "FILE", "statement: the PDF file to write (required)"}},
         .exitStatuses = {0, 1, 2, 3},
         .example = "hourglass-cli expertise log --customer \"Northwind Traders\" \\\n"
                    "    --date 2026-03-04 --hours 1.5 --kind target-architecture"},
        {.name = "watch",
         .run = runWatchCommand,
         .synopsis = {"watch"},
         .summary = "one JSON line per change any client writes, until interrupted",
         .description = "Follows the database's change feed and prints one JSON object per line "
                        "for every change any client writes: table, row id, kind, change number, "
                        "and when it was written and received (ms since the epoch). It runs "
                        "until interrupted (SIGINT or SIGTERM), then exits 0.",
         .options = {databaseOption, userOption, jsonOption},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli --database postgresql://agent@db.example.org:5432/support \\\n"
                    "    watch"},
        {.name = "calendar",
         .run = runCalendarCommand,
         .synopsis = {"calendar add --calendar FILE --from ISO8601 --seconds N",
                      "calendar between --calendar FILE --from ISO8601 --to ISO8601",
                      "calendar explain --calendar FILE --from ISO8601 --to ISO8601",
                      "calendar add|between --calendar FILE --batch FILE"},
         .summary = "business-time arithmetic on a calendar file",
         .description = "Business-time arithmetic on a calendar JSON file (its zone, weekly "
                        "hours, holidays and exceptions). \"add\" prints the deadline N business "
                        "seconds after FROM (before it when N is negative); \"between\" prints "
                        "the business seconds in [FROM, TO); \"explain\" cuts [FROM, TO) into "
                        "working, outside-hours and holiday stretches. Instants are ISO 8601 "
                        "with a zone, such as 2026-03-09T13:30:00Z or 2026-03-06T17:55:00+01:00.",
         .options = {{"calendar", "FILE", "the calendar JSON file (required)"},
                     {"from", "ISO8601", "the start instant"},
                     {"seconds", "N", "add: business seconds to add (negative: subtract)"},
                     {"to", "ISO8601", "between, explain: the end instant, excluded"},
                     {"batch",
                      "FILE",
                      "add, between: one query per line, \"FROM SECONDS\" or \"FROM TO\", one "
                      "answer per line; FILE - reads standard input; replaces --from and "
                      "--seconds or --to"},
                     jsonOption},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli calendar add --calendar helpdesk-8x5.json \\\n"
                    "    --from 2026-03-06T16:00:00Z --seconds 7200"},
        {.name = "sla",
         .run = runSlaCommand,
         .synopsis = {"sla explain --policy FILE|PRESET --ticket FILE [--at ISO8601]",
                      "sla explain --policy FILE|PRESET --opened ISO8601\n"
                      "    [--severity ID] [--tier ID] [--channel ID] [--at ISO8601]"},
         .summary = "every SLA clock of a ticket at an instant: state, due time, and why",
         .description = "Prints every SLA clock of a ticket at --at: its state, its due time, "
                        "the time remaining and the calendar rules behind them. The ticket is a "
                        "ticket file (its timeline), or with --opened a ticket opened then "
                        "(what-if). The policy is a policy JSON file or the id of a preset: "
                        "afterhours-desk, cloud-tiers, helpdesk-matrix, netmon-v2 or "
                        "provisioning-terms.",
         .options = {{"policy", "FILE|PRESET", "the policy file or preset id (required)"},
                     {"ticket", "FILE", "a ticket file: its events, in time order"},
                     {"opened", "ISO8601", "instead of --ticket: when the ticket was opened"},
                     {"severity",
                      "ID",
                      "with --opened: its severity (default: as the policy's triage rules "
                      "choose)"},
                     {"tier", "ID", "with --opened: the customer's tier (default: the first)"},
                     {"channel",
                      "ID",
                      "with --opened: how it came in (default: the policy's first channel)"},
                     {"at", "ISO8601", "the instant the clocks are read at (default: now)"},
                     jsonOption},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli sla explain --policy cloud-tiers \\\n"
                    "    --opened 2026-03-06T17:55:00+01:00 --severity p1 --tier gold"},
        {.name = "report",
         .run = runReportCommand,
         .synopsis = {"report sla [--from DATE] [--to DATE]\n"
                      "    [--by severity|policy-severity|tier|metric|customer|month]",
                      "report forecast [--hours 1,4,8]"},
         .summary = "SLA attainment over a range, and which clocks breach soon",
         .description
         = "\"sla\" prints the share of SLA clocks met among those decided in the range (met at "
           "their stop, breached at their due time, a running clock past due included), by "
           "severity on the common urgency scale (the default), by each policy's severity, tier, "
           "metric, customer or month, with the breached tickets of each line and the whole. A "
           "best-effort clock, one not due yet and one waiting on the customer count in no line. "
           "\"forecast\" prints how many running clocks breach within each number of business "
           "hours of their own calendar if nobody acts, maintenance windows included, and the "
           "tickets (docs/dashboards.md). DATE is a day in --zone (--to includes it) or an ISO "
           "8601 instant.",
         .options = {databaseOption,
                     userOption,
                     {"from", "DATE", "sla: count clocks decided from then (default: all)"},
                     {"to", "DATE", "sla: up to then, the day included (default: now)"},
                     {"by", "KEY", "sla: the lines of the report (default: severity)"},
                     {"hours", "LIST", "forecast: business hours ahead, comma-separated"},
                     {"policy", "ID", "only the tickets of this policy"},
                     {"tier", "ID", "only clocks of this tier"},
                     {"customer", "CUSTOMER", "only this customer's tickets, by number or name"},
                     {"assignee", "LOGIN", "only the tickets of this team member"},
                     {"zone", "ZONE", "the zone days, weeks and months are cut in (default: UTC)"},
                     {"at", "ISO8601", "read the clocks at this instant (default: now)"},
                     jsonOption},
         .exitStatuses = {0, 1, 2},
         .example = "hourglass-cli report sla --from 2026-11-01 --to 2026-11-30 --by tier"},
    };
}

} // namespace

const std::vector<Command> &commandTable()
{
    static const std::vector<Command> table = makeTable();
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commandTable()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

QSet<QString> valueOptions()
{
    QSet<QString> names;
    for (const Command &command : commandTable()) {
        for (const CommandOption &option : command.options) {
            if (*option.argument)
                names.insert(QString::fromLatin1(option.name));
        }
    }
    return names;
}

QSet<QString> emptyValueOptions()
{
    QSet<QString> names;
    for (const Command &command : commandTable()) {
        for (const CommandOption &option : command.options) {
            if (option.emptyAllowed)
                names.insert(QString::fromLatin1(option.name));
        }
    }
    return names;
}

const char *exitStatusMeaning(int status)
{
    switch (status) {
    case 0:
        return "done";
    case 1:
        return "the database, a file or a calendar could not answer";
    case 2:
        return "bad usage or input: an unknown command or option, a missing or malformed value, "
               "a file that does not parse";
    case 3:
        return "a write refused as a conflict: the ticket changed since that version";
    }
    return "";
}

} // namespace hourglass::cli
