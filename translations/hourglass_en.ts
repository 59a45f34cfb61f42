<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hourglass::AlertBanner</name>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>%n more alert</numerusform>
            <numerusform>%n more alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss this alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::BulkInsert</name>
    <message>
        <source>cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot allocate ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::BusinessCalendar</name>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the years %2 to %3 that calendars answer for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; has no working time after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; has no working time before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; does not say how long a business day is (businessDay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds from %2 reach beyond the years %3 to %4 that calendars answer for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::CalendarFile</name>
    <message>
        <source>&quot;%1&quot; is not a time range like &quot;09:00-17:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts and ends at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts at 24:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours %1-%2 and %3-%4 overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as &quot;America/New_York&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration from 1s to 24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either &quot;date&quot; (2026-12-25) or &quot;annual&quot; (12-25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part-day holiday needs both &quot;from&quot; and &quot;to&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a holiday ends on its own date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exception&apos;s hours end on its own date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar has no working time at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like &quot;2026-12-25&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::ChangeFeed</name>
    <message>
        <source>cannot listen for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database file was moved or replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::ChangeLog</name>
    <message>
        <source>cannot record a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot notify other clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the change log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::ClockReading</name>
    <message>
        <source>breached, paused</source>
        <comment>SLA clock state: past due, and not counting for now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused, overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>clock state · countdown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::CommandRunner</name>
    <message>
        <source>no service &quot;%1&quot; to carry out a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command for an unknown service &quot;%1&quot;; the file was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the database cannot be reached and there is no journal to keep the change in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edit made offline was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::ConsolePages</name>
    <message>
        <source>Queue</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the database holds cannot be read right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds %1 from %2.</source>
        <comment>open tickets, customers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s)</source>
        <translation>
            <numerusform>%Ln open ticket</numerusform>
            <numerusform>%Ln open tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds %1 with %2.</source>
        <comment>things, their parts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln on-call rotation(s)</source>
        <translation>
            <numerusform>%Ln on-call rotation</numerusform>
            <numerusform>%Ln on-call rotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <comment>of on-call rotations</comment>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database holds %Ln recurring maintenance window(s).</source>
        <translation>
            <numerusform>The database holds %Ln recurring maintenance window.</numerusform>
            <numerusform>The database holds %Ln recurring maintenance windows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln timeline event(s)</source>
        <translation>
            <numerusform>%Ln timeline event</numerusform>
            <numerusform>%Ln timeline events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database holds %Ln logged coaching session(s).</source>
        <translation>
            <numerusform>The database holds %Ln logged coaching session.</numerusform>
            <numerusform>The database holds %Ln logged coaching sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>After-hours desk</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-hours desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers &amp; expertise</source>
        <comment>navigation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::ContractService</name>
    <message>
        <source>0h</source>
        <comment>no time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language Hourglass offers (en, fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone (an IANA name such as Europe/Paris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers are edited only while the database answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another customer is named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer “%1” has no contract in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract of customer “%1” ends on %2: its tier no longer changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract of customer “%1” changed since you read it (version %2, now %3): look again before changing its tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiers change only while the database answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s policy “%1” is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer “%1” is on %2 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not above %2: a downgrade is a request that support carries out (contract downgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is above %2: an upgrade takes effect at once (contract upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support level change requested: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1 is no longer pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract of customer “%1” changed since request %2 was made: withdraw it and ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier “%1” is no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests change only while the database answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pack holds from a quarter of an hour to %1 hours, in quarter hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pack expires after it is bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packs are recorded only while the database answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of session (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session lasts from 15 minutes to %1 hours, in 15-minute steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions are logged only while the database answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session is logged once it has taken place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session before 2000 is not a session of Hourglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language offered to customer “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 is not a ticket of customer “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of this %2 session go beyond the %3 of included hours left in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; draw on a pack (%1 left) or record an overage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no pack is left: record an overage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the entry is reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries are reversed only while the database answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no expertise entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 reverses entry %2: log the session again instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was reversed already (by entry %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer “%1” has expertise hours recorded in the months of %2: a new zone would move them from one month to another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the customer asks for a lower level: support reads it on the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out: the customer is on %1 from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: the support level stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer “%1” has a pending request (to %2, request %3): carry it out or withdraw it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the packs hold only %1: record an overage, which bills what they do not cover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::ConversationView</name>
    <message>
        <source>description</source>
        <comment>conversation: what the customer asked first</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer message</source>
        <comment>conversation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public reply</source>
        <comment>conversation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public update</source>
        <comment>conversation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal note, not seen by the customer</source>
        <comment>conversation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer or system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::Csv</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside a field that is not quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field that is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::CsvExchange</name>
    <message>
        <source>line 1, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 instant with a zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not en or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer named &quot;%1&quot; exists already; customer names are unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from line %2, which names the same customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contract overlaps another of &quot;%1&quot; (from line %2): one contract is in force at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (one address, as ops@example.com)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::CustomerPanel</name>
    <message>
        <source>This customer is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer cannot be read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract in force now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract: %1, tier %2, from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract: %1, tier %2, since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <comment>ticket number, title, countdown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other open ticket(s)</source>
        <translation>
            <numerusform>%n other open ticket</numerusform>
            <numerusform>%n other open tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a ticket to open it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::CustomersView</name>
    <message>
        <source>Find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract and entitlements today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support level history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <comment>a tier change: start, upgrade, downgrade</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the support level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the customer asks for less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upgrade now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective at once for SLA targets and entitlements; billed from the first day of next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A downgrade goes through support: a ticket tracks it until it is carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next month ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF s&amp;tatement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selected entry is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;icket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw on a &amp;pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an &amp;overage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise pack bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0h</source>
        <comment>no time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>customer — tier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expertise hours included this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expertise hours included this month (packs only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged access to experts: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged access to experts: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets by phone: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets by phone: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets received 24×7: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets received 24×7: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused hours carry over to the next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused hours do not carry over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried out on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried over: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in packs: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included hours left: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left in packs: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overage: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 75 % of this month&apos;s hours are used: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ All of this month&apos;s hours are used (%1): further sessions draw on a pack or are recorded as an overage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This month includes no hours: sessions draw on a pack or are recorded as an overage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses an entry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone changed this customer meanwhile (%1). The page shows their version now; make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Upgraded to %1 from %2; billed from %3. %n open ticket(s) re-targeted.</source>
        <translation>
            <numerusform>Upgraded to %1 from %2; billed from %3. %n open ticket re-targeted.</numerusform>
            <numerusform>Upgraded to %1 from %2; billed from %3. %n open tickets re-targeted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade to %1 requested: ticket #%2 tracks it until support carries it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request waiting for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out: effective %1, billed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of this session go beyond the %2 of included hours left. Draw on a pack (%3 left) or record an overage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged yet: choose how to count what goes beyond the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry that is not reversed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed: the entry stays, cancelled by a reversing entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reversed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack of %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the month&apos;s ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement written to %1, in the customer&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::Database</name>
    <message>
        <source>%1: the Qt SQL driver %2 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database file yet; Hourglass will create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected; the database is empty and Hourglass will create its tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, but its schema version %1 is newer than this Hourglass knows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected; schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected; the database is empty: its owner must run hourglass-cli migrate first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected; schema version %1 is older than this Hourglass needs (%2): its owner must run hourglass-cli migrate first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the server&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is open read-only: you may not write the file or its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::DatabaseHandle</name>
    <message>
        <source>%1: the database cannot be reached just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::DatabaseUrl</name>
    <message>
        <source>expected sqlite:PATH or postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty database URL; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no file; write sqlite:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed URL &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password in the URL is not accepted; use PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no database; write postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a SQLite URL is a plain path and takes no options (&quot;?&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a host; write sqlite:/PATH or sqlite:///PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a SQLite URL is a plain path and takes no &quot;#&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only ~/ (your home folder) is expanded; write the full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is not accepted: the host, port, database and user are the URL&apos;s own parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &quot;%1&quot; holds a &quot;;&quot; or a control character, which cannot be passed to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 holds a control character (U+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; is not a number of seconds from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an empty user; leave out the &quot;@&quot; to connect as yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 holds a &quot;;&quot;, which cannot be passed to PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is %1 characters long; no path is longer than 4096</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::DemoData</name>
    <message>
        <source>cannot write demo data: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare demo data statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::DeskNotifier</name>
    <message>
        <source>[%1] After-hours call %2: please call back and take ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, you are the %2 for after-hours call %3 (ticket #%4, %5).

Call %6 back on %7, then tell the desk you own the incident.
If nobody acknowledges by %8, the next contact is tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call that is not urgent was taken by the after-hours desk: ticket #%1, %2 (%3), contact %4.

To be handled as a priority the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-hours call, not urgent: ticket #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console that was sending it stopped before it finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::DeskSettings</name>
    <message>
        <source>“%1” is not an smtp:// or smtps:// address of a mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the address mail comes from, as Desk &lt;desk@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and 1440 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: give a region, a tab, then the number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::DeskSettingsBox</name>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The desk uses these settings from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-hours desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp://mail.example.com:587 (empty: the desk sends no email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require an encrypted connection (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtps:// is always encrypted; turn this off only for a relay on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-hours desk &lt;desk@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;inbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where calls that are not urgent are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (each step of an escalation is posted as JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time to acknowledge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk phone &amp;numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the desk settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::DeskView</name>
    <message>
        <source>The desk cannot read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No escalation under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urgent or critical call starts one: the prime on-call contact first, then each secondary in turn until someone takes ownership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller: %1 — call back on %2 — ticket #%3 — started %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns the incident since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1 (%2), round %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acknowledgment within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 R&amp;D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the next contact is tried, at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 opened; the escalation has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 opened for the next working day, with priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-hours desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>desk phone region, number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk numbers — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;aller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-&amp;back number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded and sent to the support inbox, handled as a priority the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prime on-call contact is called and emailed at once, then each secondary in turn until someone takes ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is happening:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation, in the caller&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 613 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalations under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page level-2 R&amp;&amp;D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page level-3 R&amp;&amp;D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cri&amp;tical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-hours call %1: please call %2 back on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number or email address is known for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer: the database cannot be reached. It is recorded, with the time you logged it, as soon as the database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3, %4 — %5</source>
        <comment>severity, customer, caller, started at, where the run is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::Duration</name>
    <message>
        <source>%1d</source>
        <comment>days, compact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>hours, compact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>minutes, compact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>seconds, compact</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::EscalationRun</name>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De-escalated: operations resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back to the last working release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::EscalationService</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of not-urgent, urgent, critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 minute and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is on call in “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-hours call from %1, call back on %2.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no escalation run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation run %1 has ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D contacts are paged on demand, not as a step of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 has not started; the run is at step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation run %1 is owned by %2 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the contact of step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: %1 acknowledged ownership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation, step %1: %2 — %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rotation names nobody at level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: level-%1 R&amp;D paged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody owns escalation run %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation ended: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Americas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toll free, US and Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an escalation command (“%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an escalation command without its run and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attempt without a step and an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page without its level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outcome that is not de-escalated, fixed or rolled-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation, step %1: calling %2, %3, round %4; next contact at %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 was opened, but its escalation could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation run %1 has nobody to call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::EventPayload</name>
    <message>
        <source>must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (open, waiting-customer or scheduled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::ExpertiseKinds</name>
    <message>
        <source>Discovery session of the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily advice and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Troubleshooting outside the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 rapid action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report and sizing recommendations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::ExplainText</name>
    <message>
        <source>Initial response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best effort</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting a scheduled time</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of business time on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) (%1 each) on %2</source>
        <translation>
            <numerusform>%n business day (%1) on %2</numerusform>
            <numerusform>%n business days (%1 each) on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s): the same local time in %1</source>
        <translation>
            <numerusform>%n calendar day: the same local time in %1</numerusform>
            <numerusform>%n calendar days: the same local time in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>immediate: due the moment the clock starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the time the requester scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best effort: no timed commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted: working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted: outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted: holiday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted: paused while the work is scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted: paused while waiting on the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ahead, if nothing changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the channel a ticket came in by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy changed to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responded to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted: paused for maintenance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::FileReading</name>
    <message>
        <source>larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::ICalendarFile</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libical cannot read this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libical cannot read this line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a continuation line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN and END take a component name and nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components nest too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” begins outside a VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:%1 ends no component that began</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a property outside any VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN:%1 never ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no VCALENDAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date without a time of day: maintenance windows start at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time zone “%1” is not one of the IANA database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in one event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a negative DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RANGE=THISANDFUTURE is not supported: change the window itself, or each occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RDATE period is not supported: give its start only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no DTSTART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event has DTEND or DURATION, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second event with the UID “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has no SUMMARY, the window&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTSTART has no time zone (TZID): a window keeps the wall-clock time of one zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event has neither DTEND nor DURATION: a window lasts a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event names no platform (%1 or LOCATION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is TRUE or FALSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is keep, skip or next-working-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this event changes one occurrence (RECURRENCE-ID) of “%1”, which the file does not hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::JsonReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (is it misspelt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <comment>JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <comment>JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <comment>JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <comment>JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <comment>JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>JSON value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 instant with a zone, such as 2026-03-09T13:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from -%1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key appears twice in the same object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::MainWindow</name>
    <message>
        <source>Hourglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hourglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>database state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hourglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hourglass %1&lt;/h3&gt;&lt;p&gt;A support console that keeps every SLA clock in view: deadlines in business hours, time zones, holidays and daylight saving, paused while the customer is silent.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n edit(s) waiting</source>
        <comment>database state</comment>
        <translation>
            <numerusform>Offline: %n edit waiting</numerusform>
            <numerusform>Offline: %n edits waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <comment>database state</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceBanner</name>
    <message>
        <source>%1 %2 time</source>
        <comment>wall-clock time, place of its time zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance in progress: %1 until %2</source>
        <comment>window title, end time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>maintenance in progress, what it means</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceExpander</name>
    <message>
        <source>the window “%1” takes its holidays from the calendar “%2”, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and “%2” of platform %3 overlap from %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceMonthGrid</name>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>maintenance windows on a day</comment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceNoticeDialog</name>
    <message>
        <source>The customers cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address is known for this customer: type one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.eml file</source>
        <comment>how a notice was sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail client</source>
        <comment>how a notice was sent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminded %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancellation sent %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer subscribes to the platform %1: there is no one to notify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1
Subject: %2
Attached: %3

%4</source>
        <comment>address, subject, attachment, text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar cancellation (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar invitation (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) saved in %1, to send from your mail program.</source>
        <translation>
            <numerusform>%n notice saved in %1, to send from your mail program.</numerusform>
            <numerusform>%n notices saved in %1, to send from your mail program.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program took the notices: save them as .eml files instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notices are in your mail program, but they could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) opened in your mail program; the invitation is not attached there, save .eml files to send it.</source>
        <translation>
            <numerusform>%n message opened in your mail program; the invitation is not attached there, save .eml files to send it.</numerusform>
            <numerusform>%n messages opened in your mail program; the invitation is not attached there, save .eml files to send it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell customers of a cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The occurrence of “%1” (%2) on %3 is cancelled: each customer of the platform is told, in their language and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2) runs %3: each customer of the platform gets a notice in their language and time zone, with a calendar invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminders due now: customers told of a maintenance whose reminder time has come, for occurrences not yet started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &lt;support@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h before</source>
        <comment>hours before the maintenance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as .eml files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 your time</source>
        <comment>start, end</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceService</name>
    <message>
        <source>the maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maintenance window “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another window of the same list has the UID “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2-%3 %4</source>
        <comment>maintenance window: title, start-end, place of its zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no occurrence: expected the window&apos;s UID, “/” and its start in ISO 8601 UTC, as “maintenance occurrences” prints them (nup@hourglass/2026-01-06T23:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maintenance window has the UID “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no occurrence of the maintenance window “%1” starts at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceView</name>
    <message>
        <source>The maintenance calendar may be out of date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3 – %4
%5</source>
        <comment>title, platform, start, end, rule</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (in progress)</source>
        <comment>title, platform</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>title, platform</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 time: %2–%3</source>
        <comment>place of the window&apos;s zone, start, end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps working: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks of the platform&apos;s customers pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maintenance in the next two months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s) imported.</source>
        <translation>
            <numerusform>%n maintenance window imported.</numerusform>
            <numerusform>%n maintenance windows imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlapping windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maintenance window cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders due (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel one occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this occurrence only? The others stay as they are.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move one occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: this occurrence only moves; the others stay as the rule gives them. Times are %2 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice to each customer of the platform, in their language and time zone, with a calendar invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this occurrence only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel occurrence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this occurrence only; the others stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceWindow</name>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies outside the years %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone of the IANA database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a window lasts more than zero seconds and at most 31 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipping or moving occurrences on holidays needs the calendar that says which days are holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first start, %1, is not a date the rule “%2” gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the occurrence of %1 is changed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a moved occurrence ends after it starts, at most 31 days later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no occurrence at %1 to move or cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceWindowDialog</name>
    <message>
        <source>Not saved: %1. Close the editor and open the window again to see the other change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and all its occurrences?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance window “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall-clock date and time of the first occurrence, in the window&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours of a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes of a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recurrence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RRULE, e.g. FREQ=MONTHLY;BYDAY=1WE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may be unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keeps working:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps running meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause the SLA clocks of the platform&apos;s customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no holiday calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field&apos;s label, what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write dates and times as 2026-12-23 00:00, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends at the same wall-clock time, whatever the clocks do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasts exactly this long, even across a clock change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kipped dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurrences that do not happen, e.g. 2026-12-23 00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXDATE: wall-clock starts the rule gives that are left out, separated by commas; a date alone takes the first start&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtra dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurrences the rule does not give, e.g. 2026-12-30 00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDATE: further wall-clock starts, separated by commas; a date alone takes the first start&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice in French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers read the notice in their language; a text left empty in one language is taken from the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected:</source>
        <comment>field of the notice in French</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui peut être indisponible</source>
        <comment>placeholder written in French whatever the console&apos;s language: the text goes to French readers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps working:</source>
        <comment>field of the notice in French</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui continue de fonctionner</source>
        <comment>placeholder written in French whatever the console&apos;s language</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::Migrations</name>
    <message>
        <source>schema migration failed: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is at schema version %1, newer than this Hourglass knows (%2); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read who owns the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the database owner (%1) may migrate it, and this connection is %2: run hourglass-cli migrate as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has no Hourglass schema yet: run hourglass-cli migrate as the database owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is at schema version %1 and this Hourglass needs %2: run hourglass-cli migrate as the database owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the preset policies: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::NameTable</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::NewTicketDialog</name>
    <message>
        <source>A ticket can be opened only while the database answers, and it does not answer just now. Try again once the console is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or pick a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract in force: the ticket would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its policy &quot;%1&quot; is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · tier %2</source>
        <comment>policy, tier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 raised now becomes %2&lt;/b&gt;: %1 applies only outside “%3”, and it is within those hours now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 applies now&lt;/b&gt;: it is outside “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>severity name: its definition in the policy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket for a customer. Its clocks start when it is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a few letters of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked, at the customer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer reports, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <comment>product area</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no SLA</source>
        <comment>a beta product area</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &amp;area:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::NewTicketLauncher</name>
    <message>
        <source>&amp;New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::NoticeDelivery</name>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::OfflineJournal</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged journal entry; the file was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot record the edit offline: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot rewrite the journal: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::OnCallLint</name>
    <message>
        <source>Nobody is on call from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two overrides cover %1 from %2 to %3; the later one (%4) only applies where the earlier one (%5) does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override %1 changes nothing: %2 is not on call from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds two roles at once from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift from %1 to %2 lasts %3 h instead of %4 h: the clocks change during it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on call from %2 to %3 during their declared leave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::OnCallOverrideDialog</name>
    <message>
        <source>&amp;Save override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the others (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Covered person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;vered by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (your time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (your time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wherever the covered person is on call in this range (prime or secondary), the cover is instead. To override an override, choose the person the first one put on call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::OnCallService</name>
    <message>
        <source>ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lasts more than 366 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no on-call rotation “%1”: the database has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no on-call rotation “%1”; there are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has no on-call rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which rotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user has the login “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no on-call rotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone cannot cover for themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prime</source>
        <comment>on-call role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary %1</source>
        <comment>on-call role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3 (%4 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covering for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::OnCallTimeline</name>
    <message>
        <source>Prime</source>
        <comment>on-call role, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S%1</source>
        <comment>on-call secondary, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (rotation&apos;s time, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: covering for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::OnCallView</name>
    <message>
        <source>The rotations cannot be read right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No on-call rotation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix in the next twelve months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call now: %1 (prime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On call now: %1 (prime), then %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next handoff %1: %2 becomes prime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 nobody is on call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on call now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in your zone (%1). The rotation hands off at %2 %3; hover over a shift for its times there, double-click one to override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 covers for %2, %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation cannot be read right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix in the next twelve months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::PlaceholderView</name>
    <message>
        <source>This view is not available yet in this version of Hourglass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::Policy</name>
    <message>
        <source>a severity is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tier is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no product areas, so &quot;%2&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown product area &quot;%1&quot; in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::PolicyFile</name>
    <message>
        <source>&quot;%1&quot; is not a valid id (lower-case letters, digits and dashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a severity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: the severity for any channel not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as &quot;4h&quot;, &quot;30m&quot; or &quot;1h30m&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either &quot;percent&quot; or &quot;before&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must lie between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar file &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a calendar file name or a calendar object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot; (initial-response, periodic-update or resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be longer than zero (use &quot;immediate&quot; for no delay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 3650</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true when given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a best-effort target has no clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown calendar &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; does not say how long a business day is (businessDay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second %1 target for severity &quot;%2&quot;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and tier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar file (a .json file, named relative to the policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar file is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 (most urgent) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severities are listed most severe first: %1 is more urgent than the severity above it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of months from 1 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of hours from 0 to 744 in quarter hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Hourglass offers (en, fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::PolicyNames</name>
    <message>
        <source>en</source>
        <comment>the code of the language of this translation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage or emergency</source>
        <comment>urgency rank 1 of 6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe impact</source>
        <comment>urgency rank 2 of 6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High impact</source>
        <comment>urgency rank 3 of 6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>urgency rank 4 of 6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <comment>urgency rank 5 of 6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned work</source>
        <comment>urgency rank 6 of 6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>a ticket&apos;s language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <comment>a ticket&apos;s language</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::PolicyStore</name>
    <message>
        <source>cannot read policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; version %2 is already stored with another document; a changed policy needs a higher version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; is stored at version %2, newer than version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store policy &quot;%1&quot; version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the preset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the preset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::QueueView</name>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk or breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>urgency rank · what it means</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (/) · Enter searches every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the queue by number, title or customer; press Enter to search the titles and conversations of every ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard&lt;/b&gt;: j / k or ↑ / ↓ move · Enter writes a reply (Esc leaves it) · r responds · u posts an update · a assigns to you · w waits on the customer · c: the customer replied · o resumes the clock · s schedules · Shift+R resolves · Shift+O reopens · / filters (Enter searches every message, Esc clears, ↓ goes to the list) · ? shows or hides this help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::ReadableText</name>
    <message>
        <source>%1 %2 %3</source>
        <comment>weekday, time of day, zone abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::RecurrenceText</name>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>after “every”: every Sunday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>after “every”: every Monday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>after “every”: every Tuesday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>after “every”: every Wednesday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>after “every”: every Thursday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>after “every”: every Friday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>after “every”: every Saturday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the end of a list: Monday, Tuesday and Friday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first %1</source>
        <comment>weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second %1</source>
        <comment>weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the third %1</source>
        <comment>weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fourth %1</source>
        <comment>weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fifth %1</source>
        <comment>weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1</source>
        <comment>weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second to last %1</source>
        <comment>weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the third to last %1</source>
        <comment>weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <comment>ordinal, in a list: the first and third Wednesdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <comment>ordinal, in a list: the first and third Wednesdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <comment>ordinal, in a list: the first and third Wednesdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <comment>ordinal, in a list: the first and third Wednesdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fifth</source>
        <comment>ordinal, in a list: the first and third Wednesdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <comment>ordinal, in a list: the first and last Wednesdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second to last</source>
        <comment>ordinal, in a list: the first and last Wednesdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third to last</source>
        <comment>ordinal, in a list: the first and last Wednesdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first two %1</source>
        <comment>weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first three %1</source>
        <comment>weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first four %1</source>
        <comment>weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last two %1</source>
        <comment>weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last three %1</source>
        <comment>weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last four %1</source>
        <comment>weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>ordinals, weekdays: the first and third Wednesdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the rule %1</source>
        <comment>an RFC 5545 rule shown as written</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s) on %1</source>
        <comment>weekdays</comment>
        <translation>
            <numerusform>every %n week on %1</numerusform>
            <numerusform>every %n weeks on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day %1</source>
        <comment>of the month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of every month</source>
        <comment>a day in the month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of every %n month(s)</source>
        <comment>a day in the month</comment>
        <translation>
            <numerusform>%1 of every %n month</numerusform>
            <numerusform>%1 of every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and on %n other date(s)</source>
        <translation>
            <numerusform>%1 and on %n other date</numerusform>
            <numerusform>%1 and on %n other dates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2–%3 %4 time</source>
        <comment>days, start, end, place of the time zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2 for %3, %4 time</source>
        <comment>days, start, length, place of the time zone</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::RecurrenceWalk</name>
    <message>
        <source>“%1” is not an RFC 5545 recurrence rule (RRULE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recurrence rule “%1” cannot be expanded (libical refuses it: it gives no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a month has at most five of each weekday (BYDAY from -5 to 5, such as 2WE or -1FR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: a year has at most 53 of each weekday (BYDAY from -53 to 53)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::Rotation</name>
    <message>
        <source>%1 lies outside the years %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rotation needs at least one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone of the IANA database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period lasts from 1 to 366 days, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time of day lies from 00:00 to 23:59:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom handoffs need at least one date after the first handoff, which ends its period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not come after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a custom rotation lists its handoff dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 secondaries asked for, and the roster has %2 people besides the prime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::ScopeChoice</name>
    <message>
        <source>Open</source>
        <comment>tickets shown or searched</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>tickets shown or searched</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and resolved</source>
        <comment>tickets shown or searched</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SearchResultsView</name>
    <message>
        <source>open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open and resolved tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket mentions “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n tickets that best match “%1” (%2).</source>
        <translation>
            <numerusform>The ticket that best matches “%1” (%2).</numerusform>
            <numerusform>The %n tickets that best match “%1” (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) match “%1” (%2), best first.</source>
        <translation>
            <numerusform>%n ticket matches “%1” (%2), best first.</numerusform>
            <numerusform>%n tickets match “%1” (%2), best first.</numerusform>
        </translation>
    </message>
    <message>
        <source>title</source>
        <comment>where a search matched</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the queue (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::Session</name>
    <message>
        <source>%1: a profile (--user) applies to a SQLite database only; on PostgreSQL you are the login you connect as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; is not a Hourglass user; ask an administrator to add it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourglass will use its embedded database at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourglass will use %1 at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/support?sslmode=require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use at next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database. Passwords are never stored by Hourglass: give them to libpq through PGPASSWORD or ~/.pgpass, as psql does. Leave the field empty to use the embedded database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourglass will work as %1 at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you are on this database file: your changes are recorded under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared database you are the login you connect as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SlaAlerts</name>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breached for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: warning %3 of %4, %5 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breached for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: warning %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SlaEngine</name>
    <message>
        <source>unknown calendar &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot; version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first event must be &quot;created&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket is created only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket has no &quot;created&quot; event at or before %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SmtpChannel</name>
    <message>
        <source>libcurl could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SqlContractRepository</name>
    <message>
        <source>cannot lock customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot end contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier change to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the new contract of customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the downgrade request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot link request %1 to its ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read downgrade requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downgrade request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the expertise packs of customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the expertise pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read expertise entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read expertise pack draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the expertise entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the expertise entry&apos;s pack draw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SqlCustomerDirectory</name>
    <message>
        <source>cannot read customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SqlDatabaseSummary</name>
    <message>
        <source>cannot count the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SqlEscalationRepository</name>
    <message>
        <source>there is no user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the escalation runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation run %1 holds an unknown outcome “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation attempt %1 holds an unknown outcome “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an escalation run needs someone to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the escalation run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update escalation run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acknowledged ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no escalation run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read what was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation run %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalation run %1 is owned by %2 since %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record what the desk sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read what the desk sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record what the desk sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SqlMaintenanceRepository</name>
    <message>
        <source>maintenance window %1 holds an unreadable local time “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read maintenance windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write maintenance window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a maintenance window with the UID “%1” exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the maintenance window “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read maintenance window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no maintenance window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance window %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove maintenance window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot subscribe customer %1 to the platform “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot unsubscribe customer %1 from the platform “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read platform subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the maintenance notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the maintenance notices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SqlOnCallRepository</name>
    <message>
        <source>on-call rotation %1 holds an unreadable date “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the on-call rotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read on-call rotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an on-call rotation named “%1” exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the on-call rotation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the overrides of on-call rotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot withdraw override %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the declared leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the leave of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot withdraw leave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read what was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no on-call rotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no declared leave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no override %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on-call rotation %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared leave %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SqlTicketRepository</name>
    <message>
        <source>cannot read tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record an event of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 was changed by someone else at the same moment; your change (%2) was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with the entry “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1: an event cannot be dated %2, before the ticket&apos;s latest event (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored status &quot;%1&quot; is not a ticket status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the conversation of ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the oldest open ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::SqlTicketSearch</name>
    <message>
        <source>cannot search tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::StatementPdf</name>
    <message>
        <source>%1: cannot write the statement: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot lay out the statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::TextCheck</name>
    <message>
        <source>contains half of a character (%1 without its pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a line break; it must be one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the control character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the bidirectional control %1, which would make it read in another order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the non-character %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::TicketAction</name>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::TicketChange</name>
    <message>
        <source>title “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::TicketDetailView</name>
    <message>
        <source>%1 · tier %2 · %3 · status %4 · %5 · language %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 (your time), %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolution process&lt;/b&gt;: %1 ticket opened · %2 engineer assigned · %3 work started · next status report: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA commitment for this severity and tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent when the database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running clock with this severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting on customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket to see its clocks, timeline and explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: &lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;</source>
        <comment>metric name: its state, in its colour</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a metric&apos;s name above its explanation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer: Respond or Post update sends it (Enter on a ticket comes here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in this view: resolved, filtered out or changed. It stays here until you move to another ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the time the requester chose for this work (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>ticket pane tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Messages (%n)</source>
        <comment>ticket pane tab: the conversation</comment>
        <translation>
            <numerusform>Messages (%n)</numerusform>
            <numerusform>Messages (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA</source>
        <comment>ticket pane tab: the deadlines, what changes them and why each is what it is</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No SLA (beta)&lt;/b&gt;: %1 is a beta feature, which carries no support commitment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::TicketFile</name>
    <message>
        <source>must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with a &quot;created&quot; event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first event must be &quot;created&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket is created only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events must be in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot; version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::TicketQueueModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>metric · due time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <comment>ticket number column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>metric · clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA (beta)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::TicketService</name>
    <message>
        <source>the title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time a ticket can have been opened (it must be between 1970 and now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no contract in force on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s policy &quot;%1&quot; is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s tier &quot;%1&quot; is not one of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not en or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a status or a history, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 entry at %2 is out of order (after %3 and before now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 entry cannot be imported with a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a ticket can be opened only while the database answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 follows the policy &quot;%2&quot; version %3, which is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 is resolved; reopen it to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 is resolved; reopen it to post an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 is resolved; it waits on nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 is not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time the requester chose is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 is resolved; reopen it to schedule work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 is already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 is not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not responded, updated, customer-replied or note (other changes are actions of their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before ticket %2 was opened (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the latest entry of ticket %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tickets move to a new policy version only while the database answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; version %2 is not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open ticket %1 has severity &quot;%2&quot; and tier &quot;%3&quot;, and version %4 of &quot;%5&quot; lacks one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 cannot be acted on: %2 (set one with an edit of its status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future (it is now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 characters long, more than the %2 it may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tickets change tier only while the database answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::TicketStore</name>
    <message>
        <source>cannot read ticket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the events of ticket %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown event kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read ticket events: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::Transaction</name>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hourglass::WebhookChannel</name>
    <message>
        <source>“%1” is not an http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
