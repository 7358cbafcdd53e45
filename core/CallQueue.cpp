#include "CallQueue.h"

#include "Aging.h"
#include "Book.h"
#include "Clock.h"
#include "Currency.h"
#include "Money.h"
#include "SqlValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCallQueue, "duedesk.callqueue", QtInfoMsg)

// Who is in the queue: bills that are open or disputed with a positive balance (amount - payments) and at least one of
//   1. amount: the bill is in the book's currency and its balance is at least minAmountMinor (minAmountMinor <= 0
//      turns this rule off, it does not put every bill in the queue);
//   2. late: the bill is in the 61-90 or 90+ bucket today (more than 60 days past its due date), any currency;
//   3. chase done: the bill's chase has drafted every step of the client's policy (chases.next_position beyond
//      the policy's last position; the policy is the client's own, else its segment's default, else Standard),
//      the policy's call_after_days have passed since the last step's day (anchor_on, or the due date, plus the
//      last step's offset), the chase is not finished, and it is not paused for a promise that is still to come.
//
// Ranking: a higher aging bucket first; within a bucket the larger balance first (balances in different
// currencies are compared in major units, as the book keeps no exchange rates); then the older due date (no due
// date last); then the bill number.
//
// Per entry: the client's total open balance in the bill's currency (open or disputed bills with a positive
// balance), the client's latest payment on any bill in that currency (latest paid_on, then latest recorded), and
// the client's three newest messages on any channel (by time, then by id).

namespace duedesk {

namespace {

int bucketRank(const QDate &dueOn, const QDate &today)
{
    return static_cast<int>(agingBucketFor(dueOn, today));
}

qint64 powerOfTen(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

// a / 10^da compared with b / 10^db (both non-negative), exactly: whole units first, then the fractions.
int compareMajor(qint64 a, int da, qint64 b, int db)
{
    const qint64 pa = powerOfTen(da);
    const qint64 pb = powerOfTen(db);
    const qint64 wholeA = a / pa;
    const qint64 wholeB = b / pb;
    if (wholeA != wholeB)
        return wholeA < wholeB ? -1 : 1;
    const qint64 fracA = (a % pa) * pb;   // both below 10^(da + db): no overflow
    const qint64 fracB = (b % pb) * pa;
    return fracA < fracB ? -1 : (fracA > fracB ? 1 : 0);
}

// Runs a prepared query; on failure logs it and keeps the first error in *error.
bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    const QString why = sqlErrorText(q.lastError());
    qCWarning(lcCallQueue) << "call queue query failed:" << why;
    if (error->isEmpty())
        *error = why;
    return false;
}

} // namespace

QList<CallQueueEntry> CallQueue::build(const Book &book, const QDate &today, qint64 minAmountMinor, QString *errorOut,
                                       qsizetype limit, qsizetype *total)
{
    QList<CallQueueEntry> entries;
    QSqlDatabase db = book.database();
    const QString bookCurrency = book.currency();
    const QLocale locale = book.locale();
    QString error;   // the first failure's SQL text
    auto reportError = [&] {
        if (errorOut && !error.isEmpty())
            *errorOut = tr("Cannot read the book for the call queue: %1").arg(error);
    };

    struct Row {
        CallQueueEntry entry;
        QDate dueOn;
        bool chaseDone = false;
    };
    QList<Row> rows;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "WITH last_step AS ("
            "  SELECT s.policy_id, s.position, s.offset_days FROM policy_steps s "
            "  WHERE s.position = (SELECT max(t.position) FROM policy_steps t WHERE t.policy_id = s.policy_id)), "
            "open_bills AS ("
            "  SELECT b.id, b.number, b.client_id, b.currency, b.amount_minor - b.paid_minor AS balance, b.due_on "
            "  FROM bills b WHERE b.status IN ('open', 'disputed') AND b.amount_minor - b.paid_minor > 0), "
            "flagged AS ("
            "  SELECT ob.*, c.name, c.phone_e164, "
            "    (ch.bill_id IS NOT NULL AND ch.state <> 'finished' AND ls.policy_id IS NOT NULL "
            "     AND ch.next_position > ls.position "
            "     AND NOT (ch.state = 'paused_promise' AND coalesce(ch.paused_until >= ?, 0)) "
            "     AND coalesce(julianday(?) - julianday(coalesce(ch.anchor_on, ob.due_on)) "
            "                  >= ls.offset_days + p.call_after_days, 1)) AS chase_done "
            "  FROM open_bills ob JOIN clients c ON c.id = ob.client_id "
            "  LEFT JOIN chases ch ON ch.bill_id = ob.id "
            "  LEFT JOIN policies p ON p.id = coalesce(c.policy_id, "
            "      (SELECT sp.policy_id FROM segment_policies sp WHERE sp.segment = c.segment), "
            "      (SELECT id FROM policies WHERE key = 'standard')) "
            "  LEFT JOIN last_step ls ON ls.policy_id = p.id) "
            "SELECT id, number, client_id, name, phone_e164, currency, balance, due_on, chase_done FROM flagged "
            "WHERE (? > 0 AND currency = ? AND balance >= ?) "
            "   OR (due_on IS NOT NULL AND julianday(?) - julianday(due_on) > 60) "
            "   OR chase_done"));
        const QString todayText = today.toString(Qt::ISODate);
        q.addBindValue(todayText);
        q.addBindValue(todayText);
        q.addBindValue(minAmountMinor);
        q.addBindValue(bookCurrency);
        q.addBindValue(minAmountMinor);
        q.addBindValue(todayText);
        if (!run(q, &error)) {
            reportError();
            return entries;
        }
        while (q.next()) {
            Row r;
            r.entry.billId = q.value(0).toLongLong();
            r.entry.billNumber = q.value(1).toString();
            r.entry.clientId = q.value(2).toLongLong();
            r.entry.clientName = q.value(3).toString();
            r.entry.phoneE164 = q.value(4).toString();
            r.entry.currency = q.value(5).toString();
            r.entry.balanceMinor = q.value(6).toLongLong();
            r.dueOn = sql::toDate(q.value(7));
            r.entry.daysOverdue = r.dueOn.isValid() ? daysOverdue(r.dueOn, today) : 0;
            r.chaseDone = q.value(8).toBool();
            rows.append(r);
        }
    }

    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const int ba = bucketRank(a.dueOn, today);
        const int bb = bucketRank(b.dueOn, today);
        if (ba != bb)
            return ba > bb;
        const int byBalance = compareMajor(a.entry.balanceMinor, qMax(0, Currency::minorDigits(a.entry.currency)),
                                           b.entry.balanceMinor, qMax(0, Currency::minorDigits(b.entry.currency)));
        if (byBalance != 0)
            return byBalance > 0;
        if (a.dueOn != b.dueOn) {
            if (!a.dueOn.isValid() || !b.dueOn.isValid())
                return a.dueOn.isValid();
            return a.dueOn < b.dueOn;
        }
        return a.entry.billNumber < b.entry.billNumber;
    });

    if (total)
        *total = rows.size();
    if (limit >= 0 && rows.size() > limit)
        rows.resize(limit);

    // The client's figures, read once per (client, currency) and once per client.
    QSqlQuery outstanding(db);
    outstanding.prepare(QStringLiteral("SELECT coalesce(sum(amount_minor - paid_minor), 0) FROM bills "
                                       "WHERE client_id = ? AND currency = ? AND status IN ('open', 'disputed') "
                                       "AND amount_minor - paid_minor > 0"));
    QSqlQuery lastPayment(db);
    lastPayment.prepare(QStringLiteral(
        "SELECT p.id, p.bill_id, p.amount_minor, p.paid_on, p.method, p.source, p.note FROM payments p "
        "JOIN bills b ON b.id = p.bill_id WHERE b.client_id = ? AND b.currency = ? "
        "ORDER BY p.paid_on DESC, p.id DESC LIMIT 1"));
    QSqlQuery messages(db);
    messages.prepare(QStringLiteral("SELECT at, channel, direction, body FROM messages WHERE client_id = ? "
                                    "ORDER BY at DESC, id DESC LIMIT 3"));
    struct ClientCurrency {
        qint64 outstandingMinor = 0;
        std::optional<PaymentRow> lastPayment;
    };
    QHash<QPair<qint64, QString>, ClientCurrency> perCurrency;
    QHash<qint64, QList<QueueMessage>> perClient;

    for (Row &r : rows) {
        CallQueueEntry &e = r.entry;
        const QPair<qint64, QString> key{e.clientId, e.currency};
        if (!perCurrency.contains(key)) {
            ClientCurrency cc;
            outstanding.addBindValue(e.clientId);
            outstanding.addBindValue(e.currency);
            if (run(outstanding, &error) && outstanding.next())
                cc.outstandingMinor = outstanding.value(0).toLongLong();
            outstanding.finish();
            lastPayment.addBindValue(e.clientId);
            lastPayment.addBindValue(e.currency);
            if (run(lastPayment, &error) && lastPayment.next()) {
                PaymentRow p;
                p.id = lastPayment.value(0).toLongLong();
                p.billId = lastPayment.value(1).toLongLong();
                p.amountMinor = lastPayment.value(2).toLongLong();
                p.paidOn = sql::toDate(lastPayment.value(3));
                p.method = lastPayment.value(4).toString();
                p.source = paymentSourceFromKey(lastPayment.value(5).toString()).value_or(PaymentSource::Manual);
                p.note = lastPayment.value(6).toString();
                cc.lastPayment = p;
            }
            lastPayment.finish();
            perCurrency.insert(key, cc);
        }
        if (!perClient.contains(e.clientId)) {
            QList<QueueMessage> list;
            messages.addBindValue(e.clientId);
            if (run(messages, &error)) {
                while (messages.next()) {
                    QueueMessage m;
                    m.at = sql::toDateTime(messages.value(0));
                    m.channel = channelFromKey(messages.value(1).toString()).value_or(Channel::Email);
                    m.inbound = messages.value(2).toString() == QLatin1String("in");
                    m.body = messages.value(3).toString();
                    list.append(m);
                }
            }
            messages.finish();
            perClient.insert(e.clientId, list);
        }
        const ClientCurrency &cc = perCurrency.value(key);
        e.clientOutstandingMinor = cc.outstandingMinor;
        e.lastPayment = cc.lastPayment;
        e.lastMessages = perClient.value(e.clientId);

        QStringList why;
        if (minAmountMinor > 0 && e.currency == bookCurrency && e.balanceMinor >= minAmountMinor)
            why.append(tr("at least %1 owed").arg(Money(minAmountMinor, bookCurrency).toDisplayString(locale)));
        const AgingBucket bucket = agingBucketFor(r.dueOn, today);
        if (bucket == AgingBucket::Days61To90)
            why.append(tr("61-90 days overdue"));
        else if (bucket == AgingBucket::Over90)
            why.append(tr("more than 90 days overdue"));
        if (r.chaseDone)
            why.append(tr("all reminders sent"));
        //: Separates the reasons a bill is in the call queue.
        e.why = why.join(tr("; "));
        entries.append(e);
    }
    reportError();
    return entries;
}

namespace {

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray CallQueue::toJson(const QList<CallQueueEntry> &entries)
{
    // Written by hand so the keys keep this order (QJsonObject would sort them):
    // [{"bill_number","client","phone","currency","balance","days_overdue","client_outstanding",
    //   "last_payment":{"amount","paid_on"}|null,"last_messages":[{"at","channel","direction","body"}],"why"}]
    // Money as decimal strings in the bill currency's digits; dates ISO; message times UTC ISO with milliseconds.
    QByteArray out = "[";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const CallQueueEntry &e = entries[i];
        const int digits = qMax(0, Currency::minorDigits(e.currency));
        auto money = [digits](qint64 minor) -> QByteArray {
            return '"' + minorToDecimalString(minor, digits).toLatin1() + '"';
        };
        if (i > 0)
            out += ',';
        out += "{\"bill_number\":" + jsonString(e.billNumber) + ",\"client\":" + jsonString(e.clientName)
             + ",\"phone\":" + jsonString(e.phoneE164) + ",\"currency\":" + jsonString(e.currency)
             + ",\"balance\":" + money(e.balanceMinor) + ",\"days_overdue\":" + QByteArray::number(e.daysOverdue)
             + ",\"client_outstanding\":" + money(e.clientOutstandingMinor) + ",\"last_payment\":";
        if (e.lastPayment)
            out += "{\"amount\":" + money(e.lastPayment->amountMinor) + ",\"paid_on\":"
                 + jsonString(e.lastPayment->paidOn.toString(Qt::ISODate)) + '}';
        else
            out += "null";
        out += ",\"last_messages\":[";
        for (qsizetype m = 0; m < e.lastMessages.size(); ++m) {
            const QueueMessage &msg = e.lastMessages[m];
            if (m > 0)
                out += ',';
            out += "{\"at\":" + jsonString(msg.at.toUTC().toString(Qt::ISODateWithMs)) + ",\"channel\":"
                 + jsonString(channelKey(msg.channel)) + ",\"direction\":" + (msg.inbound ? "\"in\"" : "\"out\"")
                 + ",\"body\":" + jsonString(msg.body) + '}';
        }
        out += "],\"why\":" + jsonString(e.why) + '}';
    }
    out += ']';
    return out;
}

} // namespace duedesk
