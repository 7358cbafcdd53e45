#include "AuditLog.h"

#include "Book.h"
#include "Clock.h"
#include "SqlValues.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duedesk {

namespace {

// prev_hash of the first row.
const QString genesisHash = QString(64, QLatin1Char('0'));

// One field of the canonical serialization: "<UTF-8 byte length>:<bytes>;" for a value, "~;" for NULL.
// Length-prefixed, so no choice of field contents can make two different rows serialize alike.
void appendField(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "~;";
        return;
    }
    const QByteArray bytes = value.toString().toUtf8();
    out += QByteArray::number(bytes.size()) + ':' + bytes + ';';
}

// The hash of one row: lower-case hex SHA-256 over
//   "duedesk-audit-1;" id at actor kind bill_id client_id detail prev_hash
// each field as appendField writes it (bill_id and client_id may be NULL; detail is the stored compact JSON
// text, exactly as written). The id is part of it, so a removed, reordered or renumbered row shows.
QString rowHash(const QVariant &id, const QVariant &at, const QVariant &actor, const QVariant &kind,
                const QVariant &billId, const QVariant &clientId, const QVariant &detail, const QVariant &prevHash)
{
    QByteArray canonical = "duedesk-audit-1;";
    for (const QVariant *v : {&id, &at, &actor, &kind, &billId, &clientId, &detail, &prevHash})
        appendField(canonical, *v);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

// Reads the last row and inserts the next one with an explicit id (last id + 1). Inside a WriteTransaction
// (BEGIN IMMEDIATE) nobody else can write between the read and the insert. Outside one, a concurrent append
// makes the insert fail on the primary key: an error, never a forked chain.
bool AuditLog::append(const QString &kind, const QString &actor, qint64 billId, qint64 clientId,
                      const QJsonObject &detail, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Cannot record %1 in the audit log: %2").arg(kind, why);
        return false;
    };
    if (kind.trimmed().isEmpty())
        return fail(tr("the entry has no kind"));

    QSqlDatabase db = m_book.database();
    if (!m_last) {
        m_last.emplace(db);
        m_last->prepare(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        m_insert.emplace(db);
        m_insert->prepare(QStringLiteral("INSERT INTO audit_log (id, at, actor, kind, bill_id, client_id, detail, "
                                         "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery &last = *m_last;
    if (!last.exec())
        return fail(sqlErrorText(last.lastError()));
    qint64 id = 1;
    QString prevHash = genesisHash;
    if (last.next()) {
        id = last.value(0).toLongLong() + 1;
        prevHash = last.value(1).toString();
    }
    last.finish();

    // QJsonObject keeps its keys sorted, so the compact text is canonical for a given detail.
    const QString detailText = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const QVariant at = sql::dateTime(m_book.clock().now());
    const QVariant actorValue = sql::text(actor);
    const QVariant kindValue = sql::text(kind);
    const QVariant bill = idOrNull(billId);
    const QVariant client = idOrNull(clientId);
    const QString hash = rowHash(id, at, actorValue, kindValue, bill, client, detailText, prevHash);

    QSqlQuery &insert = *m_insert;
    insert.addBindValue(id);
    insert.addBindValue(at);
    insert.addBindValue(actorValue);
    insert.addBindValue(kindValue);
    insert.addBindValue(bill);
    insert.addBindValue(client);
    insert.addBindValue(detailText);
    insert.addBindValue(prevHash);
    insert.addBindValue(hash);
    if (!insert.exec())
        return fail(sqlErrorText(insert.lastError()));
    return true;
}

// Walks the rows in id order. For each row, in this order:
//   1. its hash must equal the hash recomputed from its fields   -> "row N: its content was changed"
//   2. its id must be the previous id + 1 (the first row's id 1)  -> "row N does not follow row M: a row was
//      removed" (a removed row is reported at the row after the gap)
//   3. its prev_hash must be the previous row's hash (64 zeros for the first row) -> "row N does not match
//      row M before it: one of them was changed" (a row rewritten together with its own hash shows here)
// Stops at the first broken row. Removing rows from the end of the log is not detectable from the chain alone.
AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    QSqlDatabase db = m_book.database();
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM audit_log")) || !count.next()) {
        v.ok = false;
        v.reason = tr("Cannot read the audit log: %1").arg(sqlErrorText(count.lastError()));
        return v;
    }
    v.rows = count.value(0).toLongLong();
    count.finish();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, actor, kind, bill_id, client_id, detail, prev_hash, hash "
                               "FROM audit_log ORDER BY id"))) {
        v.ok = false;
        v.reason = tr("Cannot read the audit log: %1").arg(sqlErrorText(q.lastError()));
        return v;
    }
    qint64 previousId = 0;
    QString previousHash = genesisHash;
    auto broken = [&](qint64 id, const QString &reason) {
        v.ok = false;
        v.firstBrokenId = id;
        v.reason = reason;
        return v;
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString stored = q.value(8).toString();
        const QString recomputed = rowHash(q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5),
                                           q.value(6), q.value(7));
        if (stored != recomputed)
            return broken(id, tr("row %1: its content was changed").arg(id));
        if (id != previousId + 1) {
            if (previousId == 0)
                return broken(id, tr("row %1 is the first row: the rows before it were removed").arg(id));
            return broken(id, tr("row %1 does not follow row %2: a row was removed").arg(id).arg(previousId));
        }
        if (q.value(7).toString() != previousHash) {
            if (previousId == 0)
                return broken(id, tr("row %1 does not start the chain: the log was changed").arg(id));
            return broken(id, tr("row %1 does not match row %2 before it: one of them was changed")
                                  .arg(id)
                                  .arg(previousId));
        }
        previousId = id;
        previousHash = stored;
    }
    if (q.lastError().isValid()) {
        v.ok = false;
        v.reason = tr("Cannot read the audit log: %1").arg(sqlErrorText(q.lastError()));
    }
    return v;
}

qint64 AuditLog::count(const QString &kind) const
{
    QSqlQuery q(m_book.database());
    if (kind.isEmpty()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = ?"));
        q.addBindValue(kind);
    }
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace duedesk
