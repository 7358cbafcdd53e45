#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace duedesk {

// What the channels remember across restarts: the bridge_state table (key -> text), read and written on the
// connection given, so that a write can share the transaction of the change it belongs to.
// Keys are "<channel>:<account>:<what>" and never hold a secret.
namespace bridgestate {

// The value, or fallback when the key is missing (or the read failed).
QString value(const QSqlDatabase &db, const QString &key, const QString &fallback = {});
bool setValue(const QSqlDatabase &db, const QString &key, const QString &value, QString *error);
bool remove(const QSqlDatabase &db, const QString &key, QString *error);
// An integer value that only moves forwards: a smaller one (a redelivered update) leaves it as it is.
bool raise(const QSqlDatabase &db, const QString &key, qint64 value, QString *error);

// Work that joins the caller's transaction; false and *error abort it.
using InTransaction = std::function<bool(QSqlDatabase &db, QString *error)>;
// Runs change, then also (when set), in one write transaction (BEGIN IMMEDIATE); everything or nothing.
bool inTransaction(QSqlDatabase db, const InTransaction &change, const InTransaction &also, QString *error);

} // namespace bridgestate
} // namespace duedesk
