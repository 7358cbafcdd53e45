#include "ClientDso.h"

#include "Book.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

double daysSalesOutstanding(qint64 outstandingMinor, qint64 salesMinor, int windowDays)
{
    if (salesMinor <= 0 || windowDays <= 0)
        return 0.0;
    return double(outstandingMinor) / double(salesMinor) * windowDays;
}

ClientDso ClientDsoCalculator::compute(const Book &book, qint64 clientId, const QDate &asOf)
{
    ClientDso dso;
    if (clientId <= 0 || !asOf.isValid())
        return dso;
    const QString day = asOf.toString(Qt::ISODate);
    const QString windowStart = asOf.addDays(-dsoWindowDays).toString(Qt::ISODate);   // exclusive
    // One pass over the client's bills (bills_by_client), each balance from its own payments (payments_by_bill).
    QSqlQuery q(book.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "WITH cb AS (SELECT b.id, b.amount_minor, b.status, substr(b.updated_at, 1, 10) AS updated, "
        "                   coalesce(b.issued_on, substr(b.created_at, 1, 10)) AS issued "
        "            FROM bills b WHERE b.client_id = ? AND b.currency = ? AND b.status <> 'cancelled') "
        "SELECT coalesce(sum(CASE WHEN issued <= ? AND (status NOT IN ('paid', 'written_off') OR updated > ?) "
        "        THEN max(0, amount_minor - (SELECT coalesce(sum(p.amount_minor), 0) FROM payments p "
        "                                    WHERE p.bill_id = cb.id AND p.paid_on <= ?)) END), 0), "
        "       coalesce(sum(CASE WHEN issued > ? AND issued <= ? THEN amount_minor END), 0) "
        "FROM cb"));
    for (const QVariant &v : QVariantList{clientId, book.currency(), day, day, day, windowStart, day})
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        dso.error = tr("Cannot read the client's bills: %1").arg(sqlErrorText(q.lastError()));
        return dso;
    }
    dso.outstandingMinor = q.value(0).toLongLong();
    dso.salesMinor = q.value(1).toLongLong();
    dso.days = daysSalesOutstanding(dso.outstandingMinor, dso.salesMinor);
    return dso;
}

} // namespace duedesk
