<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>hourglass::AlertBanner</name>
    <message numerus="yes">
        <source>%n more alert(s)</source>
        <translation>
            <numerusform>%n autre alerte</numerusform>
            <numerusform>%n autres alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss this alert</source>
        <translation>Masquer cette alerte</translation>
    </message>
    <message>
        <source>Open the ticket</source>
        <translation>Ouvrir le ticket</translation>
    </message>
</context>
<context>
    <name>hourglass::BulkInsert</name>
    <message>
        <source>cannot import</source>
        <translation>impossible d&apos;importer</translation>
    </message>
    <message>
        <source>cannot allocate ids</source>
        <translation>impossible de réserver les identifiants</translation>
    </message>
</context>
<context>
    <name>hourglass::BusinessCalendar</name>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>fuseau horaire « %1 » inconnu</translation>
    </message>
    <message>
        <source>%1 is outside the years %2 to %3 that calendars answer for</source>
        <translation>%1 est hors des années %2 à %3 couvertes par les calendriers</translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; has no working time after %2</source>
        <translation>le calendrier « %1 » n&apos;a plus d&apos;heures ouvrées après %2</translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; has no working time before %2</source>
        <translation>le calendrier « %1 » n&apos;a pas d&apos;heures ouvrées avant %2</translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; does not say how long a business day is (businessDay)</source>
        <translation>le calendrier « %1 » ne dit pas combien dure un jour ouvré (businessDay)</translation>
    </message>
    <message>
        <source>%1 seconds from %2 reach beyond the years %3 to %4 that calendars answer for</source>
        <translation>%1 secondes à partir de %2 mènent au-delà des années %3 à %4 couvertes par les calendriers</translation>
    </message>
</context>
<context>
    <name>hourglass::CalendarFile</name>
    <message>
        <source>&quot;%1&quot; is not a time range like &quot;09:00-17:00&quot;</source>
        <translation>« %1 » n&apos;est pas une plage horaire comme « 09:00-17:00 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts and ends at the same time</source>
        <translation>« %1 » commence et finit à la même heure</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts at 24:00</source>
        <translation>« %1 » commence à 24:00</translation>
    </message>
    <message>
        <source>working hours %1-%2 and %3-%4 overlap</source>
        <translation>les heures ouvrées %1-%2 et %3-%4 se chevauchent</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as &quot;America/New_York&quot;)</source>
        <translation>fuseau horaire « %1 » inconnu (utilisez un nom IANA comme « Europe/Paris »)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration from 1s to 24h</source>
        <translation>« %1 » n&apos;est pas une durée de 1s à 24h</translation>
    </message>
    <message>
        <source>give either &quot;date&quot; (2026-12-25) or &quot;annual&quot; (12-25)</source>
        <translation>indiquez soit « date » (2026-12-25), soit « annual » (12-25)</translation>
    </message>
    <message>
        <source>a part-day holiday needs both &quot;from&quot; and &quot;to&quot;</source>
        <translation>un jour férié partiel demande « from » et « to »</translation>
    </message>
    <message>
        <source>a holiday ends on its own date</source>
        <translation>un jour férié se termine à sa propre date</translation>
    </message>
    <message>
        <source>must list at least one time range</source>
        <translation>doit contenir au moins une plage horaire</translation>
    </message>
    <message>
        <source>an exception&apos;s hours end on its own date</source>
        <translation>les heures d&apos;une exception se terminent à sa propre date</translation>
    </message>
    <message>
        <source>the calendar has no working time at all</source>
        <translation>le calendrier n&apos;a aucune heure ouvrée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date like &quot;2026-12-25&quot;</source>
        <translation>« %1 » n&apos;est pas une date comme « 2026-12-25 »</translation>
    </message>
</context>
<context>
    <name>hourglass::ChangeFeed</name>
    <message>
        <source>cannot listen for changes</source>
        <translation>impossible d&apos;écouter les modifications</translation>
    </message>
    <message>
        <source>%1: the database file was moved or replaced</source>
        <translation>%1 : le fichier de la base a été déplacé ou remplacé</translation>
    </message>
    <message>
        <source>%1: the server stopped answering</source>
        <translation>%1 : le serveur ne répond plus</translation>
    </message>
    <message>
        <source>%1: the connection was lost: %2</source>
        <translation>%1 : la connexion a été perdue : %2</translation>
    </message>
</context>
<context>
    <name>hourglass::ChangeLog</name>
    <message>
        <source>cannot record a change</source>
        <translation>impossible d&apos;enregistrer une modification</translation>
    </message>
    <message>
        <source>cannot notify other clients</source>
        <translation>impossible de prévenir les autres postes</translation>
    </message>
    <message>
        <source>cannot read the change log</source>
        <translation>impossible de lire le journal des modifications</translation>
    </message>
</context>
<context>
    <name>hourglass::ClockReading</name>
    <message>
        <source>breached, paused</source>
        <comment>SLA clock state: past due, and not counting for now</comment>
        <translation>dépassée, en pause</translation>
    </message>
    <message>
        <source>paused, overdue %1</source>
        <translation>en pause, en retard de %1</translation>
    </message>
    <message>
        <source>paused, %1 left</source>
        <translation>en pause, %1 restant</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>clock state · countdown</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>en retard de %1</translation>
    </message>
</context>
<context>
    <name>hourglass::CommandRunner</name>
    <message>
        <source>no service &quot;%1&quot; to carry out a command</source>
        <translation>aucun service « %1 » pour exécuter une commande</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>a command for an unknown service &quot;%1&quot;; the file was left as it is</source>
        <translation>une commande pour un service inconnu « %1 » ; le fichier a été laissé tel quel</translation>
    </message>
    <message>
        <source>%1: the database cannot be reached and there is no journal to keep the change in</source>
        <translation>%1 : la base de données est injoignable et aucun journal ne peut garder la modification</translation>
    </message>
    <message>
        <source>an edit made offline was not saved: %1</source>
        <translation>une modification faite hors ligne n&apos;a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>hourglass::ConsolePages</name>
    <message>
        <source>Queue</source>
        <comment>navigation</comment>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>File des tickets</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>On-call</source>
        <comment>navigation</comment>
        <translation>Astreinte</translation>
    </message>
    <message>
        <source>On-call</source>
        <translation>Astreinte</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <comment>navigation</comment>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Maintenance calendar</source>
        <translation>Calendrier de maintenance</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <comment>navigation</comment>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <source>SLA dashboards</source>
        <translation>Tableaux de bord SLA</translation>
    </message>
    <message>
        <source>Expertise hours</source>
        <translation>Heures d&apos;expertise</translation>
    </message>
    <message>
        <source>Settings</source>
        <comment>navigation</comment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>What the database holds cannot be read right now.</source>
        <translation>Le contenu de la base ne peut pas être lu pour le moment.</translation>
    </message>
    <message>
        <source>The database holds %1 from %2.</source>
        <comment>open tickets, customers</comment>
        <translation>La base contient %1 de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket ouvert</numerusform>
            <numerusform>%Ln tickets ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>The database holds %1 with %2.</source>
        <comment>things, their parts</comment>
        <translation>La base contient %1 avec %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln on-call rotation(s)</source>
        <translation>
            <numerusform>%Ln rotation d&apos;astreinte</numerusform>
            <numerusform>%Ln rotations d&apos;astreinte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <comment>of on-call rotations</comment>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database holds %Ln recurring maintenance window(s).</source>
        <translation>
            <numerusform>La base contient %Ln fenêtre de maintenance récurrente.</numerusform>
            <numerusform>La base contient %Ln fenêtres de maintenance récurrentes.</numerusform>
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
            <numerusform>%Ln événement d&apos;historique</numerusform>
            <numerusform>%Ln événements d&apos;historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database holds %Ln logged coaching session(s).</source>
        <translation>
            <numerusform>La base contient %Ln séance d&apos;accompagnement enregistrée.</numerusform>
            <numerusform>La base contient %Ln séances d&apos;accompagnement enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>After-hours desk</source>
        <comment>navigation</comment>
        <translation>Permanence hors heures</translation>
    </message>
    <message>
        <source>After-hours desk</source>
        <translation>Permanence hors heures</translation>
    </message>
    <message>
        <source>The database holds %1.</source>
        <translation>La base de données contient %1.</translation>
    </message>
    <message>
        <source>Customers &amp; expertise</source>
        <comment>navigation</comment>
        <translation>Clients et expertise</translation>
    </message>
</context>
<context>
    <name>hourglass::ContractService</name>
    <message>
        <source>0h</source>
        <comment>no time</comment>
        <translation>0 h</translation>
    </message>
    <message>
        <source>there is no customer “%1”</source>
        <translation>il n&apos;y a pas de client « %1 »</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>“%1” is not a language Hourglass offers (en, fr)</source>
        <translation>« %1 » n&apos;est pas une langue proposée par Hourglass (en, fr)</translation>
    </message>
    <message>
        <source>“%1” is not a time zone (an IANA name such as Europe/Paris)</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire (un nom IANA comme Europe/Paris)</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>il n&apos;y a pas de client %1</translation>
    </message>
    <message>
        <source>customers are edited only while the database answers</source>
        <translation>les clients ne se modifient que lorsque la base répond</translation>
    </message>
    <message>
        <source>another customer is named “%1”</source>
        <translation>un autre client s&apos;appelle « %1 »</translation>
    </message>
    <message>
        <source>customer “%1” has no contract in force</source>
        <translation>le client « %1 » n&apos;a pas de contrat en vigueur</translation>
    </message>
    <message>
        <source>the contract of customer “%1” ends on %2: its tier no longer changes</source>
        <translation>le contrat du client « %1 » prend fin le %2 : son niveau ne change plus</translation>
    </message>
    <message>
        <source>the contract of customer “%1” changed since you read it (version %2, now %3): look again before changing its tier</source>
        <translation>le contrat du client « %1 » a changé depuis votre lecture (version %2, maintenant %3) : regardez-le à nouveau avant d&apos;en changer le niveau</translation>
    </message>
    <message>
        <source>tiers change only while the database answers</source>
        <translation>les niveaux ne changent que lorsque la base répond</translation>
    </message>
    <message>
        <source>the customer&apos;s policy “%1” is not stored</source>
        <translation>la politique du client « %1 » n&apos;est pas enregistrée</translation>
    </message>
    <message>
        <source>customer “%1” is on %2 already</source>
        <translation>le client « %1 » est déjà au niveau %2</translation>
    </message>
    <message>
        <source>%1 is not above %2: a downgrade is a request that support carries out (contract downgrade)</source>
        <translation>%1 n&apos;est pas au-dessus de %2 : une rétrogradation est une demande que le support exécute (contract downgrade)</translation>
    </message>
    <message>
        <source>%1 is above %2: an upgrade takes effect at once (contract upgrade)</source>
        <translation>%1 est au-dessus de %2 : une montée de niveau prend effet immédiatement (contract upgrade)</translation>
    </message>
    <message>
        <source>Support level change requested: %1 to %2</source>
        <translation>Changement de niveau de support demandé : de %1 à %2</translation>
    </message>
    <message>
        <source>there is no request %1</source>
        <translation>il n&apos;y a pas de demande %1</translation>
    </message>
    <message>
        <source>request %1 is no longer pending</source>
        <translation>la demande %1 n&apos;est plus en attente</translation>
    </message>
    <message>
        <source>the contract of customer “%1” changed since request %2 was made: withdraw it and ask again</source>
        <translation>le contrat du client « %1 » a changé depuis la demande %2 : retirez-la et demandez à nouveau</translation>
    </message>
    <message>
        <source>tier “%1” is no longer offered</source>
        <translation>le niveau « %1 » n&apos;est plus proposé</translation>
    </message>
    <message>
        <source>requests change only while the database answers</source>
        <translation>les demandes ne changent que lorsque la base répond</translation>
    </message>
    <message>
        <source>a pack holds from a quarter of an hour to %1 hours, in quarter hours</source>
        <translation>un pack contient d&apos;un quart d&apos;heure à %1 heures, par quarts d&apos;heure</translation>
    </message>
    <message>
        <source>a pack expires after it is bought</source>
        <translation>un pack expire après son achat</translation>
    </message>
    <message>
        <source>packs are recorded only while the database answers</source>
        <translation>les packs ne s&apos;enregistrent que lorsque la base répond</translation>
    </message>
    <message>
        <source>“%1” is not a kind of session (%2)</source>
        <translation>« %1 » n&apos;est pas un type de session (%2)</translation>
    </message>
    <message>
        <source>a session lasts from 15 minutes to %1 hours, in 15-minute steps</source>
        <translation>une session dure de 15 minutes à %1 heures, par tranches de 15 minutes</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>il n&apos;y a pas d&apos;utilisateur « %1 »</translation>
    </message>
    <message>
        <source>sessions are logged only while the database answers</source>
        <translation>les sessions ne s&apos;enregistrent que lorsque la base répond</translation>
    </message>
    <message>
        <source>a session is logged once it has taken place</source>
        <translation>une session s&apos;enregistre une fois qu&apos;elle a eu lieu</translation>
    </message>
    <message>
        <source>a session before 2000 is not a session of Hourglass</source>
        <translation>une session antérieure à 2000 n&apos;est pas une session d&apos;Hourglass</translation>
    </message>
    <message>
        <source>“%1” is not a language offered to customer “%2” (%3)</source>
        <translation>« %1 » n&apos;est pas une langue proposée au client « %2 » (%3)</translation>
    </message>
    <message>
        <source>ticket %1 is not a ticket of customer “%2”</source>
        <translation>le ticket %1 n&apos;est pas un ticket du client « %2 »</translation>
    </message>
    <message>
        <source>%1 of this %2 session go beyond the %3 of included hours left in %4</source>
        <translation>%1 de cette session de %2 dépassent les %3 d&apos;heures incluses restantes en %4</translation>
    </message>
    <message>
        <source>; draw on a pack (%1 left) or record an overage</source>
        <translation> ; imputez sur un pack (%1 restantes) ou enregistrez un dépassement</translation>
    </message>
    <message>
        <source>; no pack is left: record an overage</source>
        <translation> ; il ne reste aucun pack : enregistrez un dépassement</translation>
    </message>
    <message>
        <source>say why the entry is reversed</source>
        <translation>dites pourquoi l&apos;écriture est contrepassée</translation>
    </message>
    <message>
        <source>entries are reversed only while the database answers</source>
        <translation>les écritures ne se contrepassent que lorsque la base répond</translation>
    </message>
    <message>
        <source>there is no expertise entry %1</source>
        <translation>il n&apos;y a pas d&apos;écriture d&apos;expertise %1</translation>
    </message>
    <message>
        <source>entry %1 reverses entry %2: log the session again instead</source>
        <translation>l&apos;écriture %1 contrepasse l&apos;écriture %2 : enregistrez plutôt la session à nouveau</translation>
    </message>
    <message>
        <source>entry %1 was reversed already (by entry %2)</source>
        <translation>l&apos;écriture %1 a déjà été contrepassée (par l&apos;écriture %2)</translation>
    </message>
    <message>
        <source>customer “%1” has expertise hours recorded in the months of %2: a new zone would move them from one month to another</source>
        <translation>le client « %1 » a des heures d’expertise enregistrées dans les mois de %2 : un nouveau fuseau les ferait passer d’un mois à l’autre</translation>
    </message>
    <message>
        <source>say why the customer asks for a lower level: support reads it on the ticket</source>
        <translation>dites pourquoi le client demande un niveau inférieur : le support le lit sur le ticket</translation>
    </message>
    <message>
        <source>Carried out: the customer is on %1 from now on.</source>
        <translation>Exécutée : le client est en %1 à partir de maintenant.</translation>
    </message>
    <message>
        <source>Withdrawn: the support level stays as it is.</source>
        <translation>Retirée : le niveau de support reste tel quel.</translation>
    </message>
    <message>
        <source>customer “%1” has a pending request (to %2, request %3): carry it out or withdraw it first</source>
        <translation>le client « %1 » a une demande en attente (vers %2, demande %3) : exécutez-la ou retirez-la d’abord</translation>
    </message>
    <message>
        <source>; the packs hold only %1: record an overage, which bills what they do not cover</source>
        <translation> ; les packs ne contiennent que %1 : enregistrez un dépassement, qui facture ce qu’ils ne couvrent pas</translation>
    </message>
</context>
<context>
    <name>hourglass::ConversationView</name>
    <message>
        <source>description</source>
        <comment>conversation: what the customer asked first</comment>
        <translation>description</translation>
    </message>
    <message>
        <source>customer message</source>
        <comment>conversation</comment>
        <translation>message du client</translation>
    </message>
    <message>
        <source>public reply</source>
        <comment>conversation</comment>
        <translation>réponse publique</translation>
    </message>
    <message>
        <source>public update</source>
        <comment>conversation</comment>
        <translation>mise à jour publique</translation>
    </message>
    <message>
        <source>internal note, not seen by the customer</source>
        <comment>conversation</comment>
        <translation>note interne, invisible pour le client</translation>
    </message>
    <message>
        <source>customer or system</source>
        <translation>client ou système</translation>
    </message>
</context>
<context>
    <name>hourglass::Csv</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 invalide</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>a quote inside a field that is not quoted</source>
        <translation>un guillemet dans un champ qui n&apos;est pas entre guillemets</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>du texte après le guillemet fermant d&apos;un champ</translation>
    </message>
    <message>
        <source>a quoted field that is never closed</source>
        <translation>un champ entre guillemets jamais refermé</translation>
    </message>
</context>
<context>
    <name>hourglass::CsvExchange</name>
    <message>
        <source>line 1, column %1</source>
        <translation>ligne 1, colonne %1</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known: %2)</source>
        <translation>colonne « %1 » inconnue (colonnes connues : %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>la colonne « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>ligne 1</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot;</source>
        <translation>colonne « %1 » manquante</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header</source>
        <translation>le fichier est vide ; il lui faut un en-tête</translation>
    </message>
    <message>
        <source>cannot read customers</source>
        <translation>impossible de lire les clients</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 instant with a zone</source>
        <translation>« %1 » n&apos;est pas un instant ISO 8601 avec fuseau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not en or fr</source>
        <translation>« %1 » n&apos;est ni en ni fr</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>statut « %1 » inconnu</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot;</source>
        <translation>politique « %1 » inconnue</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; in %2</source>
        <translation>niveau « %1 » inconnu dans %2</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>fuseau horaire « %1 » inconnu</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>a customer named &quot;%1&quot; exists already; customer names are unique</source>
        <translation>un client nommé « %1 » existe déjà ; les noms de clients sont uniques</translation>
    </message>
    <message>
        <source>the contract ends before it starts</source>
        <translation>le contrat se termine avant de commencer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from line %2, which names the same customer</source>
        <translation>« %1 » diffère de la ligne %2, qui nomme le même client</translation>
    </message>
    <message>
        <source>this contract overlaps another of &quot;%1&quot; (from line %2): one contract is in force at a time</source>
        <translation>ce contrat chevauche un autre contrat de « %1 » (de la ligne %2) : un seul contrat est en vigueur à la fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (one address, as ops@example.com)</source>
        <translation>« %1 » n’est pas une adresse e-mail (une seule adresse, comme ops@example.com)</translation>
    </message>
</context>
<context>
    <name>hourglass::CustomerPanel</name>
    <message>
        <source>This customer is no longer in the database.</source>
        <translation>Ce client n&apos;est plus dans la base de données.</translation>
    </message>
    <message>
        <source>The customer cannot be read just now.</source>
        <translation>Le client ne peut pas être lu pour le moment.</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation : %1</translation>
    </message>
    <message>
        <source>No contract in force now.</source>
        <translation>Aucun contrat en vigueur actuellement.</translation>
    </message>
    <message>
        <source>Contract: %1, tier %2, from %3 to %4</source>
        <translation>Contrat : %1, niveau %2, du %3 au %4</translation>
    </message>
    <message>
        <source>Contract: %1, tier %2, since %3</source>
        <translation>Contrat : %1, niveau %2, depuis le %3</translation>
    </message>
    <message>
        <source>Local time: %1 (%2)</source>
        <translation>Heure locale : %1 (%2)</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <comment>ticket number, title, countdown</comment>
        <translation>n° %1 %2 · %3</translation>
    </message>
    <message>
        <source>Contacts: %1</source>
        <translation>Contacts : %1</translation>
    </message>
    <message>
        <source>No other open ticket</source>
        <translation>Aucun autre ticket ouvert</translation>
    </message>
    <message numerus="yes">
        <source>%n other open ticket(s)</source>
        <translation>
            <numerusform>%n autre ticket ouvert</numerusform>
            <numerusform>%n autres tickets ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a ticket to open it</source>
        <translation>Cliquez sur un ticket pour l&apos;ouvrir</translation>
    </message>
</context>
<context>
    <name>hourglass::CustomersView</name>
    <message>
        <source>Find a customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Contract and entitlements today</source>
        <translation>Contrat et droits aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Support level history</source>
        <translation>Historique du niveau de support</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>How</source>
        <comment>a tier change: start, upgrade, downgrade</comment>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Billed from</source>
        <translation>Facturé à partir du</translation>
    </message>
    <message>
        <source>Change the support level</source>
        <translation>Changer le niveau de support</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Why the customer asks for less</source>
        <translation>Pourquoi le client demande moins</translation>
    </message>
    <message>
        <source>&amp;Upgrade now</source>
        <translation>&amp;Monter de niveau maintenant</translation>
    </message>
    <message>
        <source>Effective at once for SLA targets and entitlements; billed from the first day of next month.</source>
        <translation>Effectif immédiatement pour les objectifs de SLA et les droits ; facturé à partir du premier jour du mois suivant.</translation>
    </message>
    <message>
        <source>Request &amp;downgrade</source>
        <translation>Demander une &amp;rétrogradation</translation>
    </message>
    <message>
        <source>A downgrade goes through support: a ticket tracks it until it is carried out.</source>
        <translation>Une rétrogradation passe par le support : un ticket la suit jusqu&apos;à son exécution.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Carry out</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets ouverts</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Expertise hours</source>
        <translation>Heures d&apos;expertise</translation>
    </message>
    <message>
        <source>◀ &amp;Previous month</source>
        <translation>◀ Mois &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next month ▶</source>
        <translation>Mois &amp;suivant ▶</translation>
    </message>
    <message>
        <source>&amp;This month</source>
        <translation>&amp;Ce mois-ci</translation>
    </message>
    <message>
        <source>Export CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>PDF s&amp;tatement…</source>
        <translation>Re&amp;levé PDF…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Taken from</source>
        <translation>Imputé sur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Why the selected entry is wrong</source>
        <translation>Pourquoi l&apos;écriture choisie est erronée</translation>
    </message>
    <message>
        <source>&amp;Reverse the selected entry</source>
        <translation>&amp;Contrepasser l&apos;écriture choisie</translation>
    </message>
    <message>
        <source>Log a session</source>
        <translation>Enregistrer une session</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Mission :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>T&amp;icket:</source>
        <translation>T&amp;icket :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>&amp;Log session</source>
        <translation>&amp;Enregistrer la session</translation>
    </message>
    <message>
        <source>Draw on a &amp;pack</source>
        <translation>Imputer sur un &amp;pack</translation>
    </message>
    <message>
        <source>Record an &amp;overage</source>
        <translation>Enregistrer un &amp;dépassement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Expertise pack bought</source>
        <translation>Pack d&apos;expertise acheté</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Heures :</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Add the &amp;pack</source>
        <translation>Ajouter le &amp;pack</translation>
    </message>
    <message>
        <source>0h</source>
        <comment>no time</comment>
        <translation>0 h</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>customer — tier</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No customer yet.</source>
        <translation>Aucun client pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Choose a customer.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 since %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 depuis le %3</translation>
    </message>
    <message>
        <source>Resolution of %1: %2</source>
        <translation>Résolution d&apos;un %1 : %2</translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation>aucun engagement</translation>
    </message>
    <message>
        <source>best effort</source>
        <translation>au mieux</translation>
    </message>
    <message>
        <source>Expertise hours included this month: %1</source>
        <translation>Heures d&apos;expertise incluses ce mois-ci : %1</translation>
    </message>
    <message>
        <source>No expertise hours included this month (packs only)</source>
        <translation>Aucune heure d&apos;expertise incluse ce mois-ci (packs seulement)</translation>
    </message>
    <message>
        <source>Privileged access to experts: yes</source>
        <translation>Accès privilégié aux experts : oui</translation>
    </message>
    <message>
        <source>Privileged access to experts: no</source>
        <translation>Accès privilégié aux experts : non</translation>
    </message>
    <message>
        <source>Tickets by phone: yes</source>
        <translation>Tickets par téléphone : oui</translation>
    </message>
    <message>
        <source>Tickets by phone: no</source>
        <translation>Tickets par téléphone : non</translation>
    </message>
    <message>
        <source>Tickets received 24×7: yes</source>
        <translation>Tickets reçus 24 h/24, 7 j/7 : oui</translation>
    </message>
    <message>
        <source>Tickets received 24×7: no</source>
        <translation>Tickets reçus 24 h/24, 7 j/7 : non</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues : %1</translation>
    </message>
    <message>
        <source>Unused hours carry over to the next month</source>
        <translation>Les heures non consommées sont reportées sur le mois suivant</translation>
    </message>
    <message>
        <source>Unused hours do not carry over</source>
        <translation>Les heures non consommées ne sont pas reportées</translation>
    </message>
    <message>
        <source>No contract in force.</source>
        <translation>Aucun contrat en vigueur.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Montée de niveau</translation>
    </message>
    <message>
        <source>Downgrade</source>
        <translation>Rétrogradation</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>waiting for support</source>
        <translation>en attente du support</translation>
    </message>
    <message>
        <source>carried out on %1</source>
        <translation>exécutée le %1</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Included: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Inclus : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>carried over: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>reporté : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>in packs: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>en packs : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>used: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>consommé : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>included hours left: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>heures incluses restantes : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>left in packs: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>restant en packs : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>overage: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>dépassement : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>⚠ 75 % of this month&apos;s hours are used: %1 of %2.</source>
        <translation>⚠ 75 % des heures du mois sont consommées : %1 sur %2.</translation>
    </message>
    <message>
        <source>⚠ All of this month&apos;s hours are used (%1): further sessions draw on a pack or are recorded as an overage.</source>
        <translation>⚠ Toutes les heures du mois sont consommées (%1) : les sessions suivantes s&apos;imputent sur un pack ou sont enregistrées en dépassement.</translation>
    </message>
    <message>
        <source>⚠ This month includes no hours: sessions draw on a pack or are recorded as an overage.</source>
        <translation>⚠ Ce mois-ci n&apos;inclut aucune heure : les sessions s&apos;imputent sur un pack ou sont enregistrées en dépassement.</translation>
    </message>
    <message>
        <source>included %1</source>
        <translation>incluses %1</translation>
    </message>
    <message>
        <source>pack %1</source>
        <translation>pack %1</translation>
    </message>
    <message>
        <source>overage %1</source>
        <translation>dépassement %1</translation>
    </message>
    <message>
        <source>Reverses an entry: %1</source>
        <translation>Contrepasse une écriture : %1</translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1 (contrepassée)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>No session this month.</source>
        <translation>Aucune session ce mois-ci.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: someone changed this customer meanwhile (%1). The page shows their version now; make your change again.</source>
        <translation>Non enregistré : quelqu&apos;un a modifié ce client entre-temps (%1). La page montre maintenant sa version ; refaites votre modification.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Upgraded to %1 from %2; billed from %3. %n open ticket(s) re-targeted.</source>
        <translation>
            <numerusform>Passé au niveau %1 le %2 ; facturé à partir du %3. %n ticket ouvert recalé sur ses nouveaux objectifs.</numerusform>
            <numerusform>Passé au niveau %1 le %2 ; facturé à partir du %3. %n tickets ouverts recalés sur leurs nouveaux objectifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <source>Downgrade to %1 requested: ticket #%2 tracks it until support carries it out.</source>
        <translation>Rétrogradation vers %1 demandée : le ticket n° %2 la suit jusqu&apos;à son exécution par le support.</translation>
    </message>
    <message>
        <source>Not requested: %1</source>
        <translation>Non demandé : %1</translation>
    </message>
    <message>
        <source>Choose a request waiting for support.</source>
        <translation>Choisissez une demande en attente du support.</translation>
    </message>
    <message>
        <source>Carried out: effective %1, billed from %2.</source>
        <translation>Exécutée : effective le %1, facturée à partir du %2.</translation>
    </message>
    <message>
        <source>Not carried out: %1</source>
        <translation>Non exécutée : %1</translation>
    </message>
    <message>
        <source>Request withdrawn.</source>
        <translation>Demande retirée.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>Non retirée : %1</translation>
    </message>
    <message>
        <source>Logged: %1 on %2.</source>
        <translation>Enregistré : %1 le %2.</translation>
    </message>
    <message>
        <source>%1 of this session go beyond the %2 of included hours left. Draw on a pack (%3 left) or record an overage?</source>
        <translation>%1 de cette session dépassent les %2 d&apos;heures incluses restantes. Imputer sur un pack (%3 restantes) ou enregistrer un dépassement ?</translation>
    </message>
    <message>
        <source>Not logged yet: choose how to count what goes beyond the balance.</source>
        <translation>Pas encore enregistré : choisissez comment compter ce qui dépasse le solde.</translation>
    </message>
    <message>
        <source>Not logged: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Choose an entry that is not reversed yet.</source>
        <translation>Choisissez une écriture qui n&apos;est pas encore contrepassée.</translation>
    </message>
    <message>
        <source>Reversed: the entry stays, cancelled by a reversing entry.</source>
        <translation>Contrepassée : l&apos;écriture reste, annulée par une écriture de contrepassation.</translation>
    </message>
    <message>
        <source>Not reversed: %1</source>
        <translation>Non contrepassée : %1</translation>
    </message>
    <message>
        <source>Pack of %1 added.</source>
        <translation>Pack de %1 ajouté.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>Export the month&apos;s ledger</source>
        <translation>Exporter le registre du mois</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not exported: %1: %2</source>
        <translation>Non exporté : %1 : %2</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No statement written: %1</source>
        <translation>Aucun relevé écrit : %1</translation>
    </message>
    <message>
        <source>Statement written to %1, in the customer&apos;s language.</source>
        <translation>Relevé écrit dans %1, dans la langue du client.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>hourglass::Database</name>
    <message>
        <source>%1: the Qt SQL driver %2 is not installed</source>
        <translation>%1 : le pilote SQL Qt %2 n&apos;est pas installé</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1 : impossible de créer le dossier %2</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1 : connexion impossible : %2</translation>
    </message>
    <message>
        <source>cannot record user %1</source>
        <translation>impossible d&apos;enregistrer l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>no database file yet; Hourglass will create it</source>
        <translation>pas encore de fichier de base ; Hourglass le créera</translation>
    </message>
    <message>
        <source>connected; the database is empty and Hourglass will create its tables</source>
        <translation>connecté ; la base est vide et Hourglass créera ses tables</translation>
    </message>
    <message>
        <source>connected, but its schema version %1 is newer than this Hourglass knows (%2)</source>
        <translation>connecté, mais sa version de schéma %1 est plus récente que celle que connaît ce Hourglass (%2)</translation>
    </message>
    <message>
        <source>connected; schema version %1</source>
        <translation>connecté ; version de schéma %1</translation>
    </message>
    <message>
        <source>%1: there is no database file</source>
        <translation>%1 : le fichier de la base n&apos;existe pas</translation>
    </message>
    <message>
        <source>connected; the database is empty: its owner must run hourglass-cli migrate first</source>
        <translation>connecté ; la base est vide : son propriétaire doit d&apos;abord lancer hourglass-cli migrate</translation>
    </message>
    <message>
        <source>connected; schema version %1 is older than this Hourglass needs (%2): its owner must run hourglass-cli migrate first</source>
        <translation>connecté ; la version de schéma %1 est plus ancienne que celle qu&apos;exige cet Hourglass (%2) : son propriétaire doit d&apos;abord lancer hourglass-cli migrate</translation>
    </message>
    <message>
        <source>cannot read the server&apos;s time</source>
        <translation>impossible de lire l&apos;heure du serveur</translation>
    </message>
    <message>
        <source>cannot read users</source>
        <translation>impossible de lire les utilisateurs</translation>
    </message>
    <message>
        <source>cannot read the login</source>
        <translation>impossible de lire l&apos;identifiant de connexion</translation>
    </message>
    <message>
        <source>the database is open read-only: you may not write the file or its folder</source>
        <translation>la base est ouverte en lecture seule : vous ne pouvez écrire ni le fichier ni son dossier</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1 : le dossier %2 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>hourglass::DatabaseHandle</name>
    <message>
        <source>%1: the database cannot be reached just now</source>
        <translation>%1 : la base de données est injoignable pour le moment</translation>
    </message>
</context>
<context>
    <name>hourglass::DatabaseUrl</name>
    <message>
        <source>expected sqlite:PATH or postgresql://user@host:port/database</source>
        <translation>forme attendue : sqlite:CHEMIN ou postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>empty database URL; %1</source>
        <translation>URL de base de données vide ; %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no file; write sqlite:PATH</source>
        <translation>« %1 » ne nomme aucun fichier ; écrivez sqlite:CHEMIN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme; %2</source>
        <translation>« %1 » n&apos;a pas de schéma ; %2</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;; %2</source>
        <translation>schéma « %1 » non pris en charge ; %2</translation>
    </message>
    <message>
        <source>malformed URL &quot;%1&quot;: %2</source>
        <translation>URL « %1 » mal formée : %2</translation>
    </message>
    <message>
        <source>a password in the URL is not accepted; use PGPASSWORD or ~/.pgpass</source>
        <translation>un mot de passe dans l&apos;URL n&apos;est pas accepté ; utilisez PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host</source>
        <translation>« %1 » ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>le port « %1 » n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no database; write postgresql://user@host:port/database</source>
        <translation>« %1 » ne nomme aucune base ; écrivez postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: %2)</source>
        <translation>option « %1 » inconnue (options connues : %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a SQLite URL is a plain path and takes no options (&quot;?&quot;)</source>
        <translation>« %1 » : une URL SQLite est un simple chemin et ne prend pas d&apos;options (« ? »)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a host; write sqlite:/PATH or sqlite:///PATH</source>
        <translation>« %1 » nomme un hôte ; écrivez sqlite:/CHEMIN ou sqlite:///CHEMIN</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a SQLite URL is a plain path and takes no &quot;#&quot;</source>
        <translation>« %1 » : une URL SQLite est un simple chemin et ne prend pas de « # »</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only ~/ (your home folder) is expanded; write the full path</source>
        <translation>« %1 » : seul ~/ (votre dossier personnel) est développé ; écrivez le chemin complet</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is not accepted: the host, port, database and user are the URL&apos;s own parts</source>
        <translation>l&apos;option « %1 » n&apos;est pas acceptée : l&apos;hôte, le port, la base et l&apos;utilisateur sont les parties propres de l&apos;URL</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; holds a &quot;;&quot; or a control character, which cannot be passed to PostgreSQL</source>
        <translation>l&apos;option « %1 » contient un « ; » ou un caractère de contrôle, qui ne peut être transmis à PostgreSQL</translation>
    </message>
    <message>
        <source>the %1 holds a control character (U+%2)</source>
        <translation>%1 contient un caractère de contrôle (U+%2)</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode « %1 » n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; is not a number of seconds from 1 to 3600</source>
        <translation>connect_timeout « %1 » n&apos;est pas un nombre de secondes de 1 à 3600</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>le nom de fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names an empty user; leave out the &quot;@&quot; to connect as yourself</source>
        <translation>« %1 » nomme un utilisateur vide ; omettez le « @ » pour vous connecter en votre nom</translation>
    </message>
    <message>
        <source>host</source>
        <translation>l&apos;hôte</translation>
    </message>
    <message>
        <source>user</source>
        <translation>l&apos;utilisateur</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>le nom de la base de données</translation>
    </message>
    <message>
        <source>the %1 holds a &quot;;&quot;, which cannot be passed to PostgreSQL</source>
        <translation>%1 contient un « ; », qui ne peut pas être transmis à PostgreSQL</translation>
    </message>
    <message>
        <source>the file name is %1 characters long; no path is longer than 4096</source>
        <translation>le nom de fichier compte %1 caractères ; aucun chemin ne dépasse 4096</translation>
    </message>
</context>
<context>
    <name>hourglass::DemoData</name>
    <message>
        <source>cannot write demo data: %1 (in: %2)</source>
        <translation>impossible d&apos;écrire les données de démonstration : %1 (dans : %2)</translation>
    </message>
    <message>
        <source>cannot prepare demo data statement: %1</source>
        <translation>impossible de préparer une requête des données de démonstration : %1</translation>
    </message>
</context>
<context>
    <name>hourglass::DeskNotifier</name>
    <message>
        <source>[%1] After-hours call %2: please call back and take ownership</source>
        <translation>[%1] Appel hors heures %2 : merci de rappeler et de prendre la main</translation>
    </message>
    <message>
        <source>%1, you are the %2 for after-hours call %3 (ticket #%4, %5).

Call %6 back on %7, then tell the desk you own the incident.
If nobody acknowledges by %8, the next contact is tried.</source>
        <translation>%1, vous êtes le %2 pour l&apos;appel hors heures %3 (ticket n° %4, %5).

Rappelez %6 au %7, puis dites à la permanence que vous prenez l&apos;incident en main.
Si personne ne prend la main d&apos;ici %8, le contact suivant est appelé.</translation>
    </message>
    <message>
        <source>A call that is not urgent was taken by the after-hours desk: ticket #%1, %2 (%3), contact %4.

To be handled as a priority the next working day.</source>
        <translation>La permanence hors heures a pris un appel non urgent : ticket n° %1, %2 (%3), contact %4.

À traiter en priorité le jour ouvrable suivant.</translation>
    </message>
    <message>
        <source>After-hours call, not urgent: ticket #%1 %2</source>
        <translation>Appel hors heures, non urgent : ticket n° %1 %2</translation>
    </message>
    <message>
        <source>the console that was sending it stopped before it finished</source>
        <translation>la console qui l&apos;envoyait s&apos;est arrêtée avant la fin</translation>
    </message>
</context>
<context>
    <name>hourglass::DeskSettings</name>
    <message>
        <source>“%1” is not an smtp:// or smtps:// address of a mail server</source>
        <translation>« %1 » n&apos;est pas une adresse smtp:// ou smtps:// de serveur de messagerie</translation>
    </message>
    <message>
        <source>give the address mail comes from, as Desk &lt;desk@example.com&gt;</source>
        <translation>indiquez l&apos;adresse d&apos;expédition, comme Permanence &lt;desk@example.com&gt;</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation>« %1 » n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL</source>
        <translation>« %1 » n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>must be between 1 and 1440 minutes</source>
        <translation>doit être compris entre 1 et 1440 minutes</translation>
    </message>
    <message>
        <source>line %1: give a region, a tab, then the number</source>
        <translation>ligne %1 : indiquez une région, une tabulation, puis le numéro</translation>
    </message>
</context>
<context>
    <name>hourglass::DeskSettingsBox</name>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Support inbox</source>
        <translation>Boîte du support</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Délai de prise en main</translation>
    </message>
    <message>
        <source>Desk phone numbers</source>
        <translation>Numéros de la permanence</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Saved. The desk uses these settings from now on.</source>
        <translation>Enregistré. La permanence utilise désormais ces réglages.</translation>
    </message>
    <message>
        <source>After-hours desk</source>
        <translation>Permanence hors heures</translation>
    </message>
    <message>
        <source>&amp;Mail server:</source>
        <translation>Serveur de &amp;messagerie :</translation>
    </message>
    <message>
        <source>smtp://mail.example.com:587 (empty: the desk sends no email)</source>
        <translation>smtp://mail.example.com:587 (vide : la permanence n&apos;envoie pas de courriel)</translation>
    </message>
    <message>
        <source>Require an encrypted connection (STARTTLS)</source>
        <translation>Exiger une connexion chiffrée (STARTTLS)</translation>
    </message>
    <message>
        <source>smtps:// is always encrypted; turn this off only for a relay on this machine</source>
        <translation>smtps:// est toujours chiffré ; ne désactivez ceci que pour un relais sur cette machine</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>E&amp;xpéditeur :</translation>
    </message>
    <message>
        <source>After-hours desk &lt;desk@example.com&gt;</source>
        <translation>Permanence hors heures &lt;desk@example.com&gt;</translation>
    </message>
    <message>
        <source>Support &amp;inbox:</source>
        <translation>&amp;Boîte du support :</translation>
    </message>
    <message>
        <source>Where calls that are not urgent are sent</source>
        <translation>Où sont envoyés les appels non urgents</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook :</translation>
    </message>
    <message>
        <source>https://… (each step of an escalation is posted as JSON)</source>
        <translation>https://… (chaque étape d&apos;une escalade y est envoyée en JSON)</translation>
    </message>
    <message>
        <source>&amp;Time to acknowledge:</source>
        <translation>&amp;Délai de prise en main :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Desk phone &amp;numbers:</source>
        <translation>&amp;Numéros de la permanence :</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>&amp;Save the desk settings</source>
        <translation>&amp;Enregistrer les réglages de la permanence</translation>
    </message>
</context>
<context>
    <name>hourglass::DeskView</name>
    <message>
        <source>The desk cannot read the database: %1</source>
        <translation>La permanence ne peut pas lire la base de données : %1</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Not urgent</source>
        <translation>Non urgent</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>pris en main par %1</translation>
    </message>
    <message>
        <source>calling %1</source>
        <translation>appel de %1</translation>
    </message>
    <message>
        <source>No escalation under way</source>
        <translation>Aucune escalade en cours</translation>
    </message>
    <message>
        <source>An urgent or critical call starts one: the prime on-call contact first, then each secondary in turn until someone takes ownership.</source>
        <translation>Un appel urgent ou critique en lance une : le contact d&apos;astreinte principal d&apos;abord, puis chaque secondaire à tour de rôle jusqu&apos;à ce que quelqu&apos;un prenne la main.</translation>
    </message>
    <message>
        <source>Caller: %1 — call back on %2 — ticket #%3 — started %4</source>
        <translation>Appelant : %1 — rappeler au %2 — ticket n° %3 — commencée %4</translation>
    </message>
    <message>
        <source>%1 owns the incident since %2</source>
        <translation>%1 a pris l&apos;incident en main depuis %2</translation>
    </message>
    <message>
        <source>Calling %1 (%2), round %3</source>
        <translation>Appel de %1 (%2), tour %3</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (tour %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Appel en cours…</translation>
    </message>
    <message>
        <source>No acknowledgment within %1</source>
        <translation>Pas de prise en main en %1</translation>
    </message>
    <message>
        <source>Level %1 R&amp;D</source>
        <translation>R&amp;D de niveau %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Until the next contact is tried, at %1</source>
        <translation>Jusqu&apos;à l&apos;appel du contact suivant, à %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Call-back number</source>
        <translation>Numéro de rappel</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>On-call rotation</source>
        <translation>Rotation d&apos;astreinte</translation>
    </message>
    <message>
        <source>R&amp;D level</source>
        <translation>Niveau R&amp;D</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>Ticket #%1 opened; the escalation has started.</source>
        <translation>Ticket n° %1 ouvert ; l&apos;escalade a commencé.</translation>
    </message>
    <message>
        <source>Ticket #%1 opened for the next working day, with priority.</source>
        <translation>Ticket n° %1 ouvert pour le jour ouvrable suivant, en priorité.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>After-hours desk</source>
        <translation>Permanence hors heures</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>desk phone region, number</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Desk numbers — %1</source>
        <translation>Numéros de la permanence — %1</translation>
    </message>
    <message>
        <source>Take a call</source>
        <translation>Prendre un appel</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>C&amp;aller:</source>
        <translation>&amp;Appelant :</translation>
    </message>
    <message>
        <source>Call-&amp;back number:</source>
        <translation>Numéro de &amp;rappel :</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgence :</translation>
    </message>
    <message>
        <source>&amp;Not urgent</source>
        <translation>&amp;Non urgent</translation>
    </message>
    <message>
        <source>Recorded and sent to the support inbox, handled as a priority the next working day</source>
        <translation>Noté et envoyé à la boîte du support, traité en priorité le jour ouvrable suivant</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>&amp;Urgent</translation>
    </message>
    <message>
        <source>The prime on-call contact is called and emailed at once, then each secondary in turn until someone takes ownership</source>
        <translation>Le contact d&apos;astreinte principal est appelé et reçoit un courriel aussitôt, puis chaque secondaire à tour de rôle jusqu&apos;à ce que quelqu&apos;un prenne la main</translation>
    </message>
    <message>
        <source>&amp;What is happening:</source>
        <translation>Ce &amp;qui se passe :</translation>
    </message>
    <message>
        <source>The situation, in the caller&apos;s words</source>
        <translation>La situation, dans les mots de l&apos;appelant</translation>
    </message>
    <message>
        <source>Choose or type the customer&apos;s name</source>
        <translation>Choisissez ou tapez le nom du client</translation>
    </message>
    <message>
        <source>+1 613 555 0100</source>
        <translation>+1 613 555 0100</translation>
    </message>
    <message>
        <source>&amp;Record the call</source>
        <translation>&amp;Enregistrer l&apos;appel</translation>
    </message>
    <message>
        <source>Escalations under way</source>
        <translation>Escalades en cours</translation>
    </message>
    <message>
        <source>Page level-2 R&amp;&amp;D</source>
        <translation>Biper la R&amp;&amp;D de niveau 2</translation>
    </message>
    <message>
        <source>Page level-3 R&amp;&amp;D</source>
        <translation>Biper la R&amp;&amp;D de niveau 3</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Enregistrer l&apos;issue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Noté par</translation>
    </message>
    <message>
        <source>Cri&amp;tical</source>
        <translation>Cri&amp;tique</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler le %1</translation>
    </message>
    <message>
        <source>After-hours call %1: please call %2 back on %3</source>
        <translation>Appel hors heures %1 : merci de rappeler %2 au %3</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <source>No phone number or email address is known for %1.</source>
        <translation>Aucun numéro de téléphone ni adresse électronique connus pour %1.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>%1 being sent</source>
        <translation>%1 en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>%1 delivered</source>
        <translation>%1 remis</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 en échec : %2</translation>
    </message>
    <message>
        <source>%1 (sent)</source>
        <translation>%1 (envoi)</translation>
    </message>
    <message>
        <source>Support inbox</source>
        <translation>Boîte du support</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>la permanence</translation>
    </message>
    <message>
        <source>Kept on this computer: the database cannot be reached. It is recorded, with the time you logged it, as soon as the database is back.</source>
        <translation>Gardé sur cet ordinateur : la base de données est injoignable. Ce sera enregistré, avec l&apos;heure où vous l&apos;avez noté, dès que la base sera de retour.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3, %4 — %5</source>
        <comment>severity, customer, caller, started at, where the run is</comment>
        <translation>%1 — %2 — %3, %4 — %5</translation>
    </message>
    <message>
        <source>Escalation %1: %2, %3</source>
        <translation>Escalade %1 : %2, %3</translation>
    </message>
</context>
<context>
    <name>hourglass::Duration</name>
    <message>
        <source>%1d</source>
        <comment>days, compact</comment>
        <translation>%1&#xa0;j</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>hours, compact</comment>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>minutes, compact</comment>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>seconds, compact</comment>
        <translation>%1&#xa0;s</translation>
    </message>
</context>
<context>
    <name>hourglass::EscalationRun</name>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Messagerie vocale</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Acknowledged ownership</source>
        <translation>A pris la main</translation>
    </message>
    <message>
        <source>Paged</source>
        <translation>Bipé</translation>
    </message>
    <message>
        <source>De-escalated: operations resumed</source>
        <translation>Désescaladé : activité reprise</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Rolled back to the last working release</source>
        <translation>Retour à la dernière version qui fonctionnait</translation>
    </message>
</context>
<context>
    <name>hourglass::EscalationService</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not one of not-urgent, urgent, critical</source>
        <translation>« %1 » n&apos;est pas l&apos;un de not-urgent, urgent, critical</translation>
    </message>
    <message>
        <source>must be between 1 minute and 24 hours</source>
        <translation>doit être compris entre 1 minute et 24 heures</translation>
    </message>
    <message>
        <source>nobody is on call in “%1” at %2</source>
        <translation>personne n&apos;est d&apos;astreinte dans « %1 » à %2</translation>
    </message>
    <message>
        <source>After-hours call from %1, call back on %2.

%3</source>
        <translation>Appel hors heures de %1, à rappeler au %2.

%3</translation>
    </message>
    <message>
        <source>there is no escalation run %1</source>
        <translation>il n&apos;y a pas d&apos;escalade %1</translation>
    </message>
    <message>
        <source>escalation run %1 has ended: %2</source>
        <translation>l&apos;escalade %1 est terminée : %2</translation>
    </message>
    <message>
        <source>R&amp;D contacts are paged on demand, not as a step of the run</source>
        <translation>les contacts R&amp;D sont bipés à la demande, pas comme une étape de l&apos;escalade</translation>
    </message>
    <message>
        <source>step %1 has not started; the run is at step %2</source>
        <translation>l&apos;étape %1 n&apos;a pas commencé ; l&apos;escalade en est à l&apos;étape %2</translation>
    </message>
    <message>
        <source>escalation run %1 is owned by %2 already</source>
        <translation>l&apos;escalade %1 est déjà prise en main par %2</translation>
    </message>
    <message>
        <source>“%1” is not the contact of step %2</source>
        <translation>« %1 » n&apos;est pas le contact de l&apos;étape %2</translation>
    </message>
    <message>
        <source>Escalation: %1 acknowledged ownership.</source>
        <translation>Escalade : %1 a pris la main.</translation>
    </message>
    <message>
        <source>Escalation, step %1: %2 — %3.</source>
        <translation>Escalade, étape %1 : %2 — %3.</translation>
    </message>
    <message>
        <source>must be 2 or 3</source>
        <translation>doit valoir 2 ou 3</translation>
    </message>
    <message>
        <source>the rotation names nobody at level %1</source>
        <translation>la rotation ne nomme personne au niveau %1</translation>
    </message>
    <message>
        <source>Escalation: level-%1 R&amp;D paged: %2.</source>
        <translation>Escalade : R&amp;D de niveau %1 bipée : %2.</translation>
    </message>
    <message>
        <source>nobody owns escalation run %1 yet</source>
        <translation>personne n&apos;a encore pris en main l&apos;escalade %1</translation>
    </message>
    <message>
        <source>Escalation ended: %1.</source>
        <translation>Escalade terminée : %1.</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <source>Toll free, US and Canada</source>
        <translation>Numéro gratuit, États-Unis et Canada</translation>
    </message>
    <message>
        <source>EMEA</source>
        <translation>EMEA</translation>
    </message>
    <message>
        <source>not an escalation command (“%1”)</source>
        <translation>ce n&apos;est pas une commande d&apos;escalade (« %1 »)</translation>
    </message>
    <message>
        <source>an escalation command without its run and version</source>
        <translation>une commande d&apos;escalade sans son escalade ni sa version</translation>
    </message>
    <message>
        <source>an attempt without a step and an outcome</source>
        <translation>une tentative sans étape ni issue</translation>
    </message>
    <message>
        <source>a page without its level</source>
        <translation>un bip sans son niveau</translation>
    </message>
    <message>
        <source>an outcome that is not de-escalated, fixed or rolled-back</source>
        <translation>une issue qui n&apos;est ni de-escalated, ni fixed, ni rolled-back</translation>
    </message>
    <message>
        <source>Escalation, step %1: calling %2, %3, round %4; next contact at %5.</source>
        <translation>Escalade, étape %1 : appel de %2, %3, tour %4 ; contact suivant à %5.</translation>
    </message>
    <message>
        <source>ticket #%1 was opened, but its escalation could not start: %2</source>
        <translation>le ticket n° %1 a été ouvert, mais son escalade n&apos;a pas pu commencer : %2</translation>
    </message>
    <message>
        <source>escalation run %1 has nobody to call</source>
        <translation>l&apos;escalade %1 n&apos;a personne à appeler</translation>
    </message>
</context>
<context>
    <name>hourglass::EventPayload</name>
    <message>
        <source>must be a positive whole number</source>
        <translation>doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (open, waiting-customer or scheduled)</source>
        <translation>statut inconnu « %1 » (open, waiting-customer ou scheduled)</translation>
    </message>
</context>
<context>
    <name>hourglass::ExpertiseKinds</name>
    <message>
        <source>Discovery session of the portal</source>
        <translation>Session de découverte du portail</translation>
    </message>
    <message>
        <source>Target architecture</source>
        <translation>Architecture cible</translation>
    </message>
    <message>
        <source>Daily advice and skills</source>
        <translation>Conseil au quotidien et montée en compétences</translation>
    </message>
    <message>
        <source>Troubleshooting outside the service</source>
        <translation>Dépannage hors service</translation>
    </message>
    <message>
        <source>P1 rapid action</source>
        <translation>Action rapide sur P1</translation>
    </message>
    <message>
        <source>Report and sizing recommendations</source>
        <translation>Rapport et recommandations de dimensionnement</translation>
    </message>
</context>
<context>
    <name>hourglass::ExplainText</name>
    <message>
        <source>Initial response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Periodic update</source>
        <translation>Point d&apos;avancement</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>not started</source>
        <comment>SLA clock state</comment>
        <translation>pas démarrée</translation>
    </message>
    <message>
        <source>best effort</source>
        <comment>SLA clock state</comment>
        <translation>au mieux</translation>
    </message>
    <message>
        <source>awaiting a scheduled time</source>
        <comment>SLA clock state</comment>
        <translation>en attente d&apos;une date planifiée</translation>
    </message>
    <message>
        <source>running</source>
        <comment>SLA clock state</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>SLA clock state</comment>
        <translation>en pause</translation>
    </message>
    <message>
        <source>met</source>
        <comment>SLA clock state</comment>
        <translation>respectée</translation>
    </message>
    <message>
        <source>breached</source>
        <comment>SLA clock state</comment>
        <translation>dépassée</translation>
    </message>
    <message>
        <source>%1 of business time on %2</source>
        <translation>%1 de temps ouvré sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) (%1 each) on %2</source>
        <translation>
            <numerusform>%n jour ouvré (de %1) sur %2</numerusform>
            <numerusform>%n jours ouvrés (de %1 chacun) sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar day(s): the same local time in %1</source>
        <translation>
            <numerusform>%n jour calendaire : la même heure locale à %1</numerusform>
            <numerusform>%n jours calendaires : la même heure locale à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>immediate: due the moment the clock starts</source>
        <translation>immédiate : échue dès le démarrage de l&apos;horloge</translation>
    </message>
    <message>
        <source>at the time the requester scheduled</source>
        <translation>à l&apos;heure planifiée par le demandeur</translation>
    </message>
    <message>
        <source>best effort: no timed commitment</source>
        <translation>au mieux : aucun engagement de délai</translation>
    </message>
    <message>
        <source>counted: working hours</source>
        <translation>compté : heures ouvrées</translation>
    </message>
    <message>
        <source>not counted: outside working hours</source>
        <translation>non compté : hors des heures ouvrées</translation>
    </message>
    <message>
        <source>not counted: holiday (%1)</source>
        <translation>non compté : jour férié (%1)</translation>
    </message>
    <message>
        <source>not counted: paused while the work is scheduled</source>
        <translation>non compté : en pause pendant que l&apos;intervention est planifiée</translation>
    </message>
    <message>
        <source>not counted: paused while waiting on the customer</source>
        <translation>non compté : en pause en attendant le client</translation>
    </message>
    <message>
        <source> (ahead, if nothing changes)</source>
        <translation> (à venir, si rien ne change)</translation>
    </message>
    <message>
        <source>New</source>
        <comment>ticket status</comment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <comment>ticket status</comment>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>ticket status</comment>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>sévérité %1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>the channel a ticket came in by</comment>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Created (%1)</source>
        <translation>Créé (%1)</translation>
    </message>
    <message>
        <source>Severity changed to %1</source>
        <translation>Sévérité passée à %1</translation>
    </message>
    <message>
        <source>Tier changed to %1</source>
        <translation>Niveau passé à %1</translation>
    </message>
    <message>
        <source>Policy changed to version %1</source>
        <translation>Politique passée à la version %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Responded to the customer</source>
        <translation>Réponse envoyée au client</translation>
    </message>
    <message>
        <source>Status update sent</source>
        <translation>Point d&apos;avancement envoyé</translation>
    </message>
    <message>
        <source>Customer replied</source>
        <translation>Le client a répondu</translation>
    </message>
    <message>
        <source>Scheduled for %1</source>
        <translation>Prévu le %1</translation>
    </message>
    <message>
        <source>Schedule cleared</source>
        <translation>Planification annulée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Attribution retirée</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribué à %1</translation>
    </message>
    <message>
        <source>Internal note: %1</source>
        <translation>Note interne : %1</translation>
    </message>
    <message>
        <source>not counted: paused for maintenance (%1)</source>
        <translation>non compté : en pause pour maintenance (%1)</translation>
    </message>
</context>
<context>
    <name>hourglass::FileReading</name>
    <message>
        <source>larger than %1 MiB</source>
        <translation>plus de %1 Mio</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>le nom de fichier est vide</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
</context>
<context>
    <name>hourglass::ICalendarFile</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>libical cannot read this line</source>
        <translation>libical ne peut pas lire cette ligne</translation>
    </message>
    <message>
        <source>libical cannot read this line: %1</source>
        <translation>libical ne peut pas lire cette ligne : %1</translation>
    </message>
    <message>
        <source>the file starts with a continuation line</source>
        <translation>le fichier commence par une ligne de continuation</translation>
    </message>
    <message>
        <source>the line holds a control character</source>
        <translation>la ligne contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the line is not UTF-8 text</source>
        <translation>la ligne n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>BEGIN and END take a component name and nothing else</source>
        <translation>BEGIN et END prennent un nom de composant et rien d’autre</translation>
    </message>
    <message>
        <source>a component without a name</source>
        <translation>un composant sans nom</translation>
    </message>
    <message>
        <source>components nest too deep</source>
        <translation>des composants imbriqués trop profondément</translation>
    </message>
    <message>
        <source>“%1” begins outside a VCALENDAR</source>
        <translation>« %1 » commence hors d’un VCALENDAR</translation>
    </message>
    <message>
        <source>END:%1 ends no component that began</source>
        <translation>END:%1 ne termine aucun composant commencé</translation>
    </message>
    <message>
        <source>a property outside any VCALENDAR</source>
        <translation>une propriété hors de tout VCALENDAR</translation>
    </message>
    <message>
        <source>BEGIN:%1 never ends</source>
        <translation>BEGIN:%1 ne se termine jamais</translation>
    </message>
    <message>
        <source>the file holds no VCALENDAR</source>
        <translation>le fichier ne contient aucun VCALENDAR</translation>
    </message>
    <message>
        <source>a date without a time of day: maintenance windows start at a time</source>
        <translation>une date sans heure : une fenêtre de maintenance commence à une heure donnée</translation>
    </message>
    <message>
        <source>the time zone “%1” is not one of the IANA database</source>
        <translation>le fuseau horaire « %1 » n’est pas de la base IANA</translation>
    </message>
    <message>
        <source>%1 appears twice in one event</source>
        <translation>%1 figure deux fois dans un même événement</translation>
    </message>
    <message>
        <source>a negative DURATION</source>
        <translation>une DURATION négative</translation>
    </message>
    <message>
        <source>RANGE=THISANDFUTURE is not supported: change the window itself, or each occurrence</source>
        <translation>RANGE=THISANDFUTURE n’est pas pris en charge : modifiez la fenêtre elle-même, ou chaque occurrence</translation>
    </message>
    <message>
        <source>an RDATE period is not supported: give its start only</source>
        <translation>une période RDATE n’est pas prise en charge : donnez seulement son début</translation>
    </message>
    <message>
        <source>the event has no UID</source>
        <translation>l’événement n’a pas d’UID</translation>
    </message>
    <message>
        <source>the event has no DTSTART</source>
        <translation>l’événement n’a pas de DTSTART</translation>
    </message>
    <message>
        <source>an event has DTEND or DURATION, not both</source>
        <translation>un événement a DTEND ou DURATION, pas les deux</translation>
    </message>
    <message>
        <source>a second event with the UID “%1”</source>
        <translation>un second événement d’UID « %1 »</translation>
    </message>
    <message>
        <source>the event has no SUMMARY, the window&apos;s title</source>
        <translation>l’événement n’a pas de SUMMARY, le titre de la fenêtre</translation>
    </message>
    <message>
        <source>DTSTART has no time zone (TZID): a window keeps the wall-clock time of one zone</source>
        <translation>DTSTART n’a pas de fuseau horaire (TZID) : une fenêtre garde l’heure locale d’un fuseau</translation>
    </message>
    <message>
        <source>the event has neither DTEND nor DURATION: a window lasts a while</source>
        <translation>l’événement n’a ni DTEND ni DURATION : une fenêtre dure un certain temps</translation>
    </message>
    <message>
        <source>the event names no platform (%1 or LOCATION)</source>
        <translation>l’événement ne nomme aucune plateforme (%1 ou LOCATION)</translation>
    </message>
    <message>
        <source>%1 is TRUE or FALSE</source>
        <translation>%1 vaut TRUE ou FALSE</translation>
    </message>
    <message>
        <source>%1 is keep, skip or next-working-day</source>
        <translation>%1 vaut keep, skip ou next-working-day</translation>
    </message>
    <message>
        <source>this event changes one occurrence (RECURRENCE-ID) of “%1”, which the file does not hold</source>
        <translation>cet événement modifie une occurrence (RECURRENCE-ID) de « %1 », que le fichier ne contient pas</translation>
    </message>
</context>
<context>
    <name>hourglass::JsonReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, trouvé %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>nombre entier attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>nombre attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé %1</translation>
    </message>
    <message>
        <source>unknown field (is it misspelt?)</source>
        <translation>champ inconnu (faute de frappe ?)</translation>
    </message>
    <message>
        <source>null</source>
        <comment>JSON value</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <comment>JSON value</comment>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>JSON value</comment>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>JSON value</comment>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>JSON value</comment>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>JSON value</comment>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>JSON value</comment>
        <translation>rien</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>format « %1 » non pris en charge (attendu : « %2 »)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 instant with a zone, such as 2026-03-09T13:30:00Z</source>
        <translation>« %1 » n&apos;est pas un instant ISO 8601 avec fuseau, comme 2026-03-09T13:30:00Z</translation>
    </message>
    <message>
        <source>must be a whole number from -%1 to %1</source>
        <translation>doit être un nombre entier de -%1 à %1</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte 0x%1)</source>
        <translation>pas du texte UTF-8 (octet 0x%1)</translation>
    </message>
    <message>
        <source>this key appears twice in the same object</source>
        <translation>cette clé apparaît deux fois dans le même objet</translation>
    </message>
</context>
<context>
    <name>hourglass::MainWindow</name>
    <message>
        <source>Hourglass</source>
        <translation>Hourglass</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Hourglass</source>
        <translation>À &amp;propos de Hourglass</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>database state</comment>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>About Hourglass</source>
        <translation>À propos de Hourglass</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hourglass %1&lt;/h3&gt;&lt;p&gt;A support console that keeps every SLA clock in view: deadlines in business hours, time zones, holidays and daylight saving, paused while the customer is silent.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hourglass %1&lt;/h3&gt;&lt;p&gt;Une console de support qui garde chaque horloge SLA sous les yeux : échéances en heures ouvrées, fuseaux horaires, jours fériés et heure d&apos;été, en pause tant que le client ne répond pas.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n edit(s) waiting</source>
        <comment>database state</comment>
        <translation>
            <numerusform>Hors ligne : %n modification en attente</numerusform>
            <numerusform>Hors ligne : %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <comment>database state</comment>
        <translation>Reconnexion…</translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceBanner</name>
    <message>
        <source>%1 %2 time</source>
        <comment>wall-clock time, place of its time zone</comment>
        <translation>%1, heure de %2</translation>
    </message>
    <message>
        <source>Maintenance in progress: %1 until %2</source>
        <comment>window title, end time</comment>
        <translation>Maintenance en cours : %1 jusqu’à %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>maintenance in progress, what it means</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceExpander</name>
    <message>
        <source>the window “%1” takes its holidays from the calendar “%2”, which does not exist</source>
        <translation>la fenêtre « %1 » prend ses jours fériés dans le calendrier « %2 », qui n’existe pas</translation>
    </message>
    <message>
        <source>“%1” and “%2” of platform %3 overlap from %4 to %5</source>
        <translation>« %1 » et « %2 » de la plateforme %3 se chevauchent de %4 à %5</translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceMonthGrid</name>
    <message numerus="yes">
        <source>+%n more</source>
        <comment>maintenance windows on a day</comment>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceNoticeDialog</name>
    <message>
        <source>The customers cannot be read: %1</source>
        <translation>Les clients ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>No address is known for this customer: type one</source>
        <translation>Aucune adresse n’est connue pour ce client : saisissez-en une</translation>
    </message>
    <message>
        <source>.eml file</source>
        <comment>how a notice was sent</comment>
        <translation>fichier .eml</translation>
    </message>
    <message>
        <source>mail client</source>
        <comment>how a notice was sent</comment>
        <translation>messagerie</translation>
    </message>
    <message>
        <source>reminded %1 by %2 (%3)</source>
        <translation>rappel envoyé le %1 par %2 (%3)</translation>
    </message>
    <message>
        <source>cancellation sent %1 by %2 (%3)</source>
        <translation>annulation envoyée le %1 par %2 (%3)</translation>
    </message>
    <message>
        <source>sent %1 by %2 (%3)</source>
        <translation>envoyé le %1 par %2 (%3)</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>No customer subscribes to the platform %1: there is no one to notify.</source>
        <translation>Aucun client n’est abonné à la plateforme %1 : personne à prévenir.</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>Aucun rappel n’est dû.</translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation>(pas encore d’adresse)</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2
Attached: %3

%4</source>
        <comment>address, subject, attachment, text</comment>
        <translation>À : %1
Objet : %2
Pièce jointe : %3

%4</translation>
    </message>
    <message>
        <source>a calendar cancellation (.ics)</source>
        <translation>une annulation d’agenda (.ics)</translation>
    </message>
    <message>
        <source>a calendar invitation (.ics)</source>
        <translation>une invitation d’agenda (.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) saved in %1, to send from your mail program.</source>
        <translation>
            <numerusform>%n avis enregistré dans %1, à envoyer depuis votre messagerie.</numerusform>
            <numerusform>%n avis enregistrés dans %1, à envoyer depuis votre messagerie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n’a été envoyé : %1</translation>
    </message>
    <message>
        <source>No mail program took the notices: save them as .eml files instead.</source>
        <translation>Aucune messagerie n’a pris les avis : enregistrez-les plutôt en fichiers .eml.</translation>
    </message>
    <message>
        <source>The notices are in your mail program, but they could not be recorded: %1</source>
        <translation>Les avis sont dans votre messagerie, mais n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) opened in your mail program; the invitation is not attached there, save .eml files to send it.</source>
        <translation>
            <numerusform>%n message ouvert dans votre messagerie ; l’invitation n’y est pas jointe, enregistrez des fichiers .eml pour l’envoyer.</numerusform>
            <numerusform>%n messages ouverts dans votre messagerie ; l’invitation n’y est pas jointe, enregistrez des fichiers .eml pour l’envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the notices</source>
        <translation>Dossier des avis</translation>
    </message>
    <message>
        <source>Tell customers of a cancellation</source>
        <translation>Prévenir les clients d’une annulation</translation>
    </message>
    <message>
        <source>Notify customers</source>
        <translation>Prévenir les clients</translation>
    </message>
    <message>
        <source>The occurrence of “%1” (%2) on %3 is cancelled: each customer of the platform is told, in their language and time zone.</source>
        <translation>L’occurrence de « %1 » (%2) du %3 est annulée : chaque client de la plateforme en est informé, dans sa langue et son fuseau horaire.</translation>
    </message>
    <message>
        <source>“%1” (%2) runs %3: each customer of the platform gets a notice in their language and time zone, with a calendar invitation.</source>
        <translation>« %1 » (%2) a lieu %3 : chaque client de la plateforme reçoit un avis dans sa langue et son fuseau horaire, avec une invitation d’agenda.</translation>
    </message>
    <message>
        <source>Maintenance reminders</source>
        <translation>Rappels de maintenance</translation>
    </message>
    <message>
        <source>The reminders due now: customers told of a maintenance whose reminder time has come, for occurrences not yet started.</source>
        <translation>Les rappels dus maintenant : les clients prévenus d’une maintenance dont l’heure du rappel est venue, pour des occurrences pas encore commencées.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>Support &lt;support@example.com&gt;</source>
        <translation>Support &lt;support@example.com&gt;</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Rappel :</translation>
    </message>
    <message>
        <source> h before</source>
        <comment>hours before the maintenance</comment>
        <translation> h avant</translation>
    </message>
    <message>
        <source>no reminder</source>
        <translation>pas de rappel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>&amp;Save as .eml files…</source>
        <translation>&amp;Enregistrer en fichiers .eml…</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 – %2 your time</source>
        <comment>start, end</comment>
        <translation>%1 – %2, heure locale</translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceService</name>
    <message>
        <source>the maintenance window</source>
        <translation>la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>the maintenance window “%1”</source>
        <translation>la fenêtre de maintenance « %1 »</translation>
    </message>
    <message>
        <source>another window of the same list has the UID “%1”</source>
        <translation>une autre fenêtre de la même liste a l’UID « %1 »</translation>
    </message>
    <message>
        <source>%1, %2-%3 %4</source>
        <comment>maintenance window: title, start-end, place of its zone</comment>
        <translation>%1, %2-%3 heure de %4</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>“%1” names no occurrence: expected the window&apos;s UID, “/” and its start in ISO 8601 UTC, as “maintenance occurrences” prints them (nup@hourglass/2026-01-06T23:00:00Z)</source>
        <translation>« %1 » ne désigne aucune occurrence : attendu l’UID de la fenêtre, « / » et son début en ISO 8601 UTC, comme « maintenance occurrences » les affiche (nup@hourglass/2026-01-06T23:00:00Z)</translation>
    </message>
    <message>
        <source>no maintenance window has the UID “%1”</source>
        <translation>aucune fenêtre de maintenance n’a l’UID « %1 »</translation>
    </message>
    <message>
        <source>no occurrence of the maintenance window “%1” starts at %2</source>
        <translation>aucune occurrence de la fenêtre de maintenance « %1 » ne commence à %2</translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceView</name>
    <message>
        <source>The maintenance calendar may be out of date: %1</source>
        <translation>Le calendrier de maintenance n’est peut-être pas à jour : %1</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 – %4
%5</source>
        <comment>title, platform, start, end, rule</comment>
        <translation>%1 (%2)
%3 – %4
%5</translation>
    </message>
    <message>
        <source>%1 — %2 (in progress)</source>
        <comment>title, platform</comment>
        <translation>%1 — %2 (en cours)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>title, platform</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your time: %1 – %2</source>
        <translation>Votre heure : %1 – %2</translation>
    </message>
    <message>
        <source>%1 time: %2–%3</source>
        <comment>place of the window&apos;s zone, start, end</comment>
        <translation>Heure de %1 : %2–%3</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>Impact : %1</translation>
    </message>
    <message>
        <source>Keeps working: %1</source>
        <translation>Continue de fonctionner : %1</translation>
    </message>
    <message>
        <source>SLA clocks of the platform&apos;s customers pause</source>
        <translation>Les délais SLA des clients de la plateforme sont suspendus</translation>
    </message>
    <message>
        <source>SLA clocks keep running</source>
        <translation>Les délais SLA continuent de courir</translation>
    </message>
    <message>
        <source>No maintenance in the next two months.</source>
        <translation>Aucune maintenance dans les deux prochains mois.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importation refusée</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Rien n’a été importé.

%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance window(s) imported.</source>
        <translation>
            <numerusform>%n fenêtre de maintenance importée.</numerusform>
            <numerusform>%n fenêtres de maintenance importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Import maintenance windows</source>
        <translation>Importer des fenêtres de maintenance</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export maintenance windows</source>
        <translation>Exporter les fenêtres de maintenance</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Aujourd’&amp;hui</translation>
    </message>
    <message>
        <source>Next occurrences</source>
        <translation>Prochaines occurrences</translation>
    </message>
    <message>
        <source>Overlapping windows</source>
        <translation>Fenêtres qui se chevauchent</translation>
    </message>
    <message>
        <source>&amp;New window…</source>
        <translation>&amp;Nouvelle fenêtre…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Import .ics…</source>
        <translation>&amp;Importer .ics…</translation>
    </message>
    <message>
        <source>E&amp;xport .ics…</source>
        <translation>E&amp;xporter .ics…</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>A maintenance window cannot be shown: %1</source>
        <translation>Une fenêtre de maintenance ne peut pas être affichée : %1</translation>
    </message>
    <message>
        <source>&amp;Reminders due (%1)…</source>
        <translation>&amp;Rappels dus (%1)…</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Rappels…</translation>
    </message>
    <message>
        <source>No notice</source>
        <translation>Pas d’avis</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Cancel one occurrence</source>
        <translation>Annuler une occurrence</translation>
    </message>
    <message>
        <source>Cancel this occurrence only? The others stay as they are.

%1</source>
        <translation>Annuler cette occurrence seulement ? Les autres restent telles quelles.

%1</translation>
    </message>
    <message>
        <source>Move one occurrence</source>
        <translation>Déplacer une occurrence</translation>
    </message>
    <message>
        <source>“%1”: this occurrence only moves; the others stay as the rule gives them. Times are %2 time.</source>
        <translation>« %1 » : seule cette occurrence est déplacée ; les autres restent comme la règle les donne. Heures de %2.</translation>
    </message>
    <message>
        <source>New &amp;start:</source>
        <translation>Nouveau &amp;début :</translation>
    </message>
    <message>
        <source>New &amp;end:</source>
        <translation>Nouvelle &amp;fin :</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>&amp;Notify customers…</source>
        <translation>&amp;Prévenir les clients…</translation>
    </message>
    <message>
        <source>A notice to each customer of the platform, in their language and time zone, with a calendar invitation</source>
        <translation>Un avis à chaque client de la plateforme, dans sa langue et son fuseau horaire, avec une invitation d’agenda</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Move this occurrence only</source>
        <translation>Déplacer cette occurrence seulement</translation>
    </message>
    <message>
        <source>&amp;Cancel occurrence…</source>
        <translation>&amp;Annuler l’occurrence…</translation>
    </message>
    <message>
        <source>Cancel this occurrence only; the others stay</source>
        <translation>Annuler cette occurrence seulement ; les autres restent</translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceWindow</name>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 lies outside the years %2-%3</source>
        <translation>%1 est hors des années %2 à %3</translation>
    </message>
    <message>
        <source>“%1” is not a time zone of the IANA database</source>
        <translation>« %1 » n’est pas un fuseau horaire de la base IANA</translation>
    </message>
    <message>
        <source>a window lasts more than zero seconds and at most 31 days</source>
        <translation>une fenêtre dure plus de zéro seconde et au plus 31 jours</translation>
    </message>
    <message>
        <source>skipping or moving occurrences on holidays needs the calendar that says which days are holidays</source>
        <translation>sauter ou déplacer les occurrences des jours fériés demande le calendrier qui dit quels jours sont fériés</translation>
    </message>
    <message>
        <source>the first start, %1, is not a date the rule “%2” gives</source>
        <translation>le premier début, %1, n’est pas une date que donne la règle « %2 »</translation>
    </message>
    <message>
        <source>the occurrence of %1 is changed twice</source>
        <translation>l’occurrence du %1 est modifiée deux fois</translation>
    </message>
    <message>
        <source>a moved occurrence ends after it starts, at most 31 days later</source>
        <translation>une occurrence déplacée finit après son début, au plus 31 jours plus tard</translation>
    </message>
    <message>
        <source>there is no occurrence at %1 to move or cancel</source>
        <translation>il n’y a pas d’occurrence le %1 à déplacer ou annuler</translation>
    </message>
</context>
<context>
    <name>hourglass::MaintenanceWindowDialog</name>
    <message>
        <source>Not saved: %1. Close the editor and open the window again to see the other change.</source>
        <translation>Non enregistré : %1. Fermez l’éditeur et rouvrez la fenêtre pour voir l’autre modification.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Delete the maintenance window</source>
        <translation>Supprimer la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Delete “%1” and all its occurrences?</source>
        <translation>Supprimer « %1 » et toutes ses occurrences ?</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <source>New maintenance window</source>
        <translation>Nouvelle fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Maintenance window “%1”</source>
        <translation>Fenêtre de maintenance « %1 »</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>First &amp;start:</source>
        <translation>Premier &amp;début :</translation>
    </message>
    <message>
        <source>The wall-clock date and time of the first occurrence, in the window&apos;s time zone</source>
        <translation>La date et l’heure locales de la première occurrence, dans le fuseau horaire de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours of a duration</comment>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes of a duration</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Recurrence:</source>
        <translation>&amp;Récurrence :</translation>
    </message>
    <message>
        <source>an RRULE, e.g. FREQ=MONTHLY;BYDAY=1WE</source>
        <translation>une RRULE, p. ex. FREQ=MONTHLY;BYDAY=1WE</translation>
    </message>
    <message>
        <source>&amp;Affected:</source>
        <translation>&amp;Impact :</translation>
    </message>
    <message>
        <source>What may be unavailable</source>
        <translation>Ce qui peut être indisponible</translation>
    </message>
    <message>
        <source>&amp;Keeps working:</source>
        <translation>&amp;Continue de fonctionner :</translation>
    </message>
    <message>
        <source>What keeps running meanwhile</source>
        <translation>Ce qui continue de tourner pendant ce temps</translation>
    </message>
    <message>
        <source>&amp;Pause the SLA clocks of the platform&apos;s customers</source>
        <translation>&amp;Suspendre les délais SLA des clients de la plateforme</translation>
    </message>
    <message>
        <source>On &amp;holidays:</source>
        <translation>Les jours &amp;fériés :</translation>
    </message>
    <message>
        <source>Keep the occurrence</source>
        <translation>Garder l’occurrence</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>La sauter</translation>
    </message>
    <message>
        <source>Move it to the next working day</source>
        <translation>La reporter au jour ouvré suivant</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>no holiday calendar</source>
        <translation>aucun calendrier de jours fériés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field&apos;s label, what is wrong with it</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>write dates and times as 2026-12-23 00:00, separated by commas</source>
        <translation>écrivez les dates et heures sous la forme 2026-12-23 00:00, séparées par des virgules</translation>
    </message>
    <message>
        <source>ends at the same wall-clock time, whatever the clocks do</source>
        <translation>finit à la même heure locale, quel que soit le changement d’heure</translation>
    </message>
    <message>
        <source>lasts exactly this long, even across a clock change</source>
        <translation>dure exactement ce temps, même lors d’un changement d’heure</translation>
    </message>
    <message>
        <source>S&amp;kipped dates:</source>
        <translation>Dates &amp;exclues :</translation>
    </message>
    <message>
        <source>occurrences that do not happen, e.g. 2026-12-23 00:00</source>
        <translation>occurrences qui n’ont pas lieu, p. ex. 2026-12-23 00:00</translation>
    </message>
    <message>
        <source>EXDATE: wall-clock starts the rule gives that are left out, separated by commas; a date alone takes the first start&apos;s time</source>
        <translation>EXDATE : débuts en heure locale donnés par la règle et laissés de côté, séparés par des virgules ; une date seule prend l’heure du premier début</translation>
    </message>
    <message>
        <source>E&amp;xtra dates:</source>
        <translation>Dates s&amp;upplémentaires :</translation>
    </message>
    <message>
        <source>occurrences the rule does not give, e.g. 2026-12-30 00:00</source>
        <translation>occurrences que la règle ne donne pas, p. ex. 2026-12-30 00:00</translation>
    </message>
    <message>
        <source>RDATE: further wall-clock starts, separated by commas; a date alone takes the first start&apos;s time</source>
        <translation>RDATE : autres débuts en heure locale, séparés par des virgules ; une date seule prend l’heure du premier début</translation>
    </message>
    <message>
        <source>Notice in English</source>
        <translation>Avis en anglais</translation>
    </message>
    <message>
        <source>Notice in French</source>
        <translation>Avis en français</translation>
    </message>
    <message>
        <source>Customers read the notice in their language; a text left empty in one language is taken from the other</source>
        <translation>Les clients lisent l’avis dans leur langue ; un texte laissé vide dans une langue est pris dans l’autre</translation>
    </message>
    <message>
        <source>Affected:</source>
        <comment>field of the notice in French</comment>
        <translation>Impact :</translation>
    </message>
    <message>
        <source>Ce qui peut être indisponible</source>
        <comment>placeholder written in French whatever the console&apos;s language: the text goes to French readers</comment>
        <translation>Ce qui peut être indisponible</translation>
    </message>
    <message>
        <source>Keeps working:</source>
        <comment>field of the notice in French</comment>
        <translation>Continue de fonctionner :</translation>
    </message>
    <message>
        <source>Ce qui continue de fonctionner</source>
        <comment>placeholder written in French whatever the console&apos;s language</comment>
        <translation>Ce qui continue de fonctionner</translation>
    </message>
</context>
<context>
    <name>hourglass::Migrations</name>
    <message>
        <source>schema migration failed: %1 (in: %2)</source>
        <translation>échec de la migration du schéma : %1 (dans : %2)</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>the database is at schema version %1, newer than this Hourglass knows (%2); it was left untouched</source>
        <translation>la base est à la version de schéma %1, plus récente que celle que connaît ce Hourglass (%2) ; elle n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>cannot commit schema version %1: %2</source>
        <translation>impossible de valider la version de schéma %1 : %2</translation>
    </message>
    <message>
        <source>cannot read who owns the database: %1</source>
        <translation>impossible de lire le propriétaire de la base : %1</translation>
    </message>
    <message>
        <source>only the database owner (%1) may migrate it, and this connection is %2: run hourglass-cli migrate as %1</source>
        <translation>seul le propriétaire de la base (%1) peut la migrer, et cette connexion est celle de %2 : lancez hourglass-cli migrate en tant que %1</translation>
    </message>
    <message>
        <source>the database has no Hourglass schema yet: run hourglass-cli migrate as the database owner</source>
        <translation>la base n&apos;a pas encore de schéma Hourglass : lancez hourglass-cli migrate en tant que propriétaire de la base</translation>
    </message>
    <message>
        <source>the database is at schema version %1 and this Hourglass needs %2: run hourglass-cli migrate as the database owner</source>
        <translation>la base est à la version de schéma %1 et cet Hourglass exige la %2 : lancez hourglass-cli migrate en tant que propriétaire de la base</translation>
    </message>
    <message>
        <source>cannot commit the preset policies: %1</source>
        <translation>impossible de valider les politiques prédéfinies : %1</translation>
    </message>
</context>
<context>
    <name>hourglass::NameTable</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
</context>
<context>
    <name>hourglass::NewTicketDialog</name>
    <message>
        <source>A ticket can be opened only while the database answers, and it does not answer just now. Try again once the console is connected.</source>
        <translation>Un ticket ne peut être ouvert que lorsque la base de données répond, et elle ne répond pas pour le moment. Réessayez une fois la console connectée.</translation>
    </message>
    <message>
        <source>Type or pick a customer.</source>
        <translation>Saisissez ou choisissez un client.</translation>
    </message>
    <message>
        <source>No contract in force: the ticket would be refused.</source>
        <translation>Aucun contrat en vigueur : le ticket serait refusé.</translation>
    </message>
    <message>
        <source>Its policy &quot;%1&quot; is not stored.</source>
        <translation>Sa politique « %1 » n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>%1 · tier %2</source>
        <comment>policy, tier</comment>
        <translation>%1 · niveau %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 raised now becomes %2&lt;/b&gt;: %1 applies only outside “%3”, and it is within those hours now.</source>
        <translation>&lt;b&gt;Demandé maintenant, %1 devient %2&lt;/b&gt; : %1 ne vaut qu&apos;en dehors de « %3 », et nous sommes dans ces heures.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 applies now&lt;/b&gt;: it is outside “%2”.</source>
        <translation>&lt;b&gt;%1 s&apos;applique maintenant&lt;/b&gt; : nous sommes en dehors de « %2 ».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>severity name: its definition in the policy</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field: what is wrong with it</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Open a ticket for a customer. Its clocks start when it is created.</source>
        <translation>Ouvrir un ticket pour un client. Ses délais commencent à courir dès sa création.</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Cl&amp;ient :</translation>
    </message>
    <message>
        <source>Type a few letters of the name</source>
        <translation>Tapez quelques lettres du nom</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontact :</translation>
    </message>
    <message>
        <source>Who asked, at the customer (optional)</source>
        <translation>Qui a demandé, chez le client (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>What the customer reports, in their words</source>
        <translation>Ce que signale le client, avec ses mots</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Sévérité :</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Ouvrir le ticket</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not said</source>
        <comment>product area</comment>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>%1 — no SLA</source>
        <comment>a beta product area</comment>
        <translation>%1 — sans SLA</translation>
    </message>
    <message>
        <source>Product &amp;area:</source>
        <translation>&amp;Domaine du produit :</translation>
    </message>
</context>
<context>
    <name>hourglass::NewTicketLauncher</name>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
</context>
<context>
    <name>hourglass::NoticeDelivery</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
</context>
<context>
    <name>hourglass::OfflineJournal</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>a damaged journal entry; the file was left as it is</source>
        <translation>une entrée de journal endommagée ; le fichier a été laissé tel quel</translation>
    </message>
    <message>
        <source>%1: cannot record the edit offline: %2</source>
        <translation>%1 : impossible d&apos;enregistrer la modification hors ligne : %2</translation>
    </message>
    <message>
        <source>%1: cannot rewrite the journal: %2</source>
        <translation>%1 : impossible de réécrire le journal : %2</translation>
    </message>
</context>
<context>
    <name>hourglass::OnCallLint</name>
    <message>
        <source>Nobody is on call from %1 to %2.</source>
        <translation>Personne n’est d’astreinte du %1 au %2.</translation>
    </message>
    <message>
        <source>Two overrides cover %1 from %2 to %3; the later one (%4) only applies where the earlier one (%5) does not.</source>
        <translation>Deux remplacements couvrent %1 du %2 au %3 ; le plus récent (%4) ne s’applique que là où le plus ancien (%5) ne s’applique pas.</translation>
    </message>
    <message>
        <source>Override %1 changes nothing: %2 is not on call from %3 to %4.</source>
        <translation>Le remplacement %1 ne change rien : %2 n’est pas d’astreinte du %3 au %4.</translation>
    </message>
    <message>
        <source>%1 holds two roles at once from %2 to %3.</source>
        <translation>%1 tient deux rôles à la fois du %2 au %3.</translation>
    </message>
    <message>
        <source>The shift from %1 to %2 lasts %3 h instead of %4 h: the clocks change during it.</source>
        <translation>La garde du %1 au %2 dure %3 h au lieu de %4 h : l’heure change pendant celle-ci.</translation>
    </message>
    <message>
        <source>%1 is on call from %2 to %3 during their declared leave.</source>
        <translation>%1 est d’astreinte du %2 au %3 pendant son absence déclarée.</translation>
    </message>
</context>
<context>
    <name>hourglass::OnCallOverrideDialog</name>
    <message>
        <source>&amp;Save override</source>
        <translation>&amp;Enregistrer le remplacement</translation>
    </message>
    <message>
        <source>Override in %1</source>
        <translation>Remplacement dans %1</translation>
    </message>
    <message>
        <source>Why, for the others (optional)</source>
        <translation>Pourquoi, pour les autres (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Covered person:</source>
        <translation>&amp;Personne remplacée :</translation>
    </message>
    <message>
        <source>Co&amp;vered by:</source>
        <translation>&amp;Remplacée par :</translation>
    </message>
    <message>
        <source>&amp;From (your time):</source>
        <translation>&amp;Du (votre heure) :</translation>
    </message>
    <message>
        <source>&amp;To (your time):</source>
        <translation>&amp;Au (votre heure) :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Wherever the covered person is on call in this range (prime or secondary), the cover is instead. To override an override, choose the person the first one put on call.</source>
        <translation>Partout où la personne remplacée est d’astreinte dans cet intervalle (principale ou secondaire), le remplaçant l’est à sa place. Pour remplacer un remplacement, choisissez la personne que le premier a mise d’astreinte.</translation>
    </message>
    <message>
        <source>Covered person</source>
        <translation>Personne remplacée</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Remplacée par</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>hourglass::OnCallService</name>
    <message>
        <source>ends before it starts</source>
        <translation>se termine avant de commencer</translation>
    </message>
    <message>
        <source>lasts more than 366 days</source>
        <translation>dure plus de 366 jours</translation>
    </message>
    <message>
        <source>there is no on-call rotation “%1”: the database has none</source>
        <translation>il n’y a pas de rotation d’astreinte « %1 » : la base n’en a aucune</translation>
    </message>
    <message>
        <source>there is no on-call rotation “%1”; there are: %2</source>
        <translation>il n’y a pas de rotation d’astreinte « %1 » ; il y a : %2</translation>
    </message>
    <message>
        <source>the database has no on-call rotation</source>
        <translation>la base n’a aucune rotation d’astreinte</translation>
    </message>
    <message>
        <source>say which rotation: %1</source>
        <translation>précisez quelle rotation : %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>no user has the login “%1”</source>
        <translation>aucun utilisateur n’a l’identifiant « %1 »</translation>
    </message>
    <message>
        <source>there is no on-call rotation %1</source>
        <translation>il n’y a pas de rotation d’astreinte %1</translation>
    </message>
    <message>
        <source>someone cannot cover for themselves</source>
        <translation>personne ne peut se remplacer soi-même</translation>
    </message>
    <message>
        <source>prime</source>
        <comment>on-call role</comment>
        <translation>principal</translation>
    </message>
    <message>
        <source>secondary %1</source>
        <comment>on-call role</comment>
        <translation>secondaire %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>On call for %1 (%2)</source>
        <translation>D’astreinte pour %1 (%2)</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 (%4 h).</source>
        <translation>%1 du %2 au %3 (%4 h).</translation>
    </message>
    <message>
        <source>Covering for %1.</source>
        <translation>Remplace %1.</translation>
    </message>
</context>
<context>
    <name>hourglass::OnCallTimeline</name>
    <message>
        <source>Prime</source>
        <comment>on-call role, short</comment>
        <translation>Principal</translation>
    </message>
    <message>
        <source>S%1</source>
        <comment>on-call secondary, short</comment>
        <translation>S%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 to %2 (your time)</source>
        <translation>%1 à %2 (votre heure)</translation>
    </message>
    <message>
        <source>%1 to %2 (rotation&apos;s time, %3)</source>
        <translation>%1 à %2 (heure de la rotation, %3)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Override: covering for %1</source>
        <translation>Remplacement : à la place de %1</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (remplacement)</translation>
    </message>
</context>
<context>
    <name>hourglass::OnCallView</name>
    <message>
        <source>The rotations cannot be read right now: %1</source>
        <translation>Les rotations ne peuvent pas être lues pour l’instant : %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>No on-call rotation yet.</source>
        <translation>Aucune rotation d’astreinte pour l’instant.</translation>
    </message>
    <message>
        <source>Nothing to fix in the next twelve months.</source>
        <translation>Rien à corriger dans les douze prochains mois.</translation>
    </message>
    <message>
        <source>On call now: %1 (prime).</source>
        <translation>D’astreinte maintenant : %1 (principal).</translation>
    </message>
    <message>
        <source>On call now: %1 (prime), then %2.</source>
        <translation>D’astreinte maintenant : %1 (principal), puis %2.</translation>
    </message>
    <message>
        <source>%1 covers for %2.</source>
        <translation>%1 remplace %2.</translation>
    </message>
    <message>
        <source>Next handoff %1: %2 becomes prime.</source>
        <translation>Prochaine relève %1 : %2 devient principal.</translation>
    </message>
    <message>
        <source>After %1 nobody is on call.</source>
        <translation>Après %1, personne n’est d’astreinte.</translation>
    </message>
    <message>
        <source>Nobody is on call now.</source>
        <translation>Personne n’est d’astreinte maintenant.</translation>
    </message>
    <message>
        <source>Times in your zone (%1). The rotation hands off at %2 %3; hover over a shift for its times there, double-click one to override it.</source>
        <translation>Heures dans votre fuseau (%1). La rotation passe la relève à %2 %3 ; survolez une garde pour ses heures là-bas, double-cliquez pour la remplacer.</translation>
    </message>
    <message>
        <source>%1 covers for %2, %3 to %4</source>
        <translation>%1 remplace %2, du %3 au %4</translation>
    </message>
    <message>
        <source>The rotation cannot be read right now: %1</source>
        <translation>La rotation ne peut pas être lue pour l’instant : %1</translation>
    </message>
    <message>
        <source>Previous (Page Up)</source>
        <translation>Précédent (Page précédente)</translation>
    </message>
    <message>
        <source>Next (Page Down)</source>
        <translation>Suivant (Page suivante)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>Add &amp;override…</source>
        <translation>Ajouter un &amp;remplacement…</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Remplacements</translation>
    </message>
    <message>
        <source>&amp;Withdraw override</source>
        <translation>Re&amp;tirer le remplacement</translation>
    </message>
    <message>
        <source>To fix in the next twelve months</source>
        <translation>À corriger dans les douze prochains mois</translation>
    </message>
</context>
<context>
    <name>hourglass::PlaceholderView</name>
    <message>
        <source>This view is not available yet in this version of Hourglass.</source>
        <translation>Cette vue n&apos;est pas encore disponible dans cette version de Hourglass.</translation>
    </message>
</context>
<context>
    <name>hourglass::Policy</name>
    <message>
        <source>a severity is required (%1)</source>
        <translation>une sévérité est requise (%1)</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot; in %2 (%3)</source>
        <translation>sévérité inconnue « %1 » dans %2 (%3)</translation>
    </message>
    <message>
        <source>a tier is required (%1)</source>
        <translation>un niveau est requis (%1)</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot; in %2 (%3)</source>
        <translation>niveau inconnu « %1 » dans %2 (%3)</translation>
    </message>
    <message>
        <source>a channel is required (%1)</source>
        <translation>un canal est requis (%1)</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot; in %2 (%3)</source>
        <translation>canal inconnu « %1 » dans %2 (%3)</translation>
    </message>
    <message>
        <source>%1 names no product areas, so &quot;%2&quot; is not one</source>
        <translation>%1 ne définit aucun domaine de produit : « %2 » n&apos;en est pas un</translation>
    </message>
    <message>
        <source>unknown product area &quot;%1&quot; in %2 (%3)</source>
        <translation>domaine de produit « %1 » inconnu dans %2 (%3)</translation>
    </message>
</context>
<context>
    <name>hourglass::PolicyFile</name>
    <message>
        <source>&quot;%1&quot; is not a valid id (lower-case letters, digits and dashes)</source>
        <translation>« %1 » n&apos;est pas un identifiant valide (minuscules, chiffres et tirets)</translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation>doit contenir au moins une entrée</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>identifiant « %1 » en double</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>expected a severity id</source>
        <translation>identifiant de sévérité attendu</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;</source>
        <translation>canal « %1 » inconnu</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>sévérité « %1 » inconnue</translation>
    </message>
    <message>
        <source>required: the severity for any channel not listed</source>
        <translation>obligatoire : la sévérité de tout canal non listé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as &quot;4h&quot;, &quot;30m&quot; or &quot;1h30m&quot;</source>
        <translation>« %1 » n&apos;est pas une durée comme « 4h », « 30m » ou « 1h30m »</translation>
    </message>
    <message>
        <source>give either &quot;percent&quot; or &quot;before&quot;</source>
        <translation>indiquez soit « percent », soit « before »</translation>
    </message>
    <message>
        <source>must lie between 0 and 100</source>
        <translation>doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <source>must be longer than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>calendar file &quot;%1&quot; does not exist</source>
        <translation>le fichier de calendrier « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>expected a calendar file name or a calendar object</source>
        <translation>nom de fichier de calendrier ou objet calendrier attendu</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot; (initial-response, periodic-update or resolution)</source>
        <translation>indicateur « %1 » inconnu (initial-response, periodic-update ou resolution)</translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;</source>
        <translation>niveau « %1 » inconnu</translation>
    </message>
    <message>
        <source>give exactly one of %1</source>
        <translation>indiquez exactement un de %1</translation>
    </message>
    <message>
        <source>must be longer than zero (use &quot;immediate&quot; for no delay)</source>
        <translation>doit être supérieur à zéro (utilisez « immediate » pour aucun délai)</translation>
    </message>
    <message>
        <source>must be a whole number of days from 1 to 3650</source>
        <translation>doit être un nombre entier de jours de 1 à 3650</translation>
    </message>
    <message>
        <source>must be true when given</source>
        <translation>doit valoir true s&apos;il est présent</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>a best-effort target has no clock</source>
        <translation>un objectif « au mieux » n&apos;a pas d&apos;horloge</translation>
    </message>
    <message>
        <source>unknown calendar &quot;%1&quot;</source>
        <translation>calendrier « %1 » inconnu</translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; does not say how long a business day is (businessDay)</source>
        <translation>le calendrier « %1 » ne dit pas combien dure un jour ouvré (businessDay)</translation>
    </message>
    <message>
        <source>a second %1 target for severity &quot;%2&quot;%3</source>
        <translation>un second objectif %1 pour la sévérité « %2 »%3</translation>
    </message>
    <message>
        <source> and tier &quot;%1&quot;</source>
        <translation> et le niveau « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a calendar file (a .json file, named relative to the policy)</source>
        <translation>« %1 » n&apos;est pas un fichier de calendrier (un fichier .json, nommé relativement à la politique)</translation>
    </message>
    <message>
        <source>the calendar file is not valid: %1</source>
        <translation>le fichier de calendrier n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 (most urgent) to %2</source>
        <translation>doit être un nombre entier de %1 (le plus urgent) à %2</translation>
    </message>
    <message>
        <source>severities are listed most severe first: %1 is more urgent than the severity above it (%2)</source>
        <translation>les sévérités se listent de la plus grave à la moins grave : %1 est plus urgent que la sévérité au-dessus (%2)</translation>
    </message>
    <message>
        <source>must be a whole number of months from 1 to 1200</source>
        <translation>doit être un nombre entier de mois de 1 à 1200</translation>
    </message>
    <message>
        <source>must be a number of hours from 0 to 744 in quarter hours</source>
        <translation>doit être un nombre d&apos;heures de 0 à 744, par quarts d&apos;heure</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Hourglass offers (en, fr)</source>
        <translation>« %1 » n&apos;est pas une langue proposée par Hourglass (en, fr)</translation>
    </message>
    <message>
        <source>must list at least one language</source>
        <translation>doit citer au moins une langue</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 1000</source>
        <translation>doit être un nombre entier de 0 à 1000</translation>
    </message>
</context>
<context>
    <name>hourglass::PolicyNames</name>
    <message>
        <source>en</source>
        <comment>the code of the language of this translation</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Outage or emergency</source>
        <comment>urgency rank 1 of 6</comment>
        <translation>Panne ou urgence</translation>
    </message>
    <message>
        <source>Severe impact</source>
        <comment>urgency rank 2 of 6</comment>
        <translation>Impact grave</translation>
    </message>
    <message>
        <source>High impact</source>
        <comment>urgency rank 3 of 6</comment>
        <translation>Impact élevé</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>urgency rank 4 of 6</comment>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>urgency rank 5 of 6</comment>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Planned work</source>
        <comment>urgency rank 6 of 6</comment>
        <translation>Travail planifié</translation>
    </message>
    <message>
        <source>Unknown severity</source>
        <translation>Sévérité inconnue</translation>
    </message>
    <message>
        <source>English</source>
        <comment>a ticket&apos;s language</comment>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <comment>a ticket&apos;s language</comment>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>hourglass::PolicyStore</name>
    <message>
        <source>cannot read policies</source>
        <translation>impossible de lire les politiques</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; version %2 is already stored with another document; a changed policy needs a higher version</source>
        <translation>la politique « %1 » version %2 est déjà enregistrée avec un autre document ; une politique modifiée demande une version supérieure</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; is stored at version %2, newer than version %3</source>
        <translation>la politique « %1 » est enregistrée en version %2, plus récente que la version %3</translation>
    </message>
    <message>
        <source>cannot store policy &quot;%1&quot; version %2</source>
        <translation>impossible d&apos;enregistrer la politique « %1 » version %2</translation>
    </message>
    <message>
        <source>cannot read the preset %1</source>
        <translation>impossible de lire la politique prédéfinie %1</translation>
    </message>
    <message>
        <source>cannot store the preset %1: %2</source>
        <translation>impossible d&apos;enregistrer la politique prédéfinie %1 : %2</translation>
    </message>
    <message>
        <source>cannot update the preset %1: %2</source>
        <translation>impossible de mettre à jour la politique prédéfinie %1 : %2</translation>
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
        <translation>Toute sévérité</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>Tout niveau</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Tous les tickets</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Mes tickets</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribués</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toute langue</translation>
    </message>
    <message>
        <source>At risk or breached</source>
        <translation>À risque ou dépassés</translation>
    </message>
    <message>
        <source>Next ticket</source>
        <translation>Ticket suivant</translation>
    </message>
    <message>
        <source>Previous ticket</source>
        <translation>Ticket précédent</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Name this view</source>
        <translation>Nommer cette vue</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Loading tickets…</source>
        <translation>Chargement des tickets…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>urgency rank · what it means</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
    <message>
        <source>Filter (/) · Enter searches every message</source>
        <translation>Filtrer (/) · Entrée cherche dans tous les messages</translation>
    </message>
    <message>
        <source>Type to filter the queue by number, title or customer; press Enter to search the titles and conversations of every ticket</source>
        <translation>Tapez pour filtrer la file par numéro, titre ou client ; Entrée cherche dans les titres et les échanges de tous les tickets</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keyboard&lt;/b&gt;: j / k or ↑ / ↓ move · Enter writes a reply (Esc leaves it) · r responds · u posts an update · a assigns to you · w waits on the customer · c: the customer replied · o resumes the clock · s schedules · Shift+R resolves · Shift+O reopens · / filters (Enter searches every message, Esc clears, ↓ goes to the list) · ? shows or hides this help</source>
        <translation>&lt;b&gt;Clavier&lt;/b&gt; : j / k ou ↑ / ↓ pour se déplacer · Entrée pour écrire une réponse (Échap en sort) · r répond · u publie un point · a vous l’attribue · w met en attente du client · c : le client a répondu · o relance le décompte · s planifie · Maj+R résout · Maj+O rouvre · / filtre (Entrée cherche dans tous les messages, Échap efface, ↓ va à la liste) · ? affiche ou masque cette aide</translation>
    </message>
</context>
<context>
    <name>hourglass::ReadableText</name>
    <message>
        <source>%1 %2 %3</source>
        <comment>weekday, time of day, zone abbreviation</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>fuseau horaire « %1 » inconnu</translation>
    </message>
</context>
<context>
    <name>hourglass::RecurrenceText</name>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>dimanches</translation>
    </message>
    <message>
        <source>Mondays</source>
        <translation>lundis</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>mardis</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>mercredis</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>jeudis</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>vendredis</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>samedis</translation>
    </message>
    <message>
        <source>Sunday</source>
        <comment>after “every”: every Sunday</comment>
        <translation>dimanches</translation>
    </message>
    <message>
        <source>Monday</source>
        <comment>after “every”: every Monday</comment>
        <translation>lundis</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <comment>after “every”: every Tuesday</comment>
        <translation>mardis</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <comment>after “every”: every Wednesday</comment>
        <translation>mercredis</translation>
    </message>
    <message>
        <source>Thursday</source>
        <comment>after “every”: every Thursday</comment>
        <translation>jeudis</translation>
    </message>
    <message>
        <source>Friday</source>
        <comment>after “every”: every Friday</comment>
        <translation>vendredis</translation>
    </message>
    <message>
        <source>Saturday</source>
        <comment>after “every”: every Saturday</comment>
        <translation>samedis</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the end of a list: Monday, Tuesday and Friday</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>the first %1</source>
        <comment>weekday</comment>
        <translation>le premier %1</translation>
    </message>
    <message>
        <source>the second %1</source>
        <comment>weekday</comment>
        <translation>le deuxième %1</translation>
    </message>
    <message>
        <source>the third %1</source>
        <comment>weekday</comment>
        <translation>le troisième %1</translation>
    </message>
    <message>
        <source>the fourth %1</source>
        <comment>weekday</comment>
        <translation>le quatrième %1</translation>
    </message>
    <message>
        <source>the fifth %1</source>
        <comment>weekday</comment>
        <translation>le cinquième %1</translation>
    </message>
    <message>
        <source>the last %1</source>
        <comment>weekday</comment>
        <translation>le dernier %1</translation>
    </message>
    <message>
        <source>the second to last %1</source>
        <comment>weekday</comment>
        <translation>l’avant-dernier %1</translation>
    </message>
    <message>
        <source>the third to last %1</source>
        <comment>weekday</comment>
        <translation>l’antépénultième %1</translation>
    </message>
    <message>
        <source>first</source>
        <comment>ordinal, in a list: the first and third Wednesdays</comment>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <comment>ordinal, in a list: the first and third Wednesdays</comment>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <comment>ordinal, in a list: the first and third Wednesdays</comment>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <comment>ordinal, in a list: the first and third Wednesdays</comment>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>fifth</source>
        <comment>ordinal, in a list: the first and third Wednesdays</comment>
        <translation>cinquième</translation>
    </message>
    <message>
        <source>last</source>
        <comment>ordinal, in a list: the first and last Wednesdays</comment>
        <translation>dernier</translation>
    </message>
    <message>
        <source>second to last</source>
        <comment>ordinal, in a list: the first and last Wednesdays</comment>
        <translation>avant-dernier</translation>
    </message>
    <message>
        <source>third to last</source>
        <comment>ordinal, in a list: the first and last Wednesdays</comment>
        <translation>antépénultième</translation>
    </message>
    <message>
        <source>the first two %1</source>
        <comment>weekdays</comment>
        <translation>les deux premiers %1</translation>
    </message>
    <message>
        <source>the first three %1</source>
        <comment>weekdays</comment>
        <translation>les trois premiers %1</translation>
    </message>
    <message>
        <source>the first four %1</source>
        <comment>weekdays</comment>
        <translation>les quatre premiers %1</translation>
    </message>
    <message>
        <source>the last two %1</source>
        <comment>weekdays</comment>
        <translation>les deux derniers %1</translation>
    </message>
    <message>
        <source>the last three %1</source>
        <comment>weekdays</comment>
        <translation>les trois derniers %1</translation>
    </message>
    <message>
        <source>the last four %1</source>
        <comment>weekdays</comment>
        <translation>les quatre derniers %1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <comment>ordinals, weekdays: the first and third Wednesdays</comment>
        <translation>les %1 %2</translation>
    </message>
    <message>
        <source>by the rule %1</source>
        <comment>an RFC 5545 rule shown as written</comment>
        <translation>selon la règle %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <comment>weekdays</comment>
        <translation>tous les %1</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>chaque jour</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>tous les %n jours</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n week(s) on %1</source>
        <comment>weekdays</comment>
        <translation>
            <numerusform>toutes les %n semaines, le %1</numerusform>
            <numerusform>toutes les %n semaines, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>le dernier jour</translation>
    </message>
    <message>
        <source>day %1</source>
        <comment>of the month</comment>
        <translation>le %1</translation>
    </message>
    <message>
        <source>%1 of every month</source>
        <comment>a day in the month</comment>
        <translation>%1 de chaque mois</translation>
    </message>
    <message numerus="yes">
        <source>%1 of every %n month(s)</source>
        <comment>a day in the month</comment>
        <translation>
            <numerusform>%1, tous les %n mois</numerusform>
            <numerusform>%1, tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <comment>a date</comment>
        <translation>le %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and on %n other date(s)</source>
        <translation>
            <numerusform>%1 et à %n autre date</numerusform>
            <numerusform>%1 et à %n autres dates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2–%3 %4 time</source>
        <comment>days, start, end, place of the time zone</comment>
        <translation>%1, de %2 à %3, heure de %4</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1, from %2 for %3, %4 time</source>
        <comment>days, start, length, place of the time zone</comment>
        <translation>%1, à partir de %2 pendant %3, heure de %4</translation>
    </message>
</context>
<context>
    <name>hourglass::RecurrenceWalk</name>
    <message>
        <source>“%1” is not an RFC 5545 recurrence rule (RRULE)</source>
        <translation>« %1 » n’est pas une règle de récurrence RFC 5545 (RRULE)</translation>
    </message>
    <message>
        <source>the recurrence rule “%1” cannot be expanded (libical refuses it: it gives no date)</source>
        <translation>la règle de récurrence « %1 » ne peut pas être développée (libical la refuse : elle ne donne aucune date)</translation>
    </message>
    <message>
        <source>“%1”: a month has at most five of each weekday (BYDAY from -5 to 5, such as 2WE or -1FR)</source>
        <translation>« %1 » : un mois compte au plus cinq fois chaque jour de la semaine (BYDAY de -5 à 5, par exemple 2WE ou -1FR)</translation>
    </message>
    <message>
        <source>“%1”: a year has at most 53 of each weekday (BYDAY from -53 to 53)</source>
        <translation>« %1 » : une année compte au plus 53 fois chaque jour de la semaine (BYDAY de -53 à 53)</translation>
    </message>
</context>
<context>
    <name>hourglass::Rotation</name>
    <message>
        <source>%1 lies outside the years %2-%3</source>
        <translation>%1 est en dehors des années %2-%3</translation>
    </message>
    <message>
        <source>a rotation needs at least one person</source>
        <translation>une rotation a besoin d’au moins une personne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>“%1” is listed twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
    <message>
        <source>“%1” is not a time zone of the IANA database</source>
        <translation>« %1 » n’est pas un fuseau horaire de la base IANA</translation>
    </message>
    <message>
        <source>a period lasts from 1 to 366 days, not %1</source>
        <translation>une période dure de 1 à 366 jours, pas %1</translation>
    </message>
    <message>
        <source>a time of day lies from 00:00 to 23:59:59</source>
        <translation>une heure du jour va de 00:00 à 23:59:59</translation>
    </message>
    <message>
        <source>custom handoffs need at least one date after the first handoff, which ends its period</source>
        <translation>des relèves personnalisées ont besoin d’au moins une date après la première relève, qui termine sa période</translation>
    </message>
    <message>
        <source>%1 does not come after %2</source>
        <translation>%1 ne vient pas après %2</translation>
    </message>
    <message>
        <source>only a custom rotation lists its handoff dates</source>
        <translation>seule une rotation personnalisée liste ses dates de relève</translation>
    </message>
    <message>
        <source>%1 secondaries asked for, and the roster has %2 people besides the prime</source>
        <translation>%1 secondaires demandés, et la liste compte %2 personnes en plus du principal</translation>
    </message>
</context>
<context>
    <name>hourglass::ScopeChoice</name>
    <message>
        <source>Open</source>
        <comment>tickets shown or searched</comment>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>tickets shown or searched</comment>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>Open and resolved</source>
        <comment>tickets shown or searched</comment>
        <translation>Ouverts et résolus</translation>
    </message>
</context>
<context>
    <name>hourglass::SearchResultsView</name>
    <message>
        <source>open tickets</source>
        <translation>tickets ouverts</translation>
    </message>
    <message>
        <source>resolved tickets</source>
        <translation>tickets résolus</translation>
    </message>
    <message>
        <source>open and resolved tickets</source>
        <translation>tickets ouverts et résolus</translation>
    </message>
    <message>
        <source>Could not search for “%1”: %2</source>
        <translation>Impossible de chercher « %1 » : %2</translation>
    </message>
    <message>
        <source>No ticket mentions “%1” (%2).</source>
        <translation>Aucun ticket ne mentionne « %1 » (%2).</translation>
    </message>
    <message numerus="yes">
        <source>The %n tickets that best match “%1” (%2).</source>
        <translation>
            <numerusform>Le ticket qui correspond le mieux à « %1 » (%2).</numerusform>
            <numerusform>Les %n tickets qui correspondent le mieux à « %1 » (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) match “%1” (%2), best first.</source>
        <translation>
            <numerusform>%n ticket correspond à « %1 » (%2), le meilleur en premier.</numerusform>
            <numerusform>%n tickets correspondent à « %1 » (%2), les meilleurs en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>title</source>
        <comment>where a search matched</comment>
        <translation>titre</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour %1</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Retour à la file</translation>
    </message>
    <message>
        <source>Back to the queue (Esc)</source>
        <translation>Retour à la file (Échap)</translation>
    </message>
    <message>
        <source>found in: %1</source>
        <translation>trouvé dans : %1</translation>
    </message>
</context>
<context>
    <name>hourglass::Session</name>
    <message>
        <source>%1: a profile (--user) applies to a SQLite database only; on PostgreSQL you are the login you connect as</source>
        <translation>%1 : un profil (--user) ne vaut que pour une base SQLite ; sur PostgreSQL, vous êtes l&apos;identifiant avec lequel vous vous connectez</translation>
    </message>
    <message>
        <source>%1: the login &quot;%2&quot; is not a Hourglass user; ask an administrator to add it</source>
        <translation>%1 : l&apos;identifiant « %2 » n&apos;est pas un utilisateur de Hourglass ; demandez à un administrateur de l&apos;ajouter</translation>
    </message>
</context>
<context>
    <name>hourglass::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Hourglass will use its embedded database at the next start.</source>
        <translation>Hourglass utilisera sa base intégrée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Hourglass will use %1 at the next start.</source>
        <translation>Hourglass utilisera %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Shared database:</source>
        <translation>Base &amp;partagée :</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/support?sslmode=require</source>
        <translation>postgresql://utilisateur@hôte:5432/support?sslmode=require</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Use at next start</source>
        <translation>&amp;Utiliser au prochain démarrage</translation>
    </message>
    <message>
        <source>A team shares one PostgreSQL database. Passwords are never stored by Hourglass: give them to libpq through PGPASSWORD or ~/.pgpass, as psql does. Leave the field empty to use the embedded database.</source>
        <translation>Une équipe partage une base PostgreSQL. Hourglass n&apos;enregistre jamais de mot de passe : confiez-les à libpq par PGPASSWORD ou ~/.pgpass, comme psql. Laissez le champ vide pour utiliser la base intégrée.</translation>
    </message>
    <message>
        <source>Hourglass will work as %1 at the next start.</source>
        <translation>Hourglass travaillera en tant que %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Who you are on this database file: your changes are recorded under this name.</source>
        <translation>Qui vous êtes sur ce fichier de base : vos modifications sont enregistrées sous ce nom.</translation>
    </message>
    <message>
        <source>On a shared database you are the login you connect as.</source>
        <translation>Sur une base partagée, vous êtes l&apos;identifiant avec lequel vous vous connectez.</translation>
    </message>
</context>
<context>
    <name>hourglass::SlaAlerts</name>
    <message>
        <source>#%1 %2</source>
        <translation>n° %1 %2</translation>
    </message>
    <message>
        <source>%1 breached for %2</source>
        <translation>%1 dépassée pour %2</translation>
    </message>
    <message>
        <source>%1 for %2: warning %3 of %4, %5 left</source>
        <translation>%1 pour %2 : alerte %3 sur %4, %5 restant</translation>
    </message>
    <message>
        <source>%1 breached for %2: %3</source>
        <translation>%1 dépassée pour %2 : %3</translation>
    </message>
    <message>
        <source>%1 for %2: warning %3 of %4</source>
        <translation>%1 pour %2 : alerte %3 sur %4</translation>
    </message>
</context>
<context>
    <name>hourglass::SlaEngine</name>
    <message>
        <source>unknown calendar &quot;%1&quot;</source>
        <translation>calendrier « %1 » inconnu</translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot; version %2</source>
        <translation>politique « %1 » version %2 inconnue</translation>
    </message>
    <message>
        <source>the first event must be &quot;created&quot;</source>
        <translation>le premier événement doit être « created »</translation>
    </message>
    <message>
        <source>a ticket is created only once</source>
        <translation>un ticket n&apos;est créé qu&apos;une fois</translation>
    </message>
    <message>
        <source>the ticket has no &quot;created&quot; event at or before %1</source>
        <translation>le ticket n&apos;a pas d&apos;événement « created » au plus tard à %1</translation>
    </message>
</context>
<context>
    <name>hourglass::SmtpChannel</name>
    <message>
        <source>libcurl could not start</source>
        <translation>libcurl n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation>« %1 » n&apos;est pas une adresse électronique</translation>
    </message>
</context>
<context>
    <name>hourglass::SqlContractRepository</name>
    <message>
        <source>cannot lock customer %1</source>
        <translation>impossible de verrouiller le client %1</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>there is no %1</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation>%1 a été modifié par %2 à %3 (version %4) ; votre modification (%5) portait sur la version %6 et n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>cannot write customer %1</source>
        <translation>impossible d&apos;écrire le client %1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>le client %1</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>modification « %1 »</translation>
    </message>
    <message>
        <source>cannot end contract %1</source>
        <translation>impossible de clore le contrat %1</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>le contrat %1</translation>
    </message>
    <message>
        <source>tier change to %1</source>
        <translation>changement de niveau vers %1</translation>
    </message>
    <message>
        <source>cannot store the new contract of customer %1</source>
        <translation>impossible d&apos;enregistrer le nouveau contrat du client %1</translation>
    </message>
    <message>
        <source>cannot store the downgrade request</source>
        <translation>impossible d&apos;enregistrer la demande de rétrogradation</translation>
    </message>
    <message>
        <source>cannot link request %1 to its ticket</source>
        <translation>impossible de lier la demande %1 à son ticket</translation>
    </message>
    <message>
        <source>cannot read downgrade requests</source>
        <translation>impossible de lire les demandes de rétrogradation</translation>
    </message>
    <message>
        <source>cannot write request %1</source>
        <translation>impossible d&apos;écrire la demande %1</translation>
    </message>
    <message>
        <source>downgrade request %1</source>
        <translation>la demande de rétrogradation %1</translation>
    </message>
    <message>
        <source>cannot read the expertise packs of customer %1</source>
        <translation>impossible de lire les packs d&apos;expertise du client %1</translation>
    </message>
    <message>
        <source>cannot store the expertise pack</source>
        <translation>impossible d&apos;enregistrer le pack d&apos;expertise</translation>
    </message>
    <message>
        <source>cannot read expertise entries</source>
        <translation>impossible de lire les écritures d&apos;expertise</translation>
    </message>
    <message>
        <source>cannot read expertise pack draws</source>
        <translation>impossible de lire les imputations sur les packs</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>il n&apos;y a pas d&apos;utilisateur « %1 »</translation>
    </message>
    <message>
        <source>cannot store the expertise entry</source>
        <translation>impossible d&apos;enregistrer l&apos;écriture d&apos;expertise</translation>
    </message>
    <message>
        <source>cannot store the expertise entry&apos;s pack draw</source>
        <translation>impossible d&apos;enregistrer l&apos;imputation sur pack de l&apos;écriture d&apos;expertise</translation>
    </message>
</context>
<context>
    <name>hourglass::SqlCustomerDirectory</name>
    <message>
        <source>cannot read customers</source>
        <translation>impossible de lire les clients</translation>
    </message>
    <message>
        <source>cannot read users</source>
        <translation>impossible de lire les utilisateurs</translation>
    </message>
</context>
<context>
    <name>hourglass::SqlDatabaseSummary</name>
    <message>
        <source>cannot count the rows of %1</source>
        <translation>impossible de compter les lignes de %1</translation>
    </message>
</context>
<context>
    <name>hourglass::SqlEscalationRepository</name>
    <message>
        <source>there is no user “%1”</source>
        <translation>il n&apos;y a pas d&apos;utilisateur « %1 »</translation>
    </message>
    <message>
        <source>cannot read the escalation runs</source>
        <translation>impossible de lire les escalades</translation>
    </message>
    <message>
        <source>escalation run %1 holds an unknown outcome “%2”</source>
        <translation>l&apos;escalade %1 contient une issue inconnue « %2 »</translation>
    </message>
    <message>
        <source>escalation attempt %1 holds an unknown outcome “%2”</source>
        <translation>la tentative d&apos;escalade %1 contient une issue inconnue « %2 »</translation>
    </message>
    <message>
        <source>an escalation run needs someone to contact</source>
        <translation>une escalade a besoin de quelqu&apos;un à contacter</translation>
    </message>
    <message>
        <source>cannot store the escalation run</source>
        <translation>impossible d&apos;enregistrer l&apos;escalade</translation>
    </message>
    <message>
        <source>cannot update escalation run %1</source>
        <translation>impossible de mettre à jour l&apos;escalade %1</translation>
    </message>
    <message>
        <source>%1 acknowledged ownership</source>
        <translation>%1 a pris la main</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot store the attempt</source>
        <translation>impossible d&apos;enregistrer la tentative</translation>
    </message>
    <message>
        <source>there is no escalation run %1</source>
        <translation>il n&apos;y a pas d&apos;escalade %1</translation>
    </message>
    <message>
        <source>cannot read what was changed</source>
        <translation>impossible de lire ce qui a changé</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>escalation run %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation>l&apos;escalade %1 a été modifiée par %2 à %3 (version %4) ; votre modification (%5) a été faite sur la version %6 et n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>escalation run %1 is owned by %2 since %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation>l&apos;escalade %1 est prise en main par %2 depuis %3 (version %4) ; votre modification (%5) a été faite sur la version %6 et n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>cannot record what the desk sends</source>
        <translation>impossible d&apos;enregistrer ce qu&apos;envoie la permanence</translation>
    </message>
    <message>
        <source>cannot read what the desk sent</source>
        <translation>impossible de lire ce qu&apos;a envoyé la permanence</translation>
    </message>
    <message>
        <source>cannot record what the desk sent</source>
        <translation>impossible d&apos;enregistrer ce qu&apos;a envoyé la permanence</translation>
    </message>
    <message>
        <source>cannot read the users</source>
        <translation>impossible de lire les utilisateurs</translation>
    </message>
</context>
<context>
    <name>hourglass::SqlMaintenanceRepository</name>
    <message>
        <source>maintenance window %1 holds an unreadable local time “%2”</source>
        <translation>la fenêtre de maintenance %1 contient une heure locale illisible « %2 »</translation>
    </message>
    <message>
        <source>cannot read maintenance windows</source>
        <translation>impossible de lire les fenêtres de maintenance</translation>
    </message>
    <message>
        <source>cannot write maintenance window %1</source>
        <translation>impossible d’écrire la fenêtre de maintenance %1</translation>
    </message>
    <message>
        <source>a maintenance window with the UID “%1” exists already</source>
        <translation>une fenêtre de maintenance d’UID « %1 » existe déjà</translation>
    </message>
    <message>
        <source>cannot store the maintenance window “%1”</source>
        <translation>impossible d’enregistrer la fenêtre de maintenance « %1 »</translation>
    </message>
    <message>
        <source>cannot read maintenance window %1</source>
        <translation>impossible de lire la fenêtre de maintenance %1</translation>
    </message>
    <message>
        <source>there is no maintenance window %1</source>
        <translation>il n’y a pas de fenêtre de maintenance %1</translation>
    </message>
    <message>
        <source>maintenance window %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation>la fenêtre de maintenance %1 a été modifiée par %2 à %3 (version %4) ; votre modification (%5) portait sur la version %6 et n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>modifier « %1 »</translation>
    </message>
    <message>
        <source>cannot remove maintenance window %1</source>
        <translation>impossible de supprimer la fenêtre de maintenance %1</translation>
    </message>
    <message>
        <source>remove it</source>
        <translation>la supprimer</translation>
    </message>
    <message>
        <source>import “%1”</source>
        <translation>importer « %1 »</translation>
    </message>
    <message>
        <source>cannot subscribe customer %1 to the platform “%2”</source>
        <translation>impossible d’abonner le client %1 à la plateforme « %2 »</translation>
    </message>
    <message>
        <source>cannot unsubscribe customer %1 from the platform “%2”</source>
        <translation>impossible de désabonner le client %1 de la plateforme « %2 »</translation>
    </message>
    <message>
        <source>cannot read platform subscriptions</source>
        <translation>impossible de lire les abonnements aux plateformes</translation>
    </message>
    <message>
        <source>cannot record the maintenance notices</source>
        <translation>impossible d’enregistrer les avis de maintenance</translation>
    </message>
    <message>
        <source>cannot read the maintenance notices</source>
        <translation>impossible de lire les avis de maintenance</translation>
    </message>
</context>
<context>
    <name>hourglass::SqlOnCallRepository</name>
    <message>
        <source>on-call rotation %1 holds an unreadable date “%2”</source>
        <translation>la rotation d’astreinte %1 contient une date illisible « %2 »</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>il n’y a pas d’utilisateur « %1 »</translation>
    </message>
    <message>
        <source>cannot read the on-call rotations</source>
        <translation>impossible de lire les rotations d’astreinte</translation>
    </message>
    <message>
        <source>cannot read on-call rotation %1</source>
        <translation>impossible de lire la rotation d’astreinte %1</translation>
    </message>
    <message>
        <source>an on-call rotation named “%1” exists already</source>
        <translation>une rotation d’astreinte nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>cannot store the on-call rotation “%1”</source>
        <translation>impossible d’enregistrer la rotation d’astreinte « %1 »</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>modifier « %1 »</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>cannot read the overrides of on-call rotation %1</source>
        <translation>impossible de lire les remplacements de la rotation d’astreinte %1</translation>
    </message>
    <message>
        <source>cannot store the override</source>
        <translation>impossible d’enregistrer le remplacement</translation>
    </message>
    <message>
        <source>cannot withdraw override %1</source>
        <translation>impossible de retirer le remplacement %1</translation>
    </message>
    <message>
        <source>withdraw it</source>
        <translation>le retirer</translation>
    </message>
    <message>
        <source>cannot read the declared leave</source>
        <translation>impossible de lire les absences déclarées</translation>
    </message>
    <message>
        <source>cannot store the leave of “%1”</source>
        <translation>impossible d’enregistrer l’absence de « %1 »</translation>
    </message>
    <message>
        <source>cannot withdraw leave %1</source>
        <translation>impossible de retirer l’absence %1</translation>
    </message>
    <message>
        <source>cannot read what was changed</source>
        <translation>impossible de lire ce qui a changé</translation>
    </message>
    <message>
        <source>there is no on-call rotation %1</source>
        <translation>il n’y a pas de rotation d’astreinte %1</translation>
    </message>
    <message>
        <source>there is no declared leave %1</source>
        <translation>il n’y a pas d’absence déclarée %1</translation>
    </message>
    <message>
        <source>there is no override %1</source>
        <translation>il n’y a pas de remplacement %1</translation>
    </message>
    <message>
        <source>on-call rotation %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation>la rotation d’astreinte %1 a été modifiée par %2 le %3 (version %4) ; votre modification (%5) portait sur la version %6 et n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>declared leave %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation>l’absence déclarée %1 a été modifiée par %2 le %3 (version %4) ; votre modification (%5) portait sur la version %6 et n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>override %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation>le remplacement %1 a été modifié par %2 le %3 (version %4) ; votre modification (%5) portait sur la version %6 et n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>hourglass::SqlTicketRepository</name>
    <message>
        <source>cannot read tickets</source>
        <translation>impossible de lire les tickets</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>utilisateur « %1 » inconnu</translation>
    </message>
    <message>
        <source>cannot record an event of ticket %1</source>
        <translation>impossible d&apos;enregistrer un événement du ticket %1</translation>
    </message>
    <message>
        <source>there is no ticket %1</source>
        <translation>il n&apos;y a pas de ticket %1</translation>
    </message>
    <message>
        <source>ticket %1 was changed by %2 at %3 (version %4); your change (%5) was made on version %6 and was not saved</source>
        <translation>le ticket %1 a été modifié par %2 à %3 (version %4) ; votre modification (%5) portait sur la version %6 et n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>cannot update ticket %1</source>
        <translation>impossible de mettre à jour le ticket %1</translation>
    </message>
    <message>
        <source>ticket %1 was changed by someone else at the same moment; your change (%2) was not saved</source>
        <translation>le ticket %1 a été modifié par quelqu&apos;un d&apos;autre au même moment ; votre modification (%2) n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>cannot write the audit log</source>
        <translation>impossible d&apos;écrire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>%1, with the entry “%2”</source>
        <translation>%1, avec l’entrée « %2 »</translation>
    </message>
    <message>
        <source>cannot read ticket %1</source>
        <translation>impossible de lire le ticket %1</translation>
    </message>
    <message>
        <source>ticket %1: an event cannot be dated %2, before the ticket&apos;s latest event (%3)</source>
        <translation>ticket %1 : un événement ne peut pas être daté du %2, avant le dernier événement du ticket (%3)</translation>
    </message>
    <message>
        <source>the stored status &quot;%1&quot; is not a ticket status</source>
        <translation>le statut enregistré « %1 » n&apos;est pas un statut de ticket</translation>
    </message>
    <message>
        <source>cannot read the conversation of ticket %1</source>
        <translation>impossible de lire la conversation du ticket %1</translation>
    </message>
    <message>
        <source>cannot search tickets</source>
        <translation>impossible de chercher dans les tickets</translation>
    </message>
    <message>
        <source>cannot read the oldest open ticket</source>
        <translation>impossible de lire le plus ancien ticket ouvert</translation>
    </message>
</context>
<context>
    <name>hourglass::SqlTicketSearch</name>
    <message>
        <source>cannot search tickets</source>
        <translation>impossible de chercher dans les tickets</translation>
    </message>
</context>
<context>
    <name>hourglass::StatementPdf</name>
    <message>
        <source>%1: cannot write the statement: %2</source>
        <translation>%1 : impossible d’écrire le relevé : %2</translation>
    </message>
    <message>
        <source>%1: cannot lay out the statement</source>
        <translation>%1 : impossible de mettre en page le relevé</translation>
    </message>
</context>
<context>
    <name>hourglass::TextCheck</name>
    <message>
        <source>contains half of a character (%1 without its pair)</source>
        <translation>contient une moitié de caractère (%1 sans son complément)</translation>
    </message>
    <message>
        <source>contains a line break; it must be one line</source>
        <translation>contient un saut de ligne ; le texte doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>contains the control character %1</source>
        <translation>contient le caractère de contrôle %1</translation>
    </message>
    <message>
        <source>contains the bidirectional control %1, which would make it read in another order</source>
        <translation>contient le contrôle bidirectionnel %1, qui le ferait lire dans un autre ordre</translation>
    </message>
    <message>
        <source>contains the non-character %1</source>
        <translation>contient le non-caractère %1</translation>
    </message>
</context>
<context>
    <name>hourglass::TicketAction</name>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>action inconnue « %1 »</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>statut inconnu « %1 »</translation>
    </message>
    <message>
        <source>unknown event kind &quot;%1&quot;</source>
        <translation>type d&apos;événement inconnu « %1 »</translation>
    </message>
</context>
<context>
    <name>hourglass::TicketChange</name>
    <message>
        <source>title “%1”</source>
        <translation>titre « %1 »</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>sévérité %1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribué à %1</translation>
    </message>
</context>
<context>
    <name>hourglass::TicketDetailView</name>
    <message>
        <source>%1 · tier %2 · %3 · status %4 · %5 · language %6</source>
        <translation>%1 · niveau %2 · %3 · statut %4 · %5 · langue %6</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non attribué</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribué à %1</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>due %1 (your time), %2 (%3)</source>
        <translation>échéance %1 (votre heure), %2 (%3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolution process&lt;/b&gt;: %1 ticket opened · %2 engineer assigned · %3 work started · next status report: %4</source>
        <translation>&lt;b&gt;Processus de résolution&lt;/b&gt; : %1 ticket ouvert · %2 ingénieur affecté · %3 travail commencé · prochain point d&apos;avancement : %4</translation>
    </message>
    <message>
        <source>No SLA commitment for this severity and tier.</source>
        <translation>Aucun engagement SLA pour cette sévérité et ce niveau.</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent when the database is back.</source>
        <translation>Enregistré hors ligne : la modification sera envoyée au retour de la base.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>%1 would be due %2</source>
        <translation>%1 serait dû %2</translation>
    </message>
    <message>
        <source>No running clock with this severity.</source>
        <translation>Aucune horloge en cours avec cette sévérité.</translation>
    </message>
    <message>
        <source>&amp;Respond</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Post &amp;update</source>
        <translation>Publier un &amp;point</translation>
    </message>
    <message>
        <source>&amp;Waiting on customer</source>
        <translation>En &amp;attente du client</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;M&apos;attribuer</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Change &amp;severity</source>
        <translation>Changer la &amp;sévérité</translation>
    </message>
    <message>
        <source>Select a ticket to see its clocks, timeline and explanation.</source>
        <translation>Choisissez un ticket pour voir ses horloges, son historique et leur explication.</translation>
    </message>
    <message>
        <source>customer or system</source>
        <translation>client ou système</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>Pla&amp;nifier</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: &lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;</source>
        <comment>metric name: its state, in its colour</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; : &lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a metric&apos;s name above its explanation</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <source>timeline unreadable: %1</source>
        <translation>historique illisible : %1</translation>
    </message>
    <message>
        <source>unreadable (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>&amp;Customer replied</source>
        <translation>Le &amp;client a répondu</translation>
    </message>
    <message>
        <source>Reply to the customer: Respond or Post update sends it (Enter on a ticket comes here)</source>
        <translation>Réponse au client : Répondre ou Publier un point l’envoie (Entrée sur un ticket mène ici)</translation>
    </message>
    <message>
        <source>No longer in this view: resolved, filtered out or changed. It stays here until you move to another ticket.</source>
        <translation>N’est plus dans cette vue : résolu, filtré ou modifié. Il reste affiché jusqu’à ce que vous passiez à un autre ticket.</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Post update</source>
        <translation>Publier un point</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M&apos;attribuer</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Customer replied</source>
        <translation>Le client a répondu</translation>
    </message>
    <message>
        <source>Resume the clock</source>
        <translation>Relancer le décompte</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Record the time the requester chose for this work (%1)</source>
        <translation>Enregistrer l’heure choisie par le demandeur pour ce travail (%1)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Customer</source>
        <comment>ticket pane tab</comment>
        <translation>Client</translation>
    </message>
    <message numerus="yes">
        <source>Messages (%n)</source>
        <comment>ticket pane tab: the conversation</comment>
        <translation>
            <numerusform>Échanges (%n)</numerusform>
            <numerusform>Échanges (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA</source>
        <comment>ticket pane tab: the deadlines, what changes them and why each is what it is</comment>
        <translation>SLA</translation>
    </message>
    <message>
        <source>&lt;b&gt;No SLA (beta)&lt;/b&gt;: %1 is a beta feature, which carries no support commitment.</source>
        <translation>&lt;b&gt;Sans SLA (bêta)&lt;/b&gt; : %1 est une fonctionnalité bêta, sans engagement de support.</translation>
    </message>
</context>
<context>
    <name>hourglass::TicketFile</name>
    <message>
        <source>must be a positive whole number</source>
        <translation>doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>must start with a &quot;created&quot; event</source>
        <translation>doit commencer par un événement « created »</translation>
    </message>
    <message>
        <source>unknown event kind &quot;%1&quot;</source>
        <translation>type d&apos;événement « %1 » inconnu</translation>
    </message>
    <message>
        <source>the first event must be &quot;created&quot;</source>
        <translation>le premier événement doit être « created »</translation>
    </message>
    <message>
        <source>a ticket is created only once</source>
        <translation>un ticket n&apos;est créé qu&apos;une fois</translation>
    </message>
    <message>
        <source>events must be in time order</source>
        <translation>les événements doivent être dans l&apos;ordre chronologique</translation>
    </message>
    <message>
        <source>unknown policy &quot;%1&quot; version %2</source>
        <translation>politique « %1 » version %2 inconnue</translation>
    </message>
</context>
<context>
    <name>hourglass::TicketQueueModel</name>
    <message>
        <source>%1 · %2</source>
        <comment>metric · due time</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>#</source>
        <comment>ticket number column</comment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>timeline unreadable: %1</source>
        <translation>historique illisible : %1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>metric · clock state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no SLA (beta)</source>
        <translation>sans SLA (bêta)</translation>
    </message>
</context>
<context>
    <name>hourglass::TicketService</name>
    <message>
        <source>the title is empty</source>
        <translation>le titre est vide</translation>
    </message>
    <message>
        <source>there is no customer %1</source>
        <translation>il n&apos;y a pas de client %1</translation>
    </message>
    <message>
        <source>unknown customer &quot;%1&quot;</source>
        <translation>client inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 is not a time a ticket can have been opened (it must be between 1970 and now)</source>
        <translation>%1 n&apos;est pas une date d&apos;ouverture possible pour un ticket (elle doit se situer entre 1970 et maintenant)</translation>
    </message>
    <message>
        <source>%1 has no contract in force on %2</source>
        <translation>%1 n&apos;a pas de contrat en vigueur le %2</translation>
    </message>
    <message>
        <source>the customer&apos;s policy &quot;%1&quot; is not stored</source>
        <translation>la politique « %1 » du client n&apos;est pas enregistrée</translation>
    </message>
    <message>
        <source>the customer&apos;s tier &quot;%1&quot; is not one of %2 (%3)</source>
        <translation>le niveau « %1 » du client ne fait pas partie de %2 (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not en or fr</source>
        <translation>« %1 » n&apos;est ni en ni fr</translation>
    </message>
    <message>
        <source>unknown user &quot;%1&quot;</source>
        <translation>utilisateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>give a status or a history, not both</source>
        <translation>donnez un statut ou un historique, pas les deux</translation>
    </message>
    <message>
        <source>the %1 entry at %2 is out of order (after %3 and before now)</source>
        <translation>l&apos;entrée %1 du %2 n&apos;est pas dans l&apos;ordre (elle doit suivre le %3 et précéder maintenant)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>statut inconnu « %1 »</translation>
    </message>
    <message>
        <source>a %1 entry cannot be imported with a ticket</source>
        <translation>une entrée %1 ne peut pas être importée avec un ticket</translation>
    </message>
    <message>
        <source>%1: a ticket can be opened only while the database answers</source>
        <translation>%1 : un ticket ne peut être ouvert que lorsque la base de données répond</translation>
    </message>
    <message>
        <source>ticket %1 follows the policy &quot;%2&quot; version %3, which is not stored</source>
        <translation>le ticket %1 suit la politique « %2 » version %3, qui n&apos;est pas enregistrée</translation>
    </message>
    <message>
        <source>there is no ticket %1</source>
        <translation>il n&apos;y a pas de ticket %1</translation>
    </message>
    <message>
        <source>ticket %1 is resolved; reopen it to respond</source>
        <translation>le ticket %1 est résolu ; rouvrez-le pour répondre</translation>
    </message>
    <message>
        <source>ticket %1 is resolved; reopen it to post an update</source>
        <translation>le ticket %1 est résolu ; rouvrez-le pour publier un point d&apos;avancement</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>la note est vide</translation>
    </message>
    <message>
        <source>ticket %1 is resolved; it waits on nobody</source>
        <translation>le ticket %1 est résolu ; il n&apos;attend personne</translation>
    </message>
    <message>
        <source>ticket %1 is not paused</source>
        <translation>le ticket %1 n&apos;est pas en pause</translation>
    </message>
    <message>
        <source>the time the requester chose is missing</source>
        <translation>l&apos;heure choisie par le demandeur manque</translation>
    </message>
    <message>
        <source>ticket %1 is resolved; reopen it to schedule work</source>
        <translation>le ticket %1 est résolu ; rouvrez-le pour planifier le travail</translation>
    </message>
    <message>
        <source>ticket %1 is already resolved</source>
        <translation>le ticket %1 est déjà résolu</translation>
    </message>
    <message>
        <source>ticket %1 is not resolved</source>
        <translation>le ticket %1 n&apos;est pas résolu</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>rien à modifier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not responded, updated, customer-replied or note (other changes are actions of their own)</source>
        <translation>« %1 » n&apos;est ni responded, ni updated, ni customer-replied, ni note (les autres changements sont des actions à part)</translation>
    </message>
    <message>
        <source>%1 is before ticket %2 was opened (%3)</source>
        <translation>%1 précède l&apos;ouverture du ticket %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is before the latest entry of ticket %2 (%3)</source>
        <translation>%1 précède la dernière entrée du ticket %2 (%3)</translation>
    </message>
    <message>
        <source>%1: tickets move to a new policy version only while the database answers</source>
        <translation>%1 : les tickets ne passent à une nouvelle version de politique que quand la base répond</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; version %2 is not stored</source>
        <translation>la politique « %1 » version %2 n&apos;est pas enregistrée</translation>
    </message>
    <message>
        <source>open ticket %1 has severity &quot;%2&quot; and tier &quot;%3&quot;, and version %4 of &quot;%5&quot; lacks one of them</source>
        <translation>le ticket ouvert %1 a la sévérité « %2 » et le niveau « %3 », et la version %4 de « %5 » n&apos;a pas l&apos;un des deux</translation>
    </message>
    <message>
        <source>ticket %1 cannot be acted on: %2 (set one with an edit of its status)</source>
        <translation>aucune action n&apos;est possible sur le ticket %1 : %2 (donnez-lui un statut en le modifiant)</translation>
    </message>
    <message>
        <source>%1 is in the future (it is now %2)</source>
        <translation>%1 est dans le futur (il est maintenant %2)</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <source>it is %1 characters long, more than the %2 it may have</source>
        <translation>il fait %1 caractères, plus que les %2 permis</translation>
    </message>
    <message>
        <source>%1: tickets change tier only while the database answers</source>
        <translation>%1 : les tickets ne changent de niveau que lorsque la base répond</translation>
    </message>
</context>
<context>
    <name>hourglass::TicketStore</name>
    <message>
        <source>cannot read ticket %1: %2</source>
        <translation>impossible de lire le ticket %1 : %2</translation>
    </message>
    <message>
        <source>there is no ticket %1</source>
        <translation>il n&apos;y a pas de ticket %1</translation>
    </message>
    <message>
        <source>cannot read the events of ticket %1: %2</source>
        <translation>impossible de lire les événements du ticket %1 : %2</translation>
    </message>
    <message>
        <source>%1: unknown event kind &quot;%2&quot;</source>
        <translation>%1 : type d&apos;événement « %2 » inconnu</translation>
    </message>
    <message>
        <source>cannot read ticket events: %1</source>
        <translation>impossible de lire les événements des tickets : %1</translation>
    </message>
</context>
<context>
    <name>hourglass::Transaction</name>
    <message>
        <source>cannot start a transaction</source>
        <translation>impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>impossible de valider</translation>
    </message>
</context>
<context>
    <name>hourglass::WebhookChannel</name>
    <message>
        <source>“%1” is not an http or https URL</source>
        <translation>« %1 » n&apos;est pas une URL http ou https</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
</context>
</TS>
