#pragma once

#include <QtGlobal>

#include <functional>

namespace duedesk {

struct BackoffSettings {
    qint64 baseMs = 1000;
    qint64 capMs = 5 * 60 * 1000;
};

// Exponential back-off with full jitter: after the n-th consecutive failure the delay is uniform in
// [0, min(cap, base * 2^(n-1))]. Pure arithmetic; the caller adds the delay to its own clock.
class Backoff
{
public:
    // Returns a number uniform in [0, 1). Tests pass a fixed one; the default is QRandomGenerator::global().
    using RandomSource = std::function<double()>;

    using Settings = BackoffSettings;

    explicit Backoff(Settings settings = Settings(), RandomSource random = {});

    // Records one more failure and returns how long to wait before the next try, in milliseconds.
    qint64 nextDelayMs();
    // The ceiling the next nextDelayMs() draws under (no jitter); for status texts and tests.
    qint64 ceilingMs() const;
    // A success: the next failure starts again from base.
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }

private:
    Settings m_settings;
    RandomSource m_random;
    int m_failures = 0;
};

} // namespace duedesk
