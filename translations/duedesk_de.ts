<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BillImporter</name>
    <message>
        <location filename="../core/ImportColumns.cpp" line="+160"/>
        <source>line %1 is not a header: the first line must name the columns, e.g. client, bill_number, due_on, amount, currency</source>
        <translation>Zeile %1 ist keine Kopfzeile: Die erste Zeile muss die Spaltennamen enthalten, z. B. client, bill_number, due_on, amount, currency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing required column(s): %1</source>
        <translation>fehlende Pflichtspalten: %1</translation>
    </message>
    <message>
        <location filename="../core/ImportRows.cpp" line="+229"/>
        <location line="+56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot; is negative</source>
        <translation>%1 „%2“ ist negativ</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 &quot;%2&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>%1 „%2“ ist kein Datum (bitte im Format YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is not a date (expected YYYY-MM-DD or %3)</source>
        <translation>%1 „%2“ ist kein Datum (erwartet: YYYY-MM-DD oder %3)</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>the row has %1 fields but the header has %2 (put values that contain &apos;%3&apos; in double quotes)</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2 (setzen Sie Werte, die &apos;%3&apos; enthalten, in doppelte Anführungszeichen)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 &quot;%2&quot; is not an email address</source>
        <translation>%1 „%2“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &quot;%2&quot; is not a Telegram chat id (a number)</source>
        <translation>%1 „%2“ ist keine Telegram-Chat-ID (muss eine Zahl sein)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &quot;%2&quot; is not a channel (use whatsapp, telegram, sms or email)</source>
        <translation>%1 „%2“ ist kein Kanal (möglich sind whatsapp, telegram, sms oder email)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a channel (use whatsapp, telegram, sms, email or all)</source>
        <translation>%1: „%2“ ist kein Kanal (möglich sind whatsapp, telegram, sms, email oder all)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 &quot;%2&quot; is not a known currency code (e.g. GBP, EUR, USD)</source>
        <translation>%1 „%2“ ist kein bekannter Währungscode (z. B. GBP, EUR, USD)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 %2 is more than %3 %4</source>
        <translation>%1 %2 ist höher als %3 %4</translation>
    </message>
    <message>
        <location filename="../core/ImportPlan.cpp" line="+52"/>
        <source>bill number %1 is already on line %2</source>
        <translation>Rechnungsnummer %1 steht bereits in Zeile %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invoice %1 has a different %2 on line %3</source>
        <translation>Rechnung %1 hat in Zeile %3 einen anderen Wert für %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2 is &quot;%3&quot; here but &quot;%4&quot; on line %5</source>
        <translation>%1 von %2 ist hier „%3“, in Zeile %5 aber „%4“</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>bill number %1 is already in the book for %2</source>
        <translation>Rechnungsnummer %1 ist im Geschäftsbuch bereits für %2 vergeben</translation>
    </message>
    <message>
        <location filename="../core/BillImporter.cpp" line="+39"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/ImportWriter.cpp" line="+118"/>
        <source>Cannot update client %1: %2</source>
        <translation>Kunde %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Cannot start the import: %1</source>
        <translation>Der Import kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cannot record the payment: %1</source>
        <translation>Die Zahlung kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot add bill %1: %2</source>
        <translation>Rechnung %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/BillImporter.cpp" line="-18"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>BillRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="+191"/>
        <source>Cannot add bill %1: %2</source>
        <translation>Rechnung %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot change the bill&apos;s status: %1</source>
        <translation>Der Status der Rechnung kann nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <location filename="../core/Book.cpp" line="+129"/>
        <source>No book file was given.</source>
        <translation>Es wurde keine Geschäftsbuch-Datei angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a DueDesk book.</source>
        <translation>%1 ist ein Ordner, kein DueDesk-Geschäftsbuch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no book at %1.</source>
        <translation>Unter %1 gibt es kein Geschäftsbuch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create a book in %1: the folder does not exist.</source>
        <translation>In %1 kann kein Geschäftsbuch angelegt werden: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a DueDesk book (it is not a database file). It was left unchanged.</source>
        <translation>%1 ist kein DueDesk-Geschäftsbuch (es ist keine Datenbankdatei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to another program, not DueDesk. It was left unchanged.</source>
        <translation>%1 gehört zu einem anderen Programm, nicht zu DueDesk. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open %1 for writing: the file or its folder is read-only. Copy the book to a folder you can write to, or change the permissions.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: Die Datei oder ihr Ordner ist schreibgeschützt. Kopieren Sie das Geschäftsbuch in einen Ordner, in dem Sie schreiben dürfen, oder ändern Sie die Berechtigungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 is not a DueDesk book: %2. It was left unchanged.</source>
        <translation>%1 ist kein DueDesk-Geschäftsbuch: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a database of another program, not a DueDesk book. It was left unchanged.</source>
        <translation>%1 ist eine Datenbank eines anderen Programms, kein DueDesk-Geschäftsbuch. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer DueDesk (book format %2; this DueDesk reads up to %3). Update DueDesk to open it. The book was left unchanged.</source>
        <translation>%1 wurde mit einer neueren DueDesk-Version gespeichert (Format %2; diese Version liest bis Format %3). Aktualisieren Sie DueDesk, um es zu öffnen. Das Geschäftsbuch wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>DueDesk is damaged: migration %1 is missing.</source>
        <translation>Die DueDesk-Installation ist beschädigt: Migration %1 fehlt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Cannot update the book %1: %2</source>
        <translation>Das Geschäftsbuch %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot update the book %1 to format %2: %3. The book was left as it was.</source>
        <translation>Das Geschäftsbuch %1 kann nicht auf Format %2 aktualisiert werden: %3. Das Geschäftsbuch bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot save the setting %1: %2</source>
        <translation>Die Einstellung %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>BookError</name>
    <message>
        <location filename="../ui/qml/BookError.qml" line="+15"/>
        <source>DueDesk</source>
        <translation>DueDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your book could not be opened</source>
        <translation>Ihr Geschäftsbuch ließ sich nicht öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>BucketCard</name>
    <message numerus="yes">
        <location filename="../ui/qml/BucketCard.qml" line="+16"/>
        <location line="+25"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/BenchCommand.cpp" line="+32"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>--bills takes a whole number of at least 1</source>
        <translation>--bills erwartet eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--runs takes a whole number of at least 1</source>
        <translation>--runs erwartet eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the benchmark needs the sqlite3 shell as its baseline (apt-get install sqlite3)</source>
        <translation>der Benchmark braucht die sqlite3-Shell als Vergleichsbasis (apt-get install sqlite3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliArgs.cpp" line="+15"/>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+35"/>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (bitte im Format YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+17"/>
        <source>import needs a CSV file: import FILE.csv</source>
        <translation>import braucht eine CSV-Datei: import FILE.csv</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: nothing imported: %2</source>
        <translation>%1: nichts importiert: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: nothing imported: %n bad row(s)</source>
        <translation>
            <numerusform>%1: nichts importiert: %n fehlerhafte Zeile</numerusform>
            <numerusform>%1: nichts importiert: %n fehlerhafte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 (%2 format): %3 new bills, %4 new clients, %5 payments; %6 bills were already in the book.</source>
        <translation>%1 importiert (Format %2): %3 neue Rechnungen, %4 neue Kunden, %5 Zahlungen; %6 Rechnungen waren bereits im Geschäftsbuch.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+32"/>
        <source>Aging on %1</source>
        <translation>Altersstruktur der offenen Posten zum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is outstanding.</source>
        <translation>Es gibt keine offenen Beträge.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>report needs a kind: report aging</source>
        <translation>report braucht eine Berichtsart: report aging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown report &quot;%1&quot; (known: aging)</source>
        <translation>unbekannter Bericht „%1“ (verfügbar: aging)</translation>
    </message>
    <message>
        <location filename="../app/cli/SeedCommand.cpp" line="+21"/>
        <source>%1 takes a whole number of at least %2, not &quot;%3&quot;</source>
        <translation>%1 erwartet eine ganze Zahl ab %2, nicht „%3“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>seed needs --clients N and --bills M</source>
        <translation>seed braucht --clients N und --bills M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--clients is limited to 10000000</source>
        <translation>--clients ist auf 10000000 begrenzt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Seeded %1 clients, %2 bills and %3 payments in %4 ms.</source>
        <translation>%1 Kunden, %2 Rechnungen und %3 Zahlungen in %4 ms angelegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+23"/>
        <source>Usage: duedesk-cli [--db PATH] [--now ISO-DATETIME] [--json] COMMAND [ARGS]

Commands:
  seed --clients N --bills M [--seed S]   fill the book with realistic demo data
  import FILE.csv                         import bills and clients (generic, Xero or QuickBooks columns)
  report aging [--today DATE] [--json]    open balances per aging bucket and currency
  bench [--bills N] [--runs R]            benchmark the aging report against a plain scan

--db defaults to the book in your DueDesk data folder. --now sets the clock (for scripts and tests).
</source>
        <translation>Aufruf: duedesk-cli [--db PATH] [--now ISO-DATETIME] [--json] COMMAND [ARGS]

Befehle:
  seed --clients N --bills M [--seed S]   füllt das Geschäftsbuch mit realistischen Demodaten
  import FILE.csv                         importiert Rechnungen und Kunden (Spaltenformat generic, Xero oder QuickBooks)
  report aging [--today DATE] [--json]    offene Beträge nach Altersstufe und Währung
  bench [--bills N] [--runs R]            misst das Tempo des Berichts aging gegenüber einem einfachen Durchlauf

Ohne --db wird das Geschäftsbuch in Ihrem DueDesk-Datenordner verwendet. --now stellt die Uhr (für Skripte und Tests).
</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>--now takes an ISO date or date-time, not &quot;%1&quot;</source>
        <translation>--now erwartet ein ISO-Datum oder ein ISO-Datum mit Uhrzeit, nicht „%1“</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="-139"/>
        <source>Cannot add client %1: %2</source>
        <translation>Kunde %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot record consent for %1: %2</source>
        <translation>Die Einwilligung von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot record consent: %1</source>
        <translation>Die Einwilligung kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/CsvReader.cpp" line="+82"/>
        <source>line %1 is not UTF-8 text; save the file as CSV UTF-8 and import it again</source>
        <translation>Zeile %1 ist kein UTF-8-Text; speichern Sie die Datei als CSV UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>line %1 opens a quoted field that is never closed (a missing &apos;&quot;&apos;?)</source>
        <translation>Zeile %1 öffnet ein Feld in Anführungszeichen, das nie geschlossen wird (fehlt ein &apos;&quot;&apos;?)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Main.qml" line="+19"/>
        <source>DueDesk — %1</source>
        <translation>DueDesk — %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the figures</source>
        <translation>Zahlen aktualisieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Outstanding</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything clients still owe you in %1</source>
        <translation>Alles, was Ihre Kunden Ihnen in %1 noch schulden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bill(s) past their due date</source>
        <translation>
            <numerusform>%n Rechnung ist überfällig</numerusform>
            <numerusform>%n Rechnungen sind überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How late is the money?</source>
        <translation>Wie lange warten Sie schon auf Ihr Geld?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share of the outstanding total in each age bucket</source>
        <translation>Anteil am ausstehenden Gesamtbetrag je Altersstufe</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Other currencies</source>
        <translation>Weitere Währungen</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %2 outstanding, %3 overdue in %n bill(s)</source>
        <translation>
            <numerusform>%1: %2 ausstehend, davon %3 überfällig (%n Rechnung)</numerusform>
            <numerusform>%1: %2 ausstehend, davon %3 überfällig (%n Rechnungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/Money.cpp" line="+58"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>unbekannte Währung „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>amount is empty</source>
        <translation>der Betrag ist leer</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+13"/>
        <source>&quot;%1&quot; is not an amount (use a point for decimals, e.g. 1234.50)</source>
        <translation>„%1“ ist kein Betrag (Dezimalstellen mit Punkt trennen, z. B. 1234.50)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>„%1“ hat mehr Nachkommastellen, als %2 erlaubt (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="+97"/>
        <source>Cannot record the payment: %1</source>
        <translation>Die Zahlung kann nicht erfasst werden: %1</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../core/PhoneNumber.cpp" line="+28"/>
        <source>phone number is empty</source>
        <translation>die Telefonnummer ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>„%1“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a phone number for region %2 (add the country code, e.g. +44)</source>
        <translation>„%1“ ist keine Telefonnummer für die Region %2 (ergänzen Sie die Ländervorwahl, z. B. +49)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a possible phone number (wrong length)</source>
        <translation>„%1“ kann keine Telefonnummer sein (falsche Länge)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a known number range for %2; check it before sending</source>
        <translation>%1 liegt in keinem bekannten Nummernbereich für %2; bitte vor dem Senden prüfen</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <location filename="../core/Seeder.cpp" line="+80"/>
        <source>Seeding needs at least one client and no negative number of bills.</source>
        <translation>Für Demodaten sind mindestens ein Kunde und eine nicht negative Anzahl an Rechnungen nötig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Cannot seed the book: %1</source>
        <translation>Das Geschäftsbuch kann nicht mit Demodaten gefüllt werden: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::DashboardModel</name>
    <message>
        <location filename="../ui/DashboardModel.cpp" line="+27"/>
        <source>Not due yet</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–30 days overdue</source>
        <translation>1–30 Tage überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>31–60 days overdue</source>
        <translation>31–60 Tage überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>61–90 days overdue</source>
        <translation>61–90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days overdue</source>
        <translation>Über 90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+65"/>
        <source>DueDesk gets your bills paid.</source>
        <translation>DueDesk sorgt dafür, dass Ihre Rechnungen bezahlt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the book at &lt;path&gt;.</source>
        <translation>Geschäftsbuch unter &lt;path&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the demo book (created on first use).</source>
        <translation>Demo-Geschäftsbuch öffnen (wird beim ersten Mal angelegt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &lt;language&gt; (en, es, fr, de).</source>
        <translation>Sprache &lt;language&gt; verwenden (en, es, fr, de).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the first frame to &lt;file&gt; and quit.</source>
        <translation>Erstes Bild in &lt;file&gt; speichern und beenden.</translation>
    </message>
</context>
</TS>
