#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace duedesk {

// The one source of "now" in core. Nothing in core reads the system time directly: schedules,
// "today" and timestamps all come through a Clock so tests and `duedesk-cli --now` can set it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // The local calendar date at now().
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// A clock that stands still until told to move; for tests and for the CLI's --now.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime at) : m_now(std::move(at)) { }
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime &at) { m_now = at; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace duedesk
