#include "TestBook.h"

#include <Book.h>
#include <CallQueue.h>
#include <Repositories.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace duedesk;

namespace {

const QDate today(2026, 11, 23);
constexpr qint64 thousandPounds = 100000;

bool exec(Book &book, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(book.database());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (q.exec())
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

bool pay(Book &book, qint64 billId, qint64 amountMinor, const QDate &paidOn)
{
    PaymentRow p;
    p.billId = billId;
    p.amountMinor = amountMinor;
    p.paidOn = paidOn;
    return PaymentRepository(book).insert(p).ok();
}

bool setStatus(Book &book, qint64 billId, BillStatus status)
{
    return BillRepository(book).setStatus(billId, status, nullptr);
}

// A chase that has drafted up to (not including) nextPosition, counting from anchorOn.
bool chase(Book &book, qint64 billId, int nextPosition, const QDate &anchorOn, const QString &state = "active",
           const QDate &pausedUntil = QDate())
{
    const QVariant until = pausedUntil.isValid() ? QVariant(iso(pausedUntil))
                                                 : QVariant(QMetaType::fromType<QString>());
    return exec(book,
                // Every bill already has a chase row (made when the bill was written): replace it.
                "INSERT OR REPLACE INTO chases (bill_id, state, paused_until, cycle, anchor_on, next_position, updated_at) "
                "VALUES (?, ?, ?, 1, ?, ?, '2026-11-01T00:00:00.000Z')",
                {billId, state, until, iso(anchorOn), nextPosition});
}

bool message(Book &book, qint64 clientId, const QString &at, const QString &channel, const QString &direction,
             const QString &body)
{
    return exec(book, "INSERT INTO messages (client_id, channel, direction, body, at) VALUES (?, ?, ?, ?, ?)",
                {clientId, channel, direction, body, at});
}

QStringList numbers(const QList<CallQueueEntry> &entries)
{
    QStringList out;
    for (const CallQueueEntry &e : entries)
        out.append(e.billNumber);
    return out;
}

const CallQueueEntry *find(const QList<CallQueueEntry> &entries, const QString &number)
{
    for (const CallQueueEntry &e : entries)
        if (e.billNumber == number)
            return &e;
    return nullptr;
}

} // namespace

class tst_CallQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amountRuleCountsTheBalanceInTheBookCurrencyOnly()
    {
        TestBook t;
        Book &b = t.book();
        const qint64 c = t.addClient(QStringLiteral("Alice Walsh"));
        t.addBill(QStringLiteral("BIG"), c, today.addDays(-10), 150000);
        t.addBill(QStringLiteral("EXACT"), c, today.addDays(5), thousandPounds);          // not due yet, but large
        t.addBill(QStringLiteral("SMALL"), c, today.addDays(-10), 5000);
        const qint64 part = t.addBill(QStringLiteral("PART"), c, today.addDays(-10), 120000);
        QVERIFY(pay(b, part, 30000, today.addDays(-2)));                                    // 900.00 left
        const qint64 paid = t.addBill(QStringLiteral("PAID"), c, today.addDays(-10), 200000);
        QVERIFY(pay(b, paid, 200000, today.addDays(-1)));
        t.addBill(QStringLiteral("EURBIG"), c, today.addDays(-10), 500000, QStringLiteral("EUR"));
        const qint64 disputed = t.addBill(QStringLiteral("DISPUTED"), c, today.addDays(-3), 110000);
        QVERIFY(setStatus(b, disputed, BillStatus::Disputed));
        const qint64 cancelled = t.addBill(QStringLiteral("CANCELLED"), c, today.addDays(-3), 110000);
        QVERIFY(setStatus(b, cancelled, BillStatus::Cancelled));
        const qint64 writtenOff = t.addBill(QStringLiteral("WRITTENOFF"), c, today.addDays(-3), 110000);
        QVERIFY(setStatus(b, writtenOff, BillStatus::WrittenOff));

        const QList<CallQueueEntry> q = CallQueue::build(b, today, thousandPounds);
        QCOMPARE(numbers(q), (QStringList{"BIG", "DISPUTED", "EXACT"}));
        QCOMPARE(q[0].why, QStringLiteral("at least £1,000.00 owed"));
        QCOMPARE(q[2].daysOverdue, qint64(-5));

        // No amount rule: nothing here is late enough.
        QVERIFY(CallQueue::build(b, today, 0).isEmpty());
    }

    void lateBucketsQualifyInAnyCurrency()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Bob Okafor"));
        t.addBill(QStringLiteral("D60"), c, today.addDays(-60), 2000);     // 31-60: no
        t.addBill(QStringLiteral("D61"), c, today.addDays(-61), 2000);     // 61-90
        t.addBill(QStringLiteral("D91"), c, today.addDays(-91), 3000);     // 90+
        t.addBill(QStringLiteral("E95"), c, today.addDays(-95), 1000, QStringLiteral("EUR"));
        t.addBill(QStringLiteral("NODUE"), c, QDate(), 2000);
        const QList<CallQueueEntry> q = CallQueue::build(t.book(), today, thousandPounds);
        QCOMPARE(numbers(q), (QStringList{"D91", "E95", "D61"}));
        QCOMPARE(q[0].why, QStringLiteral("more than 90 days overdue"));
        QCOMPARE(q[0].daysOverdue, qint64(91));
        QCOMPARE(q[1].currency, QStringLiteral("EUR"));
        QCOMPARE(q[2].why, QStringLiteral("61-90 days overdue"));
    }

    void aChaseThatUsedEveryStepQualifiesAfterThePolicysWait()
    {
        TestBook t;
        Book &b = t.book();
        const qint64 dan = t.addClient(QStringLiteral("Dan Byrne"));        // standard: last step 5 at +45 days
        const qint64 done = t.addBill(QStringLiteral("DONE"), dan, today.addDays(-20), 3000);
        QVERIFY(chase(b, done, 6, today.addDays(-50)));
        const qint64 notDone = t.addBill(QStringLiteral("NOTDONE"), dan, today.addDays(-20), 3000);
        QVERIFY(chase(b, notDone, 5, today.addDays(-50)));
        const qint64 noChase = t.addBill(QStringLiteral("NOCHASE"), dan, today.addDays(-20), 3000);
        Q_UNUSED(noChase);
        const qint64 finished = t.addBill(QStringLiteral("FINISHED"), dan, today.addDays(-20), 3000);
        QVERIFY(chase(b, finished, 6, today.addDays(-50), QStringLiteral("finished")));

        // Promised: out of the queue until the promised day has passed.
        const qint64 promised = t.addBill(QStringLiteral("PROMISED"), dan, today.addDays(-20), 3000);
        QVERIFY(chase(b, promised, 6, today.addDays(-50), QStringLiteral("paused_promise"), today.addDays(3)));
        const qint64 promiseGone = t.addBill(QStringLiteral("PROMISEGONE"), dan, today.addDays(-20), 3000);
        QVERIFY(chase(b, promiseGone, 6, today.addDays(-50), QStringLiteral("paused_promise"), today.addDays(-1)));

        // VIP: Gentle (last step at +60) and a wait of 10 days after the last step.
        const qint64 eve = t.addClient(QStringLiteral("Eve Silva"));
        QVERIFY(exec(b, QStringLiteral("UPDATE clients SET segment = 'vip' WHERE id = ?"), {eve}));
        QVERIFY(exec(b, QStringLiteral("UPDATE policies SET call_after_days = 10 WHERE key = 'gentle'")));
        const qint64 waiting = t.addBill(QStringLiteral("WAITING"), eve, today.addDays(-20), 3000);
        QVERIFY(chase(b, waiting, 6, today.addDays(-65)));                   // last step 5 days ago: wait
        const qint64 waited = t.addBill(QStringLiteral("WAITED"), eve, today.addDays(-20), 3000);
        QVERIFY(chase(b, waited, 6, today.addDays(-70)));                    // exactly 10 days ago

        // VIP with her own override to Firm (last step at +30).
        const qint64 gina = t.addClient(QStringLiteral("Gina Fischer"));
        QVERIFY(exec(b, QStringLiteral("UPDATE clients SET segment = 'vip', policy_id = 3 WHERE id = ?"), {gina}));
        const qint64 firm = t.addBill(QStringLiteral("FIRM"), gina, today.addDays(-20), 3000);
        QVERIFY(chase(b, firm, 6, today.addDays(-40)));

        const QList<CallQueueEntry> q = CallQueue::build(b, today, thousandPounds);
        QStringList got = numbers(q);
        got.sort();
        QCOMPARE(got, (QStringList{"DONE", "FIRM", "PROMISEGONE", "WAITED"}));
        QCOMPARE(find(q, QStringLiteral("DONE"))->why, QStringLiteral("all reminders sent"));
    }

    void reasonsAddUp()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Hugo Moreau"));
        const qint64 bill = t.addBill(QStringLiteral("ALL"), c, today.addDays(-100), 250000);
        QVERIFY(chase(t.book(), bill, 6, today.addDays(-100)));
        const QList<CallQueueEntry> q = CallQueue::build(t.book(), today, thousandPounds);
        QCOMPARE(q.size(), 1);
        QCOMPARE(q[0].why, QStringLiteral("at least £1,000.00 owed; more than 90 days overdue; all reminders sent"));
    }

    void rankedByBucketThenBalanceThenDueDate()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Ravi Patel"));
        t.addBill(QStringLiteral("B1-SMALL"), c, today.addDays(-10), 100000);
        t.addBill(QStringLiteral("B1-LARGE"), c, today.addDays(-5), 900000);
        t.addBill(QStringLiteral("B4-NEW"), c, today.addDays(-70), 5000);
        t.addBill(QStringLiteral("B4-OLD"), c, today.addDays(-80), 5000);      // same balance: older due first
        t.addBill(QStringLiteral("B4-JPY"), c, today.addDays(-75), 6000, "JPY");   // 6000 yen > 50 pounds
        t.addBill(QStringLiteral("B5"), c, today.addDays(-200), 100);
        t.addBill(QStringLiteral("NOTDUE"), c, today.addDays(20), 2000000);
        const QList<CallQueueEntry> q = CallQueue::build(t.book(), today, thousandPounds);
        QCOMPARE(numbers(q), (QStringList{"B5", "B4-JPY", "B4-OLD", "B4-NEW", "B1-LARGE", "B1-SMALL", "NOTDUE"}));
    }

    void aLimitKeepsTheTopOfTheRankingAndCountsTheRest()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Ravi Patel"));
        for (int i = 0; i < 12; ++i)
            t.addBill(QStringLiteral("B%1").arg(i), c, today.addDays(-61 - 7 * i), 5000 + 100 * i);
        const QList<CallQueueEntry> all = CallQueue::build(t.book(), today, thousandPounds);
        QCOMPARE(all.size(), 12);
        qsizetype total = -1;
        QString error;
        const QList<CallQueueEntry> top = CallQueue::build(t.book(), today, thousandPounds, &error, 5, &total);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(total, 12);
        QCOMPARE(numbers(top), numbers(all.mid(0, 5)));
        QCOMPARE(top.constLast().clientOutstandingMinor, all.at(4).clientOutstandingMinor);
        QVERIFY(top.constLast().clientOutstandingMinor > 0);
    }

    void carriesTheClientsFiguresAndTheThreeNewestMessages()
    {
        TestBook t;
        Book &b = t.book();
        const qint64 alice = t.addClient(QStringLiteral("Alice Walsh"));
        const qint64 other = t.addClient(QStringLiteral("Someone Else"));
        QVERIFY(exec(b, QStringLiteral("UPDATE clients SET phone_e164 = '+447700900123' WHERE id = ?"), {alice}));
        const qint64 big = t.addBill(QStringLiteral("BIG"), alice, today.addDays(-10), 150000);
        const qint64 small = t.addBill(QStringLiteral("SMALL"), alice, today.addDays(-3), 5000);
        const qint64 eur = t.addBill(QStringLiteral("EUR"), alice, today.addDays(-3), 5000, QStringLiteral("EUR"));
        const qint64 settled = t.addBill(QStringLiteral("SETTLED"), alice, today.addDays(-40), 7000);
        QVERIFY(pay(b, big, 10000, QDate(2026, 11, 1)));
        QVERIFY(pay(b, settled, 7000, QDate(2026, 11, 10)));     // the latest in pounds
        QVERIFY(pay(b, small, 1000, QDate(2026, 11, 10)));       // same day, recorded later: this one
        QVERIFY(pay(b, eur, 2000, QDate(2026, 11, 20)));         // later, but in euros

        QVERIFY(message(b, alice, "2026-11-18T09:00:00.000Z", "email", "out", "oldest"));
        QVERIFY(message(b, alice, "2026-11-19T09:00:00.000Z", "sms", "out", "second"));
        QVERIFY(message(b, alice, "2026-11-21T08:15:00.000Z", "whatsapp", "in", "I'll pay \"Friday\""));
        QVERIFY(message(b, alice, "2026-11-20T10:00:00.000Z", "telegram", "out", "third"));
        QVERIFY(message(b, alice, "2026-11-21T08:15:00.000Z", "whatsapp", "out", "same time, written later"));
        QVERIFY(message(b, other, "2026-11-22T08:00:00.000Z", "sms", "in", "not Alice's"));

        const QList<CallQueueEntry> q = CallQueue::build(b, today, thousandPounds);
        QCOMPARE(q.size(), 1);
        const CallQueueEntry &e = q[0];
        QCOMPARE(e.billId, big);
        QCOMPARE(e.billNumber, QStringLiteral("BIG"));
        QCOMPARE(e.clientId, alice);
        QCOMPARE(e.clientName, QStringLiteral("Alice Walsh"));
        QCOMPARE(e.phoneE164, QStringLiteral("+447700900123"));
        QCOMPARE(e.currency, QStringLiteral("GBP"));
        QCOMPARE(e.balanceMinor, qint64(140000));
        QCOMPARE(e.daysOverdue, qint64(10));
        QCOMPARE(e.clientOutstandingMinor, qint64(140000 + 4000));   // BIG and SMALL; not the euro bill
        QVERIFY(e.lastPayment.has_value());
        QCOMPARE(e.lastPayment->billId, small);
        QCOMPARE(e.lastPayment->amountMinor, qint64(1000));
        QCOMPARE(e.lastPayment->paidOn, QDate(2026, 11, 10));
        QCOMPARE(e.lastMessages.size(), 3);
        QCOMPARE(e.lastMessages[0].body, QStringLiteral("same time, written later"));
        QCOMPARE(e.lastMessages[0].inbound, false);
        QCOMPARE(e.lastMessages[1].body, QStringLiteral("I'll pay \"Friday\""));
        QCOMPARE(e.lastMessages[1].inbound, true);
        QCOMPARE(e.lastMessages[1].channel, Channel::WhatsApp);
        QCOMPARE(e.lastMessages[1].at, QDateTime(QDate(2026, 11, 21), QTime(8, 15), Qt::UTC));
        QCOMPARE(e.lastMessages[2].body, QStringLiteral("third"));
        QCOMPARE(e.lastMessages[2].channel, Channel::Telegram);

        QCOMPARE(CallQueue::toJson(q),
                 QByteArray("[{\"bill_number\":\"BIG\",\"client\":\"Alice Walsh\",\"phone\":\"+447700900123\","
                            "\"currency\":\"GBP\",\"balance\":\"1400.00\",\"days_overdue\":10,"
                            "\"client_outstanding\":\"1440.00\","
                            "\"last_payment\":{\"amount\":\"10.00\",\"paid_on\":\"2026-11-10\"},"
                            "\"last_messages\":["
                            "{\"at\":\"2026-11-21T08:15:00.000Z\",\"channel\":\"whatsapp\",\"direction\":\"out\","
                            "\"body\":\"same time, written later\"},"
                            "{\"at\":\"2026-11-21T08:15:00.000Z\",\"channel\":\"whatsapp\",\"direction\":\"in\","
                            "\"body\":\"I'll pay \\\"Friday\\\"\"},"
                            "{\"at\":\"2026-11-20T10:00:00.000Z\",\"channel\":\"telegram\",\"direction\":\"out\","
                            "\"body\":\"third\"}],"
                            "\"why\":\"at least £1,000.00 owed\"}]"));
    }

    void jsonOfAnEntryWithoutHistory()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Kofi Evans"));
        t.addBill(QStringLiteral("K-1"), c, today.addDays(-95), 1250, QStringLiteral("KWD"));
        const QList<CallQueueEntry> q = CallQueue::build(t.book(), today, thousandPounds);
        QCOMPARE(q.size(), 1);
        QVERIFY(!q[0].lastPayment);
        QVERIFY(q[0].lastMessages.isEmpty());
        const QByteArray json = CallQueue::toJson(q);
        QCOMPARE(json, QByteArray("[{\"bill_number\":\"K-1\",\"client\":\"Kofi Evans\",\"phone\":\"\","
                                  "\"currency\":\"KWD\",\"balance\":\"1.250\",\"days_overdue\":95,"
                                  "\"client_outstanding\":\"1.250\",\"last_payment\":null,\"last_messages\":[],"
                                  "\"why\":\"more than 90 days overdue\"}]"));
        const QJsonArray parsed = QJsonDocument::fromJson(json).array();
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(parsed.at(0).toObject().keys(),
                 (QStringList{"balance", "bill_number", "client", "client_outstanding", "currency", "days_overdue",
                              "last_messages", "last_payment", "phone", "why"}));
        QCOMPARE(CallQueue::toJson({}), QByteArray("[]"));
    }
};

QTEST_GUILESS_MAIN(tst_CallQueue)
#include "tst_callqueue.moc"
