// ChaseEngine's outbox side, used by the bridges: at-most-once delivery.

#include "ChaseEngine.h"

#include "AuditLog.h"
#include "Book.h"
#include "Clock.h"
#include "DraftComposer.h"
#include "OwnerTasks.h"
#include "PolicyRepository.h"
#include "Repositories.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

namespace {

const QString outboxColumns = QStringLiteral(
    "o.id, o.draft_id, o.step_key, o.bill_id, b.number, o.client_id, o.channel, o.address, o.tone, o.subject, o.body, "
    "o.state, coalesce(o.provider_id, ''), o.attempts, o.last_error, o.retry_after, o.created_at, o.sent_at");

OutboxRow outboxFrom(const QSqlQuery &q)
{
    OutboxRow o;
    o.id = q.value(0).toLongLong();
    o.draftId = q.value(1).toLongLong();
    o.stepKey = q.value(2).toString();
    o.billId = q.value(3).toLongLong();
    o.billNumber = q.value(4).toString();
    o.clientId = q.value(5).toLongLong();
    o.channel = channelFromKey(q.value(6).toString()).value_or(Channel::Email);
    o.address = q.value(7).toString();
    o.tone = toneFromKey(q.value(8).toString()).value_or(Tone::Friendly);
    o.subject = q.value(9).toString();
    o.body = q.value(10).toString();
    o.state = outboxStateFromKey(q.value(11).toString()).value_or(OutboxState::Queued);
    o.providerId = q.value(12).toString();
    o.attempts = q.value(13).toInt();
    o.lastError = q.value(14).toString();
    o.retryAfter = sql::toDateTime(q.value(15));
    o.createdAt = sql::toDateTime(q.value(16));
    o.sentAt = sql::toDateTime(q.value(17));
    return o;
}

QList<OutboxRow> selectOutbox(const Book &book, const QString &where, const QVariantList &binds = {})
{
    QList<OutboxRow> rows;
    QSqlQuery q(book.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox o JOIN bills b ON b.id = o.bill_id %2").arg(outboxColumns, where));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (q.exec())
        while (q.next())
            rows.append(outboxFrom(q));
    return rows;
}

// Sets the state of one row that is in one of `from`; records it in the audit log. False when the row is not
// in such a state (someone else moved it first).
// Work that joins a transition's transaction, given the row's bill and client; false (and *error) undoes it all.
using AlsoInTransition = std::function<bool(qint64 billId, qint64 clientId, QString *error)>;

bool transition(Book &book, qint64 outboxId, const QStringList &from, OutboxState to, const QString &kind,
                const QJsonObject &detail, QString *error, const std::function<void(QSqlQuery &)> &extraSet = {},
                const QString &extraColumns = {}, const AlsoInTransition &also = {})
{
    QSqlDatabase db = book.database();
    WriteTransaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(db);
    QStringList marks;
    for (qsizetype i = 0; i < from.size(); ++i)
        marks.append(QStringLiteral("?"));
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, updated_at = ?%1 WHERE id = ? AND state IN (%2)")
                  .arg(extraColumns, marks.join(QLatin1Char(','))));
    q.addBindValue(outboxStateKey(to));
    q.addBindValue(sql::dateTime(book.clock().now()));
    if (extraSet)
        extraSet(q);
    q.addBindValue(outboxId);
    for (const QString &s : from)
        q.addBindValue(s);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = q.lastError().isValid() && !sqlErrorText(q.lastError()).isEmpty()
                ? sqlErrorText(q.lastError())
                : ChaseEngine::tr("message %1 is not in a state that allows this").arg(outboxId);
        return false;
    }
    q.prepare(QStringLiteral("SELECT bill_id, client_id FROM outbox WHERE id = ?"));
    q.addBindValue(outboxId);
    qint64 billId = 0, clientId = 0;
    if (q.exec() && q.next()) {
        billId = q.value(0).toLongLong();
        clientId = q.value(1).toLongLong();
    }
    QJsonObject d = detail;
    d.insert(QStringLiteral("outbox_id"), outboxId);
    q.finish();
    if (!AuditLog(book).append(kind, QStringLiteral("bridge"), billId, clientId, d, error))
        return false;
    if (also && !also(billId, clientId, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

} // namespace

QList<OutboxRow> ChaseEngine::outbox() const
{
    return selectOutbox(m_book, QStringLiteral("ORDER BY o.id"));
}

QList<OutboxRow> ChaseEngine::nextSendable(int limit) const
{
    const QDateTime now = m_book.clock().now();
    const QList<OutboxRow> candidates = selectOutbox(
        m_book, QStringLiteral("WHERE o.state = 'queued' OR (o.state = 'failed' AND o.retry_after IS NOT NULL AND o.retry_after <= ?) "
                               "ORDER BY o.id"),
        {sql::dateTime(now)});
    PolicyRepository policies(m_book);
    QHash<qint64, Policy> byClient;
    QList<OutboxRow> sendable;
    const QDateTime local = now.toLocalTime();
    for (const OutboxRow &row : candidates) {
        if (sendable.size() >= limit)
            break;
        auto it = byClient.find(row.clientId);
        if (it == byClient.end()) {
            const std::optional<Policy> p = policies.byId(policies.policyIdForClient(row.clientId));
            it = byClient.insert(row.clientId, p.value_or(Policy()));
        }
        if (it->allowsSendingAt(local))
            sendable.append(row);
    }
    return sendable;
}

Result<OutboxRow> ChaseEngine::markSending(qint64 outboxId)
{
    using R = Result<OutboxRow>;
    QSqlDatabase db = m_book.database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const QList<OutboxRow> rows = selectOutbox(m_book, QStringLiteral("WHERE o.id = ?"), {outboxId});
    if (rows.isEmpty())
        return R::failure(tr("there is no message %1").arg(outboxId));
    OutboxRow row = rows.first();
    const QDateTime now = m_book.clock().now();
    const bool retryable = row.state == OutboxState::Failed && row.retryAfter.isValid() && row.retryAfter <= now;
    if (row.state != OutboxState::Queued && !retryable)
        return R::failure(tr("message %1 is %2, not waiting to be sent").arg(outboxId).arg(outboxStateKey(row.state)));

    // The last look before the network. A reminder needs its bill still open and chased; every message needs
    // the channel still allowed (except the confirmation of an opt-out, which goes to the channel just left).
    QString blocked;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT b.status, b.amount_minor - b.paid_minor, coalesce(c.state, 'active'), d.kind "
                             "FROM bills b LEFT JOIN chases c ON c.bill_id = b.id JOIN drafts d ON d.id = ? WHERE b.id = ?"));
    q.addBindValue(row.draftId);
    q.addBindValue(row.billId);
    const bool found = q.exec() && q.next();
    const QString kind = found ? q.value(3).toString() : QString();
    const bool reminder = kind == QLatin1String("heads_up") || kind == QLatin1String("reminder")
                       || kind == QLatin1String("final_notice");
    if (!found)
        blocked = tr("the bill is gone");
    else if (reminder && (q.value(0).toString() != QLatin1String("open") || q.value(1).toLongLong() <= 0))
        blocked = tr("the bill is %1").arg(q.value(0).toString());
    else if (reminder && q.value(2).toString() != QLatin1String("active"))
        blocked = tr("the chase is %1").arg(q.value(2).toString());
    else if (const std::optional<ClientRow> client = ClientRepository(m_book).byId(row.clientId);
             !client || (!DraftComposer::channelAllowed(*client, row.channel) && kind != QLatin1String("stop_confirmation")))
        blocked = tr("the client does not accept %1").arg(channelKey(row.channel));
    q.finish();
    const QString next = blocked.isEmpty() ? outboxStateKey(OutboxState::Sending) : outboxStateKey(OutboxState::Cancelled);
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, attempts = attempts + ?, last_error = ?, updated_at = ? "
                             "WHERE id = ? AND state = ?"));
    q.addBindValue(next);
    q.addBindValue(blocked.isEmpty() ? 1 : 0);
    q.addBindValue(blocked.isEmpty() ? row.lastError : blocked);
    q.addBindValue(sql::dateTime(now));
    q.addBindValue(outboxId);
    q.addBindValue(outboxStateKey(row.state));
    if (!q.exec() || q.numRowsAffected() != 1)
        return R::failure(tr("message %1 changed meanwhile").arg(outboxId));
    QString error;
    if (!AuditLog(m_book).append(blocked.isEmpty() ? QStringLiteral("sending") : QStringLiteral("send_cancelled"),
                                 QStringLiteral("bridge"), row.billId, row.clientId,
                                 {{QStringLiteral("outbox_id"), outboxId}, {QStringLiteral("reason"), blocked}}, &error))
        return R::failure(error);
    if (!tx.commit())
        return R::failure(tx.error());
    if (!blocked.isEmpty())
        return R::failure(tr("message %1 was not sent: %2").arg(outboxId).arg(blocked));
    row.state = OutboxState::Sending;
    ++row.attempts;
    return row;
}

bool ChaseEngine::markSent(qint64 outboxId, const QString &providerId, QString *error)
{
    const QDateTime now = m_book.clock().now();
    return transition(m_book, outboxId, {QStringLiteral("sending"), QStringLiteral("uncertain")}, OutboxState::Sent,
                      QStringLiteral("sent"), {{QStringLiteral("provider_id"), providerId}}, error,
                      [&](QSqlQuery &q) {
                          q.addBindValue(providerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(providerId));
                          q.addBindValue(sql::dateTime(now));
                      },
                      QStringLiteral(", provider_id = ?, sent_at = ?"));
}

bool ChaseEngine::markFailed(qint64 outboxId, const QString &reason, const QDateTime &retryAfter, QString *error)
{
    return transition(m_book, outboxId, {QStringLiteral("sending")}, OutboxState::Failed, QStringLiteral("send_failed"),
                      {{QStringLiteral("reason"), reason}, {QStringLiteral("retry_after"), retryAfter.toString(Qt::ISODate)}},
                      error,
                      [&](QSqlQuery &q) {
                          q.addBindValue(reason);
                          q.addBindValue(sql::dateTime(retryAfter));
                      },
                      QStringLiteral(", last_error = ?, retry_after = ?"));
}

bool ChaseEngine::markUncertain(qint64 outboxId, const QString &reason, QString *error)
{
    // Only the owner can find out (most providers cannot be asked): the question goes on their list, in the same
    // transaction, and nothing is sent again by itself.
    const auto askTheOwner = [&](qint64 billId, qint64 clientId, QString *why) {
        const QList<OutboxRow> rows = selectOutbox(m_book, QStringLiteral("WHERE o.id = ?"), {outboxId});
        QSqlQuery q(m_book.database());
        q.prepare(QStringLiteral("SELECT name FROM clients WHERE id = ?"));
        q.addBindValue(clientId);
        const QString client = q.exec() && q.next() ? q.value(0).toString() : QString();
        q.finish();
        OwnerTask task;
        task.kind = QStringLiteral("uncertain_send");
        task.clientId = clientId;
        task.billId = billId;
        task.summary = tr("DueDesk cannot tell whether the reminder for %1 reached %2 (%3).")
                           .arg(rows.isEmpty() ? QString() : rows.first().billNumber, client,
                                rows.isEmpty() ? QString() : channelDisplayName(rows.first().channel));
        task.suggestion = tr("It will not be sent again by itself. If they did not get it, chase the bill again.");
        const Result<qint64> added = OwnerTaskRepository(m_book).add(task);
        if (!added && why)
            *why = added.error();
        return bool(added);
    };
    return transition(m_book, outboxId, {QStringLiteral("sending")}, OutboxState::Uncertain, QStringLiteral("send_uncertain"),
                      {{QStringLiteral("reason"), reason}}, error, [&](QSqlQuery &q) { q.addBindValue(reason); },
                      QStringLiteral(", last_error = ?"), askTheOwner);
}

int ChaseEngine::recoverAfterCrash()
{
    int recovered = 0;
    for (const OutboxRow &row : selectOutbox(m_book, QStringLiteral("WHERE o.state = 'sending'")))
        if (markUncertain(row.id, tr("DueDesk stopped while sending; the provider may or may not have it")))
            ++recovered;
    return recovered;
}

bool ChaseEngine::recordDeliveryStatus(const QString &providerId, OutboxState state, QString *error,
                                       const QString &reason)
{
    const QList<OutboxRow> rows = selectOutbox(m_book, QStringLiteral("WHERE o.provider_id = ?"), {providerId});
    if (rows.isEmpty()) {
        if (error)
            *error = tr("no message has the provider id %1").arg(providerId);
        return false;
    }
    // Statuses only move forward: sent -> delivered -> read; a failure report wins over sent/delivered.
    static const QStringList forward{QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("read")};
    QStringList from;
    if (state == OutboxState::Delivered)
        from = {QStringLiteral("sent"), QStringLiteral("uncertain")};
    else if (state == OutboxState::Read)
        from = {QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("uncertain")};
    else if (state == OutboxState::Failed)
        from = {QStringLiteral("sent"), QStringLiteral("delivered"), QStringLiteral("uncertain")};
    else {
        if (error)
            *error = tr("%1 is not a delivery status").arg(outboxStateKey(state));
        return false;
    }
    if (!from.contains(outboxStateKey(rows.first().state)))
        return true; // an older status arriving late changes nothing
    if (reason.isEmpty())
        return transition(m_book, rows.first().id, from, state, QStringLiteral("delivery_status"),
                          {{QStringLiteral("status"), outboxStateKey(state)}}, error);
    return transition(
        m_book, rows.first().id, from, state, QStringLiteral("delivery_status"),
        {{QStringLiteral("status"), outboxStateKey(state)}, {QStringLiteral("reason"), reason}}, error,
        [&reason](QSqlQuery &q) { q.addBindValue(reason); }, QStringLiteral(", last_error = ?"));
}

Result<qint64> ChaseEngine::recordInbound(Channel channel, const QString &address, const QString &providerId, const QString &body)
{
    return recordInbound(channel, address, providerId, body, InTransaction());
}

Result<qint64> ChaseEngine::recordInbound(Channel channel, const QString &address, const QString &providerId,
                                          const QString &body, const InTransaction &alsoInTransaction)
{
    using R = Result<qint64>;
    QSqlDatabase db = m_book.database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return R::failure(tx.error());
    QString hookError;
    const auto finish = [&](qint64 id) -> R {
        if (alsoInTransaction && !alsoInTransaction(db, &hookError))
            return R::failure(hookError);
        if (!tx.commit())
            return R::failure(tx.error());
        return id;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE channel = ? AND provider_id = ?"));
    q.addBindValue(channelKey(channel));
    q.addBindValue(providerId);
    if (q.exec() && q.next()) {
        const qint64 existing = q.value(0).toLongLong();
        q.finish();
        return alsoInTransaction ? finish(existing) : R(existing);
    }
    // Match the sender to a client by the address of that channel.
    const QString column = channel == Channel::Email      ? QStringLiteral("email")
                         : channel == Channel::Sms        ? QStringLiteral("phone_e164")
                         : channel == Channel::WhatsApp   ? QStringLiteral("whatsapp_id")
                                                          : QStringLiteral("telegram_chat_id");
    QString normalized = address.trimmed();
    if (channel == Channel::WhatsApp && normalized.startsWith(QLatin1Char('+')))
        normalized.remove(0, 1);
    q.prepare(channel == Channel::Email
                  ? QStringLiteral("SELECT id FROM clients WHERE email = ? COLLATE NOCASE ORDER BY id LIMIT 1")
                  : channel == Channel::WhatsApp
                  ? QStringLiteral("SELECT id FROM clients WHERE whatsapp_id = ? OR substr(phone_e164, 2) = ? ORDER BY id LIMIT 1")
                  : QStringLiteral("SELECT id FROM clients WHERE %1 = ? ORDER BY id LIMIT 1").arg(column));
    q.addBindValue(normalized);
    if (channel == Channel::WhatsApp)
        q.addBindValue(normalized); // Qt's SQLite driver cannot bind one value to a repeated ?1
    const QVariant clientId = q.exec() && q.next() ? q.value(0) : QVariant(QMetaType::fromType<qint64>());
    q.finish();
    // Thread onto the bill of the client's most recent reminder.
    QVariant billId(QMetaType::fromType<qint64>());
    if (!clientId.isNull()) {
        q.prepare(QStringLiteral("SELECT bill_id FROM outbox WHERE client_id = ? AND sent_at IS NOT NULL ORDER BY sent_at DESC LIMIT 1"));
        q.addBindValue(clientId);
        if (q.exec() && q.next())
            billId = q.value(0);
        q.finish();
    }
    q.prepare(QStringLiteral("INSERT INTO messages (client_id, bill_id, channel, direction, provider_id, sender, body, at) "
                             "VALUES (?, ?, ?, 'in', ?, ?, ?, ?)"));
    q.addBindValue(clientId);
    q.addBindValue(billId);
    q.addBindValue(channelKey(channel));
    q.addBindValue(providerId);
    q.addBindValue(address);
    q.addBindValue(body);
    q.addBindValue(sql::dateTime(m_book.clock().now()));
    if (!q.exec())
        return R::failure(sqlErrorText(q.lastError()));
    const qint64 id = q.lastInsertId().toLongLong();
    QString error;
    if (!AuditLog(m_book).append(QStringLiteral("reply"), QStringLiteral("bridge"), billId.toLongLong(), clientId.toLongLong(),
                                 {{QStringLiteral("message_id"), id}, {QStringLiteral("channel"), channelKey(channel)}}, &error))
        return R::failure(error);
    q.finish();
    return finish(id);
}

} // namespace duedesk
