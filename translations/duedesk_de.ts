<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Assistant</name>
    <message>
        <location filename="../core/Assistant.cpp" line="+138"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Did you mean %1?</source>
        <translation>Meinen Sie %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you mean %1 or %2?</source>
        <translation>Meinen Sie %1 oder %2?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sorry, I can&apos;t do that yet. I can chase a client (&quot;chase Henderson&quot;), record a payment (&quot;Rachel paid £200&quot;), pause or stop reminders (&quot;leave Dave alone till Friday&quot;), add a client or a bill (&quot;add Tom Baker 07700 900123&quot;, &quot;bill Tom £90 due Friday&quot;), tell you who owes what (&quot;who owes me?&quot;), and send or skip the reminders I draft (&quot;yes&quot; / &quot;no&quot;).</source>
        <translation>Das kann ich leider noch nicht. Im Moment verstehe ich Anweisungen auf Englisch: Ich kann einen Kunden erinnern („chase Henderson“), eine Zahlung erfassen („Rachel paid £200“), Erinnerungen pausieren oder stoppen („leave Dave alone till Friday“), einen Kunden oder eine Rechnung anlegen („add Tom Baker 07700 900123“, „bill Tom £90 due Friday“), Ihnen sagen, wer was schuldet („who owes me?“), und die Erinnerungen, die ich entwerfe, senden oder überspringen („yes“ / „no“).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nobody owes you anything right now.</source>
        <translation>Im Moment schuldet Ihnen niemand etwas.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>You&apos;re owed %1 across %n bill(s)</source>
        <translation>
            <numerusform>Ihnen stehen %1 aus %n Rechnung zu</numerusform>
            <numerusform>Ihnen stehen %1 aus %n Rechnungen zu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of it is overdue (%n bill(s)).</source>
        <translation>
            <numerusform>davon sind %1 überfällig (%n Rechnung).</numerusform>
            <numerusform>davon sind %1 überfällig (%n Rechnungen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of it is overdue.</source>
        <translation>nichts davon ist überfällig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 overdue)</source>
        <translation> (davon %1 überfällig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owed the most: %1.</source>
        <translation>Die größten offenen Beträge: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid in this week: %1.</source>
        <translation>Diese Woche eingegangen: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reminder(s) wait for your approval.</source>
        <translation>
            <numerusform>%n Erinnerung wartet auf Ihre Freigabe.</numerusform>
            <numerusform>%n Erinnerungen warten auf Ihre Freigabe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 owes you nothing right now.</source>
        <translation>%1 schuldet Ihnen im Moment nichts.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no due date</source>
        <translation>ohne Fälligkeitsdatum</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, disputed</source>
        <translation>, beanstandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 owes you %2: %3.</source>
        <translation>%1 schuldet Ihnen %2: %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no open bill %2.</source>
        <translation>%1 hat keine offene Rechnung %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has nothing outstanding to chase.</source>
        <translation>Bei %1 ist nichts offen, woran ich erinnern könnte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no open bill to mark as paid.</source>
        <translation>%1 hat keine offene Rechnung, die ich als bezahlt markieren könnte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I need a positive amount to record a payment.</source>
        <translation>Um eine Zahlung zu erfassen, brauche ich einen positiven Betrag.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no open bill, so there are no reminders to stop.</source>
        <translation>%1 hat keine offene Rechnung, es gibt also keine Erinnerungen zu stoppen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a day ahead, so I can&apos;t pause until then.</source>
        <translation>%1 liegt nicht in der Zukunft, deshalb kann ich nicht bis dahin pausieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How much should I bill %1? Say, for example, &quot;bill %1 £120 due Friday&quot;.</source>
        <translation>Wie viel soll ich %1 in Rechnung stellen? Sagen Sie es auf Englisch, zum Beispiel: „bill %1 £120 due Friday“.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>chase %1 for %2 (%3)</source>
        <translation>%1 an Rechnung %2 (%3) erinnern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mark %1&apos;s %2 (%3) as paid in full</source>
        <translation>Rechnung %2 von %1 (%3) als vollständig bezahlt markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record %1 paid by %2 on %3 (%4 more than it owes)</source>
        <translation>eine Zahlung über %1 von %2 für Rechnung %3 erfassen (%4 mehr als offen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record %1 paid by %2 on %3, leaving %4</source>
        <translation>eine Zahlung über %1 von %2 für Rechnung %3 erfassen, offen bleiben %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pause reminders to %1 until %2 (%3)</source>
        <translation>Erinnerungen an %1 bis %2 pausieren (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop reminders to %1 (%2)</source>
        <translation>Erinnerungen an %1 stoppen (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add %1 as a new client</source>
        <translation>%1 als neuen Kunden anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add %1 as a new client (%2)</source>
        <translation>%1 als neuen Kunden anlegen (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bill %1 %2 as %3, due %4</source>
        <translation>%1 %2 in Rechnung stellen (%3), fällig am %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bill %1 %2 as %3, with no due date</source>
        <translation>%1 %2 in Rechnung stellen (%3), ohne Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What would you like me to do about %1? I can chase them, record a payment, pause their reminders or tell you what they owe.</source>
        <translation>Was soll ich bei %1 tun? Ich kann erinnern, eine Zahlung erfassen, die Erinnerungen pausieren oder Ihnen sagen, was noch offen ist.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Which client do you mean?</source>
        <translation>Welchen Kunden meinen Sie?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not in your book yet)</source>
        <translation>(noch nicht in Ihrem Geschäftsbuch)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I can&apos;t find a client called %1.</source>
        <translation>Ich finde keinen Kunden namens %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(you already have a client called %1)</source>
        <translation>(Sie haben bereits einen Kunden namens %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>; then </source>
        <translation>; danach </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>? yes/no</source>
        <translation>? yes/no</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I couldn&apos;t chase %1: %2</source>
        <translation>Ich konnte %1 nicht erinnern: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafted a reminder to %1 for %2 (%3):</source>
        <translation>Ich habe eine Erinnerung an %1 zu Rechnung %2 entworfen (%3):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recorded %1 from %2 on %3; %4 still to pay.</source>
        <translation>Ich habe %1 von %2 für Rechnung %3 erfasst; %4 sind noch offen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded %1 from %2 on %3; it&apos;s paid in full.</source>
        <translation>Ich habe %1 von %2 für Rechnung %3 erfasst; sie ist vollständig bezahlt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paused reminders to %1 until %2 (%3).</source>
        <translation>Ich habe die Erinnerungen an %1 bis %2 pausiert (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped reminders to %1 (%2).</source>
        <translation>Ich habe die Erinnerungen an %1 gestoppt (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> I couldn&apos;t read &quot;%1&quot; as a phone number (%2), so I left it off.</source>
        <translation> „%1“ konnte ich nicht als Telefonnummer lesen (%2), deshalb habe ich sie weggelassen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added %1 as a client.</source>
        <translation>Ich habe %1 als Kunden angelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I couldn&apos;t bill %1: the client was not added.</source>
        <translation>Ich konnte %1 keine Rechnung stellen: Der Kunde wurde nicht angelegt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added bill %1 for %2: %3, due %4.</source>
        <translation>Ich habe Rechnung %1 für %2 angelegt: %3, fällig am %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added bill %1 for %2: %3, with no due date.</source>
        <translation>Ich habe Rechnung %1 für %2 angelegt: %3, ohne Fälligkeitsdatum.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <source>Send it? yes/no</source>
        <translation>Soll ich sie senden? yes/no</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Send them? yes/no</source>
        <translation>Soll ich sie alle senden? yes/no</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There&apos;s nothing waiting for a yes right now.</source>
        <translation>Im Moment wartet nichts auf ein „yes“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest reminder waiting is to %1 for %2 (%3):</source>
        <translation>Die neueste wartende Erinnerung geht an %1 zu Rechnung %2 (%3):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent: the reminder to %1 for %2 is queued to go out.</source>
        <translation>Gesendet: Die Erinnerung an %1 zu Rechnung %2 steht in der Warteschlange.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK, there&apos;s nothing to cancel.</source>
        <translation>In Ordnung, es gibt nichts abzubrechen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK, I won&apos;t send the reminder to %1.</source>
        <translation>In Ordnung, ich sende die Erinnerung an %1 nicht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>OK, never mind.</source>
        <translation>In Ordnung, dann nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sorry, I didn&apos;t catch which one. %1</source>
        <translation>Entschuldigung, ich habe nicht verstanden, welchen Sie meinen. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Still waiting on this: %1</source>
        <translation>Das ist noch offen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK, I won&apos;t.</source>
        <translation>In Ordnung, dann lasse ich es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(I&apos;ve left the last request undone.)</source>
        <translation>(Die letzte Anfrage habe ich nicht ausgeführt.)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/AuditLog.cpp" line="+60"/>
        <source>Cannot record %1 in the audit log: %2</source>
        <translation>%1 kann nicht im Prüfprotokoll vermerkt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry has no kind</source>
        <translation>der Eintrag hat keinen Typ</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+11"/>
        <location line="+35"/>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>row %1: its content was changed</source>
        <translation>Zeile %1: Ihr Inhalt wurde verändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 is the first row: the rows before it were removed</source>
        <translation>Zeile %1 ist die erste Zeile: Die Zeilen davor wurden entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 does not follow row %2: a row was removed</source>
        <translation>Zeile %1 folgt nicht auf Zeile %2: Eine Zeile wurde entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 does not start the chain: the log was changed</source>
        <translation>Zeile %1 steht nicht am Anfang der Kette: Das Protokoll wurde verändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 does not match row %2 before it: one of them was changed</source>
        <translation>Zeile %1 passt nicht zur vorherigen Zeile %2: Eine der beiden wurde verändert</translation>
    </message>
</context>
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
    <name>BillPanel</name>
    <message>
        <location filename="../ui/qml/BillPanel.qml" line="+60"/>
        <source>Bill %1 of %2</source>
        <translation>Rechnung %1 von %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Bill %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close the bill</source>
        <translation>Rechnungsdetails schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Still owed</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Restbetrag</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in %1 days</source>
        <translation>Fällig in %1 Tagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid so far</source>
        <translation>Bisher bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record a payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a payment for this bill</source>
        <translation>Zahlung für diese Rechnung erfassen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How much was paid today?</source>
        <translation>Wie viel wurde heute bezahlt?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amount received in %1</source>
        <translation>Erhaltener Betrag in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The full balance: the bill will be marked paid and its reminders stop.</source>
        <translation>Der volle Betrag: Die Rechnung wird als bezahlt markiert, und ihre Erinnerungen enden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part payment: reminders continue for what is left.</source>
        <translation>Eine Teilzahlung: Die Erinnerungen gehen für den Rest weiter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+69"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this payment</source>
        <translation>Diese Zahlung erfassen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When did the client promise to pay?</source>
        <translation>Bis wann hat der Kunde die Zahlung zugesagt?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year-month-day, e.g. %1</source>
        <translation>Jahr-Monat-Tag, z. B. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised payment date</source>
        <translation>Zugesagtes Zahlungsdatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In two weeks</source>
        <translation>In zwei Wochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders pause until then.</source>
        <translation>Bis dahin pausieren die Erinnerungen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save promise</source>
        <translation>Zusage speichern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write off %1? The bill is closed and no more reminders go out.</source>
        <translation>%1 abschreiben? Die Rechnung wird geschlossen, und es gehen keine Erinnerungen mehr hinaus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write off</source>
        <translation>Abschreiben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Promise to pay…</source>
        <translation>Zahlungszusage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the day the client promised to pay</source>
        <translation>Den Tag erfassen, an dem der Kunde zahlen will</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chase now</source>
        <translation>Jetzt erinnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a reminder for this bill now</source>
        <translation>Jetzt eine Erinnerung für diese Rechnung entwerfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dispute</source>
        <translation>Beanstandung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the bill as disputed and pause reminders</source>
        <translation>Rechnung als beanstandet markieren und Erinnerungen pausieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolve dispute</source>
        <translation>Beanstandung klären</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute is settled: resume reminders</source>
        <translation>Die Beanstandung ist geklärt: Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop reminders</source>
        <translation>Erinnerungen stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sending reminders for this bill</source>
        <translation>Keine Erinnerungen mehr für diese Rechnung senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start sending reminders for this bill again</source>
        <translation>Wieder Erinnerungen für diese Rechnung senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy pay link</source>
        <translation>Zahlungslink kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the payment link to the clipboard</source>
        <translation>Zahlungslink in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write off…</source>
        <translation>Abschreiben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write off what is still owed</source>
        <translation>Den offenen Rest abschreiben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has happened on this bill yet.</source>
        <translation>Bei dieser Rechnung ist noch nichts passiert.</translation>
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
    <name>BillsPage</name>
    <message>
        <location filename="../ui/qml/BillsPage.qml" line="+37"/>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in %1 days</source>
        <translation>Fällig in %1 Tagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search by bill number or client</source>
        <translation>Nach Rechnungsnummer oder Kunde suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search bills</source>
        <translation>Rechnungen durchsuchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show bills of this age</source>
        <translation>Rechnungen dieses Alters anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any age</source>
        <translation>Jedes Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not due yet</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–30 days overdue</source>
        <translation>1–30 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days overdue</source>
        <translation>31–60 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days overdue</source>
        <translation>61–90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days overdue</source>
        <translation>Über 90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show bills with this status</source>
        <translation>Rechnungen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Beanstandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sort bills by</source>
        <translation>Rechnungen sortieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest due first</source>
        <translation>Älteste Fälligkeit zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest due first</source>
        <translation>Neueste Fälligkeit zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest balance</source>
        <translation>Höchster offener Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client A–Z</source>
        <translation>Kunde A–Z</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 bill</source>
        <translation>1 Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bills</source>
        <translation>%1 Rechnungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Client and bill</source>
        <translation>Kunde und Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bills</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, bill %2, %3 owed</source>
        <translation>%1, Rechnung %2, %3 offen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>No bills match. Try a shorter search or another filter.</source>
        <translation>Keine passenden Rechnungen. Versuchen Sie einen kürzeren Suchbegriff oder einen anderen Filter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bills yet. Bills you add or import show up here.</source>
        <translation>Noch keine Rechnungen. Rechnungen, die Sie anlegen oder importieren, erscheinen hier.</translation>
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
    <name>CallQueue</name>
    <message>
        <location filename="../core/CallQueue.cpp" line="+92"/>
        <source>Cannot read the book for the call queue: %1</source>
        <translation>Das Geschäftsbuch kann für die Anrufliste nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>at least %1 owed</source>
        <translation>mindestens %1 offen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>61-90 days overdue</source>
        <translation>61–90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than 90 days overdue</source>
        <translation>über 90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all reminders sent</source>
        <translation>alle Erinnerungen verschickt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <extracomment>Separates the reasons a bill is in the call queue.</extracomment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../ui/qml/CallsPage.qml" line="+21"/>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not overdue yet</source>
        <translation>Noch nicht überfällig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Worth a call today</source>
        <translation>Heute einen Anruf wert</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bill(s) where a friendly phone call will help most: large balances (%1 or more), long overdue, or every reminder already sent. Best first.</source>
        <translation>
            <numerusform>%n Rechnung, bei der ein freundlicher Anruf am meisten bringt: hohe Beträge (ab %1), lange überfällig oder alle Erinnerungen schon verschickt. Die wichtigsten zuerst.</numerusform>
            <numerusform>%n Rechnungen, bei denen ein freundlicher Anruf am meisten bringt: hohe Beträge (ab %1), lange überfällig oder alle Erinnerungen schon verschickt. Die wichtigsten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody needs a call today. DueDesk lists a bill here when it is large, long overdue or every reminder has gone out.</source>
        <translation>Heute muss niemand angerufen werden. DueDesk zeigt hier eine Rechnung, wenn der Betrag hoch ist, sie lange überfällig ist oder alle Erinnerungen verschickt wurden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bills worth a phone call</source>
        <translation>Rechnungen, bei denen sich ein Anruf lohnt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, bill %2, %3 owed, %4. Phone %5.</source>
        <translation>%1, Rechnung %2, %3 offen, %4. Telefon: %5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No phone number</source>
        <translation>Keine Telefonnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number %1</source>
        <translation>Telefonnummer %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Bill %1 · %2</source>
        <translation>Rechnung %1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owes %1 in all</source>
        <translation>Schuldet insgesamt %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last paid %1</source>
        <translation>Letzte Zahlung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payment yet</source>
        <translation>Noch keine Zahlung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last messages</source>
        <translation>Letzte Nachrichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the client, %1, %2</source>
        <translation>Vom Kunden, %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the client, %1, %2</source>
        <translation>An den Kunden, %1, %2</translation>
    </message>
</context>
<context>
    <name>CashPage</name>
    <message>
        <location filename="../ui/qml/CashPage.qml" line="+30"/>
        <source>M</source>
        <comment>millions</comment>
        <translation>&#xa0;Mio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k</source>
        <comment>thousands</comment>
        <translation>&#xa0;k</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This week&apos;s cash</source>
        <translation>Liquidität in dieser Woche</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+58"/>
        <source>Outstanding</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Money usually takes about %1 days to come in</source>
        <translation>Geld geht meist nach etwa %1 Tagen ein</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+49"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Past the due date</source>
        <translation>Fälligkeitsdatum überschritten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paid this week</source>
        <translation>Diese Woche eingegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received since Monday</source>
        <translation>Zahlungseingänge seit Montag</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+178"/>
        <source>Promised this week</source>
        <translation>Für diese Woche zugesagt</translation>
    </message>
    <message numerus="yes">
        <location line="-176"/>
        <source>%n payment(s) promised by clients</source>
        <translation>
            <numerusform>%n Zahlung von Kunden zugesagt</numerusform>
            <numerusform>%n Zahlungen von Kunden zugesagt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The last 12 weeks</source>
        <translation>Die letzten 12 Wochen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outstanding, overdue and paid for each of the last 12 weeks</source>
        <translation>Ausstehend, überfällig und bezahlt für jede der letzten 12 Wochen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: outstanding %2, overdue %3, paid %4</source>
        <translation>%1: ausstehend %2, überfällig %3, bezahlt %4</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1
Outstanding: %2
Overdue: %3
Paid: %4</source>
        <translation>%1
Ausstehend: %2
Überfällig: %3
Bezahlt: %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client has promised to pay this week.</source>
        <translation>Diese Woche hat kein Kunde eine Zahlung zugesagt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bill %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who owes the most</source>
        <translation>Wer Ihnen am meisten schuldet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody owes you anything. Well done!</source>
        <translation>Niemand schuldet Ihnen etwas. Gut gemacht!</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 overdue · %n bill(s)</source>
        <translation>
            <numerusform>%1 überfällig · %n Rechnung</numerusform>
            <numerusform>%1 überfällig · %n Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing overdue · %n bill(s)</source>
        <translation>
            <numerusform>Nichts überfällig · %n Rechnung</numerusform>
            <numerusform>Nichts überfällig · %n Rechnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashSnapshotBuilder</name>
    <message>
        <location filename="../core/CashSnapshot.cpp" line="+345"/>
        <source>Cannot read the book for the cash snapshot: %1</source>
        <translation>Das Geschäftsbuch kann für die Liquiditätsübersicht nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../core/Domain.cpp" line="+63"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>ChaseEngine</name>
    <message>
        <location filename="../core/ChaseEngine.cpp" line="+105"/>
        <source>Cannot approve the reminder: %1</source>
        <translation>Die Erinnerung kann nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <location line="+27"/>
        <source>there is no draft %1</source>
        <translation>Entwurf %1 existiert nicht</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>it was already %1</source>
        <translation>der Status ist bereits %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot skip the reminder: %1</source>
        <translation>Die Erinnerung kann nicht übersprungen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>it is no longer waiting for you</source>
        <translation>sie wartet nicht mehr auf Ihre Freigabe</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot change the reminder: %1</source>
        <translation>Die Erinnerung kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot chase bill %1: %2</source>
        <translation>Für Rechnung %1 kann keine Erinnerung erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no such bill</source>
        <translation>diese Rechnung gibt es nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not open with a balance</source>
        <translation>sie ist nicht offen oder hat keinen offenen Betrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its client has no reminder policy</source>
        <translation>für den Kunden ist kein Erinnerungsablauf festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no due date</source>
        <translation>sie hat kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>replaced by a manual chase</source>
        <translation>durch eine manuelle Erinnerung ersetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chased by hand.</source>
        <translation>Manuell erinnert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client accepts no channel for reminders</source>
        <translation>der Kunde akzeptiert für Erinnerungen keinen Kanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a reminder for this step exists already</source>
        <translation>für diesen Schritt gibt es bereits eine Erinnerung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot record the payment: %1</source>
        <translation>Die Zahlung kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <location line="+39"/>
        <location line="+46"/>
        <location line="+33"/>
        <source>there is no bill %1</source>
        <translation>Rechnung %1 existiert nicht</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>the payment must be a positive amount in %1</source>
        <translation>die Zahlung muss ein positiver Betrag in %1 sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>part-paid; the balance changed</source>
        <translation>teilweise bezahlt; der offene Betrag hat sich geändert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot record the promise: %1</source>
        <translation>Die Zahlungszusage kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bill %1 is already paid</source>
        <translation>Rechnung %1 ist bereits bezahlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the promised day must be today or later</source>
        <translation>der zugesagte Tag muss heute oder später sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the client promised to pay</source>
        <translation>der Kunde hat die Zahlung zugesagt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot change the dispute: %1</source>
        <translation>Die Beanstandung kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an open bill can be disputed</source>
        <translation>nur eine offene Rechnung kann beanstandet werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the bill is not disputed</source>
        <translation>die Rechnung ist nicht beanstandet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the bill is disputed</source>
        <translation>die Rechnung ist beanstandet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot pause the reminders: %1</source>
        <translation>Die Erinnerungen können nicht pausiert werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client says it is paid</source>
        <translation>der Kunde gibt an, bezahlt zu haben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot resume the reminders: %1</source>
        <translation>Die Erinnerungen können nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bill %1 is not open with a balance</source>
        <translation>Rechnung %1 ist nicht offen oder hat keinen offenen Betrag</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot stop the reminders: %1</source>
        <translation>Die Erinnerungen können nicht gestoppt werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped by the owner</source>
        <translation>manuell gestoppt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot record the opt-out: %1</source>
        <translation>Die Abmeldung kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>the client opted out of this channel</source>
        <translation>der Kunde hat sich von diesem Kanal abgemeldet</translation>
    </message>
    <message>
        <location filename="../core/ChasePlanner.cpp" line="+25"/>
        <location line="+106"/>
        <source>Cannot plan reminders: %1</source>
        <translation>Die Erinnerungen können nicht geplant werden: %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The promise to pay by %1 was not kept.</source>
        <translation>Die Zusage, bis zum %1 zu zahlen, wurde nicht eingehalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>DueDesk was not running when %n earlier reminder(s) fell due; only this latest one was drafted.</source>
        <translation>
            <numerusform>DueDesk lief nicht, als %n frühere Erinnerung fällig wurde; nur diese, die aktuellste, wurde entworfen.</numerusform>
            <numerusform>DueDesk lief nicht, als %n frühere Erinnerungen fällig wurden; nur diese, die aktuellste, wurde entworfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reminder fell due on %1, when DueDesk was not running.</source>
        <translation>Diese Erinnerung war am %1 fällig, als DueDesk nicht lief.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot draft a reminder for bill %1: %2</source>
        <translation>Für Rechnung %1 kann kein Erinnerungsentwurf erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/Outbox.cpp" line="+93"/>
        <source>message %1 is not in a state that allows this</source>
        <translation>der Status von Nachricht %1 lässt das nicht zu</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>there is no message %1</source>
        <translation>Nachricht %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 is %2, not waiting to be sent</source>
        <translation>Nachricht %1 hat den Status %2 und wartet nicht auf den Versand</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the bill is gone</source>
        <translation>die Rechnung existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bill is %1</source>
        <translation>die Rechnung hat den Status %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chase is %1</source>
        <translation>der Erinnerungsablauf hat den Status %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client does not accept %1</source>
        <translation>der Kunde akzeptiert %1 nicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>message %1 changed meanwhile</source>
        <translation>Nachricht %1 wurde inzwischen geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>message %1 was not sent: %2</source>
        <translation>Nachricht %1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>DueDesk stopped while sending; the provider may or may not have it</source>
        <translation>DueDesk wurde während des Sendens beendet; der Anbieter hat die Nachricht möglicherweise erhalten, möglicherweise nicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no message has the provider id %1</source>
        <translation>keine Nachricht hat die Anbieter-ID %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a delivery status</source>
        <translation>%1 ist kein Zustellstatus</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/BenchCommand.cpp" line="+39"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>--bills and --runs take whole numbers of at least 1</source>
        <translation>--bills und --runs erwarten ganze Zahlen ab 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown benchmark suite &quot;%1&quot; (aging, plan or nlu)</source>
        <translation>unbekannte Benchmark-Suite „%1“ (aging, plan oder nlu)</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="-176"/>
        <location line="+180"/>
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
        <location filename="../app/cli/CliContext.cpp" line="+47"/>
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
        <location filename="../app/cli/ReportCommand.cpp" line="+26"/>
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
  plan [--today DATE]                     draft the reminders that are due
  drafts [--json]                         reminders waiting for your approval
  approve ID|--all, skip ID, edit ID --text TEXT   decide on drafted reminders
  chase BILL                              one reminder now, the rest of the policy after it
  pay BILL AMOUNT [--on DATE]             record a payment
  promise BILL DATE                       pause reminders until a promised day
  dispute BILL [--resolve], stop BILL     pause for a dispute / stop reminders
  optout CLIENT CHANNEL                   the client gets nothing more on that channel
  outbox [--json]                         messages approved for sending, and their state
  snapshot [--week-of DATE] --json        the weekly cash snapshot
  callqueue [--min AMOUNT] --json         bills worth a phone call
  audit verify                            check the audit trail&apos;s hash chain
  understand --as client|owner [--today DATE] [--region GB]   JSON Lines in, understanding out
  inbound --channel CH --from ADDRESS --text TEXT   a client&apos;s reply arrives: stored, understood, acted on
  tasks [--json]                          what DueDesk has handed to you
  assistant                               talk to DueDesk: one message per line on standard input
  bench [--suite aging|plan|nlu] [--bills N] [--runs R]   benchmarks against a baseline

--db defaults to the book in your DueDesk data folder. --now sets the clock (for scripts and tests).
</source>
        <translation>Aufruf: duedesk-cli [--db PATH] [--now ISO-DATETIME] [--json] COMMAND [ARGS]

Befehle:
  seed --clients N --bills M [--seed S]   füllt das Geschäftsbuch mit realistischen Demodaten
  import FILE.csv                         importiert Rechnungen und Kunden (Spaltenformat generic, Xero oder QuickBooks)
  report aging [--today DATE] [--json]    offene Beträge nach Altersstufe und Währung
  plan [--today DATE]                     entwirft die fälligen Erinnerungen
  drafts [--json]                         Erinnerungen, die auf Ihre Freigabe warten
  approve ID|--all, skip ID, edit ID --text TEXT   über Entwürfe von Erinnerungen entscheiden
  chase BILL                              eine Erinnerung sofort, danach der restliche Ablauf
  pay BILL AMOUNT [--on DATE]             erfasst eine Zahlung
  promise BILL DATE                       pausiert Erinnerungen bis zum zugesagten Tag
  dispute BILL [--resolve], stop BILL     pausiert wegen Beanstandung / stoppt Erinnerungen
  optout CLIENT CHANNEL                   der Kunde erhält über diesen Kanal nichts mehr
  outbox [--json]                         zur Sendung freigegebene Nachrichten und ihr Status
  snapshot [--week-of DATE] --json        die wöchentliche Liquiditätsübersicht
  callqueue [--min AMOUNT] --json         Rechnungen, bei denen sich ein Anruf lohnt
  audit verify                            prüft die Hash-Kette des Prüfprotokolls
  understand --as client|owner [--today DATE] [--region GB]   liest JSON Lines und gibt aus, was verstanden wurde
  inbound --channel CH --from ADDRESS --text TEXT   eine Kundenantwort trifft ein: gespeichert, verstanden, bearbeitet
  tasks [--json]                          was DueDesk an Sie übergeben hat
  assistant                               mit DueDesk sprechen: eine Nachricht pro Zeile über die Standardeingabe
  bench [--suite aging|plan|nlu] [--bills N] [--runs R]   Benchmarks im Vergleich zu einer Grundlinie

Ohne --db wird das Geschäftsbuch in Ihrem DueDesk-Datenordner verwendet. --now stellt die Uhr (für Skripte und Tests).
</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>--now takes an ISO date or date-time, not &quot;%1&quot;</source>
        <translation>--now erwartet ein ISO-Datum oder ein ISO-Datum mit Uhrzeit, nicht „%1“</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ChaseCommands.cpp" line="+31"/>
        <source>%1 needs a draft id (a number)</source>
        <translation>%1 braucht eine Entwurfs-ID (eine Zahl)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no client is called &quot;%1&quot;</source>
        <translation>kein Kunde heißt „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clients are called &quot;%2&quot;; use the client&apos;s id</source>
        <translation>%1 Kunden heißen „%2“; verwenden Sie die Kunden-ID</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n reminder(s) drafted for %1.</source>
        <translation>
            <numerusform>%n Erinnerung für den %1 entworfen.</numerusform>
            <numerusform>%n Erinnerungen für den %1 entworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bill(s) have a reminder due but no channel the client accepts.</source>
        <translation>
            <numerusform>%n Rechnung hat eine fällige Erinnerung, aber keinen Kanal, den der Kunde akzeptiert.</numerusform>
            <numerusform>%n Rechnungen haben eine fällige Erinnerung, aber keinen Kanal, den der Kunde akzeptiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) held back by the weekly limit per client.</source>
        <translation>
            <numerusform>%n Erinnerung wegen des Wochenlimits pro Kunde zurückgehalten.</numerusform>
            <numerusform>%n Erinnerungen wegen des Wochenlimits pro Kunde zurückgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No reminders are waiting for your approval.</source>
        <translation>Es warten keine Erinnerungen auf Ihre Freigabe.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>approve needs a draft id or --all</source>
        <translation>approve braucht eine Entwurfs-ID oder --all</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n reminder(s) approved.</source>
        <translation>
            <numerusform>%n Erinnerung freigegeben.</numerusform>
            <numerusform>%n Erinnerungen freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved; queued as message %1.</source>
        <translation>Freigegeben; als Nachricht %1 in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit needs --text</source>
        <translation>edit braucht --text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft %1 changed.</source>
        <translation>Entwurf %1 geändert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft %1 skipped.</source>
        <translation>Entwurf %1 übersprungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs a bill number</source>
        <translation>%1 braucht eine Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pay needs an amount: pay BILL AMOUNT</source>
        <translation>pay braucht einen Betrag: pay RECHNUNG BETRAG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promise needs a date: promise BILL DATE</source>
        <translation>promise braucht ein Datum: promise RECHNUNG DATUM</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>the audit trail is broken: %1</source>
        <translation>Das Prüfprotokoll ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Drafted reminder %1 for %2; the rest of the policy follows from today.</source>
        <translation>Erinnerung %1 für Rechnung %2 entworfen; der restliche Erinnerungsablauf gilt ab heute.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no bill %1</source>
        <translation>Rechnung %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment of %1 %2 recorded for %3.</source>
        <translation>Zahlung über %1 %2 für Rechnung %3 erfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders for %1 paused until %2.</source>
        <translation>Erinnerungen für Rechnung %1 bis zum %2 pausiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute on %1 resolved; reminders resume.</source>
        <translation>Beanstandung von Rechnung %1 geklärt; die Erinnerungen laufen weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is disputed; reminders are paused.</source>
        <translation>Rechnung %1 ist beanstandet; die Erinnerungen sind pausiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders for %1 stopped.</source>
        <translation>Erinnerungen für Rechnung %1 gestoppt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optout needs a client and a channel: optout CLIENT whatsapp|telegram|sms|email</source>
        <translation>optout braucht einen Kunden und einen Kanal: optout CLIENT whatsapp|telegram|sms|email</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/InboxCommands.cpp" line="+26"/>
        <source>unknown channel &quot;%1&quot; (whatsapp, telegram, sms or email)</source>
        <translation>unbekannter Kanal „%1“ (whatsapp, telegram, sms oder email)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 will get nothing more by %2.</source>
        <translation>%1 erhält über %2 nichts mehr.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>usage: audit verify</source>
        <translation>Aufruf: audit verify</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The audit trail is intact (%n row(s)).</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist intakt (%n Zeile).</numerusform>
            <numerusform>Das Prüfprotokoll ist intakt (%n Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AssistantCommand.cpp" line="+22"/>
        <location filename="../app/cli/UnderstandCommand.cpp" line="+50"/>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/InboxCommands.cpp" line="-3"/>
        <source>inbound needs --channel whatsapp|telegram|sms|email --from ADDRESS --text TEXT [--id PROVIDER_ID]</source>
        <translation>inbound braucht --channel whatsapp|telegram|sms|email --from ADDRESS --text TEXT [--id PROVIDER_ID]</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nothing is waiting for you.</source>
        <translation>Nichts wartet auf Sie.</translation>
    </message>
    <message>
        <location filename="../app/cli/UnderstandCommand.cpp" line="-5"/>
        <source>understand needs --as client or --as owner</source>
        <translation>understand braucht --as client oder --as owner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>line %1: not a JSON object with a &quot;text&quot;</source>
        <translation>Zeile %1: kein JSON-Objekt mit einem Feld &quot;text&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n line(s) could not be read</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden</numerusform>
        </translation>
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
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/qml/DashboardPage.qml" line="+30"/>
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
        <location line="+43"/>
        <source>Waiting for your approval (%1)</source>
        <translation>Warten auf Ihre Freigabe (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for your approval</source>
        <translation>Warten auf Ihre Freigabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approve all</source>
        <translation>Alle freigeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve every reminder in the list</source>
        <translation>Alle Erinnerungen in der Liste freigeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is waiting for you. DueDesk drafts a reminder when one falls due, and nothing is sent until you approve it.</source>
        <translation>Im Moment wartet nichts auf Sie. DueDesk entwirft eine Erinnerung, sobald sie fällig ist, und nichts wird gesendet, bevor Sie es freigeben.</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <name>DraftCard</name>
    <message>
        <location filename="../ui/qml/DraftCard.qml" line="+34"/>
        <source>Reminder to %1 about %2</source>
        <translation>Erinnerung an %1 zu Rechnung %2</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Text of the reminder</source>
        <translation>Text der Erinnerung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip this reminder</source>
        <translation>Diese Erinnerung überspringen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this reminder</source>
        <translation>Diese Erinnerung bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve and send this reminder</source>
        <translation>Diese Erinnerung freigeben und senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>DraftComposer</name>
    <message>
        <location filename="../core/DraftComposer.cpp" line="+226"/>
        <source>bill %1 has no client or policy</source>
        <translation>Rechnung %1 hat keinen Kunden oder keinen Erinnerungsablauf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a reply to the client&apos;s message</source>
        <translation>eine Antwort auf die Nachricht des Kunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set your business name in the settings: this text says “%1”.</source>
        <translation>Tragen Sie in den Einstellungen Ihren Firmennamen ein: In diesem Text steht „%1“.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>this reminder is already queued (%1)</source>
        <translation>diese Erinnerung ist bereits in der Warteschlange (%1)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Main.qml" line="+26"/>
        <source>DueDesk — %1</source>
        <translation>DueDesk — %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the dashboard</source>
        <translation>Übersicht anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bills</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of bills</source>
        <translation>Rechnungsliste anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cash</source>
        <translation>Liquidität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this week&apos;s cash</source>
        <translation>Liquidität dieser Woche anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the bills worth a phone call</source>
        <translation>Rechnungen anzeigen, bei denen sich ein Anruf lohnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything DueDesk and you have done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the figures</source>
        <translation>Zahlen aktualisieren</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <location filename="../core/MessageTemplates.cpp" line="+207"/>
        <source>The message template has an unclosed &quot;{&quot;.</source>
        <translation>Die Nachrichtenvorlage enthält eine nicht geschlossene „{“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+40"/>
        <source>The message template has an unknown placeholder &quot;{%1}&quot;.</source>
        <translation>Die Nachrichtenvorlage enthält einen unbekannten Platzhalter „{%1}“.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Bill %1 has no due date to put in the message.</source>
        <translation>Rechnung %1 hat kein Fälligkeitsdatum, das in die Nachricht eingesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bill %1 has no promised payment date to put in the message.</source>
        <translation>Rechnung %1 hat kein zugesagtes Zahlungsdatum, das in die Nachricht eingesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message template has &quot;{no_pay_link}&quot; somewhere other than at the start of a part.</source>
        <translation>Die Nachrichtenvorlage enthält „{no_pay_link}“ an einer anderen Stelle als am Anfang eines Abschnitts.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>There is no message template of kind &quot;%1&quot;.</source>
        <translation>Es gibt keine Nachrichtenvorlage vom Typ „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The message templates for &quot;%1&quot; are damaged: %2</source>
        <translation>Die Nachrichtenvorlagen für „%1“ sind beschädigt: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no %1 message template for %2 in %3.</source>
        <translation>Es gibt keine Nachrichtenvorlage %1 für %2 in der Sprache %3.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 message template for %2 in %3 is empty.</source>
        <translation>Die Nachrichtenvorlage %1 für %2 in der Sprache %3 ist leer.</translation>
    </message>
</context>
<context>
    <name>ModelApiKey</name>
    <message>
        <location filename="../bridges/ModelBackendSettings.cpp" line="+79"/>
        <source>cannot read the model server&apos;s key from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot store the model server&apos;s key in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelBackendSettings</name>
    <message>
        <location line="-43"/>
        <source>the model server address &quot;%1&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model server address must start with http:// or https://, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no model name is set for the model server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model server timeout must be positive</source>
        <translation type="unfinished"></translation>
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
    <name>OwnerTaskRepository</name>
    <message>
        <location filename="../core/OwnerTasks.cpp" line="+34"/>
        <source>Cannot hand this to you: %1</source>
        <translation>Diese Aufgabe kann nicht an Sie übergeben werden: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no open task %1.</source>
        <translation>Es gibt keine offene Aufgabe %1.</translation>
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
    <name>PolicyRepository</name>
    <message>
        <location filename="../core/PolicyRepository.cpp" line="+148"/>
        <source>A reminder policy needs at least one step.</source>
        <translation>Ein Erinnerungsablauf braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cannot save the policy: %1</source>
        <translation>Der Erinnerungsablauf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot change the client&apos;s policy: %1</source>
        <translation>Der Erinnerungsablauf des Kunden kann nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <location filename="../core/ReplyClassifier.cpp" line="+290"/>
        <source>also asks to stop the reminders</source>
        <translation>bittet außerdem, die Erinnerungen zu stoppen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the opt-out is honoured over the promise</source>
        <translation>die Abmeldung hat Vorrang vor der Zusage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>says they paid, but less than billed</source>
        <translation>gibt an, bezahlt zu haben, aber weniger als berechnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>part paid, the rest promised</source>
        <translation>teilweise bezahlt, Rest zugesagt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>will pay once they have it</source>
        <translation>zahlt, sobald das Geld da ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>instalments, so no single promise date</source>
        <translation>Ratenzahlung, daher kein einzelnes Zusagedatum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more time without a date</source>
        <translation>mehr Zeit ohne Datum</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>asks for more time, with a date</source>
        <translation>bittet um mehr Zeit, mit Datum</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a guess from single words</source>
        <translation>eine Vermutung anhand einzelner Wörter</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>says they have paid</source>
        <translation>gibt an, bezahlt zu haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promises to pay on %1</source>
        <translation>sagt Zahlung am %1 zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promises to pay, no date</source>
        <translation>sagt Zahlung zu, ohne Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disputes the bill or the work</source>
        <translation>beanstandet die Rechnung oder die Arbeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asks for the invoice or how to pay</source>
        <translation>fragt nach der Rechnung oder wie bezahlt werden kann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asks for instalments or more time</source>
        <translation>bittet um Ratenzahlung oder mehr Zeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opts out of messages</source>
        <translation>meldet sich von Nachrichten ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>says they are not the client</source>
        <translation>gibt an, nicht der Kunde zu sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing about paying</source>
        <translation>nichts zur Zahlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not understood</source>
        <translation>nicht verstanden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>; amount %1</source>
        <translation>; Betrag %1</translation>
    </message>
</context>
<context>
    <name>ReplyHandler</name>
    <message>
        <location filename="../core/ReplyHandler.cpp" line="+78"/>
        <source>the message vanished</source>
        <translation>die Nachricht ist verschwunden</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A reply to: “%1”</source>
        <translation>Eine Antwort auf: „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A message from %1, who is not one of your clients: “%2”</source>
        <translation>Eine Nachricht von %1 (nicht unter Ihren Kunden): „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them as a client, or ignore it.</source>
        <translation>Legen Sie den Absender als Kunden an oder ignorieren Sie die Nachricht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 wrote: “%2”</source>
        <translation>%1 hat geschrieben: „%2“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read it and reply yourself.</source>
        <translation>Lesen Sie die Nachricht und antworten Sie selbst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 says they have paid %2.</source>
        <translation>%1 gibt an, %2 bezahlt zu haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 says they have paid %2 for %3.</source>
        <translation>%1 gibt an, %2 für %3 bezahlt zu haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your bank; then mark the bill paid, or resume the reminders.</source>
        <translation>Prüfen Sie Ihr Bankkonto; markieren Sie dann die Rechnung als bezahlt, oder setzen Sie die Erinnerungen fort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 promises to pay, without a date: “%2”</source>
        <translation>%1 sagt die Zahlung zu, ohne Datum: „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask them for a date, or leave the reminders running.</source>
        <translation>Fragen Sie nach einem Datum, oder lassen Sie die Erinnerungen weiterlaufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 disputes %2: “%3”</source>
        <translation>%1 beanstandet Rechnung %2: „%3“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders for this bill are paused until you resolve it.</source>
        <translation>Die Erinnerungen für diese Rechnung sind pausiert, bis Sie die Beanstandung klären.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested plan: three monthly payments of about %1 (%2 in all).</source>
        <translation>Vorschlag: drei Monatsraten von etwa %1 (insgesamt %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asks to pay in instalments: “%2”</source>
        <translation>%1 möchte in Raten zahlen: „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reply on %1 said it is the wrong person.</source>
        <translation>Eine Antwort über %1 besagt, dass es die falsche Person ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 contact of %2 says it is the wrong person: “%3”</source>
        <translation>Der %1-Kontakt von %2 meldet, dass es die falsche Person ist: „%3“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the client&apos;s contact details; nothing more goes to that %1 contact.</source>
        <translation>Prüfen Sie die Kontaktdaten des Kunden; an diesen %1-Kontakt geht nichts mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot act on the reply: %1</source>
        <translation>Die Antwort kann nicht verarbeitet werden: %1</translation>
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
        <location line="+18"/>
        <location line="+3"/>
        <source>Cannot seed the book: %1</source>
        <translation>Das Geschäftsbuch kann nicht mit Demodaten gefüllt werden: %1</translation>
    </message>
</context>
<context>
    <name>ToneGrader</name>
    <message numerus="yes">
        <location filename="../core/ToneGrader.cpp" line="+55"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>fällig in %n Tag</numerusform>
            <numerusform>fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>final notice</source>
        <translation>letzte Stufe</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n promise(s) broken</source>
        <translation>
            <numerusform>%n Zahlungszusage nicht eingehalten</numerusform>
            <numerusform>%n Zahlungszusagen nicht eingehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reminders ignored</source>
        <translation>
            <numerusform>%n Erinnerung unbeantwortet</numerusform>
            <numerusform>%n Erinnerungen unbeantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n other bills overdue</source>
        <translation>
            <numerusform>%n weitere Rechnung überfällig</numerusform>
            <numerusform>%n weitere Rechnungen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>client for %n years, %1% paid on time</source>
        <translation>
            <numerusform>Kunde seit %n Jahr, %1&#xa0;% pünktlich bezahlt</numerusform>
            <numerusform>Kunde seit %n Jahren, %1&#xa0;% pünktlich bezahlt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <comment>tone: reasons</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between two reasons for a tone</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>friendly</source>
        <comment>tone of a reminder</comment>
        <translation>freundlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neutral</source>
        <comment>tone of a reminder</comment>
        <translation>neutral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firm</source>
        <comment>tone of a reminder</comment>
        <translation>bestimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>final</source>
        <comment>tone of a reminder</comment>
        <translation>letzte Mahnung</translation>
    </message>
</context>
<context>
    <name>duedesk::BillDetails</name>
    <message>
        <location filename="../ui/BillDetails.cpp" line="+73"/>
        <source>Waiting for the payment promised by %1</source>
        <translation>Wartet auf die bis %1 zugesagte Zahlung</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>A %1 reminder by %2 is waiting for your approval</source>
        <translation>Erinnerung (%1) per %2 wartet auf Ihre Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You skipped a %1 reminder by %2</source>
        <translation>Sie haben eine Erinnerung (%1) per %2 übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was cancelled</source>
        <translation>Erinnerung (%1) per %2 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 is approved and waiting to be sent</source>
        <translation>Erinnerung (%1) per %2 ist freigegeben und wartet auf den Versand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder was sent by %2</source>
        <translation>Erinnerung (%1) per %2 gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder was delivered by %2</source>
        <translation>Erinnerung (%1) per %2 zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was read</source>
        <translation>Erinnerung (%1) per %2 wurde gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 could not be sent</source>
        <translation>Erinnerung (%1) per %2 konnte nicht gesendet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 may not have arrived: please check</source>
        <translation>Erinnerung (%1) per %2 ist möglicherweise nicht angekommen: Bitte prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was approved</source>
        <translation>Erinnerung (%1) per %2 wurde freigegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply by %1: “%2”</source>
        <translation>Antwort per %1: „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payment of %1 received</source>
        <translation>Zahlung über %1 eingegangen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The client promised to pay by %1</source>
        <translation>Der Kunde hat die Zahlung bis zum %1 zugesagt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The promised payment did not arrive</source>
        <translation>Die zugesagte Zahlung ist nicht eingegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as disputed: reminders paused</source>
        <translation>Als beanstandet markiert: Erinnerungen pausiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute resolved: reminders resumed</source>
        <translation>Beanstandung geklärt: Erinnerungen fortgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped</source>
        <translation>Erinnerungen gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders resumed</source>
        <translation>Erinnerungen fortgesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client says it is paid: reminders paused for you to check</source>
        <translation>Der Kunde gibt an, bezahlt zu haben: Erinnerungen pausiert, bitte prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chased this bill by hand</source>
        <translation>Sie haben manuell an diese Rechnung erinnert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <location line="+18"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+9"/>
        <source>Choose a bill first.</source>
        <translation>Wählen Sie zuerst eine Rechnung aus.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Enter the amount you received.</source>
        <translation>Geben Sie den erhaltenen Betrag ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than the %1 still owed.</source>
        <translation>Das ist mehr als die noch offenen %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the promised day as year-month-day, for example %1.</source>
        <translation>Geben Sie den zugesagten Tag als Jahr-Monat-Tag ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only a bill with something still owed can be written off.</source>
        <translation>Nur eine Rechnung mit offenem Betrag kann abgeschrieben werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>written off</source>
        <translation>abgeschrieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the bill off: %1</source>
        <translation>Die Rechnung kann nicht abgeschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::BillListModel</name>
    <message>
        <location filename="../ui/BillListModel.cpp" line="+68"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Beanstandet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders on</source>
        <translation>Erinnerungen aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a promised payment</source>
        <translation>Wartet auf zugesagte Zahlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused while disputed</source>
        <translation>Pausiert wegen Beanstandung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused: client says it is paid</source>
        <translation>Pausiert: Kunde gibt an, bezahlt zu haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped</source>
        <translation>Erinnerungen gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more reminders</source>
        <translation>Keine weiteren Erinnerungen</translation>
    </message>
</context>
<context>
    <name>duedesk::CallQueueModel</name>
    <message>
        <location filename="../ui/CallQueueModel.cpp" line="+89"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>duedesk::CashModel</name>
    <message>
        <location filename="../ui/CashModel.cpp" line="+45"/>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
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
        <location filename="../app/gui/main.cpp" line="+66"/>
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
