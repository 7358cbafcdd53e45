#include "TestBook.h"

#include <BillImporter.h>
#include <Repositories.h>

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace duedesk;

namespace {

// DUEDESK_TEST_DATA is defined where duedesk_add_test is called (tests/unit/data), not as tests/data.
QString fixture(const char *name)
{
    return QStringLiteral(DUEDESK_TEST_DATA "/csv/") + QString::fromLatin1(name);
}

ImportOutcome importFixture(TestBook &t, const char *name)
{
    return BillImporter(t.book()).importFile(fixture(name));
}

ImportOutcome importText(TestBook &t, const QByteArray &csv)
{
    return BillImporter(t.book()).importData(csv);
}

// Every row of every table an import may touch, as text, to show that a rejected file changed nothing.
QStringList snapshot(Book &book)
{
    QStringList rows;
    QSqlQuery q(book.database());
    for (const char *table : {"clients", "consents", "bills", "payments", "open_balance_by_due"}) {
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QString::fromLatin1(table)));
        while (q.next()) {
            QStringList cols{QString::fromLatin1(table)};
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.value(i).toString();
            rows << cols.join(QLatin1Char('|'));
        }
    }
    return rows;
}

qint64 paymentCount(Book &book)
{
    QSqlQuery q(book.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM payments")) && q.next() ? q.value(0).toLongLong() : -1;
}

QString problemText(const ImportOutcome &outcome)
{
    QStringList lines;
    if (!outcome.error.isEmpty())
        lines << QStringLiteral("error: ") + outcome.error;
    for (const ImportProblem &p : outcome.problems)
        lines << QStringLiteral("line %1: %2").arg(p.line).arg(p.reason);
    return lines.join(QLatin1Char('\n'));
}

QList<int> problemLines(const ImportOutcome &outcome)
{
    QList<int> lines;
    for (const ImportProblem &p : outcome.problems)
        lines << p.line;
    return lines;
}

// The four bills of generic.csv (and of its BOM/semicolon/CRLF twin), as the book should hold them.
void verifyGenericBills(TestBook &t)
{
    BillRepository bills(t.book());
    ClientRepository clients(t.book());
    QCOMPARE(bills.count(), 4);
    QCOMPARE(clients.count(), 3);

    const auto b1 = bills.byNumber(QStringLiteral("INV-1001"));
    QVERIFY(b1);
    QCOMPARE(b1->issuedOn, QDate(2026, 10, 1));
    QCOMPARE(b1->dueOn, QDate(2026, 10, 31));
    QCOMPARE(b1->amountMinor, 125000);
    QCOMPARE(b1->currency, QStringLiteral("GBP"));
    QCOMPARE(b1->paidMinor, 0);
    QCOMPARE(b1->status, BillStatus::Open);

    const auto b2 = bills.byNumber(QStringLiteral("INV-1002"));
    QVERIFY(b2);
    QCOMPARE(b2->amountMinor, 48050);
    QCOMPARE(b2->paidMinor, 10000);
    QCOMPARE(b2->status, BillStatus::Open);

    const auto b3 = bills.byNumber(QStringLiteral("INV-1003"));
    QVERIFY(b3);
    QCOMPARE(b3->clientId, b1->clientId); // "  henderson plumbing " is Henderson Plumbing
    QCOMPARE(b3->paidMinor, 9999);
    QCOMPARE(b3->status, BillStatus::Paid);

    const auto b4 = bills.byNumber(QStringLiteral("INV-1004"));
    QVERIFY(b4);
    QCOMPARE(b4->currency, QStringLiteral("JPY"));
    QCOMPARE(b4->amountMinor, 50000);
    QVERIFY(!b4->issuedOn.isValid());

    const auto henderson = clients.byId(b1->clientId);
    QVERIFY(henderson);
    QCOMPARE(henderson->name, QStringLiteral("Henderson Plumbing"));
    QCOMPARE(henderson->email, QStringLiteral("accounts@henderson.example"));
    QCOMPARE(henderson->phoneE164, QStringLiteral("+447911123456"));
    QCOMPARE(henderson->whatsappId, QStringLiteral("447911123456"));
    QCOMPARE(henderson->preferredChannel, std::optional<Channel>(Channel::WhatsApp));
    QCOMPARE(henderson->consents.size(), 2);
    for (const ChannelConsent &c : henderson->consents) {
        QVERIFY(c.channel == Channel::WhatsApp || c.channel == Channel::Email);
        QCOMPARE(c.optedInAt, t.clock().now());
        QCOMPARE(c.optedInBy, QStringLiteral("import"));
        QVERIFY(c.allowsSending());
    }

    const auto rachel = clients.byId(b2->clientId);
    QVERIFY(rachel);
    QCOMPARE(rachel->telegramChatId, QStringLiteral("123456789"));
    QCOMPARE(rachel->preferredChannel, std::optional<Channel>(Channel::Telegram));
    QCOMPARE(rachel->consents.size(), 4); // "all"

    const QList<PaymentRow> paid = PaymentRepository(t.book()).forBill(b2->id);
    QCOMPARE(paid.size(), 1);
    QCOMPARE(paid.first().amountMinor, 10000);
    QCOMPARE(paid.first().source, PaymentSource::Import);
    QCOMPARE(paid.first().method, QStringLiteral("import"));
    QCOMPARE(paid.first().paidOn, t.clock().today());
}

} // namespace

class tst_CsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- column sets ---

    void genericColumnsImportClientsBillsAndPayments()
    {
        TestBook t;
        const ImportOutcome outcome = importFixture(t, "generic.csv");
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        QCOMPARE(outcome.summary.format, QStringLiteral("generic"));
        QCOMPARE(outcome.summary.rows, 4);
        QCOMPARE(outcome.summary.clientsAdded, 3);
        QCOMPARE(outcome.summary.billsAdded, 4);
        QCOMPARE(outcome.summary.billsUnchanged, 0);
        QCOMPARE(outcome.summary.paymentsAdded, 2);
        verifyGenericBills(t);
    }

    void bomSemicolonsAndCrlfReadLikeAPlainFile()
    {
        TestBook t;
        const ImportOutcome outcome = importFixture(t, "generic_bom_semicolon_crlf.csv");
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        QCOMPARE(outcome.summary.format, QStringLiteral("generic"));
        QCOMPARE(outcome.summary.rows, 4);
        QCOMPARE(outcome.summary.billsAdded, 4);
        verifyGenericBills(t);
    }

    void dialectsOfOneFileGiveTheSameBill_data()
    {
        QTest::addColumn<QByteArray>("csv");
        const QByteArray plain = "client,bill_number,due_on,amount,currency\n"
                                 "\"Hughes, Walsh & Co\",H-1,2026-12-01,\"1,234.50\",EUR\n";
        QTest::newRow("plain") << plain;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF") + plain;
        QTest::newRow("CRLF") << QByteArray(plain).replace("\n", "\r\n");
        QTest::newRow("no final line break") << plain.chopped(1);
        QTest::newRow("semicolons") << QByteArray("client;bill_number;due_on;amount;currency\n"
                                                  "Hughes, Walsh & Co;H-1;2026-12-01;1234.50;EUR\n");
        QTest::newRow("semicolons, quoted")
            << QByteArray("\"client\";\"bill_number\";\"due_on\";\"amount\";\"currency\"\n"
                          "\"Hughes, Walsh & Co\";\"H-1\";\"2026-12-01\";\"1234.50\";\"EUR\"\n");
        QTest::newRow("blank lines") << QByteArray("\n") + plain + "\n\n";
        QTest::newRow("columns in another order, any case") << QByteArray(
            " Currency ,AMOUNT,Due_On,*Bill_Number,CLIENT\nEUR,1234.50,2026-12-01,H-1,\"Hughes, Walsh & Co\"\n");
    }

    void dialectsOfOneFileGiveTheSameBill()
    {
        QFETCH(QByteArray, csv);
        TestBook t;
        const ImportOutcome outcome = importText(t, csv);
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        QCOMPARE(outcome.summary.rows, 1);
        QCOMPARE(outcome.summary.billsAdded, 1);
        const auto bill = BillRepository(t.book()).byNumber(QStringLiteral("H-1"));
        QVERIFY(bill);
        QCOMPARE(bill->amountMinor, 123450);
        QCOMPARE(bill->currency, QStringLiteral("EUR"));
        QCOMPARE(bill->dueOn, QDate(2026, 12, 1));
        QCOMPARE(ClientRepository(t.book()).byId(bill->clientId)->name, QStringLiteral("Hughes, Walsh & Co"));
    }

    void xeroExportMergesLineItemsIntoOneBill()
    {
        TestBook t;
        const ImportOutcome outcome = importFixture(t, "xero.csv");
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        QCOMPARE(outcome.summary.format, QStringLiteral("xero"));
        QCOMPARE(outcome.summary.rows, 5);
        QCOMPARE(outcome.summary.clientsAdded, 2);  // Novak Studio's only invoice is voided
        QCOMPARE(outcome.summary.billsAdded, 3);
        QCOMPARE(outcome.summary.paymentsAdded, 2);

        BillRepository bills(t.book());
        QCOMPARE(bills.count(), 3);
        const auto b1 = bills.byNumber(QStringLiteral("INV-0001"));
        QVERIFY(b1);
        QCOMPARE(b1->amountMinor, 120000);    // Total, not the sum of the repeated rows
        QCOMPARE(b1->issuedOn, QDate(2026, 10, 1));
        QCOMPARE(b1->dueOn, QDate(2026, 10, 31));
        QCOMPARE(b1->poReference, QStringLiteral("PO-77"));
        QCOMPARE(b1->currency, QStringLiteral("GBP"));
        QCOMPARE(b1->status, BillStatus::Open);
        const auto baker = ClientRepository(t.book()).byId(b1->clientId);
        QCOMPARE(baker->name, QStringLiteral("Baker & Sons"));
        QCOMPARE(baker->email, QStringLiteral("accounts@baker.example"));

        const auto b2 = bills.byNumber(QStringLiteral("INV-0002"));
        QVERIFY(b2);
        QCOMPARE(b2->status, BillStatus::Paid);
        QCOMPARE(b2->paidMinor, 36000);
        QCOMPARE(ClientRepository(t.book()).byId(b2->clientId)->name, QStringLiteral("Hughes, Walsh & Co"));

        const auto b3 = bills.byNumber(QStringLiteral("INV-0003"));
        QVERIFY(b3);
        QCOMPARE(b3->clientId, b1->clientId);
        QCOMPARE(b3->paidMinor, 4000);
        QCOMPARE(b3->status, BillStatus::Open);

        QVERIFY(!bills.byNumber(QStringLiteral("INV-0004")));
    }

    void xeroPaidComesFromAmountPaidOrAmountDueOrStatus_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<qint64>("paidMinor");
        QTest::addColumn<BillStatus>("status");
        QTest::newRow("InvoiceAmountPaid") << QByteArray("ContactName,InvoiceNumber,DueDate,Total,InvoiceAmountPaid\n"
                                                         "Acme,X-1,2026-12-01,100.00,30.00\n")
                                           << qint64(3000) << BillStatus::Open;
        QTest::newRow("InvoiceAmountDue") << QByteArray("ContactName,InvoiceNumber,DueDate,Total,InvoiceAmountDue\n"
                                                        "Acme,X-1,2026-12-01,100.00,30.00\n")
                                          << qint64(7000) << BillStatus::Open;
        QTest::newRow("Status PAID") << QByteArray("ContactName,InvoiceNumber,DueDate,Total,Status\n"
                                                   "Acme,X-1,2026-12-01,100.00,PAID\n")
                                     << qint64(10000) << BillStatus::Paid;
        QTest::newRow("nothing said") << QByteArray("ContactName,InvoiceNumber,DueDate,Total,Status\n"
                                                    "Acme,X-1,2026-12-01,100.00,AUTHORISED\n")
                                      << qint64(0) << BillStatus::Open;
    }

    void xeroPaidComesFromAmountPaidOrAmountDueOrStatus()
    {
        QFETCH(QByteArray, csv);
        QFETCH(qint64, paidMinor);
        QFETCH(BillStatus, status);
        TestBook t;
        const ImportOutcome outcome = importText(t, csv);
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        QCOMPARE(outcome.summary.format, QStringLiteral("xero"));
        const auto bill = BillRepository(t.book()).byNumber(QStringLiteral("X-1"));
        QVERIFY(bill);
        QCOMPARE(bill->currency, QStringLiteral("GBP")); // no Currency column: the book's
        QCOMPARE(bill->paidMinor, paidMinor);
        QCOMPARE(bill->status, status);
    }

    void xeroLineItemsThatDisagreeAreABadRow()
    {
        TestBook t;
        const ImportOutcome outcome = importText(t, "ContactName,InvoiceNumber,DueDate,Total\n"
                                                    "Acme,X-1,2026-12-01,100.00\n"
                                                    "Acme,X-1,2026-12-01,100.00\n"
                                                    "Acme,X-1,2026-12-02,120.00\n"
                                                    "Bolt Ltd,X-1,2026-12-01,100.00\n");
        QVERIFY(!outcome.ok);
        QCOMPARE(problemLines(outcome), (QList<int>{4, 5}));
        QVERIFY2(outcome.problems.at(0).reason.contains(QStringLiteral("DueDate")), qPrintable(problemText(outcome)));
        QVERIFY(outcome.problems.at(0).reason.contains(QStringLiteral("Total")));
        QVERIFY(outcome.problems.at(0).reason.contains(QStringLiteral("line 2")));
        QVERIFY(outcome.problems.at(1).reason.contains(QStringLiteral("ContactName")));
        QCOMPARE(BillRepository(t.book()).count(), 0);
        QCOMPARE(ClientRepository(t.book()).count(), 0);
    }

    void quickBooksExportSkipsReportTitleTotalsAndCreditMemos()
    {
        TestBook t;
        QVERIFY(t.book().setSetting(QStringLiteral("currency"), QStringLiteral("USD")));
        const ImportOutcome outcome = importFixture(t, "quickbooks.csv");
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        QCOMPARE(outcome.summary.format, QStringLiteral("quickbooks"));
        QCOMPARE(outcome.summary.clientsAdded, 2);
        QCOMPARE(outcome.summary.billsAdded, 3);
        QCOMPARE(outcome.summary.paymentsAdded, 2);

        BillRepository bills(t.book());
        QCOMPARE(bills.count(), 3);
        const auto b1 = bills.byNumber(QStringLiteral("1001"));
        QVERIFY(b1);
        QCOMPARE(b1->amountMinor, 123450);
        QCOMPARE(b1->paidMinor, 0);
        QCOMPARE(b1->currency, QStringLiteral("USD"));
        QCOMPARE(b1->issuedOn, QDate(2026, 10, 1));
        QCOMPARE(b1->dueOn, QDate(2026, 10, 31));   // "10/31/2026": month first, whatever the region
        QCOMPARE(ClientRepository(t.book()).byId(b1->clientId)->email, QStringLiteral("office@smithdental.example"));
        const auto b2 = bills.byNumber(QStringLiteral("1002"));
        QVERIFY(b2);
        QCOMPARE(b2->status, BillStatus::Paid);
        QCOMPARE(b2->paidMinor, 30000);
        const auto b3 = bills.byNumber(QStringLiteral("1003"));
        QVERIFY(b3);
        QCOMPARE(b3->amountMinor, 200000);
        QCOMPARE(b3->paidMinor, 150000);          // Amount - Open Balance
        QCOMPARE(b3->clientId, b1->clientId);
        QVERIFY(!bills.byNumber(QStringLiteral("CM-7")));
    }

    void quickBooksColumnVariantsAreRecognised_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("Invoice No, Invoice Date, Total") << QByteArray(
            "Invoice Date,Invoice No,Customer,Due Date,Total,Currency\n2026-10-01,77,Acme,2026-11-01,10.00,EUR\n");
        QTest::newRow("InvoiceNo") << QByteArray(
            "Date,InvoiceNo,Customer,Due Date,Amount,Currency\n2026-10-01,77,Acme,2026-11-01,10.00,EUR\n");
        QTest::newRow("No.") << QByteArray(
            "Date,No.,Customer,Due Date,Amount,Currency\n2026-10-01,77,Acme,2026-11-01,10.00,EUR\n");
    }

    void quickBooksColumnVariantsAreRecognised()
    {
        QFETCH(QByteArray, csv);
        TestBook t;
        const ImportOutcome outcome = importText(t, csv);
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        QCOMPARE(outcome.summary.format, QStringLiteral("quickbooks"));
        const auto bill = BillRepository(t.book()).byNumber(QStringLiteral("77"));
        QVERIFY(bill);
        QCOMPARE(bill->amountMinor, 1000);
        QCOMPARE(bill->currency, QStringLiteral("EUR"));
        QCOMPARE(bill->issuedOn, QDate(2026, 10, 1));
    }

    void ambiguousExportDatesFollowTheBookRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QByteArray>("dueDates");   // the Due Date of bills 1 and 2
        QTest::addColumn<QDate>("firstDue");
        auto add = [](const char *name, const char *region, const char *dueDates, QDate firstDue) {
            QTest::newRow(name) << QString::fromLatin1(region) << QByteArray(dueDates) << firstDue;
        };
        add("GB: day first", "GB", "03/04/2027,05/06/2027", QDate(2027, 4, 3));
        add("DE: day first", "DE", "03.04.2027,05.06.2027", QDate(2027, 4, 3));
        add("US: month first", "US", "03/04/2027,05/06/2027", QDate(2027, 3, 4));
        add("PH: month first", "PH", "03/04/2027,05/06/2027", QDate(2027, 3, 4));
        add("US, but a day above 12 settles it", "US", "03/04/2027,25/06/2027", QDate(2027, 4, 3));
        add("GB, but a month-first date settles it", "GB", "03/04/2027,06/25/2027", QDate(2027, 3, 4));
        add("ISO anywhere", "US", "2027-04-03,2027-06-05", QDate(2027, 4, 3));
    }

    void ambiguousExportDatesFollowTheBookRegion()
    {
        QFETCH(QString, region);
        QFETCH(QByteArray, dueDates);
        QFETCH(QDate, firstDue);
        TestBook t;
        QVERIFY(t.book().setSetting(QStringLiteral("region"), region));
        const QList<QByteArray> due = dueDates.split(',');
        const ImportOutcome outcome = importText(t, "Num,Customer,Due Date,Amount\n"
                                                    "1,Acme,"
                                                        + due.at(0) + ",10.00\n2,Acme," + due.at(1) + ",10.00\n");
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        QCOMPARE(BillRepository(t.book()).byNumber(QStringLiteral("1"))->dueOn, firstDue);
    }

    // --- line numbers ---

    void quotedLineBreaksCountTowardsLineNumbers()
    {
        TestBook t;
        const ImportOutcome outcome = importText(t, "client,bill_number,due_on,amount,currency,po_reference\n"
                                                    "\"Baker\n& Sons\",Q-1,2026-12-01,10.00,GBP,\"PO\n77\"\n"
                                                    "Acme,Q-2,2026-12-01,oops,GBP,\n"
                                                    "\"Multi\r\nline\",Q-3,2026-13-01,10.00,GBP,\n");
        QVERIFY(!outcome.ok);
        QCOMPARE(problemLines(outcome), (QList<int>{5, 6}));
        QCOMPARE(BillRepository(t.book()).count(), 0);
    }

    void quotedDelimitersAndQuotesStayInTheirField()
    {
        TestBook t;
        const QByteArray csv = "client,bill_number,due_on,amount,currency,po_reference\n"
                               "\"Baker \"\"The Oven\"\", Ltd\",Q-1,2026-12-01,10.00,GBP,\"a;b,c\"\n"
                               "\"Two\nLines\",Q-2,2026-12-01,10.00,GBP,\n";
        const ImportOutcome outcome = importText(t, csv);
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        BillRepository bills(t.book());
        const auto q1 = bills.byNumber(QStringLiteral("Q-1"));
        QVERIFY(q1);
        QCOMPARE(q1->poReference, QStringLiteral("a;b,c"));
        QCOMPARE(ClientRepository(t.book()).byId(q1->clientId)->name, QStringLiteral("Baker \"The Oven\", Ltd"));
        QCOMPARE(ClientRepository(t.book()).byId(bills.byNumber(QStringLiteral("Q-2"))->clientId)->name,
                 QStringLiteral("Two\nLines"));
    }

    // --- bad rows ---

    void badRowIsRejectedWithItsLineAndReason_data()
    {
        QTest::addColumn<QByteArray>("csv");        // header on line 1, a good row on line 2, the bad one on line 3
        QTest::addColumn<QString>("reason");        // part of the expected reason

        const QByteArray header = "client,email,phone,telegram,whatsapp,preferred_channel,opted_in,bill_number,"
                                  "issued_on,due_on,amount,currency,paid\n"
                                  "Good,,,,,,,G-1,,2026-12-01,10.00,GBP,\n";
        auto row = [&](const char *bad) { return QByteArray(header + bad + "\n"); };
        auto add = [&](const char *name, const char *bad, const char *reason) {
            QTest::newRow(name) << row(bad) << QString::fromUtf8(reason);
        };
        add("due_on not ISO", "Bad,,,,,,,B-1,,01/12/2026,10.00,GBP,",
            "due_on \"01/12/2026\" is not a date");
        add("due_on impossible", "Bad,,,,,,,B-1,,2026-02-30,10.00,GBP,",
            "due_on \"2026-02-30\"");
        add("due_on empty", "Bad,,,,,,,B-1,,,10.00,GBP,",
            "due_on is empty");
        add("issued_on junk", "Bad,,,,,,,B-1,last week,2026-12-01,10.00,GBP,",
            "issued_on \"last week\"");
        add("amount negative", "Bad,,,,,,,B-1,,2026-12-01,-10.00,GBP,",
            "amount \"-10.00\" is negative");
        add("amount not a number", "Bad,,,,,,,B-1,,2026-12-01,ten,GBP,",
            "\"ten\" is not an amount");
        add("amount decimal comma", "Bad,,,,,,,B-1,,2026-12-01,\"10,5\",GBP,",
            "\"10,5\" is not an amount");
        add("amount empty", "Bad,,,,,,,B-1,,2026-12-01,,GBP,",
            "amount is empty");
        add("too many decimals for JPY", "Bad,,,,,,,B-1,,2026-12-01,10.5,JPY,",
            "more decimals than JPY");
        add("currency unknown", "Bad,,,,,,,B-1,,2026-12-01,10.00,XYZ,",
            "currency \"XYZ\" is not a known currency");
        add("currency empty", "Bad,,,,,,,B-1,,2026-12-01,10.00,,",
            "currency is empty");
        add("paid negative", "Bad,,,,,,,B-1,,2026-12-01,10.00,GBP,-1",
            "paid \"-1\" is negative");
        add("paid above amount", "Bad,,,,,,,B-1,,2026-12-01,10.00,GBP,10.01",
            "paid 10.01 is more than amount 10.00");
        add("client empty", " ,,,,,,,B-1,,2026-12-01,10.00,GBP,",
            "client is empty");
        add("bill_number empty", "Bad,,,,,,,,,2026-12-01,10.00,GBP,",
            "bill_number is empty");
        add("bill_number twice", "Bad,,,,,,,G-1,,2026-12-01,10.00,GBP,",
            "bill number G-1 is already on line 2");
        add("preferred_channel unknown", "Bad,,,,,pigeon,,B-1,,2026-12-01,10.00,GBP,",
            "preferred_channel \"pigeon\"");
        add("opted_in unknown", "Bad,,,,,,\"sms,fax\",B-1,,2026-12-01,10.00,GBP,",
            "opted_in: \"fax\"");
        add("phone impossible", "Bad,,12,,,,,B-1,,2026-12-01,10.00,GBP,",
            "phone: \"12\" is not a possible phone number");
        add("phone words", "Bad,,call me,,,,,B-1,,2026-12-01,10.00,GBP,",
            "phone: \"call me\"");
        add("whatsapp impossible", "Bad,,,,+44 12,,,B-1,,2026-12-01,10.00,GBP,",
            "whatsapp:");
        add("telegram not a chat id", "Bad,,,@someone,,,,B-1,,2026-12-01,10.00,GBP,",
            "telegram \"@someone\"");
        add("email junk", "Bad,not-an-address,,,,,,B-1,,2026-12-01,10.00,GBP,",
            "email \"not-an-address\"");
        add("unquoted comma", "Bad, Smith & Co,,,,,,,B-1,,2026-12-01,10.00,GBP,0",
            "the row has 14 fields but the header has 13");
        QTest::newRow("client contradicts itself")
            << row("good,other@example.com,,,,,,B-1,,2026-12-01,10.00,GBP,").replace("Good,,", "Good,good@example.com,")
            << QStringLiteral("email of Good is \"other@example.com\" here but \"good@example.com\" on line 2");
    }

    void badRowIsRejectedWithItsLineAndReason()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, reason);
        TestBook t;
        t.addBill(QStringLiteral("OLD-1"), t.addClient(QStringLiteral("Old Client")), QDate(2026, 10, 1), 5000);
        const QStringList before = snapshot(t.book());

        const ImportOutcome outcome = importText(t, csv);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.isEmpty());
        QCOMPARE(problemLines(outcome), QList<int>{3});
        QVERIFY2(outcome.problems.first().reason.contains(reason), qPrintable(problemText(outcome)));
        QCOMPARE(BillRepository(t.book()).count(), 1);
        QCOMPARE(ClientRepository(t.book()).count(), 1);
        QCOMPARE(snapshot(t.book()), before);
    }

    void everyBadRowIsListedAndNothingIsImported()
    {
        TestBook t;
        t.addBill(QStringLiteral("OLD-1"), t.addClient(QStringLiteral("Old Client")), QDate(2026, 10, 1), 5000);
        const QStringList before = snapshot(t.book());

        const ImportOutcome outcome = importFixture(t, "bad_rows.csv");
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.isEmpty());
        QCOMPARE(problemLines(outcome), (QList<int>{3, 4, 5, 6, 7, 8, 10, 11, 12, 14}));
        const QStringList expected{
            QStringLiteral("due_on \"31/12/2026\" is not a date (use YYYY-MM-DD)"),
            QStringLiteral("amount \"-5.00\" is negative"),
            QStringLiteral("\"12abc\" is not an amount"),
            QStringLiteral("\"XYZ\" is not a known currency"),
            QStringLiteral("bill number B-1 is already on line 2"),
            QStringLiteral("due_on \"2026-02-30\" is not a date"),
            QStringLiteral("more decimals than GBP allows"),
            QStringLiteral("paid 20.00 is more than amount 10.00"),
            QStringLiteral("client is empty"),
            QStringLiteral("bill number OLD-1 is already in the book for Old Client"),
        };
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(outcome.problems.at(i).reason.contains(expected.at(i)), qPrintable(problemText(outcome)));
        QCOMPARE(outcome.summary.rows, 12); // lines 2-14, one row spanning lines 8-9
        QCOMPARE(outcome.summary.billsAdded, 0);
        QCOMPARE(outcome.summary.clientsAdded, 0);
        QCOMPARE(BillRepository(t.book()).count(), 1);
        QCOMPARE(ClientRepository(t.book()).count(), 1);
        QCOMPARE(snapshot(t.book()), before);
    }

    void aRowWithSeveralProblemsListsThemAll()
    {
        TestBook t;
        const ImportOutcome outcome = importText(t, "client,bill_number,due_on,amount,currency\n"
                                                    ",B-1,tomorrow,-3,GBP\n");
        QCOMPARE(problemLines(outcome), QList<int>{2});
        const QString reason = outcome.problems.first().reason;
        QVERIFY2(reason.contains(QStringLiteral("client is empty")), qPrintable(reason));
        QVERIFY(reason.contains(QStringLiteral("due_on \"tomorrow\"")));
        QVERIFY(reason.contains(QStringLiteral("amount \"-3\" is negative")));
    }

    void billNumberInTheBookUnderAnotherClientIsABadRow()
    {
        TestBook t;
        t.addBill(QStringLiteral("INV-1002"), t.addClient(QStringLiteral("Someone Else")), QDate(2026, 10, 1), 5000);
        const QStringList before = snapshot(t.book());
        const ImportOutcome outcome = importFixture(t, "generic.csv");
        QVERIFY(!outcome.ok);
        QCOMPARE(problemLines(outcome), QList<int>{3});
        QVERIFY2(outcome.problems.first().reason.contains(
                     QStringLiteral("bill number INV-1002 is already in the book for Someone Else")),
                 qPrintable(problemText(outcome)));
        QCOMPARE(snapshot(t.book()), before);
    }

    // --- file-level errors ---

    void missingRequiredColumnsAreAllNamed_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("generic") << QByteArray("client,amount,paid\nAcme,10.00,0\n")
                                 << QStringList{QStringLiteral("bill_number"), QStringLiteral("due_on"),
                                                QStringLiteral("currency")};
        QTest::newRow("xero") << QByteArray("ContactName,InvoiceNumber,InvoiceDate\nAcme,X-1,2026-10-01\n")
                              << QStringList{QStringLiteral("DueDate"), QStringLiteral("Total")};
        QTest::newRow("quickbooks") << QByteArray("Customer,Num,Date\nAcme,1,2026-10-01\n")
                                    << QStringList{QStringLiteral("Due Date"), QStringLiteral("Amount")};
    }

    void missingRequiredColumnsAreAllNamed()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, missing);
        TestBook t;
        const ImportOutcome outcome = importText(t, csv);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.problems.isEmpty());
        QVERIFY2(outcome.error.startsWith(QStringLiteral("missing required column(s): ")), qPrintable(outcome.error));
        for (const QString &column : missing)
            QVERIFY2(outcome.error.contains(column), qPrintable(outcome.error));
        QCOMPARE(BillRepository(t.book()).count(), 0);
        QCOMPARE(ClientRepository(t.book()).count(), 0);
    }

    void nonUtf8FileIsRejectedWithItsLine()
    {
        TestBook t;
        t.addBill(QStringLiteral("OLD-1"), t.addClient(QStringLiteral("Old Client")), QDate(2026, 10, 1), 5000);
        const QStringList before = snapshot(t.book());
        const ImportOutcome outcome = importFixture(t, "latin1.csv");
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QStringLiteral("line 3 is not UTF-8")), qPrintable(outcome.error));
        QVERIFY(outcome.problems.isEmpty());
        QCOMPARE(BillRepository(t.book()).count(), 1);
        QCOMPARE(ClientRepository(t.book()).count(), 1);
        QCOMPARE(snapshot(t.book()), before);
    }

    void fileLevelProblemsAreOneError_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("the file is empty");
        QTest::newRow("only blank lines") << QByteArray("\n \r\n\n") << QStringLiteral("the file is empty");
        QTest::newRow("no header") << QByteArray("Acme,INV-1,2026-12-01,10.00,GBP\n")
                                   << QStringLiteral("line 1 is not a header");
        QTest::newRow("unterminated quote") << QByteArray("client,bill_number,due_on,amount,currency\n"
                                                          "Acme,A-1,2026-12-01,10.00,GBP\n"
                                                          "\"Acme,A-2,2026-12-01,10.00,GBP\n"
                                                          "Acme,A-3,2026-12-01,10.00,GBP\n")
                                            << QStringLiteral("line 3 opens a quoted field that is never closed");
        QTest::newRow("truncated UTF-8") << QByteArray("client,bill_number,due_on,amount,currency\nCaf\xC3")
                                         << QStringLiteral("line 2 is not UTF-8");
    }

    void fileLevelProblemsAreOneError()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        TestBook t;
        const ImportOutcome outcome = importText(t, csv);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.problems.isEmpty());
        QVERIFY2(outcome.error.contains(error), qPrintable(outcome.error));
        QCOMPARE(BillRepository(t.book()).count(), 0);
        QCOMPARE(ClientRepository(t.book()).count(), 0);
    }

    void unreadableFileIsAnError()
    {
        TestBook t;
        const ImportOutcome outcome = BillImporter(t.book()).importFile(t.folder() + QStringLiteral("/missing.csv"));
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.startsWith(QStringLiteral("cannot read ")), qPrintable(outcome.error));
    }

    void headerOnlyFileImportsNothing()
    {
        TestBook t;
        const ImportOutcome outcome = importText(t, "client,bill_number,due_on,amount,currency\n");
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        QCOMPARE(outcome.summary.rows, 0);
        QCOMPARE(outcome.summary.billsAdded, 0);
    }

    // --- the book ---

    void reimportAddsNothingTwice_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("bills");
        QTest::newRow("generic") << QStringLiteral("generic.csv") << 4;
        QTest::newRow("generic, BOM, semicolons") << QStringLiteral("generic_bom_semicolon_crlf.csv") << 4;
        QTest::newRow("xero") << QStringLiteral("xero.csv") << 3;
        QTest::newRow("quickbooks") << QStringLiteral("quickbooks.csv") << 3;
    }

    void reimportAddsNothingTwice()
    {
        QFETCH(QString, file);
        QFETCH(int, bills);
        TestBook t;
        const ImportOutcome first = importFixture(t, qPrintable(file));
        QVERIFY2(first.ok, qPrintable(problemText(first)));
        QCOMPARE(first.summary.billsAdded, bills);
        const QStringList after = snapshot(t.book());

        t.clock().advanceDays(1);
        const ImportOutcome second = importFixture(t, qPrintable(file));
        QVERIFY2(second.ok, qPrintable(problemText(second)));
        QCOMPARE(second.summary.billsAdded, 0);
        QCOMPARE(second.summary.billsUnchanged, bills);
        QCOMPARE(second.summary.clientsAdded, 0);
        QCOMPARE(second.summary.paymentsAdded, 0);
        QCOMPARE(snapshot(t.book()), after);
    }

    void existingClientIsMatchedByNameAndGetsOnlyMissingContacts()
    {
        TestBook t;
        ClientRow existing;
        existing.name = QStringLiteral("HENDERSON PLUMBING");
        existing.phoneE164 = QStringLiteral("+441632960001");
        const auto id = ClientRepository(t.book()).insert(existing);
        QVERIFY(id);

        const ImportOutcome outcome = importFixture(t, "generic.csv");
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        QCOMPARE(outcome.summary.clientsAdded, 2);
        BillRepository bills(t.book());
        QCOMPARE(bills.byNumber(QStringLiteral("INV-1001"))->clientId, *id);
        QCOMPARE(bills.byNumber(QStringLiteral("INV-1003"))->clientId, *id);
        const auto henderson = ClientRepository(t.book()).byId(*id);
        QCOMPARE(henderson->name, QStringLiteral("HENDERSON PLUMBING"));
        QCOMPARE(henderson->phoneE164, QStringLiteral("+441632960001"));    // kept
        QCOMPARE(henderson->email, QStringLiteral("accounts@henderson.example")); // filled in
        QCOMPARE(henderson->whatsappId, QStringLiteral("447911123456"));
        QCOMPARE(henderson->preferredChannel, std::optional<Channel>(Channel::WhatsApp));
        QCOMPARE(henderson->consents.size(), 2);
    }

    void optOutSurvivesAReimportThatSaysOptedIn()
    {
        TestBook t;
        QVERIFY(importFixture(t, "generic.csv").ok);
        const qint64 rachel = BillRepository(t.book()).byNumber(QStringLiteral("INV-1002"))->clientId;
        QSqlQuery q(t.book().database());
        QVERIFY(q.exec(QStringLiteral("UPDATE consents SET opted_out_at = '2026-11-23T13:00:00.000Z', "
                                      "opted_out_by = 'STOP' WHERE client_id = %1 AND channel = 'sms'")
                           .arg(rachel)));
        QVERIFY(importFixture(t, "generic.csv").ok);
        const auto client = ClientRepository(t.book()).byId(rachel);
        for (const ChannelConsent &c : client->consents)
            QCOMPARE(c.allowsSending(), c.channel != Channel::Sms);
    }

    void rowsOfOneNewClientCreateItOnce()
    {
        TestBook t;
        const ImportOutcome outcome = importText(t, "client,bill_number,due_on,amount,currency,email\n"
                                                    "Acme Ltd,A-1,2026-12-01,10.00,GBP,\n"
                                                    "ACME LTD ,A-2,2026-12-01,10.00,GBP,ap@acme.example\n"
                                                    "acme ltd,A-3,2026-12-01,10.00,GBP,AP@acme.example\n");
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        QCOMPARE(outcome.summary.clientsAdded, 1);
        QCOMPARE(ClientRepository(t.book()).count(), 1);
        const auto clients = ClientRepository(t.book()).byName(QStringLiteral("acme ltd"));
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.first().name, QStringLiteral("Acme Ltd"));
        QCOMPARE(clients.first().email, QStringLiteral("ap@acme.example"));
    }

    void possibleButInvalidPhoneIsKeptWithAWarning()
    {
        TestBook t;
        const ImportOutcome outcome = importText(t, "client,phone,bill_number,due_on,amount,currency\n"
                                                    "Acme,01632 960000,A-1,2026-12-01,10.00,GBP\n");
        QVERIFY2(outcome.ok, qPrintable(problemText(outcome)));
        const auto client = ClientRepository(t.book()).byName(QStringLiteral("Acme")).value(0);
        QCOMPARE(client.phoneE164, QStringLiteral("+441632960000"));   // national, in the book's region
        QVERIFY(!client.phoneWarning.isEmpty());
    }

    void laterExportWithMorePaidAddsTheDifference()
    {
        TestBook t;
        const QByteArray header = "ContactName,InvoiceNumber,DueDate,Total,InvoiceAmountPaid,Status\n";
        QVERIFY(importText(t, header + "Acme,X-1,2026-12-01,100.00,0.00,AUTHORISED\n").ok);

        const ImportOutcome part = importText(t, header + "Acme,X-1,2026-12-01,100.00,40.00,AUTHORISED\n");
        QVERIFY2(part.ok, qPrintable(problemText(part)));
        QCOMPARE(part.summary.billsUnchanged, 1);
        QCOMPARE(part.summary.paymentsAdded, 1);
        auto bill = BillRepository(t.book()).byNumber(QStringLiteral("X-1"));
        QCOMPARE(bill->paidMinor, 4000);
        QCOMPARE(bill->status, BillStatus::Open);

        const ImportOutcome full = importText(t, header + "Acme,X-1,2026-12-01,100.00,100.00,PAID\n");
        QVERIFY2(full.ok, qPrintable(problemText(full)));
        QCOMPARE(full.summary.paymentsAdded, 1);
        bill = BillRepository(t.book()).byNumber(QStringLiteral("X-1"));
        QCOMPARE(bill->paidMinor, 10000);
        QCOMPARE(bill->status, BillStatus::Paid);
        const QList<PaymentRow> payments = PaymentRepository(t.book()).forBill(bill->id);
        QCOMPARE(payments.size(), 2);
        QCOMPARE(payments.at(1).amountMinor, 6000);
        QCOMPARE(payments.at(1).source, PaymentSource::Import);

        // An export that knows of less paid than the book does takes nothing away.
        const ImportOutcome older = importText(t, header + "Acme,X-1,2026-12-01,100.00,40.00,AUTHORISED\n");
        QVERIFY(older.ok);
        QCOMPARE(older.summary.paymentsAdded, 0);
        QCOMPARE(paymentCount(t.book()), 2);
    }

    void failedWriteRollsBackEverything()
    {
        TestBook t;
        t.addBill(QStringLiteral("OLD-1"), t.addClient(QStringLiteral("Old Client")), QDate(2026, 10, 1), 5000);
        const QStringList before = snapshot(t.book());
        // The last bill written fails after clients, bills and payments have been written.
        QSqlQuery q(t.book().database());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.bills "
                                      "WHEN NEW.number = 'INV-1004' "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        const ImportOutcome outcome = importFixture(t, "generic.csv");
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QStringLiteral("refused by test")), qPrintable(outcome.error));
        QCOMPARE(snapshot(t.book()), before);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.refuse")));
        QVERIFY(importFixture(t, "generic.csv").ok);   // the connection is usable again
    }
};

QTEST_GUILESS_MAIN(tst_CsvImport)
#include "tst_csvimport.moc"
