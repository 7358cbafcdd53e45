<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/qml/ActivityPage.qml" line="+58"/>
        <location line="+166"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Everything DueDesk and you have done, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verify trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that no entry was changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that no entry was changed or removed since it was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the entry that does not check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search by client, bill or what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show activity of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments and promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings and other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show activity from this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1, %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nothing matches. Try a shorter search, another kind or a longer period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has happened yet. Reminders, payments and replies show up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assistant</name>
    <message>
        <location filename="../core/Assistant.cpp" line="+138"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you mean %1 or %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sorry, I can&apos;t do that yet. I can chase a client (&quot;chase Henderson&quot;), record a payment (&quot;Rachel paid £200&quot;), pause or stop reminders (&quot;leave Dave alone till Friday&quot;), add a client or a bill (&quot;add Tom Baker 07700 900123&quot;, &quot;bill Tom £90 due Friday&quot;), tell you who owes what (&quot;who owes me?&quot;), and send or skip the reminders I draft (&quot;yes&quot; / &quot;no&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nobody owes you anything right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>You&apos;re owed %1 across %n bill(s)</source>
        <translation>
            <numerusform>You&apos;re owed %1 across %n bill</numerusform>
            <numerusform>You&apos;re owed %1 across %n bills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of it is overdue (%n bill(s)).</source>
        <translation>
            <numerusform>%1 of it is overdue (%n bill).</numerusform>
            <numerusform>%1 of it is overdue (%n bills).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of it is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owed the most: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid in this week: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reminder(s) wait for your approval.</source>
        <translation>
            <numerusform>%n reminder waits for your approval.</numerusform>
            <numerusform>%n reminders wait for your approval.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 owes you nothing right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 owes you %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no open bill %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has nothing outstanding to chase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no open bill to mark as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I need a positive amount to record a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no open bill, so there are no reminders to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a day ahead, so I can&apos;t pause until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How much should I bill %1? Say, for example, &quot;bill %1 £120 due Friday&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>chase %1 for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mark %1&apos;s %2 (%3) as paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record %1 paid by %2 on %3 (%4 more than it owes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record %1 paid by %2 on %3, leaving %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pause reminders to %1 until %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop reminders to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add %1 as a new client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add %1 as a new client (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bill %1 %2 as %3, due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bill %1 %2 as %3, with no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What would you like me to do about %1? I can chase them, record a payment, pause their reminders or tell you what they owe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Which client do you mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not in your book yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I can&apos;t find a client called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(you already have a client called %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>; then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>? yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I couldn&apos;t chase %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafted a reminder to %1 for %2 (%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recorded %1 from %2 on %3; %4 still to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded %1 from %2 on %3; it&apos;s paid in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paused reminders to %1 until %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped reminders to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source> I couldn&apos;t read &quot;%1&quot; as a phone number (%2), so I left it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added %1 as a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I couldn&apos;t bill %1: the client was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added bill %1 for %2: %3, due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added bill %1 for %2: %3, with no due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <source>Send it? yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Send them? yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There&apos;s nothing waiting for a yes right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest reminder waiting is to %1 for %2 (%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent: the reminder to %1 for %2 is queued to go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK, there&apos;s nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK, I won&apos;t send the reminder to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>OK, never mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sorry, I didn&apos;t catch which one. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Still waiting on this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK, I won&apos;t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(I&apos;ve left the last request undone.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/AuditLog.cpp" line="+60"/>
        <source>Cannot record %1 in the audit log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry has no kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+11"/>
        <location line="+35"/>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>row %1: its content was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 is the first row: the rows before it were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 does not follow row %2: a row was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 does not start the chain: the log was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 does not match row %2 before it: one of them was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillImporter</name>
    <message>
        <location filename="../core/ImportColumns.cpp" line="+160"/>
        <source>line %1 is not a header: the first line must name the columns, e.g. client, bill_number, due_on, amount, currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing required column(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ImportRows.cpp" line="+229"/>
        <location line="+56"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &quot;%2&quot; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 &quot;%2&quot; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is not a date (expected YYYY-MM-DD or %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-179"/>
        <source>the row has %1 fields but the header has %2 (put values that contain &apos;%3&apos; in double quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 &quot;%2&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &quot;%2&quot; is not a Telegram chat id (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &quot;%2&quot; is not a channel (use whatsapp, telegram, sms or email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a channel (use whatsapp, telegram, sms, email or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 &quot;%2&quot; is not a known currency code (e.g. GBP, EUR, USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 %2 is more than %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ImportPlan.cpp" line="+52"/>
        <source>bill number %1 is already on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invoice %1 has a different %2 on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2 is &quot;%3&quot; here but &quot;%4&quot; on line %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>bill number %1 is already in the book for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/BillImporter.cpp" line="+39"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ImportWriter.cpp" line="+118"/>
        <source>Cannot update client %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Cannot start the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cannot record the payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot add bill %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/BillImporter.cpp" line="-18"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillPanel</name>
    <message>
        <location filename="../ui/qml/BillPanel.qml" line="+60"/>
        <source>Bill %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a payment for this bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How much was paid today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amount received in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The full balance: the bill will be marked paid and its reminders stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part payment: reminders continue for what is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Record payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When did the client promise to pay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year-month-day, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders pause until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write off %1? The bill is closed and no more reminders go out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Promise to pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the day the client promised to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chase now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a reminder for this bill now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the bill as disputed and pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolve dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute is settled: resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sending reminders for this bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start sending reminders for this bill again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy pay link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the payment link to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write off what is still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has happened on this bill yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="+191"/>
        <source>Cannot add bill %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot change the bill&apos;s status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillsPage</name>
    <message>
        <location filename="../ui/qml/BillsPage.qml" line="+37"/>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search by bill number or client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show bills of this age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–30 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show bills with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sort bills by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Client and bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, bill %2, %3 owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>No bills match. Try a shorter search or another filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bills yet. Bills you add or import show up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <location filename="../core/Book.cpp" line="+126"/>
        <source>No book file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a DueDesk book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no book at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create a book in %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a DueDesk book (it is not a database file). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to another program, not DueDesk. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open %1 for writing: the file or its folder is read-only. Copy the book to a folder you can write to, or change the permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 is not a DueDesk book: %2. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a database of another program, not a DueDesk book. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer DueDesk (book format %2; this DueDesk reads up to %3). Update DueDesk to open it. The book was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>DueDesk is damaged: migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Cannot update the book %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot update the book %1 to format %2: %3. The book was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot save the setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookBackup</name>
    <message>
        <location filename="../core/BookBackup.cpp" line="+32"/>
        <source>Choose a folder for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot back up the book to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookError</name>
    <message>
        <location filename="../ui/qml/BookError.qml" line="+15"/>
        <source>DueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your book could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BucketCard</name>
    <message numerus="yes">
        <location filename="../ui/qml/BucketCard.qml" line="+16"/>
        <location line="+25"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n bill</numerusform>
            <numerusform>%n bills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallQueue</name>
    <message>
        <location filename="../core/CallQueue.cpp" line="+93"/>
        <source>Cannot read the book for the call queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+154"/>
        <source>at least %1 owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>61-90 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than 90 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all reminders sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <extracomment>Separates the reasons a bill is in the call queue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../ui/qml/CallsPage.qml" line="+21"/>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not overdue yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Worth a call today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bill(s) where a friendly phone call will help most: large balances (%1 or more), long overdue, or every reminder already sent. Best first.</source>
        <translation>
            <numerusform>%n bill where a friendly phone call will help most: large balances (%1 or more), long overdue, or every reminder already sent. Best first.</numerusform>
            <numerusform>%n bills where a friendly phone call will help most: large balances (%1 or more), long overdue, or every reminder already sent. Best first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Showing the %1 most urgent; the others come up as these are settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nobody needs a call today. DueDesk lists a bill here when it is large, long overdue or every reminder has gone out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bills worth a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, bill %2, %3 owed, %4. Phone %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Bill %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owes %1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payment yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the client, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the client, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashPage</name>
    <message>
        <location filename="../ui/qml/CashPage.qml" line="+31"/>
        <source>M</source>
        <comment>millions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k</source>
        <comment>thousands</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This week&apos;s cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send to my phone now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pair your phone with your assistant in Settings &gt; Channels first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+58"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Money usually takes about %1 days to come in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+49"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Past the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paid this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received since Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+178"/>
        <source>Promised this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-176"/>
        <source>%n payment(s) promised by clients</source>
        <translation>
            <numerusform>%n payment promised by clients</numerusform>
            <numerusform>%n payments promised by clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outstanding, overdue and paid for each of the last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: outstanding %2, overdue %3, paid %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1
Outstanding: %2
Overdue: %3
Paid: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client has promised to pay this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who owes the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody owes you anything. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 overdue · %n bill(s)</source>
        <translation>
            <numerusform>%1 overdue · %n bill</numerusform>
            <numerusform>%1 overdue · %n bills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing overdue · %n bill(s)</source>
        <translation>
            <numerusform>Nothing overdue · %n bill</numerusform>
            <numerusform>Nothing overdue · %n bills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashSnapshotBuilder</name>
    <message>
        <location filename="../core/CashSnapshot.cpp" line="+379"/>
        <location line="+23"/>
        <source>Cannot read the book for the cash snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../core/Domain.cpp" line="+63"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChaseEngine</name>
    <message>
        <location filename="../core/ChaseEngine.cpp" line="+121"/>
        <source>Cannot approve the reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <location line="+27"/>
        <source>there is no draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>it was already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot skip the reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>it is no longer waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot change the reminder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot chase bill %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no such bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not open with a balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its client has no reminder policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>replaced by a manual chase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chased by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client accepts no channel for reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a reminder for this step exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot record the payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <location line="+39"/>
        <location line="+46"/>
        <location line="+33"/>
        <source>there is no bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-163"/>
        <source>the payment must be a positive amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>part-paid; the balance changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot record the promise: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bill %1 is already paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the promised day must be today or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the client promised to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot change the dispute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an open bill can be disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the bill is not disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the bill is disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot pause the reminders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client says it is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot resume the reminders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bill %1 is not open with a balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot stop the reminders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped by the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot record the opt-out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>the client opted out of this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot record the opt-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot change the client&apos;s segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no such client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot change the client&apos;s reminder policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/ChasePlanner.cpp" line="+25"/>
        <location line="+106"/>
        <source>Cannot plan reminders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The promise to pay by %1 was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>DueDesk was not running when %n earlier reminder(s) fell due; only this latest one was drafted.</source>
        <translation>
            <numerusform>DueDesk was not running when %n earlier reminder fell due; only this latest one was drafted.</numerusform>
            <numerusform>DueDesk was not running when %n earlier reminders fell due; only this latest one was drafted.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reminder fell due on %1, when DueDesk was not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot draft a reminder for bill %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/Outbox.cpp" line="+97"/>
        <source>message %1 is not in a state that allows this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>there is no message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 is %2, not waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the bill is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bill is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chase is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client does not accept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>message %1 changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>message %1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>DueDesk cannot tell whether the reminder for %1 reached %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will not be sent again by itself. If they did not get it, chase the bill again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DueDesk stopped while sending; the provider may or may not have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no message has the provider id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a delivery status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/BenchSupport.cpp" line="+23"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BenchCommand.cpp" line="+180"/>
        <location filename="../app/cli/BenchStartup.cpp" line="+85"/>
        <source>--bills and --runs take whole numbers of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown benchmark suite &quot;%1&quot; (aging, plan, nlu or startup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--bills takes a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--runs takes a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the benchmark needs the sqlite3 shell as its baseline (apt-get install sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+182"/>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliArgs.cpp" line="+15"/>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+47"/>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+17"/>
        <source>import needs a CSV file: import FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: nothing imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: nothing imported: %n bad row(s)</source>
        <translation>
            <numerusform>%1: nothing imported: %n bad row</numerusform>
            <numerusform>%1: nothing imported: %n bad rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 (%2 format): %3 new bills, %4 new clients, %5 payments; %6 bills were already in the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+26"/>
        <source>Aging on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n bill</numerusform>
            <numerusform>%n bills</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>report needs a kind: report aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown report &quot;%1&quot; (known: aging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SeedCommand.cpp" line="+21"/>
        <source>%1 takes a whole number of at least %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>seed needs --clients N and --bills M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--clients is limited to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Seeded %1 clients, %2 bills and %3 payments in %4 ms.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>--now takes an ISO date or date-time, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ChaseCommands.cpp" line="+31"/>
        <source>%1 needs a draft id (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no client is called &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clients are called &quot;%2&quot;; use the client&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n reminder(s) drafted for %1.</source>
        <translation>
            <numerusform>%n reminder drafted for %1.</numerusform>
            <numerusform>%n reminders drafted for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bill(s) have a reminder due but no channel the client accepts.</source>
        <translation>
            <numerusform>%n bill has a reminder due but no channel the client accepts.</numerusform>
            <numerusform>%n bills have a reminder due but no channel the client accepts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) held back by the weekly limit per client.</source>
        <translation>
            <numerusform>%n reminder held back by the weekly limit per client.</numerusform>
            <numerusform>%n reminders held back by the weekly limit per client.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No reminders are waiting for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>approve needs a draft id or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n reminder(s) approved.</source>
        <translation>
            <numerusform>%n reminder approved.</numerusform>
            <numerusform>%n reminders approved.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved; queued as message %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit needs --text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft %1 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs a bill number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pay needs an amount: pay BILL AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promise needs a date: promise BILL DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>the audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Drafted reminder %1 for %2; the rest of the policy follows from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment of %1 %2 recorded for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders for %1 paused until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute on %1 resolved; reminders resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is disputed; reminders are paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders for %1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optout needs a client and a channel: optout CLIENT whatsapp|telegram|sms|email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/InboxCommands.cpp" line="+26"/>
        <source>unknown channel &quot;%1&quot; (whatsapp, telegram, sms or email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 will get nothing more by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>usage: audit verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The audit trail is intact (%n row(s)).</source>
        <translation>
            <numerusform>The audit trail is intact (%n row).</numerusform>
            <numerusform>The audit trail is intact (%n rows).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AssistantCommand.cpp" line="+22"/>
        <location filename="../app/cli/UnderstandCommand.cpp" line="+123"/>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InboxCommands.cpp" line="-3"/>
        <source>inbound needs --channel whatsapp|telegram|sms|email --from ADDRESS --text TEXT [--id PROVIDER_ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nothing is waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/UnderstandCommand.cpp" line="-50"/>
        <source>warning: %1; asking the model server without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>understand needs --as client or --as owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--model and --model-timeout need --model-url, and work with --as client only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>line %1: not a JSON object with a &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: model answer not used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n line(s) could not be read</source>
        <translation>
            <numerusform>%n line could not be read</numerusform>
            <numerusform>%n lines could not be read</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BenchStartup.cpp" line="-42"/>
        <source>%1 did not report its first frame: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot find the desktop app or the bare window program: give --app and --bare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+69"/>
        <source>Sent %1, failed %2, uncertain %3; %4 replies and %5 delivery statuses received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) interrupted by a crash are now uncertain: check them in the outbox.</source>
        <translation>
            <numerusform>%n message interrupted by a crash is now uncertain: check it in the outbox.</numerusform>
            <numerusform>%n messages interrupted by a crash are now uncertain: check them in the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>assistant on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no channel is configured (set DUEDESK_TELEGRAM_TOKEN, or DUEDESK_WHATSAPP_TOKEN and DUEDESK_WHATSAPP_PHONE_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>WhatsApp webhook listening at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Running the channel bridges; stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDsoCalculator</name>
    <message>
        <location filename="../core/ClientDso.cpp" line="+39"/>
        <source>Cannot read the client&apos;s bills: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../ui/qml/ClientPanel.qml" line="+109"/>
        <source>Client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Back to the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Close the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO over the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 owed against %2 billed in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contact &amp;&amp; reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bills (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No email or phone number for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prefers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channels DueDesk may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stop messages by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Allow messages by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Turn %1 back on? Do this only when the client asked to hear from you there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Turning a channel off cancels the reminders waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment of the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder policy of the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders follow the %1 policy. A change moves the next reminder of each open bill to the new schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bills of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bill %1, %2 owed, open it on the Bills page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on the Bills page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Due %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Showing %1 of %2 bills: the Bills page has them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bills for this client yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You, by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client, by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No messages with this client yet. Reminders you approve and their replies show up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="-139"/>
        <source>Cannot add client %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot record consent for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot record consent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../ui/qml/ClientsPage.qml" line="+42"/>
        <source>Search by name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sort clients by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1, owes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 open bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No clients match. Try a shorter search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clients yet. Clients you add or import show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their contacts, the channels they agreed to, their bills and every message with them show up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/CsvReader.cpp" line="+82"/>
        <source>line %1 is not UTF-8 text; save the file as CSV UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>line %1 opens a quoted field that is never closed (a missing &apos;&quot;&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/qml/DashboardPage.qml" line="+33"/>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything clients still owe you in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bill(s) past their due date</source>
        <translation>
            <numerusform>%n bill past its due date</numerusform>
            <numerusform>%n bills past their due date</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received since Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days to get paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On average, from invoice to payment (DSO, last 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Needs you (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as dealt with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more waiting.</source>
        <translation>
            <numerusform>%n more waiting.</numerusform>
            <numerusform>%n more waiting.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How late is the money?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share of the outstanding total in each age bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Waiting for your approval (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approve all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve every reminder in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is waiting for you. DueDesk drafts a reminder when one falls due, and nothing is sent until you approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show more (%1 of %2 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %2 outstanding, %3 overdue in %n bill(s)</source>
        <translation>
            <numerusform>%1: %2 outstanding, %3 overdue in %n bill</numerusform>
            <numerusform>%1: %2 outstanding, %3 overdue in %n bills</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftCard</name>
    <message>
        <location filename="../ui/qml/DraftCard.qml" line="+34"/>
        <source>Reminder to %1 about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Text of the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve and send this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftComposer</name>
    <message>
        <location filename="../core/DraftComposer.cpp" line="+227"/>
        <source>bill %1 has no client or policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a reply to the client&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set your business name in the settings: this text says “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>this reminder is already queued (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../ui/qml/FirstRun.qml" line="+23"/>
        <location line="+102"/>
        <source>Welcome to DueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Open a DueDesk book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk books (*.duedesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DueDesk keeps track of who owes you and drafts friendly reminders for you to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk uses these for your reminders, amounts and phone numbers. You can change them later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start a new book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your own business; add or import your bills next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an existing book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A DueDesk book you already keep, on this computer or a shared drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try it with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up plumbing business with 400 bills, to look around safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>As your clients know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Currency of your bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country or region of your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book will be kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the demo book…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Main.qml" line="+47"/>
        <source>DueDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of bills</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this week&apos;s cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the bills worth a phone call</source>
        <translation type="unfinished"></translation>
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
        <location line="-108"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <location filename="../core/MessageTemplates.cpp" line="+207"/>
        <source>The message template has an unclosed &quot;{&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+40"/>
        <source>The message template has an unknown placeholder &quot;{%1}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Bill %1 has no due date to put in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bill %1 has no promised payment date to put in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message template has &quot;{no_pay_link}&quot; somewhere other than at the start of a part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>There is no message template of kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message templates for &quot;%1&quot; are damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no %1 message template for %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The message template in %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelBackendSettings</name>
    <message>
        <location filename="../bridges/ModelBackendSettings.cpp" line="+48"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+13"/>
        <source>&quot;%1&quot; is not an amount (use a point for decimals, e.g. 1234.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerAlerts</name>
    <message>
        <location filename="../app/gui/OwnerAlerts.cpp" line="+32"/>
        <source>A reply needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A reminder may not have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 replies need you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 things need you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 And %2 more in DueDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DueDesk: nothing waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DueDesk: 1 reminder waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk: %1 reminders waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerAssistantPanel</name>
    <message>
        <location filename="../ui/qml/OwnerAssistantPanel.qml" line="+20"/>
        <source>Your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paired. Only your own chat can approve reminders or give commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pair your phone so that reminders to approve reach you there. Only the paired chat is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pairing code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pair my phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Weekly cash summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send me the week&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day of the weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hour of the weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerChatTexts</name>
    <message>
        <location filename="../bridges/OwnerChatTexts.cpp" line="+19"/>
        <source>Reminder to %1 for %2 (%3 outstanding), %4:

%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a private assistant for %1. It only talks to its owner, so I can&apos;t help you here — sorry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paired. I will send you reminders to approve here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, that code has expired. Please ask DueDesk on your computer for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, that code is not right. Please send the code DueDesk shows on your computer, like “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send me the new wording for the reminder to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That reminder was already handled, so I left it as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice notes are not set up yet — please type it, or set up transcription in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, I couldn&apos;t make out that voice note — please type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I heard: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerDraftFlow</name>
    <message>
        <location filename="../bridges/OwnerDraftFlow.cpp" line="+38"/>
        <source>The reminder was already handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The reminder could not be read again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPairing</name>
    <message>
        <location filename="../core/OwnerPairing.cpp" line="+118"/>
        <source>Cannot make a pairing code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPrompts</name>
    <message>
        <location filename="../core/OwnerPrompts.cpp" line="+121"/>
        <source>Cannot record the reminder shown to you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot record the reminder shown to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Cannot show the reminder again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerTaskRepository</name>
    <message>
        <location filename="../core/OwnerTasks.cpp" line="+34"/>
        <source>Cannot hand this to you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no open task %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="+97"/>
        <source>Cannot record the payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../core/PhoneNumber.cpp" line="+28"/>
        <source>phone number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a phone number for region %2 (add the country code, e.g. +44)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a possible phone number (wrong length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a known number range for %2; check it before sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <location filename="../core/PolicyRepository.cpp" line="+148"/>
        <source>A reminder policy needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cannot save the policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot change the client&apos;s policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostOnce</name>
    <message>
        <location filename="../bridges/PostOnce.cpp" line="+57"/>
        <source>the connection closed before an answer came</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuietHours</name>
    <message>
        <location filename="../core/QuietHours.cpp" line="+37"/>
        <source>Enter the quiet hours as times, like 20:00 and 08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quiet hours start and end at the same time. Choose an end time after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot save the quiet hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <location filename="../core/ReplyClassifier.cpp" line="+293"/>
        <source>also asks to stop the reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the opt-out is honoured over the promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>says they paid, but less than billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>part paid, the rest promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>will pay once they have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>instalments, so no single promise date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more time without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>asks for more time, with a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a guess from single words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>says they have paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promises to pay on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promises to pay, no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disputes the bill or the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asks for the invoice or how to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asks for instalments or more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opts out of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>says they are not the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing about paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>; amount %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyHandler</name>
    <message>
        <location filename="../core/ReplyHandler.cpp" line="+99"/>
        <source>the message vanished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>A reply to: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A message from %1, who is not one of your clients: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them as a client, or ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 wrote: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read it and reply yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 says they have paid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 says they have paid %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your bank; then mark the bill paid, or resume the reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 promises to pay, without a date: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask them for a date, or leave the reminders running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 disputes %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders for this bill are paused until you resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested plan: three monthly payments of about %1 (%2 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asks to pay in instalments: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reply on %1 said it is the wrong person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 contact of %2 says it is the wrong person: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the client&apos;s contact details; nothing more goes to that %1 contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot act on the reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <location filename="../core/Seeder.cpp" line="+80"/>
        <source>Seeding needs at least one client and no negative number of bills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Cannot seed the book: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsBackups</name>
    <message>
        <location filename="../ui/qml/SettingsBackups.qml" line="+15"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is a complete copy of your book: clients, bills, payments and messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Back up into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up the book now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backups in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Going back to a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup is a book of its own. To go back to one, quit DueDesk, keep your current book somewhere safe, and copy the backup in its place:
%1
You can also open a backup without replacing anything: start DueDesk with --db and the backup&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsBusiness</name>
    <message>
        <location filename="../ui/qml/SettingsBusiness.qml" line="+14"/>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders are signed with your business name and show amounts in your currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Brightwater Plumbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language of the reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Language of DueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The language of DueDesk&apos;s own screens, for you on this computer. It changes at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsChannels</name>
    <message>
        <location filename="../ui/qml/SettingsChannels.qml" line="+18"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the ways DueDesk sends reminders. Passwords and tokens are kept in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 status: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store the %1 in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the %1 connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="+24"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsReminders</name>
    <message>
        <location filename="../ui/qml/SettingsReminders.qml" line="+13"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A policy is the series of reminders a client gets for a late bill. Clients follow Standard unless you choose another for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policy to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as a new policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this policy as a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most reminders a client gets in a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent without asking me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I approve every message first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send reminders without approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move step %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move step %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When step %1 goes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days from the due date (negative: before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tone of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Channel of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a step to the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the changes to the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reminder goes out in these hours; messages wait until the quiet hours end. They apply to every policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reminders on Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTemplates</name>
    <message>
        <location filename="../ui/qml/SettingsTemplates.qml" line="+14"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change how a message reads. Words in braces, like {amount}, are filled in for each client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DueDesk&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One paragraph a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the message, one paragraph a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One paragraph a line. You can use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use DueDesk&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to DueDesk&apos;s wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview for a sample client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotMessage</name>
    <message>
        <location filename="../core/SnapshotMessage.cpp" line="+25"/>
        <source>so far this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cash snapshot is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 came in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing came in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, and nobody owes you anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2 is still owed, none of it overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2 is still owed, %3 of it overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash snapshot, week of %1 (figures as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO: %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-30 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31-60 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61-90 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No payments are promised for the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised for the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2, %3 (bill %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>...and %n more</source>
        <translation>
            <numerusform>...and %n more</numerusform>
            <numerusform>...and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owed the most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateOverrides</name>
    <message>
        <location filename="../core/TemplateOverrides.cpp" line="+105"/>
        <source>There is no message template of kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language the message is written in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is empty. Write a text, or reset it to DueDesk&apos;s wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot reset the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToneGrader</name>
    <message numerus="yes">
        <location filename="../core/ToneGrader.cpp" line="+55"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>final notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n promise(s) broken</source>
        <translation>
            <numerusform>%n promise broken</numerusform>
            <numerusform>%n promises broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reminders ignored</source>
        <translation>
            <numerusform>%n reminder ignored</numerusform>
            <numerusform>%n reminders ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n other bills overdue</source>
        <translation>
            <numerusform>%n other bill overdue</numerusform>
            <numerusform>%n other bills overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>client for %n years, %1% paid on time</source>
        <translation>
            <numerusform>client for %n year, %1% paid on time</numerusform>
            <numerusform>client for %n years, %1% paid on time</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <comment>tone: reasons</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <comment>between two reasons for a tone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>friendly</source>
        <comment>tone of a reminder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neutral</source>
        <comment>tone of a reminder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firm</source>
        <comment>tone of a reminder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>final</source>
        <comment>tone of a reminder</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklySnapshotSchedule</name>
    <message>
        <location filename="../core/WeeklySnapshotSchedule.cpp" line="+32"/>
        <source>Cannot record the weekly snapshot&apos;s state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The weekly snapshot needs a day from 1 (Monday) to 7 (Sunday) and an hour from 0 to 23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The weekly summary is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next summary: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsAppMessages</name>
    <message>
        <location filename="../bridges/WhatsAppMessages.cpp" line="+83"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsAppOwnerInbox</name>
    <message>
        <location filename="../bridges/WhatsAppOwnerInbox.cpp" line="+75"/>
        <source>A WhatsApp message for the owner has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A WhatsApp message for the owner could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatsAppWebhookParser</name>
    <message>
        <location filename="../bridges/WhatsAppWebhookParser.cpp" line="+140"/>
        <source>The WhatsApp notification is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notification is not from a WhatsApp Business account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A WhatsApp notification entry has no list of changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A WhatsApp message in the notification is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A WhatsApp delivery status in the notification is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::ActivityModel</name>
    <message>
        <location filename="../ui/ActivityModel.cpp" line="+135"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminder drafted for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder approved automatically for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder approved for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder skipped for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder edited for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra reminder drafted for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder handed to the message service for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder sent for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 could not be sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 may not have been sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 may not have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder delivered for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder read for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder for %1 could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment of %1 recorded for %2: paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment of %1 recorded for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise to pay %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise to pay %1 by %2 was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 written off (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply received for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply for %1 handed to you: they say it is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they dispute the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they ask for a payment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: a promise without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they say it is the wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply for %1 handed to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asked for no more messages by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 marked as disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute on %1 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders paused for %1 while you check a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders resumed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Checking every entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The one entry checks out: nothing was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 entries check out: nothing was changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entry %1 does not check out (%2). The trail may have been changed outside DueDesk from there on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was recorded on %1 at %2: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::BackupModel</name>
    <message>
        <location filename="../ui/BackupModel.cpp" line="+94"/>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::BillDetails</name>
    <message>
        <location filename="../ui/BillDetails.cpp" line="+73"/>
        <source>Waiting for the payment promised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>A %1 reminder by %2 is waiting for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You skipped a %1 reminder by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 is approved and waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder was sent by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder was delivered by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 may not have arrived: please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply by %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payment of %1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The client promised to pay by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The promised payment did not arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as disputed: reminders paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute resolved: reminders resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client says it is paid: reminders paused for you to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chased this bill by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Enter the amount you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than the %1 still owed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the promised day as year-month-day, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only a bill with something still owed can be written off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the bill off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::BillListModel</name>
    <message>
        <location filename="../ui/BillListModel.cpp" line="+68"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a promised payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused while disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused: client says it is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::BookChooser</name>
    <message>
        <location filename="../ui/BookChooser.cpp" line="+120"/>
        <source>Please enter the name of your business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DueDesk does not know the currency %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose the country or region your business is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a book at %1. Open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::BridgeHost</name>
    <message>
        <location filename="../bridges/BridgeHost.cpp" line="+62"/>
        <source>Your assistant needs a Telegram bot of its own: this token is your business bot&apos;s, which your clients write to. Create a second bot with @BotFather.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::BusinessProfile</name>
    <message>
        <location filename="../ui/BusinessProfile.cpp" line="+121"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your business name: it signs every reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a currency DueDesk knows. Use a three-letter code such as GBP or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the country your business is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language your reminders are written in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::CallQueueModel</name>
    <message>
        <location filename="../ui/CallQueueModel.cpp" line="+100"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::CashModel</name>
    <message>
        <location filename="../ui/CashModel.cpp" line="+58"/>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::ChannelSettings</name>
    <message>
        <location filename="../ui/ChannelSettings.cpp" line="+21"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders from your own mailbox and reads the answers. Your email provider lists these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming server (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders from your business&apos;s Telegram bot. @BotFather gives you its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Bot token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+23"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders through the WhatsApp Business platform, with an access token from Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends text messages through your SMS provider&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send from number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WhatsApp replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta sends replies and delivery reports to a webhook, signed with your app&apos;s secret. Enter the secret and the verify token you chose in Meta&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay for WhatsApp replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this computer cannot be reached from the internet, run duedesk-relay on a server: it receives Meta&apos;s webhook and passes it on here. Enter its address and the key you gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your assistant on Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second Telegram bot that talks only to you: it brings you reminders to approve with one tap, takes requests like “Rachel paid” and sends your weekly cash summary. Create it with @BotFather, separate from the bot your clients use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last test failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set up: fill in the fields marked as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up: the %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working (tested %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up, not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your assistant cannot reach Telegram: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paired with your phone: reminders to approve and your weekly summary go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running, not paired yet: press “Pair my phone” below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sending now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting until %1 before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting until %1 before sending again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1 after repeated failures: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Running: %n message(s) sent since DueDesk started.</source>
        <translation>
            <numerusform>Running: %n message sent since DueDesk started.</numerusform>
            <numerusform>Running: %n messages sent since DueDesk started.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: nothing waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::ChatCompletionsClient</name>
    <message>
        <location filename="../bridges/ChatCompletionsClient.cpp" line="+53"/>
        <source>the model server address must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no model name is set for the model server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the model server did not answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model server&apos;s answer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the model server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the model server&apos;s answer is not a chat completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model&apos;s answer is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::ClientDetails</name>
    <message>
        <location filename="../ui/ClientDetails.cpp" line="+48"/>
        <source>Approved, waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May not have arrived: please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Says it is paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputes the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks for a copy of the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks to pay in instalments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks for no more messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Says it is the wrong person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not understood: handed to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Client since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Turned off by you on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turned on by you on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed unless the client opts out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No address for this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Segment default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>Choose a client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>There is no channel called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no segment called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::ClientListModel</name>
    <message>
        <location filename="../ui/ClientListModel.cpp" line="+71"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::DashboardModel</name>
    <message>
        <location filename="../ui/DashboardModel.cpp" line="+31"/>
        <source>Not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–30 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>31–60 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>61–90 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duedesk::EnvironmentSecretStore</name>
    <message>
        <location filename="../bridges/SecretStore.cpp" line="+71"/>
        <source>Secrets cannot be stored in a headless run: set %1 in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::KeychainSecretStore</name>
    <message>
        <location line="-31"/>
        <source>Cannot read from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot store the secret in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::ModelReplyClassifier</name>
    <message>
        <location filename="../bridges/ModelReplyClassifier.cpp" line="+110"/>
        <source>the model answered an unknown intent &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the model&apos;s confidence is not a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model&apos;s promise date &quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s promise date %1 is not between today and a year from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model&apos;s promise date is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model&apos;s amount %1 is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s amount is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>model not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the model (%1) was no surer than the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>model %1: %2 (the rules said: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::NetworkConnectionTester</name>
    <message>
        <location filename="../bridges/ConnectionTest.cpp" line="+67"/>
        <source>DueDesk does not know the channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the outgoing mail server (SMTP) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The mail server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server refused the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:%2 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the WhatsApp phone number ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the SMS account ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Telegram did not accept the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service did not accept the token (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the service: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::OwnerAssistant</name>
    <message>
        <location filename="../ui/OwnerAssistant.cpp" line="+34"/>
        <source>Sent to your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The summary could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Someone other than you wrote to your assistant %n time(s), last on %1. It did not answer them.</source>
        <translation>
            <numerusform>Someone other than you wrote to your assistant %n time, last on %1. It did not answer.</numerusform>
            <numerusform>Someone other than you wrote to your assistant %n times, last on %1. It did not answer them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On your phone, send /start %1 to your assistant bot in Telegram, or start %1 to your business&apos;s WhatsApp number. The code works once, until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not make a pairing code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not unpair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This week&apos;s summary goes out in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week&apos;s summary goes out as soon as your phone is paired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not save the weekly summary&apos;s time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pair your phone with your assistant first (Settings &gt; Channels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending this week&apos;s summary to your phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary could not be sent: your assistant is not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::PolicyEditor</name>
    <message>
        <location filename="../ui/PolicyEditor.cpp" line="+24"/>
        <source>Heads-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Client&apos;s preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Days from the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On becoming %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the policy a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy needs at least one step. Add a step, or keep the policy as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow at least one reminder a week; %1 would stop every reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 7 reminders a week: more would feel like pressure to a client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 has no message chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is %2 days from the due date; choose between 60 days before and 365 days after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 is the final notice, so it must be the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is a heads-up, which goes before the due date; choose a reminder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 comes on day %2, not after step %3 (day %4). Put the steps in order of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Saved. Reminders already planned now follow these steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quiet hours saved: no reminders go out from %1 to %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, nor on Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When the bill becomes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day before the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days before the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day after the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days after the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client&apos;s preferred channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3, by %4</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address for Meta&apos;s webhook (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port for Meta&apos;s webhook (default 8480).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path of the webhook (default /whatsapp/webhook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address for the desktop&apos;s WebSocket (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port for the desktop&apos;s WebSocket (default 8481).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay&apos;s own SQLite file of received notifications (default: in the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print {&quot;events&quot;:N,&quot;unacknowledged&quot;:M} for the store and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an address is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a port is not a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>set DUEDESK_WHATSAPP_APP_SECRET and DUEDESK_RELAY_KEY in the environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::RelayClient</name>
    <message>
        <location filename="../bridges/RelayClient.cpp" line="+108"/>
        <source>The relay refused DueDesk&apos;s relay key; check DUEDESK_RELAY_KEY on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>DueDesk&apos;s WhatsApp webhook refused a relayed notification&apos;s signature; check that the app secret is the same on the desktop and on the relay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::RelayServer</name>
    <message>
        <location filename="../app/relay/RelayServer.cpp" line="+60"/>
        <source>DUEDESK_WHATSAPP_APP_SECRET and DUEDESK_RELAY_KEY must both be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhook could not listen on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desktop connection could not listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::RelayStore</name>
    <message>
        <location filename="../app/relay/RelayStore.cpp" line="+50"/>
        <source>The relay store %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay store %1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The webhook could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The relay store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::TelegramBridge</name>
    <message>
        <location filename="../bridges/TelegramBridge.cpp" line="+79"/>
        <location line="+58"/>
        <source>Telegram did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Telegram&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telegram refused the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Telegram refused to hand out updates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A Telegram update could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::TelegramOwnerBot</name>
    <message>
        <location filename="../bridges/TelegramOwnerBot.cpp" line="+103"/>
        <source>A Telegram update could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Telegram did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telegram refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The owner&apos;s Telegram bot is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner&apos;s Telegram bot is still busy with the last round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Telegram asked to wait until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Telegram&apos;s updates could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>We are already paired: I will send you reminders to approve here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That button is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved — it will go out shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send me the new wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already handled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::TemplateEditor</name>
    <message>
        <location filename="../ui/TemplateEditor.cpp" line="+43"/>
        <source>Heads-up before the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanks for a promise to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation of “no more messages”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the client&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bill&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount still owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payment link (a line with it is left out without one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date the client promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Characters: %1 · Text messages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters: %1 · Text messages: %2 (special characters make each message shorter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the text first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. New reminders use your wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DueDesk&apos;s wording is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::TranscriptionClient</name>
    <message>
        <location filename="../bridges/TranscriptionClient.cpp" line="+88"/>
        <source>voice notes are not set up: no transcription server is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the transcription server address must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the voice note is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the transcription server did not answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the transcription server&apos;s answer is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the transcription server answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach the transcription server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the transcription server&apos;s answer is not a transcription: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the transcription is empty: no speech was recognised in the voice note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::TrayIcon</name>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="+58"/>
        <source>Open DueDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::WeeklySnapshotSender</name>
    <message>
        <location filename="../bridges/WeeklySnapshotSender.cpp" line="+71"/>
        <source>No chat is paired yet: pair Telegram or WhatsApp in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The owner&apos;s chat cannot take messages right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppBridge</name>
    <message>
        <location filename="../bridges/WhatsAppBridge.cpp" line="+180"/>
        <source>WhatsApp accepted the message without returning its id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppOwnerChannel</name>
    <message>
        <location filename="../bridges/WhatsAppOwnerChannel.cpp" line="+95"/>
        <source>WhatsApp lets DueDesk write to you only within 24 hours of your last message to the business number; send it any message and this will follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The owner&apos;s WhatsApp assistant is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner&apos;s WhatsApp assistant is still busy with the last round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+298"/>
        <source>A WhatsApp message for the owner could not be handled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-198"/>
        <source>the reminder to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved: %1 will go out shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Send the reminder above to %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppWebhookServer</name>
    <message>
        <location filename="../bridges/WhatsAppWebhookServer.cpp" line="+34"/>
        <source>The WhatsApp app secret is not set, so notifications could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WhatsApp webhook could not listen on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The WhatsApp notification&apos;s signature does not match; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+82"/>
        <source>DueDesk gets your bills paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the book at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the demo book (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &lt;language&gt; (en, es, fr, de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the first frame to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the milliseconds to the first frame of the dashboard and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
