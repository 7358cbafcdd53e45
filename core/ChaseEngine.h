#pragma once

#include "ChaseTypes.h"
#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

class QSqlDatabase;

namespace duedesk {

class Book;
struct ChaseBill;

// The chase engine: turns due policy steps into drafts, drafts into outbox rows on approval, and reacts to
// payments, promises, disputes, opt-outs and the owner's own decisions. Headless; every "now" and "today"
// comes from the book's clock. Every change is recorded in the audit log in the same transaction.
//
// Guarantees:
// - one draft per chase step, ever (drafts.step_key is unique), and one outbox row per draft/step;
// - nothing reaches the outbox without approval (the owner's, or a policy's auto-send);
// - a payment, promise, dispute, opt-out or stop cancels every draft and queued message of that bill (or
//   client and channel) at once, and markSending() re-checks the bill and the consent in the same
//   transaction that marks a row 'sending';
// - a row left 'sending' by a crash becomes 'uncertain' and is never resent automatically.
//
// Methods implemented in ChaseEngine.cpp (owner actions), ChasePlanner.cpp (plan) and Outbox.cpp (bridges).
class ChaseEngine
{
    Q_DECLARE_TR_FUNCTIONS(ChaseEngine)
public:
    explicit ChaseEngine(Book &book) : m_book(book) { }

    // --- planning (ChasePlanner.cpp)
    // Drafts every step that is due on or before `today`. When several steps of one bill are due (DueDesk was
    // not running on their days), only the latest is drafted, with a note saying so. Broken promises are found
    // here and resume their chase one tone firmer.
    Result<PlanResult> plan(const QDate &today);

    // --- drafts and owner decisions (ChaseEngine.cpp)
    QList<DraftRow> pendingDrafts() const;
    // The first `limit` pending drafts (in the same order), and how many are pending in all.
    QList<DraftRow> pendingDrafts(int limit) const;
    int pendingDraftCount() const;
    std::optional<DraftRow> draft(qint64 draftId) const;
    // Queues the draft's text (as edited) for sending. Approving a draft that is no longer pending fails and
    // queues nothing; approving twice, from two places at once, still queues one message.
    Result<qint64> approve(qint64 draftId, const QString &actor = QStringLiteral("owner"));
    Result<int> approveAll(const QString &actor = QStringLiteral("owner"));
    bool skip(qint64 draftId, const QString &actor, QString *error);
    bool edit(qint64 draftId, const QString &body, const QString &actor, QString *error);

    // A manual chase: one reminder drafted now (the next step of the bill's policy) and the rest of the policy
    // scheduled after it. Returns the draft id.
    Result<qint64> chaseNow(const QString &billNumber, const QString &actor = QStringLiteral("owner"));
    // Records a payment; a bill paid in full finishes its chase, a part payment keeps it going. Either way the
    // pending drafts of the bill (which quote the old balance) are cancelled.
    bool recordPayment(const QString &billNumber, const Money &amount, const QDate &paidOn, PaymentSource source,
                       const QString &actor, QString *error);
    // Pauses the chase until the promised day; one day after it, still unpaid, the promise counts as broken.
    bool recordPromise(const QString &billNumber, const QDate &promisedOn, const QString &actor, QString *error);
    // Suspends the chase (the bill becomes disputed); resolving resumes it on its live position, without
    // sending the steps that fell due meanwhile.
    bool setDisputed(const QString &billNumber, bool disputed, const QString &actor, QString *error);
    bool stopChase(const QString &billNumber, const QString &actor, QString *error);
    // The client says they paid: the chase waits for the owner, who confirms (recordPayment) or resumes it.
    bool pauseForReview(const QString &billNumber, const QString &actor, QString *error);
    // Resumes a paused or stopped chase on its live position, without sending the steps that fell due meanwhile.
    bool resumeChase(const QString &billNumber, const QString &actor, QString *error);
    // STOP: the client is opted out of the channel at once; nothing more goes there.
    bool optOut(qint64 clientId, Channel channel, const QString &actor, QString *error);
    // The owner turns a channel back on for the client (the client asked for it): opted in now by actor, any
    // opt-out cleared. Nothing already cancelled comes back; later steps may use the channel again.
    bool optIn(qint64 clientId, Channel channel, const QString &actor, QString *error);
    // Moves the client to another segment. When the client has no policy override of its own, its running chases
    // follow the new segment's default policy from now on (re-scheduled as PolicyRepository does).
    bool setClientSegment(qint64 clientId, Segment segment, const QString &actor, QString *error);
    // The client's own reminder policy, or none (std::nullopt: the segment's default); running chases are
    // re-scheduled to it. Fails for a policy that does not exist.
    bool setClientPolicy(qint64 clientId, std::optional<qint64> policyId, const QString &actor, QString *error);

    // --- outbox, for the bridges (Outbox.cpp)
    QList<OutboxRow> outbox() const;
    // Queued rows that may go out now: outside their policy's quiet hours and past any retry-after time.
    QList<OutboxRow> nextSendable(int limit = 100) const;
    // Marks the row 'sending' before the network call, after re-checking that the bill is still open and
    // chased and the channel still allowed, in one transaction. Fails (and cancels the row when the check
    // says so) otherwise; only a row returned from here may be sent.
    Result<OutboxRow> markSending(qint64 outboxId);
    bool markSent(qint64 outboxId, const QString &providerId, QString *error = nullptr);
    // A definite failure. retryAfter valid: the provider did not take it; the row is queued again then.
    bool markFailed(qint64 outboxId, const QString &reason, const QDateTime &retryAfter, QString *error = nullptr);
    // The provider may or may not have the message: it is never resent automatically.
    bool markUncertain(qint64 outboxId, const QString &reason, QString *error = nullptr);
    // After a crash: every row still 'sending' becomes 'uncertain'. Returns how many.
    int recoverAfterCrash();
    // reason (a provider's failure report) is kept as the row's last error and in the audit log.
    bool recordDeliveryStatus(const QString &providerId, OutboxState state, QString *error = nullptr,
                              const QString &reason = {});
    // Stores an inbound message once (by channel and provider id), matched to a client by its address, and
    // threaded onto the client's thread. Returns the message id, or the existing one for a duplicate.
    Result<qint64> recordInbound(Channel channel, const QString &address, const QString &providerId, const QString &body);
    // Work a bridge does in the same transaction (e.g. saving its poll offset); false and *error abort it.
    using InTransaction = std::function<bool(QSqlDatabase &db, QString *error)>;
    // The same, running alsoInTransaction inside the transaction that stores the message, for a duplicate too:
    // either both the message and the bridge's work are in the book, or neither is.
    Result<qint64> recordInbound(Channel channel, const QString &address, const QString &providerId, const QString &body,
                                 const InTransaction &alsoInTransaction);

private:
    void resumeOnLivePosition(ChaseBill &bill);
    Book &m_book;
};

} // namespace duedesk
