#include "ChaseRows.h"

#include "Book.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk::chase {

namespace {

const QString selectBill = QStringLiteral(
    "SELECT b.id, b.number, b.client_id, b.due_on, b.amount_minor - b.paid_minor, b.currency, b.payment_link, "
    "c.bill_id IS NOT NULL, coalesce(c.state, 'active'), c.paused_until, coalesce(c.cycle, 0), c.anchor_on, "
    "coalesce(c.next_position, 0), c.next_due_on, coalesce(c.tone_bump, 0), coalesce(c.promises_broken, 0) "
    "FROM bills b LEFT JOIN chases c ON c.bill_id = b.id ");

ChaseBill fromRow(const QSqlQuery &q)
{
    ChaseBill b;
    b.billId = q.value(0).toLongLong();
    b.number = q.value(1).toString();
    b.clientId = q.value(2).toLongLong();
    b.dueOn = sql::toDate(q.value(3));
    b.balanceMinor = q.value(4).toLongLong();
    b.currency = q.value(5).toString();
    b.paymentLink = q.value(6).toString();
    b.hasChase = q.value(7).toBool();
    b.state = chaseStateFromKey(q.value(8).toString()).value_or(ChaseState::Active);
    b.pausedUntil = sql::toDate(q.value(9));
    b.cycle = q.value(10).toInt();
    b.anchorOn = q.value(11).isNull() ? b.dueOn : sql::toDate(q.value(11));
    b.nextPosition = q.value(12).toInt();
    b.nextDueOn = sql::toDate(q.value(13));
    b.toneBump = q.value(14).toInt();
    b.promisesBroken = q.value(15).toInt();
    return b;
}

std::optional<ChaseBill> load(QSqlDatabase &db, const QString &where, const QVariant &key)
{
    QSqlQuery q(db);
    q.prepare(selectBill + where);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

const QString upsert = QStringLiteral(
    "INSERT INTO chases (bill_id, state, paused_until, cycle, anchor_on, next_position, next_due_on, tone_bump, "
    "promises_broken, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (bill_id) DO UPDATE SET state = excluded.state, paused_until = excluded.paused_until, "
    "cycle = excluded.cycle, anchor_on = excluded.anchor_on, next_position = excluded.next_position, "
    "next_due_on = excluded.next_due_on, tone_bump = excluded.tone_bump, "
    "promises_broken = excluded.promises_broken, updated_at = excluded.updated_at");

bool bindAndExec(QSqlQuery &q, const ChaseBill &b, const QDateTime &now, QString *error)
{
    q.addBindValue(b.billId);
    q.addBindValue(chaseStateKey(b.state));
    q.addBindValue(sql::date(b.pausedUntil));
    q.addBindValue(b.cycle);
    q.addBindValue(sql::date(b.anchorOn));
    q.addBindValue(b.nextPosition);
    q.addBindValue(sql::date(b.nextDueOn));
    q.addBindValue(b.toneBump);
    q.addBindValue(b.promisesBroken);
    q.addBindValue(sql::dateTime(now));
    if (!q.exec()) {
        if (error)
            *error = sqlErrorText(q.lastError());
        return false;
    }
    return true;
}

} // namespace

std::optional<ChaseBill> loadByNumber(QSqlDatabase &db, const QString &billNumber)
{
    return load(db, QStringLiteral("WHERE b.number = ?"), billNumber.trimmed());
}

std::optional<ChaseBill> loadById(QSqlDatabase &db, qint64 billId)
{
    return load(db, QStringLiteral("WHERE b.id = ?"), billId);
}

QList<ChaseBill> loadDue(QSqlDatabase &db, const QDate &today)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Driven by the chases_due index: only chases whose day has come are read (every bill has a chase row).
    q.prepare(selectBill
              + QStringLiteral("WHERE b.id IN (SELECT bill_id FROM chases WHERE state = 'active' AND next_due_on <= ? "
                               "               UNION ALL SELECT bill_id FROM chases WHERE state = 'paused_promise' "
                               "               AND paused_until < ?) "
                               "AND b.status = 'open' AND b.amount_minor > b.paid_minor AND b.due_on IS NOT NULL "
                               "ORDER BY b.id"));
    q.addBindValue(sql::date(today));
    q.addBindValue(sql::date(today.addDays(-1)));
    QList<ChaseBill> bills;
    if (q.exec())
        while (q.next())
            bills.append(fromRow(q));
    return bills;
}

bool save(QSqlDatabase &db, const ChaseBill &b, const QDateTime &now, QString *error)
{
    QSqlQuery q(db);
    q.prepare(upsert);
    return bindAndExec(q, b, now, error);
}

Saver::Saver(QSqlDatabase db) : m_query(db)
{
    m_query.prepare(upsert);
}

bool Saver::save(const ChaseBill &bill, const QDateTime &now, QString *error)
{
    return bindAndExec(m_query, bill, now, error);
}

QDate stepDay(const ChaseBill &bill, const Policy &policy, int position)
{
    if (position < 0 || position >= policy.steps.size() || !bill.anchorOn.isValid())
        return {};
    return bill.anchorOn.addDays(policy.steps.at(position).dueOffset());
}

void moveTo(ChaseBill &bill, const Policy &policy, int position)
{
    bill.nextPosition = position;
    bill.nextDueOn = stepDay(bill, policy, position);
}

int cancelForBill(QSqlDatabase &db, qint64 billId, const QString &reason, const QDateTime &now)
{
    int cancelled = 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE drafts SET state = 'cancelled', decided_at = ?, note = ? "
                             "WHERE bill_id = ? AND state = 'pending'"));
    q.addBindValue(sql::dateTime(now));
    q.addBindValue(reason);
    q.addBindValue(billId);
    if (q.exec())
        cancelled += q.numRowsAffected();
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'cancelled', last_error = ?, updated_at = ? "
                             "WHERE bill_id = ? AND (state = 'queued' OR (state = 'failed' AND retry_after IS NOT NULL))"));
    q.addBindValue(reason);
    q.addBindValue(sql::dateTime(now));
    q.addBindValue(billId);
    if (q.exec())
        cancelled += q.numRowsAffected();
    return cancelled;
}

QString stepKey(const ChaseBill &bill, int position)
{
    return QStringLiteral("%1:%2:%3").arg(bill.billId).arg(bill.cycle).arg(position);
}

} // namespace duedesk::chase
