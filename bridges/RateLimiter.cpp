#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace duedesk {

namespace {

// Recipient buckets are pruned of idle ones once this many are tracked.
constexpr qsizetype pruneAbove = 256;

} // namespace

TokenBucket::TokenBucket(double perSecond, double burst, const QDateTime &now)
    : m_perSecond(std::max(perSecond, 1e-6))
    , m_burst(std::max(burst, 1.0))
    , m_tokens(m_burst)
    , m_updated(now)
{
}

double TokenBucket::tokensAt(const QDateTime &now) const
{
    const qint64 elapsedMs = std::max<qint64>(0, m_updated.msecsTo(now));
    return std::min(m_burst, m_tokens + static_cast<double>(elapsedMs) * m_perSecond / 1000.0);
}

QDateTime TokenBucket::nextAvailable(const QDateTime &now) const
{
    QDateTime at = now;
    const double tokens = tokensAt(now);
    if (tokens < 1.0)
        at = now.addMSecs(static_cast<qint64>(std::ceil((1.0 - tokens) * 1000.0 / m_perSecond)));
    if (m_blockedUntil.isValid() && m_blockedUntil > at)
        at = m_blockedUntil;
    return at;
}

void TokenBucket::take(const QDateTime &now)
{
    m_tokens = std::max(0.0, tokensAt(now) - 1.0);
    if (now > m_updated)
        m_updated = now;
}

void TokenBucket::blockUntil(const QDateTime &until)
{
    if (until.isValid() && (!m_blockedUntil.isValid() || until > m_blockedUntil))
        m_blockedUntil = until;
}

bool TokenBucket::isIdle(const QDateTime &now) const
{
    return tokensAt(now) >= m_burst && (!m_blockedUntil.isValid() || m_blockedUntil <= now);
}

RateLimiter::Limits RateLimiter::limitsFor(Channel channel)
{
    // {per second (and burst) for the bridge, per second for one recipient}
    const auto limits = [](double perSecond, double perRecipientPerSecond) {
        Limits l;
        l.perSecond = perSecond;
        l.burst = perSecond;
        l.perRecipientPerSecond = perRecipientPerSecond;
        l.recipientBurst = 1;
        return l;
    };
    switch (channel) {
    case Channel::Telegram:
        return limits(30, 1);
    case Channel::WhatsApp:
        return limits(80, 1.0 / 6.0);
    case Channel::Sms:
        return limits(1, 1);
    case Channel::Email:
        return limits(5, 1);
    }
    return Limits();
}

RateLimiter::RateLimiter(Limits limits)
    : m_limits(limits)
    , m_bridge(limits.perSecond, limits.burst, QDateTime::fromMSecsSinceEpoch(0, Qt::UTC))
{
}

QDateTime RateLimiter::nextAllowed(const QString &recipient, const QDateTime &now) const
{
    QDateTime at = m_bridge.nextAvailable(now);
    const auto it = m_recipients.constFind(recipient);
    if (it != m_recipients.constEnd())
        at = std::max(at, it->nextAvailable(now));
    return at;
}

TokenBucket &RateLimiter::recipientBucket(const QString &recipient, const QDateTime &now)
{
    auto it = m_recipients.find(recipient);
    if (it != m_recipients.end())
        return *it;
    if (m_recipients.size() >= pruneAbove) {
        for (auto idle = m_recipients.begin(); idle != m_recipients.end();)
            idle = idle->isIdle(now) ? m_recipients.erase(idle) : std::next(idle);
    }
    return *m_recipients.insert(recipient,
                                TokenBucket(m_limits.perRecipientPerSecond, m_limits.recipientBurst, now));
}

bool RateLimiter::tryAcquire(const QString &recipient, const QDateTime &now)
{
    if (nextAllowed(recipient, now) > now)
        return false;
    m_bridge.take(now);
    recipientBucket(recipient, now).take(now);
    return true;
}

void RateLimiter::deferUntil(const QDateTime &until)
{
    m_bridge.blockUntil(until);
}

void RateLimiter::deferRecipientUntil(const QString &recipient, const QDateTime &until)
{
    recipientBucket(recipient, until).blockUntil(until);
}

} // namespace duedesk
