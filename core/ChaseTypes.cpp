#include "ChaseTypes.h"

namespace duedesk {

QString chaseStateKey(ChaseState state)
{
    switch (state) {
    case ChaseState::Active:
        return QStringLiteral("active");
    case ChaseState::PausedPromise:
        return QStringLiteral("paused_promise");
    case ChaseState::PausedDispute:
        return QStringLiteral("paused_dispute");
    case ChaseState::PausedReview:
        return QStringLiteral("paused_review");
    case ChaseState::Stopped:
        return QStringLiteral("stopped");
    case ChaseState::Finished:
        return QStringLiteral("finished");
    }
    return {};
}

std::optional<ChaseState> chaseStateFromKey(const QString &key)
{
    for (ChaseState s : {ChaseState::Active, ChaseState::PausedPromise, ChaseState::PausedDispute, ChaseState::PausedReview,
                         ChaseState::Stopped, ChaseState::Finished})
        if (chaseStateKey(s) == key)
            return s;
    return std::nullopt;
}

QString draftStateKey(DraftState state)
{
    switch (state) {
    case DraftState::Pending:
        return QStringLiteral("pending");
    case DraftState::Approved:
        return QStringLiteral("approved");
    case DraftState::Skipped:
        return QStringLiteral("skipped");
    case DraftState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString outboxStateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Delivered:
        return QStringLiteral("delivered");
    case OutboxState::Read:
        return QStringLiteral("read");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Uncertain:
        return QStringLiteral("uncertain");
    case OutboxState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OutboxState> outboxStateFromKey(const QString &key)
{
    for (int i = 0; i <= int(OutboxState::Cancelled); ++i)
        if (outboxStateKey(OutboxState(i)) == key)
            return OutboxState(i);
    return std::nullopt;
}

int PolicyStep::dueOffset() const
{
    if (onBucket == QLatin1String("1-30"))
        return 1;
    if (onBucket == QLatin1String("31-60"))
        return 31;
    if (onBucket == QLatin1String("61-90"))
        return 61;
    if (onBucket == QLatin1String("90+"))
        return 91;
    return offsetDays;
}

bool Policy::allowsSendingAt(const QDateTime &local) const
{
    if (quietDays.contains(local.date().dayOfWeek()))
        return false;
    const QTime t = local.time();
    // Quiet hours may wrap midnight (20:00-08:00) or not (12:00-14:00).
    const bool quiet = quietStart <= quietEnd ? (t >= quietStart && t < quietEnd) : (t >= quietStart || t < quietEnd);
    return !quiet;
}

QDateTime Policy::nextSendingTime(const QDateTime &local) const
{
    if (allowsSendingAt(local))
        return local;
    // The next quiet-end at or after `local` on an allowed day; eight days always contain one.
    for (int day = 0; day <= 8; ++day) {
        QDateTime candidate(local.date().addDays(day), quietEnd, local.timeZone());
        if (candidate >= local && allowsSendingAt(candidate))
            return candidate;
    }
    return local;
}

} // namespace duedesk
