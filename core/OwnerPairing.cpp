#include "OwnerPairing.h"

#include "AuditLog.h"
#include "Book.h"
#include "Clock.h"
#include "SqlValues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace duedesk {

namespace {

QString key(Channel channel, const char *what)
{
    return channelKey(channel) + QStringLiteral(":owner:") + QLatin1String(what);
}

QJsonObject jsonValue(const QSqlDatabase &db, const QString &k)
{
    return QJsonDocument::fromJson(bridgestate::value(db, k).toUtf8()).object();
}

bool setJson(const QSqlDatabase &db, const QString &k, const QJsonObject &o, QString *error)
{
    return bridgestate::setValue(db, k, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), error);
}

QByteArray codeHash(const QByteArray &salt, const QString &code)
{
    const QByteArray input = salt + code.trimmed().toUtf8();
    return QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex();
}

// Equal without an early exit, so the time taken says nothing about how much of a guess was right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = char(diff | (a[i] ^ b[i]));
    return diff == 0;
}

// The pairing-code keys that hold this very code (the same salt): the channel's own, and those of the other
// channels it was issued for that have not been given a newer code since.
QStringList sharedCodeKeys(const QSqlDatabase &db, Channel channel, const QJsonObject &stored)
{
    QStringList keys{ key(channel, "pairing-code") };
    for (const QJsonValue &other : stored.value(QStringLiteral("channels")).toArray()) {
        const std::optional<Channel> c = channelFromKey(other.toString());
        if (!c || *c == channel)
            continue;
        const QString k = key(*c, "pairing-code");
        if (jsonValue(db, k).value(QStringLiteral("salt")) == stored.value(QStringLiteral("salt")))
            keys.append(k);
    }
    return keys;
}

bool removeAll(const QSqlDatabase &db, const QStringList &keys, QString *error)
{
    for (const QString &k : keys)
        if (!bridgestate::remove(db, k, error))
            return false;
    return true;
}

bool setAll(const QSqlDatabase &db, const QStringList &keys, const QJsonObject &o, QString *error)
{
    for (const QString &k : keys)
        if (!setJson(db, k, o, error))
            return false;
    return true;
}

} // namespace

Result<QString> OwnerPairing::issueCode(Channel channel)
{
    return issueCode(QList<Channel>{ channel });
}

Result<QString> OwnerPairing::issueCode(const QList<Channel> &channels)
{
    QRandomGenerator *random = QRandomGenerator::system();
    const QString code = QStringLiteral("%1").arg(random->bounded(1000000), 6, 10, QLatin1Char('0'));
    QByteArray salt(16, Qt::Uninitialized);
    random->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / int(sizeof(quint32)));
    salt = salt.toHex();
    const QDateTime expires = m_book.clock().now().addSecs(codeLifetimeSeconds);
    QStringList keys;
    for (Channel channel : channels)
        keys.append(channelKey(channel));
    QString error;
    const bool ok = !channels.isEmpty() && bridgestate::inTransaction(
        m_book.database(),
        [&](QSqlDatabase &db, QString *why) {
            const QJsonObject stored{ { QStringLiteral("salt"), QString::fromLatin1(salt) },
                { QStringLiteral("hash"), QString::fromLatin1(codeHash(salt, code)) },
                { QStringLiteral("expires_at"), sql::dateTime(expires).toString() }, { QStringLiteral("wrong"), 0 },
                { QStringLiteral("channels"), QJsonArray::fromStringList(keys) } };
            for (Channel channel : channels)
                if (!setJson(db, key(channel, "pairing-code"), stored, why))
                    return false;
            return AuditLog(m_book).append(QStringLiteral("owner_pairing_code"), QStringLiteral("owner"), 0, 0,
                { { QStringLiteral("channel"), keys.join(QLatin1Char(',')) },
                    { QStringLiteral("expires_at"), sql::dateTime(expires).toString() } },
                why);
        },
        {}, &error);
    if (!ok)
        return Result<QString>::failure(tr("Cannot make a pairing code: %1").arg(error));
    return code;
}

QDateTime OwnerPairing::codeExpiresAt(Channel channel) const
{
    return sql::toDateTime(jsonValue(m_book.database(), key(channel, "pairing-code")).value(QStringLiteral("expires_at")).toString());
}

OwnerPairing::Outcome OwnerPairing::pair(
    Channel channel, const QString &chatId, const QString &code, QString *error, const bridgestate::InTransaction &also)
{
    Outcome outcome = Outcome::Failed;
    const QString actor = QStringLiteral("%1 chat %2").arg(channelKey(channel), chatId);
    const bool ok = bridgestate::inTransaction(
        m_book.database(),
        [&](QSqlDatabase &db, QString *why) {
            const QString codeKey = key(channel, "pairing-code");
            QJsonObject stored = jsonValue(db, codeKey);
            const QStringList codeKeys = sharedCodeKeys(db, channel, stored);
            const QByteArray salt = stored.value(QStringLiteral("salt")).toString().toLatin1();
            const bool matches = !stored.isEmpty() && !chatId.isEmpty()
                && sameBytes(codeHash(salt, code), stored.value(QStringLiteral("hash")).toString().toLatin1());
            const QJsonObject detail{ { QStringLiteral("channel"), channelKey(channel) },
                { QStringLiteral("chat_id"), chatId } };
            if (matches && sql::toDateTime(stored.value(QStringLiteral("expires_at")).toString()) > m_book.clock().now()) {
                outcome = Outcome::Paired;
                return removeAll(db, codeKeys, why)
                    && bridgestate::setValue(db, key(channel, "chat"), chatId, why)
                    && AuditLog(m_book).append(QStringLiteral("owner_paired"), actor, 0, 0, detail, why);
            }
            if (matches) {
                outcome = Outcome::Expired;
                return removeAll(db, codeKeys, why)
                    && AuditLog(m_book).append(QStringLiteral("owner_pairing_expired"), actor, 0, 0, detail, why);
            }
            outcome = Outcome::WrongCode;
            if (stored.isEmpty())
                return AuditLog(m_book).append(QStringLiteral("owner_pairing_refused"), actor, 0, 0, detail, why);
            const int wrong = stored.value(QStringLiteral("wrong")).toInt() + 1;
            stored.insert(QStringLiteral("wrong"), wrong);
            QJsonObject audited = detail;
            audited.insert(QStringLiteral("wrong_attempts"), wrong);
            // The last allowed try used up: the code is gone, and guessing on gets nowhere.
            return (wrong >= maxWrongAttempts ? removeAll(db, codeKeys, why) : setAll(db, codeKeys, stored, why))
                && AuditLog(m_book).append(QStringLiteral("owner_pairing_refused"), actor, 0, 0, audited, why);
        },
        also, error);
    return ok ? outcome : Outcome::Failed;
}

QString OwnerPairing::pairedChat(Channel channel) const
{
    return bridgestate::value(m_book.database(), key(channel, "chat"));
}

bool OwnerPairing::unpair(Channel channel, const QString &actor, QString *error)
{
    return bridgestate::inTransaction(
        m_book.database(),
        [&](QSqlDatabase &db, QString *why) {
            const QString chat = bridgestate::value(db, key(channel, "chat"));
            return bridgestate::remove(db, key(channel, "chat"), why)
                && AuditLog(m_book).append(QStringLiteral("owner_unpaired"), actor, 0, 0,
                    { { QStringLiteral("channel"), channelKey(channel) }, { QStringLiteral("chat_id"), chat } }, why);
        },
        {}, error);
}

bool OwnerPairing::recordRefusal(
    Channel channel, const QString &chatId, const QString &what, QString *error, const bridgestate::InTransaction &also)
{
    return bridgestate::inTransaction(
        m_book.database(),
        [&](QSqlDatabase &db, QString *why) {
            const QString refusalsKey = key(channel, "refusals");
            const QDateTime at = m_book.clock().now();
            const QString now = sql::dateTime(at).toString();
            const QJsonObject before = jsonValue(db, refusalsKey);
            // Every refusal is counted; the audit trail gets one entry per stranger an hour, so that a stranger
            // writing in a loop cannot flood it.
            const QDateTime lastAudited = sql::toDateTime(before.value(QStringLiteral("audited_at")).toString());
            const bool audit = before.value(QStringLiteral("audited_chat")).toString() != chatId
                            || !lastAudited.isValid() || lastAudited.secsTo(at) >= 3600;
            QJsonObject counted{ { QStringLiteral("count"), before.value(QStringLiteral("count")).toInt() + 1 },
                { QStringLiteral("last_at"), now },
                { QStringLiteral("audited_chat"), audit ? chatId : before.value(QStringLiteral("audited_chat")).toString() },
                { QStringLiteral("audited_at"), audit ? now : before.value(QStringLiteral("audited_at")).toString() } };
            return setJson(db, refusalsKey, counted, why)
                && (!audit || AuditLog(m_book).append(QStringLiteral("owner_stranger_refused"),
                    QStringLiteral("%1 chat %2").arg(channelKey(channel), chatId), 0, 0,
                    { { QStringLiteral("channel"), channelKey(channel) }, { QStringLiteral("chat_id"), chatId },
                        { QStringLiteral("what"), what } },
                    why));
        },
        also, error);
}

int OwnerPairing::refusalCount(Channel channel) const
{
    return jsonValue(m_book.database(), key(channel, "refusals")).value(QStringLiteral("count")).toInt();
}

QDateTime OwnerPairing::lastRefusalAt(Channel channel) const
{
    return sql::toDateTime(jsonValue(m_book.database(), key(channel, "refusals")).value(QStringLiteral("last_at")).toString());
}

} // namespace duedesk
