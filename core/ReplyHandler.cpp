#include "ReplyHandler.h"

#include "AuditLog.h"
#include "Book.h"
#include "ChaseEngine.h"
#include "ChaseRows.h"
#include "Clock.h"
#include "DraftComposer.h"
#include "OwnerTasks.h"
#include "PhoneNumber.h"
#include "Repositories.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

namespace {

constexpr double minimumConfidence = 0.6;

struct MessageRow {
    qint64 clientId = 0;
    qint64 billId = 0;
    QString intent;
};

std::optional<MessageRow> messageRow(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(client_id, 0), coalesce(bill_id, 0), intent FROM messages WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return MessageRow{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
}

// The bill a reply is about: the one the client was last reminded of, else their oldest open bill with a balance.
qint64 billFor(QSqlDatabase db, const MessageRow &m)
{
    if (m.billId > 0)
        return m.billId;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM bills WHERE client_id = ? AND status IN ('open', 'disputed') "
                             "AND amount_minor > paid_minor ORDER BY due_on, id LIMIT 1"));
    q.addBindValue(m.clientId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// How the client writes numeric dates ("3/12"): by the country of the client's phone number, else of the number the
// reply came from (SMS, WhatsApp), else the region in the client's language tag ("en-US"), else the book's region.
DateOrder clientDateOrder(
    const Book &book, const std::optional<ClientRow> &client, Channel channel, const QString &address)
{
    QString region;
    if (client && !client->phoneE164.isEmpty())
        region = PhoneNumber::fromE164(client->phoneE164).region();
    if (region.isEmpty() && (channel == Channel::Sms || channel == Channel::WhatsApp)) {
        const QString e164 = address.startsWith(QLatin1Char('+')) ? address : QLatin1Char('+') + address;
        region = PhoneNumber::fromE164(e164).region();
    }
    if (region.isEmpty() && client) {
        const QStringList subtags = client->language.split(QLatin1Char('-'));
        if (subtags.size() >= 2 && subtags.last().size() == 2)
            region = subtags.last().toUpper();
    }
    return dateOrderForRegion(region.isEmpty() ? book.region() : region);
}

} // namespace

Result<HandledReply> ReplyHandler::handle(Channel channel, const QString &address, const QString &providerId,
                                          const QString &body)
{
    return process(channel, address, providerId, body, std::nullopt);
}

Result<HandledReply> ReplyHandler::handleUnderstood(Channel channel, const QString &address, const QString &providerId,
                                                    const QString &body, const ReplyUnderstanding &understanding)
{
    return process(channel, address, providerId, body, understanding);
}

Result<HandledReply> ReplyHandler::process(Channel channel, const QString &address, const QString &providerId,
                                           const QString &body, const std::optional<ReplyUnderstanding> &given)
{
    using R = Result<HandledReply>;
    QSqlDatabase db = m_book.database();
    ChaseEngine engine(m_book);
    HandledReply out;

    const auto stored = engine.recordInbound(channel, address, providerId, body);
    if (!stored)
        return R::failure(stored.error());
    out.messageId = *stored;
    std::optional<MessageRow> message = messageRow(db, out.messageId);
    if (!message)
        return R::failure(tr("the message vanished"));
    if (!message->intent.isEmpty()) {
        out.duplicate = true;
        return out;
    }

    const std::optional<ClientRow> client = message->clientId ? ClientRepository(m_book).byId(message->clientId) : std::nullopt;
    const QDate today = m_book.clock().today();
    out.understanding
        = given ? *given : ReplyClassifier::classify(body, today, clientDateOrder(m_book, client, channel, address));
    const ReplyUnderstanding &u = out.understanding;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE messages SET intent = ? WHERE id = ?"));
        q.addBindValue(replyIntentKey(u.intent));
        q.addBindValue(out.messageId);
        q.exec();
    }

    const qint64 billId = client ? billFor(db, *message) : 0;
    const std::optional<BillRow> bill = billId ? BillRepository(m_book).byId(billId) : std::nullopt;
    const QString who = client ? client->name : address;
    const QString quoted = body.size() > 300 ? body.left(300) + QStringLiteral("…") : body;
    QString error;

    // Hands the reply to the owner; drafts a reply for approval. Both in one transaction each.
    auto handOver = [&](const QString &kind, const QString &summary, const QString &suggestion) -> bool {
        WriteTransaction tx(db);
        OwnerTask task;
        task.kind = kind;
        task.clientId = client ? client->id : 0;
        task.billId = billId;
        task.messageId = out.messageId;
        task.summary = summary;
        task.suggestion = suggestion;
        const auto id = OwnerTaskRepository(m_book).add(task);
        if (!id) {
            error = id.error();
            return false;
        }
        out.taskId = *id;
        return AuditLog(m_book).append(QStringLiteral("handed_to_owner"), QStringLiteral("assistant"), billId,
                                       task.clientId, {{QStringLiteral("task_id"), *id}, {QStringLiteral("kind"), kind}}, &error)
            && tx.commit();
    };
    auto draftReply = [&](const QString &kind, const DraftComposer::Options &options) -> bool {
        if (!bill)
            return true;
        WriteTransaction tx(db);
        std::optional<ChaseBill> chaseBill = chase::loadById(db, bill->id);
        if (!chaseBill)
            return true;
        PolicyStep step;
        step.channelRule = ChannelRule::Fixed;
        step.channels = {channel};
        step.tone = Tone::Friendly;
        step.templateKind = kind;
        DraftComposer composer(m_book, today);
        const auto composed = composer.compose(*chaseBill, step, QStringLiteral("reply:%1").arg(out.messageId),
                                               tr("A reply to: “%1”").arg(quoted), QStringLiteral("assistant"), options);
        if (composed.outcome == DraftComposer::Outcome::Failed) {
            error = composed.error;
            return false;
        }
        out.draftId = composed.draftId;
        return tx.commit();
    };

    bool ok = true;
    if (!client) {
        ok = handOver(QStringLiteral("unknown_sender"), tr("A message from %1, who is not one of your clients: “%2”").arg(address, quoted),
                      tr("Add them as a client, or ignore it."));
    } else if (u.intent == ReplyIntent::Stop) {
        // An opt-out is honoured at once, whatever the confidence.
        ok = engine.optOut(client->id, channel, QStringLiteral("client STOP"), &error);
        // Carriers answer an SMS STOP themselves (and Twilio blocks further texts), so no confirmation there.
        if (ok && channel != Channel::Sms)
            ok = draftReply(QStringLiteral("stop_confirmation"), DraftComposer::Options::optOutConfirmation());
    } else if (u.confidence < minimumConfidence || u.intent == ReplyIntent::Other) {
        ok = handOver(QStringLiteral("unclear"), tr("%1 wrote: “%2”").arg(who, quoted), tr("Read it and reply yourself."));
    } else if (u.intent == ReplyIntent::Paid) {
        const QString amount = u.amount ? QLocale().toString(*u.amount, 'f', 2) : QString();
        if (bill)
            ok = engine.pauseForReview(bill->number, QStringLiteral("assistant"), &error);
        ok = ok && handOver(QStringLiteral("confirm_payment"),
                            amount.isEmpty() ? tr("%1 says they have paid %2.").arg(who, bill ? bill->number : QString())
                                             : tr("%1 says they have paid %2 for %3.").arg(who, amount, bill ? bill->number : QString()),
                            tr("Check your bank; then mark the bill paid, or resume the reminders."));
    } else if (u.intent == ReplyIntent::Promise) {
        if (bill && u.promiseDate.isValid() && u.promiseDate >= today) {
            ok = engine.recordPromise(bill->number, u.promiseDate, QStringLiteral("client"), &error)
              && draftReply(QStringLiteral("promise_confirmation"), DraftComposer::Options::replyTo(u.promiseDate));
        } else {
            ok = handOver(QStringLiteral("promise_without_date"), tr("%1 promises to pay, without a date: “%2”").arg(who, quoted),
                          tr("Ask them for a date, or leave the reminders running."));
        }
    } else if (u.intent == ReplyIntent::Dispute) {
        if (bill && bill->status == BillStatus::Open)
            ok = engine.setDisputed(bill->number, true, QStringLiteral("client"), &error);
        ok = ok && handOver(QStringLiteral("dispute"), tr("%1 disputes %2: “%3”").arg(who, bill ? bill->number : QString(), quoted),
                            tr("Reminders for this bill are paused until you resolve it."));
    } else if (u.intent == ReplyIntent::InvoiceCopy) {
        ok = draftReply(QStringLiteral("invoice_copy"), DraftComposer::Options::replyTo());
    } else if (u.intent == ReplyIntent::PaymentPlan) {
        QString plan;
        if (bill) {
            // Three monthly instalments; the last one takes the rounding.
            const Money balance = bill->balance();
            const Money part = balance.scaled(1, 3, Money::Rounding::HalfUp).value_or(balance);
            plan = tr("Suggested plan: three monthly payments of about %1 (%2 in all).")
                       .arg(part.toDisplayString(m_book.locale()), balance.toDisplayString(m_book.locale()));
        }
        ok = handOver(QStringLiteral("payment_plan"), tr("%1 asks to pay in instalments: “%2”").arg(who, quoted), plan);
    } else if (u.intent == ReplyIntent::WrongPerson) {
        ok = engine.optOut(client->id, channel, QStringLiteral("wrong person"), &error);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE clients SET flag = ? WHERE id = ?"));
        q.addBindValue(tr("A reply on %1 said it is the wrong person.").arg(channelDisplayName(channel)));
        q.addBindValue(client->id);
        ok = ok && q.exec();
        ok = ok && handOver(QStringLiteral("wrong_person"), tr("The %1 contact of %2 says it is the wrong person: “%3”").arg(channelDisplayName(channel), who, quoted),
                            tr("Check the client's contact details; nothing more goes to that %1 contact.").arg(channelDisplayName(channel)));
    }
    if (!ok)
        return R::failure(tr("Cannot act on the reply: %1").arg(error));
    return out;
}

} // namespace duedesk
