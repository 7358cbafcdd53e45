<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>Book</name>
    <message>
        <location filename="../core/Book.cpp" line="+129"/>
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
    <name>Cli</name>
    <message>
        <location filename="../app/cli/BenchCommand.cpp" line="+32"/>
        <source>%1 failed: %2</source>
        <translation>%1 ha fallado: %2</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+4"/>
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
        <location filename="../app/cli/CliContext.cpp" line="+35"/>
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
        <location filename="../app/cli/ReportCommand.cpp" line="+32"/>
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
        <location filename="../app/cli/main.cpp" line="+23"/>
        <source>Usage: duedesk-cli [--db PATH] [--now ISO-DATETIME] [--json] COMMAND [ARGS]

Commands:
  seed --clients N --bills M [--seed S]   fill the book with realistic demo data
  import FILE.csv                         import bills and clients (generic, Xero or QuickBooks columns)
  report aging [--today DATE] [--json]    open balances per aging bucket and currency
  bench [--bills N] [--runs R]            benchmark the aging report against a plain scan

--db defaults to the book in your DueDesk data folder. --now sets the clock (for scripts and tests).
</source>
        <translation>Uso: duedesk-cli [--db PATH] [--now ISO-DATETIME] [--json] COMMAND [ARGS]

Comandos:
  seed --clients N --bills M [--seed S]   rellena el libro con datos de demostración realistas
  import FILE.csv                         importa facturas y clientes (columnas generic, Xero o QuickBooks)
  report aging [--today DATE] [--json]    saldos pendientes por tramo de antigüedad y moneda
  bench [--bills N] [--runs R]            compara la velocidad del informe aging con un recorrido simple

Sin --db se usa el libro de su carpeta de datos de DueDesk. --now fija el reloj (para scripts y pruebas).
</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>--now takes an ISO date or date-time, not &quot;%1&quot;</source>
        <translation>--now necesita una fecha ISO o una fecha y hora ISO, no «%1»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>comando desconocido «%1» (consulte --help)</translation>
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
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Main.qml" line="+19"/>
        <source>DueDesk — %1</source>
        <translation>DueDesk — %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the figures</source>
        <translation>Actualizar las cifras</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+7"/>
        <source>How late is the money?</source>
        <translation>¿Cuánto tiempo lleva esperando su dinero?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Share of the outstanding total in each age bucket</source>
        <translation>Parte del total por cobrar en cada tramo de antigüedad</translation>
    </message>
    <message>
        <location line="+41"/>
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
    <name>Seeder</name>
    <message>
        <location filename="../core/Seeder.cpp" line="+80"/>
        <source>Seeding needs at least one client and no negative number of bills.</source>
        <translation>Para generar datos de demostración hacen falta al menos un cliente y un número de facturas que no sea negativo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Cannot seed the book: %1</source>
        <translation>No se pueden generar datos de demostración en el libro: %1</translation>
    </message>
</context>
<context>
    <name>duedesk::DashboardModel</name>
    <message>
        <location filename="../ui/DashboardModel.cpp" line="+27"/>
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
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+65"/>
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
</context>
</TS>
