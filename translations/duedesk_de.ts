<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/qml/ActivityPage.qml" line="+58"/>
        <location line="+166"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Everything DueDesk and you have done, newest first</source>
        <translation>Alles, was DueDesk und Sie getan haben, das Neueste zuerst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verify trail</source>
        <translation>Protokoll prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that no entry was changed or removed</source>
        <translation>Prüfen, dass kein Eintrag geändert oder entfernt wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that no entry was changed or removed since it was recorded</source>
        <translation>Prüfen, dass kein Eintrag seit seiner Erfassung geändert oder entfernt wurde</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show entry</source>
        <translation>Eintrag zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the entry that does not check out</source>
        <translation>Den Eintrag zeigen, der die Prüfung nicht besteht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search by client, bill or what happened</source>
        <translation>Nach Kunde, Rechnung oder Ereignis suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the activity</source>
        <translation>Aktivität durchsuchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show activity of this kind</source>
        <translation>Aktivität dieser Art anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent</source>
        <translation>Gesendete Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments and promises</source>
        <translation>Zahlungen und Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill changes</source>
        <translation>Rechnungsänderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings and other</source>
        <translation>Einstellungen und Sonstiges</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show activity from this period</source>
        <translation>Aktivität aus diesem Zeitraum anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1, %2, by %3</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nothing matches. Try a shorter search, another kind or a longer period.</source>
        <translation>Keine Treffer. Versuchen Sie einen kürzeren Suchbegriff, eine andere Art oder einen längeren Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has happened yet. Reminders, payments and replies show up here.</source>
        <translation>Bisher ist noch nichts passiert. Erinnerungen, Zahlungen und Antworten erscheinen hier.</translation>
    </message>
</context>
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
        <location filename="../core/Book.cpp" line="+126"/>
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
    <name>BookBackup</name>
    <message>
        <location filename="../core/BookBackup.cpp" line="+32"/>
        <source>Choose a folder for the backups.</source>
        <translation>Wählen Sie einen Ordner für die Sicherungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot back up the book to %1: %2</source>
        <translation>Das Geschäftsbuch kann nicht in %1 gesichert werden: %2</translation>
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
        <location filename="../core/CallQueue.cpp" line="+93"/>
        <source>Cannot read the book for the call queue: %1</source>
        <translation>Das Geschäftsbuch kann für die Anrufliste nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+154"/>
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
        <location line="+9"/>
        <source>Showing the %1 most urgent; the others come up as these are settled.</source>
        <translation>Die %1 dringendsten werden angezeigt; die übrigen folgen, sobald diese erledigt sind.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../ui/qml/CashPage.qml" line="+31"/>
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
        <location line="+22"/>
        <source>This week&apos;s cash</source>
        <translation>Liquidität in dieser Woche</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send to my phone now</source>
        <translation>Jetzt aufs Handy senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pair your phone with your assistant in Settings &gt; Channels first.</source>
        <translation>Koppeln Sie zuerst Ihr Handy unter Einstellungen &gt; Kanäle mit Ihrem Assistenten.</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location filename="../core/CashSnapshot.cpp" line="+379"/>
        <location line="+23"/>
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
        <location filename="../core/ChaseEngine.cpp" line="+121"/>
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
        <location line="+12"/>
        <source>Cannot record the opt-in: %1</source>
        <translation>Die Einwilligung kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot change the client&apos;s segment: %1</source>
        <translation>Das Segment des Kunden kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no such client</source>
        <translation>diesen Kunden gibt es nicht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot change the client&apos;s reminder policy: %1</source>
        <translation>Der Erinnerungsablauf des Kunden kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such policy</source>
        <translation>diesen Erinnerungsablauf gibt es nicht</translation>
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
        <location filename="../core/Outbox.cpp" line="+97"/>
        <source>message %1 is not in a state that allows this</source>
        <translation>der Status von Nachricht %1 lässt das nicht zu</translation>
    </message>
    <message>
        <location line="+66"/>
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
        <location line="+45"/>
        <source>DueDesk cannot tell whether the reminder for %1 reached %2 (%3).</source>
        <translation>DueDesk kann nicht feststellen, ob die Erinnerung zu Rechnung %1 bei %2 angekommen ist (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will not be sent again by itself. If they did not get it, chase the bill again.</source>
        <translation>Sie wird nicht von selbst noch einmal gesendet. Falls sie nicht angekommen ist, erinnern Sie erneut an die Rechnung.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DueDesk stopped while sending; the provider may or may not have it</source>
        <translation>DueDesk wurde während des Sendens beendet; der Anbieter hat die Nachricht möglicherweise erhalten, möglicherweise nicht</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location filename="../app/cli/BenchSupport.cpp" line="+23"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchCommand.cpp" line="+180"/>
        <location filename="../app/cli/BenchStartup.cpp" line="+85"/>
        <source>--bills and --runs take whole numbers of at least 1</source>
        <translation>--bills und --runs erwarten ganze Zahlen ab 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown benchmark suite &quot;%1&quot; (aging, plan, nlu or startup)</source>
        <translation>unbekannte Benchmark-Suite „%1“ (aging, plan, nlu oder startup)</translation>
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
        <location line="-178"/>
        <location line="+182"/>
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
        <location filename="../app/cli/main.cpp" line="+27"/>
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
      [--model-url URL --model NAME [--model-timeout MS]]   ask a local model server about hard replies
      a line&apos;s optional &quot;region&quot; (&quot;US&quot;, &quot;GB&quot;) is the sender&apos;s: how a date like 3/12 reads
  inbound --channel CH --from ADDRESS --text TEXT   a client&apos;s reply arrives: stored, understood, acted on
  tasks [--json]                          what DueDesk has handed to you
  assistant                               talk to DueDesk: one message per line on standard input
  run [--once]                            run the channel bridges (DUEDESK_TELEGRAM_TOKEN, DUEDESK_WHATSAPP_TOKEN
                                          and _PHONE_ID; DUEDESK_WHATSAPP_APP_SECRET adds the webhook, not with
                                          --once); --once sends what may go now, polls replies once and exits;
                                          DUEDESK_TELEGRAM_OWNER_TOKEN: your assistant; DUEDESK_RELAY_URL, _KEY
  bench [--suite aging|plan|nlu|startup] [--bills N] [--runs R] [--book PATH]   benchmarks against a baseline

--db defaults to the book in your DueDesk data folder. --now sets the clock (for scripts and tests).
</source>
        <translation>Aufruf: duedesk-cli [--db PATH] [--now ISO-DATETIME] [--json] COMMAND [ARGS]

Befehle:
  seed --clients N --bills M [--seed S]   das Geschäftsbuch mit realistischen Demodaten füllen
  import FILE.csv                         Rechnungen und Kunden importieren (allgemeine, Xero- oder QuickBooks-Spalten)
  report aging [--today DATE] [--json]    offene Beträge je Altersstufe und Währung
  plan [--today DATE]                     die fälligen Erinnerungen entwerfen
  drafts [--json]                         Erinnerungen, die auf Ihre Freigabe warten
  approve ID|--all, skip ID, edit ID --text TEXT   über entworfene Erinnerungen entscheiden
  chase BILL                              jetzt eine Erinnerung, danach der restliche Erinnerungsablauf
  pay BILL AMOUNT [--on DATE]             eine Zahlung erfassen
  promise BILL DATE                       Erinnerungen bis zum zugesagten Tag pausieren
  dispute BILL [--resolve], stop BILL     wegen Beanstandung pausieren / Erinnerungen stoppen
  optout CLIENT CHANNEL                   der Kunde erhält über diesen Kanal nichts mehr
  outbox [--json]                         zum Senden freigegebene Nachrichten und ihr Status
  snapshot [--week-of DATE] --json        die wöchentliche Liquiditätsübersicht
  callqueue [--min AMOUNT] --json         Rechnungen, bei denen sich ein Anruf lohnt
  audit verify                            die Hash-Kette des Prüfprotokolls prüfen
  understand --as client|owner [--today DATE] [--region GB]   JSON Lines als Eingabe, Auswertung als Ausgabe
      [--model-url URL --model NAME [--model-timeout MS]]   bei schwierigen Antworten einen lokalen Modellserver fragen
      das optionale Feld &quot;region&quot; einer Zeile (&quot;US&quot;, &quot;GB&quot;) gilt für den Absender: Es bestimmt, wie ein Datum wie 3/12 gelesen wird
  inbound --channel CH --from ADDRESS --text TEXT   eine Antwort eines Kunden trifft ein: gespeichert, ausgewertet, bearbeitet
  tasks [--json]                          was DueDesk an Sie übergeben hat
  assistant                               mit DueDesk sprechen: eine Nachricht pro Zeile über die Standardeingabe
  run [--once]                            die Kanäle betreiben (DUEDESK_TELEGRAM_TOKEN, DUEDESK_WHATSAPP_TOKEN
                                          und _PHONE_ID; DUEDESK_WHATSAPP_APP_SECRET schaltet den Webhook zu, nicht
                                          mit --once); --once sendet, was raus darf, holt Antworten einmal ab und
                                          beendet sich
                                          DUEDESK_TELEGRAM_OWNER_TOKEN: Ihr Assistent; DUEDESK_RELAY_URL, _KEY
  bench [--suite aging|plan|nlu|startup] [--bills N] [--runs R] [--book PATH]   Benchmarks gegen eine Vergleichsbasis

--db ist standardmäßig das Geschäftsbuch in Ihrem DueDesk-Datenordner. --now stellt die Uhr (für Skripte und Tests).
</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>--now takes an ISO date or date-time, not &quot;%1&quot;</source>
        <translation>--now erwartet ein ISO-Datum oder ein ISO-Datum mit Uhrzeit, nicht „%1“</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location filename="../app/cli/UnderstandCommand.cpp" line="+123"/>
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
        <location filename="../app/cli/UnderstandCommand.cpp" line="-50"/>
        <source>warning: %1; asking the model server without a key</source>
        <translation>Warnung: %1; der Modellserver wird ohne Schlüssel abgefragt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>understand needs --as client or --as owner</source>
        <translation>understand braucht --as client oder --as owner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--model and --model-timeout need --model-url, and work with --as client only</source>
        <translation>--model und --model-timeout brauchen --model-url und funktionieren nur mit --as client</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>line %1: not a JSON object with a &quot;text&quot;</source>
        <translation>Zeile %1: kein JSON-Objekt mit einem Feld &quot;text&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: model answer not used: %2</source>
        <translation>Zeile %1: Antwort des Modells nicht verwendet: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n line(s) could not be read</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BenchStartup.cpp" line="-42"/>
        <source>%1 did not report its first frame: %2</source>
        <translation>%1 hat sein erstes Bild nicht gemeldet: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot find the desktop app or the bare window program: give --app and --bare</source>
        <translation>Desktop-App oder Programm mit leerem Fenster nicht gefunden: Geben Sie --app und --bare an</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+69"/>
        <source>Sent %1, failed %2, uncertain %3; %4 replies and %5 delivery statuses received.</source>
        <translation>Gesendet %1, fehlgeschlagen %2, unsicher %3; %4 Antworten und %5 Zustellmeldungen empfangen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) interrupted by a crash are now uncertain: check them in the outbox.</source>
        <translation>
            <numerusform>%n durch einen Absturz unterbrochene Nachricht ist jetzt unsicher: Bitte im Postausgang prüfen.</numerusform>
            <numerusform>%n durch einen Absturz unterbrochene Nachrichten sind jetzt unsicher: Bitte im Postausgang prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>assistant on %1: %2</source>
        <translation>Assistent auf %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paired</source>
        <translation>gekoppelt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not paired</source>
        <translation>nicht gekoppelt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no channel is configured (set DUEDESK_TELEGRAM_TOKEN, or DUEDESK_WHATSAPP_TOKEN and DUEDESK_WHATSAPP_PHONE_ID)</source>
        <translation>kein Kanal ist eingerichtet (DUEDESK_TELEGRAM_TOKEN setzen oder DUEDESK_WHATSAPP_TOKEN und DUEDESK_WHATSAPP_PHONE_ID)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>WhatsApp webhook listening at %1</source>
        <translation>WhatsApp-Webhook lauscht auf %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Running the channel bridges; stop with Ctrl+C.</source>
        <translation>Die Kanäle laufen; beenden mit Strg+C.</translation>
    </message>
</context>
<context>
    <name>ClientDsoCalculator</name>
    <message>
        <location filename="../core/ClientDso.cpp" line="+39"/>
        <source>Cannot read the client&apos;s bills: %1</source>
        <translation>Die Rechnungen des Kunden können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../ui/qml/ClientPanel.qml" line="+109"/>
        <source>Client %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Back to the clients</source>
        <translation>Zurück zu den Kunden</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Close the client</source>
        <translation>Kundendetails schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Still owed</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days to pay</source>
        <translation>Tage bis zur Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO over the last 90 days</source>
        <translation>DSO der letzten 90 Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 owed against %2 billed in the last 90 days.</source>
        <translation>%1 offen gegenüber %2, die in den letzten 90 Tagen in Rechnung gestellt wurden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contact &amp;&amp; reminders</source>
        <translation>Kontakt &amp;&amp; Erinnerungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bills (%1)</source>
        <translation>Rechnungen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages (%1)</source>
        <translation>Nachrichten (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No email or phone number for this client.</source>
        <translation>Für diesen Kunden gibt es keine E-Mail-Adresse oder Telefonnummer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prefers %1</source>
        <translation>Bevorzugt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channels DueDesk may use</source>
        <translation>Kanäle, die DueDesk nutzen darf</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stop messages by %1</source>
        <translation>Keine Nachrichten mehr per %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Allow messages by %1</source>
        <translation>Nachrichten per %1 erlauben</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Turn %1 back on? Do this only when the client asked to hear from you there.</source>
        <translation>%1 wieder einschalten? Tun Sie das nur, wenn der Kunde darum gebeten hat, dort von Ihnen zu hören.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Turning a channel off cancels the reminders waiting for it.</source>
        <translation>Wenn Sie einen Kanal ausschalten, werden die Erinnerungen abgebrochen, die darauf warten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment of the client</source>
        <translation>Segment des Kunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder policy of the client</source>
        <translation>Erinnerungsablauf des Kunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders follow the %1 policy. A change moves the next reminder of each open bill to the new schedule.</source>
        <translation>Die Erinnerungen folgen dem Ablauf „%1“. Eine Änderung verschiebt die nächste Erinnerung jeder offenen Rechnung in den neuen Zeitplan.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bills of %1</source>
        <translation>Rechnungen von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bill %1, %2 owed, open it on the Bills page</source>
        <translation>Rechnung %1, %2 offen, auf der Seite „Rechnungen“ öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on the Bills page</source>
        <translation>Auf der Seite „Rechnungen“ öffnen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Due %1 · %2</source>
        <translation>Fällig am %1 · %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Showing %1 of %2 bills: the Bills page has them all.</source>
        <translation>%1 von %2 Rechnungen angezeigt: Alle finden Sie auf der Seite „Rechnungen“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bills for this client yet.</source>
        <translation>Für diesen Kunden gibt es noch keine Rechnungen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages with %1</source>
        <translation>Nachrichten mit %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You, by %1: %2</source>
        <translation>Sie, per %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client, by %1: %2</source>
        <translation>Kunde, per %1: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Understood: %1</source>
        <translation>Verstanden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No messages with this client yet. Reminders you approve and their replies show up here.</source>
        <translation>Noch keine Nachrichten mit diesem Kunden. Erinnerungen, die Sie freigeben, und die Antworten darauf erscheinen hier.</translation>
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
    <name>ClientsPage</name>
    <message>
        <location filename="../ui/qml/ClientsPage.qml" line="+42"/>
        <source>Search by name, email or phone</source>
        <translation>Nach Name, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search clients</source>
        <translation>Kunden durchsuchen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 client</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clients</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sort clients by</source>
        <translation>Kunden sortieren nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name A–Z</source>
        <translation>Name A–Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most owed</source>
        <translation>Höchster offener Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most overdue</source>
        <translation>Am meisten überfällig</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1, owes %2</source>
        <translation>%1, schuldet %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Needs your attention</source>
        <translation>Braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last contact: %1</source>
        <translation>Letzter Kontakt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing owed</source>
        <translation>Nichts offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 open bill</source>
        <translation>1 offene Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open bills</source>
        <translation>%1 offene Rechnungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No clients match. Try a shorter search.</source>
        <translation>Keine passenden Kunden. Versuchen Sie einen kürzeren Suchbegriff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clients yet. Clients you add or import show up here.</source>
        <translation>Noch keine Kunden. Kunden, die Sie anlegen oder importieren, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a client</source>
        <translation>Wählen Sie einen Kunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their contacts, the channels they agreed to, their bills and every message with them show up here.</source>
        <translation>Hier erscheinen seine Kontaktdaten, die Kanäle, denen er zugestimmt hat, seine Rechnungen und alle Nachrichten mit ihm.</translation>
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
        <location filename="../ui/qml/DashboardPage.qml" line="+33"/>
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
        <location line="+9"/>
        <source>Paid this week</source>
        <translation>Diese Woche eingegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received since Monday</source>
        <translation>Seit Montag eingegangen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days to get paid</source>
        <translation>Tage bis zur Zahlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On average, from invoice to payment (DSO, last 90 days)</source>
        <translation>Im Schnitt von der Rechnung bis zur Zahlung (DSO, letzte 90 Tage)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Needs you (%1)</source>
        <translation>Braucht Ihre Aufmerksamkeit (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as dealt with: %1</source>
        <translation>Als erledigt markieren: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss: %1</source>
        <translation>Verwerfen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more waiting.</source>
        <translation>
            <numerusform>%n weitere Antwort wartet.</numerusform>
            <numerusform>%n weitere Antworten warten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+27"/>
        <source>Show more (%1 of %2 shown)</source>
        <translation>Mehr anzeigen (%1 von %2 angezeigt)</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+95"/>
        <source>Text of the reminder</source>
        <translation>Text der Erinnerung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip this reminder</source>
        <translation>Diese Erinnerung überspringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this reminder</source>
        <translation>Diese Erinnerung bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve and send this reminder</source>
        <translation>Diese Erinnerung freigeben und senden</translation>
    </message>
    <message>
        <location line="-35"/>
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
        <location filename="../core/DraftComposer.cpp" line="+227"/>
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
    <name>FirstRun</name>
    <message>
        <location filename="../ui/qml/FirstRun.qml" line="+23"/>
        <location line="+102"/>
        <source>Welcome to DueDesk</source>
        <translation>Willkommen bei DueDesk</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Open a DueDesk book</source>
        <translation>DueDesk-Geschäftsbuch öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk books (*.duedesk)</source>
        <translation>DueDesk-Geschäftsbücher (*.duedesk)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DueDesk keeps track of who owes you and drafts friendly reminders for you to approve.</source>
        <translation>DueDesk behält den Überblick, wer Ihnen Geld schuldet, und entwirft freundliche Erinnerungen, die Sie freigeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk uses these for your reminders, amounts and phone numbers. You can change them later in Settings.</source>
        <translation>DueDesk verwendet diese Angaben für Ihre Erinnerungen, Beträge und Telefonnummern. Sie können sie später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start a new book</source>
        <translation>Neues Geschäftsbuch anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your own business; add or import your bills next.</source>
        <translation>Für Ihr eigenes Unternehmen; danach legen Sie Ihre Rechnungen an oder importieren sie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an existing book…</source>
        <translation>Vorhandenes Geschäftsbuch öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A DueDesk book you already keep, on this computer or a shared drive.</source>
        <translation>Ein DueDesk-Geschäftsbuch, das Sie bereits führen, auf diesem Computer oder einem freigegebenen Laufwerk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try it with demo data</source>
        <translation>Mit Demodaten ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up plumbing business with 400 bills, to look around safely.</source>
        <translation>Ein erfundener Installateurbetrieb mit 400 Rechnungen, zum gefahrlosen Umsehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>As your clients know it</source>
        <translation>So, wie Ihre Kunden ihn kennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Currency of your bills</source>
        <translation>Währung Ihrer Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country or region</source>
        <translation>Land oder Region</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country or region of your business</source>
        <translation>Land oder Region Ihres Unternehmens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book will be kept at %1</source>
        <translation>Das Geschäftsbuch wird unter %1 gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create book</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the book</source>
        <translation>Das Geschäftsbuch anlegen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the demo book…</source>
        <translation>Demo-Geschäftsbuch wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Main.qml" line="+47"/>
        <source>DueDesk — %1</source>
        <translation>DueDesk — %1</translation>
    </message>
    <message>
        <location line="+107"/>
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
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the clients</source>
        <translation>Kunden anzeigen</translation>
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
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything DueDesk and you have done</source>
        <translation>Alles anzeigen, was DueDesk und Sie getan haben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings</source>
        <translation>Einstellungen anzeigen</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+8"/>
        <source>The message templates for &quot;%1&quot; are damaged: %2</source>
        <translation>Die Nachrichtenvorlagen für „%1“ sind beschädigt: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no %1 message template for %2 in %3.</source>
        <translation>Es gibt keine Nachrichtenvorlage %1 für %2 in der Sprache %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The message template in %1 is empty.</source>
        <translation>Die Nachrichtenvorlage in der Sprache %1 ist leer.</translation>
    </message>
</context>
<context>
    <name>ModelBackendSettings</name>
    <message>
        <location filename="../bridges/ModelBackendSettings.cpp" line="+48"/>
        <source>the model server address &quot;%1&quot; is not a valid URL</source>
        <translation>die Adresse des Modellservers „%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model server address must start with http:// or https://, not &quot;%1&quot;</source>
        <translation>die Adresse des Modellservers muss mit http:// oder https:// beginnen, nicht mit „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no model name is set for the model server</source>
        <translation>für den Modellserver ist kein Modellname festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model server timeout must be positive</source>
        <translation>das Zeitlimit des Modellservers muss positiv sein</translation>
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
    <name>OwnerAlerts</name>
    <message>
        <location filename="../app/gui/OwnerAlerts.cpp" line="+32"/>
        <source>A reply needs you</source>
        <translation>Eine Antwort wartet auf Sie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A reminder may not have arrived</source>
        <translation>Eine Erinnerung ist vielleicht nicht angekommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 replies need you</source>
        <translation>%1 Antworten warten auf Sie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 things need you</source>
        <translation>%1 Punkte brauchen Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 And %2 more in DueDesk.</source>
        <translation>%1 Und %2 weitere in DueDesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DueDesk: nothing waiting for your approval</source>
        <translation>DueDesk: Nichts wartet auf Ihre Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DueDesk: 1 reminder waiting for your approval</source>
        <translation>DueDesk: 1 Erinnerung wartet auf Ihre Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk: %1 reminders waiting for your approval</source>
        <translation>DueDesk: %1 Erinnerungen warten auf Ihre Freigabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approvals (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
</context>
<context>
    <name>OwnerAssistantPanel</name>
    <message>
        <location filename="../ui/qml/OwnerAssistantPanel.qml" line="+20"/>
        <source>Your phone</source>
        <translation>Ihr Handy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paired. Only your own chat can approve reminders or give commands.</source>
        <translation>Gekoppelt. Nur Ihr eigener Chat kann Erinnerungen freigeben oder Anweisungen geben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpair</source>
        <translation>Entkoppeln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pair your phone so that reminders to approve reach you there. Only the paired chat is answered.</source>
        <translation>Koppeln Sie Ihr Handy, damit Erinnerungen zur Freigabe Sie dort erreichen. Geantwortet wird nur im gekoppelten Chat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pairing code %1</source>
        <translation>Kopplungscode %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pair my phone</source>
        <translation>Handy koppeln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New code</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Weekly cash summary</source>
        <translation>Wöchentliche Liquiditätsübersicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send me the week&apos;s figures</source>
        <translation>Mir die Zahlen der Woche senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every</source>
        <translation>Jeden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day of the weekly summary</source>
        <translation>Tag der Wochenübersicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hour of the weekly summary</source>
        <translation>Uhrzeit der Wochenübersicht</translation>
    </message>
</context>
<context>
    <name>OwnerChatTexts</name>
    <message>
        <location filename="../bridges/OwnerChatTexts.cpp" line="+19"/>
        <source>Reminder to %1 for %2 (%3 outstanding), %4:

%5</source>
        <translation>Erinnerung an %1 zu Rechnung %2 (%3 offen), %4:

%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed. %1</source>
        <translation>Geändert. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a business</source>
        <translation>ein Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a private assistant for %1. It only talks to its owner, so I can&apos;t help you here — sorry.</source>
        <translation>Dies ist ein privater Assistent für %1. Er spricht nur mit dem Inhaber, deshalb kann ich Ihnen hier leider nicht helfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paired. I will send you reminders to approve here.</source>
        <translation>Gekoppelt. Ich sende Ihnen hier Erinnerungen zur Freigabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, that code has expired. Please ask DueDesk on your computer for a new one.</source>
        <translation>Dieser Code ist leider abgelaufen. Bitte lassen Sie sich von DueDesk auf Ihrem Computer einen neuen geben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, that code is not right. Please send the code DueDesk shows on your computer, like “%1”.</source>
        <translation>Dieser Code stimmt leider nicht. Bitte senden Sie den Code, den DueDesk auf Ihrem Computer anzeigt, z. B. „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send me the new wording for the reminder to %1 (%2).</source>
        <translation>Senden Sie mir den neuen Wortlaut für die Erinnerung an %1 (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already handled.</source>
        <translation>Bereits erledigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That reminder was already handled, so I left it as it was.</source>
        <translation>Diese Erinnerung war bereits erledigt, deshalb habe ich sie unverändert gelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice notes are not set up yet — please type it, or set up transcription in Settings.</source>
        <translation>Sprachnachrichten sind noch nicht eingerichtet – bitte tippen Sie Ihre Nachricht ein oder richten Sie die Transkription in den Einstellungen ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, I couldn&apos;t make out that voice note — please type it.</source>
        <translation>Entschuldigung, ich konnte die Sprachnachricht nicht verstehen – bitte tippen Sie Ihre Nachricht ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I heard: “%1”</source>
        <translation>Ich habe verstanden: „%1“</translation>
    </message>
</context>
<context>
    <name>OwnerDraftFlow</name>
    <message>
        <location filename="../bridges/OwnerDraftFlow.cpp" line="+38"/>
        <source>The reminder was already handled.</source>
        <translation>Die Erinnerung war bereits erledigt.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The reminder could not be read again.</source>
        <translation>Die Erinnerung konnte nicht erneut gelesen werden.</translation>
    </message>
</context>
<context>
    <name>OwnerPairing</name>
    <message>
        <location filename="../core/OwnerPairing.cpp" line="+118"/>
        <source>Cannot make a pairing code: %1</source>
        <translation>Es kann kein Kopplungscode erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>OwnerPrompts</name>
    <message>
        <location filename="../core/OwnerPrompts.cpp" line="+121"/>
        <source>Cannot record the reminder shown to you: %1</source>
        <translation>Die Ihnen angezeigte Erinnerung kann nicht erfasst werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot record the reminder shown to you</source>
        <translation>Die Ihnen angezeigte Erinnerung kann nicht erfasst werden</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Cannot show the reminder again: %1</source>
        <translation>Die Erinnerung kann nicht erneut angezeigt werden: %1</translation>
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
    <name>PostOnce</name>
    <message>
        <location filename="../bridges/PostOnce.cpp" line="+57"/>
        <source>the connection closed before an answer came</source>
        <translation>die Verbindung wurde geschlossen, bevor eine Antwort kam</translation>
    </message>
</context>
<context>
    <name>QuietHours</name>
    <message>
        <location filename="../core/QuietHours.cpp" line="+37"/>
        <source>Enter the quiet hours as times, like 20:00 and 08:00.</source>
        <translation>Geben Sie die Ruhezeiten als Uhrzeiten ein, etwa 20:00 und 08:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quiet hours start and end at the same time. Choose an end time after the start.</source>
        <translation>Die Ruhezeiten beginnen und enden zur selben Uhrzeit. Wählen Sie ein Ende nach dem Beginn.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot save the quiet hours: %1</source>
        <translation>Die Ruhezeiten können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <location filename="../core/ReplyClassifier.cpp" line="+293"/>
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
        <location filename="../core/ReplyHandler.cpp" line="+99"/>
        <source>the message vanished</source>
        <translation>die Nachricht ist verschwunden</translation>
    </message>
    <message>
        <location line="+59"/>
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
    <name>SettingsBackups</name>
    <message>
        <location filename="../ui/qml/SettingsBackups.qml" line="+15"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is a complete copy of your book: clients, bills, payments and messages.</source>
        <translation>Eine Sicherung ist eine vollständige Kopie Ihres Geschäftsbuchs: Kunden, Rechnungen, Zahlungen und Nachrichten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Folder for backups</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Back up into</source>
        <translation>Sichern in</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder for backups</source>
        <translation>Ordner für Sicherungen auswählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up the book now</source>
        <translation>Geschäftsbuch jetzt sichern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backups in this folder</source>
        <translation>Sicherungen in diesem Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet.</source>
        <translation>Noch keine.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Going back to a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup is a book of its own. To go back to one, quit DueDesk, keep your current book somewhere safe, and copy the backup in its place:
%1
You can also open a backup without replacing anything: start DueDesk with --db and the backup&apos;s file.</source>
        <translation>Eine Sicherung ist ein eigenständiges Geschäftsbuch. Um zu einer Sicherung zurückzukehren, beenden Sie DueDesk, bewahren Sie Ihr aktuelles Geschäftsbuch an einem sicheren Ort auf und kopieren Sie die Sicherung an seine Stelle:
%1
Sie können eine Sicherung auch öffnen, ohne etwas zu ersetzen: Starten Sie DueDesk mit --db und der Datei der Sicherung.</translation>
    </message>
</context>
<context>
    <name>SettingsBusiness</name>
    <message>
        <location filename="../ui/qml/SettingsBusiness.qml" line="+14"/>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders are signed with your business name and show amounts in your currency.</source>
        <translation>Erinnerungen werden mit Ihrem Firmennamen unterzeichnet und zeigen Beträge in Ihrer Währung.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Business name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Brightwater Plumbing</source>
        <translation>Klarwasser Sanitär</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders written in</source>
        <translation>Sprache der Erinnerungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language of the reminders</source>
        <translation>Sprache der Erinnerungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the business profile</source>
        <translation>Firmenprofil speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Language of DueDesk</source>
        <translation>Sprache von DueDesk</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The language of DueDesk&apos;s own screens, for you on this computer. It changes at once.</source>
        <translation>Die Sprache der Oberfläche von DueDesk, für Sie auf diesem Computer. Sie ändert sich sofort.</translation>
    </message>
</context>
<context>
    <name>SettingsChannels</name>
    <message>
        <location filename="../ui/qml/SettingsChannels.qml" line="+18"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the ways DueDesk sends reminders. Passwords and tokens are kept in your system&apos;s keychain.</source>
        <translation>Richten Sie ein, auf welchen Wegen DueDesk Erinnerungen sendet. Passwörter und Tokens werden im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 status: %2</source>
        <translation>Status von %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 now: %2</source>
        <translation>%1 aktuell: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stored in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stored yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store the %1 in the keychain</source>
        <translation>%1 im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the %1 connection</source>
        <translation>Verbindung für %1 testen</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="+24"/>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
</context>
<context>
    <name>SettingsReminders</name>
    <message>
        <location filename="../ui/qml/SettingsReminders.qml" line="+13"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A policy is the series of reminders a client gets for a late bill. Clients follow Standard unless you choose another for them.</source>
        <translation>Ein Erinnerungsablauf ist die Folge von Erinnerungen, die ein Kunde zu einer verspäteten Rechnung erhält. Kunden folgen dem Ablauf „Standard“, sofern Sie keinen anderen für sie wählen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policy to edit</source>
        <translation>Zu bearbeitender Ablauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as a new policy</source>
        <translation>Als neuen Ablauf kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this policy as a new one</source>
        <translation>Diesen Ablauf als neuen kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy name</source>
        <translation>Name des Ablaufs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most a week</source>
        <translation>Höchstens pro Woche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most reminders a client gets in a week</source>
        <translation>Höchstzahl an Erinnerungen pro Kunde und Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent without asking me</source>
        <translation>Ohne Rückfrage senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I approve every message first</source>
        <translation>Ich gebe jede Nachricht vorher frei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send reminders without approval</source>
        <translation>Erinnerungen ohne Freigabe senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move step %1 up</source>
        <translation>Schritt %1 nach oben verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move step %1 down</source>
        <translation>Schritt %1 nach unten verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove step %1</source>
        <translation>Schritt %1 entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When step %1 goes out</source>
        <translation>Wann Schritt %1 versendet wird</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days from the due date (negative: before it)</source>
        <translation>Tage ab Fälligkeitsdatum (negativ: davor)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message of step %1</source>
        <translation>Nachricht von Schritt %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tone of step %1</source>
        <translation>Tonfall von Schritt %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Channel of step %1</source>
        <translation>Kanal von Schritt %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a step to the policy</source>
        <translation>Dem Ablauf einen Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save policy</source>
        <translation>Ablauf speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the policy</source>
        <translation>Den Ablauf speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the changes to the policy</source>
        <translation>Die Änderungen am Ablauf verwerfen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reminder goes out in these hours; messages wait until the quiet hours end. They apply to every policy.</source>
        <translation>In diesen Stunden wird keine Erinnerung versendet; Nachrichten warten bis zum Ende der Ruhezeiten. Sie gelten für jeden Ablauf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reminders on Sundays</source>
        <translation>Sonntags keine Erinnerungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save quiet hours</source>
        <translation>Ruhezeiten speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the quiet hours</source>
        <translation>Die Ruhezeiten speichern</translation>
    </message>
</context>
<context>
    <name>SettingsTemplates</name>
    <message>
        <location filename="../ui/qml/SettingsTemplates.qml" line="+14"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change how a message reads. Words in braces, like {amount}, are filled in for each client.</source>
        <translation>Ändern Sie den Wortlaut einer Nachricht. Wörter in geschweiften Klammern, etwa {amount}, werden für jeden Kunden ausgefüllt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tone</source>
        <translation>Tonfall</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your wording</source>
        <translation>Ihr Wortlaut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed by you</source>
        <translation>Von Ihnen geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DueDesk&apos;s wording</source>
        <translation>Wortlaut von DueDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of the email</source>
        <translation>Betreff der E-Mail</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One paragraph a line</source>
        <translation>Ein Absatz pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the message, one paragraph a line</source>
        <translation>Text der Nachricht, ein Absatz pro Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One paragraph a line. You can use: %1</source>
        <translation>Ein Absatz pro Zeile. Sie können verwenden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save wording</source>
        <translation>Wortlaut speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this wording</source>
        <translation>Diesen Wortlaut speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use DueDesk&apos;s wording</source>
        <translation>Wortlaut von DueDesk verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to DueDesk&apos;s wording</source>
        <translation>Zum Wortlaut von DueDesk zurückkehren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview for a sample client</source>
        <translation>Vorschau für einen Beispielkunden</translation>
    </message>
</context>
<context>
    <name>SnapshotMessage</name>
    <message>
        <location filename="../core/SnapshotMessage.cpp" line="+25"/>
        <source>so far this week</source>
        <translation>bisher diese Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last week</source>
        <translation>letzte Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the week of %1</source>
        <translation>in der Woche vom %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cash snapshot is incomplete: %1</source>
        <translation>Die Liquiditätsübersicht ist unvollständig: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 came in %2</source>
        <translation>%1 sind %2 eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing came in %1</source>
        <translation>Es ist %1 nichts eingegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, and nobody owes you anything.</source>
        <translation>%1, und niemand schuldet Ihnen etwas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2 is still owed, none of it overdue.</source>
        <translation>%1; offen sind noch %2, nichts davon überfällig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2 is still owed, %3 of it overdue.</source>
        <translation>%1; offen sind noch %2, davon %3 überfällig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash snapshot, week of %1 (figures as of %2)</source>
        <translation>Liquiditätsübersicht, Woche vom %1 (Stand: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: %1</source>
        <translation>Überfällig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in: %1</source>
        <translation>Eingegangen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised: %1</source>
        <translation>Zugesagt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO: %1 days</source>
        <translation>Zahlungsdauer (DSO): %1 Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue by age</source>
        <translation>Überfällig nach Alter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-30 days: %1</source>
        <translation>1-30 Tage: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31-60 days: %1</source>
        <translation>31-60 Tage: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61-90 days: %1</source>
        <translation>61-90 Tage: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days: %1</source>
        <translation>Über 90 Tage: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No payments are promised for the week.</source>
        <translation>Für die Woche sind keine Zahlungen zugesagt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised for the week</source>
        <translation>Für die Woche zugesagt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2, %3 (bill %4)</source>
        <translation>%1: %2, %3 (Rechnung %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>...and %n more</source>
        <translation>
            <numerusform>...und %n weitere</numerusform>
            <numerusform>...und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owed the most</source>
        <translation>Die größten offenen Beträge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (davon %2 überfällig)</translation>
    </message>
</context>
<context>
    <name>TemplateOverrides</name>
    <message>
        <location filename="../core/TemplateOverrides.cpp" line="+105"/>
        <source>There is no message template of kind &quot;%1&quot;.</source>
        <translation>Es gibt keine Nachrichtenvorlage vom Typ „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language the message is written in.</source>
        <translation>Wählen Sie die Sprache, in der die Nachricht geschrieben ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is empty. Write a text, or reset it to DueDesk&apos;s wording.</source>
        <translation>Die Nachricht ist leer. Schreiben Sie einen Text, oder setzen Sie sie auf den Wortlaut von DueDesk zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email needs a subject.</source>
        <translation>Eine E-Mail braucht einen Betreff.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the message: %1</source>
        <translation>Die Nachricht kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot reset the message: %1</source>
        <translation>Die Nachricht kann nicht zurückgesetzt werden: %1</translation>
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
    <name>WeeklySnapshotSchedule</name>
    <message>
        <location filename="../core/WeeklySnapshotSchedule.cpp" line="+32"/>
        <source>Cannot record the weekly snapshot&apos;s state: %1</source>
        <translation>Der Status der Wochenübersicht kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The weekly snapshot needs a day from 1 (Monday) to 7 (Sunday) and an hour from 0 to 23.</source>
        <translation>Die Wochenübersicht braucht einen Tag von 1 (Montag) bis 7 (Sonntag) und eine Stunde von 0 bis 23.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The weekly summary is off.</source>
        <translation>Die Wochenübersicht ist ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next summary: %1 at %2</source>
        <translation>Nächste Übersicht: %1 um %2</translation>
    </message>
</context>
<context>
    <name>WhatsAppMessages</name>
    <message>
        <location filename="../bridges/WhatsAppMessages.cpp" line="+83"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>WhatsAppOwnerInbox</name>
    <message>
        <location filename="../bridges/WhatsAppOwnerInbox.cpp" line="+75"/>
        <source>A WhatsApp message for the owner has no id.</source>
        <translation>Eine WhatsApp-Nachricht an den Inhaber hat keine Kennung.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A WhatsApp message for the owner could not be stored: %1</source>
        <translation>Eine WhatsApp-Nachricht an den Inhaber konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>WhatsAppWebhookParser</name>
    <message>
        <location filename="../bridges/WhatsAppWebhookParser.cpp" line="+140"/>
        <source>The WhatsApp notification is not a JSON object.</source>
        <translation>Die WhatsApp-Benachrichtigung ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notification is not from a WhatsApp Business account.</source>
        <translation>Die Benachrichtigung stammt nicht von einem WhatsApp-Business-Konto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A WhatsApp notification entry has no list of changes.</source>
        <translation>Ein Eintrag der WhatsApp-Benachrichtigung hat keine Liste von Änderungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A WhatsApp message in the notification is incomplete.</source>
        <translation>Eine WhatsApp-Nachricht in der Benachrichtigung ist unvollständig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A WhatsApp delivery status in the notification is incomplete.</source>
        <translation>Ein WhatsApp-Zustellstatus in der Benachrichtigung ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>duedesk::ActivityModel</name>
    <message>
        <location filename="../ui/ActivityModel.cpp" line="+135"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message service</source>
        <translation>Nachrichtendienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DueDesk</source>
        <translation>DueDesk</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminder drafted for %1</source>
        <translation>Erinnerung für %1 entworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder approved automatically for %1</source>
        <translation>Erinnerung für %1 automatisch freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder approved for %1</source>
        <translation>Erinnerung für %1 freigegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder skipped for %1</source>
        <translation>Erinnerung für %1 übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder edited for %1</source>
        <translation>Erinnerung für %1 bearbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra reminder drafted for %1</source>
        <translation>Zusätzliche Erinnerung für %1 entworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder handed to the message service for %1</source>
        <translation>Erinnerung für %1 an den Nachrichtendienst übergeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder sent for %1</source>
        <translation>Erinnerung für %1 gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 could not be sent: %2</source>
        <translation>Erinnerung für %1 konnte nicht gesendet werden: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 could not be sent</source>
        <translation>Erinnerung für %1 konnte nicht gesendet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 may not have been sent: %2</source>
        <translation>Erinnerung für %1 wurde möglicherweise nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 may not have been sent</source>
        <translation>Erinnerung für %1 wurde möglicherweise nicht gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 was not sent: %2</source>
        <translation>Erinnerung für %1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 was not sent</source>
        <translation>Erinnerung für %1 wurde nicht gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder delivered for %1</source>
        <translation>Erinnerung für %1 zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder read for %1</source>
        <translation>Erinnerung für %1 gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder for %1 could not be delivered</source>
        <translation>Erinnerung für %1 konnte nicht zugestellt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment of %1 recorded for %2: paid in full</source>
        <translation>Zahlung über %1 für %2 erfasst: vollständig bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment of %1 recorded for %2</source>
        <translation>Zahlung über %1 für %2 erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise to pay %1 by %2</source>
        <translation>Zahlungszusage für %1 bis zum %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise to pay %1 by %2 was not kept</source>
        <translation>Zahlungszusage für %1 bis zum %2 nicht eingehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 written off (%2)</source>
        <translation>%1 abgeschrieben (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply received for %1</source>
        <translation>Antwort zu %1 erhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply for %1 handed to you: they say it is paid</source>
        <translation>Antwort zu %1 an Sie übergeben: Kunde gibt an, bezahlt zu haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they dispute the bill</source>
        <translation>Antwort zu %1 an Sie übergeben: Kunde beanstandet die Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they ask for a payment plan</source>
        <translation>Antwort zu %1 an Sie übergeben: Kunde bittet um Ratenzahlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: a promise without a date</source>
        <translation>Antwort zu %1 an Sie übergeben: Zusage ohne Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they say it is the wrong person</source>
        <translation>Antwort zu %1 an Sie übergeben: laut Antwort die falsche Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply for %1 handed to you</source>
        <translation>Antwort zu %1 an Sie übergeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asked for no more messages by %2</source>
        <translation>%1: keine weiteren Nachrichten per %2 gewünscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 marked as disputed</source>
        <translation>%1 als beanstandet markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute on %1 resolved</source>
        <translation>Beanstandung zu %1 geklärt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders paused for %1 while you check a payment</source>
        <translation>Erinnerungen für %1 pausiert, während Sie eine Zahlung prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders resumed for %1</source>
        <translation>Erinnerungen für %1 fortgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped for %1</source>
        <translation>Erinnerungen für %1 gestoppt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Checking every entry…</source>
        <translation>Alle Einträge werden geprüft…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The one entry checks out: nothing was changed or removed.</source>
        <translation>Der einzige Eintrag ist in Ordnung: Nichts wurde geändert oder entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 entries check out: nothing was changed or removed.</source>
        <translation>Alle %1 Einträge sind in Ordnung: Nichts wurde geändert oder entfernt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entry %1 does not check out (%2). The trail may have been changed outside DueDesk from there on.</source>
        <translation>Eintrag %1 besteht die Prüfung nicht (%2). Das Protokoll wurde ab dort möglicherweise außerhalb von DueDesk verändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was recorded on %1 at %2: “%3”.</source>
        <translation>Er wurde am %1 um %2 erfasst: „%3“.</translation>
    </message>
</context>
<context>
    <name>duedesk::BackupModel</name>
    <message>
        <location filename="../ui/BackupModel.cpp" line="+94"/>
        <source>Backed up to %1.</source>
        <translation>In %1 gesichert.</translation>
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
    <name>duedesk::BookChooser</name>
    <message>
        <location filename="../ui/BookChooser.cpp" line="+120"/>
        <source>Please enter the name of your business.</source>
        <translation>Bitte geben Sie den Namen Ihres Unternehmens ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DueDesk does not know the currency %1.</source>
        <translation>DueDesk kennt die Währung %1 nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose the country or region your business is in.</source>
        <translation>Bitte wählen Sie das Land oder die Region Ihres Unternehmens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a book at %1. Open it instead.</source>
        <translation>Unter %1 gibt es bereits ein Geschäftsbuch. Öffnen Sie stattdessen dieses.</translation>
    </message>
</context>
<context>
    <name>duedesk::BridgeHost</name>
    <message>
        <location filename="../bridges/BridgeHost.cpp" line="+62"/>
        <source>Your assistant needs a Telegram bot of its own: this token is your business bot&apos;s, which your clients write to. Create a second bot with @BotFather.</source>
        <translation>Ihr Assistent braucht einen eigenen Telegram-Bot: Dieses Token gehört dem Bot Ihres Unternehmens, dem Ihre Kunden schreiben. Legen Sie mit @BotFather einen zweiten Bot an.</translation>
    </message>
</context>
<context>
    <name>duedesk::BusinessProfile</name>
    <message>
        <location filename="../ui/BusinessProfile.cpp" line="+121"/>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your business name: it signs every reminder.</source>
        <translation>Geben Sie Ihren Firmennamen ein: Er steht unter jeder Erinnerung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a currency DueDesk knows. Use a three-letter code such as GBP or EUR.</source>
        <translation>„%1“ ist keine Währung, die DueDesk kennt. Verwenden Sie einen dreistelligen Code wie EUR oder GBP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the country your business is in.</source>
        <translation>Wählen Sie das Land Ihres Unternehmens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language your reminders are written in.</source>
        <translation>Wählen Sie die Sprache Ihrer Erinnerungen.</translation>
    </message>
</context>
<context>
    <name>duedesk::CallQueueModel</name>
    <message>
        <location filename="../ui/CallQueueModel.cpp" line="+100"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>duedesk::CashModel</name>
    <message>
        <location filename="../ui/CashModel.cpp" line="+58"/>
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
    <name>duedesk::ChannelSettings</name>
    <message>
        <location filename="../ui/ChannelSettings.cpp" line="+21"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders from your own mailbox and reads the answers. Your email provider lists these settings.</source>
        <translation>Sendet Erinnerungen aus Ihrem eigenen Postfach und liest die Antworten. Diese Einstellungen erhalten Sie von Ihrem E-Mail-Anbieter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing server (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing port</source>
        <translation>Ausgangsport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming server (IMAP)</source>
        <translation>Posteingangsserver (IMAP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming port</source>
        <translation>Eingangsport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send as</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders from your business&apos;s Telegram bot. @BotFather gives you its token.</source>
        <translation>Sendet Erinnerungen über den Telegram-Bot Ihres Unternehmens. Das Token erhalten Sie von @BotFather.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Bot token</source>
        <translation>Bot-Token</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+23"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders through the WhatsApp Business platform, with an access token from Meta.</source>
        <translation>Sendet Erinnerungen über die WhatsApp-Business-Plattform, mit einem Zugriffstoken von Meta.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number ID</source>
        <translation>Telefonnummer-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends text messages through your SMS provider&apos;s account.</source>
        <translation>Sendet SMS über das Konto bei Ihrem SMS-Anbieter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send from number</source>
        <translation>Absendernummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WhatsApp replies</source>
        <translation>WhatsApp-Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta sends replies and delivery reports to a webhook, signed with your app&apos;s secret. Enter the secret and the verify token you chose in Meta&apos;s dashboard.</source>
        <translation>Meta sendet Antworten und Zustellmeldungen an einen Webhook, signiert mit dem Geheimnis Ihrer App. Geben Sie das App-Geheimnis ein und das Verifizierungstoken, das Sie im Meta-Dashboard festgelegt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App secret</source>
        <translation>App-Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify token</source>
        <translation>Verifizierungstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local port</source>
        <translation>Lokaler Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay for WhatsApp replies</source>
        <translation>Relay für WhatsApp-Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this computer cannot be reached from the internet, run duedesk-relay on a server: it receives Meta&apos;s webhook and passes it on here. Enter its address and the key you gave it.</source>
        <translation>Wenn dieser Computer aus dem Internet nicht erreichbar ist, betreiben Sie duedesk-relay auf einem Server: Es empfängt den Webhook von Meta und leitet ihn hierher weiter. Geben Sie seine Adresse und den Schlüssel ein, den Sie ihm gegeben haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay key</source>
        <translation>Relay-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation>Relay-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your assistant on Telegram</source>
        <translation>Ihr Assistent auf Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second Telegram bot that talks only to you: it brings you reminders to approve with one tap, takes requests like “Rachel paid” and sends your weekly cash summary. Create it with @BotFather, separate from the bot your clients use.</source>
        <translation>Ein zweiter Telegram-Bot, der nur mit Ihnen spricht: Er schickt Ihnen Erinnerungen, die Sie mit einem Fingertipp freigeben, nimmt Anweisungen auf Englisch wie „Rachel paid“ entgegen und sendet Ihre wöchentliche Liquiditätsübersicht. Legen Sie ihn mit @BotFather an, getrennt von dem Bot, den Ihre Kunden nutzen.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last test failed (%1): %2</source>
        <translation>Letzter Test fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set up: fill in the fields marked as needed.</source>
        <translation>Nicht eingerichtet: Füllen Sie die als erforderlich markierten Felder aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up: the %1 is missing.</source>
        <translation>Nicht eingerichtet: %1 fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working (tested %1): %2</source>
        <translation>Funktioniert (getestet: %1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up, not tested yet.</source>
        <translation>Eingerichtet, noch nicht getestet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your assistant cannot reach Telegram: %1</source>
        <translation>Ihr Assistent erreicht Telegram nicht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paired with your phone: reminders to approve and your weekly summary go there.</source>
        <translation>Mit Ihrem Handy gekoppelt: Erinnerungen zur Freigabe und Ihre Wochenübersicht gehen dorthin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running, not paired yet: press “Pair my phone” below.</source>
        <translation>Läuft, noch nicht gekoppelt: Klicken Sie unten auf „Handy koppeln“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sending now…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting until %1 before sending again.</source>
        <translation>Sendet erst ab %1 wieder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting until %1 before sending again: %2</source>
        <translation>Sendet erst ab %1 wieder: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1 after repeated failures: %2</source>
        <translation>Nach wiederholten Fehlern pausiert bis %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Running: %n message(s) sent since DueDesk started.</source>
        <translation>
            <numerusform>Läuft: %n Nachricht seit dem Start von DueDesk gesendet.</numerusform>
            <numerusform>Läuft: %n Nachrichten seit dem Start von DueDesk gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: nothing waiting to be sent.</source>
        <translation>Läuft: Nichts wartet auf den Versand.</translation>
    </message>
</context>
<context>
    <name>duedesk::ChatCompletionsClient</name>
    <message>
        <location filename="../bridges/ChatCompletionsClient.cpp" line="+53"/>
        <source>the model server address must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>die Adresse des Modellservers muss eine http://- oder https://-URL sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no model name is set for the model server</source>
        <translation>für den Modellserver ist kein Modellname festgelegt</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the model server did not answer within %1 ms</source>
        <translation>der Modellserver hat nicht innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model server&apos;s answer is larger than %1 bytes</source>
        <translation>die Antwort des Modellservers ist größer als %1 Byte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model server answered HTTP %1: %2</source>
        <translation>der Modellserver hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the model server: %1</source>
        <translation>der Modellserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the model server&apos;s answer is not a chat completion</source>
        <translation>die Antwort des Modellservers ist keine Chat-Completion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model&apos;s answer is not a JSON object: %1</source>
        <translation>die Antwort des Modells ist kein JSON-Objekt: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::ClientDetails</name>
    <message>
        <location filename="../ui/ClientDetails.cpp" line="+48"/>
        <source>Approved, waiting to be sent</source>
        <translation>Freigegeben, wartet auf Versand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be sent</source>
        <translation>Konnte nicht gesendet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May not have arrived: please check</source>
        <translation>Möglicherweise nicht angekommen: Bitte prüfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Says it is paid</source>
        <translation>Gibt an, bezahlt zu haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises to pay</source>
        <translation>Sagt Zahlung zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputes the bill</source>
        <translation>Beanstandet die Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks for a copy of the bill</source>
        <translation>Bittet um eine Kopie der Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks to pay in instalments</source>
        <translation>Möchte in Raten zahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks for no more messages</source>
        <translation>Wünscht keine weiteren Nachrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Says it is the wrong person</source>
        <translation>Gibt an, die falsche Person zu sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not understood: handed to you</source>
        <translation>Nicht verstanden: an Sie übergeben</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Client since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat %1</source>
        <translation>Chat %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Turned off by you on %1</source>
        <translation>Von Ihnen am %1 ausgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out on %1</source>
        <translation>Am %1 abgemeldet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turned on by you on %1</source>
        <translation>Von Ihnen am %1 eingeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on %1</source>
        <translation>Am %1 zugestimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed unless the client opts out</source>
        <translation>Erlaubt, solange sich der Kunde nicht abmeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No consent recorded</source>
        <translation>Keine Einwilligung erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No address for this channel</source>
        <translation>Keine Adresse für diesen Kanal</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Segment default (%1)</source>
        <translation>Standard des Segments (%1)</translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>Choose a client first.</source>
        <translation>Wählen Sie zuerst einen Kunden aus.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>There is no channel called “%1”.</source>
        <translation>Es gibt keinen Kanal namens „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no segment called “%1”.</source>
        <translation>Es gibt kein Segment namens „%1“.</translation>
    </message>
</context>
<context>
    <name>duedesk::ClientListModel</name>
    <message>
        <location filename="../ui/ClientListModel.cpp" line="+71"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategic</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Government</source>
        <translation>Öffentliche Hand</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>duedesk::DashboardModel</name>
    <message>
        <location filename="../ui/DashboardModel.cpp" line="+31"/>
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
    <message numerus="yes">
        <location line="+42"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duedesk::EnvironmentSecretStore</name>
    <message>
        <location filename="../bridges/SecretStore.cpp" line="+71"/>
        <source>Secrets cannot be stored in a headless run: set %1 in the environment instead.</source>
        <translation>Zugangsdaten können in einem Lauf ohne Oberfläche nicht gespeichert werden: Setzen Sie stattdessen %1 in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>duedesk::KeychainSecretStore</name>
    <message>
        <location line="-31"/>
        <source>Cannot read from the system keychain: %1</source>
        <translation>Der Schlüsselbund des Systems kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot store the secret in the system keychain: %1</source>
        <translation>Die Zugangsdaten können nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::ModelReplyClassifier</name>
    <message>
        <location filename="../bridges/ModelReplyClassifier.cpp" line="+110"/>
        <source>the model answered an unknown intent &quot;%1&quot;</source>
        <translation>das Modell hat mit einer unbekannten Absicht „%1“ geantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the model&apos;s confidence is not a number from 0 to 1</source>
        <translation>die Konfidenz des Modells ist keine Zahl zwischen 0 und 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model&apos;s promise date &quot;%1&quot; is not a date</source>
        <translation>das Zusagedatum „%1“ des Modells ist kein Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s promise date %1 is not between today and a year from now</source>
        <translation>das Zusagedatum %1 des Modells liegt nicht zwischen heute und in einem Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model&apos;s promise date is not a date</source>
        <translation>das Zusagedatum des Modells ist kein Datum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model&apos;s amount %1 is not a positive number</source>
        <translation>der Betrag %1 des Modells ist keine positive Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s amount is not a number</source>
        <translation>der Betrag des Modells ist keine Zahl</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>model not used: %1</source>
        <translation>Modell nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the model (%1) was no surer than the rules</source>
        <translation>das Modell (%1) war nicht sicherer als die Regeln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>model %1: %2 (the rules said: %3)</source>
        <translation>Modell %1: %2 (laut Regeln: %3)</translation>
    </message>
</context>
<context>
    <name>duedesk::NetworkConnectionTester</name>
    <message>
        <location filename="../bridges/ConnectionTest.cpp" line="+67"/>
        <source>DueDesk does not know the channel &quot;%1&quot;.</source>
        <translation>DueDesk kennt den Kanal „%1“ nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the outgoing mail server (SMTP) first.</source>
        <translation>Geben Sie zuerst den Postausgangsserver (SMTP) ein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The mail server answered: %1</source>
        <translation>Der Mailserver hat geantwortet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server refused the connection: %1</source>
        <translation>Der Mailserver hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach %1:%2: %3</source>
        <translation>%1:%2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:%2 did not answer in time.</source>
        <translation>%1:%2 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the token first.</source>
        <translation>Geben Sie zuerst das Token ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the WhatsApp phone number ID first.</source>
        <translation>Geben Sie zuerst die WhatsApp-Telefonnummer-ID ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the SMS account ID first.</source>
        <translation>Geben Sie zuerst die SMS-Konto-ID ein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Telegram did not accept the token.</source>
        <translation>Telegram hat das Token nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service did not accept the token (HTTP %1).</source>
        <translation>Der Dienst hat das Token nicht akzeptiert (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the service: %1</source>
        <translation>Der Dienst ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::OwnerAssistant</name>
    <message>
        <location filename="../ui/OwnerAssistant.cpp" line="+34"/>
        <source>Sent to your phone.</source>
        <translation>An Ihr Handy gesendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The summary could not be sent: %1</source>
        <translation>Die Übersicht konnte nicht gesendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Someone other than you wrote to your assistant %n time(s), last on %1. It did not answer them.</source>
        <translation>
            <numerusform>Jemand anderes als Sie hat Ihrem Assistenten %n Mal geschrieben, zuletzt am %1. Er hat nicht geantwortet.</numerusform>
            <numerusform>Jemand anderes als Sie hat Ihrem Assistenten %n Mal geschrieben, zuletzt am %1. Er hat nicht geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On your phone, send /start %1 to your assistant bot in Telegram, or start %1 to your business&apos;s WhatsApp number. The code works once, until %2.</source>
        <translation>Senden Sie auf Ihrem Handy /start %1 an Ihren Assistenten-Bot in Telegram oder start %1 an die WhatsApp-Nummer Ihres Unternehmens. Der Code gilt einmal, bis %2 Uhr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not make a pairing code: %1</source>
        <translation>Der Kopplungscode konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not unpair: %1</source>
        <translation>Die Kopplung konnte nicht aufgehoben werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This week&apos;s summary goes out in a moment.</source>
        <translation>Die Übersicht dieser Woche wird gleich gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week&apos;s summary goes out as soon as your phone is paired.</source>
        <translation>Die Übersicht dieser Woche wird gesendet, sobald Ihr Handy gekoppelt ist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not save the weekly summary&apos;s time: %1</source>
        <translation>Die Uhrzeit der Wochenübersicht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pair your phone with your assistant first (Settings &gt; Channels).</source>
        <translation>Koppeln Sie zuerst Ihr Handy mit Ihrem Assistenten (Einstellungen &gt; Kanäle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending this week&apos;s summary to your phone…</source>
        <translation>Die Übersicht dieser Woche wird an Ihr Handy gesendet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary could not be sent: your assistant is not running.</source>
        <translation>Die Übersicht konnte nicht gesendet werden: Ihr Assistent läuft nicht.</translation>
    </message>
</context>
<context>
    <name>duedesk::PolicyEditor</name>
    <message>
        <location filename="../ui/PolicyEditor.cpp" line="+24"/>
        <source>Heads-up</source>
        <translation>Vorabhinweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final notice</source>
        <translation>Letzte Mahnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Client&apos;s preferred channel</source>
        <translation>Bevorzugter Kanal des Kunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Days from the due date</source>
        <translation>Tage ab Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On becoming %1</source>
        <translation>Sobald %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the policy a name.</source>
        <translation>Geben Sie dem Ablauf einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy needs at least one step. Add a step, or keep the policy as it was.</source>
        <translation>Ein Ablauf braucht mindestens einen Schritt. Fügen Sie einen Schritt hinzu, oder behalten Sie den Ablauf wie bisher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow at least one reminder a week; %1 would stop every reminder.</source>
        <translation>Erlauben Sie mindestens eine Erinnerung pro Woche; mit %1 würde jede Erinnerung gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 7 reminders a week: more would feel like pressure to a client.</source>
        <translation>Höchstens 7 Erinnerungen pro Woche: Mehr würde sich für einen Kunden wie Druck anfühlen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 has no message chosen.</source>
        <translation>Für Schritt %1 ist keine Nachricht ausgewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is %2 days from the due date; choose between 60 days before and 365 days after.</source>
        <translation>Schritt %1 liegt %2 Tage vom Fälligkeitsdatum entfernt; wählen Sie einen Wert zwischen 60 Tagen davor und 365 Tagen danach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 is the final notice, so it must be the last step.</source>
        <translation>Schritt %1 ist die letzte Mahnung und muss daher der letzte Schritt sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is a heads-up, which goes before the due date; choose a reminder instead.</source>
        <translation>Schritt %1 ist ein Vorabhinweis, der vor dem Fälligkeitsdatum versendet wird; wählen Sie stattdessen eine Erinnerung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 comes on day %2, not after step %3 (day %4). Put the steps in order of days.</source>
        <translation>Schritt %1 kommt an Tag %2, nicht nach Schritt %3 (Tag %4). Ordnen Sie die Schritte nach Tagen.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Saved. Reminders already planned now follow these steps.</source>
        <translation>Gespeichert. Bereits geplante Erinnerungen folgen jetzt diesen Schritten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quiet hours saved: no reminders go out from %1 to %2%3.</source>
        <translation>Ruhezeiten gespeichert: Von %1 bis %2%3 werden keine Erinnerungen versendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, nor on Sundays</source>
        <translation> und sonntags ganztägig</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When the bill becomes %1</source>
        <translation>Wenn die Rechnung %1 ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day before the due date</source>
        <translation>1 Tag vor dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days before the due date</source>
        <translation>%1 Tage vor dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the due date</source>
        <translation>Am Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day after the due date</source>
        <translation>1 Tag nach dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days after the due date</source>
        <translation>%1 Tage nach dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client&apos;s preferred channel</source>
        <translation>bevorzugter Kanal des Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3, by %4</source>
        <translation>%1: %2, %3, Kanal: %4</translation>
    </message>
</context>
<context>
    <name>duedesk::Relay</name>
    <message>
        <location filename="../app/relay/main.cpp" line="+56"/>
        <source>Receives WhatsApp webhooks on a public host and forwards them to the DueDesk desktop over a WebSocket.
It speaks plain HTTP and WebSocket and listens on loopback by default: put it behind a TLS reverse proxy
(https:// for Meta&apos;s webhook, wss:// for the desktop) and never expose these ports directly.
Secrets come from the environment only, never from the command line:
  DUEDESK_WHATSAPP_APP_SECRET    the app secret that signs Meta&apos;s notifications (required)
  DUEDESK_WHATSAPP_VERIFY_TOKEN  the verify token entered in Meta&apos;s app dashboard
  DUEDESK_RELAY_KEY              the key the desktop authenticates with (required)
  DUEDESK_RELAY_STORE            the store file, when --store is not given</source>
        <translation>Empfängt WhatsApp-Webhooks auf einem öffentlichen Host und leitet sie über einen WebSocket an den DueDesk-Desktop weiter.
Es spricht reines HTTP und WebSocket und lauscht standardmäßig auf Loopback: Betreiben Sie es hinter einem TLS-Reverse-Proxy
(https:// für den Webhook von Meta, wss:// für den Desktop) und machen Sie diese Ports nie direkt erreichbar.
Zugangsdaten kommen nur aus der Umgebung, nie von der Befehlszeile:
  DUEDESK_WHATSAPP_APP_SECRET    das App-Geheimnis, mit dem Meta seine Benachrichtigungen signiert (erforderlich)
  DUEDESK_WHATSAPP_VERIFY_TOKEN  das im App-Dashboard von Meta eingetragene Verifizierungstoken
  DUEDESK_RELAY_KEY              der Schlüssel, mit dem sich der Desktop anmeldet (erforderlich)
  DUEDESK_RELAY_STORE            die Speicherdatei, wenn --store nicht angegeben ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address for Meta&apos;s webhook (default 127.0.0.1).</source>
        <translation>Adresse für den Webhook von Meta (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port for Meta&apos;s webhook (default 8480).</source>
        <translation>Port für den Webhook von Meta (Standard: 8480).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path of the webhook (default /whatsapp/webhook).</source>
        <translation>Pfad des Webhooks (Standard: /whatsapp/webhook).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address for the desktop&apos;s WebSocket (default 127.0.0.1).</source>
        <translation>Adresse für den WebSocket des Desktops (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port for the desktop&apos;s WebSocket (default 8481).</source>
        <translation>Port für den WebSocket des Desktops (Standard: 8481).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay&apos;s own SQLite file of received notifications (default: in the user&apos;s data folder).</source>
        <translation>Die eigene SQLite-Datei des Relays mit den empfangenen Benachrichtigungen (Standard: im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print {&quot;events&quot;:N,&quot;unacknowledged&quot;:M} for the store and exit.</source>
        <translation>{&quot;events&quot;:N,&quot;unacknowledged&quot;:M} für die Speicherdatei ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an address is not an IP address</source>
        <translation>eine Adresse ist keine IP-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a port is not a number from 0 to 65535</source>
        <translation>ein Port ist keine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>set DUEDESK_WHATSAPP_APP_SECRET and DUEDESK_RELAY_KEY in the environment</source>
        <translation>setzen Sie DUEDESK_WHATSAPP_APP_SECRET und DUEDESK_RELAY_KEY in der Umgebung</translation>
    </message>
</context>
<context>
    <name>duedesk::RelayClient</name>
    <message>
        <location filename="../bridges/RelayClient.cpp" line="+108"/>
        <source>The relay refused DueDesk&apos;s relay key; check DUEDESK_RELAY_KEY on both sides.</source>
        <translation>Das Relay hat den Relay-Schlüssel von DueDesk abgelehnt; prüfen Sie DUEDESK_RELAY_KEY auf beiden Seiten.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>DueDesk&apos;s WhatsApp webhook refused a relayed notification&apos;s signature; check that the app secret is the same on the desktop and on the relay.</source>
        <translation>Der WhatsApp-Webhook von DueDesk hat die Signatur einer weitergeleiteten Benachrichtigung abgelehnt; prüfen Sie, ob das App-Geheimnis auf dem Desktop und auf dem Relay gleich ist.</translation>
    </message>
</context>
<context>
    <name>duedesk::RelayServer</name>
    <message>
        <location filename="../app/relay/RelayServer.cpp" line="+60"/>
        <source>DUEDESK_WHATSAPP_APP_SECRET and DUEDESK_RELAY_KEY must both be set.</source>
        <translation>DUEDESK_WHATSAPP_APP_SECRET und DUEDESK_RELAY_KEY müssen beide gesetzt sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhook could not listen on %1:%2.</source>
        <translation>Der Webhook konnte nicht auf %1:%2 lauschen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desktop connection could not listen on %1:%2: %3</source>
        <translation>Die Desktop-Verbindung konnte nicht auf %1:%2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>duedesk::RelayStore</name>
    <message>
        <location filename="../app/relay/RelayStore.cpp" line="+50"/>
        <source>The relay store %1 could not be opened: %2</source>
        <translation>Die Relay-Speicherdatei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay store %1 could not be prepared: %2</source>
        <translation>Die Relay-Speicherdatei %1 konnte nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The webhook could not be stored: %1</source>
        <translation>Der Webhook konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The relay store could not be read: %1</source>
        <translation>Die Relay-Speicherdatei konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::TelegramBridge</name>
    <message>
        <location filename="../bridges/TelegramBridge.cpp" line="+79"/>
        <location line="+58"/>
        <source>Telegram did not answer: %1</source>
        <translation>Telegram hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Telegram&apos;s answer could not be read</source>
        <translation>Die Antwort von Telegram war nicht lesbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telegram refused the message: %1</source>
        <translation>Telegram hat die Nachricht abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Telegram refused to hand out updates: %1</source>
        <translation>Telegram hat die neuen Nachrichten nicht herausgegeben: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A Telegram update could not be stored: %1</source>
        <translation>Eine Telegram-Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::TelegramOwnerBot</name>
    <message>
        <location filename="../bridges/TelegramOwnerBot.cpp" line="+103"/>
        <source>A Telegram update could not be stored: %1</source>
        <translation>Eine Telegram-Nachricht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Telegram did not answer: %1</source>
        <translation>Telegram hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telegram refused %1: %2</source>
        <translation>Telegram hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The owner&apos;s Telegram bot is not set up.</source>
        <translation>Der Telegram-Bot des Inhabers ist nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner&apos;s Telegram bot is still busy with the last round.</source>
        <translation>Der Telegram-Bot des Inhabers ist noch mit der letzten Runde beschäftigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Telegram asked to wait until %1.</source>
        <translation>Telegram bittet, bis %1 zu warten.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Telegram&apos;s updates could not be read.</source>
        <translation>Die neuen Nachrichten von Telegram konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>We are already paired: I will send you reminders to approve here.</source>
        <translation>Wir sind bereits gekoppelt: Ich sende Ihnen hier Erinnerungen zur Freigabe.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That button is out of date.</source>
        <translation>Diese Schaltfläche ist nicht mehr aktuell.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved — it will go out shortly.</source>
        <translation>Freigegeben – sie wird in Kürze gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send me the new wording</source>
        <translation>Senden Sie mir den neuen Wortlaut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already handled</source>
        <translation>Bereits erledigt</translation>
    </message>
</context>
<context>
    <name>duedesk::TemplateEditor</name>
    <message>
        <location filename="../ui/TemplateEditor.cpp" line="+43"/>
        <source>Heads-up before the due date</source>
        <translation>Vorabhinweis vor dem Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final notice</source>
        <translation>Letzte Mahnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanks for a promise to pay</source>
        <translation>Dank für die Zahlungszusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of the bill</source>
        <translation>Kopie der Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation of “no more messages”</source>
        <translation>Bestätigung von „keine weiteren Nachrichten“</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the client&apos;s first name</source>
        <translation>der Vorname des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bill&apos;s number</source>
        <translation>die Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount still owed</source>
        <translation>der noch offene Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due date</source>
        <translation>das Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payment link (a line with it is left out without one)</source>
        <translation>der Zahlungslink (eine Zeile damit entfällt, wenn es keinen gibt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date the client promised</source>
        <translation>das vom Kunden zugesagte Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your business name</source>
        <translation>Ihr Firmenname</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Characters: %1 · Text messages: %2</source>
        <translation>Zeichen: %1 · SMS: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters: %1 · Text messages: %2 (special characters make each message shorter)</source>
        <translation>Zeichen: %1 · SMS: %2 (Sonderzeichen verkürzen jede einzelne SMS)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the text first: %1</source>
        <translation>Korrigieren Sie zuerst den Text: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. New reminders use your wording.</source>
        <translation>Gespeichert. Neue Erinnerungen verwenden Ihren Wortlaut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DueDesk&apos;s wording is back.</source>
        <translation>Der Wortlaut von DueDesk ist wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>duedesk::TranscriptionClient</name>
    <message>
        <location filename="../bridges/TranscriptionClient.cpp" line="+88"/>
        <source>voice notes are not set up: no transcription server is configured</source>
        <translation>Sprachnachrichten sind nicht eingerichtet: kein Transkriptionsserver konfiguriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the transcription server address must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>die Adresse des Transkriptionsservers muss eine http://- oder https://-URL sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the voice note is empty</source>
        <translation>die Sprachnachricht ist leer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the transcription server did not answer within %1 ms</source>
        <translation>der Transkriptionsserver hat nicht innerhalb von %1 ms geantwortet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the transcription server&apos;s answer is larger than %1 bytes</source>
        <translation>die Antwort des Transkriptionsservers ist größer als %1 Bytes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the transcription server answered HTTP %1: %2</source>
        <translation>der Transkriptionsserver hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach the transcription server: %1</source>
        <translation>der Transkriptionsserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the transcription server&apos;s answer is not a transcription: %1</source>
        <translation>die Antwort des Transkriptionsservers ist keine Transkription: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the transcription is empty: no speech was recognised in the voice note</source>
        <translation>die Transkription ist leer: in der Sprachnachricht wurde keine Sprache erkannt</translation>
    </message>
</context>
<context>
    <name>duedesk::TrayIcon</name>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="+58"/>
        <source>Open DueDesk</source>
        <translation>DueDesk öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>duedesk::WeeklySnapshotSender</name>
    <message>
        <location filename="../bridges/WeeklySnapshotSender.cpp" line="+71"/>
        <source>No chat is paired yet: pair Telegram or WhatsApp in Settings, then try again.</source>
        <translation>Noch ist kein Chat gekoppelt: Koppeln Sie Telegram oder WhatsApp in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The owner&apos;s chat cannot take messages right now.</source>
        <translation>Der Chat des Inhabers kann gerade keine Nachrichten annehmen.</translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppBridge</name>
    <message>
        <location filename="../bridges/WhatsAppBridge.cpp" line="+180"/>
        <source>WhatsApp accepted the message without returning its id.</source>
        <translation>WhatsApp hat die Nachricht angenommen, aber keine Kennung zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppOwnerChannel</name>
    <message>
        <location filename="../bridges/WhatsAppOwnerChannel.cpp" line="+95"/>
        <source>WhatsApp lets DueDesk write to you only within 24 hours of your last message to the business number; send it any message and this will follow.</source>
        <translation>WhatsApp lässt DueDesk Ihnen nur innerhalb von 24 Stunden nach Ihrer letzten Nachricht an die Unternehmensnummer schreiben; senden Sie eine beliebige Nachricht an diese Nummer, dann folgt dies.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The owner&apos;s WhatsApp assistant is not set up.</source>
        <translation>Der WhatsApp-Assistent des Inhabers ist nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner&apos;s WhatsApp assistant is still busy with the last round.</source>
        <translation>Der WhatsApp-Assistent des Inhabers ist noch mit der letzten Runde beschäftigt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+298"/>
        <source>A WhatsApp message for the owner could not be handled: %1</source>
        <translation>Eine WhatsApp-Nachricht an den Inhaber konnte nicht verarbeitet werden: %1</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>the reminder to %1 (%2)</source>
        <translation>die Erinnerung an %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved: %1 will go out shortly.</source>
        <translation>Freigegeben. In Kürze wird %1 gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Send the reminder above to %1 (%2)?</source>
        <translation>Die Erinnerung oben an %1 (%2) senden?</translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppWebhookServer</name>
    <message>
        <location filename="../bridges/WhatsAppWebhookServer.cpp" line="+34"/>
        <source>The WhatsApp app secret is not set, so notifications could not be verified.</source>
        <translation>Das App-Geheimnis für WhatsApp ist nicht gesetzt, daher können Benachrichtigungen nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WhatsApp webhook could not listen on %1:%2.</source>
        <translation>Der WhatsApp-Webhook konnte nicht auf %1:%2 lauschen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The WhatsApp notification&apos;s signature does not match; it was ignored.</source>
        <translation>Die Signatur der WhatsApp-Benachrichtigung stimmt nicht; sie wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+82"/>
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
    <message>
        <location line="+4"/>
        <source>Print the milliseconds to the first frame of the dashboard and quit.</source>
        <translation>Millisekunden bis zum ersten Bild der Übersicht ausgeben und beenden.</translation>
    </message>
</context>
</TS>
