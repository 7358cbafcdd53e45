#include "OwnerPrompts.h"

#include "Book.h"
#include "Clock.h"
#include "SqlValues.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

namespace {

const QString promptColumns = QStringLiteral(
    "id, channel, draft_id, chat_id, provider_message_id, nonce, state, created_at, decided_at, body_hash");

const QList<std::pair<OwnerPromptState, QString>> &stateKeys()
{
    static const QList<std::pair<OwnerPromptState, QString>> keys{ { OwnerPromptState::Shown, QStringLiteral("shown") },
        { OwnerPromptState::Edited, QStringLiteral("edited") }, { OwnerPromptState::Approved, QStringLiteral("approved") },
        { OwnerPromptState::Skipped, QStringLiteral("skipped") }, { OwnerPromptState::Gone, QStringLiteral("gone") } };
    return keys;
}

OwnerPromptState stateFromKey(const QString &key)
{
    for (const auto &[state, k] : stateKeys())
        if (k == key)
            return state;
    return OwnerPromptState::Gone;
}

OwnerPrompt promptFrom(const QSqlQuery &q)
{
    OwnerPrompt p;
    p.id = q.value(0).toLongLong();
    p.channel = channelFromKey(q.value(1).toString()).value_or(Channel::Telegram);
    p.draftId = q.value(2).toLongLong();
    p.chatId = q.value(3).toString();
    p.providerMessageId = q.value(4).toString();
    p.nonce = q.value(5).toString();
    p.state = stateFromKey(q.value(6).toString());
    p.createdAt = sql::toDateTime(q.value(7));
    p.decidedAt = sql::toDateTime(q.value(8));
    p.bodyHash = q.value(9).toString();
    return p;
}

QString editingKey(Channel channel)
{
    return channelKey(channel) + QStringLiteral(":owner:editing");
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = sqlErrorText(q.lastError());
    return false;
}

const QLatin1String actionLetters("aes"); // Send, Edit, Skip, in OwnerButton::Action's order

} // namespace

QString ownerPromptStateKey(OwnerPromptState state)
{
    for (const auto &[s, key] : stateKeys())
        if (s == state)
            return key;
    return QString();
}

QString OwnerButton::data() const
{
    return QStringLiteral("%1:%2:%3").arg(QChar(actionLetters[int(action)])).arg(draftId).arg(nonce);
}

std::optional<OwnerButton> OwnerButton::parse(const QString &data)
{
    const QStringList parts = data.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0].size() != 1 || parts[2].isEmpty())
        return std::nullopt;
    const qsizetype action = QString(actionLetters).indexOf(parts[0]);
    bool numeric = false;
    const qint64 draftId = parts[1].toLongLong(&numeric);
    if (action < 0 || !numeric || draftId <= 0)
        return std::nullopt;
    OwnerButton b;
    b.action = Action(action);
    b.draftId = draftId;
    b.nonce = parts[2];
    return b;
}

QString OwnerPrompts::newNonce()
{
    QByteArray bytes(12, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
    // 12 random bytes -> 16 url-safe characters, none of them ':' (the button data's separator).
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<OwnerPrompt> OwnerPrompts::record(Channel channel, qint64 draftId, const QString &chatId)
{
    QSqlQuery q(m_book.database());
    const QString hash = wordingHash(draftId);
    q.prepare(QStringLiteral("INSERT INTO owner_prompts (channel, draft_id, chat_id, nonce, state, created_at, body_hash) "
                             "VALUES (?, ?, ?, ?, 'shown', ?, ?)"));
    q.addBindValue(channelKey(channel));
    q.addBindValue(draftId);
    q.addBindValue(chatId);
    q.addBindValue(newNonce());
    q.addBindValue(sql::dateTime(m_book.clock().now()));
    q.addBindValue(hash);
    QString error;
    if (!exec(q, &error))
        return Result<OwnerPrompt>::failure(tr("Cannot record the reminder shown to you: %1").arg(error));
    q.finish();
    const std::optional<OwnerPrompt> p = find(channel, draftId);
    if (!p)
        return Result<OwnerPrompt>::failure(tr("Cannot record the reminder shown to you"));
    return *p;
}

bool OwnerPrompts::forget(qint64 promptId, QString *error)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("DELETE FROM owner_prompts WHERE id = ?"));
    q.addBindValue(promptId);
    return exec(q, error);
}

bool OwnerPrompts::setProviderMessageId(qint64 promptId, const QString &providerMessageId, QString *error)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("UPDATE owner_prompts SET provider_message_id = ? WHERE id = ?"));
    q.addBindValue(sql::text(providerMessageId));
    q.addBindValue(promptId);
    return exec(q, error);
}

std::optional<OwnerPrompt> OwnerPrompts::find(Channel channel, qint64 draftId) const
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT %1 FROM owner_prompts WHERE channel = ? AND draft_id = ?").arg(promptColumns));
    q.addBindValue(channelKey(channel));
    q.addBindValue(draftId);
    if (q.exec() && q.next())
        return promptFrom(q);
    return std::nullopt;
}

std::optional<OwnerPrompt> OwnerPrompts::forButton(Channel channel, const OwnerButton &button) const
{
    std::optional<OwnerPrompt> p = find(channel, button.draftId);
    if (!p || p->nonce.size() != button.nonce.size() || p->nonce != button.nonce)
        return std::nullopt;
    if (p->state != OwnerPromptState::Shown && p->state != OwnerPromptState::Edited)
        return std::nullopt;
    // The wording changed since this showing: a Send here would approve words the chat never showed.
    if (!p->bodyHash.isEmpty() && p->bodyHash != wordingHash(p->draftId))
        return std::nullopt;
    return p;
}

QList<qint64> OwnerPrompts::notShown(Channel channel, const QList<qint64> &draftIds) const
{
    QList<qint64> ids;
    for (qint64 id : draftIds) {
        const std::optional<OwnerPrompt> p = find(channel, id);
        if (!p || (p->state == OwnerPromptState::Shown && p->bodyHash != wordingHash(id)))
            ids.append(id);
    }
    return ids;
}

QString OwnerPrompts::wordingHash(qint64 draftId) const
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT body FROM drafts WHERE id = ?"));
    q.addBindValue(draftId);
    if (!q.exec() || !q.next())
        return QString();
    return QString::fromLatin1(
        QCryptographicHash::hash(q.value(0).toString().toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool OwnerPrompts::setState(qint64 promptId, OwnerPromptState state, QString *error, const bridgestate::InTransaction &also)
{
    const bool decided = state != OwnerPromptState::Shown && state != OwnerPromptState::Edited;
    return bridgestate::inTransaction(
        m_book.database(),
        [&](QSqlDatabase &db, QString *why) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE owner_prompts SET state = ?, decided_at = ? WHERE id = ?"));
            q.addBindValue(ownerPromptStateKey(state));
            q.addBindValue(decided ? sql::dateTime(m_book.clock().now()) : sql::dateTime(QDateTime()));
            q.addBindValue(promptId);
            if (!exec(q, why))
                return false;
            if (!decided)
                return true;
            // Decided while the owner was rewording it: their next text is no longer its new wording.
            q.prepare(QStringLiteral("DELETE FROM bridge_state WHERE key = ((SELECT channel FROM owner_prompts "
                                     "WHERE id = ?) || ':owner:editing') AND value = (SELECT CAST(draft_id AS TEXT) "
                                     "FROM owner_prompts WHERE id = ?)"));
            q.addBindValue(promptId);
            q.addBindValue(promptId);
            return exec(q, why);
        },
        also, error);
}

bool OwnerPrompts::beginEdit(const OwnerPrompt &prompt, QString *error, const bridgestate::InTransaction &also)
{
    return setState(prompt.id, OwnerPromptState::Edited, error, [&](QSqlDatabase &db, QString *why) {
        return bridgestate::setValue(db, editingKey(prompt.channel), QString::number(prompt.draftId), why)
            && (!also || also(db, why));
    });
}

qint64 OwnerPrompts::editing(Channel channel) const
{
    return bridgestate::value(m_book.database(), editingKey(channel)).toLongLong();
}

Result<OwnerPrompt> OwnerPrompts::showAgain(Channel channel, qint64 draftId, const bridgestate::InTransaction &also)
{
    QString error;
    const bool ok = bridgestate::inTransaction(
        m_book.database(),
        [&](QSqlDatabase &db, QString *why) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE owner_prompts SET state = 'shown', nonce = ?, provider_message_id = '', "
                                     "decided_at = NULL, body_hash = ? WHERE channel = ? AND draft_id = ?"));
            q.addBindValue(newNonce());
            q.addBindValue(wordingHash(draftId));
            q.addBindValue(channelKey(channel));
            q.addBindValue(draftId);
            if (!exec(q, why))
                return false;
            // Its rewording is over; another draft the owner is rewording in this chat stays so.
            if (bridgestate::value(db, editingKey(channel)) != QString::number(draftId))
                return true;
            return bridgestate::remove(db, editingKey(channel), why);
        },
        also, &error);
    const std::optional<OwnerPrompt> p = ok ? find(channel, draftId) : std::nullopt;
    if (!p)
        return Result<OwnerPrompt>::failure(tr("Cannot show the reminder again: %1").arg(error));
    return *p;
}

} // namespace duedesk
