// ChaseEngine: the owner's decisions and the events that stop or pause a chase.

#include "ChaseEngine.h"

#include "AuditLog.h"
#include "Book.h"
#include "ChaseRows.h"
#include "Clock.h"
#include "DraftComposer.h"
#include "PolicyRepository.h"
#include "Repositories.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

namespace {

template<typename Format, typename Change>
bool inTransaction(Book &book, QString *error, Format format, Change change)
{
    QSqlDatabase db = book.database();
    WriteTransaction tx(db);
    QString why;
    if (!tx.isActive())
        why = tx.error();
    else if (change(db, &why) && tx.commit())
        return true;
    else if (why.isEmpty())
        why = tx.error();
    if (error)
        *error = format(why);
    return false;
}

const QString draftColumns = QStringLiteral(
    "d.id, d.bill_id, b.number, d.client_id, c.name, d.step_key, d.kind, d.channel, d.address, d.tone, d.reasons, "
    "d.subject, d.body, d.note, d.state, d.created_at");

DraftRow draftFrom(const QSqlQuery &q)
{
    DraftRow d;
    d.id = q.value(0).toLongLong();
    d.billId = q.value(1).toLongLong();
    d.billNumber = q.value(2).toString();
    d.clientId = q.value(3).toLongLong();
    d.clientName = q.value(4).toString();
    d.stepKey = q.value(5).toString();
    d.kind = q.value(6).toString();
    d.channel = channelFromKey(q.value(7).toString()).value_or(Channel::Email);
    d.address = q.value(8).toString();
    d.tone = toneFromKey(q.value(9).toString()).value_or(Tone::Friendly);
    d.reasons = q.value(10).toString();
    d.subject = q.value(11).toString();
    d.body = q.value(12).toString();
    d.note = q.value(13).toString();
    const QString state = q.value(14).toString();
    d.state = state == QLatin1String("approved") ? DraftState::Approved
            : state == QLatin1String("skipped")  ? DraftState::Skipped
            : state == QLatin1String("cancelled") ? DraftState::Cancelled
                                                  : DraftState::Pending;
    d.createdAt = sql::toDateTime(q.value(15));
    return d;
}

// Runs `change` in a write transaction, then commits; any failure rolls everything back and sets *error to
// what.arg(reason).
template<typename Change>
bool inTransaction(Book &book, QString *error, const QString &what, Change change)
{
    return inTransaction(book, error, [&what](const QString &why) { return what.arg(why); }, change);
}

} // namespace

QList<DraftRow> ChaseEngine::pendingDrafts() const
{
    return pendingDrafts(-1);
}

QList<DraftRow> ChaseEngine::pendingDrafts(int limit) const
{
    QList<DraftRow> rows;
    QSqlQuery q(m_book.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM drafts d JOIN bills b ON b.id = d.bill_id JOIN clients c ON c.id = d.client_id "
                              "WHERE d.state = 'pending' ORDER BY d.id LIMIT %2")
                   .arg(draftColumns)
                   .arg(limit < 0 ? -1 : limit)))
        while (q.next())
            rows.append(draftFrom(q));
    return rows;
}

int ChaseEngine::pendingDraftCount() const
{
    QSqlQuery q(m_book.database());
    if (q.exec(QStringLiteral("SELECT count(*) FROM drafts WHERE state = 'pending'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

std::optional<DraftRow> ChaseEngine::draft(qint64 draftId) const
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("SELECT %1 FROM drafts d JOIN bills b ON b.id = d.bill_id JOIN clients c ON c.id = d.client_id "
                             "WHERE d.id = ?").arg(draftColumns));
    q.addBindValue(draftId);
    if (q.exec() && q.next())
        return draftFrom(q);
    return std::nullopt;
}

Result<qint64> ChaseEngine::approve(qint64 draftId, const QString &actor)
{
    qint64 outboxId = 0;
    QString error;
    const bool ok = inTransaction(m_book, &error, tr("Cannot approve the reminder: %1"), [&](QSqlDatabase &db, QString *why) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT state, bill_id, client_id FROM drafts WHERE id = ?"));
        q.addBindValue(draftId);
        if (!q.exec() || !q.next()) {
            *why = tr("there is no draft %1").arg(draftId);
            return false;
        }
        const QString state = q.value(0).toString();
        const qint64 billId = q.value(1).toLongLong();
        const qint64 clientId = q.value(2).toLongLong();
        if (state != QLatin1String("pending")) {
            *why = tr("it was already %1").arg(state);
            return false;
        }
        const QDateTime now = m_book.clock().now();
        q.prepare(QStringLiteral("UPDATE drafts SET state = 'approved', decided_at = ?, decided_by = ? "
                                 "WHERE id = ? AND state = 'pending'"));
        q.addBindValue(sql::dateTime(now));
        q.addBindValue(actor);
        q.addBindValue(draftId);
        if (!q.exec() || q.numRowsAffected() != 1) {
            *why = sqlErrorText(q.lastError());
            return false;
        }
        if (!DraftComposer::queueDraft(db, draftId, now, why))
            return false;
        outboxId = q.exec(QStringLiteral("SELECT last_insert_rowid()")) && q.next() ? q.value(0).toLongLong() : 0;
        return AuditLog(m_book).append(QStringLiteral("approve"), actor, billId, clientId,
                                       {{QStringLiteral("draft_id"), draftId}, {QStringLiteral("outbox_id"), outboxId}}, why);
    });
    if (!ok)
        return Result<qint64>::failure(error);
    return outboxId;
}

Result<int> ChaseEngine::approveAll(const QString &actor)
{
    int approved = 0;
    for (const DraftRow &d : pendingDrafts()) {
        const auto r = approve(d.id, actor);
        if (r)
            ++approved;
    }
    return approved;
}

bool ChaseEngine::skip(qint64 draftId, const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot skip the reminder: %1"), [&](QSqlDatabase &db, QString *why) {
        const std::optional<DraftRow> d = draft(draftId);
        if (!d || d->state != DraftState::Pending) {
            *why = d ? tr("it is no longer waiting for you") : tr("there is no draft %1").arg(draftId);
            return false;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE drafts SET state = 'skipped', decided_at = ?, decided_by = ? "
                                 "WHERE id = ? AND state = 'pending'"));
        q.addBindValue(sql::dateTime(m_book.clock().now()));
        q.addBindValue(actor);
        q.addBindValue(draftId);
        if (!q.exec() || q.numRowsAffected() != 1) {
            *why = sqlErrorText(q.lastError());
            return false;
        }
        return AuditLog(m_book).append(QStringLiteral("skip"), actor, d->billId, d->clientId,
                                       {{QStringLiteral("draft_id"), draftId}}, why);
    });
}

bool ChaseEngine::edit(qint64 draftId, const QString &body, const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot change the reminder: %1"), [&](QSqlDatabase &db, QString *why) {
        if (body.trimmed().isEmpty()) {
            *why = tr("the text is empty");
            return false;
        }
        const std::optional<DraftRow> d = draft(draftId);
        if (!d || d->state != DraftState::Pending) {
            *why = d ? tr("it is no longer waiting for you") : tr("there is no draft %1").arg(draftId);
            return false;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE drafts SET body = ? WHERE id = ? AND state = 'pending'"));
        q.addBindValue(body);
        q.addBindValue(draftId);
        if (!q.exec() || q.numRowsAffected() != 1) {
            *why = sqlErrorText(q.lastError());
            return false;
        }
        return AuditLog(m_book).append(QStringLiteral("edit"), actor, d->billId, d->clientId,
                                       {{QStringLiteral("draft_id"), draftId},
                                        {QStringLiteral("before"), d->body},
                                        {QStringLiteral("after"), body}},
                                       why);
    });
}

Result<qint64> ChaseEngine::chaseNow(const QString &billNumber, const QString &actor)
{
    qint64 draftId = 0;
    QString error;
    const auto message = [&billNumber](const QString &why) { return tr("Cannot chase bill %1: %2").arg(billNumber, why); };
    const bool ok = inTransaction(m_book, &error, message, [&](QSqlDatabase &db, QString *why) {
        std::optional<ChaseBill> loaded = chase::loadByNumber(db, billNumber);
        if (!loaded) {
            *why = tr("there is no such bill");
            return false;
        }
        ChaseBill bill = *loaded;
        const std::optional<BillRow> row = BillRepository(m_book).byId(bill.billId);
        if (!row || row->status != BillStatus::Open || bill.balanceMinor <= 0) {
            *why = tr("it is not open with a balance");
            return false;
        }
        const QDate today = m_book.clock().today();
        const QDateTime now = m_book.clock().now();
        DraftComposer composer(m_book, today);
        const Policy *policy = composer.policyForClient(bill.clientId);
        if (!policy || policy->steps.isEmpty()) {
            *why = tr("its client has no reminder policy");
            return false;
        }
        if (!bill.dueOn.isValid()) {
            *why = tr("it has no due date");
            return false;
        }
        // The step the bill is at today (at least its next one) now, the rest counted from today; past the end,
        // the last step again. A heads-up makes no sense once the bill is due.
        if (!bill.anchorOn.isValid())
            bill.anchorOn = bill.dueOn;
        int position = bill.nextPosition;
        for (int p = bill.nextPosition; p < policy->steps.size(); ++p)
            if (chase::stepDay(bill, *policy, p) <= today)
                position = p;
        while (position < policy->steps.size() - 1 && today >= bill.dueOn
               && policy->steps.at(position).templateKind == QLatin1String("heads_up"))
            ++position;
        position = qBound(0, position, int(policy->steps.size()) - 1);
        const bool wasStarted = bill.hasChase;
        chase::cancelForBill(db, bill.billId, tr("replaced by a manual chase"), now);
        bill.hasChase = true;
        bill.state = ChaseState::Active;
        bill.pausedUntil = QDate();
        if (wasStarted)
            ++bill.cycle;
        bill.anchorOn = today.addDays(-policy->steps.at(position).dueOffset());
        const DraftComposer::Composed composed = composer.compose(bill, policy->steps.at(position), chase::stepKey(bill, position),
                                                                  tr("Chased by hand."), actor, DraftComposer::Options::manualChase());
        if (composed.outcome == DraftComposer::Outcome::NoChannel) {
            *why = tr("the client accepts no channel for reminders");
            return false;
        }
        if (composed.outcome != DraftComposer::Outcome::Drafted) {
            *why = composed.error.isEmpty() ? tr("a reminder for this step exists already") : composed.error;
            return false;
        }
        draftId = composed.draftId;
        chase::moveTo(bill, *policy, position + 1);
        return chase::save(db, bill, now, why)
            && AuditLog(m_book).append(QStringLiteral("manual_chase"), actor, bill.billId, bill.clientId,
                                       {{QStringLiteral("draft_id"), draftId}, {QStringLiteral("position"), position}}, why);
    });
    if (!ok)
        return Result<qint64>::failure(error);
    return draftId;
}

bool ChaseEngine::recordPayment(const QString &billNumber, const Money &amount, const QDate &paidOn, PaymentSource source,
                                const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot record the payment: %1"), [&](QSqlDatabase &db, QString *why) {
        std::optional<ChaseBill> bill = chase::loadByNumber(db, billNumber);
        if (!bill) {
            *why = tr("there is no bill %1").arg(billNumber);
            return false;
        }
        if (amount.currency() != bill->currency || amount.minor() <= 0) {
            *why = tr("the payment must be a positive amount in %1").arg(bill->currency);
            return false;
        }
        PaymentRow p;
        p.billId = bill->billId;
        p.amountMinor = amount.minor();
        p.paidOn = paidOn;
        p.source = source;
        const auto inserted = PaymentRepository(m_book).insert(p);
        if (!inserted) {
            *why = inserted.error();
            return false;
        }
        const QDateTime now = m_book.clock().now();
        const bool settled = bill->balanceMinor - amount.minor() <= 0;
        chase::cancelForBill(db, bill->billId, settled ? tr("paid") : tr("part-paid; the balance changed"), now);
        if (settled) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE bills SET status = 'paid', updated_at = ? WHERE id = ? AND status IN ('open', 'disputed')"));
            q.addBindValue(sql::dateTime(now));
            q.addBindValue(bill->billId);
            q.exec();
            q.prepare(QStringLiteral("UPDATE promises SET state = 'kept' WHERE bill_id = ? AND state = 'open'"));
            q.addBindValue(bill->billId);
            q.exec();
            bill->state = ChaseState::Finished;
            bill->hasChase = true;
            if (!chase::save(db, *bill, now, why))
                return false;
        }
        return AuditLog(m_book).append(QStringLiteral("payment"), actor, bill->billId, bill->clientId,
                                       {{QStringLiteral("amount"), amount.toDecimalString()},
                                        {QStringLiteral("currency"), amount.currency()},
                                        {QStringLiteral("paid_on"), paidOn.toString(Qt::ISODate)},
                                        {QStringLiteral("source"), paymentSourceKey(source)},
                                        {QStringLiteral("settled"), settled}},
                                       why);
    });
}

bool ChaseEngine::recordPromise(const QString &billNumber, const QDate &promisedOn, const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot record the promise: %1"), [&](QSqlDatabase &db, QString *why) {
        std::optional<ChaseBill> bill = chase::loadByNumber(db, billNumber);
        if (!bill || bill->balanceMinor <= 0) {
            *why = bill ? tr("bill %1 is already paid").arg(billNumber) : tr("there is no bill %1").arg(billNumber);
            return false;
        }
        if (!promisedOn.isValid() || promisedOn < m_book.clock().today()) {
            *why = tr("the promised day must be today or later");
            return false;
        }
        const QDateTime now = m_book.clock().now();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE promises SET state = 'replaced' WHERE bill_id = ? AND state = 'open'"));
        q.addBindValue(bill->billId);
        q.exec();
        q.prepare(QStringLiteral("INSERT INTO promises (bill_id, promised_on, created_at) VALUES (?, ?, ?)"));
        q.addBindValue(bill->billId);
        q.addBindValue(sql::date(promisedOn));
        q.addBindValue(sql::dateTime(now));
        if (!q.exec()) {
            *why = sqlErrorText(q.lastError());
            return false;
        }
        chase::cancelForBill(db, bill->billId, tr("the client promised to pay"), now);
        if (!bill->hasChase) {
            bill->anchorOn = bill->dueOn;
            bill->hasChase = true;
        }
        bill->state = ChaseState::PausedPromise;
        bill->pausedUntil = promisedOn;
        return chase::save(db, *bill, now, why)
            && AuditLog(m_book).append(QStringLiteral("promise"), actor, bill->billId, bill->clientId,
                                       {{QStringLiteral("promised_on"), promisedOn.toString(Qt::ISODate)}}, why);
    });
}

bool ChaseEngine::setDisputed(const QString &billNumber, bool disputed, const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot change the dispute: %1"), [&](QSqlDatabase &db, QString *why) {
        std::optional<ChaseBill> bill = chase::loadByNumber(db, billNumber);
        const std::optional<BillRow> row = bill ? BillRepository(m_book).byId(bill->billId) : std::nullopt;
        if (!bill || !row) {
            *why = tr("there is no bill %1").arg(billNumber);
            return false;
        }
        if (row->status != (disputed ? BillStatus::Open : BillStatus::Disputed)) {
            *why = disputed ? tr("only an open bill can be disputed") : tr("the bill is not disputed");
            return false;
        }
        const QDateTime now = m_book.clock().now();
        if (!BillRepository(m_book).setStatus(bill->billId, disputed ? BillStatus::Disputed : BillStatus::Open, why))
            return false;
        if (!bill->hasChase) {
            bill->anchorOn = bill->dueOn;
            bill->hasChase = true;
        }
        if (disputed) {
            chase::cancelForBill(db, bill->billId, tr("the bill is disputed"), now);
            bill->state = ChaseState::PausedDispute;
        } else {
            resumeOnLivePosition(*bill);
        }
        return chase::save(db, *bill, now, why)
            && AuditLog(m_book).append(disputed ? QStringLiteral("dispute") : QStringLiteral("dispute_resolved"), actor,
                                       bill->billId, bill->clientId, {}, why);
    });
}

void ChaseEngine::resumeOnLivePosition(ChaseBill &bill)
{
    // The steps that fell due while the chase was paused are passed over: no burst of missed reminders.
    DraftComposer composer(m_book, m_book.clock().today());
    const Policy *policy = composer.policyForClient(bill.clientId);
    bill.state = ChaseState::Active;
    bill.pausedUntil = QDate();
    int position = bill.nextPosition;
    const QDate today = m_book.clock().today();
    while (policy && position < policy->steps.size() && chase::stepDay(bill, *policy, position) <= today)
        ++position;
    if (policy)
        chase::moveTo(bill, *policy, position);
}

bool ChaseEngine::pauseForReview(const QString &billNumber, const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot pause the reminders: %1"), [&](QSqlDatabase &db, QString *why) {
        std::optional<ChaseBill> bill = chase::loadByNumber(db, billNumber);
        if (!bill) {
            *why = tr("there is no bill %1").arg(billNumber);
            return false;
        }
        if (bill->state == ChaseState::Finished || bill->state == ChaseState::Stopped)
            return true; // nothing is being chased
        const QDateTime now = m_book.clock().now();
        chase::cancelForBill(db, bill->billId, tr("the client says it is paid"), now);
        bill->state = ChaseState::PausedReview;
        return chase::save(db, *bill, now, why)
            && AuditLog(m_book).append(QStringLiteral("pause_review"), actor, bill->billId, bill->clientId, {}, why);
    });
}

bool ChaseEngine::resumeChase(const QString &billNumber, const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot resume the reminders: %1"), [&](QSqlDatabase &db, QString *why) {
        std::optional<ChaseBill> bill = chase::loadByNumber(db, billNumber);
        const std::optional<BillRow> row = bill ? BillRepository(m_book).byId(bill->billId) : std::nullopt;
        if (!bill || !row || row->status != BillStatus::Open || bill->balanceMinor <= 0) {
            *why = tr("bill %1 is not open with a balance").arg(billNumber);
            return false;
        }
        resumeOnLivePosition(*bill);
        return chase::save(db, *bill, m_book.clock().now(), why)
            && AuditLog(m_book).append(QStringLiteral("resume"), actor, bill->billId, bill->clientId, {}, why);
    });
}

bool ChaseEngine::stopChase(const QString &billNumber, const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot stop the reminders: %1"), [&](QSqlDatabase &db, QString *why) {
        std::optional<ChaseBill> bill = chase::loadByNumber(db, billNumber);
        if (!bill) {
            *why = tr("there is no bill %1").arg(billNumber);
            return false;
        }
        const QDateTime now = m_book.clock().now();
        chase::cancelForBill(db, bill->billId, tr("stopped by the owner"), now);
        if (!bill->hasChase) {
            bill->anchorOn = bill->dueOn;
            bill->hasChase = true;
        }
        bill->state = ChaseState::Stopped;
        return chase::save(db, *bill, now, why)
            && AuditLog(m_book).append(QStringLiteral("stop"), actor, bill->billId, bill->clientId, {}, why);
    });
}

bool ChaseEngine::optOut(qint64 clientId, Channel channel, const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot record the opt-out: %1"), [&](QSqlDatabase &db, QString *why) {
        const QVariant now = sql::dateTime(m_book.clock().now());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO consents (client_id, channel, opted_out_at, opted_out_by) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (client_id, channel) DO UPDATE SET opted_out_at = excluded.opted_out_at, "
                                 "opted_out_by = excluded.opted_out_by"));
        q.addBindValue(clientId);
        q.addBindValue(channelKey(channel));
        q.addBindValue(now);
        q.addBindValue(actor);
        if (!q.exec()) {
            *why = sqlErrorText(q.lastError());
            return false;
        }
        q.prepare(QStringLiteral("UPDATE drafts SET state = 'cancelled', decided_at = ?, note = ? "
                                 "WHERE client_id = ? AND channel = ? AND state = 'pending'"));
        q.addBindValue(now);
        q.addBindValue(tr("the client opted out of this channel"));
        q.addBindValue(clientId);
        q.addBindValue(channelKey(channel));
        q.exec();
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'cancelled', last_error = ?, updated_at = ? WHERE client_id = ? "
                                 "AND channel = ? AND (state = 'queued' OR (state = 'failed' AND retry_after IS NOT NULL))"));
        q.addBindValue(tr("the client opted out of this channel"));
        q.addBindValue(now);
        q.addBindValue(clientId);
        q.addBindValue(channelKey(channel));
        q.exec();
        return AuditLog(m_book).append(QStringLiteral("opt_out"), actor, 0, clientId,
                                       {{QStringLiteral("channel"), channelKey(channel)}}, why);
    });
}

bool ChaseEngine::optIn(qint64 clientId, Channel channel, const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot record the opt-in: %1"), [&](QSqlDatabase &db, QString *why) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO consents (client_id, channel, opted_in_at, opted_in_by) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (client_id, channel) DO UPDATE SET opted_in_at = excluded.opted_in_at, "
                                 "opted_in_by = excluded.opted_in_by, opted_out_at = NULL, opted_out_by = ''"));
        q.addBindValue(clientId);
        q.addBindValue(channelKey(channel));
        q.addBindValue(sql::dateTime(m_book.clock().now()));
        q.addBindValue(sql::text(actor));
        if (!q.exec()) {
            *why = sqlErrorText(q.lastError());
            return false;
        }
        return AuditLog(m_book).append(QStringLiteral("opt_in"), actor, 0, clientId,
                                       {{QStringLiteral("channel"), channelKey(channel)}}, why);
    });
}

bool ChaseEngine::setClientSegment(qint64 clientId, Segment segment, const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot change the client's segment: %1"), [&](QSqlDatabase &db, QString *why) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE clients SET segment = ? WHERE id = ?"));
        q.addBindValue(segmentKey(segment));
        q.addBindValue(clientId);
        if (!q.exec() || q.numRowsAffected() != 1) {
            *why = q.lastError().isValid() ? sqlErrorText(q.lastError()) : tr("there is no such client");
            return false;
        }
        q.prepare(QStringLiteral("SELECT policy_id FROM clients WHERE id = ?"));
        q.addBindValue(clientId);
        if (!q.exec() || !q.next()) {
            *why = sqlErrorText(q.lastError());
            return false;
        }
        const std::optional<qint64> override = q.value(0).isNull() ? std::nullopt : std::optional(q.value(0).toLongLong());
        q.finish();
        // Setting the override it already has re-schedules the chases to the policy that now applies.
        return PolicyRepository(m_book).setClientOverride(clientId, override, why)
            && AuditLog(m_book).append(QStringLiteral("segment"), actor, 0, clientId,
                                       {{QStringLiteral("segment"), segmentKey(segment)}}, why);
    });
}

bool ChaseEngine::setClientPolicy(qint64 clientId, std::optional<qint64> policyId, const QString &actor, QString *error)
{
    return inTransaction(m_book, error, tr("Cannot change the client's reminder policy: %1"), [&](QSqlDatabase &, QString *why) {
        if (policyId && !PolicyRepository(m_book).byId(*policyId)) {
            *why = tr("there is no such policy");
            return false;
        }
        return PolicyRepository(m_book).setClientOverride(clientId, policyId, why)
            && AuditLog(m_book).append(QStringLiteral("policy_override"), actor, 0, clientId,
                                       {{QStringLiteral("policy_id"), policyId ? QJsonValue(*policyId) : QJsonValue()}}, why);
    });
}

} // namespace duedesk
