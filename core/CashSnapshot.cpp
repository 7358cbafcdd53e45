#include "CashSnapshot.h"

#include "Book.h"
#include "Clock.h"
#include "Currency.h"
#include "Money.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSnapshot, "duedesk.snapshot", QtInfoMsg)

// How the snapshot counts (book currency only; bills in other currencies are ignored throughout).
//
// As-at date D of a week: its Sunday, or the book clock's today when that comes first (the current week).
//
// A bill counts at D when it is not cancelled, it was issued on or before D (issued_on, or the date of created_at
// when it has none), and it was not closed by its status by D. The book does not record when a bill was marked
// paid or written off, so a bill whose status is 'paid' or 'written_off' is taken as closed on the date of its
// updated_at: it counts while D < that date. (Editing such a bill later moves that date; nothing better is kept.)
//
// Balance at D = amount - payments with paid_on <= D.
// outstanding(D) = sum over counting bills of max(0, balance at D).
// overdue(D)     = the part of outstanding(D) whose due date is before D (no due date: never overdue).
// buckets(D)     = outstanding(D) split by days overdue at D (D - due date), as the aging report does.
// paid(week)     = sum of payments on book-currency bills (any status) with Monday <= paid_on <= D.
// promised(week) = for each bill in the book currency, not cancelled and not closed by its status before the
//                  Monday, that has a promise falling in Monday..Sunday which is 'open', or 'kept' with a payment on
//                  the bill within that week (up to today): the bill's balance as the week began, amount - payments
//                  with paid_on before Monday, when positive. One entry per bill (its latest such promise in the
//                  week). So a kept promise counts only when it was kept within its week; 'broken' promises are no
//                  longer expected money, and a 'replaced' one counts under the promise that replaced it. Promise
//                  states are as they are now, also for past weeks. promised and paid overlap on purpose: promised
//                  is what was expected in the week, paid what came in.
// sales(D)       = sum of the full amounts of book-currency bills that are not cancelled (paid and written-off ones
//                  included), issued (as above) in the 90 days up to D: D - 89 <= issued <= D.
// DSO(D)         = outstanding(D) / sales(D) * 90, and 0 when sales(D) is 0 (the simple ratio method, no
//                  count-back). Per client the same over the client's bills.
// Top debtors    = the five clients with the largest outstanding(D) at the asked week's D, which is now for the
//                  current week (ties by name), with their overdue(D), the number of their bills with a positive
//                  balance at D, and their DSO.
//
// All of it is a handful of aggregate queries over the 13 as-at dates at once (the asked week and the 12 before),
// so the cost does not grow with the number of weeks times the number of bills in C++.

namespace duedesk {

namespace {

constexpr int trendWeeks = 12;
constexpr int allWeeks = trendWeeks + 1;   // index trendWeeks is the asked week
constexpr int salesWindowDays = 90;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// Runs one query; on failure logs it and keeps the first error (untranslated SQL text) in *error.
bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    if (ok) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok) {
        const QString why = sqlErrorText(q.lastError());
        qCWarning(lcSnapshot) << "snapshot query failed:" << why;
        if (error->isEmpty())
            *error = why;
    }
    return ok;
}

// "(0, ?), (1, ?), ..." for a VALUES list of (k, as-at date).
QString datesValues(int count)
{
    QStringList rows;
    for (int k = 0; k < count; ++k)
        rows.append(QStringLiteral("(%1, ?)").arg(k));
    return rows.join(QStringLiteral(", "));
}

struct Sql {
    QString text;
    QVariantList binds;
};

enum class ByClient { No, Yes };

// The positive balances of counting bills at each as-at date (dates ascending), as a CTE
// "bal (k, d, client_id, due_on, bal, bills)": bal is a sum of positive balances over `bills` bills with that due
// date (and client, with ByClient::Yes; client_id is 0 otherwise).
//   pl:     payments after the first date (a few weeks' worth); plsum: their sum per bill
//   cand:   bills that can have a positive balance at some date: counting at some date, and owed at the first date
//           or paid on after it ("moved"). The balance at the first date is amount - paid_minor + plsum.later, as
//           the book keeps paid_minor equal to the sum of all of the bill's payments (no pass over all payments).
//   fixed:  bills without payments after the first date keep their (positive) balance: grouped before they meet
//           the dates, so the 13 dates multiply a few thousand groups, not every bill
//   moving: bills paid on after the first date: one row per date and bill, each balance from its own payments
// Every CTE whose column is an expensive expression is materialized, so SQLite evaluates it once per row.
Sql balancesCte(const QList<QDate> &asOf, const QString &currency, ByClient byClient)
{
    const QString first = iso(asOf.first());
    const QString last = iso(asOf.last());
    const bool perClient = byClient == ByClient::Yes;
    const QString client = perClient ? QStringLiteral("client_id") : QStringLiteral("0");
    const QString groupByClient = perClient ? QStringLiteral("client_id, ") : QString();
    Sql sql;
    sql.text = QStringLiteral(
                   "WITH dates(k, d) AS (VALUES %1), "
                   "pl AS MATERIALIZED (SELECT bill_id, paid_on, amount_minor FROM payments WHERE paid_on > ?), "
                   "plsum AS MATERIALIZED (SELECT bill_id, sum(amount_minor) AS later FROM pl GROUP BY bill_id), "
                   "cand AS MATERIALIZED ("
                   "  SELECT b.id, b.client_id, b.due_on, "
                   "         b.amount_minor - b.paid_minor + coalesce(plsum.later, 0) AS bal_first, "
                   "         coalesce(b.issued_on, substr(b.created_at, 1, 10)) AS issued, "
                   "         CASE WHEN b.status IN ('paid', 'written_off') "
                   "              THEN substr(b.updated_at, 1, 10) END AS closed, "
                   "         plsum.bill_id IS NOT NULL AS moved "
                   "  FROM bills b LEFT JOIN plsum ON plsum.bill_id = b.id "
                   "  WHERE b.currency = ? AND b.status <> 'cancelled' "
                   "    AND coalesce(b.issued_on, substr(b.created_at, 1, 10)) <= ? "
                   "    AND (b.status NOT IN ('paid', 'written_off') OR substr(b.updated_at, 1, 10) > ?) "
                   "    AND (b.amount_minor - b.paid_minor + coalesce(plsum.later, 0) > 0 "
                   "         OR plsum.bill_id IS NOT NULL)), "
                   "fixed AS MATERIALIZED ("
                   "  SELECT %2 AS client_id, issued, closed, due_on, sum(bal_first) AS bal, count(*) AS bills "
                   "  FROM cand WHERE NOT moved GROUP BY %3issued, closed, due_on), "
                   "moving AS MATERIALIZED ("
                   "  SELECT dates.k, dates.d, cand.client_id, cand.due_on, "
                   "         cand.bal_first - coalesce((SELECT sum(pl.amount_minor) FROM pl "
                   "             WHERE pl.bill_id = cand.id AND pl.paid_on <= dates.d), 0) AS bal "
                   "  FROM dates JOIN cand ON cand.moved AND cand.issued <= dates.d "
                   "    AND (cand.closed IS NULL OR cand.closed > dates.d)), "
                   "bal AS ("
                   "  SELECT dates.k, dates.d, fixed.client_id, fixed.due_on, fixed.bal, fixed.bills "
                   "  FROM dates JOIN fixed ON fixed.issued <= dates.d "
                   "    AND (fixed.closed IS NULL OR fixed.closed > dates.d) "
                   "  UNION ALL "
                   "  SELECT k, d, %2, due_on, bal, 1 FROM moving WHERE bal > 0) ")
                   .arg(datesValues(int(asOf.size())), client, groupByClient);
    for (const QDate &d : asOf)
        sql.binds.append(iso(d));
    sql.binds += QVariantList{first, currency, last, first};
    return sql;
}

// sales(D) for each date D, in order.
QList<qint64> salesUpTo(const QSqlDatabase &db, const QList<QDate> &asOf, const QString &currency, QString *error)
{
    QList<qint64> sales(asOf.size(), 0);
    QVariantList binds;
    for (const QDate &d : asOf)
        binds.append(iso(d));
    binds.append(currency);
    QSqlQuery q(db);
    const QString sql = QStringLiteral(
                            "WITH dates(k, d) AS (VALUES %1), "
                            "s AS (SELECT coalesce(issued_on, substr(created_at, 1, 10)) AS issued, "
                            "  sum(amount_minor) AS amount FROM bills "
                            "  WHERE currency = ? AND status <> 'cancelled' GROUP BY 1) "
                            "SELECT dates.k, sum(s.amount) FROM dates JOIN s "
                            "  ON s.issued > date(dates.d, '-%2 days') AND s.issued <= dates.d GROUP BY dates.k")
                            .arg(datesValues(int(asOf.size())))
                            .arg(salesWindowDays);
    if (run(q, sql, binds, error))
        while (q.next())
            sales[q.value(0).toInt()] = q.value(1).toLongLong();
    return sales;
}

// sales(D) for one date, without grouping every issue date of the book first.
qint64 salesOn(const QSqlDatabase &db, const QDate &d, const QString &currency, QString *error)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM bills "
                                       "WHERE currency = ? AND status <> 'cancelled' "
                                       "AND coalesce(issued_on, substr(created_at, 1, 10)) > date(?, '-%1 days') "
                                       "AND coalesce(issued_on, substr(created_at, 1, 10)) <= ?")
                            .arg(salesWindowDays);
    if (run(q, sql, {currency, iso(d), iso(d)}, error) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

// Payments on the currency's bills per day from `from` to `to`.
QList<std::pair<QDate, qint64>> paymentsPerDay(const QSqlDatabase &db, const QString &currency, const QDate &from,
                                               const QDate &to, QString *error)
{
    QList<std::pair<QDate, qint64>> days;
    QSqlQuery q(db);
    const QString sql = QStringLiteral(
        "SELECT p.paid_on, sum(p.amount_minor) FROM payments p JOIN bills b ON b.id = p.bill_id "
        "WHERE b.currency = ? AND p.paid_on >= ? AND p.paid_on <= ? GROUP BY p.paid_on");
    if (run(q, sql, {currency, iso(from), iso(to)}, error))
        while (q.next())
            days.append({dateOf(q.value(0)), q.value(1).toLongLong()});
    return days;
}

double dsoDays(qint64 outstandingMinor, qint64 salesMinor)
{
    return salesMinor > 0 ? double(outstandingMinor) / double(salesMinor) * salesWindowDays : 0.0;
}

} // namespace

CashSnapshot CashSnapshotBuilder::build(const Book &book, const QDate &weekOf)
{
    CashSnapshot s;
    s.currency = book.currency();
    if (!weekOf.isValid())
        return s;
    const QDate today = book.clock().today();
    const QDate monday = weekOf.addDays(1 - weekOf.dayOfWeek());
    s.weekOf = monday;

    std::array<WeekFigures, allWeeks> weeks;
    for (int k = 0; k < allWeeks; ++k) {
        weeks[k].weekStart = monday.addDays(-7 * (trendWeeks - k));
        weeks[k].asOf = qMin(weeks[k].weekStart.addDays(6), today);
    }
    const QDate last = weeks.back().asOf;
    const QDate firstMonday = weeks.front().weekStart;
    auto weekIndexOf = [&](const QDate &d) {
        const qint64 days = firstMonday.daysTo(d);
        return days < 0 ? -1 : int(days / 7);
    };

    QSqlDatabase db = book.database();
    QString sqlError;
    QList<QDate> asOfDates;
    QVariantList dates;
    for (const WeekFigures &w : weeks) {
        asOfDates.append(w.asOf);
        dates.append(iso(w.asOf));
    }

    // Outstanding, overdue and buckets: sums per (date, due date), bucketed here (a few hundred rows per date).
    {
        QSqlQuery q(db);
        const Sql cte = balancesCte(asOfDates, s.currency, ByClient::No);
        const QString sql = cte.text + QStringLiteral("SELECT k, due_on, sum(bal) FROM bal GROUP BY k, due_on");
        if (run(q, sql, cte.binds, &sqlError)) {
            while (q.next()) {
                WeekFigures &w = weeks[q.value(0).toInt()];
                const QDate due = dateOf(q.value(1));
                const qint64 amount = q.value(2).toLongLong();
                const AgingBucket bucket = agingBucketFor(due, w.asOf);
                w.outstandingMinor += amount;
                w.bucketMinor[static_cast<int>(bucket)] += amount;
                if (bucket != AgingBucket::NotDue)
                    w.overdueMinor += amount;
            }
        }
    }

    // Sales in the 90 days up to each date, from sales per issue date.
    const QList<qint64> sales = salesUpTo(db, asOfDates, s.currency, &sqlError);
    for (int k = 0; k < allWeeks; ++k)
        weeks[k].dsoDays = dsoDays(weeks[k].outstandingMinor, sales[k]);

    // Paid: payments per day from the first Monday on, folded into their weeks up to each week's as-at date.
    for (const auto &[paidOn, amount] : paymentsPerDay(db, s.currency, firstMonday, last, &sqlError)) {
        const int k = weekIndexOf(paidOn);
        if (k >= 0 && k < allWeeks && paidOn <= weeks[k].asOf)
            weeks[k].paidMinor += amount;
    }

    // Promised: open promises, and kept ones the bill was paid on during the week, falling in each week; the bill's
    // balance as that week began.
    {
        QSqlQuery q(db);
        // pr.monday: the Monday of the promise's week (strftime %w: 0 = Sunday).
        const QString sql = QStringLiteral(
            "SELECT pr.id, pr.bill_id, pr.promised_on, pr.state, b.number, c.name, b.amount_minor, "
            "       CASE WHEN b.status IN ('paid', 'written_off') THEN substr(b.updated_at, 1, 10) END, "
            "       (SELECT coalesce(sum(p.amount_minor), 0) FROM payments p "
            "          WHERE p.bill_id = b.id AND p.paid_on < pr.monday), "
            "       (SELECT coalesce(sum(p.amount_minor), 0) FROM payments p "
            "          WHERE p.bill_id = b.id AND p.paid_on >= pr.monday "
            "            AND p.paid_on <= min(date(pr.monday, '+6 days'), ?)) "
            "FROM (SELECT id, bill_id, promised_on, state, "
            "             date(promised_on, "
            "                  '-' || ((CAST(strftime('%w', promised_on) AS INTEGER) + 6) % 7) || ' days') AS monday "
            "        FROM promises WHERE state IN ('open', 'kept') AND promised_on >= ? AND promised_on <= ?) pr "
            "JOIN bills b ON b.id = pr.bill_id JOIN clients c ON c.id = b.client_id "
            "WHERE b.currency = ? AND b.status <> 'cancelled' "
            "ORDER BY pr.id");
        QHash<QPair<int, qint64>, PromisedPayment> latest;   // (week, bill) -> its latest counting promise in the week
        if (run(q, sql, {iso(today), iso(firstMonday), iso(monday.addDays(6)), s.currency}, &sqlError)) {
            while (q.next()) {
                const QDate promisedOn = dateOf(q.value(2));
                const int k = weekIndexOf(promisedOn);
                if (k < 0 || k >= allWeeks)
                    continue;
                const bool kept = q.value(3).toString() == QLatin1String("kept");
                const QDate closed = dateOf(q.value(7));
                const qint64 owedAtStart = q.value(6).toLongLong() - q.value(8).toLongLong();
                const qint64 paidInWeek = q.value(9).toLongLong();
                if ((closed.isValid() && closed < weeks[k].weekStart) || owedAtStart <= 0 || (kept && paidInWeek <= 0))
                    continue;
                PromisedPayment p;
                p.billNumber = q.value(4).toString();
                p.clientName = q.value(5).toString();
                p.amountMinor = owedAtStart;
                p.promisedOn = promisedOn;
                latest.insert({k, q.value(1).toLongLong()}, p);   // rows come by id: the last one wins
            }
        }
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            const PromisedPayment &p = it.value();
            weeks[it.key().first].promisedMinor += p.amountMinor;
            if (it.key().first == trendWeeks)
                s.promised.append(p);
        }
        std::sort(s.promised.begin(), s.promised.end(), [](const PromisedPayment &a, const PromisedPayment &b) {
            if (a.promisedOn != b.promisedOn)
                return a.promisedOn < b.promisedOn;
            return a.billNumber < b.billNumber;
        });
    }

    // Top debtors at the asked week's as-at date.
    {
        QSqlQuery q(db);
        const Sql cte = balancesCte({last}, s.currency, ByClient::Yes);
        const QString sql = cte.text + QStringLiteral(
            "SELECT bal.client_id, c.name, sum(bal.bal), "
            "       sum(CASE WHEN bal.due_on IS NOT NULL AND bal.due_on < bal.d THEN bal.bal ELSE 0 END), "
            "       sum(bal.bills) "
            "FROM bal JOIN clients c ON c.id = bal.client_id "
            "GROUP BY bal.client_id ORDER BY 3 DESC, c.name COLLATE NOCASE, bal.client_id LIMIT 5");
        if (run(q, sql, cte.binds, &sqlError)) {
            while (q.next()) {
                Debtor d;
                d.clientId = q.value(0).toLongLong();
                d.clientName = q.value(1).toString();
                d.outstandingMinor = q.value(2).toLongLong();
                d.overdueMinor = q.value(3).toLongLong();
                d.bills = q.value(4).toInt();
                s.topDebtors.append(d);
            }
        }
        for (Debtor &d : s.topDebtors) {
            QSqlQuery sq(db);
            const QString salesSql = QStringLiteral(
                "SELECT coalesce(sum(amount_minor), 0) FROM bills WHERE client_id = ? AND currency = ? "
                "AND status <> 'cancelled' AND coalesce(issued_on, substr(created_at, 1, 10)) > ? "
                "AND coalesce(issued_on, substr(created_at, 1, 10)) <= ?");
            if (run(sq, salesSql, {d.clientId, s.currency, iso(last.addDays(-salesWindowDays)), iso(last)}, &sqlError)
                && sq.next()) {
                const qint64 clientSales = sq.value(0).toLongLong();
                d.dsoDays = dsoDays(d.outstandingMinor, clientSales);
            }
        }
    }

    s.week = weeks.back();
    for (int k = 0; k < trendWeeks; ++k)
        s.trend.append(weeks[k]);
    if (!sqlError.isEmpty())
        s.error = tr("Cannot read the book for the cash snapshot: %1").arg(sqlError);
    return s;
}

CashHeadline CashSnapshotBuilder::headline(const Book &book)
{
    CashHeadline h;
    const QDate today = book.clock().today();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QString currency = book.currency();
    QSqlDatabase db = book.database();
    QString sqlError;
    for (const auto &[paidOn, amount] : paymentsPerDay(db, currency, monday, today, &sqlError))
        h.paidThisWeekMinor += amount;
    qint64 outstanding = 0;
    {
        QSqlQuery q(db);
        const Sql cte = balancesCte({today}, currency, ByClient::No);
        if (run(q, cte.text + QStringLiteral("SELECT coalesce(sum(bal), 0) FROM bal"), cte.binds, &sqlError) && q.next())
            outstanding = q.value(0).toLongLong();
    }
    h.dsoDays = dsoDays(outstanding, salesOn(db, today, currency, &sqlError));
    if (!sqlError.isEmpty())
        h.error = tr("Cannot read the book for the cash snapshot: %1").arg(sqlError);
    return h;
}

namespace {

// A JSON string literal for text, escaped as QJsonDocument does.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonDate(const QDate &d)
{
    if (!d.isValid())
        return "null";
    return '"' + iso(d).toLatin1() + '"';
}

QByteArray jsonDays(double days)
{
    return QByteArray::number(days, 'f', 1);
}

class Writer
{
public:
    explicit Writer(const QString &currency) : m_digits(qMax(0, Currency::minorDigits(currency))) { }
    QByteArray money(qint64 minor) const { return '"' + minorToDecimalString(minor, m_digits).toLatin1() + '"'; }

    // "week_of":…,"as_of":…,"outstanding":…,"overdue":…,"paid":…,"promised":…,"buckets":{…},"dso":…
    QByteArray weekFields(const WeekFigures &w, const QDate &weekOf) const
    {
        QByteArray out = "\"week_of\":" + jsonDate(weekOf) + ",\"as_of\":" + jsonDate(w.asOf)
                       + ",\"outstanding\":" + money(w.outstandingMinor) + ",\"overdue\":" + money(w.overdueMinor)
                       + ",\"paid\":" + money(w.paidMinor) + ",\"promised\":" + money(w.promisedMinor)
                       + ",\"buckets\":{";
        for (AgingBucket bucket : allAgingBuckets) {
            if (bucket != AgingBucket::NotDue)
                out += ',';
            out += '"' + agingBucketKey(bucket).toLatin1() + "\":" + money(w.bucketMinor[static_cast<int>(bucket)]);
        }
        out += "},\"dso\":" + jsonDays(w.dsoDays);
        return out;
    }

private:
    int m_digits;
};

} // namespace

QByteArray CashSnapshotBuilder::toJson(const CashSnapshot &s)
{
    // Written by hand: QJsonObject would sort the keys alphabetically.
    const Writer w(s.currency);
    QByteArray out = "{\"currency\":" + jsonString(s.currency) + ',' + w.weekFields(s.week, s.weekOf);
    out += ",\"promised_payments\":[";
    for (qsizetype i = 0; i < s.promised.size(); ++i) {
        const PromisedPayment &p = s.promised[i];
        if (i > 0)
            out += ',';
        out += "{\"bill_number\":" + jsonString(p.billNumber) + ",\"client\":" + jsonString(p.clientName)
             + ",\"amount\":" + w.money(p.amountMinor) + ",\"promised_on\":" + jsonDate(p.promisedOn) + '}';
    }
    out += "],\"top_debtors\":[";
    for (qsizetype i = 0; i < s.topDebtors.size(); ++i) {
        const Debtor &d = s.topDebtors[i];
        if (i > 0)
            out += ',';
        out += "{\"client_id\":" + QByteArray::number(d.clientId) + ",\"client\":" + jsonString(d.clientName)
             + ",\"outstanding\":" + w.money(d.outstandingMinor) + ",\"overdue\":" + w.money(d.overdueMinor)
             + ",\"bills\":" + QByteArray::number(d.bills) + ",\"dso\":" + jsonDays(d.dsoDays) + '}';
    }
    out += "],\"trend\":[";
    for (qsizetype i = 0; i < s.trend.size(); ++i) {
        if (i > 0)
            out += ',';
        out += '{' + w.weekFields(s.trend[i], s.trend[i].weekStart) + '}';
    }
    out += "]}";
    return out;
}

} // namespace duedesk
