#include "TestBook.h"

#include <AgingReport.h>
#include <Repositories.h>

#include <QSqlQuery>
#include <QtTest>

#include <random>

using namespace duedesk;

namespace {

bool sameTotals(const QList<AgingTotals> &a, const QList<AgingTotals> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 currencies vs %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].currency != b[i].currency || a[i].balanceMinor != b[i].balanceMinor || a[i].billCount != b[i].billCount) {
            *why = QStringLiteral("currency %1 differs").arg(a[i].currency);
            return false;
        }
    }
    return true;
}

} // namespace

class tst_AgingReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void putsEachBillInItsBucketAndPrintsTheContractJson()
    {
        TestBook t;
        const QDate today(2026, 11, 23);
        const qint64 c = t.addClient(QStringLiteral("Henderson & Sons"));
        t.addBill(QStringLiteral("A"), c, today, 1000);                 // day 0: not due
        t.addBill(QStringLiteral("B"), c, today.addDays(-1), 2000);     // 1-30
        t.addBill(QStringLiteral("C"), c, today.addDays(-30), 3000);    // 1-30
        t.addBill(QStringLiteral("D"), c, today.addDays(-31), 4000);    // 31-60
        t.addBill(QStringLiteral("E"), c, today.addDays(-61), 5000);    // 61-90
        t.addBill(QStringLiteral("F"), c, today.addDays(-91), 6000);    // 90+
        t.addBill(QStringLiteral("G"), c, QDate(), 700);                // no due date: not due
        t.addBill(QStringLiteral("Y"), c, today.addDays(-5), 1500, QStringLiteral("JPY"));
        t.addBill(QStringLiteral("K"), c, today.addDays(-100), 1250, QStringLiteral("KWD"));
        const qint64 paidOff = t.addBill(QStringLiteral("P"), c, today.addDays(-10), 999);
        PaymentRow p;
        p.billId = paidOff;
        p.amountMinor = 999;
        p.paidOn = today;
        QVERIFY(PaymentRepository(t.book()).insert(p));
        const qint64 eur = t.addBill(QStringLiteral("EUR-1"), c, today.addDays(-10), 5000, QStringLiteral("EUR"));
        QVERIFY(BillRepository(t.book()).setStatus(eur, BillStatus::Cancelled, nullptr));

        const QByteArray json = AgingReport::toJson(today, AgingReport::compute(t.book(), today));
        QCOMPARE(json, QByteArray("{\"today\":\"2026-11-23\",\"currencies\":{"
                                  "\"GBP\":{\"not_due\":\"17.00\",\"1-30\":\"50.00\",\"31-60\":\"40.00\","
                                  "\"61-90\":\"50.00\",\"90+\":\"60.00\",\"total\":\"217.00\"},"
                                  "\"JPY\":{\"not_due\":\"0\",\"1-30\":\"1500\",\"31-60\":\"0\",\"61-90\":\"0\","
                                  "\"90+\":\"0\",\"total\":\"1500\"},"
                                  "\"KWD\":{\"not_due\":\"0.000\",\"1-30\":\"0.000\",\"31-60\":\"0.000\","
                                  "\"61-90\":\"0.000\",\"90+\":\"1.250\",\"total\":\"1.250\"}}}"));
    }

    void countsPartPaymentsAndDisputedBillsButNotSettledOnes()
    {
        TestBook t;
        const QDate today(2026, 11, 23);
        const qint64 c = t.addClient(QStringLiteral("Tom Baker"));
        const qint64 part = t.addBill(QStringLiteral("1"), c, today.addDays(-40), 10000);
        const qint64 disputed = t.addBill(QStringLiteral("2"), c, today.addDays(-40), 2000);
        const qint64 writtenOff = t.addBill(QStringLiteral("3"), c, today.addDays(-400), 9900);
        PaymentRow p;
        p.billId = part;
        p.amountMinor = 2500;
        p.paidOn = today;
        QVERIFY(PaymentRepository(t.book()).insert(p));
        QVERIFY(BillRepository(t.book()).setStatus(disputed, BillStatus::Disputed, nullptr));
        QVERIFY(BillRepository(t.book()).setStatus(writtenOff, BillStatus::WrittenOff, nullptr));
        const QList<AgingTotals> totals = AgingReport::compute(t.book(), today);
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals[0].balanceMinor[2], qint64(7500 + 2000));
        QCOMPARE(totals[0].billCount[2], qint64(2));
        QCOMPARE(totals[0].totalMinor(), qint64(9500));
        QCOMPARE(totals[0].overdueCount(), qint64(2));
        QCOMPARE(BillRepository(t.book()).byId(part)->balance().minor(), qint64(7500));
    }

    void leavesOutACurrencyWithNothingOpen()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Ravi"));
        const qint64 b = t.addBill(QStringLiteral("U-1"), c, QDate(2026, 10, 1), 500, QStringLiteral("USD"));
        PaymentRow p;
        p.billId = b;
        p.amountMinor = 500;
        p.paidOn = QDate(2026, 10, 2);
        QVERIFY(PaymentRepository(t.book()).insert(p));
        QCOMPARE(AgingReport::toJson(QDate(2026, 11, 23), AgingReport::compute(t.book(), QDate(2026, 11, 23))),
                 QByteArray("{\"today\":\"2026-11-23\",\"currencies\":{}}"));
    }

    // The aggregate the triggers keep must always equal a full recount, whatever happens to bills and payments.
    void aggregateEqualsAFullRecountAfterEveryKindOfChange()
    {
        TestBook t;
        std::mt19937 rng(20261123);
        auto pick = [&](int n) { return int(rng() % unsigned(n)); };
        const QStringList currencies{QStringLiteral("GBP"), QStringLiteral("EUR"), QStringLiteral("JPY")};
        const QStringList statuses{QStringLiteral("open"), QStringLiteral("paid"), QStringLiteral("disputed"),
                                   QStringLiteral("written_off"), QStringLiteral("cancelled")};
        const qint64 client = t.addClient(QStringLiteral("Chloe Dubois"));
        const QDate base(2026, 11, 23);
        QList<qint64> bills;
        QList<qint64> payments;
        QSqlQuery q(t.book().database());
        for (int step = 0; step < 1500; ++step) {
            const int action = bills.isEmpty() ? 0 : pick(9);
            const qint64 bill = bills.isEmpty() ? 0 : bills.at(pick(int(bills.size())));
            bool ok = true;
            switch (action) {
            case 0: { // new bill, sometimes without a due date
                const QDate due = pick(10) == 0 ? QDate() : base.addDays(pick(200) - 100);
                const qint64 id = t.addBill(QStringLiteral("R-%1").arg(step), client, due, 1 + pick(100000),
                                            currencies.at(pick(3)));
                ok = id > 0;
                bills.append(id);
                break;
            }
            case 1: { // payment: part, full or over
                PaymentRow p;
                p.billId = bill;
                p.amountMinor = 1 + pick(60000);
                p.paidOn = base;
                const auto id = PaymentRepository(t.book()).insert(p);
                ok = id.ok();
                if (ok)
                    payments.append(*id);
                break;
            }
            case 2:
                q.prepare(QStringLiteral("UPDATE bills SET status = ? WHERE id = ?"));
                q.addBindValue(statuses.at(pick(5)));
                q.addBindValue(bill);
                ok = q.exec();
                break;
            case 3:
                q.prepare(QStringLiteral("UPDATE bills SET due_on = ? WHERE id = ?"));
                q.addBindValue(pick(8) == 0 ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(base.addDays(pick(300) - 150).toString(Qt::ISODate)));
                q.addBindValue(bill);
                ok = q.exec();
                break;
            case 4:
                q.prepare(QStringLiteral("UPDATE bills SET amount_minor = ? WHERE id = ?"));
                q.addBindValue(pick(120000));
                q.addBindValue(bill);
                ok = q.exec();
                break;
            case 5:
                q.prepare(QStringLiteral("UPDATE bills SET currency = ? WHERE id = ?"));
                q.addBindValue(currencies.at(pick(3)));
                q.addBindValue(bill);
                ok = q.exec();
                break;
            case 6:
                if (!payments.isEmpty()) {
                    q.prepare(QStringLiteral("DELETE FROM payments WHERE id = ?"));
                    q.addBindValue(payments.takeAt(pick(int(payments.size()))));
                    ok = q.exec();
                }
                break;
            case 7:
                if (!payments.isEmpty()) {
                    q.prepare(QStringLiteral("UPDATE payments SET amount_minor = ?, bill_id = ? WHERE id = ?"));
                    q.addBindValue(1 + pick(30000));
                    q.addBindValue(bill);
                    q.addBindValue(payments.at(pick(int(payments.size()))));
                    ok = q.exec();
                }
                break;
            case 8:
                q.prepare(QStringLiteral("DELETE FROM bills WHERE id = ?"));
                q.addBindValue(bill);
                ok = q.exec();
                bills.removeOne(bill);
                payments.clear(); // cascaded; ids of the others are re-read below
                QVERIFY(q.exec(QStringLiteral("SELECT id FROM payments")));
                while (q.next())
                    payments.append(q.value(0).toLongLong());
                break;
            }
            QVERIFY2(ok, qPrintable(QStringLiteral("step %1 action %2").arg(step).arg(action)));
            if (step % 50 == 0 || step == 1499) {
                for (int offset : {-200, 0, 45, 400}) {
                    const QDate today = base.addDays(offset);
                    QString why;
                    QVERIFY2(sameTotals(AgingReport::compute(t.book(), today), AgingReport::recount(t.book(), today), &why),
                             qPrintable(QStringLiteral("step %1, today %2: %3").arg(step).arg(today.toString(Qt::ISODate), why)));
                }
            }
        }
        // No stale zero rows are left behind.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM open_balance_by_due WHERE bill_count <= 0 OR balance_minor <= 0")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void rollingBackAChangeRollsBackTheTotals()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Leo"));
        t.addBill(QStringLiteral("X-1"), c, QDate(2026, 10, 1), 1000);
        QSqlDatabase db = t.book().database();
        QVERIFY(db.transaction());
        t.addBill(QStringLiteral("X-2"), c, QDate(2026, 10, 1), 5000);
        QVERIFY(db.rollback());
        const QList<AgingTotals> totals = AgingReport::compute(t.book(), QDate(2026, 11, 23));
        QCOMPARE(totals.size(), 1);
        QCOMPARE(totals[0].totalMinor(), qint64(1000));
    }
};

QTEST_GUILESS_MAIN(tst_AgingReport)
#include "tst_agingreport.moc"
