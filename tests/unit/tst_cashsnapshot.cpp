#include "TestBook.h"

#include <Book.h>
#include <CashSnapshot.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <random>

using namespace duedesk;

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// A bill written with plain SQL, so issue date, status and the created/updated dates can be set as needed.
qint64 addBill(Book &book, const QString &number, qint64 clientId, const QDate &issuedOn, const QDate &dueOn,
               qint64 amountMinor, const QString &currency = QStringLiteral("GBP"),
               const QString &status = QStringLiteral("open"), const QDate &createdOn = QDate(2026, 1, 5),
               const QDate &updatedOn = QDate(2026, 1, 5))
{
    QSqlQuery q(book.database());
    q.prepare(QStringLiteral("INSERT INTO bills (number, client_id, issued_on, due_on, amount_minor, currency, status, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(number);
    q.addBindValue(clientId);
    q.addBindValue(issuedOn.isValid() ? QVariant(iso(issuedOn)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(dueOn.isValid() ? QVariant(iso(dueOn)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(amountMinor);
    q.addBindValue(currency);
    q.addBindValue(status);
    q.addBindValue(QString(iso(createdOn) + QStringLiteral("T09:30:00.000Z")));
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

bool promise(Book &book, qint64 billId, const QDate &on, const QString &state)
{
    QSqlQuery q(book.database());
    q.prepare(QStringLiteral("INSERT INTO promises (bill_id, promised_on, state, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(billId);
    q.addBindValue(iso(on));
    q.addBindValue(state);
    q.addBindValue(QStringLiteral("2026-11-01T10:00:00.000Z"));
    return q.exec();
}

using Buckets = std::array<qint64, 5>;

} // namespace

class tst_CashSnapshot : public QObject
{
    Q_OBJECT

    // Thursday 26 November 2026: the current week runs Monday 23rd to Sunday 29th and stands at the 26th.
    const QDateTime thursday{QDate(2026, 11, 26), QTime(12, 0), Qt::UTC};

    // The hand-built book of the tests below (all GBP unless said):
    //   Alice  A  issued 11-20 due 12-20  100.00, 10.00 paid 11-21
    //          B  issued 10-01 due 10-31  200.00, 50.00 paid 11-24; open promises for 11-27 and (later) 11-29
    //   Bob    C  issued 08-01 due 08-31  300.00, paid in full 11-25, status paid (updated 11-25); kept promise 11-25
    //          D  issued 06-01 due 07-01  400.00, written off (updated 11-10)
    //   Carol  E  EUR 500.00 due 10-01, 100.00 paid 11-24, open promise 11-27         (other currency: ignored)
    //          F  issued 09-01 due 10-01  600.00, cancelled                             (ignored)
    //          G  issued 07-15 due 08-14  250.00, disputed; open promise 11-18; broken promise 11-28
    //   Dan    H  no issue date (created 11-02), no due date, 80.00
    //          I  issued 11-27 (after today) due 12-27  1000.00                        (not issued yet)
    //          J  issued 09-10 due 10-10  70.00, status paid with no payment (updated 11-12)
    //   Alice  A  also has a kept promise for 11-24, but nothing was paid on A that week: it does not count.
    void buildBook(TestBook &t)
    {
        Book &b = t.book();
        const qint64 alice = t.addClient(QStringLiteral("Alice Walsh"));
        const qint64 bob = t.addClient(QStringLiteral("Bob Okafor"));
        const qint64 carol = t.addClient(QStringLiteral("Carol Novak"));
        const qint64 dan = t.addClient(QStringLiteral("Dan Byrne"));
        const qint64 a = addBill(b, QStringLiteral("A"), alice, QDate(2026, 11, 20), QDate(2026, 12, 20), 10000);
        const qint64 bb = addBill(b, QStringLiteral("B"), alice, QDate(2026, 10, 1), QDate(2026, 10, 31), 20000);
        const qint64 c = addBill(b, QStringLiteral("C"), bob, QDate(2026, 8, 1), QDate(2026, 8, 31), 30000,
                                 QStringLiteral("GBP"), QStringLiteral("open"));
        addBill(b, QStringLiteral("D"), bob, QDate(2026, 6, 1), QDate(2026, 7, 1), 40000, QStringLiteral("GBP"),
                QStringLiteral("written_off"), QDate(2026, 6, 1), QDate(2026, 11, 10));
        const qint64 e = addBill(b, QStringLiteral("E"), carol, QDate(2026, 9, 1), QDate(2026, 10, 1), 50000,
                                 QStringLiteral("EUR"));
        addBill(b, QStringLiteral("F"), carol, QDate(2026, 9, 1), QDate(2026, 10, 1), 60000, QStringLiteral("GBP"),
                QStringLiteral("cancelled"));
        const qint64 g = addBill(b, QStringLiteral("G"), carol, QDate(2026, 7, 15), QDate(2026, 8, 14), 25000,
                                 QStringLiteral("GBP"), QStringLiteral("disputed"));
        addBill(b, QStringLiteral("H"), dan, QDate(), QDate(), 8000, QStringLiteral("GBP"), QStringLiteral("open"),
                QDate(2026, 11, 2), QDate(2026, 11, 2));
        addBill(b, QStringLiteral("I"), dan, QDate(2026, 11, 27), QDate(2026, 12, 27), 100000);
        addBill(b, QStringLiteral("J"), dan, QDate(2026, 9, 10), QDate(2026, 10, 10), 7000, QStringLiteral("GBP"),
                QStringLiteral("paid"), QDate(2026, 9, 10), QDate(2026, 11, 12));
        QVERIFY(pay(b, a, 1000, QDate(2026, 11, 21)));
        QVERIFY(pay(b, bb, 5000, QDate(2026, 11, 24)));
        QVERIFY(pay(b, c, 30000, QDate(2026, 11, 25)));
        QVERIFY(pay(b, e, 10000, QDate(2026, 11, 24)));
        {
            QSqlQuery q(b.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE bills SET status = 'paid', updated_at = '2026-11-25T16:00:00.000Z' "
                                          "WHERE number = 'C'")));
        }
        QVERIFY(promise(b, bb, QDate(2026, 11, 27), QStringLiteral("open")));
        QVERIFY(promise(b, bb, QDate(2026, 11, 29), QStringLiteral("open")));
        QVERIFY(promise(b, c, QDate(2026, 11, 25), QStringLiteral("kept")));
        QVERIFY(promise(b, a, QDate(2026, 11, 24), QStringLiteral("kept")));
        QVERIFY(promise(b, e, QDate(2026, 11, 27), QStringLiteral("open")));
        QVERIFY(promise(b, g, QDate(2026, 11, 18), QStringLiteral("open")));
        QVERIFY(promise(b, g, QDate(2026, 11, 28), QStringLiteral("broken")));
    }

private Q_SLOTS:
    void theCurrentWeekStandsAtToday()
    {
        TestBook t(thursday);
        buildBook(t);
        if (QTest::currentTestFailed())
            return;
        const CashSnapshot s = CashSnapshotBuilder::build(t.book(), QDate(2026, 11, 25));
        QCOMPARE(s.currency, QStringLiteral("GBP"));
        QCOMPARE(s.weekOf, QDate(2026, 11, 23));
        QCOMPARE(s.week.weekStart, QDate(2026, 11, 23));
        QCOMPARE(s.week.asOf, QDate(2026, 11, 26));
        // A 90.00 not due, B 150.00 (26 days), G 250.00 (104 days), H 80.00 (no due date). C paid, D written off,
        // E other currency, F cancelled, I not issued yet, J marked paid.
        QCOMPARE(s.week.outstandingMinor, qint64(9000 + 15000 + 25000 + 8000));
        QCOMPARE(s.week.overdueMinor, qint64(15000 + 25000));
        QCOMPARE(s.week.bucketMinor, (Buckets{17000, 15000, 0, 0, 25000}));
        // B 50.00 and C 300.00 this week; A's 10.00 was last week, E is in euros.
        QCOMPARE(s.week.paidMinor, qint64(35000));
        // B (open, 200.00 owed on Monday, once for its two promises) and C (kept on the 25th: 300.00). A's kept promise
        // saw no payment this week, G's promise this week is broken, E is in euros.
        QCOMPARE(s.week.promisedMinor, qint64(20000 + 30000));
        QCOMPARE(s.promised.size(), 2);
        QCOMPARE(s.promised[0].billNumber, QStringLiteral("C"));
        QCOMPARE(s.promised[0].clientName, QStringLiteral("Bob Okafor"));
        QCOMPARE(s.promised[0].amountMinor, qint64(30000));
        QCOMPARE(s.promised[0].promisedOn, QDate(2026, 11, 25));
        QCOMPARE(s.promised[1].billNumber, QStringLiteral("B"));
        QCOMPARE(s.promised[1].amountMinor, qint64(20000));
        QCOMPARE(s.promised[1].promisedOn, QDate(2026, 11, 29));   // the later promise replaces the earlier one
        // Sales in the 90 days to 26 Nov (28 Aug - 26 Nov): A 100 + B 200 + H 80 + J 70 = 450.00.
        // DSO = 570 / 450 * 90 = 114.
        QCOMPARE(s.week.dsoDays, 114.0);
    }

    void topDebtorsAreRankedByOutstandingWithTheirOwnDso()
    {
        TestBook t(thursday);
        buildBook(t);
        if (QTest::currentTestFailed())
            return;
        const CashSnapshot s = CashSnapshotBuilder::build(t.book(), QDate(2026, 11, 26));
        QCOMPARE(s.topDebtors.size(), 3);   // Bob owes nothing now
        QCOMPARE(s.topDebtors[0].clientName, QStringLiteral("Carol Novak"));
        QCOMPARE(s.topDebtors[0].outstandingMinor, qint64(25000));
        QCOMPARE(s.topDebtors[0].overdueMinor, qint64(25000));
        QCOMPARE(s.topDebtors[0].bills, 1);
        QCOMPARE(s.topDebtors[0].dsoDays, 0.0);   // no sales in the window
        QCOMPARE(s.topDebtors[1].clientName, QStringLiteral("Alice Walsh"));
        QCOMPARE(s.topDebtors[1].outstandingMinor, qint64(24000));
        QCOMPARE(s.topDebtors[1].overdueMinor, qint64(15000));
        QCOMPARE(s.topDebtors[1].bills, 2);
        QCOMPARE(s.topDebtors[1].dsoDays, 72.0);   // 240 / 300 * 90
        QCOMPARE(s.topDebtors[2].clientName, QStringLiteral("Dan Byrne"));
        QCOMPARE(s.topDebtors[2].outstandingMinor, qint64(8000));
        QCOMPARE(s.topDebtors[2].overdueMinor, qint64(0));
        QCOMPARE(s.topDebtors[2].bills, 1);
        QCOMPARE(s.topDebtors[2].dsoDays, 48.0);   // 80 / (80 + 70) * 90
        QVERIFY(s.topDebtors[1].clientId > 0);
    }

    void theTrendShowsEachPastWeekAsItStood()
    {
        TestBook t(thursday);
        buildBook(t);
        if (QTest::currentTestFailed())
            return;
        const CashSnapshot s = CashSnapshotBuilder::build(t.book(), QDate(2026, 11, 29));
        QCOMPARE(s.trend.size(), 12);
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(s.trend[i].weekStart, QDate(2026, 11, 23).addDays(-7 * (12 - i)));
            QCOMPARE(s.trend[i].asOf, s.trend[i].weekStart.addDays(6));
        }

        // Week of 16 Nov, at Sunday 22 Nov: C was still owed (paid on the 25th), B had no payment yet.
        const WeekFigures &last = s.trend[11];
        QCOMPARE(last.weekStart, QDate(2026, 11, 16));
        QCOMPARE(last.outstandingMinor, qint64(9000 + 20000 + 30000 + 25000 + 8000));
        QCOMPARE(last.overdueMinor, qint64(20000 + 30000 + 25000));
        QCOMPARE(last.bucketMinor, (Buckets{17000, 20000, 0, 30000, 25000}));   // C 83 days, G 100 days
        QCOMPARE(last.paidMinor, qint64(1000));
        QCOMPARE(last.promisedMinor, qint64(25000));   // G's open promise for the 18th
        QCOMPARE(last.dsoDays, 184.0);                 // 920 / 450 * 90

        // Week of 2 Nov, at 8 Nov: D not yet written off (10 Nov), J not yet marked paid (12 Nov), H created on
        // the 2nd.
        const WeekFigures &nov2 = s.trend[9];
        QCOMPARE(nov2.weekStart, QDate(2026, 11, 2));
        QCOMPARE(nov2.outstandingMinor, qint64(20000 + 30000 + 40000 + 25000 + 8000 + 7000));
        QCOMPARE(nov2.bucketMinor, (Buckets{8000, 20000 + 7000, 0, 30000 + 25000, 40000}));
        QCOMPARE(nov2.paidMinor, qint64(0));
        QCOMPARE(nov2.promisedMinor, qint64(0));

        // Week of 26 Oct, at 1 Nov: H did not exist yet.
        QCOMPARE(s.trend[8].outstandingMinor, qint64(20000 + 30000 + 40000 + 25000 + 7000));

        // Asking for that past week gives the same figures as its place in the trend.
        const CashSnapshot past = CashSnapshotBuilder::build(t.book(), QDate(2026, 11, 18));
        QCOMPARE(past.weekOf, QDate(2026, 11, 16));
        QCOMPARE(past.week.asOf, QDate(2026, 11, 22));
        QCOMPARE(past.week.outstandingMinor, last.outstandingMinor);
        QCOMPARE(past.week.bucketMinor, last.bucketMinor);
        QCOMPARE(past.week.paidMinor, last.paidMinor);
        QCOMPARE(past.week.promisedMinor, last.promisedMinor);
        QCOMPARE(past.week.dsoDays, last.dsoDays);
        QCOMPARE(past.promised.size(), 1);
        QCOMPARE(past.promised[0].billNumber, QStringLiteral("G"));
        QCOMPARE(past.trend[11].outstandingMinor, s.trend[10].outstandingMinor);
        // Top debtors of a past week stand at that week's end too: Bob still owed C.
        QCOMPARE(past.topDebtors.first().clientName, QStringLiteral("Bob Okafor"));
        QCOMPARE(past.topDebtors.first().outstandingMinor, qint64(30000));
    }

    void otherCurrenciesAndCancelledBillsAreIgnored()
    {
        TestBook t(thursday);
        const qint64 c = t.addClient(QStringLiteral("Marco Rossi"));
        const qint64 eur = addBill(t.book(), QStringLiteral("E1"), c, QDate(2026, 11, 1), QDate(2026, 11, 15), 50000,
                                   QStringLiteral("EUR"));
        addBill(t.book(), "X1", c, QDate(2026, 11, 1), QDate(2026, 11, 15), 60000, "GBP", "cancelled");
        QVERIFY(pay(t.book(), eur, 100, QDate(2026, 11, 24)));
        QVERIFY(promise(t.book(), eur, QDate(2026, 11, 27), QStringLiteral("open")));
        const CashSnapshot s = CashSnapshotBuilder::build(t.book(), QDate(2026, 11, 26));
        QCOMPARE(s.week.outstandingMinor, qint64(0));
        QCOMPARE(s.week.paidMinor, qint64(0));
        QCOMPARE(s.week.promisedMinor, qint64(0));
        QCOMPARE(s.week.dsoDays, 0.0);
        QVERIFY(s.promised.isEmpty());
        QVERIFY(s.topDebtors.isEmpty());
        for (const WeekFigures &w : s.trend)
            QCOMPARE(w.outstandingMinor, qint64(0));
    }

    void anOverpaidBillCountsNothing()
    {
        TestBook t(thursday);
        const qint64 c = t.addClient(QStringLiteral("Yuki Martin"));
        const qint64 over = addBill(t.book(), QStringLiteral("O1"), c, QDate(2026, 11, 1), QDate(2026, 11, 15), 5000);
        addBill(t.book(), QStringLiteral("O2"), c, QDate(2026, 11, 1), QDate(2026, 11, 15), 3000);
        QVERIFY(pay(t.book(), over, 6000, QDate(2026, 11, 10)));
        const CashSnapshot s = CashSnapshotBuilder::build(t.book(), QDate(2026, 11, 26));
        QCOMPARE(s.week.outstandingMinor, qint64(3000));   // not 2000: O1's extra 10.00 does not pay O2
        QCOMPARE(s.trend[11].outstandingMinor, qint64(3000));
        QCOMPARE(s.trend[9].outstandingMinor, qint64(8000));   // at 8 Nov, before the payment
        QCOMPARE(s.trend[10].paidMinor, qint64(6000));
    }

    void onlyTheFiveLargestDebtorsAreListed()
    {
        TestBook t(thursday);
        for (int i = 1; i <= 7; ++i) {
            const qint64 c = t.addClient(QStringLiteral("Client %1").arg(i));
            addBill(t.book(), QStringLiteral("N%1").arg(i), c, QDate(2026, 11, 1), QDate(2026, 12, 1), i * 1000);
        }
        const CashSnapshot s = CashSnapshotBuilder::build(t.book(), QDate(2026, 11, 26));
        QCOMPARE(s.topDebtors.size(), 5);
        QCOMPARE(s.topDebtors[0].clientName, QStringLiteral("Client 7"));
        QCOMPARE(s.topDebtors[4].clientName, QStringLiteral("Client 3"));
        QCOMPARE(s.topDebtors[4].dsoDays, 90.0);   // all of it issued in the window
    }

    void aWeekAfterTodayStandsAtToday()
    {
        TestBook t(thursday);
        const qint64 c = t.addClient(QStringLiteral("Owen Hughes"));
        const qint64 b = addBill(t.book(), QStringLiteral("W1"), c, QDate(2026, 11, 1), QDate(2026, 11, 30), 4000);
        QVERIFY(promise(t.book(), b, QDate(2026, 12, 2), QStringLiteral("open")));
        const CashSnapshot s = CashSnapshotBuilder::build(t.book(), QDate(2026, 12, 2));
        QCOMPARE(s.weekOf, QDate(2026, 11, 30));
        QCOMPARE(s.week.asOf, QDate(2026, 11, 26));
        QCOMPARE(s.week.outstandingMinor, qint64(4000));
        QCOMPARE(s.week.promisedMinor, qint64(4000));   // promised for next week: still shown for it
        QCOMPARE(s.trend[11].asOf, QDate(2026, 11, 26));   // the current week, at today
    }

    void jsonHasTheDocumentedShape()
    {
        TestBook t(thursday);
        buildBook(t);
        if (QTest::currentTestFailed())
            return;
        const QByteArray json = CashSnapshotBuilder::toJson(CashSnapshotBuilder::build(t.book(), QDate(2026, 11, 23)));
        QVERIFY2(json.startsWith(
                     "{\"currency\":\"GBP\",\"week_of\":\"2026-11-23\",\"as_of\":\"2026-11-26\","
                     "\"outstanding\":\"570.00\","
                     "\"overdue\":\"400.00\",\"paid\":\"350.00\",\"promised\":\"500.00\","
                     "\"buckets\":{\"not_due\":\"170.00\",\"1-30\":\"150.00\",\"31-60\":\"0.00\",\"61-90\":\"0.00\","
                     "\"90+\":\"250.00\"},\"dso\":114.0,"
                     "\"promised_payments\":[{\"bill_number\":\"C\",\"client\":\"Bob Okafor\",\"amount\":\"300.00\","
                     "\"promised_on\":\"2026-11-25\"},{\"bill_number\":\"B\",\"client\":\"Alice Walsh\","
                     "\"amount\":\"200.00\",\"promised_on\":\"2026-11-29\"}],"
                     "\"top_debtors\":[{\"client_id\":3,\"client\":\"Carol Novak\",\"outstanding\":\"250.00\","
                     "\"overdue\":\"250.00\",\"bills\":1,\"dso\":0.0},"),
                 json.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.keys(), (QStringList{"as_of", "buckets", "currency", "dso", "outstanding", "overdue", "paid",
                                        "promised", "promised_payments", "top_debtors", "trend", "week_of"}));
        QCOMPARE(o.value("top_debtors").toArray().size(), 3);
        const QJsonArray trend = o.value("trend").toArray();
        QCOMPARE(trend.size(), 12);
        const QJsonObject week = trend.at(11).toObject();
        QCOMPARE(week.keys(), (QStringList{"as_of", "buckets", "dso", "outstanding", "overdue", "paid", "promised",
                                           "week_of"}));
        QCOMPARE(week.value("week_of").toString(), QStringLiteral("2026-11-16"));
        QCOMPARE(week.value("outstanding").toString(), QStringLiteral("920.00"));
        QCOMPARE(week.value("dso").toDouble(), 184.0);
        QCOMPARE(week.value("buckets").toObject().value("61-90").toString(), QStringLiteral("300.00"));
        QCOMPARE(trend.at(0).toObject().value("week_of").toString(), QStringLiteral("2026-08-31"));
    }

    void moneyUsesTheBookCurrencysDigits()
    {
        TestBook t(thursday);
        QVERIFY(t.book().setSetting(QStringLiteral("currency"), QStringLiteral("JPY")));
        const qint64 c = t.addClient(QStringLiteral("Yuki Tanaka"));
        addBill(t.book(), "Y1", c, QDate(2026, 11, 1), QDate(2026, 11, 10), 15000, "JPY");
        addBill(t.book(), "G1", c, QDate(2026, 11, 1), QDate(2026, 11, 10), 99999, "GBP");
        const QByteArray json = CashSnapshotBuilder::toJson(CashSnapshotBuilder::build(t.book(), QDate(2026, 11, 26)));
        QVERIFY2(json.startsWith("{\"currency\":\"JPY\",\"week_of\":\"2026-11-23\",\"as_of\":\"2026-11-26\","
                                 "\"outstanding\":\"15000\",\"overdue\":\"15000\",\"paid\":\"0\""),
                 json.constData());
    }

    // The SQL aggregates against a plain bill-by-bill recount of the stated formulas, on a random book with
    // part payments, overpayments, refunds, late status changes, missing dates and other currencies.
    void aggregatesAgreeWithABillByBillRecount()
    {
        TestBook t(thursday);
        Book &book = t.book();
        std::mt19937 rng(20261126);
        auto between = [&](int lo, int hi) { return lo + int(rng() % unsigned(hi - lo + 1)); };
        const QDate today = thursday.date();
        struct Bill {
            qint64 id = 0;
            qint64 client = 0;
            QDate issued, due, updated;
            qint64 amount = 0;
            QString currency, status;
            QList<QPair<QDate, qint64>> payments;
        };
        QList<qint64> clients;
        for (int i = 0; i < 12; ++i)
            clients.append(t.addClient(QStringLiteral("Client %1").arg(i)));
        const QStringList statuses{"open", "open", "open", "paid", "disputed", "written_off", "cancelled"};
        QList<Bill> bills;
        for (int i = 0; i < 400; ++i) {
            Bill b;
            b.client = clients[between(0, clients.size() - 1)];
            b.issued = today.addDays(-between(-5, 200));
            b.due = between(0, 9) == 0 ? QDate() : b.issued.addDays(between(0, 1) ? 14 : 30);
            b.updated = qMin(today, b.issued.addDays(between(0, 150)));
            b.amount = between(1, 5000) * 10;
            b.currency = between(0, 5) == 0 ? QStringLiteral("EUR") : QStringLiteral("GBP");
            b.status = statuses[between(0, statuses.size() - 1)];
            const bool noIssueDate = between(0, 12) == 0;
            b.id = addBill(book, QStringLiteral("R%1").arg(i), b.client, noIssueDate ? QDate() : b.issued, b.due,
                           b.amount, b.currency, b.status, b.issued, b.updated);
            QVERIFY(b.id > 0);
            const int payments = between(0, 3);
            for (int p = 0; p < payments; ++p) {
                const QDate on = qMin(today, b.issued.addDays(between(0, 120)));
                const bool refund = between(0, 15) == 0;
                const qint64 amount = refund ? -between(1, 100) * 10 : between(1, int(b.amount / 10) + 50) * 10;
                QVERIFY(pay(book, b.id, amount, on));
                b.payments.append({on, amount});
            }
            bills.append(b);
        }

        const CashSnapshot s = CashSnapshotBuilder::build(book, today);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QList<WeekFigures> weeks = s.trend;
        weeks.append(s.week);
        QHash<qint64, qint64> byClient, overdueByClient, billsByClient, salesByClient;
        for (const WeekFigures &w : weeks) {
            const QDate d = w.asOf;
            qint64 outstanding = 0, overdue = 0, paid = 0, sales = 0;
            Buckets buckets{};
            for (const Bill &b : bills) {
                if (b.currency != QLatin1String("GBP"))
                    continue;
                for (const auto &[on, amount] : b.payments)   // cash in, whatever became of the bill
                    if (on >= w.weekStart && on <= d)
                        paid += amount;
                if (b.status == QLatin1String("cancelled") || b.issued > d)
                    continue;
                if (b.issued > d.addDays(-90)) {
                    sales += b.amount;
                    if (w.weekStart == s.weekOf)
                        salesByClient[b.client] += b.amount;
                }
                const bool closed = (b.status == QLatin1String("paid") || b.status == QLatin1String("written_off"))
                                 && b.updated <= d;
                if (closed)
                    continue;
                qint64 balance = b.amount;
                for (const auto &[on, amount] : b.payments)
                    if (on <= d)
                        balance -= amount;
                if (balance <= 0)
                    continue;
                outstanding += balance;
                const AgingBucket bucket = agingBucketFor(b.due, d);
                buckets[static_cast<int>(bucket)] += balance;
                if (bucket != AgingBucket::NotDue)
                    overdue += balance;
                if (w.weekStart == s.weekOf) {
                    byClient[b.client] += balance;
                    if (bucket != AgingBucket::NotDue)
                        overdueByClient[b.client] += balance;
                    billsByClient[b.client] += 1;
                }
            }
            QCOMPARE(w.outstandingMinor, outstanding);
            QCOMPARE(w.overdueMinor, overdue);
            QCOMPARE(w.bucketMinor, buckets);
            QCOMPARE(w.paidMinor, paid);
            QCOMPARE(w.dsoDays, sales > 0 ? double(outstanding) / double(sales) * 90 : 0.0);
        }
        QList<qint64> ranked = byClient.keys();
        std::sort(ranked.begin(), ranked.end(), [&](qint64 a, qint64 b) { return byClient[a] > byClient[b]; });
        QCOMPARE(s.topDebtors.size(), qMin(5, int(ranked.size())));
        for (int i = 0; i < s.topDebtors.size(); ++i) {
            const Debtor &d = s.topDebtors[i];
            QCOMPARE(d.outstandingMinor, byClient[ranked[i]]);   // amounts in rank order (ties may swap clients)
            QCOMPARE(d.outstandingMinor, byClient[d.clientId]);
            QCOMPARE(d.overdueMinor, overdueByClient.value(d.clientId));
            QCOMPARE(qint64(d.bills), billsByClient[d.clientId]);
            const qint64 sales = salesByClient.value(d.clientId);
            QCOMPARE(d.dsoDays, sales > 0 ? double(d.outstandingMinor) / double(sales) * 90 : 0.0);
        }
    }
};

QTEST_GUILESS_MAIN(tst_CashSnapshot)
#include "tst_cashsnapshot.moc"
