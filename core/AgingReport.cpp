#include "AgingReport.h"

#include "Book.h"
#include "Currency.h"
#include "Money.h"

#include <QMap>
#include <QSqlQuery>

namespace duedesk {

namespace {

int bucketIndex(AgingBucket bucket)
{
    return static_cast<int>(bucket);
}

// Folds (currency, due date, balance, count) rows into per-currency bucket totals.
class Accumulator
{
public:
    explicit Accumulator(const QDate &today) : m_today(today) { }
    void add(const QString &currency, const QString &dueOn, qint64 balance, qint64 count)
    {
        AgingTotals &t = m_byCurrency[currency];
        t.currency = currency;
        const QDate due = dueOn.isEmpty() ? QDate() : QDate::fromString(dueOn, Qt::ISODate);
        const int i = bucketIndex(agingBucketFor(due, m_today));
        t.balanceMinor[i] += balance;
        t.billCount[i] += count;
    }
    QList<AgingTotals> result() const
    {
        QList<AgingTotals> out;
        for (const AgingTotals &t : m_byCurrency)
            if (t.totalMinor() != 0)
                out.append(t);
        return out;
    }

private:
    QDate m_today;
    QMap<QString, AgingTotals> m_byCurrency; // sorted by currency code
};

} // namespace

qint64 AgingTotals::totalMinor() const
{
    qint64 sum = 0;
    for (qint64 v : balanceMinor)
        sum += v;
    return sum;
}

qint64 AgingTotals::overdueCount() const
{
    return billCount[1] + billCount[2] + billCount[3] + billCount[4];
}

QList<AgingTotals> AgingReport::compute(const Book &book, const QDate &today)
{
    Accumulator acc(today);
    QSqlQuery q(book.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT currency, due_on, balance_minor, bill_count FROM open_balance_by_due")))
        while (q.next())
            acc.add(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong());
    return acc.result();
}

QList<AgingTotals> AgingReport::recount(const Book &book, const QDate &today)
{
    Accumulator acc(today);
    QSqlQuery q(book.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT currency, coalesce(due_on, ''), sum(amount_minor - paid_minor), count(*) "
                              "FROM bills WHERE status IN ('open', 'disputed') AND amount_minor - paid_minor > 0 "
                              "GROUP BY currency, coalesce(due_on, '')")))
        while (q.next())
            acc.add(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong());
    return acc.result();
}

QByteArray AgingReport::toJson(const QDate &today, const QList<AgingTotals> &totals)
{
    // Written by hand: QJsonObject would sort the bucket keys alphabetically.
    QByteArray out = "{\"today\":\"" + today.toString(Qt::ISODate).toLatin1() + "\",\"currencies\":{";
    bool firstCurrency = true;
    for (const AgingTotals &t : totals) {
        const int digits = qMax(0, Currency::minorDigits(t.currency));
        if (!firstCurrency)
            out += ',';
        firstCurrency = false;
        out += '"' + t.currency.toLatin1() + "\":{";
        for (AgingBucket bucket : allAgingBuckets) {
            out += '"' + agingBucketKey(bucket).toLatin1() + "\":\""
                 + minorToDecimalString(t.balanceMinor[bucketIndex(bucket)], digits).toLatin1() + "\",";
        }
        out += "\"total\":\"" + minorToDecimalString(t.totalMinor(), digits).toLatin1() + "\"}";
    }
    out += "}}";
    return out;
}

} // namespace duedesk
