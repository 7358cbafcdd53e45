#include "BridgeState.h"

#include "Book.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk::bridgestate {

namespace {

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = sqlErrorText(q.lastError());
    return false;
}

} // namespace

QString value(const QSqlDatabase &db, const QString &key, const QString &fallback)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM bridge_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

bool setValue(const QSqlDatabase &db, const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO bridge_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    return exec(q, error);
}

bool remove(const QSqlDatabase &db, const QString &key, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM bridge_state WHERE key = ?"));
    q.addBindValue(key);
    return exec(q, error);
}

bool raise(const QSqlDatabase &db, const QString &key, qint64 value, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO bridge_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                             "value = excluded.value WHERE CAST(excluded.value AS INTEGER) > CAST(value AS INTEGER)"));
    q.addBindValue(key);
    q.addBindValue(QString::number(value));
    return exec(q, error);
}

bool inTransaction(QSqlDatabase db, const InTransaction &change, const InTransaction &also, QString *error)
{
    WriteTransaction tx(db);
    QString why;
    if (!tx.isActive())
        why = tx.error();
    else if (change(db, &why) && (!also || also(db, &why)) && tx.commit())
        return true;
    else if (why.isEmpty())
        why = tx.error();
    if (error)
        *error = why;
    return false;
}

} // namespace duedesk::bridgestate
