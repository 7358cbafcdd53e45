#include "TestBook.h"

#include <AgingReport.h>
#include <Repositories.h>
#include <Seeder.h>

#include <QSqlQuery>
#include <QtTest>

using namespace duedesk;

namespace {

// Every row of the seeded tables, as text, for comparing two books.
QStringList dump(Book &book)
{
    QStringList rows;
    QSqlQuery q(book.database());
    for (const char *sql : {"SELECT number, client_id, issued_on, due_on, amount_minor, currency, status, paid_minor FROM bills ORDER BY id",
                            "SELECT name, company, segment, email, phone_e164, preferred_channel FROM clients ORDER BY id",
                            "SELECT bill_id, amount_minor, paid_on, method FROM payments ORDER BY id"}) {
        q.exec(QString::fromLatin1(sql));
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < 8; ++i)
                cols << q.value(i).toString();
            rows << cols.join(QLatin1Char('|'));
        }
    }
    return rows;
}

} // namespace

class tst_Seeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSameSeedGivesTheSameBook()
    {
        TestBook a, b, c;
        QVERIFY(Seeder::seed(a.book(), {.clients = 20, .bills = 300, .seed = 42}));
        QVERIFY(Seeder::seed(b.book(), {.clients = 20, .bills = 300, .seed = 42}));
        QVERIFY(Seeder::seed(c.book(), {.clients = 20, .bills = 300, .seed = 43}));
        const QStringList da = dump(a.book());
        QVERIFY(da.size() > 320); // 300 bills, 20 clients and their payments
        QCOMPARE(da, dump(b.book()));
        QVERIFY(da != dump(c.book()));
    }

    void seedsRealisticBills()
    {
        TestBook t;
        const auto summary = Seeder::seed(t.book(), {.clients = 40, .bills = 2000, .seed = 1});
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->clients, 40);
        QCOMPARE(summary->bills, qint64(2000));
        QSqlQuery q(t.book().database());
        const QDate today = t.clock().today();
        // Due dates over the past 18 months, a few not yet due.
        QVERIFY(q.exec(QStringLiteral("SELECT min(due_on), max(due_on) FROM bills")) && q.next());
        QVERIFY(QDate::fromString(q.value(0).toString(), Qt::ISODate) >= today.addDays(-550));
        QVERIFY(QDate::fromString(q.value(1).toString(), Qt::ISODate) > today);
        // Mostly the book's own currency.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bills WHERE currency = 'GBP'")) && q.next());
        QVERIFY(q.value(0).toInt() > 1600);
        // Some paid, some part-paid, some disputed.
        QVERIFY(q.exec(QStringLiteral("SELECT sum(status = 'paid'), sum(paid_minor > 0 AND paid_minor < amount_minor), "
                                      "sum(status = 'disputed') FROM bills")) && q.next());
        QVERIFY(q.value(0).toInt() > 500);
        QVERIFY(q.value(1).toInt() > 10);
        QVERIFY(q.value(2).toInt() > 0);
        // Paid bills are paid in full, by payments.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM bills WHERE status = 'paid' AND paid_minor <> amount_minor")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The aggregate agrees with a recount.
        const auto fast = AgingReport::compute(t.book(), today);
        const auto slow = AgingReport::recount(t.book(), today);
        QCOMPARE(fast.size(), slow.size());
        for (qsizetype i = 0; i < fast.size(); ++i)
            QCOMPARE(fast[i].balanceMinor, slow[i].balanceMinor);
    }

    void seedingTwiceAddsNewBillNumbers()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 5, .bills = 10, .seed = 1}));
        const auto again = Seeder::seed(t.book(), {.clients = 5, .bills = 10, .seed = 2});
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(BillRepository(t.book()).count(), qint64(20));
        QVERIFY(BillRepository(t.book()).byNumber(QStringLiteral("INV-000020")).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_Seeder)
#include "tst_seeder.moc"
