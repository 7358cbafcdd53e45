// A client's days sales outstanding: the pure ratio, the client's figures counted from the book, and agreement with
// the weekly cash snapshot's DSO for its top debtors (the same formula over the same window).

#include "TestBook.h"

#include <Book.h>
#include <CashSnapshot.h>
#include <ClientDso.h>
#include <Seeder.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace duedesk;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A bill written with plain SQL, so the issue date, status and last change can be set as needed.
qint64 addBill(Book &book, const QString &number, qint64 clientId, const QDate &issuedOn, qint64 amountMinor,
               const QString &status = QStringLiteral("open"), const QString &currency = QStringLiteral("GBP"),
               const QDate &updatedOn = QDate(2026, 1, 5))
{
    QSqlQuery q(book.database());
    q.prepare(QStringLiteral("INSERT INTO bills (number, client_id, issued_on, due_on, amount_minor, currency, status, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(number);
    q.addBindValue(clientId);
    q.addBindValue(iso(issuedOn));
    q.addBindValue(iso(issuedOn.addDays(30)));
    q.addBindValue(amountMinor);
    q.addBindValue(currency);
    q.addBindValue(status);
    q.addBindValue(QString(iso(issuedOn) + QStringLiteral("T09:30:00.000Z")));
    q.addBindValue(QString(iso(updatedOn) + QStringLiteral("T17:45:00.000Z")));
    if (!q.exec()) {
        qWarning("bill %s: %s", qPrintable(number), qPrintable(q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool pay(Book &book, qint64 billId, qint64 amountMinor, const QDate &paidOn)
{
    QSqlQuery q(book.database());
    q.prepare(QStringLiteral("INSERT INTO payments (bill_id, amount_minor, paid_on, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(billId);
    q.addBindValue(amountMinor);
    q.addBindValue(iso(paidOn));
    q.addBindValue(QString(iso(paidOn) + QStringLiteral("T10:00:00.000Z")));
    return q.exec();
}

} // namespace

class tst_ClientDso : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratioOfOutstandingToSalesOverTheWindow_data()
    {
        QTest::addColumn<qint64>("outstanding");
        QTest::addColumn<qint64>("sales");
        QTest::addColumn<int>("window");
        QTest::addColumn<double>("days");
        QTest::newRow("a third of sales owed") << qint64(30000) << qint64(90000) << 90 << 30.0;
        QTest::newRow("nothing owed") << qint64(0) << qint64(90000) << 90 << 0.0;
        QTest::newRow("no sales in the window") << qint64(5000) << qint64(0) << 90 << 0.0;
        QTest::newRow("more owed than sold lately") << qint64(180000) << qint64(90000) << 90 << 180.0;
        QTest::newRow("another window") << qint64(1000) << qint64(3000) << 30 << 10.0;
        QTest::newRow("empty window") << qint64(1000) << qint64(3000) << 0 << 0.0;
    }
    void ratioOfOutstandingToSalesOverTheWindow()
    {
        QFETCH(qint64, outstanding);
        QFETCH(qint64, sales);
        QFETCH(int, window);
        QFETCH(double, days);
        QCOMPARE(daysSalesOutstanding(outstanding, sales, window), days);
    }

    void clientFiguresCountOnlyTheClientsOwnBookCurrencyBills()
    {
        TestBook t;   // today: 2026-11-23
        const QDate today = t.clock().today();
        const qint64 c = t.addClient(QStringLiteral("Monica Geller"));
        const qint64 other = t.addClient(QStringLiteral("Chandler Bing"));
        // In the window (issued 2026-08-26 .. 2026-11-23):
        const qint64 partPaid = addBill(t.book(), QStringLiteral("A-1"), c, today.addDays(-20), 40000);
        QVERIFY(pay(t.book(), partPaid, 10000, today.addDays(-5)));                  // owes 300.00
        const qint64 paidLater = addBill(t.book(), QStringLiteral("A-2"), c, today.addDays(-10), 20000);
        QVERIFY(pay(t.book(), paidLater, 20000, today.addDays(2)));                  // paid after today: owes 200.00 now
        QVERIFY(addBill(t.book(), QStringLiteral("A-3"), c, today.addDays(-60), 30000, QStringLiteral("paid"),
                        QStringLiteral("GBP"), today.addDays(-30)));                 // sales only
        QVERIFY(addBill(t.book(), QStringLiteral("A-4"), c, today.addDays(-89), 10000, QStringLiteral("written_off"),
                        QStringLiteral("GBP"), today.addDays(-1)));                  // sales only: closed yesterday
        QVERIFY(addBill(t.book(), QStringLiteral("A-5"), c, today.addDays(-30), 99900, QStringLiteral("cancelled")));
        QVERIFY(addBill(t.book(), QStringLiteral("A-6"), c, today.addDays(-30), 50000, QStringLiteral("open"),
                        QStringLiteral("EUR")));
        QVERIFY(addBill(t.book(), QStringLiteral("B-1"), other, today.addDays(-30), 70000));
        // Before the window: owed, but not a sale of the last 90 days.
        QVERIFY(addBill(t.book(), QStringLiteral("A-7"), c, today.addDays(-90), 5000, QStringLiteral("disputed")));
        // Issued after today: neither.
        QVERIFY(addBill(t.book(), QStringLiteral("A-8"), c, today.addDays(3), 8000));

        const ClientDso dso = ClientDsoCalculator::compute(t.book(), c, today);
        QVERIFY2(dso.error.isEmpty(), qPrintable(dso.error));
        QCOMPARE(dso.outstandingMinor, qint64(30000 + 20000 + 5000));
        QCOMPARE(dso.salesMinor, qint64(40000 + 20000 + 30000 + 10000));
        QCOMPARE(dso.days, 55000.0 / 100000.0 * 90);

        const ClientDso none = ClientDsoCalculator::compute(t.book(), t.addClient(QStringLiteral("Ross Geller")), today);
        QCOMPARE(none.outstandingMinor, qint64(0));
        QCOMPARE(none.days, 0.0);
    }

    void agreesWithTheCashSnapshotForItsTopDebtors()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 40, .bills = 900, .seed = 21}));
        const CashSnapshot snapshot = CashSnapshotBuilder::build(t.book(), t.clock().today());
        QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
        QCOMPARE(snapshot.topDebtors.size(), 5);
        int withSales = 0;
        for (const Debtor &d : snapshot.topDebtors) {
            const ClientDso dso = ClientDsoCalculator::compute(t.book(), d.clientId, t.clock().today());
            QCOMPARE(dso.outstandingMinor, d.outstandingMinor);
            QCOMPARE(dso.days, d.dsoDays);
            withSales += dso.salesMinor > 0 ? 1 : 0;
        }
        QVERIFY(withSales > 0);
    }
};

QTEST_MAIN(tst_ClientDso)
#include "tst_clientdso.moc"
