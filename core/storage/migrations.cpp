// Versioned schema migrations, the same schema on SQLite and PostgreSQL.
#include "storage/migrations.h"

#include "storage/policystore.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hourglass {

namespace {

using Migrations::Engines;
using Migrations::Statement;
using Migrations::Step;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::Migrations)
};

// Instants are INTEGER epoch seconds UTC everywhere. "{id}" is the only dialect difference;
// a statement for one engine only says so.
constexpr auto Both = Engines::Both;

const Statement version1[] = {
    {Both, R"(CREATE TABLE users (
        id {id},
        login TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('agent', 'manager', 'coach', 'admin')),
        languages TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))"},
    {Both, R"(CREATE TABLE customers (
        id {id},
        name TEXT NOT NULL,
        organization TEXT NOT NULL,
        reseller_id BIGINT REFERENCES customers(id),
        time_zone TEXT NOT NULL,
        language TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))"},
    {Both, R"(CREATE TABLE policies (
        id {id},
        policy_key TEXT NOT NULL,
        policy_version INTEGER NOT NULL,
        name TEXT NOT NULL,
        document TEXT NOT NULL,
        imported_at BIGINT NOT NULL,
        UNIQUE (policy_key, policy_version)))"},
    {Both, R"(CREATE TABLE contracts (
        id {id},
        customer_id BIGINT NOT NULL REFERENCES customers(id),
        policy_key TEXT NOT NULL,
        tier TEXT NOT NULL,
        starts_at BIGINT NOT NULL,
        ends_at BIGINT,
        version INTEGER NOT NULL DEFAULT 1))"},
    {Both, R"(CREATE TABLE tickets (
        id {id},
        customer_id BIGINT NOT NULL REFERENCES customers(id),
        contract_id BIGINT NOT NULL REFERENCES contracts(id),
        policy_key TEXT NOT NULL,
        policy_version INTEGER NOT NULL,
        title TEXT NOT NULL,
        severity TEXT NOT NULL,
        tier TEXT NOT NULL,
        status TEXT NOT NULL,
        channel TEXT NOT NULL,
        language TEXT NOT NULL,
        assignee_id BIGINT REFERENCES users(id),
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))"},
    {Both, "CREATE INDEX tickets_status ON tickets(status)"},
    {Both, R"(CREATE TABLE ticket_events (
        id {id},
        ticket_id BIGINT NOT NULL REFERENCES tickets(id),
        at BIGINT NOT NULL,
        kind TEXT NOT NULL,
        author_id BIGINT REFERENCES users(id),
        payload TEXT NOT NULL DEFAULT '{}',
        recorded_at BIGINT NOT NULL))"},
    {Both, "CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at)"},
    {Both, R"(CREATE TABLE oncall_rotations (
        id {id},
        name TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        starts_at BIGINT NOT NULL,
        shift_seconds BIGINT NOT NULL CHECK (shift_seconds > 0),
        version INTEGER NOT NULL DEFAULT 1))"},
    {Both, R"(CREATE TABLE oncall_members (
        rotation_id BIGINT NOT NULL REFERENCES oncall_rotations(id),
        position INTEGER NOT NULL,
        user_id BIGINT NOT NULL REFERENCES users(id),
        PRIMARY KEY (rotation_id, position)))"},
    {Both, R"(CREATE TABLE maintenance_windows (
        id {id},
        name TEXT NOT NULL,
        platform TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        starts_local TEXT NOT NULL,
        duration_seconds BIGINT NOT NULL CHECK (duration_seconds > 0),
        rrule TEXT NOT NULL,
        notice TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))"},
    {Both, R"(CREATE TABLE expertise_entries (
        id {id},
        customer_id BIGINT NOT NULL REFERENCES customers(id),
        coach_id BIGINT NOT NULL REFERENCES users(id),
        at BIGINT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
        topic TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))"},
    {Both, R"(CREATE TABLE audit_log (
        id {id},
        at BIGINT NOT NULL,
        user_id BIGINT REFERENCES users(id),
        table_name TEXT NOT NULL,
        row_id BIGINT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'))"},
};

// Version 2: organizations and resellers, stored calendars, escalation runs and their attempts,
// who last changed an editable row, and the change log that other clients follow.
const Statement version2[] = {
    {Both, R"(CREATE TABLE organizations (
        id {id},
        name TEXT NOT NULL UNIQUE,
        reseller_id BIGINT REFERENCES organizations(id),
        version INTEGER NOT NULL DEFAULT 1))"},
    {Both, "ALTER TABLE customers ADD COLUMN organization_id BIGINT REFERENCES organizations(id)"},
    {Both, "ALTER TABLE customers ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0"},
    {Both, "ALTER TABLE customers ADD COLUMN updated_by BIGINT REFERENCES users(id)"},
    {Both, "ALTER TABLE tickets ADD COLUMN updated_by BIGINT REFERENCES users(id)"},
    {Both, R"(CREATE TABLE calendars (
        id {id},
        calendar_key TEXT NOT NULL UNIQUE,
        document TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1))"},
    {Both, R"(CREATE TABLE escalation_runs (
        id {id},
        rotation_id BIGINT NOT NULL REFERENCES oncall_rotations(id),
        ticket_id BIGINT REFERENCES tickets(id),
        started_at BIGINT NOT NULL,
        acknowledged_by BIGINT REFERENCES users(id),
        acknowledged_at BIGINT,
        outcome TEXT,
        version INTEGER NOT NULL DEFAULT 1))"},
    {Both, R"(CREATE TABLE escalation_attempts (
        id {id},
        run_id BIGINT NOT NULL REFERENCES escalation_runs(id),
        at BIGINT NOT NULL,
        user_id BIGINT NOT NULL REFERENCES users(id),
        channel TEXT NOT NULL,
        result TEXT NOT NULL))"},
    {Both, R"(CREATE TABLE change_log (
        id {id},
        at_ms BIGINT NOT NULL,
        table_name TEXT NOT NULL,
        row_id BIGINT NOT NULL,
        kind TEXT NOT NULL,
        author_id BIGINT))"},
    {Both, "CREATE INDEX tickets_open ON tickets(status, id)"},
};

// Version 3: the conversation and full-text search.
//
// A message (the description, a customer's message, a public reply or update, an internal
// note) is the text of the ticket_events row that carries it, keyed by that row: who and when
// stay the event's, so the timeline and the thread cannot disagree. The text lives in a table
// of its own rather than in the event's payload because the queue reads every open ticket's
// events on each load: long texts there would slow every load, and unique payloads would
// defeat the reader's cache of parsed payloads. The search index then follows one table. The
// customer's words carry the name of who wrote them (author_name), since customers are not
// users; the event's author is then the agent who recorded them.
//
// Search: SQLite indexes with FTS5 (external content, kept in step by triggers, so every
// writer keeps it right in its own transaction), with the porter stemmer over unicode61
// without diacritics: plurals in -s fold in English and in French alike. PostgreSQL keeps a
// tsvector per row made with the configuration of the ticket's language (english or french)
// and a GIN index on it.
const Statement version3[] = {
    {Both, "ALTER TABLE tickets ADD COLUMN contact TEXT NOT NULL DEFAULT ''"},
    {Both, "CREATE INDEX tickets_status_updated ON tickets(status, updated_at, id)"},
    // On SQLite an INTEGER PRIMARY KEY is the rowid, which FTS5 content tables need.
    {Engines::Sqlite, R"(CREATE TABLE ticket_messages (
        event_id INTEGER PRIMARY KEY REFERENCES ticket_events(id),
        ticket_id BIGINT NOT NULL REFERENCES tickets(id),
        author_name TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL))"},
    {Engines::Postgres, R"(CREATE TABLE ticket_messages (
        event_id BIGINT PRIMARY KEY REFERENCES ticket_events(id),
        ticket_id BIGINT NOT NULL REFERENCES tickets(id),
        author_name TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        search tsvector))"},
    {Both, "CREATE INDEX ticket_messages_ticket ON ticket_messages(ticket_id)"},

    {Engines::Sqlite, R"(CREATE VIRTUAL TABLE message_search USING fts5(body,
        content = 'ticket_messages', content_rowid = 'event_id',
        tokenize = 'porter unicode61 remove_diacritics 2'))"},
    {Engines::Sqlite, R"(CREATE TRIGGER ticket_messages_indexed AFTER INSERT ON ticket_messages
        BEGIN INSERT INTO message_search (rowid, body) VALUES (new.event_id, new.body); END)"},
    {Engines::Sqlite, R"(CREATE TRIGGER ticket_messages_unindexed AFTER DELETE ON ticket_messages
        BEGIN INSERT INTO message_search (message_search, rowid, body)
            VALUES ('delete', old.event_id, old.body); END)"},
    {Engines::Sqlite, R"(CREATE TRIGGER ticket_messages_reindexed AFTER UPDATE OF body
        ON ticket_messages BEGIN
            INSERT INTO message_search (message_search, rowid, body)
                VALUES ('delete', old.event_id, old.body);
            INSERT INTO message_search (rowid, body) VALUES (new.event_id, new.body); END)"},
    {Engines::Sqlite, R"(CREATE VIRTUAL TABLE title_search USING fts5(title,
        content = 'tickets', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2'))"},
    {Engines::Sqlite, R"(CREATE TRIGGER tickets_indexed AFTER INSERT ON tickets
        BEGIN INSERT INTO title_search (rowid, title) VALUES (new.id, new.title); END)"},
    {Engines::Sqlite, R"(CREATE TRIGGER tickets_unindexed AFTER DELETE ON tickets
        BEGIN INSERT INTO title_search (title_search, rowid, title)
            VALUES ('delete', old.id, old.title); END)"},
    {Engines::Sqlite, R"(CREATE TRIGGER tickets_reindexed AFTER UPDATE OF title ON tickets BEGIN
            INSERT INTO title_search (title_search, rowid, title)
                VALUES ('delete', old.id, old.title);
            INSERT INTO title_search (rowid, title) VALUES (new.id, new.title); END)"},
    {Engines::Sqlite, "INSERT INTO title_search (title_search) VALUES ('rebuild')"},

    {Engines::Postgres, R"(CREATE FUNCTION hourglass_search_config(language TEXT)
        RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
        $$ SELECT CASE WHEN language = 'fr' THEN 'french'::regconfig
                       ELSE 'english'::regconfig END $$)"},
    {Engines::Postgres, R"(ALTER TABLE tickets ADD COLUMN search tsvector
        GENERATED ALWAYS AS (to_tsvector(hourglass_search_config(language), title)) STORED)"},
    // The language is the ticket's, in another table: a generated column cannot read it.
    {Engines::Postgres, R"(CREATE FUNCTION hourglass_index_message() RETURNS trigger
        LANGUAGE plpgsql AS $$ BEGIN
            NEW.search := to_tsvector(hourglass_search_config(
                (SELECT language FROM tickets WHERE id = NEW.ticket_id)), NEW.body);
            RETURN NEW;
        END $$)"},
    {Engines::Postgres, R"(CREATE TRIGGER ticket_messages_indexed BEFORE INSERT OR UPDATE OF body
        ON ticket_messages FOR EACH ROW EXECUTE FUNCTION hourglass_index_message())"},

    // What was written before: the events' text becomes their message, and leaves the payload.
    {Engines::Sqlite, R"(INSERT INTO ticket_messages (event_id, ticket_id, author_name, body)
        SELECT e.id, e.ticket_id,
               CASE WHEN e.kind = 'customer-replied' THEN c.name ELSE '' END,
               json_extract(e.payload, '$.text')
        FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
             JOIN customers c ON c.id = t.customer_id
        WHERE e.kind IN ('responded', 'updated', 'customer-replied', 'note')
          AND json_valid(e.payload) AND json_type(e.payload, '$.text') = 'text'
          AND json_extract(e.payload, '$.text') <> '')"},
    {Engines::Sqlite, R"(UPDATE ticket_events SET payload = json_remove(payload, '$.text')
        WHERE kind IN ('responded', 'updated', 'customer-replied', 'note')
          AND json_valid(payload) AND json_type(payload, '$.text') IS NOT NULL)"},
    // A damaged payload is left as it is (the timeline reports it), not a failed migration.
    {Engines::Postgres, R"(CREATE FUNCTION hourglass_json_or_null(document TEXT) RETURNS jsonb
        LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN
            RETURN document::jsonb;
        EXCEPTION WHEN others THEN
            RETURN NULL;
        END $$)"},
    {Engines::Postgres, R"(INSERT INTO ticket_messages (event_id, ticket_id, author_name, body)
        SELECT e.id, e.ticket_id,
               CASE WHEN e.kind = 'customer-replied' THEN c.name ELSE '' END,
               hourglass_json_or_null(e.payload) ->> 'text'
        FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
             JOIN customers c ON c.id = t.customer_id
        WHERE e.kind IN ('responded', 'updated', 'customer-replied', 'note')
          AND jsonb_typeof(hourglass_json_or_null(e.payload) -> 'text') = 'string'
          AND hourglass_json_or_null(e.payload) ->> 'text' <> '')"},
    {Engines::Postgres, R"(UPDATE ticket_events
        SET payload = (hourglass_json_or_null(payload) - 'text')::text
        WHERE kind IN ('responded', 'updated', 'customer-replied', 'note')
          AND hourglass_json_or_null(payload) -> 'text' IS NOT NULL)"},
    {Engines::Postgres, "DROP FUNCTION hourglass_json_or_null(TEXT)"},
    {Engines::Postgres, "CREATE INDEX ticket_messages_search ON ticket_messages USING GIN (search)"},
    {Engines::Postgres, "CREATE INDEX tickets_search ON tickets USING GIN (search)"},
};

// Version 4: maintenance windows as the maintenance calendar keeps them (core/maintenance).
//
// The placeholder table of version 1 keeps its rows and gains what a window is: an iCalendar
// UID (existing rows get one made from their id), how its end follows from its start, its
// EXDATEs and RDATEs (local date-times, comma-separated), what is affected and what keeps
// working (the old free-text notice becomes "affected"), whether it pauses SLA clocks, its
// holiday rule, and who changed it last. One row per moved or cancelled occurrence, named by
// the local start the rule gives it (RECURRENCE-ID); customers subscribe to platforms by name.
const Statement version4[] = {
    {Both, "ALTER TABLE maintenance_windows ADD COLUMN uid TEXT NOT NULL DEFAULT ''"},
    {Both, R"(ALTER TABLE maintenance_windows ADD COLUMN end_kind TEXT NOT NULL
        DEFAULT 'wall-clock' CHECK (end_kind IN ('wall-clock', 'elapsed')))"},
    {Both, "ALTER TABLE maintenance_windows ADD COLUMN exdates TEXT NOT NULL DEFAULT ''"},
    {Both, "ALTER TABLE maintenance_windows ADD COLUMN rdates TEXT NOT NULL DEFAULT ''"},
    {Both, "ALTER TABLE maintenance_windows ADD COLUMN affected TEXT NOT NULL DEFAULT ''"},
    {Both, "ALTER TABLE maintenance_windows ADD COLUMN keeps_working TEXT NOT NULL DEFAULT ''"},
    {Both, R"(ALTER TABLE maintenance_windows ADD COLUMN pauses_sla INTEGER NOT NULL DEFAULT 0
        CHECK (pauses_sla IN (0, 1)))"},
    {Both, R"(ALTER TABLE maintenance_windows ADD COLUMN holiday_rule TEXT NOT NULL
        DEFAULT 'keep' CHECK (holiday_rule IN ('keep', 'skip', 'next-working-day')))"},
    {Both, "ALTER TABLE maintenance_windows ADD COLUMN holiday_calendar TEXT NOT NULL DEFAULT ''"},
    {Both, "ALTER TABLE maintenance_windows ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0"},
    {Both, "ALTER TABLE maintenance_windows ADD COLUMN updated_by BIGINT REFERENCES users(id)"},
    {Both, "UPDATE maintenance_windows SET affected = notice"},
    {Both, "ALTER TABLE maintenance_windows DROP COLUMN notice"},
    {Both, "UPDATE maintenance_windows SET uid = 'window-' || id || '@hourglass' WHERE uid = ''"},
    {Both, "CREATE UNIQUE INDEX maintenance_windows_uid ON maintenance_windows(uid)"},
    {Both, R"(CREATE TABLE maintenance_overrides (
        window_id BIGINT NOT NULL REFERENCES maintenance_windows(id) ON DELETE CASCADE,
        recurrence_local TEXT NOT NULL,
        cancelled INTEGER NOT NULL CHECK (cancelled IN (0, 1)),
        starts_local TEXT NOT NULL DEFAULT '',
        ends_local TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (window_id, recurrence_local)))"},
    {Both, R"(CREATE TABLE platform_subscriptions (
        customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        PRIMARY KEY (customer_id, platform)))"},
    {Both, "CREATE INDEX platform_subscriptions_platform ON platform_subscriptions(platform)"},
};

// Version 5: maintenance notices (core/maintenance/maintenancenotice.h).
//
// Where a customer's notices go (empty: nowhere known yet; the notice is then addressed to no
// one and the person sending it fills in the address), and one row per notice made for a
// customer: the occurrence by its window's UID and start, what it said (REQUEST or CANCEL at
// a SEQUENCE), in which language and zone, how it left (an .eml file or a mailto: link) and
// when its reminder is due. Who and when, as every write: the server's clock and login.
const Statement version5[] = {
    {Both, "ALTER TABLE customers ADD COLUMN notice_email TEXT NOT NULL DEFAULT ''"},
    {Both, R"(CREATE TABLE maintenance_notices (
        id {id},
        window_uid TEXT NOT NULL,
        occurrence_start BIGINT NOT NULL,
        recurrence_local TEXT NOT NULL,
        customer_id BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        address TEXT NOT NULL,
        language TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('REQUEST', 'CANCEL')),
        sequence INTEGER NOT NULL,
        delivery TEXT NOT NULL CHECK (delivery IN ('eml', 'mailto')),
        file TEXT NOT NULL DEFAULT '',
        reminder_at BIGINT,
        sent_at BIGINT NOT NULL,
        sent_by BIGINT REFERENCES users(id)))"},
    {Both, R"(CREATE INDEX maintenance_notices_occurrence
        ON maintenance_notices(window_uid, occurrence_start))"},
};

// Version 6: a window's texts in French beside the English ones (a notice is read in its
// customer's language), and reminders in the record of notices: a reminder is a notice sent
// again shortly before its occurrence, to those who had the notice.
const Statement version6[] = {
    {Both, "ALTER TABLE maintenance_windows ADD COLUMN affected_fr TEXT NOT NULL DEFAULT ''"},
    {Both, "ALTER TABLE maintenance_windows ADD COLUMN keeps_working_fr TEXT NOT NULL DEFAULT ''"},
    {Both, R"(ALTER TABLE maintenance_notices ADD COLUMN kind TEXT NOT NULL DEFAULT 'notice'
        CHECK (kind IN ('notice', 'reminder')))"},
};

// Version 7: on-call rotations as core/oncall keeps them (docs/oncall.md).
//
// The rotation row of version 1 stays the rotation's identity (escalation runs point at it),
// with its version and who changed it last; its time_zone, starts_at, shift_seconds and its
// oncall_members are kept equal to the latest revision for the readers of version 1. What the
// rotation says lives in revisions that are never overwritten: each edit adds one, recorded
// with who and when, so a past instant is answered as the schedule stood then. People are
// users, by id, per role and position. Overrides and declared leave are withdrawn, not
// deleted, for the same reason. A version-1 rotation without revisions is read as one
// revision made from its columns until its first edit stores it.
const Statement version7[] = {
    {Both, "ALTER TABLE oncall_rotations ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0"},
    {Both, "ALTER TABLE oncall_rotations ADD COLUMN updated_by BIGINT REFERENCES users(id)"},
    {Both, R"(CREATE TABLE oncall_revisions (
        rotation_id BIGINT NOT NULL REFERENCES oncall_rotations(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        recorded_at BIGINT NOT NULL,
        recorded_by BIGINT REFERENCES users(id),
        name TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        period TEXT NOT NULL CHECK (period IN ('daily', 'weekly', 'every-n-days', 'custom')),
        every_days INTEGER NOT NULL CHECK (every_days >= 1),
        first_handoff TEXT NOT NULL,
        handoff_time INTEGER NOT NULL CHECK (handoff_time >= 0 AND handoff_time < 86400),
        handoff_dates TEXT NOT NULL DEFAULT '',
        secondaries INTEGER NOT NULL CHECK (secondaries >= 0),
        PRIMARY KEY (rotation_id, revision)))"},
    {Both, R"(CREATE TABLE oncall_revision_people (
        rotation_id BIGINT NOT NULL,
        revision INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('roster', 'level2', 'level3')),
        position INTEGER NOT NULL,
        user_id BIGINT NOT NULL REFERENCES users(id),
        PRIMARY KEY (rotation_id, revision, role, position),
        FOREIGN KEY (rotation_id, revision)
            REFERENCES oncall_revisions(rotation_id, revision) ON DELETE CASCADE))"},
    {Both, R"(CREATE TABLE oncall_overrides (
        id {id},
        rotation_id BIGINT NOT NULL REFERENCES oncall_rotations(id) ON DELETE CASCADE,
        starts_at BIGINT NOT NULL,
        ends_at BIGINT NOT NULL,
        covered_id BIGINT NOT NULL REFERENCES users(id),
        cover_id BIGINT NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT '',
        recorded_at BIGINT NOT NULL,
        recorded_by BIGINT REFERENCES users(id),
        withdrawn_at BIGINT,
        withdrawn_by BIGINT REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (ends_at > starts_at)))"},
    {Both, "CREATE INDEX oncall_overrides_rotation ON oncall_overrides(rotation_id, starts_at)"},
    {Both, R"(CREATE TABLE oncall_leave (
        id {id},
        user_id BIGINT NOT NULL REFERENCES users(id),
        starts_at BIGINT NOT NULL,
        ends_at BIGINT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        recorded_at BIGINT NOT NULL,
        recorded_by BIGINT REFERENCES users(id),
        withdrawn_at BIGINT,
        withdrawn_by BIGINT REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1,
        CHECK (ends_at > starts_at)))"},
};

// Version 8: escalation runs as core/oncall keeps them (docs/oncall.md, "Escalation runs").
//
// The run row of version 2 gains the call (severity, caller, callback), who started it, who
// owns it (acknowledged_by/at, a versioned write: one owner only) and how the incident ended
// (outcome: de-escalated, fixed or rolled-back). Its contacts are frozen at the start, each with
// its own timeout, so a later edit of the rotation does not change a run under way. An attempt
// is one line of the ledger: the step it answers, the outcome the operator logged and who
// logged it; the steps themselves follow from these and are never stored. What the desk sends
// by itself is kept in escalation_notifications.
const Statement version8[] = {
    {Both, "ALTER TABLE escalation_runs ADD COLUMN severity TEXT NOT NULL DEFAULT ''"},
    {Both, "ALTER TABLE escalation_runs ADD COLUMN caller TEXT NOT NULL DEFAULT ''"},
    {Both, "ALTER TABLE escalation_runs ADD COLUMN callback TEXT NOT NULL DEFAULT ''"},
    {Both, "ALTER TABLE escalation_runs ADD COLUMN started_by BIGINT REFERENCES users(id)"},
    {Both, "ALTER TABLE escalation_runs ADD COLUMN resolved_at BIGINT"},
    {Both, "ALTER TABLE escalation_runs ADD COLUMN resolution_note TEXT NOT NULL DEFAULT ''"},
    {Both, "ALTER TABLE escalation_runs ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0"},
    {Both, "ALTER TABLE escalation_runs ADD COLUMN updated_by BIGINT REFERENCES users(id)"},
    {Both, R"(CREATE TABLE escalation_contacts (
        run_id BIGINT NOT NULL REFERENCES escalation_runs(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        user_id BIGINT NOT NULL REFERENCES users(id),
        timeout_seconds INTEGER NOT NULL CHECK (timeout_seconds > 0),
        PRIMARY KEY (run_id, position)))"},
    {Both, "ALTER TABLE escalation_attempts ADD COLUMN step INTEGER NOT NULL DEFAULT 0"},
    {Both, "ALTER TABLE escalation_attempts ADD COLUMN level INTEGER NOT NULL DEFAULT 0"},
    {Both, "ALTER TABLE escalation_attempts ADD COLUMN logged_by BIGINT REFERENCES users(id)"},
    {Both, "ALTER TABLE escalation_attempts ADD COLUMN note TEXT NOT NULL DEFAULT ''"},
    {Both, "CREATE INDEX escalation_attempts_run ON escalation_attempts(run_id, id)"},
    // What the desk sent by itself (email, webhook) for a step of a run, or for a call that is
    // not urgent (step -1, to the support inbox): claimed by one console before sending, so two
    // consoles never both send, then marked delivered or failed with what went wrong.
    {Both, R"(CREATE TABLE escalation_notifications (
        id {id},
        ticket_id BIGINT NOT NULL REFERENCES tickets(id),
        run_id BIGINT REFERENCES escalation_runs(id) ON DELETE CASCADE,
        step INTEGER NOT NULL,
        channel TEXT NOT NULL,
        recipient TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
        detail TEXT NOT NULL DEFAULT '',
        recorded_at BIGINT NOT NULL,
        claimed_at BIGINT,
        finished_at BIGINT,
        UNIQUE (ticket_id, step, channel)))"},
    {Both, "CREATE INDEX escalation_runs_ticket ON escalation_runs(ticket_id)"},
};

// Version 9: contracts and the expertise ledger. A tier change ends the contract in force and
// starts the next, saying how it came (an upgrade, a downgrade support carried out) and from
// when it is billed; a downgrade waits as a request with its ticket until support carries it
// out. Each expertise entry keeps where its minutes were taken (the month's included hours,
// packs, an overage), and is corrected only by a reversing entry, at most one per entry.
const Statement version9[] = {
    {Both,
     "ALTER TABLE contracts ADD COLUMN change_kind TEXT NOT NULL DEFAULT 'start' CHECK "
     "(change_kind IN ('start', 'upgrade', 'downgrade'))"},
    {Both, "ALTER TABLE contracts ADD COLUMN billed_from TEXT"},
    {Both, "ALTER TABLE contracts ADD COLUMN recorded_at BIGINT NOT NULL DEFAULT 0"},
    {Both, "ALTER TABLE contracts ADD COLUMN recorded_by BIGINT REFERENCES users(id)"},
    {Both, "CREATE INDEX contracts_customer ON contracts(customer_id, starts_at)"},
    {Both, R"(CREATE TABLE contract_requests (
        id {id},
        customer_id BIGINT NOT NULL REFERENCES customers(id),
        contract_id BIGINT NOT NULL REFERENCES contracts(id),
        to_tier TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        ticket_id BIGINT REFERENCES tickets(id),
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'withdrawn')),
        requested_at BIGINT NOT NULL,
        requested_by BIGINT REFERENCES users(id),
        done_at BIGINT,
        done_by BIGINT REFERENCES users(id),
        version INTEGER NOT NULL DEFAULT 1))"},
    {Both, R"(CREATE TABLE expertise_packs (
        id {id},
        customer_id BIGINT NOT NULL REFERENCES customers(id),
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        bought_at BIGINT NOT NULL,
        expires_at BIGINT,
        note TEXT NOT NULL DEFAULT '',
        recorded_at BIGINT NOT NULL,
        recorded_by BIGINT REFERENCES users(id),
        CHECK (expires_at IS NULL OR expires_at > bought_at)))"},
    {Both, "ALTER TABLE expertise_entries ADD COLUMN kind TEXT NOT NULL DEFAULT 'daily-advice'"},
    {Both, "ALTER TABLE expertise_entries ADD COLUMN ticket_id BIGINT REFERENCES tickets(id)"},
    {Both,
     "ALTER TABLE expertise_entries ADD COLUMN reverses_id BIGINT REFERENCES "
     "expertise_entries(id)"},
    {Both,
     "ALTER TABLE expertise_entries ADD COLUMN beyond TEXT NOT NULL DEFAULT 'nothing' "
     "CHECK (beyond IN ('nothing', 'pack', 'overage'))"},
    {Both, "ALTER TABLE expertise_entries ADD COLUMN from_included INTEGER NOT NULL DEFAULT 0"},
    {Both, "ALTER TABLE expertise_entries ADD COLUMN overage INTEGER NOT NULL DEFAULT 0"},
    {Both, "ALTER TABLE expertise_entries ADD COLUMN recorded_at BIGINT NOT NULL DEFAULT 0"},
    {Both, "ALTER TABLE expertise_entries ADD COLUMN recorded_by BIGINT REFERENCES users(id)"},
    // Entries logged before the ledger kept its draws were within the month's hours. Before
    // this version no door logged a session: only the demo data wrote this table, so this
    // reading touches demo rows only (a month that ends above its hours reads as exhausted).
    {Both, "UPDATE expertise_entries SET from_included = minutes, recorded_at = at"},
    {Both, "CREATE INDEX expertise_entries_customer ON expertise_entries(customer_id, at)"},
    {Both, "CREATE UNIQUE INDEX expertise_entries_reversal ON expertise_entries(reverses_id)"},
    {Both, R"(CREATE TABLE expertise_pack_draws (
        entry_id BIGINT NOT NULL REFERENCES expertise_entries(id),
        pack_id BIGINT NOT NULL REFERENCES expertise_packs(id),
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        PRIMARY KEY (entry_id, pack_id)))"},
};

// Version 10: a customer's name is how people, files and the command line find it, so the
// database keeps it unique as the services and imports already did; a pair a writer raced in
// before keeps both rows, the later one named with its id.
const Statement version10[] = {
    {Both,
     "UPDATE customers SET name = name || ' (' || id || ')' WHERE id NOT IN (SELECT MIN(id) "
     "FROM customers GROUP BY name)"},
    {Both, "CREATE UNIQUE INDEX customers_name_unique ON customers(name)"},
};

QString dialect(const char *statement, DatabaseUrl::Engine engine)
{
    QString sql = QString::fromUtf8(statement);
    sql.replace(QLatin1String("{id}"),
                engine == DatabaseUrl::Engine::Sqlite
                    ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                    : QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    return sql;
}

bool runsOn(Engines engines, DatabaseUrl::Engine engine)
{
    const int bit = engine == DatabaseUrl::Engine::Sqlite ? int(Engines::Sqlite)
                                                          : int(Engines::Postgres);
    return (int(engines) & bit) != 0;
}

void exec(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        throw StorageError(Tr::tr("schema migration failed: %1 (in: %2)")
                               .arg(query.lastError().text(), sql.simplified().left(80)));
}

// Any fixed number will do, as long as every Hourglass uses the same; advisory locks are per
// database, so two databases of one server never wait for each other.
constexpr qint64 migrationLockKey = 0x686f7572676c6173; // "hourglas"

// Tables made by a login other than the owner would belong to that login, and the next
// migration by the owner could not alter them.
void requireOwner(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT pg_catalog.pg_get_userbyid(d.datdba), current_user, "
            "(SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user) "
            "FROM pg_catalog.pg_database d WHERE d.datname = current_database()"))
        || !query.next())
        throw StorageError(
            Tr::tr("cannot read who owns the database: %1").arg(query.lastError().text()));
    const QString owner = query.value(0).toString();
    const QString login = query.value(1).toString();
    if (owner != login && !query.value(2).toBool())
        throw StorageError(Tr::tr("only the database owner (%1) may migrate it, and this "
                                  "connection is %2: run hourglass-cli migrate as %1")
                               .arg(owner, login));
}

// The work itself, once the caller holds the migration lock.
void migrateLocked(QSqlDatabase &db,
                   DatabaseUrl::Engine engine,
                   const QList<Step> &steps,
                   int target)
{
    const bool postgres = engine == DatabaseUrl::Engine::Postgres;
    QSqlQuery query(db);
    if (!db.tables().contains(QStringLiteral("schema_version")))
        exec(query,
             QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                            "applied_at BIGINT NOT NULL)"));
    const int current = Migrations::currentVersion(db);
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (current > latest)
        throw StorageError(Tr::tr("the database is at schema version %1, newer than this "
                                  "Hourglass knows (%2); it was left untouched")
                               .arg(current)
                               .arg(latest));
    for (const Step &step : steps) {
        if (step.version <= current || step.version > target)
            continue;
        // On SQLite the caller's BEGIN IMMEDIATE holds every step; on PostgreSQL each step
        // commits on its own, so a failed step keeps the ones before it.
        if (postgres && !db.transaction())
            throw StorageError(Tr::tr("cannot start a transaction: %1").arg(db.lastError().text()));
        try {
            for (const QString &sql : Migrations::statementsFor(step, engine))
                exec(query, sql);
            // When, by the server's clock on PostgreSQL: clients' clocks disagree.
            query.prepare(
                postgres ? QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES "
                                          "(?, EXTRACT(EPOCH FROM clock_timestamp())::bigint)")
                         : QStringLiteral("INSERT INTO schema_version (version, "
                                          "applied_at) VALUES (?, ?)"));
            query.addBindValue(step.version);
            if (!postgres)
                query.addBindValue(QDateTime::currentSecsSinceEpoch());
            if (!query.exec())
                throw StorageError(query.lastError().text());
        } catch (...) {
            if (postgres)
                db.rollback();
            throw;
        }
        if (postgres && !db.commit())
            throw StorageError(Tr::tr("cannot commit schema version %1: %2")
                                   .arg(step.version)
                                   .arg(db.lastError().text()));
    }
}

} // namespace

const QList<Step> &Migrations::steps()
{
    static const QList<Step> all{
        Step{1, QList<Statement>(std::begin(version1), std::end(version1))},
        Step{2, QList<Statement>(std::begin(version2), std::end(version2))},
        Step{3, QList<Statement>(std::begin(version3), std::end(version3))},
        Step{4, QList<Statement>(std::begin(version4), std::end(version4))},
        Step{5, QList<Statement>(std::begin(version5), std::end(version5))},
        Step{6, QList<Statement>(std::begin(version6), std::end(version6))},
        Step{7, QList<Statement>(std::begin(version7), std::end(version7))},
        Step{8, QList<Statement>(std::begin(version8), std::end(version8))},
        Step{9, QList<Statement>(std::begin(version9), std::end(version9))},
        Step{10, QList<Statement>(std::begin(version10), std::end(version10))},
    };
    return all;
}

QStringList Migrations::statementsFor(const Step &step, DatabaseUrl::Engine engine)
{
    QStringList sql;
    for (const Statement &statement : step.statements) {
        if (runsOn(statement.engines, engine))
            sql.append(dialect(statement.sql, engine));
    }
    return sql;
}

int Migrations::latestVersion()
{
    return steps().constLast().version;
}

int Migrations::currentVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        throw StorageError(
            Tr::tr("cannot read the schema version: %1").arg(query.lastError().text()));
    return query.value(0).toInt();
}

namespace {

// Who migrates a team database is its owner, and becomes its first administrator: a client
// signs in only as a login that is a user, and the first one has to come from somewhere.
void registerOwner(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("users")))
        return;
    QSqlQuery insert(db);
    exec(insert,
         QStringLiteral(
             "INSERT INTO users (login, display_name, role, languages, time_zone, "
             "email, phone) SELECT session_user, session_user, 'admin', 'en', 'UTC', "
             "'', '' WHERE NOT EXISTS (SELECT 1 FROM users WHERE login = session_user)"));
}

// What a migrated database holds besides its schema. The presets are stored after the steps
// under the same lock, so every new database has them, and a preset a newer Hourglass ships
// arrives with its migration; a version already stored is left as it is.
enum class Contents { SchemaOnly, WithPresets };

void storePresetsLocked(QSqlDatabase &db, DatabaseUrl::Engine engine)
{
    const bool postgres = engine == DatabaseUrl::Engine::Postgres;
    if (postgres && !db.transaction())
        throw StorageError(Tr::tr("cannot start a transaction: %1").arg(db.lastError().text()));
    try {
        PolicyStore::storePresets(db, engine);
    } catch (...) {
        if (postgres)
            db.rollback();
        throw;
    }
    if (postgres && !db.commit())
        throw StorageError(
            Tr::tr("cannot commit the preset policies: %1").arg(db.lastError().text()));
}

void migrate(QSqlDatabase &db,
             DatabaseUrl::Engine engine,
             const QList<Step> &steps,
             int target,
             Contents contents)
{
    QSqlQuery lock(db);
    if (engine == DatabaseUrl::Engine::Postgres) {
        requireOwner(db);
        // A session lock, not a transaction's: it spans every step's own transaction.
        exec(lock, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(migrationLockKey));
        try {
            migrateLocked(db, engine, steps, target);
            if (contents == Contents::WithPresets)
                storePresetsLocked(db, engine);
            registerOwner(db);
        } catch (...) {
            lock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(migrationLockKey));
            throw;
        }
        exec(lock, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(migrationLockKey));
        return;
    }
    // IMMEDIATE takes the write lock at once (waiting out the busy timeout): a second client
    // then reads the version only after the first has committed.
    exec(lock, QStringLiteral("BEGIN IMMEDIATE"));
    try {
        migrateLocked(db, engine, steps, target);
        if (contents == Contents::WithPresets)
            storePresetsLocked(db, engine);
    } catch (...) {
        lock.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    exec(lock, QStringLiteral("COMMIT"));
}

} // namespace

void Migrations::apply(QSqlDatabase &db, DatabaseUrl::Engine engine)
{
    migrate(db, engine, steps(), INT_MAX, Contents::WithPresets);
}

void Migrations::applyUpTo(QSqlDatabase &db, DatabaseUrl::Engine engine, int target)
{
    migrate(db, engine, steps(), target, Contents::SchemaOnly);
}

void Migrations::applySteps(QSqlDatabase &db,
                            DatabaseUrl::Engine engine,
                            const QList<Step> &steps,
                            int target)
{
    migrate(db, engine, steps, target, Contents::SchemaOnly);
}

void Migrations::require(QSqlDatabase &db)
{
    const int current = currentVersion(db);
    const int latest = latestVersion();
    if (current == latest)
        return;
    if (current > latest)
        throw StorageError(Tr::tr("the database is at schema version %1, newer than this "
                                  "Hourglass knows (%2); it was left untouched")
                               .arg(current)
                               .arg(latest));
    if (current == 0)
        throw StorageError(
            Tr::tr("the database has no Hourglass schema yet: run hourglass-cli migrate as "
                   "the database owner"));
    throw StorageError(Tr::tr("the database is at schema version %1 and this Hourglass needs %2: "
                              "run hourglass-cli migrate as the database owner")
                           .arg(current)
                           .arg(latest));
}

} // namespace hourglass
