#pragma once

#include <QDateTime>

namespace duedesk {

struct CircuitBreakerSettings {
    int failureThreshold = 5;
    qint64 coolDownMs = 60 * 1000;
};

// One channel's circuit breaker. Closed: everything goes. After `failureThreshold` consecutive failures it
// opens: nothing goes until the cool-down has passed. Then it is half-open: one trial goes; its success closes
// the breaker, its failure opens it for another cool-down. Time comes from the caller.
class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    using Settings = CircuitBreakerSettings;

    explicit CircuitBreaker(Settings settings = Settings());

    State state(const QDateTime &now) const;
    // Whether tryAcquire(now) would succeed, without taking the half-open trial.
    bool allows(const QDateTime &now) const;
    // True when a request may go now. In half-open only one trial is let through until it is recorded.
    bool tryAcquire(const QDateTime &now);
    void recordSuccess();
    void recordFailure(const QDateTime &now);

    // While open: when the trial will be allowed.
    QDateTime openUntil() const { return m_openUntil; }
    int consecutiveFailures() const { return m_failures; }

private:
    Settings m_settings;
    int m_failures = 0;
    QDateTime m_openUntil;   // valid while open or half-open
    bool m_trialInFlight = false;
};

} // namespace duedesk
