<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../ui/qml/ActivityPage.qml" line="+58"/>
        <location line="+166"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Everything DueDesk and you have done, newest first</source>
        <translation>Todo lo que DueDesk y usted han hecho, lo más reciente primero</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verify trail</source>
        <translation>Verificar registro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that no entry was changed or removed</source>
        <translation>Comprobar que ninguna entrada se ha modificado ni eliminado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that no entry was changed or removed since it was recorded</source>
        <translation>Comprobar que ninguna entrada se ha modificado ni eliminado desde que se registró</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show entry</source>
        <translation>Ver entrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the entry that does not check out</source>
        <translation>Mostrar la entrada que no cuadra</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search by client, bill or what happened</source>
        <translation>Buscar por cliente, factura o lo sucedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the activity</source>
        <translation>Buscar en la actividad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show activity of this kind</source>
        <translation>Mostrar actividad de este tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments and promises</source>
        <translation>Pagos y promesas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bill changes</source>
        <translation>Cambios en facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings and other</source>
        <translation>Ajustes y otros</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show activity from this period</source>
        <translation>Mostrar actividad de este período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entries</source>
        <translation>%1 entradas</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1, %2, by %3</source>
        <translation>%1, %2, por %3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nothing matches. Try a shorter search, another kind or a longer period.</source>
        <translation>Nada coincide. Pruebe una búsqueda más corta, otro tipo o un período más largo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has happened yet. Reminders, payments and replies show up here.</source>
        <translation>Todavía no ha pasado nada. Aquí aparecerán los recordatorios, los pagos y las respuestas.</translation>
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
        <translation>¿Se refiere a %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you mean %1 or %2?</source>
        <translation>¿Se refiere a %1 o a %2?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Sorry, I can&apos;t do that yet. I can chase a client (&quot;chase Henderson&quot;), record a payment (&quot;Rachel paid £200&quot;), pause or stop reminders (&quot;leave Dave alone till Friday&quot;), add a client or a bill (&quot;add Tom Baker 07700 900123&quot;, &quot;bill Tom £90 due Friday&quot;), tell you who owes what (&quot;who owes me?&quot;), and send or skip the reminders I draft (&quot;yes&quot; / &quot;no&quot;).</source>
        <translation>Lo siento, eso todavía no sé hacerlo. Por ahora entiendo peticiones en inglés: puedo reclamar un pago a un cliente («chase Henderson»), registrar un pago («Rachel paid £200»), pausar o detener recordatorios («leave Dave alone till Friday»), añadir un cliente o una factura («add Tom Baker 07700 900123», «bill Tom £90 due Friday»), decirle quién le debe qué («who owes me?») y enviar u omitir los recordatorios que redacto («yes» / «no»).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Nobody owes you anything right now.</source>
        <translation>Ahora mismo nadie le debe nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>You&apos;re owed %1 across %n bill(s)</source>
        <translation>
            <numerusform>Le deben %1 en %n factura</numerusform>
            <numerusform>Le deben %1 en %n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of it is overdue (%n bill(s)).</source>
        <translation>
            <numerusform>de eso, %1 ya ha vencido (%n factura).</numerusform>
            <numerusform>de eso, %1 ya ha vencido (%n facturas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none of it is overdue.</source>
        <translation>no hay nada vencido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 overdue)</source>
        <translation> (vencido: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owed the most: %1.</source>
        <translation>Quienes más le deben: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid in this week: %1.</source>
        <translation>Cobrado esta semana: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n reminder(s) wait for your approval.</source>
        <translation>
            <numerusform>%n recordatorio espera su aprobación.</numerusform>
            <numerusform>%n recordatorios esperan su aprobación.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 owes you nothing right now.</source>
        <translation>Ahora mismo %1 no le debe nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no due date</source>
        <translation>sin fecha de vencimiento</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, disputed</source>
        <translation>, en disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 owes you %2: %3.</source>
        <translation>%1 le debe %2: %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has no open bill %2.</source>
        <translation>%1 no tiene ninguna factura %2 abierta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has nothing outstanding to chase.</source>
        <translation>%1 no tiene nada pendiente que reclamar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no open bill to mark as paid.</source>
        <translation>%1 no tiene ninguna factura abierta que marcar como pagada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>I need a positive amount to record a payment.</source>
        <translation>Para registrar un pago necesito un importe positivo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no open bill, so there are no reminders to stop.</source>
        <translation>%1 no tiene ninguna factura abierta, así que no hay recordatorios que detener.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a day ahead, so I can&apos;t pause until then.</source>
        <translation>%1 no es una fecha futura, así que no puedo pausar hasta entonces.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How much should I bill %1? Say, for example, &quot;bill %1 £120 due Friday&quot;.</source>
        <translation>¿Cuánto debo facturar a %1? Dígalo en inglés, por ejemplo: «bill %1 £120 due Friday».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>chase %1 for %2 (%3)</source>
        <translation>reclamar a %1 la factura %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mark %1&apos;s %2 (%3) as paid in full</source>
        <translation>marcar la factura %2 de %1 (%3) como pagada por completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record %1 paid by %2 on %3 (%4 more than it owes)</source>
        <translation>registrar un pago de %1 de %2 para la factura %3 (%4 más de lo que se debe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record %1 paid by %2 on %3, leaving %4</source>
        <translation>registrar un pago de %1 de %2 para la factura %3, con lo que quedan %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pause reminders to %1 until %2 (%3)</source>
        <translation>pausar los recordatorios a %1 hasta el %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop reminders to %1 (%2)</source>
        <translation>detener los recordatorios a %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>add %1 as a new client</source>
        <translation>añadir a %1 como cliente nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add %1 as a new client (%2)</source>
        <translation>añadir a %1 como cliente nuevo (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bill %1 %2 as %3, due %4</source>
        <translation>facturar %2 a %1 como %3, con vencimiento el %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bill %1 %2 as %3, with no due date</source>
        <translation>facturar %2 a %1 como %3, sin fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>What would you like me to do about %1? I can chase them, record a payment, pause their reminders or tell you what they owe.</source>
        <translation>¿Qué quiere que haga con %1? Puedo reclamarle el pago, registrar un pago, pausar sus recordatorios o decirle cuánto le debe.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Which client do you mean?</source>
        <translation>¿A qué cliente se refiere?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(not in your book yet)</source>
        <translation>(aún no está en su libro)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I can&apos;t find a client called %1.</source>
        <translation>No encuentro ningún cliente llamado %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(you already have a client called %1)</source>
        <translation>(ya tiene un cliente llamado %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>; then </source>
        <translation>; después, </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>? yes/no</source>
        <translation>. ¿De acuerdo? yes/no</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>I couldn&apos;t chase %1: %2</source>
        <translation>No he podido reclamar el pago a %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafted a reminder to %1 for %2 (%3):</source>
        <translation>He redactado un recordatorio para %1 sobre la factura %2 (%3):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recorded %1 from %2 on %3; %4 still to pay.</source>
        <translation>He registrado %1 de %2 para la factura %3; quedan %4 por pagar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded %1 from %2 on %3; it&apos;s paid in full.</source>
        <translation>He registrado %1 de %2 para la factura %3; está pagada por completo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paused reminders to %1 until %2 (%3).</source>
        <translation>He pausado los recordatorios a %1 hasta el %2 (%3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped reminders to %1 (%2).</source>
        <translation>He detenido los recordatorios a %1 (%2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> I couldn&apos;t read &quot;%1&quot; as a phone number (%2), so I left it off.</source>
        <translation> No he podido interpretar «%1» como número de teléfono (%2), así que no lo he añadido.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Added %1 as a client.</source>
        <translation>He añadido a %1 como cliente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I couldn&apos;t bill %1: the client was not added.</source>
        <translation>No he podido facturar a %1: el cliente no se ha añadido.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Added bill %1 for %2: %3, due %4.</source>
        <translation>He añadido la factura %1 para %2: %3, con vencimiento el %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added bill %1 for %2: %3, with no due date.</source>
        <translation>He añadido la factura %1 para %2: %3, sin fecha de vencimiento.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <source>Send it? yes/no</source>
        <translation>¿Lo envío? yes/no</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Send them? yes/no</source>
        <translation>¿Los envío? yes/no</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There&apos;s nothing waiting for a yes right now.</source>
        <translation>Ahora mismo no hay nada pendiente de un «yes».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest reminder waiting is to %1 for %2 (%3):</source>
        <translation>El recordatorio pendiente más reciente es para %1, sobre la factura %2 (%3):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent: the reminder to %1 for %2 is queued to go out.</source>
        <translation>Enviado: el recordatorio para %1 sobre la factura %2 está en cola de envío.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>OK, there&apos;s nothing to cancel.</source>
        <translation>De acuerdo, no hay nada que cancelar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OK, I won&apos;t send the reminder to %1.</source>
        <translation>De acuerdo, no enviaré el recordatorio a %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>OK, never mind.</source>
        <translation>De acuerdo, lo dejamos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sorry, I didn&apos;t catch which one. %1</source>
        <translation>Perdone, no he entendido cuál. %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Still waiting on this: %1</source>
        <translation>Esto sigue pendiente: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OK, I won&apos;t.</source>
        <translation>De acuerdo, no lo haré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(I&apos;ve left the last request undone.)</source>
        <translation>(No he hecho lo último que me pidió.)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/AuditLog.cpp" line="+60"/>
        <source>Cannot record %1 in the audit log: %2</source>
        <translation>No se puede anotar %1 en el registro de auditoría: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry has no kind</source>
        <translation>la entrada no tiene tipo</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+11"/>
        <location line="+35"/>
        <source>Cannot read the audit log: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>row %1: its content was changed</source>
        <translation>fila %1: se ha modificado su contenido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>row %1 is the first row: the rows before it were removed</source>
        <translation>la fila %1 es la primera: se han eliminado las filas anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 does not follow row %2: a row was removed</source>
        <translation>la fila %1 no sigue a la fila %2: se ha eliminado una fila</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>row %1 does not start the chain: the log was changed</source>
        <translation>la fila %1 no inicia la cadena: se ha modificado el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row %1 does not match row %2 before it: one of them was changed</source>
        <translation>la fila %1 no concuerda con la fila anterior, la %2: se ha modificado una de las dos</translation>
    </message>
</context>
<context>
    <name>BillImporter</name>
    <message>
        <location filename="../core/ImportColumns.cpp" line="+160"/>
        <source>line %1 is not a header: the first line must name the columns, e.g. client, bill_number, due_on, amount, currency</source>
        <translation>la línea %1 no es una cabecera: la primera línea debe indicar los nombres de las columnas, p. ej., client, bill_number, due_on, amount, currency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing required column(s): %1</source>
        <translation>faltan columnas obligatorias: %1</translation>
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
        <translation>%1 «%2» es negativo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 &quot;%2&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>%1 «%2» no es una fecha (use el formato YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 &quot;%2&quot; is not a date (expected YYYY-MM-DD or %3)</source>
        <translation>%1 «%2» no es una fecha (se esperaba YYYY-MM-DD o %3)</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>the row has %1 fields but the header has %2 (put values that contain &apos;%3&apos; in double quotes)</source>
        <translation>la fila tiene %1 campos, pero la cabecera tiene %2 (ponga entre comillas dobles los valores que contengan &apos;%3&apos;)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 &quot;%2&quot; is not an email address</source>
        <translation>%1 «%2» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 &quot;%2&quot; is not a Telegram chat id (a number)</source>
        <translation>%1 «%2» no es un ID de chat de Telegram (debe ser un número)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &quot;%2&quot; is not a channel (use whatsapp, telegram, sms or email)</source>
        <translation>%1 «%2» no es un canal (use whatsapp, telegram, sms o email)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a channel (use whatsapp, telegram, sms, email or all)</source>
        <translation>%1: «%2» no es un canal (use whatsapp, telegram, sms, email o all)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 &quot;%2&quot; is not a known currency code (e.g. GBP, EUR, USD)</source>
        <translation>%1 «%2» no es un código de moneda conocido (p. ej., GBP, EUR, USD)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 %2 is more than %3 %4</source>
        <translation>%1 %2 es mayor que %3 %4</translation>
    </message>
    <message>
        <location filename="../core/ImportPlan.cpp" line="+52"/>
        <source>bill number %1 is already on line %2</source>
        <translation>el número de factura %1 ya aparece en la línea %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invoice %1 has a different %2 on line %3</source>
        <translation>la factura %1 tiene otro valor de %2 en la línea %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 of %2 is &quot;%3&quot; here but &quot;%4&quot; on line %5</source>
        <translation>%1 de %2 es «%3» aquí, pero «%4» en la línea %5</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>bill number %1 is already in the book for %2</source>
        <translation>el número de factura %1 ya figura en el libro a nombre de %2</translation>
    </message>
    <message>
        <location filename="../core/BillImporter.cpp" line="+39"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../core/ImportWriter.cpp" line="+118"/>
        <source>Cannot update client %1: %2</source>
        <translation>No se puede actualizar el cliente %1: %2</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Cannot start the import: %1</source>
        <translation>No se puede iniciar la importación: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Cannot record the payment: %1</source>
        <translation>No se puede registrar el pago: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot add bill %1: %2</source>
        <translation>No se puede añadir la factura %1: %2</translation>
    </message>
    <message>
        <location filename="../core/BillImporter.cpp" line="-18"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>BillPanel</name>
    <message>
        <location filename="../ui/qml/BillPanel.qml" line="+60"/>
        <source>Bill %1 of %2</source>
        <translation>Factura %1 de %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Bill %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close the bill</source>
        <translation>Cerrar el detalle de la factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Still owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 day overdue</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days overdue</source>
        <translation>%1 días de retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due tomorrow</source>
        <translation>Vence mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in %1 days</source>
        <translation>Vence en %1 días</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid so far</source>
        <translation>Pagado hasta ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No due date</source>
        <translation>Sin fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Record a payment</source>
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a payment for this bill</source>
        <translation>Registrar un pago para esta factura</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>How much was paid today?</source>
        <translation>¿Cuánto se ha pagado hoy?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Amount received in %1</source>
        <translation>Importe recibido en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The full balance: the bill will be marked paid and its reminders stop.</source>
        <translation>El saldo completo: la factura se marcará como pagada y sus recordatorios se detendrán.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part payment: reminders continue for what is left.</source>
        <translation>Un pago parcial: los recordatorios siguen por lo que falta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+69"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this payment</source>
        <translation>Registrar este pago</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>When did the client promise to pay?</source>
        <translation>¿Para cuándo ha prometido pagar el cliente?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Year-month-day, e.g. %1</source>
        <translation>Año-mes-día, p. ej., %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised payment date</source>
        <translation>Fecha de pago prometida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In a week</source>
        <translation>En una semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In two weeks</source>
        <translation>En dos semanas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders pause until then.</source>
        <translation>Los recordatorios se pausan hasta entonces.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save promise</source>
        <translation>Guardar promesa</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Write off %1? The bill is closed and no more reminders go out.</source>
        <translation>¿Dar por perdidos %1? La factura se cierra y no se envían más recordatorios.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write off</source>
        <translation>Dar por perdida</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Promise to pay…</source>
        <translation>Promesa de pago…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the day the client promised to pay</source>
        <translation>Registrar el día en que el cliente prometió pagar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chase now</source>
        <translation>Reclamar ya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a reminder for this bill now</source>
        <translation>Redactar ahora un recordatorio para esta factura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dispute</source>
        <translation>Disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the bill as disputed and pause reminders</source>
        <translation>Marcar la factura como en disputa y pausar los recordatorios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolve dispute</source>
        <translation>Resolver disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dispute is settled: resume reminders</source>
        <translation>La disputa está resuelta: reanudar los recordatorios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop reminders</source>
        <translation>Detener recordatorios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sending reminders for this bill</source>
        <translation>Dejar de enviar recordatorios para esta factura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start sending reminders for this bill again</source>
        <translation>Volver a enviar recordatorios para esta factura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy pay link</source>
        <translation>Copiar enlace de pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the payment link to the clipboard</source>
        <translation>Copiar el enlace de pago al portapapeles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write off…</source>
        <translation>Dar por perdida…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write off what is still owed</source>
        <translation>Dar por perdido lo que aún se debe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing has happened on this bill yet.</source>
        <translation>Todavía no ha pasado nada con esta factura.</translation>
    </message>
</context>
<context>
    <name>BillRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="+191"/>
        <source>Cannot add bill %1: %2</source>
        <translation>No se puede añadir la factura %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot change the bill&apos;s status: %1</source>
        <translation>No se puede cambiar el estado de la factura: %1</translation>
    </message>
</context>
<context>
    <name>BillsPage</name>
    <message>
        <location filename="../ui/qml/BillsPage.qml" line="+37"/>
        <source>1 day overdue</source>
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days overdue</source>
        <translation>%1 días de retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due tomorrow</source>
        <translation>Vence mañana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in %1 days</source>
        <translation>Vence en %1 días</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search by bill number or client</source>
        <translation>Buscar por número de factura o cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search bills</source>
        <translation>Buscar facturas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show bills of this age</source>
        <translation>Mostrar facturas de esta antigüedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any age</source>
        <translation>Cualquier antigüedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not due yet</source>
        <translation>Sin vencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–30 days overdue</source>
        <translation>1–30 días de retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days overdue</source>
        <translation>31–60 días de retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days overdue</source>
        <translation>61–90 días de retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days overdue</source>
        <translation>Más de 90 días de retraso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show bills with this status</source>
        <translation>Mostrar facturas con este estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <translation>Incobrable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sort bills by</source>
        <translation>Ordenar facturas por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oldest due first</source>
        <translation>Vencimiento más antiguo primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest due first</source>
        <translation>Vencimiento más reciente primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest balance</source>
        <translation>Mayor saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client A–Z</source>
        <translation>Cliente A–Z</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 bill</source>
        <translation>1 factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bills</source>
        <translation>%1 facturas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Client and bill</source>
        <translation>Cliente y factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bills</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, bill %2, %3 owed</source>
        <translation>%1, factura %2, debe %3</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>No bills match. Try a shorter search or another filter.</source>
        <translation>Ninguna factura coincide. Pruebe una búsqueda más corta u otro filtro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No bills yet. Bills you add or import show up here.</source>
        <translation>Aún no hay facturas. Las facturas que añada o importe aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>Book</name>
    <message>
        <location filename="../core/Book.cpp" line="+126"/>
        <source>No book file was given.</source>
        <translation>No se ha indicado ningún archivo de libro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder, not a DueDesk book.</source>
        <translation>%1 es una carpeta, no un libro de DueDesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no book at %1.</source>
        <translation>No hay ningún libro en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create a book in %1: the folder does not exist.</source>
        <translation>No se puede crear un libro en %1: la carpeta no existe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a DueDesk book (it is not a database file). It was left unchanged.</source>
        <translation>%1 no es un libro de DueDesk (no es un archivo de base de datos). El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to another program, not DueDesk. It was left unchanged.</source>
        <translation>%1 pertenece a otro programa, no a DueDesk. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot open %1 for writing: the file or its folder is read-only. Copy the book to a folder you can write to, or change the permissions.</source>
        <translation>No se puede abrir %1 para escribir: el archivo o su carpeta son de solo lectura. Copie el libro a una carpeta en la que pueda escribir o cambie los permisos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 is not a DueDesk book: %2. It was left unchanged.</source>
        <translation>%1 no es un libro de DueDesk: %2. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a database of another program, not a DueDesk book. It was left unchanged.</source>
        <translation>%1 es una base de datos de otro programa, no un libro de DueDesk. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer DueDesk (book format %2; this DueDesk reads up to %3). Update DueDesk to open it. The book was left unchanged.</source>
        <translation>%1 se guardó con una versión más reciente de DueDesk (formato de libro %2; esta versión lee hasta el formato %3). Actualice DueDesk para abrirlo. El libro no se ha modificado.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>DueDesk is damaged: migration %1 is missing.</source>
        <translation>La instalación de DueDesk está dañada: falta la migración %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Cannot update the book %1: %2</source>
        <translation>No se puede actualizar el libro %1: %2</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot update the book %1 to format %2: %3. The book was left as it was.</source>
        <translation>No se puede actualizar el libro %1 al formato %2: %3. El libro se ha quedado como estaba.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot save the setting %1: %2</source>
        <translation>No se puede guardar el ajuste %1: %2</translation>
    </message>
</context>
<context>
    <name>BookBackup</name>
    <message>
        <location filename="../core/BookBackup.cpp" line="+32"/>
        <source>Choose a folder for the backups.</source>
        <translation>Elija una carpeta para las copias de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot back up the book to %1: %2</source>
        <translation>No se puede hacer una copia de seguridad del libro en %1: %2</translation>
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
        <translation>No se ha podido abrir su libro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>BucketCard</name>
    <message numerus="yes">
        <location filename="../ui/qml/BucketCard.qml" line="+16"/>
        <location line="+25"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallQueue</name>
    <message>
        <location filename="../core/CallQueue.cpp" line="+93"/>
        <source>Cannot read the book for the call queue: %1</source>
        <translation>No se puede leer el libro para la lista de llamadas: %1</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>at least %1 owed</source>
        <translation>debe al menos %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>61-90 days overdue</source>
        <translation>61–90 días de retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than 90 days overdue</source>
        <translation>más de 90 días de retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all reminders sent</source>
        <translation>todos los recordatorios enviados</translation>
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
        <translation>1 día de retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days overdue</source>
        <translation>%1 días de retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not overdue yet</source>
        <translation>Aún no ha vencido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Worth a call today</source>
        <translation>Vale la pena llamar hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bill(s) where a friendly phone call will help most: large balances (%1 or more), long overdue, or every reminder already sent. Best first.</source>
        <translation>
            <numerusform>%n factura en la que una llamada amable ayudará más: importes altos (%1 o más), mucho retraso o todos los recordatorios ya enviados. Las más importantes, primero.</numerusform>
            <numerusform>%n facturas en las que una llamada amable ayudará más: importes altos (%1 o más), mucho retraso o todos los recordatorios ya enviados. Las más importantes, primero.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Showing the %1 most urgent; the others come up as these are settled.</source>
        <translation>Se muestran las %1 más urgentes; las demás aparecerán a medida que se resuelvan estas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nobody needs a call today. DueDesk lists a bill here when it is large, long overdue or every reminder has gone out.</source>
        <translation>Hoy no hace falta llamar a nadie. DueDesk muestra aquí una factura cuando el importe es alto, lleva mucho tiempo vencida o ya se han enviado todos los recordatorios.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bills worth a phone call</source>
        <translation>Facturas por las que vale la pena llamar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, bill %2, %3 owed, %4. Phone %5.</source>
        <translation>%1, factura %2, debe %3, %4. Teléfono: %5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No phone number</source>
        <translation>Sin número de teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone number %1</source>
        <translation>Número de teléfono %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Bill %1 · %2</source>
        <translation>Factura %1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owes %1 in all</source>
        <translation>Debe %1 en total</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last paid %1</source>
        <translation>Último pago: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No payment yet</source>
        <translation>Aún no ha pagado nada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Last messages</source>
        <translation>Últimos mensajes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From the client, %1, %2</source>
        <translation>Del cliente, %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To the client, %1, %2</source>
        <translation>Al cliente, %1, %2</translation>
    </message>
</context>
<context>
    <name>CashPage</name>
    <message>
        <location filename="../ui/qml/CashPage.qml" line="+31"/>
        <source>M</source>
        <comment>millions</comment>
        <translation>&#xa0;M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k</source>
        <comment>thousands</comment>
        <translation>&#xa0;mil</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This week&apos;s cash</source>
        <translation>La caja de esta semana</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send to my phone now</source>
        <translation>Enviar ahora a mi teléfono</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pair your phone with your assistant in Settings &gt; Channels first.</source>
        <translation>Primero vincule su teléfono con su asistente en Ajustes &gt; Canales.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+58"/>
        <source>Outstanding</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Money usually takes about %1 days to come in</source>
        <translation>El dinero suele tardar unos %1 días en llegar</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+49"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Past the due date</source>
        <translation>Pasada la fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paid this week</source>
        <translation>Cobrado esta semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received since Monday</source>
        <translation>Pagos recibidos desde el lunes</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+178"/>
        <source>Promised this week</source>
        <translation>Prometido para esta semana</translation>
    </message>
    <message numerus="yes">
        <location line="-176"/>
        <source>%n payment(s) promised by clients</source>
        <translation>
            <numerusform>%n pago prometido por clientes</numerusform>
            <numerusform>%n pagos prometidos por clientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The last 12 weeks</source>
        <translation>Las últimas 12 semanas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Outstanding, overdue and paid for each of the last 12 weeks</source>
        <translation>Por cobrar, vencido y cobrado en cada una de las últimas 12 semanas</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: outstanding %2, overdue %3, paid %4</source>
        <translation>%1: por cobrar %2, vencido %3, cobrado %4</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1
Outstanding: %2
Overdue: %3
Paid: %4</source>
        <translation>%1
Por cobrar: %2
Vencido: %3
Cobrado: %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No client has promised to pay this week.</source>
        <translation>Ningún cliente ha prometido pagar esta semana.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bill %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Who owes the most</source>
        <translation>Quién le debe más</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody owes you anything. Well done!</source>
        <translation>Nadie le debe nada. ¡Enhorabuena!</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 overdue · %n bill(s)</source>
        <translation>
            <numerusform>%1 vencido · %n factura</numerusform>
            <numerusform>%1 vencido · %n facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Nothing overdue · %n bill(s)</source>
        <translation>
            <numerusform>Nada vencido · %n factura</numerusform>
            <numerusform>Nada vencido · %n facturas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashSnapshotBuilder</name>
    <message>
        <location filename="../core/CashSnapshot.cpp" line="+379"/>
        <location line="+23"/>
        <source>Cannot read the book for the cash snapshot: %1</source>
        <translation>No se puede leer el libro para el resumen de caja: %1</translation>
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
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>ChaseEngine</name>
    <message>
        <location filename="../core/ChaseEngine.cpp" line="+121"/>
        <source>Cannot approve the reminder: %1</source>
        <translation>No se puede aprobar el recordatorio: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <location line="+27"/>
        <source>there is no draft %1</source>
        <translation>no existe el borrador %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>it was already %1</source>
        <translation>su estado ya es %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot skip the reminder: %1</source>
        <translation>No se puede omitir el recordatorio: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>it is no longer waiting for you</source>
        <translation>ya no está pendiente de su aprobación</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Cannot change the reminder: %1</source>
        <translation>No se puede modificar el recordatorio: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text is empty</source>
        <translation>el texto está vacío</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot chase bill %1: %2</source>
        <translation>No se puede reclamar el pago de la factura %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no such bill</source>
        <translation>no existe esa factura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not open with a balance</source>
        <translation>no está abierta o no tiene saldo pendiente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its client has no reminder policy</source>
        <translation>su cliente no tiene una secuencia de recordatorios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it has no due date</source>
        <translation>no tiene fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>replaced by a manual chase</source>
        <translation>sustituido por una reclamación manual</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chased by hand.</source>
        <translation>Reclamación manual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client accepts no channel for reminders</source>
        <translation>el cliente no acepta recordatorios por ningún canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a reminder for this step exists already</source>
        <translation>ya existe un recordatorio para este paso</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot record the payment: %1</source>
        <translation>No se puede registrar el pago: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <location line="+39"/>
        <location line="+46"/>
        <location line="+33"/>
        <source>there is no bill %1</source>
        <translation>no existe la factura %1</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>the payment must be a positive amount in %1</source>
        <translation>el pago debe ser un importe positivo en %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>part-paid; the balance changed</source>
        <translation>pago parcial; el saldo ha cambiado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot record the promise: %1</source>
        <translation>No se puede registrar la promesa de pago: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bill %1 is already paid</source>
        <translation>la factura %1 ya está pagada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the promised day must be today or later</source>
        <translation>la fecha prometida debe ser hoy o posterior</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the client promised to pay</source>
        <translation>el cliente se ha comprometido a pagar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot change the dispute: %1</source>
        <translation>No se puede cambiar el estado de la disputa: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only an open bill can be disputed</source>
        <translation>solo una factura abierta puede estar en disputa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the bill is not disputed</source>
        <translation>la factura no está en disputa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the bill is disputed</source>
        <translation>la factura está en disputa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot pause the reminders: %1</source>
        <translation>No se pueden pausar los recordatorios: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the client says it is paid</source>
        <translation>el cliente dice que ya está pagada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot resume the reminders: %1</source>
        <translation>No se pueden reanudar los recordatorios: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bill %1 is not open with a balance</source>
        <translation>la factura %1 no está abierta o no tiene saldo pendiente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot stop the reminders: %1</source>
        <translation>No se pueden detener los recordatorios: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stopped by the owner</source>
        <translation>detenido manualmente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot record the opt-out: %1</source>
        <translation>No se puede registrar la baja: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>the client opted out of this channel</source>
        <translation>el cliente se ha dado de baja de este canal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot record the opt-in: %1</source>
        <translation>No se puede registrar la autorización: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot change the client&apos;s segment: %1</source>
        <translation>No se puede cambiar el segmento del cliente: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no such client</source>
        <translation>no existe ese cliente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot change the client&apos;s reminder policy: %1</source>
        <translation>No se puede cambiar la secuencia de recordatorios del cliente: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no such policy</source>
        <translation>no existe esa secuencia de recordatorios</translation>
    </message>
    <message>
        <location filename="../core/ChasePlanner.cpp" line="+25"/>
        <location line="+106"/>
        <source>Cannot plan reminders: %1</source>
        <translation>No se pueden planificar los recordatorios: %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The promise to pay by %1 was not kept.</source>
        <translation>No se ha cumplido la promesa de pagar a más tardar el %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>DueDesk was not running when %n earlier reminder(s) fell due; only this latest one was drafted.</source>
        <translation>
            <numerusform>DueDesk no estaba abierto cuando venció %n recordatorio anterior; solo se ha redactado este, el más reciente.</numerusform>
            <numerusform>DueDesk no estaba abierto cuando vencieron %n recordatorios anteriores; solo se ha redactado este, el más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reminder fell due on %1, when DueDesk was not running.</source>
        <translation>Este recordatorio venció el %1, cuando DueDesk no estaba abierto.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot draft a reminder for bill %1: %2</source>
        <translation>No se puede redactar un recordatorio para la factura %1: %2</translation>
    </message>
    <message>
        <location filename="../core/Outbox.cpp" line="+97"/>
        <source>message %1 is not in a state that allows this</source>
        <translation>el estado del mensaje %1 no lo permite</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>there is no message %1</source>
        <translation>no existe el mensaje %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 is %2, not waiting to be sent</source>
        <translation>el mensaje %1 está en estado %2, no pendiente de envío</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the bill is gone</source>
        <translation>la factura ya no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bill is %1</source>
        <translation>la factura está en estado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chase is %1</source>
        <translation>la reclamación está en estado %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client does not accept %1</source>
        <translation>el cliente no acepta %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>message %1 changed meanwhile</source>
        <translation>el mensaje %1 ha cambiado mientras tanto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>message %1 was not sent: %2</source>
        <translation>el mensaje %1 no se ha enviado: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>DueDesk cannot tell whether the reminder for %1 reached %2 (%3).</source>
        <translation>DueDesk no puede saber si el recordatorio de la factura %1 le llegó a %2 (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will not be sent again by itself. If they did not get it, chase the bill again.</source>
        <translation>No se volverá a enviar por sí solo. Si el cliente no lo recibió, vuelva a reclamar el pago de la factura.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DueDesk stopped while sending; the provider may or may not have it</source>
        <translation>DueDesk se cerró durante el envío; puede que el proveedor lo haya recibido o no</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no message has the provider id %1</source>
        <translation>ningún mensaje tiene el ID de proveedor %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not a delivery status</source>
        <translation>%1 no es un estado de entrega</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/BenchSupport.cpp" line="+23"/>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallado: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/BenchCommand.cpp" line="+180"/>
        <location filename="../app/cli/BenchStartup.cpp" line="+85"/>
        <source>--bills and --runs take whole numbers of at least 1</source>
        <translation>--bills y --runs necesitan números enteros iguales o mayores que 1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown benchmark suite &quot;%1&quot; (aging, plan, nlu or startup)</source>
        <translation>conjunto de pruebas de rendimiento desconocido «%1» (aging, plan, nlu o startup)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--bills takes a whole number of at least 1</source>
        <translation>--bills necesita un número entero igual o mayor que 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--runs takes a whole number of at least 1</source>
        <translation>--runs necesita un número entero igual o mayor que 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the benchmark needs the sqlite3 shell as its baseline (apt-get install sqlite3)</source>
        <translation>la prueba de rendimiento necesita el intérprete sqlite3 como referencia (apt-get install sqlite3)</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+182"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>no se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/CliArgs.cpp" line="+15"/>
        <source>%1 needs a value</source>
        <translation>%1 necesita un valor</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+47"/>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (use el formato YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+17"/>
        <source>import needs a CSV file: import FILE.csv</source>
        <translation>import necesita un archivo CSV: import FILE.csv</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: nothing imported: %2</source>
        <translation>%1: no se ha importado nada: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: nothing imported: %n bad row(s)</source>
        <translation>
            <numerusform>%1: no se ha importado nada: %n fila incorrecta</numerusform>
            <numerusform>%1: no se ha importado nada: %n filas incorrectas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 (%2 format): %3 new bills, %4 new clients, %5 payments; %6 bills were already in the book.</source>
        <translation>Se ha importado %1 (formato %2): %3 facturas nuevas, %4 clientes nuevos, %5 pagos; %6 facturas ya estaban en el libro.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+26"/>
        <source>Aging on %1</source>
        <translation>Antigüedad de saldos al %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is outstanding.</source>
        <translation>No hay nada pendiente de cobro.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n bill(s)</source>
        <translation>
            <numerusform>%n factura</numerusform>
            <numerusform>%n facturas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>report needs a kind: report aging</source>
        <translation>report necesita un tipo de informe: report aging</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown report &quot;%1&quot; (known: aging)</source>
        <translation>informe desconocido «%1» (disponible: aging)</translation>
    </message>
    <message>
        <location filename="../app/cli/SeedCommand.cpp" line="+21"/>
        <source>%1 takes a whole number of at least %2, not &quot;%3&quot;</source>
        <translation>%1 necesita un número entero igual o mayor que %2, no «%3»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>seed needs --clients N and --bills M</source>
        <translation>seed necesita --clients N y --bills M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--clients is limited to 10000000</source>
        <translation>--clients admite como máximo 10000000</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Seeded %1 clients, %2 bills and %3 payments in %4 ms.</source>
        <translation>Se han generado %1 clientes, %2 facturas y %3 pagos en %4 ms.</translation>
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
        <translation>Uso: duedesk-cli [--db PATH] [--now ISO-DATETIME] [--json] COMMAND [ARGS]

Comandos:
  seed --clients N --bills M [--seed S]   llena el libro con datos de demostración realistas
  import FILE.csv                         importa facturas y clientes (columnas genéricas, de Xero o de QuickBooks)
  report aging [--today DATE] [--json]    saldos abiertos por tramo de antigüedad y moneda
  plan [--today DATE]                     redacta los recordatorios que tocan
  drafts [--json]                         recordatorios pendientes de su aprobación
  approve ID|--all, skip ID, edit ID --text TEXT   decide sobre los recordatorios redactados
  chase BILL                              un recordatorio ahora y el resto de la secuencia después
  pay BILL AMOUNT [--on DATE]             registra un pago
  promise BILL DATE                       pausa los recordatorios hasta la fecha prometida
  dispute BILL [--resolve], stop BILL     pausa por disputa / detiene los recordatorios
  optout CLIENT CHANNEL                   el cliente ya no recibe nada más por ese canal
  outbox [--json]                         mensajes aprobados para su envío y su estado
  snapshot [--week-of DATE] --json        el resumen semanal de caja
  callqueue [--min AMOUNT] --json         facturas por las que vale la pena llamar
  audit verify                            comprueba la cadena de hashes del registro de auditoría
  understand --as client|owner [--today DATE] [--region GB]   JSON Lines de entrada, interpretación de salida
      [--model-url URL --model NAME [--model-timeout MS]]   consulta las respuestas difíciles a un servidor de modelos local
      el campo opcional &quot;region&quot; de una línea (&quot;US&quot;, &quot;GB&quot;) es la región del remitente: cómo se lee una fecha como 3/12
  inbound --channel CH --from ADDRESS --text TEXT   llega la respuesta de un cliente: se guarda, se interpreta y se actúa
  tasks [--json]                          lo que DueDesk le ha derivado a usted
  assistant                               hable con DueDesk: un mensaje por línea en la entrada estándar
  run [--once]                            ejecuta los canales (DUEDESK_TELEGRAM_TOKEN, DUEDESK_WHATSAPP_TOKEN
                                          y _PHONE_ID; DUEDESK_WHATSAPP_APP_SECRET añade el webhook, no con
                                          --once); --once envía lo que puede salir ya, consulta las respuestas
                                          una vez y termina
                                          DUEDESK_TELEGRAM_OWNER_TOKEN: su asistente; DUEDESK_RELAY_URL, _KEY
  bench [--suite aging|plan|nlu|startup] [--bills N] [--runs R] [--book PATH]   pruebas de rendimiento frente a una referencia

--db usa por defecto el libro de su carpeta de datos de DueDesk. --now fija el reloj (para scripts y pruebas).
</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>--now takes an ISO date or date-time, not &quot;%1&quot;</source>
        <translation>--now necesita una fecha ISO o una fecha y hora ISO, no «%1»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>comando desconocido «%1» (consulte --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/ChaseCommands.cpp" line="+31"/>
        <source>%1 needs a draft id (a number)</source>
        <translation>%1 necesita el ID de un borrador (un número)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no client is called &quot;%1&quot;</source>
        <translation>ningún cliente se llama «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clients are called &quot;%2&quot;; use the client&apos;s id</source>
        <translation>%1 clientes se llaman «%2»; use el ID del cliente</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n reminder(s) drafted for %1.</source>
        <translation>
            <numerusform>%n recordatorio redactado para el %1.</numerusform>
            <numerusform>%n recordatorios redactados para el %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bill(s) have a reminder due but no channel the client accepts.</source>
        <translation>
            <numerusform>%n factura tiene un recordatorio pendiente, pero ningún canal que el cliente acepte.</numerusform>
            <numerusform>%n facturas tienen un recordatorio pendiente, pero ningún canal que el cliente acepte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reminder(s) held back by the weekly limit per client.</source>
        <translation>
            <numerusform>%n recordatorio retenido por el límite semanal por cliente.</numerusform>
            <numerusform>%n recordatorios retenidos por el límite semanal por cliente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No reminders are waiting for your approval.</source>
        <translation>No hay recordatorios pendientes de su aprobación.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>approve needs a draft id or --all</source>
        <translation>approve necesita el ID de un borrador o --all</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n reminder(s) approved.</source>
        <translation>
            <numerusform>%n recordatorio aprobado.</numerusform>
            <numerusform>%n recordatorios aprobados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approved; queued as message %1.</source>
        <translation>Aprobado; en cola como mensaje %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit needs --text</source>
        <translation>edit necesita --text</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draft %1 changed.</source>
        <translation>Borrador %1 modificado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft %1 skipped.</source>
        <translation>Borrador %1 omitido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 needs a bill number</source>
        <translation>%1 necesita un número de factura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>pay needs an amount: pay BILL AMOUNT</source>
        <translation>pay necesita un importe: pay FACTURA IMPORTE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promise needs a date: promise BILL DATE</source>
        <translation>promise necesita una fecha: promise FACTURA FECHA</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>the audit trail is broken: %1</source>
        <translation>el registro de auditoría está dañado: %1</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Drafted reminder %1 for %2; the rest of the policy follows from today.</source>
        <translation>Recordatorio %1 redactado para la factura %2; el resto de la secuencia continúa a partir de hoy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no bill %1</source>
        <translation>no existe la factura %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment of %1 %2 recorded for %3.</source>
        <translation>Pago de %1 %2 registrado para la factura %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders for %1 paused until %2.</source>
        <translation>Recordatorios de la factura %1 en pausa hasta el %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute on %1 resolved; reminders resume.</source>
        <translation>Disputa de la factura %1 resuelta; los recordatorios se reanudan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is disputed; reminders are paused.</source>
        <translation>La factura %1 está en disputa; los recordatorios están en pausa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders for %1 stopped.</source>
        <translation>Recordatorios de la factura %1 detenidos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>optout needs a client and a channel: optout CLIENT whatsapp|telegram|sms|email</source>
        <translation>optout necesita un cliente y un canal: optout CLIENT whatsapp|telegram|sms|email</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/InboxCommands.cpp" line="+26"/>
        <source>unknown channel &quot;%1&quot; (whatsapp, telegram, sms or email)</source>
        <translation>canal desconocido «%1» (whatsapp, telegram, sms o email)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 will get nothing more by %2.</source>
        <translation>%1 ya no recibirá nada más por %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>usage: audit verify</source>
        <translation>uso: audit verify</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The audit trail is intact (%n row(s)).</source>
        <translation>
            <numerusform>El registro de auditoría está intacto (%n fila).</numerusform>
            <numerusform>El registro de auditoría está intacto (%n filas).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AssistantCommand.cpp" line="+22"/>
        <location filename="../app/cli/UnderstandCommand.cpp" line="+123"/>
        <source>cannot read standard input</source>
        <translation>no se puede leer la entrada estándar</translation>
    </message>
    <message>
        <location filename="../app/cli/InboxCommands.cpp" line="-3"/>
        <source>inbound needs --channel whatsapp|telegram|sms|email --from ADDRESS --text TEXT [--id PROVIDER_ID]</source>
        <translation>inbound necesita --channel whatsapp|telegram|sms|email --from ADDRESS --text TEXT [--id PROVIDER_ID]</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nothing is waiting for you.</source>
        <translation>No hay nada pendiente para usted.</translation>
    </message>
    <message>
        <location filename="../app/cli/UnderstandCommand.cpp" line="-50"/>
        <source>warning: %1; asking the model server without a key</source>
        <translation>aviso: %1; se consulta al servidor del modelo sin clave</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>understand needs --as client or --as owner</source>
        <translation>understand necesita --as client o --as owner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--model and --model-timeout need --model-url, and work with --as client only</source>
        <translation>--model y --model-timeout necesitan --model-url y solo funcionan con --as client</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>line %1: not a JSON object with a &quot;text&quot;</source>
        <translation>línea %1: no es un objeto JSON con un campo &quot;text&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: model answer not used: %2</source>
        <translation>línea %1: no se ha usado la respuesta del modelo: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n line(s) could not be read</source>
        <translation>
            <numerusform>no se ha podido leer %n línea</numerusform>
            <numerusform>no se han podido leer %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BenchStartup.cpp" line="-42"/>
        <source>%1 did not report its first frame: %2</source>
        <translation>%1 no ha informado de su primera imagen: %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>cannot find the desktop app or the bare window program: give --app and --bare</source>
        <translation>no se encuentra la aplicación de escritorio ni el programa de ventana simple: indique --app y --bare</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+69"/>
        <source>Sent %1, failed %2, uncertain %3; %4 replies and %5 delivery statuses received.</source>
        <translation>Enviados %1, fallidos %2, inciertos %3; recibidas %4 respuestas y %5 confirmaciones de entrega.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) interrupted by a crash are now uncertain: check them in the outbox.</source>
        <translation>
            <numerusform>%n mensaje interrumpido por un cierre inesperado queda como incierto: revíselo en la bandeja de salida.</numerusform>
            <numerusform>%n mensajes interrumpidos por un cierre inesperado quedan como inciertos: revíselos en la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>assistant on %1: %2</source>
        <translation>asistente en %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paired</source>
        <translation>vinculado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not paired</source>
        <translation>sin vincular</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no channel is configured (set DUEDESK_TELEGRAM_TOKEN, or DUEDESK_WHATSAPP_TOKEN and DUEDESK_WHATSAPP_PHONE_ID)</source>
        <translation>no hay ningún canal configurado (defina DUEDESK_TELEGRAM_TOKEN, o DUEDESK_WHATSAPP_TOKEN y DUEDESK_WHATSAPP_PHONE_ID)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>WhatsApp webhook listening at %1</source>
        <translation>Webhook de WhatsApp escuchando en %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Running the channel bridges; stop with Ctrl+C.</source>
        <translation>Los canales están en marcha; deténgalos con Ctrl+C.</translation>
    </message>
</context>
<context>
    <name>ClientDsoCalculator</name>
    <message>
        <location filename="../core/ClientDso.cpp" line="+39"/>
        <source>Cannot read the client&apos;s bills: %1</source>
        <translation>No se pueden leer las facturas del cliente: %1</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../ui/qml/ClientPanel.qml" line="+109"/>
        <source>Client %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Back to the clients</source>
        <translation>Volver a los clientes</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Close the client</source>
        <translation>Cerrar el detalle del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Still owed</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days to pay</source>
        <translation>Días hasta el pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO over the last 90 days</source>
        <translation>Plazo medio de cobro, últimos 90 días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 owed against %2 billed in the last 90 days.</source>
        <translation>Debe %1 de %2 facturados en los últimos 90 días.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contact &amp;&amp; reminders</source>
        <translation>Contacto &amp;&amp; recordatorios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bills (%1)</source>
        <translation>Facturas (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages (%1)</source>
        <translation>Mensajes (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No email or phone number for this client.</source>
        <translation>Este cliente no tiene correo electrónico ni número de teléfono.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prefers %1</source>
        <translation>Prefiere %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channels DueDesk may use</source>
        <translation>Canales que DueDesk puede usar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Stop messages by %1</source>
        <translation>Dejar de enviar mensajes por %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>Allow messages by %1</source>
        <translation>Permitir mensajes por %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Turn %1 back on? Do this only when the client asked to hear from you there.</source>
        <translation>¿Volver a activar %1? Hágalo solo si el cliente le ha pedido que le escriba por ahí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Turning a channel off cancels the reminders waiting for it.</source>
        <translation>Al desactivar un canal se cancelan los recordatorios que esperan en él.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Segment of the client</source>
        <translation>Segmento del cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policy</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder policy of the client</source>
        <translation>Secuencia de recordatorios del cliente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reminders follow the %1 policy. A change moves the next reminder of each open bill to the new schedule.</source>
        <translation>Los recordatorios siguen la secuencia %1. Si la cambia, el próximo recordatorio de cada factura abierta pasa al nuevo calendario.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bills of %1</source>
        <translation>Facturas de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bill %1, %2 owed, open it on the Bills page</source>
        <translation>Factura %1, debe %2, abrirla en la página Facturas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on the Bills page</source>
        <translation>Abrir en la página Facturas</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Due %1 · %2</source>
        <translation>Vence el %1 · %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Showing %1 of %2 bills: the Bills page has them all.</source>
        <translation>Se muestran %1 de %2 facturas: la página Facturas las tiene todas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bills for this client yet.</source>
        <translation>Este cliente aún no tiene facturas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Messages with %1</source>
        <translation>Mensajes con %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You, by %1: %2</source>
        <translation>Usted, por %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client, by %1: %2</source>
        <translation>Cliente, por %1: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Understood: %1</source>
        <translation>Interpretación: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No messages with this client yet. Reminders you approve and their replies show up here.</source>
        <translation>Aún no hay mensajes con este cliente. Aquí aparecerán los recordatorios que apruebe y sus respuestas.</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="-139"/>
        <source>Cannot add client %1: %2</source>
        <translation>No se puede añadir el cliente %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot record consent for %1: %2</source>
        <translation>No se puede registrar el consentimiento de %1: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot record consent: %1</source>
        <translation>No se puede registrar el consentimiento: %1</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../ui/qml/ClientsPage.qml" line="+42"/>
        <source>Search by name, email or phone</source>
        <translation>Buscar por nombre, correo electrónico o teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clients</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sort clients by</source>
        <translation>Ordenar clientes por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name A–Z</source>
        <translation>Nombre A–Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most owed</source>
        <translation>Mayor deuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most overdue</source>
        <translation>Mayor retraso</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1, owes %2</source>
        <translation>%1, debe %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Needs your attention</source>
        <translation>Requiere su atención</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Last contact: %1</source>
        <translation>Último contacto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 overdue</source>
        <translation>%1 vencido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing owed</source>
        <translation>No debe nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 open bill</source>
        <translation>1 factura abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open bills</source>
        <translation>%1 facturas abiertas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No clients match. Try a shorter search.</source>
        <translation>Ningún cliente coincide. Pruebe una búsqueda más corta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clients yet. Clients you add or import show up here.</source>
        <translation>Aún no hay clientes. Los clientes que añada o importe aparecerán aquí.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a client</source>
        <translation>Elija un cliente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Their contacts, the channels they agreed to, their bills and every message with them show up here.</source>
        <translation>Aquí aparecerán sus contactos, los canales que ha aceptado, sus facturas y todos los mensajes intercambiados.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../core/CsvReader.cpp" line="+82"/>
        <source>line %1 is not UTF-8 text; save the file as CSV UTF-8 and import it again</source>
        <translation>la línea %1 no es texto UTF-8; guarde el archivo como CSV UTF-8 y vuelva a importarlo</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>line %1 opens a quoted field that is never closed (a missing &apos;&quot;&apos;?)</source>
        <translation>la línea %1 abre un campo entre comillas que no se cierra nunca (¿falta una comilla &apos;&quot;&apos;?)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../ui/qml/DashboardPage.qml" line="+33"/>
        <source>Outstanding</source>
        <translation>Por cobrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything clients still owe you in %1</source>
        <translation>Todo lo que sus clientes aún le deben en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n bill(s) past their due date</source>
        <translation>
            <numerusform>%n factura vencida</numerusform>
            <numerusform>%n facturas vencidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paid this week</source>
        <translation>Cobrado esta semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received since Monday</source>
        <translation>Recibido desde el lunes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days to get paid</source>
        <translation>Días hasta el cobro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On average, from invoice to payment (DSO, last 90 days)</source>
        <translation>De media, desde la factura hasta el pago (últimos 90 días)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Needs you (%1)</source>
        <translation>Requiere su atención (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as dealt with: %1</source>
        <translation>Marcar como resuelto: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss: %1</source>
        <translation>Descartar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n more waiting.</source>
        <translation>
            <numerusform>%n más en espera.</numerusform>
            <numerusform>%n más en espera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How late is the money?</source>
        <translation>¿Cuánto tiempo lleva esperando su dinero?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share of the outstanding total in each age bucket</source>
        <translation>Parte del total por cobrar en cada tramo de antigüedad</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Waiting for your approval (%1)</source>
        <translation>Pendientes de su aprobación (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for your approval</source>
        <translation>Pendientes de su aprobación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approve all</source>
        <translation>Aprobar todos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve every reminder in the list</source>
        <translation>Aprobar todos los recordatorios de la lista</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing is waiting for you. DueDesk drafts a reminder when one falls due, and nothing is sent until you approve it.</source>
        <translation>No hay nada pendiente. DueDesk redacta un recordatorio cuando toca y no se envía nada hasta que usted lo aprueba.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show more (%1 of %2 shown)</source>
        <translation>Mostrar más (%1 de %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Other currencies</source>
        <translation>Otras monedas</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %2 outstanding, %3 overdue in %n bill(s)</source>
        <translation>
            <numerusform>%1: %2 por cobrar, de los que %3 están vencidos (%n factura)</numerusform>
            <numerusform>%1: %2 por cobrar, de los que %3 están vencidos (%n facturas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftCard</name>
    <message>
        <location filename="../ui/qml/DraftCard.qml" line="+34"/>
        <source>Reminder to %1 about %2</source>
        <translation>Recordatorio para %1 sobre la factura %2</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Text of the reminder</source>
        <translation>Texto del recordatorio</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip this reminder</source>
        <translation>Omitir este recordatorio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit this reminder</source>
        <translation>Editar este recordatorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve and send this reminder</source>
        <translation>Aprobar y enviar este recordatorio</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>DraftComposer</name>
    <message>
        <location filename="../core/DraftComposer.cpp" line="+227"/>
        <source>bill %1 has no client or policy</source>
        <translation>la factura %1 no tiene cliente o secuencia de recordatorios</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a reply to the client&apos;s message</source>
        <translation>una respuesta al mensaje del cliente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set your business name in the settings: this text says “%1”.</source>
        <translation>Indique el nombre de su negocio en los ajustes: este texto dice «%1».</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>this reminder is already queued (%1)</source>
        <translation>este recordatorio ya está en cola (%1)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../ui/qml/FirstRun.qml" line="+23"/>
        <location line="+102"/>
        <source>Welcome to DueDesk</source>
        <translation>Le damos la bienvenida a DueDesk</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Open a DueDesk book</source>
        <translation>Abrir un libro de DueDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk books (*.duedesk)</source>
        <translation>Libros de DueDesk (*.duedesk)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DueDesk keeps track of who owes you and drafts friendly reminders for you to approve.</source>
        <translation>DueDesk lleva la cuenta de quién le debe dinero y redacta recordatorios amables para que usted los apruebe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk uses these for your reminders, amounts and phone numbers. You can change them later in Settings.</source>
        <translation>DueDesk los usa en sus recordatorios, importes y números de teléfono. Puede cambiarlos más adelante en Ajustes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start a new book</source>
        <translation>Empezar un libro nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your own business; add or import your bills next.</source>
        <translation>Para su propio negocio; después, añada o importe sus facturas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an existing book…</source>
        <translation>Abrir un libro existente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A DueDesk book you already keep, on this computer or a shared drive.</source>
        <translation>Un libro de DueDesk que ya lleva, en este ordenador o en una unidad compartida.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try it with demo data</source>
        <translation>Probar con datos de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up plumbing business with 400 bills, to look around safely.</source>
        <translation>Una empresa de fontanería inventada con 400 facturas, para explorar sin riesgos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>As your clients know it</source>
        <translation>Tal como lo conocen sus clientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Currency of your bills</source>
        <translation>Moneda de sus facturas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country or region</source>
        <translation>País o región</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Country or region of your business</source>
        <translation>País o región de su negocio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book will be kept at %1</source>
        <translation>El libro se guardará en %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create book</source>
        <translation>Crear libro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create the book</source>
        <translation>Crear el libro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preparing the demo book…</source>
        <translation>Preparando el libro de demostración…</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dashboard</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the dashboard</source>
        <translation>Mostrar el resumen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bills</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list of bills</source>
        <translation>Mostrar la lista de facturas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the clients</source>
        <translation>Mostrar los clientes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cash</source>
        <translation>Caja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this week&apos;s cash</source>
        <translation>Mostrar la caja de esta semana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the bills worth a phone call</source>
        <translation>Mostrar las facturas por las que vale la pena llamar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything DueDesk and you have done</source>
        <translation>Mostrar todo lo que DueDesk y usted han hecho</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings</source>
        <translation>Mostrar los ajustes</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the figures</source>
        <translation>Actualizar las cifras</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <location filename="../core/MessageTemplates.cpp" line="+207"/>
        <source>The message template has an unclosed &quot;{&quot;.</source>
        <translation>La plantilla del mensaje tiene una «{» sin cerrar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+40"/>
        <source>The message template has an unknown placeholder &quot;{%1}&quot;.</source>
        <translation>La plantilla del mensaje tiene un marcador desconocido «{%1}».</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Bill %1 has no due date to put in the message.</source>
        <translation>La factura %1 no tiene fecha de vencimiento que incluir en el mensaje.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bill %1 has no promised payment date to put in the message.</source>
        <translation>La factura %1 no tiene fecha de pago prometida que incluir en el mensaje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The message template has &quot;{no_pay_link}&quot; somewhere other than at the start of a part.</source>
        <translation>La plantilla del mensaje tiene «{no_pay_link}» en un lugar distinto del inicio de una parte.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>There is no message template of kind &quot;%1&quot;.</source>
        <translation>No existe ninguna plantilla de mensaje del tipo «%1».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message templates for &quot;%1&quot; are damaged: %2</source>
        <translation>Las plantillas de mensaje de «%1» están dañadas: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no %1 message template for %2 in %3.</source>
        <translation>No existe ninguna plantilla de mensaje %1 para %2 en el idioma %3.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The message template in %1 is empty.</source>
        <translation>La plantilla del mensaje en %1 está vacía.</translation>
    </message>
</context>
<context>
    <name>ModelBackendSettings</name>
    <message>
        <location filename="../bridges/ModelBackendSettings.cpp" line="+48"/>
        <source>the model server address &quot;%1&quot; is not a valid URL</source>
        <translation>la dirección del servidor del modelo «%1» no es una URL válida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model server address must start with http:// or https://, not &quot;%1&quot;</source>
        <translation>la dirección del servidor del modelo debe empezar por http:// o https://, no «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no model name is set for the model server</source>
        <translation>no se ha indicado ningún nombre de modelo para el servidor del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model server timeout must be positive</source>
        <translation>el tiempo de espera del servidor del modelo debe ser positivo</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/Money.cpp" line="+58"/>
        <source>unknown currency &quot;%1&quot;</source>
        <translation>moneda desconocida «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>amount is empty</source>
        <translation>el importe está vacío</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+13"/>
        <source>&quot;%1&quot; is not an amount (use a point for decimals, e.g. 1234.50)</source>
        <translation>«%1» no es un importe (use un punto para los decimales, p. ej., 1234.50)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>«%1» tiene más decimales de los que admite %2 (%3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is too large</source>
        <translation>«%1» es demasiado grande</translation>
    </message>
</context>
<context>
    <name>OwnerAlerts</name>
    <message>
        <location filename="../app/gui/OwnerAlerts.cpp" line="+32"/>
        <source>A reply needs you</source>
        <translation>Una respuesta requiere su atención</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A reminder may not have arrived</source>
        <translation>Puede que un recordatorio no haya llegado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 replies need you</source>
        <translation>%1 respuestas requieren su atención</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 things need you</source>
        <translation>%1 asuntos requieren su atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 And %2 more in DueDesk.</source>
        <translation>%1 Y %2 más en DueDesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DueDesk: nothing waiting for your approval</source>
        <translation>DueDesk: nada pendiente de su aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DueDesk: 1 reminder waiting for your approval</source>
        <translation>DueDesk: 1 recordatorio pendiente de su aprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DueDesk: %1 reminders waiting for your approval</source>
        <translation>DueDesk: %1 recordatorios pendientes de su aprobación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approvals (%1)</source>
        <translation>Aprobaciones (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
</context>
<context>
    <name>OwnerAssistantPanel</name>
    <message>
        <location filename="../ui/qml/OwnerAssistantPanel.qml" line="+20"/>
        <source>Your phone</source>
        <translation>Su teléfono</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paired. Only your own chat can approve reminders or give commands.</source>
        <translation>Vinculado. Solo su propio chat puede aprobar recordatorios o dar órdenes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unpair</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pair your phone so that reminders to approve reach you there. Only the paired chat is answered.</source>
        <translation>Vincule su teléfono para recibir allí los recordatorios que debe aprobar. Solo se responde al chat vinculado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pairing code %1</source>
        <translation>Código de vinculación %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pair my phone</source>
        <translation>Vincular mi teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Weekly cash summary</source>
        <translation>Resumen semanal de caja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send me the week&apos;s figures</source>
        <translation>Enviarme las cifras de la semana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Day of the weekly summary</source>
        <translation>Día del resumen semanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hour of the weekly summary</source>
        <translation>Hora del resumen semanal</translation>
    </message>
</context>
<context>
    <name>OwnerChatTexts</name>
    <message>
        <location filename="../bridges/OwnerChatTexts.cpp" line="+19"/>
        <source>Reminder to %1 for %2 (%3 outstanding), %4:

%5</source>
        <translation>Recordatorio para %1 sobre la factura %2 (pendiente: %3), tono %4:

%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed. %1</source>
        <translation>Modificado. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a business</source>
        <translation>un negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a private assistant for %1. It only talks to its owner, so I can&apos;t help you here — sorry.</source>
        <translation>Este es un asistente privado de %1. Solo habla con su propietario, así que aquí no puedo ayudarle. Lo siento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paired. I will send you reminders to approve here.</source>
        <translation>Vinculado. Le enviaré aquí los recordatorios que debe aprobar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, that code has expired. Please ask DueDesk on your computer for a new one.</source>
        <translation>Lo siento, ese código ha caducado. Pida uno nuevo a DueDesk en su ordenador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorry, that code is not right. Please send the code DueDesk shows on your computer, like “%1”.</source>
        <translation>Lo siento, ese código no es correcto. Envíe el código que DueDesk muestra en su ordenador, como «%1».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send me the new wording for the reminder to %1 (%2).</source>
        <translation>Envíeme el nuevo texto del recordatorio para %1 (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already handled.</source>
        <translation>Ya se ha gestionado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That reminder was already handled, so I left it as it was.</source>
        <translation>Ese recordatorio ya se había gestionado, así que lo he dejado como estaba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Voice notes are not set up yet — please type it, or set up transcription in Settings.</source>
        <translation>Las notas de voz aún no están configuradas: escríbalo, por favor, o configure la transcripción en Ajustes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sorry, I couldn&apos;t make out that voice note — please type it.</source>
        <translation>Lo siento, no he entendido esa nota de voz: escríbalo, por favor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I heard: “%1”</source>
        <translation>He entendido: «%1»</translation>
    </message>
</context>
<context>
    <name>OwnerDraftFlow</name>
    <message>
        <location filename="../bridges/OwnerDraftFlow.cpp" line="+38"/>
        <source>The reminder was already handled.</source>
        <translation>El recordatorio ya se había gestionado.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The reminder could not be read again.</source>
        <translation>No se ha podido volver a leer el recordatorio.</translation>
    </message>
</context>
<context>
    <name>OwnerPairing</name>
    <message>
        <location filename="../core/OwnerPairing.cpp" line="+118"/>
        <source>Cannot make a pairing code: %1</source>
        <translation>No se puede generar un código de vinculación: %1</translation>
    </message>
</context>
<context>
    <name>OwnerPrompts</name>
    <message>
        <location filename="../core/OwnerPrompts.cpp" line="+121"/>
        <source>Cannot record the reminder shown to you: %1</source>
        <translation>No se puede registrar el recordatorio que se le ha mostrado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot record the reminder shown to you</source>
        <translation>No se puede registrar el recordatorio que se le ha mostrado</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Cannot show the reminder again: %1</source>
        <translation>No se puede volver a mostrar el recordatorio: %1</translation>
    </message>
</context>
<context>
    <name>OwnerTaskRepository</name>
    <message>
        <location filename="../core/OwnerTasks.cpp" line="+34"/>
        <source>Cannot hand this to you: %1</source>
        <translation>No se le puede pasar esta tarea: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>There is no open task %1.</source>
        <translation>No existe ninguna tarea abierta %1.</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <location filename="../core/Repositories.cpp" line="+97"/>
        <source>Cannot record the payment: %1</source>
        <translation>No se puede registrar el pago: %1</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../core/PhoneNumber.cpp" line="+28"/>
        <source>phone number is empty</source>
        <translation>el número de teléfono está vacío</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation>«%1» no es un número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a phone number for region %2 (add the country code, e.g. +44)</source>
        <translation>«%1» no es un número de teléfono de la región %2 (añada el prefijo del país, p. ej., +34)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a possible phone number (wrong length)</source>
        <translation>«%1» no puede ser un número de teléfono (longitud incorrecta)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a known number range for %2; check it before sending</source>
        <translation>%1 no pertenece a ningún rango de numeración conocido de %2; compruébelo antes de enviar</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <location filename="../core/PolicyRepository.cpp" line="+148"/>
        <source>A reminder policy needs at least one step.</source>
        <translation>Una secuencia de recordatorios necesita al menos un paso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cannot save the policy: %1</source>
        <translation>No se puede guardar la secuencia de recordatorios: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot change the client&apos;s policy: %1</source>
        <translation>No se puede cambiar la secuencia de recordatorios del cliente: %1</translation>
    </message>
</context>
<context>
    <name>PostOnce</name>
    <message>
        <location filename="../bridges/PostOnce.cpp" line="+57"/>
        <source>the connection closed before an answer came</source>
        <translation>la conexión se cerró antes de recibir respuesta</translation>
    </message>
</context>
<context>
    <name>QuietHours</name>
    <message>
        <location filename="../core/QuietHours.cpp" line="+37"/>
        <source>Enter the quiet hours as times, like 20:00 and 08:00.</source>
        <translation>Introduzca las horas de silencio como horas del día, por ejemplo, 20:00 y 08:00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quiet hours start and end at the same time. Choose an end time after the start.</source>
        <translation>Las horas de silencio empiezan y terminan a la misma hora. Elija una hora de fin posterior a la de inicio.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot save the quiet hours: %1</source>
        <translation>No se pueden guardar las horas de silencio: %1</translation>
    </message>
</context>
<context>
    <name>ReplyClassifier</name>
    <message>
        <location filename="../core/ReplyClassifier.cpp" line="+293"/>
        <source>also asks to stop the reminders</source>
        <translation>también pide que se detengan los recordatorios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the opt-out is honoured over the promise</source>
        <translation>la baja prevalece sobre la promesa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>says they paid, but less than billed</source>
        <translation>dice que ha pagado, pero menos de lo facturado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>part paid, the rest promised</source>
        <translation>pago parcial, el resto prometido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>will pay once they have it</source>
        <translation>pagará cuando tenga el dinero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>instalments, so no single promise date</source>
        <translation>a plazos, así que no hay una única fecha prometida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more time without a date</source>
        <translation>más tiempo sin fecha</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>asks for more time, with a date</source>
        <translation>pide más tiempo, con fecha</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a guess from single words</source>
        <translation>una suposición a partir de palabras sueltas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>says they have paid</source>
        <translation>dice que ha pagado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>promises to pay on %1</source>
        <translation>promete pagar el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promises to pay, no date</source>
        <translation>promete pagar, sin fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disputes the bill or the work</source>
        <translation>disputa la factura o el trabajo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asks for the invoice or how to pay</source>
        <translation>pide la factura o cómo pagar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asks for instalments or more time</source>
        <translation>pide pagar a plazos o más tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opts out of messages</source>
        <translation>se da de baja de los mensajes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>says they are not the client</source>
        <translation>dice que no es el cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing about paying</source>
        <translation>nada sobre el pago</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not understood</source>
        <translation>no se ha entendido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>; amount %1</source>
        <translation>; importe %1</translation>
    </message>
</context>
<context>
    <name>ReplyHandler</name>
    <message>
        <location filename="../core/ReplyHandler.cpp" line="+99"/>
        <source>the message vanished</source>
        <translation>el mensaje ha desaparecido</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>A reply to: “%1”</source>
        <translation>Una respuesta a: «%1»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A message from %1, who is not one of your clients: “%2”</source>
        <translation>Un mensaje de %1, que no es cliente suyo: «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them as a client, or ignore it.</source>
        <translation>Añádalo como cliente o ignore el mensaje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 wrote: “%2”</source>
        <translation>%1 ha escrito: «%2»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read it and reply yourself.</source>
        <translation>Léalo y responda usted mismo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 says they have paid %2.</source>
        <translation>%1 dice que ha pagado %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 says they have paid %2 for %3.</source>
        <translation>%1 dice que ha pagado %2 por %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your bank; then mark the bill paid, or resume the reminders.</source>
        <translation>Compruebe su banco y, después, marque la factura como pagada o reanude los recordatorios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 promises to pay, without a date: “%2”</source>
        <translation>%1 promete pagar, sin fecha: «%2»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask them for a date, or leave the reminders running.</source>
        <translation>Pídale una fecha o deje que los recordatorios sigan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 disputes %2: “%3”</source>
        <translation>%1 disputa la factura %2: «%3»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders for this bill are paused until you resolve it.</source>
        <translation>Los recordatorios de esta factura están en pausa hasta que resuelva la disputa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested plan: three monthly payments of about %1 (%2 in all).</source>
        <translation>Plan propuesto: tres pagos mensuales de unos %1 (%2 en total).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asks to pay in instalments: “%2”</source>
        <translation>%1 pide pagar a plazos: «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reply on %1 said it is the wrong person.</source>
        <translation>Una respuesta por %1 indicó que es la persona equivocada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 contact of %2 says it is the wrong person: “%3”</source>
        <translation>El contacto %1 de %2 dice que es la persona equivocada: «%3»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the client&apos;s contact details; nothing more goes to that %1 contact.</source>
        <translation>Compruebe los datos de contacto del cliente; ya no se enviará nada a ese contacto %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot act on the reply: %1</source>
        <translation>No se puede procesar la respuesta: %1</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <location filename="../core/Seeder.cpp" line="+80"/>
        <source>Seeding needs at least one client and no negative number of bills.</source>
        <translation>Para generar datos de demostración hacen falta al menos un cliente y un número de facturas que no sea negativo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>Cannot seed the book: %1</source>
        <translation>No se pueden generar datos de demostración en el libro: %1</translation>
    </message>
</context>
<context>
    <name>SettingsBackups</name>
    <message>
        <location filename="../ui/qml/SettingsBackups.qml" line="+15"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is a complete copy of your book: clients, bills, payments and messages.</source>
        <translation>Una copia de seguridad es una copia completa de su libro: clientes, facturas, pagos y mensajes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Folder for backups</source>
        <translation>Carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Back up into</source>
        <translation>Guardar copias en</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder for backups</source>
        <translation>Elegir la carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up the book now</source>
        <translation>Hacer ahora una copia de seguridad del libro</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Backups in this folder</source>
        <translation>Copias de seguridad en esta carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet.</source>
        <translation>Ninguna todavía.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Going back to a backup</source>
        <translation>Volver a una copia de seguridad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup is a book of its own. To go back to one, quit DueDesk, keep your current book somewhere safe, and copy the backup in its place:
%1
You can also open a backup without replacing anything: start DueDesk with --db and the backup&apos;s file.</source>
        <translation>Una copia de seguridad es un libro en sí misma. Para volver a una, cierre DueDesk, guarde su libro actual en un lugar seguro y copie la copia de seguridad en su lugar:
%1
También puede abrir una copia de seguridad sin sustituir nada: inicie DueDesk con --db y el archivo de la copia.</translation>
    </message>
</context>
<context>
    <name>SettingsBusiness</name>
    <message>
        <location filename="../ui/qml/SettingsBusiness.qml" line="+14"/>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders are signed with your business name and show amounts in your currency.</source>
        <translation>Los recordatorios se firman con el nombre de su negocio y muestran los importes en su moneda.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Brightwater Plumbing</source>
        <translation>Fontanería Brightwater</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders written in</source>
        <translation>Recordatorios en</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language of the reminders</source>
        <translation>Idioma de los recordatorios</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the business profile</source>
        <translation>Guardar el perfil del negocio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Language of DueDesk</source>
        <translation>Idioma de DueDesk</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The language of DueDesk&apos;s own screens, for you on this computer. It changes at once.</source>
        <translation>El idioma de las pantallas de DueDesk, para usted en este ordenador. Cambia al instante.</translation>
    </message>
</context>
<context>
    <name>SettingsChannels</name>
    <message>
        <location filename="../ui/qml/SettingsChannels.qml" line="+18"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the ways DueDesk sends reminders. Passwords and tokens are kept in your system&apos;s keychain.</source>
        <translation>Configure las vías por las que DueDesk envía recordatorios. Las contraseñas y los tokens se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 status: %2</source>
        <translation>Estado de %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 now: %2</source>
        <translation>%1 ahora: %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Stored in the keychain</source>
        <translation>Guardado en el llavero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not stored yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store the %1 in the keychain</source>
        <translation>Guardar «%1» en el llavero</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test the %1 connection</source>
        <translation>Probar la conexión de %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="+24"/>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Copias</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+32"/>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
</context>
<context>
    <name>SettingsReminders</name>
    <message>
        <location filename="../ui/qml/SettingsReminders.qml" line="+13"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A policy is the series of reminders a client gets for a late bill. Clients follow Standard unless you choose another for them.</source>
        <translation>Una secuencia es la serie de recordatorios que recibe un cliente por una factura atrasada. Los clientes siguen la secuencia Standard, salvo que usted elija otra para ellos.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Policy to edit</source>
        <translation>Secuencia que editar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as a new policy</source>
        <translation>Copiar como nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy this policy as a new one</source>
        <translation>Copiar esta secuencia como una nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy name</source>
        <translation>Nombre de la secuencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most a week</source>
        <translation>Máximo por semana</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Most reminders a client gets in a week</source>
        <translation>Máximo de recordatorios que recibe un cliente en una semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent without asking me</source>
        <translation>Se envían sin consultarme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I approve every message first</source>
        <translation>Apruebo antes cada mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send reminders without approval</source>
        <translation>Enviar recordatorios sin aprobación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move step %1 up</source>
        <translation>Subir el paso %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move step %1 down</source>
        <translation>Bajar el paso %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove step %1</source>
        <translation>Quitar el paso %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When step %1 goes out</source>
        <translation>Cuándo se envía el paso %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days from the due date (negative: before it)</source>
        <translation>Días desde el vencimiento (negativo: antes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message of step %1</source>
        <translation>Mensaje del paso %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tone of step %1</source>
        <translation>Tono del paso %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Channel of step %1</source>
        <translation>Canal del paso %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a step</source>
        <translation>Añadir un paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a step to the policy</source>
        <translation>Añadir un paso a la secuencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save policy</source>
        <translation>Guardar secuencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the policy</source>
        <translation>Guardar la secuencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the changes to the policy</source>
        <translation>Deshacer los cambios en la secuencia</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reminder goes out in these hours; messages wait until the quiet hours end. They apply to every policy.</source>
        <translation>En estas horas no se envía ningún recordatorio; los mensajes esperan a que terminen. Se aplican a todas las secuencias.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No reminders on Sundays</source>
        <translation>Sin recordatorios los domingos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save quiet hours</source>
        <translation>Guardar horas de silencio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the quiet hours</source>
        <translation>Guardar las horas de silencio</translation>
    </message>
</context>
<context>
    <name>SettingsTemplates</name>
    <message>
        <location filename="../ui/qml/SettingsTemplates.qml" line="+14"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change how a message reads. Words in braces, like {amount}, are filled in for each client.</source>
        <translation>Cambie cómo se redacta un mensaje. Las palabras entre llaves, como {amount}, se rellenan para cada cliente.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Your wording</source>
        <translation>Su texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed by you</source>
        <translation>Cambiado por usted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DueDesk&apos;s wording</source>
        <translation>Texto de DueDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject of the email</source>
        <translation>Asunto del correo electrónico</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One paragraph a line</source>
        <translation>Un párrafo por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the message, one paragraph a line</source>
        <translation>Texto del mensaje, un párrafo por línea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One paragraph a line. You can use: %1</source>
        <translation>Un párrafo por línea. Puede usar: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save wording</source>
        <translation>Guardar texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this wording</source>
        <translation>Guardar este texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use DueDesk&apos;s wording</source>
        <translation>Usar el texto de DueDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to DueDesk&apos;s wording</source>
        <translation>Volver al texto de DueDesk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview for a sample client</source>
        <translation>Vista previa para un cliente de ejemplo</translation>
    </message>
</context>
<context>
    <name>SnapshotMessage</name>
    <message>
        <location filename="../core/SnapshotMessage.cpp" line="+25"/>
        <source>so far this week</source>
        <translation>en lo que va de semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last week</source>
        <translation>la semana pasada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the week of %1</source>
        <translation>en la semana del %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cash snapshot is incomplete: %1</source>
        <translation>El resumen de caja está incompleto: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 came in %2</source>
        <translation>Ha cobrado %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing came in %1</source>
        <translation>No ha cobrado nada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, and nobody owes you anything.</source>
        <translation>%1, y nadie le debe nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; %2 is still owed, none of it overdue.</source>
        <translation>%1; aún le deben %2, nada vencido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2 is still owed, %3 of it overdue.</source>
        <translation>%1; aún le deben %2, de los que %3 están vencidos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cash snapshot, week of %1 (figures as of %2)</source>
        <translation>Resumen de caja, semana del %1 (cifras al %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding: %1</source>
        <translation>Por cobrar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue: %1</source>
        <translation>Vencido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid in: %1</source>
        <translation>Cobrado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised: %1</source>
        <translation>Prometido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO: %1 days</source>
        <translation>Plazo medio de cobro: %1 días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue by age</source>
        <translation>Vencido por antigüedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-30 days: %1</source>
        <translation>1-30 días: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31-60 days: %1</source>
        <translation>31-60 días: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61-90 days: %1</source>
        <translation>61-90 días: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days: %1</source>
        <translation>Más de 90 días: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No payments are promised for the week.</source>
        <translation>No hay pagos prometidos para la semana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promised for the week</source>
        <translation>Prometido para la semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2, %3 (bill %4)</source>
        <translation>%1: %2, %3 (factura %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>...and %n more</source>
        <translation>
            <numerusform>...y %n más</numerusform>
            <numerusform>...y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owed the most</source>
        <translation>Quienes más le deben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (vencido: %2)</translation>
    </message>
</context>
<context>
    <name>TemplateOverrides</name>
    <message>
        <location filename="../core/TemplateOverrides.cpp" line="+105"/>
        <source>There is no message template of kind &quot;%1&quot;.</source>
        <translation>No existe ninguna plantilla de mensaje del tipo «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language the message is written in.</source>
        <translation>Elija el idioma en que está escrito el mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is empty. Write a text, or reset it to DueDesk&apos;s wording.</source>
        <translation>El mensaje está vacío. Escriba un texto o vuelva al texto de DueDesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An email needs a subject.</source>
        <translation>Un correo electrónico necesita un asunto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the message: %1</source>
        <translation>No se puede guardar el mensaje: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot reset the message: %1</source>
        <translation>No se puede restablecer el mensaje: %1</translation>
    </message>
</context>
<context>
    <name>ToneGrader</name>
    <message numerus="yes">
        <location filename="../core/ToneGrader.cpp" line="+55"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>vence en %n día</numerusform>
            <numerusform>vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>final notice</source>
        <translation>último aviso</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n promise(s) broken</source>
        <translation>
            <numerusform>%n promesa de pago incumplida</numerusform>
            <numerusform>%n promesas de pago incumplidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n reminders ignored</source>
        <translation>
            <numerusform>%n recordatorio sin respuesta</numerusform>
            <numerusform>%n recordatorios sin respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n other bills overdue</source>
        <translation>
            <numerusform>%n otra factura vencida</numerusform>
            <numerusform>%n otras facturas vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>client for %n years, %1% paid on time</source>
        <translation>
            <numerusform>cliente desde hace %n año, %1&#xa0;% de pagos puntuales</numerusform>
            <numerusform>cliente desde hace %n años, %1&#xa0;% de pagos puntuales</numerusform>
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
        <translation>amable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>neutral</source>
        <comment>tone of a reminder</comment>
        <translation>neutro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firm</source>
        <comment>tone of a reminder</comment>
        <translation>firme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>final</source>
        <comment>tone of a reminder</comment>
        <translation>final</translation>
    </message>
</context>
<context>
    <name>WeeklySnapshotSchedule</name>
    <message>
        <location filename="../core/WeeklySnapshotSchedule.cpp" line="+32"/>
        <source>Cannot record the weekly snapshot&apos;s state: %1</source>
        <translation>No se puede registrar el estado del resumen semanal: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The weekly snapshot needs a day from 1 (Monday) to 7 (Sunday) and an hour from 0 to 23.</source>
        <translation>El resumen semanal necesita un día del 1 (lunes) al 7 (domingo) y una hora de 0 a 23.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The weekly summary is off.</source>
        <translation>El resumen semanal está desactivado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next summary: %1 at %2</source>
        <translation>Próximo resumen: %1 a las %2</translation>
    </message>
</context>
<context>
    <name>WhatsAppMessages</name>
    <message>
        <location filename="../bridges/WhatsAppMessages.cpp" line="+83"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>WhatsAppOwnerInbox</name>
    <message>
        <location filename="../bridges/WhatsAppOwnerInbox.cpp" line="+75"/>
        <source>A WhatsApp message for the owner has no id.</source>
        <translation>Un mensaje de WhatsApp para el propietario no tiene ID.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A WhatsApp message for the owner could not be stored: %1</source>
        <translation>No se ha podido guardar un mensaje de WhatsApp para el propietario: %1</translation>
    </message>
</context>
<context>
    <name>WhatsAppWebhookParser</name>
    <message>
        <location filename="../bridges/WhatsAppWebhookParser.cpp" line="+140"/>
        <source>The WhatsApp notification is not a JSON object.</source>
        <translation>La notificación de WhatsApp no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notification is not from a WhatsApp Business account.</source>
        <translation>La notificación no procede de una cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A WhatsApp notification entry has no list of changes.</source>
        <translation>Una entrada de la notificación de WhatsApp no tiene lista de cambios.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A WhatsApp message in the notification is incomplete.</source>
        <translation>Un mensaje de WhatsApp de la notificación está incompleto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A WhatsApp delivery status in the notification is incomplete.</source>
        <translation>Un estado de entrega de WhatsApp de la notificación está incompleto.</translation>
    </message>
</context>
<context>
    <name>duedesk::ActivityModel</name>
    <message>
        <location filename="../ui/ActivityModel.cpp" line="+135"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message service</source>
        <translation>Servicio de mensajería</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importación</translation>
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
        <translation>Recordatorio redactado para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder approved automatically for %1</source>
        <translation>Recordatorio aprobado automáticamente para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder approved for %1</source>
        <translation>Recordatorio aprobado para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder skipped for %1</source>
        <translation>Recordatorio omitido para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder edited for %1</source>
        <translation>Recordatorio editado para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra reminder drafted for %1</source>
        <translation>Recordatorio adicional redactado para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder handed to the message service for %1</source>
        <translation>Recordatorio para %1 entregado al servicio de mensajería</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder sent for %1</source>
        <translation>Recordatorio enviado para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 could not be sent: %2</source>
        <translation>No se pudo enviar el recordatorio para %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 could not be sent</source>
        <translation>No se pudo enviar el recordatorio para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 may not have been sent: %2</source>
        <translation>Puede que el recordatorio para %1 no se haya enviado: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 may not have been sent</source>
        <translation>Puede que el recordatorio para %1 no se haya enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1 was not sent: %2</source>
        <translation>El recordatorio para %1 no se envió: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder for %1 was not sent</source>
        <translation>El recordatorio para %1 no se envió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminder delivered for %1</source>
        <translation>Recordatorio entregado para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder read for %1</source>
        <translation>Recordatorio leído para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder for %1 could not be delivered</source>
        <translation>No se pudo entregar el recordatorio para %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment of %1 recorded for %2: paid in full</source>
        <translation>Pago de %1 registrado para %2: factura pagada por completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment of %1 recorded for %2</source>
        <translation>Pago de %1 registrado para %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise to pay %1 by %2</source>
        <translation>Promesa de pago de %1 a más tardar el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise to pay %1 by %2 was not kept</source>
        <translation>No se cumplió la promesa de pago de %1 a más tardar el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 written off (%2)</source>
        <translation>%1 dada por perdida (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply received for %1</source>
        <translation>Respuesta recibida para %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply for %1 handed to you: they say it is paid</source>
        <translation>Respuesta sobre %1 derivada a usted: dice que ya está pagada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they dispute the bill</source>
        <translation>Respuesta sobre %1 derivada a usted: disputa la factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they ask for a payment plan</source>
        <translation>Respuesta sobre %1 derivada a usted: pide un plan de pagos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: a promise without a date</source>
        <translation>Respuesta sobre %1 derivada a usted: una promesa sin fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply for %1 handed to you: they say it is the wrong person</source>
        <translation>Respuesta sobre %1 derivada a usted: dice que es la persona equivocada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply for %1 handed to you</source>
        <translation>Respuesta sobre %1 derivada a usted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asked for no more messages by %2</source>
        <translation>%1 ha pedido no recibir más mensajes por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 marked as disputed</source>
        <translation>%1 marcada como en disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispute on %1 resolved</source>
        <translation>Disputa de %1 resuelta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders paused for %1 while you check a payment</source>
        <translation>Recordatorios de %1 en pausa mientras comprueba un pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders resumed for %1</source>
        <translation>Recordatorios de %1 reanudados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped for %1</source>
        <translation>Recordatorios de %1 detenidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>Checking every entry…</source>
        <translation>Comprobando todas las entradas…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The one entry checks out: nothing was changed or removed.</source>
        <translation>La única entrada cuadra: no se ha modificado ni eliminado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All %1 entries check out: nothing was changed or removed.</source>
        <translation>Las %1 entradas cuadran: no se ha modificado ni eliminado nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Entry %1 does not check out (%2). The trail may have been changed outside DueDesk from there on.</source>
        <translation>La entrada %1 no cuadra (%2). Es posible que el registro se haya modificado fuera de DueDesk a partir de ahí.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It was recorded on %1 at %2: “%3”.</source>
        <translation>Se registró el %1 a las %2: «%3».</translation>
    </message>
</context>
<context>
    <name>duedesk::BackupModel</name>
    <message>
        <location filename="../ui/BackupModel.cpp" line="+94"/>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
</context>
<context>
    <name>duedesk::BillDetails</name>
    <message>
        <location filename="../ui/BillDetails.cpp" line="+73"/>
        <source>Waiting for the payment promised by %1</source>
        <translation>Esperando el pago prometido para el %1</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>A %1 reminder by %2 is waiting for your approval</source>
        <translation>Un recordatorio %1 por %2 espera su aprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You skipped a %1 reminder by %2</source>
        <translation>Ha omitido un recordatorio %1 por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was cancelled</source>
        <translation>Se canceló un recordatorio %1 por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 is approved and waiting to be sent</source>
        <translation>Un recordatorio %1 por %2 está aprobado y pendiente de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder was sent by %2</source>
        <translation>Se envió un recordatorio %1 por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder was delivered by %2</source>
        <translation>Se entregó un recordatorio %1 por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was read</source>
        <translation>Se leyó un recordatorio %1 enviado por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 could not be sent</source>
        <translation>No se pudo enviar un recordatorio %1 por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 may not have arrived: please check</source>
        <translation>Puede que un recordatorio %1 por %2 no haya llegado: compruébelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 reminder by %2 was approved</source>
        <translation>Se aprobó un recordatorio %1 por %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply by %1: “%2”</source>
        <translation>Respuesta por %1: «%2»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payment of %1 received</source>
        <translation>Pago de %1 recibido</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The client promised to pay by %1</source>
        <translation>El cliente prometió pagar a más tardar el %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The promised payment did not arrive</source>
        <translation>El pago prometido no llegó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marked as disputed: reminders paused</source>
        <translation>Marcada como en disputa: recordatorios en pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dispute resolved: reminders resumed</source>
        <translation>Disputa resuelta: recordatorios reanudados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped</source>
        <translation>Recordatorios detenidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders resumed</source>
        <translation>Recordatorios reanudados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client says it is paid: reminders paused for you to check</source>
        <translation>El cliente dice que está pagada: recordatorios en pausa para que lo compruebe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You chased this bill by hand</source>
        <translation>Reclamó esta factura manualmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation>Dada por perdida</translation>
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
        <translation>Primero elija una factura.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Enter the amount you received.</source>
        <translation>Introduzca el importe recibido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter an amount above zero.</source>
        <translation>Introduzca un importe mayor que cero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than the %1 still owed.</source>
        <translation>Es más de los %1 que aún se deben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the promised day as year-month-day, for example %1.</source>
        <translation>Introduzca la fecha prometida como año-mes-día, por ejemplo, %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Only a bill with something still owed can be written off.</source>
        <translation>Solo se puede dar por perdida una factura con importe pendiente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>written off</source>
        <translation>dada por perdida</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the bill off: %1</source>
        <translation>No se puede dar por perdida la factura: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::BillListModel</name>
    <message>
        <location filename="../ui/BillListModel.cpp" line="+68"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation>Incobrable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminders on</source>
        <translation>Recordatorios activos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for a promised payment</source>
        <translation>Esperando un pago prometido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused while disputed</source>
        <translation>En pausa por disputa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused: client says it is paid</source>
        <translation>En pausa: el cliente dice que está pagada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminders stopped</source>
        <translation>Recordatorios detenidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No more reminders</source>
        <translation>Sin más recordatorios</translation>
    </message>
</context>
<context>
    <name>duedesk::BookChooser</name>
    <message>
        <location filename="../ui/BookChooser.cpp" line="+120"/>
        <source>Please enter the name of your business.</source>
        <translation>Introduzca el nombre de su negocio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DueDesk does not know the currency %1.</source>
        <translation>DueDesk no conoce la moneda %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please choose the country or region your business is in.</source>
        <translation>Elija el país o la región de su negocio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a book at %1. Open it instead.</source>
        <translation>Ya hay un libro en %1. Ábralo en su lugar.</translation>
    </message>
</context>
<context>
    <name>duedesk::BridgeHost</name>
    <message>
        <location filename="../bridges/BridgeHost.cpp" line="+62"/>
        <source>Your assistant needs a Telegram bot of its own: this token is your business bot&apos;s, which your clients write to. Create a second bot with @BotFather.</source>
        <translation>Su asistente necesita un bot de Telegram propio: este token es el del bot de su negocio, al que escriben sus clientes. Cree un segundo bot con @BotFather.</translation>
    </message>
</context>
<context>
    <name>duedesk::BusinessProfile</name>
    <message>
        <location filename="../ui/BusinessProfile.cpp" line="+121"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter your business name: it signs every reminder.</source>
        <translation>Introduzca el nombre de su negocio: firma todos los recordatorios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a currency DueDesk knows. Use a three-letter code such as GBP or EUR.</source>
        <translation>«%1» no es una moneda que DueDesk conozca. Use un código de tres letras, como GBP o EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the country your business is in.</source>
        <translation>Elija el país de su negocio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the language your reminders are written in.</source>
        <translation>Elija el idioma en que se redactan sus recordatorios.</translation>
    </message>
</context>
<context>
    <name>duedesk::CallQueueModel</name>
    <message>
        <location filename="../ui/CallQueueModel.cpp" line="+100"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
</context>
<context>
    <name>duedesk::CashModel</name>
    <message>
        <location filename="../ui/CashModel.cpp" line="+58"/>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
</context>
<context>
    <name>duedesk::ChannelSettings</name>
    <message>
        <location filename="../ui/ChannelSettings.cpp" line="+21"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders from your own mailbox and reads the answers. Your email provider lists these settings.</source>
        <translation>Envía recordatorios desde su propio buzón y lee las respuestas. Su proveedor de correo le indica estos ajustes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing server (SMTP)</source>
        <translation>Servidor de salida (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing port</source>
        <translation>Puerto de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming server (IMAP)</source>
        <translation>Servidor de entrada (IMAP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming port</source>
        <translation>Puerto de entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send as</source>
        <translation>Enviar como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders from your business&apos;s Telegram bot. @BotFather gives you its token.</source>
        <translation>Envía recordatorios desde el bot de Telegram de su negocio. @BotFather le da su token.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Bot token</source>
        <translation>Token del bot</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+23"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends reminders through the WhatsApp Business platform, with an access token from Meta.</source>
        <translation>Envía recordatorios a través de la plataforma WhatsApp Business, con un token de acceso de Meta.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number ID</source>
        <translation>ID del número de teléfono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends text messages through your SMS provider&apos;s account.</source>
        <translation>Envía SMS a través de la cuenta de su proveedor de SMS.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auth token</source>
        <translation>Token de autenticación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account ID</source>
        <translation>ID de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send from number</source>
        <translation>Número de envío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WhatsApp replies</source>
        <translation>Respuestas de WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta sends replies and delivery reports to a webhook, signed with your app&apos;s secret. Enter the secret and the verify token you chose in Meta&apos;s dashboard.</source>
        <translation>Meta envía las respuestas y los informes de entrega a un webhook, firmados con el secreto de su app. Introduzca el secreto y el token de verificación que eligió en el panel de Meta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App secret</source>
        <translation>Secreto de la app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify token</source>
        <translation>Token de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local port</source>
        <translation>Puerto local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay for WhatsApp replies</source>
        <translation>Reenviador de respuestas de WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this computer cannot be reached from the internet, run duedesk-relay on a server: it receives Meta&apos;s webhook and passes it on here. Enter its address and the key you gave it.</source>
        <translation>Si no se puede acceder a este ordenador desde internet, ejecute duedesk-relay en un servidor: recibe el webhook de Meta y lo reenvía aquí. Introduzca su dirección y la clave que le asignó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relay key</source>
        <translation>Clave del reenviador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation>Dirección del reenviador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your assistant on Telegram</source>
        <translation>Su asistente en Telegram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second Telegram bot that talks only to you: it brings you reminders to approve with one tap, takes requests like “Rachel paid” and sends your weekly cash summary. Create it with @BotFather, separate from the bot your clients use.</source>
        <translation>Un segundo bot de Telegram que solo habla con usted: le trae los recordatorios para que los apruebe con un toque, atiende peticiones como «Rachel paid» y le envía el resumen semanal de caja. Créelo con @BotFather, aparte del bot que usan sus clientes.</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last test failed (%1): %2</source>
        <translation>La última prueba falló (%1): %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set up: fill in the fields marked as needed.</source>
        <translation>Sin configurar: rellene los campos obligatorios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up: the %1 is missing.</source>
        <translation>Sin configurar: falta «%1».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working (tested %1): %2</source>
        <translation>Funciona (prueba: %1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up, not tested yet.</source>
        <translation>Configurado, aún sin probar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your assistant cannot reach Telegram: %1</source>
        <translation>Su asistente no puede conectar con Telegram: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paired with your phone: reminders to approve and your weekly summary go there.</source>
        <translation>Vinculado con su teléfono: allí le llegan los recordatorios que debe aprobar y el resumen semanal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running, not paired yet: press “Pair my phone” below.</source>
        <translation>En marcha, aún sin vincular: pulse «Vincular mi teléfono» más abajo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sending now…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting until %1 before sending again.</source>
        <translation>Esperando hasta las %1 para volver a enviar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting until %1 before sending again: %2</source>
        <translation>Esperando hasta las %1 para volver a enviar: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused until %1 after repeated failures: %2</source>
        <translation>En pausa hasta las %1 tras varios fallos seguidos: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Running: %n message(s) sent since DueDesk started.</source>
        <translation>
            <numerusform>En marcha: %n mensaje enviado desde que se abrió DueDesk.</numerusform>
            <numerusform>En marcha: %n mensajes enviados desde que se abrió DueDesk.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running: nothing waiting to be sent.</source>
        <translation>En marcha: no hay nada pendiente de envío.</translation>
    </message>
</context>
<context>
    <name>duedesk::ChatCompletionsClient</name>
    <message>
        <location filename="../bridges/ChatCompletionsClient.cpp" line="+53"/>
        <source>the model server address must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>la dirección del servidor del modelo debe ser una URL http:// o https://, no «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no model name is set for the model server</source>
        <translation>no se ha indicado ningún nombre de modelo para el servidor del modelo</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the model server did not answer within %1 ms</source>
        <translation>el servidor del modelo no ha respondido en %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model server&apos;s answer is larger than %1 bytes</source>
        <translation>la respuesta del servidor del modelo supera los %1 bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model server answered HTTP %1: %2</source>
        <translation>el servidor del modelo ha respondido HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach the model server: %1</source>
        <translation>no se puede conectar con el servidor del modelo: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the model server&apos;s answer is not a chat completion</source>
        <translation>la respuesta del servidor del modelo no tiene el formato de chat completion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the model&apos;s answer is not a JSON object: %1</source>
        <translation>la respuesta del modelo no es un objeto JSON: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::ClientDetails</name>
    <message>
        <location filename="../ui/ClientDetails.cpp" line="+48"/>
        <source>Approved, waiting to be sent</source>
        <translation>Aprobado, pendiente de envío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not be sent</source>
        <translation>No se pudo enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May not have arrived: please check</source>
        <translation>Puede que no haya llegado: compruébelo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Says it is paid</source>
        <translation>Dice que está pagada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises to pay</source>
        <translation>Promete pagar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputes the bill</source>
        <translation>Disputa la factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks for a copy of the bill</source>
        <translation>Pide una copia de la factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks to pay in instalments</source>
        <translation>Pide pagar a plazos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks for no more messages</source>
        <translation>Pide no recibir más mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Says it is the wrong person</source>
        <translation>Dice que es la persona equivocada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not understood: handed to you</source>
        <translation>No se ha entendido: derivada a usted</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Client since %1</source>
        <translation>Cliente desde %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>Desactivado por usted el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out on %1</source>
        <translation>Se dio de baja el %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turned on by you on %1</source>
        <translation>Activado por usted el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed on %1</source>
        <translation>Aceptado el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowed unless the client opts out</source>
        <translation>Permitido salvo que el cliente se dé de baja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No consent recorded</source>
        <translation>Sin consentimiento registrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No address for this channel</source>
        <translation>No hay dirección para este canal</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Segment default (%1)</source>
        <translation>Predeterminada del segmento (%1)</translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>Choose a client first.</source>
        <translation>Primero elija un cliente.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>There is no channel called “%1”.</source>
        <translation>No existe ningún canal llamado «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no segment called “%1”.</source>
        <translation>No existe ningún segmento llamado «%1».</translation>
    </message>
</context>
<context>
    <name>duedesk::ClientListModel</name>
    <message>
        <location filename="../ui/ClientListModel.cpp" line="+71"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategic</source>
        <translation>Estratégico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Government</source>
        <translation>Administración pública</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>duedesk::DashboardModel</name>
    <message>
        <location filename="../ui/DashboardModel.cpp" line="+31"/>
        <source>Not due yet</source>
        <translation>Sin vencer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–30 days overdue</source>
        <translation>1–30 días de retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>31–60 days overdue</source>
        <translation>31–60 días de retraso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>61–90 days overdue</source>
        <translation>61–90 días de retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days overdue</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duedesk::EnvironmentSecretStore</name>
    <message>
        <location filename="../bridges/SecretStore.cpp" line="+71"/>
        <source>Secrets cannot be stored in a headless run: set %1 in the environment instead.</source>
        <translation>Los secretos no se pueden guardar en una ejecución sin interfaz gráfica: defina %1 en el entorno.</translation>
    </message>
</context>
<context>
    <name>duedesk::KeychainSecretStore</name>
    <message>
        <location line="-31"/>
        <source>Cannot read from the system keychain: %1</source>
        <translation>No se puede leer el llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot store the secret in the system keychain: %1</source>
        <translation>No se puede guardar el secreto en el llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::ModelReplyClassifier</name>
    <message>
        <location filename="../bridges/ModelReplyClassifier.cpp" line="+110"/>
        <source>the model answered an unknown intent &quot;%1&quot;</source>
        <translation>el modelo ha respondido con una intención desconocida «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the model&apos;s confidence is not a number from 0 to 1</source>
        <translation>la confianza del modelo no es un número entre 0 y 1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the model&apos;s promise date &quot;%1&quot; is not a date</source>
        <translation>la fecha de promesa del modelo, «%1», no es una fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s promise date %1 is not between today and a year from now</source>
        <translation>la fecha de promesa del modelo, %1, no está entre hoy y dentro de un año</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the model&apos;s promise date is not a date</source>
        <translation>la fecha de promesa del modelo no es una fecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model&apos;s amount %1 is not a positive number</source>
        <translation>el importe del modelo, %1, no es un número positivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the model&apos;s amount is not a number</source>
        <translation>el importe del modelo no es un número</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>model not used: %1</source>
        <translation>modelo no usado: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the model (%1) was no surer than the rules</source>
        <translation>el modelo (%1) no estaba más seguro que las reglas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>model %1: %2 (the rules said: %3)</source>
        <translation>modelo %1: %2 (según las reglas: %3)</translation>
    </message>
</context>
<context>
    <name>duedesk::NetworkConnectionTester</name>
    <message>
        <location filename="../bridges/ConnectionTest.cpp" line="+67"/>
        <source>DueDesk does not know the channel &quot;%1&quot;.</source>
        <translation>DueDesk no conoce el canal «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the outgoing mail server (SMTP) first.</source>
        <translation>Primero introduzca el servidor de correo saliente (SMTP).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The mail server answered: %1</source>
        <translation>El servidor de correo ha respondido: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server refused the connection: %1</source>
        <translation>El servidor de correo ha rechazado la conexión: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach %1:%2: %3</source>
        <translation>No se puede conectar con %1:%2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1:%2 did not answer in time.</source>
        <translation>%1:%2 no ha respondido a tiempo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the token first.</source>
        <translation>Primero introduzca el token.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the WhatsApp phone number ID first.</source>
        <translation>Primero introduzca el ID del número de teléfono de WhatsApp.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the SMS account ID first.</source>
        <translation>Primero introduzca el ID de la cuenta de SMS.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Telegram did not accept the token.</source>
        <translation>Telegram no ha aceptado el token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connected as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service did not accept the token (HTTP %1).</source>
        <translation>El servicio no ha aceptado el token (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach the service: %1</source>
        <translation>No se puede conectar con el servicio: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::OwnerAssistant</name>
    <message>
        <location filename="../ui/OwnerAssistant.cpp" line="+34"/>
        <source>Sent to your phone.</source>
        <translation>Enviado a su teléfono.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The summary could not be sent: %1</source>
        <translation>No se ha podido enviar el resumen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Someone other than you wrote to your assistant %n time(s), last on %1. It did not answer them.</source>
        <translation>
            <numerusform>Alguien que no es usted escribió a su asistente %n vez, el %1. El asistente no respondió.</numerusform>
            <numerusform>Alguien que no es usted escribió a su asistente %n veces, la última el %1. El asistente no respondió.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>On your phone, send /start %1 to your assistant bot in Telegram, or start %1 to your business&apos;s WhatsApp number. The code works once, until %2.</source>
        <translation>En su teléfono, envíe /start %1 a su bot asistente de Telegram, o start %1 al número de WhatsApp de su negocio. El código sirve una sola vez, hasta las %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not make a pairing code: %1</source>
        <translation>No se ha podido generar un código de vinculación: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not unpair: %1</source>
        <translation>No se ha podido desvincular: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This week&apos;s summary goes out in a moment.</source>
        <translation>El resumen de esta semana saldrá en un momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week&apos;s summary goes out as soon as your phone is paired.</source>
        <translation>El resumen de esta semana saldrá en cuanto vincule su teléfono.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not save the weekly summary&apos;s time: %1</source>
        <translation>No se ha podido guardar la hora del resumen semanal: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pair your phone with your assistant first (Settings &gt; Channels).</source>
        <translation>Primero vincule su teléfono con su asistente (Ajustes &gt; Canales).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending this week&apos;s summary to your phone…</source>
        <translation>Enviando el resumen de esta semana a su teléfono…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary could not be sent: your assistant is not running.</source>
        <translation>No se ha podido enviar el resumen: su asistente no está en marcha.</translation>
    </message>
</context>
<context>
    <name>duedesk::PolicyEditor</name>
    <message>
        <location filename="../ui/PolicyEditor.cpp" line="+24"/>
        <source>Heads-up</source>
        <translation>Aviso previo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final notice</source>
        <translation>Último aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Client&apos;s preferred channel</source>
        <translation>Canal preferido del cliente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Days from the due date</source>
        <translation>Días desde el vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On becoming %1</source>
        <translation>Al llegar a %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Give the policy a name.</source>
        <translation>Ponga un nombre a la secuencia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A policy needs at least one step. Add a step, or keep the policy as it was.</source>
        <translation>Una secuencia necesita al menos un paso. Añada un paso o deje la secuencia como estaba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow at least one reminder a week; %1 would stop every reminder.</source>
        <translation>Permita al menos un recordatorio por semana; %1 detendría todos los recordatorios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 7 reminders a week: more would feel like pressure to a client.</source>
        <translation>Como máximo 7 recordatorios por semana: más serían una presión excesiva para el cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 has no message chosen.</source>
        <translation>El paso %1 no tiene ningún mensaje elegido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is %2 days from the due date; choose between 60 days before and 365 days after.</source>
        <translation>El paso %1 está a %2 días del vencimiento; elija entre 60 días antes y 365 días después.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 is the final notice, so it must be the last step.</source>
        <translation>El paso %1 es el último aviso, así que debe ser el último paso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is a heads-up, which goes before the due date; choose a reminder instead.</source>
        <translation>El paso %1 es un aviso previo, que se envía antes del vencimiento; elija un recordatorio en su lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 comes on day %2, not after step %3 (day %4). Put the steps in order of days.</source>
        <translation>El paso %1 va el día %2, no después del paso %3 (día %4). Ordene los pasos por días.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Saved. Reminders already planned now follow these steps.</source>
        <translation>Guardado. Los recordatorios ya planificados siguen ahora estos pasos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quiet hours saved: no reminders go out from %1 to %2%3.</source>
        <translation>Horas de silencio guardadas: no se envían recordatorios de %1 a %2%3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, nor on Sundays</source>
        <translation>, ni los domingos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>When the bill becomes %1</source>
        <translation>Cuando la factura llega a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day before the due date</source>
        <translation>1 día antes del vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days before the due date</source>
        <translation>%1 días antes del vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the due date</source>
        <translation>El día del vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day after the due date</source>
        <translation>1 día después del vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days after the due date</source>
        <translation>%1 días después del vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the client&apos;s preferred channel</source>
        <translation>el canal preferido del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2, %3, by %4</source>
        <translation>%1: %2, %3, por %4</translation>
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
        <translation>Recibe los webhooks de WhatsApp en un servidor público y los reenvía al DueDesk de escritorio mediante un WebSocket.
Usa HTTP y WebSocket sin cifrar y, por defecto, escucha en la interfaz de bucle local: póngalo detrás de un proxy inverso con TLS
(https:// para el webhook de Meta, wss:// para el escritorio) y nunca exponga estos puertos directamente.
Los secretos solo se leen del entorno, nunca de la línea de comandos:
  DUEDESK_WHATSAPP_APP_SECRET    el secreto de la app que firma las notificaciones de Meta (obligatorio)
  DUEDESK_WHATSAPP_VERIFY_TOKEN  el token de verificación introducido en el panel de la app de Meta
  DUEDESK_RELAY_KEY              la clave con la que se autentica el escritorio (obligatoria)
  DUEDESK_RELAY_STORE            el archivo del almacén, si no se indica --store</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address for Meta&apos;s webhook (default 127.0.0.1).</source>
        <translation>Dirección para el webhook de Meta (predeterminada: 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port for Meta&apos;s webhook (default 8480).</source>
        <translation>Puerto para el webhook de Meta (predeterminado: 8480).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path of the webhook (default /whatsapp/webhook).</source>
        <translation>Ruta del webhook (predeterminada: /whatsapp/webhook).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address for the desktop&apos;s WebSocket (default 127.0.0.1).</source>
        <translation>Dirección para el WebSocket del escritorio (predeterminada: 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Port for the desktop&apos;s WebSocket (default 8481).</source>
        <translation>Puerto para el WebSocket del escritorio (predeterminado: 8481).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The relay&apos;s own SQLite file of received notifications (default: in the user&apos;s data folder).</source>
        <translation>Archivo SQLite propio del reenviador con las notificaciones recibidas (predeterminado: en la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print {&quot;events&quot;:N,&quot;unacknowledged&quot;:M} for the store and exit.</source>
        <translation>Mostrar {&quot;events&quot;:N,&quot;unacknowledged&quot;:M} del almacén y salir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an address is not an IP address</source>
        <translation>una dirección no es una dirección IP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a port is not a number from 0 to 65535</source>
        <translation>un puerto no es un número de 0 a 65535</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>set DUEDESK_WHATSAPP_APP_SECRET and DUEDESK_RELAY_KEY in the environment</source>
        <translation>defina DUEDESK_WHATSAPP_APP_SECRET y DUEDESK_RELAY_KEY en el entorno</translation>
    </message>
</context>
<context>
    <name>duedesk::RelayClient</name>
    <message>
        <location filename="../bridges/RelayClient.cpp" line="+108"/>
        <source>The relay refused DueDesk&apos;s relay key; check DUEDESK_RELAY_KEY on both sides.</source>
        <translation>El reenviador ha rechazado la clave de DueDesk; compruebe DUEDESK_RELAY_KEY en ambos lados.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>DueDesk&apos;s WhatsApp webhook refused a relayed notification&apos;s signature; check that the app secret is the same on the desktop and on the relay.</source>
        <translation>El webhook de WhatsApp de DueDesk ha rechazado la firma de una notificación reenviada; compruebe que el secreto de la app es el mismo en el escritorio y en el reenviador.</translation>
    </message>
</context>
<context>
    <name>duedesk::RelayServer</name>
    <message>
        <location filename="../app/relay/RelayServer.cpp" line="+60"/>
        <source>DUEDESK_WHATSAPP_APP_SECRET and DUEDESK_RELAY_KEY must both be set.</source>
        <translation>Deben definirse tanto DUEDESK_WHATSAPP_APP_SECRET como DUEDESK_RELAY_KEY.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The webhook could not listen on %1:%2.</source>
        <translation>El webhook no pudo escuchar en %1:%2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desktop connection could not listen on %1:%2: %3</source>
        <translation>La conexión del escritorio no pudo escuchar en %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>duedesk::RelayStore</name>
    <message>
        <location filename="../app/relay/RelayStore.cpp" line="+50"/>
        <source>The relay store %1 could not be opened: %2</source>
        <translation>No se pudo abrir el almacén del reenviador %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The relay store %1 could not be prepared: %2</source>
        <translation>No se pudo preparar el almacén del reenviador %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The webhook could not be stored: %1</source>
        <translation>No se pudo guardar el webhook: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The relay store could not be read: %1</source>
        <translation>No se pudo leer el almacén del reenviador: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::TelegramBridge</name>
    <message>
        <location filename="../bridges/TelegramBridge.cpp" line="+79"/>
        <location line="+58"/>
        <source>Telegram did not answer: %1</source>
        <translation>Telegram no respondió: %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Telegram&apos;s answer could not be read</source>
        <translation>No se pudo leer la respuesta de Telegram</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Telegram refused the message: %1</source>
        <translation>Telegram rechazó el mensaje: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Telegram refused to hand out updates: %1</source>
        <translation>Telegram no entregó las novedades: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A Telegram update could not be stored: %1</source>
        <translation>No se pudo guardar una novedad de Telegram: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::TelegramOwnerBot</name>
    <message>
        <location filename="../bridges/TelegramOwnerBot.cpp" line="+103"/>
        <source>A Telegram update could not be stored: %1</source>
        <translation>No se pudo guardar una novedad de Telegram: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Telegram did not answer: %1</source>
        <translation>Telegram no respondió: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Telegram refused %1: %2</source>
        <translation>Telegram rechazó %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The owner&apos;s Telegram bot is not set up.</source>
        <translation>El bot de Telegram del propietario no está configurado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner&apos;s Telegram bot is still busy with the last round.</source>
        <translation>El bot de Telegram del propietario aún está ocupado con la ronda anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Telegram asked to wait until %1.</source>
        <translation>Telegram ha pedido esperar hasta %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Telegram&apos;s updates could not be read.</source>
        <translation>No se pudieron leer las novedades de Telegram.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>We are already paired: I will send you reminders to approve here.</source>
        <translation>Ya estamos vinculados: le enviaré aquí los recordatorios que debe aprobar.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>That button is out of date.</source>
        <translation>Ese botón ya no es válido.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved — it will go out shortly.</source>
        <translation>Aprobado: saldrá en breve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped.</source>
        <translation>Omitido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send me the new wording</source>
        <translation>Envíeme el nuevo texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already handled</source>
        <translation>Ya gestionado</translation>
    </message>
</context>
<context>
    <name>duedesk::TemplateEditor</name>
    <message>
        <location filename="../ui/TemplateEditor.cpp" line="+43"/>
        <source>Heads-up before the due date</source>
        <translation>Aviso antes del vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final notice</source>
        <translation>Último aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanks for a promise to pay</source>
        <translation>Agradecimiento por una promesa de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy of the bill</source>
        <translation>Copia de la factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation of “no more messages”</source>
        <translation>Confirmación de «no más mensajes»</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the client&apos;s first name</source>
        <translation>el nombre de pila del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bill&apos;s number</source>
        <translation>el número de la factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount still owed</source>
        <translation>el importe pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the due date</source>
        <translation>la fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days overdue</source>
        <translation>los días de retraso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payment link (a line with it is left out without one)</source>
        <translation>el enlace de pago (si no lo hay, se omite la línea que lo contiene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date the client promised</source>
        <translation>la fecha que prometió el cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your business name</source>
        <translation>el nombre de su negocio</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Characters: %1 · Text messages: %2</source>
        <translation>Caracteres: %1 · SMS: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters: %1 · Text messages: %2 (special characters make each message shorter)</source>
        <translation>Caracteres: %1 · SMS: %2 (los caracteres especiales acortan cada mensaje)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the text first: %1</source>
        <translation>Primero corrija el texto: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved. New reminders use your wording.</source>
        <translation>Guardado. Los nuevos recordatorios usarán su texto.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DueDesk&apos;s wording is back.</source>
        <translation>Se ha restablecido el texto de DueDesk.</translation>
    </message>
</context>
<context>
    <name>duedesk::TranscriptionClient</name>
    <message>
        <location filename="../bridges/TranscriptionClient.cpp" line="+88"/>
        <source>voice notes are not set up: no transcription server is configured</source>
        <translation>las notas de voz no están configuradas: no hay ningún servidor de transcripción configurado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the transcription server address must be an http:// or https:// URL, not &quot;%1&quot;</source>
        <translation>la dirección del servidor de transcripción debe ser una URL http:// o https://, no «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the voice note is empty</source>
        <translation>la nota de voz está vacía</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the transcription server did not answer within %1 ms</source>
        <translation>el servidor de transcripción no respondió en %1 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the transcription server&apos;s answer is larger than %1 bytes</source>
        <translation>la respuesta del servidor de transcripción ocupa más de %1 bytes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the transcription server answered HTTP %1: %2</source>
        <translation>el servidor de transcripción respondió HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach the transcription server: %1</source>
        <translation>no se puede conectar con el servidor de transcripción: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the transcription server&apos;s answer is not a transcription: %1</source>
        <translation>la respuesta del servidor de transcripción no es una transcripción: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the transcription is empty: no speech was recognised in the voice note</source>
        <translation>la transcripción está vacía: no se ha reconocido ninguna voz en la nota de voz</translation>
    </message>
</context>
<context>
    <name>duedesk::TrayIcon</name>
    <message>
        <location filename="../app/gui/TrayIcon.cpp" line="+58"/>
        <source>Open DueDesk</source>
        <translation>Abrir DueDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>duedesk::WeeklySnapshotSender</name>
    <message>
        <location filename="../bridges/WeeklySnapshotSender.cpp" line="+71"/>
        <source>No chat is paired yet: pair Telegram or WhatsApp in Settings, then try again.</source>
        <translation>Aún no hay ningún chat vinculado: vincule Telegram o WhatsApp en Ajustes y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The owner&apos;s chat cannot take messages right now.</source>
        <translation>El chat del propietario no puede recibir mensajes en este momento.</translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppBridge</name>
    <message>
        <location filename="../bridges/WhatsAppBridge.cpp" line="+180"/>
        <source>WhatsApp accepted the message without returning its id.</source>
        <translation>WhatsApp aceptó el mensaje sin devolver su identificador.</translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppOwnerChannel</name>
    <message>
        <location filename="../bridges/WhatsAppOwnerChannel.cpp" line="+95"/>
        <source>WhatsApp lets DueDesk write to you only within 24 hours of your last message to the business number; send it any message and this will follow.</source>
        <translation>WhatsApp solo permite a DueDesk escribirle en las 24 horas siguientes a su último mensaje al número del negocio; envíele cualquier mensaje y esto le llegará a continuación.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The owner&apos;s WhatsApp assistant is not set up.</source>
        <translation>El asistente de WhatsApp del propietario no está configurado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner&apos;s WhatsApp assistant is still busy with the last round.</source>
        <translation>El asistente de WhatsApp del propietario aún está ocupado con la ronda anterior.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+298"/>
        <source>A WhatsApp message for the owner could not be handled: %1</source>
        <translation>No se ha podido procesar un mensaje de WhatsApp para el propietario: %1</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>the reminder to %1 (%2)</source>
        <translation>el recordatorio para %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved: %1 will go out shortly.</source>
        <translation>Aprobado: %1 saldrá en breve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped %1.</source>
        <translation>Omitido: %1.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Send the reminder above to %1 (%2)?</source>
        <translation>¿Enviar el recordatorio de arriba a %1 (%2)?</translation>
    </message>
</context>
<context>
    <name>duedesk::WhatsAppWebhookServer</name>
    <message>
        <location filename="../bridges/WhatsAppWebhookServer.cpp" line="+34"/>
        <source>The WhatsApp app secret is not set, so notifications could not be verified.</source>
        <translation>No se ha configurado el secreto de la app de WhatsApp, así que no se pueden verificar las notificaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WhatsApp webhook could not listen on %1:%2.</source>
        <translation>El webhook de WhatsApp no pudo escuchar en %1:%2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The WhatsApp notification&apos;s signature does not match; it was ignored.</source>
        <translation>La firma de la notificación de WhatsApp no coincide; se ha ignorado.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+82"/>
        <source>DueDesk gets your bills paid.</source>
        <translation>DueDesk le ayuda a cobrar sus facturas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the book at &lt;path&gt;.</source>
        <translation>Abrir el libro situado en &lt;path&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the demo book (created on first use).</source>
        <translation>Abrir el libro de demostración (se crea la primera vez).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use &lt;language&gt; (en, es, fr, de).</source>
        <translation>Usar el idioma &lt;language&gt; (en, es, fr, de).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the first frame to &lt;file&gt; and quit.</source>
        <translation>Guardar la primera imagen en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the milliseconds to the first frame of the dashboard and quit.</source>
        <translation>Mostrar los milisegundos hasta la primera imagen del resumen y salir.</translation>
    </message>
</context>
</TS>
