#include "Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace duedesk {

Backoff::Backoff(Settings settings, RandomSource random)
    : m_settings(settings)
    , m_random(random ? std::move(random) : RandomSource([] { return QRandomGenerator::global()->generateDouble(); }))
{
    m_settings.baseMs = std::max<qint64>(1, m_settings.baseMs);
    m_settings.capMs = std::max(m_settings.baseMs, m_settings.capMs);
}

qint64 Backoff::ceilingMs() const
{
    // base * 2^failures, without overflowing for a channel that has been down for days.
    qint64 ceiling = m_settings.baseMs;
    for (int i = 0; i < m_failures && ceiling < m_settings.capMs; ++i)
        ceiling *= 2;
    return std::min(ceiling, m_settings.capMs);
}

qint64 Backoff::nextDelayMs()
{
    const qint64 ceiling = ceilingMs();
    ++m_failures;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return std::min(ceiling, static_cast<qint64>(std::floor(r * static_cast<double>(ceiling + 1))));
}

} // namespace duedesk
