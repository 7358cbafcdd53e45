#pragma once

#include <Domain.h>

#include <QDateTime>
#include <QHash>
#include <QString>

namespace duedesk {

// A token bucket: `perSecond` tokens flow in, at most `burst` are kept, a send takes one. A Retry-After from
// the provider blocks the bucket until then, whatever tokens it holds.
class TokenBucket
{
public:
    TokenBucket(double perSecond, double burst, const QDateTime &now);

    // The earliest time, not before now, at which take() succeeds.
    QDateTime nextAvailable(const QDateTime &now) const;
    bool canTake(const QDateTime &now) const { return nextAvailable(now) <= now; }
    // Takes one token; the caller checked canTake().
    void take(const QDateTime &now);
    // Nothing before `until` (a later call can only push it further).
    void blockUntil(const QDateTime &until);
    // Full and not blocked at now: forgetting it changes nothing.
    bool isIdle(const QDateTime &now) const;

private:
    double tokensAt(const QDateTime &now) const;

    double m_perSecond;
    double m_burst;
    double m_tokens;
    QDateTime m_updated;
    QDateTime m_blockedUntil;
};

// The send limits of one bridge: one bucket for the whole bot/account and one per recipient.
// Answers "when may I send to X next" from the caller's clock; never sleeps.
class RateLimiter
{
public:
    struct Limits {
        double perSecond = 30;
        double burst = 30;
        double perRecipientPerSecond = 1;
        double recipientBurst = 1;
    };
    // The documented defaults: Telegram 30 msg/s per bot and 1 msg/s per chat; WhatsApp Cloud API 80 msg/s
    // and one message per 6 s to the same user (pair rate limit); Twilio 1 msg/s per long code; SMTP a polite 5/s.
    static Limits limitsFor(Channel channel);

    explicit RateLimiter(Limits limits);

    // The earliest time, not before now, at which a message to `recipient` may go.
    QDateTime nextAllowed(const QString &recipient, const QDateTime &now) const;
    // Takes a token from both buckets when both have one; false (and nothing taken) otherwise.
    bool tryAcquire(const QString &recipient, const QDateTime &now);
    // The provider's Retry-After for the whole bridge (e.g. a 429 without a chat), or for one recipient.
    void deferUntil(const QDateTime &until);
    void deferRecipientUntil(const QString &recipient, const QDateTime &until);

    // Recipient buckets kept; idle ones are dropped as new recipients come.
    qsizetype trackedRecipients() const { return m_recipients.size(); }

private:
    TokenBucket &recipientBucket(const QString &recipient, const QDateTime &now);

    Limits m_limits;
    TokenBucket m_bridge;
    QHash<QString, TokenBucket> m_recipients;
};

} // namespace duedesk
