#include "WhatsAppOwnerInbox.h"

#include <Book.h>
#include <Clock.h>
#include <OwnerPairing.h>
#include <OwnerPrompts.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <SqlValues.h>

namespace duedesk {

namespace {

const QString inboxPrefix = QStringLiteral("whatsapp:owner:inbox:");
const QString handledPrefix = QStringLiteral("whatsapp:owner:handled:");
const QString lastMessageKey = QStringLiteral("whatsapp:owner:last-message-at");

QString field(const char *name)
{
    return QString::fromLatin1(name);
}

// Keys with the prefix: [prefix, prefix with its last character raised), so the primary key's index is used.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    return end;
}

WhatsAppOwnerMessage messageFrom(const QString &wamid, const QJsonObject &o)
{
    WhatsAppOwnerMessage m;
    m.wamid = wamid;
    m.from = o.value(field("from")).toString();
    m.kind = WhatsAppInbound::Kind(o.value(field("kind")).toInt());
    m.text = o.value(field("text")).toString();
    m.buttonId = o.value(field("button")).toString();
    m.mediaId = o.value(field("media")).toString();
    m.mimeType = o.value(field("mime")).toString();
    m.at = sql::toDateTime(o.value(field("at")).toString());
    return m;
}

} // namespace

bool WhatsAppOwnerInbox::isPairingAttempt(const QString &text, QString *code)
{
    static const QRegularExpression pattern(
        QStringLiteral("^/?start\\s+([0-9]{6})$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (match.hasMatch() && code)
        *code = match.captured(1);
    return match.hasMatch();
}

bool WhatsAppOwnerInbox::claims(const WhatsAppInbound &in) const
{
    if (in.kind == WhatsAppInbound::Kind::ButtonReply && OwnerButton::parse(in.buttonId))
        return true;
    if (in.kind == WhatsAppInbound::Kind::Text && isPairingAttempt(in.message.body))
        return true;
    const QString owner = OwnerPairing(m_book).pairedChat(Channel::WhatsApp);
    return !owner.isEmpty() && in.message.address == owner;
}

Result<bool> WhatsAppOwnerInbox::enqueue(const WhatsAppInbound &in)
{
    const QString wamid = in.message.providerId;
    if (wamid.isEmpty())
        return Result<bool>::failure(tr("A WhatsApp message for the owner has no id."));
    const QDateTime now = m_book.clock().now();
    // A late delivery counts from when it was sent; a sender's clock ahead of ours counts from now.
    const QDateTime at = in.sentAt.isValid() && in.sentAt < now ? in.sentAt : now;
    const QJsonObject stored{ { field("from"), in.message.address }, { field("kind"), int(in.kind) },
        { field("text"), in.message.body }, { field("button"), in.buttonId }, { field("media"), in.mediaId },
        { field("mime"), in.mimeType }, { field("at"), sql::dateTime(at).toString() } };
    bool fresh = false;
    QString error;
    const bool ok = bridgestate::inTransaction(
        m_book.database(),
        [&](QSqlDatabase &db, QString *why) {
            if (!bridgestate::value(db, inboxPrefix + wamid).isEmpty()
                || !bridgestate::value(db, handledPrefix + wamid).isEmpty())
                return true; // Meta delivered it again
            fresh = true;
            return bridgestate::setValue(
                db, inboxPrefix + wamid, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)), why);
        },
        {}, &error);
    if (!ok)
        return Result<bool>::failure(tr("A WhatsApp message for the owner could not be stored: %1").arg(error));
    return fresh;
}

QList<WhatsAppOwnerMessage> WhatsAppOwnerInbox::queued() const
{
    QList<WhatsAppOwnerMessage> messages;
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT key, value FROM bridge_state WHERE key >= ? AND key < ? ORDER BY rowid"));
    q.addBindValue(inboxPrefix);
    q.addBindValue(prefixEnd(inboxPrefix));
    if (q.exec())
        while (q.next())
            messages.append(messageFrom(q.value(0).toString().mid(inboxPrefix.size()),
                QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()));
    return messages;
}

bridgestate::InTransaction WhatsAppOwnerInbox::handled(const WhatsAppOwnerMessage &message) const
{
    const QString now = sql::dateTime(m_book.clock().now()).toString();
    Book *book = &m_book;
    return [book, message, now](QSqlDatabase &db, QString *why) {
        if (!bridgestate::remove(db, inboxPrefix + message.wamid, why)
            || !bridgestate::setValue(db, handledPrefix + message.wamid, now, why))
            return false;
        // Read inside the transaction (the same connection): a pairing made by this very message counts.
        if (message.from != OwnerPairing(*book).pairedChat(Channel::WhatsApp))
            return true;
        const QDateTime last = sql::toDateTime(bridgestate::value(db, lastMessageKey));
        return (last.isValid() && last >= message.at)
            || bridgestate::setValue(db, lastMessageKey, sql::dateTime(message.at).toString(), why);
    };
}

bool WhatsAppOwnerInbox::markHandled(const WhatsAppOwnerMessage &message, QString *error)
{
    return bridgestate::inTransaction(m_book.database(), handled(message), {}, error);
}

bool WhatsAppOwnerInbox::prune(QString *error)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("DELETE FROM bridge_state WHERE key >= ? AND key < ? AND value < ?"));
    q.addBindValue(handledPrefix);
    q.addBindValue(prefixEnd(handledPrefix));
    q.addBindValue(sql::dateTime(m_book.clock().now().addDays(-keepHandledDays)));
    if (q.exec())
        return true;
    if (error)
        *error = sqlErrorText(q.lastError());
    return false;
}

QDateTime WhatsAppOwnerInbox::lastOwnerMessageAt() const
{
    return sql::toDateTime(bridgestate::value(m_book.database(), lastMessageKey));
}

} // namespace duedesk
