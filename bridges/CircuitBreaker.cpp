#include "CircuitBreaker.h"

#include <algorithm>

namespace duedesk {

CircuitBreaker::CircuitBreaker(Settings settings)
    : m_settings(settings)
{
    m_settings.failureThreshold = std::max(1, m_settings.failureThreshold);
}

CircuitBreaker::State CircuitBreaker::state(const QDateTime &now) const
{
    if (!m_openUntil.isValid())
        return State::Closed;
    return now < m_openUntil ? State::Open : State::HalfOpen;
}

bool CircuitBreaker::allows(const QDateTime &now) const
{
    const State s = state(now);
    return s == State::Closed || (s == State::HalfOpen && !m_trialInFlight);
}

bool CircuitBreaker::tryAcquire(const QDateTime &now)
{
    if (!allows(now))
        return false;
    if (state(now) == State::HalfOpen)
        m_trialInFlight = true;
    return true;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_openUntil = QDateTime();
    m_trialInFlight = false;
}

void CircuitBreaker::recordFailure(const QDateTime &now)
{
    ++m_failures;
    // A failed trial re-opens at once; a closed breaker opens on reaching the threshold.
    if (m_trialInFlight || m_openUntil.isValid() || m_failures >= m_settings.failureThreshold)
        m_openUntil = now.addMSecs(m_settings.coolDownMs);
    m_trialInFlight = false;
}

} // namespace duedesk
