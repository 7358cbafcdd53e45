#include "WeeklySnapshotSchedule.h"

#include "Book.h"
#include "Clock.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

namespace {

const QString dayKey = QStringLiteral("snapshot_day");
const QString hourKey = QStringLiteral("snapshot_hour");
const QString enabledKey = QStringLiteral("snapshot_enabled");

QString stateValue(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM bridge_state WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool execOrFail(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = WeeklySnapshotSchedule::tr("Cannot record the weekly snapshot's state: %1")
                     .arg(sqlErrorText(q.lastError()));
    return false;
}

} // namespace

int WeeklySnapshotSchedule::intSetting(const QString &key, int fallback, int low, int high) const
{
    bool ok = false;
    const int value = m_book.setting(key).trimmed().toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

int WeeklySnapshotSchedule::day() const
{
    return intSetting(dayKey, defaultDay, 1, 7);
}

int WeeklySnapshotSchedule::hour() const
{
    return intSetting(hourKey, defaultHour, 0, 23);
}

bool WeeklySnapshotSchedule::isEnabled() const
{
    return m_book.setting(enabledKey).trimmed() != QLatin1String("0");
}

bool WeeklySnapshotSchedule::setSlot(int day, int hour, QString *error)
{
    if (day < 1 || day > 7 || hour < 0 || hour > 23) {
        if (error)
            *error = tr("The weekly snapshot needs a day from 1 (Monday) to 7 (Sunday) and an hour from 0 to 23.");
        return false;
    }
    return m_book.setSetting(dayKey, QString::number(day), error)
        && m_book.setSetting(hourKey, QString::number(hour), error);
}

bool WeeklySnapshotSchedule::setEnabled(bool enabled, QString *error)
{
    return m_book.setSetting(enabledKey, enabled ? QStringLiteral("1") : QStringLiteral("0"), error);
}

QDate WeeklySnapshotSchedule::weekOf(const QDate &date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QDateTime WeeklySnapshotSchedule::slotOf(const QDate &date) const
{
    return QDateTime(weekOf(date).addDays(day() - 1), QTime(hour(), 0));
}

std::optional<QDate> WeeklySnapshotSchedule::dueWeek(const QDateTime &now) const
{
    if (!isEnabled())
        return std::nullopt;
    const QDateTime local = now.toLocalTime();
    const QDate week = weekOf(local.date());
    if (local < slotOf(week))
        return std::nullopt;
    const QDate last = lastClaimedWeek();
    if (last.isValid() && last >= week)
        return std::nullopt;
    return week;
}

QDateTime WeeklySnapshotSchedule::nextSlot(const QDateTime &now) const
{
    if (!isEnabled())
        return {};
    const QDateTime local = now.toLocalTime();
    const QDate week = weekOf(local.date());
    const QDate last = lastClaimedWeek();
    if (!last.isValid() || last < week)
        return slotOf(week); // ahead of now, or due now
    return slotOf(week.addDays(7));
}

QString WeeklySnapshotSchedule::nextSlotText(const QDateTime &now) const
{
    const QDateTime next = nextSlot(now);
    if (!next.isValid())
        return tr("The weekly summary is off.");
    const QLocale locale = m_book.locale();
    return tr("Next summary: %1 at %2")
        .arg(locale.toString(next.date(), QLocale::LongFormat), locale.toString(next.time(), QLocale::ShortFormat));
}

QDate WeeklySnapshotSchedule::reportedWeek(const QDate &slotWeek) const
{
    const QDate week = weekOf(slotWeek);
    return day() <= 4 ? week.addDays(-7) : week;
}

QDate WeeklySnapshotSchedule::lastClaimedWeek() const
{
    return QDate::fromString(stateValue(m_book.database(), claimKey()), Qt::ISODate);
}

QDate WeeklySnapshotSchedule::lastSentWeek() const
{
    return QDate::fromString(stateValue(m_book.database(), sentKey()), Qt::ISODate);
}

bool WeeklySnapshotSchedule::claim(const QDate &week, QString *previous, QString *error)
{
    if (!week.isValid())
        return false;
    WriteTransaction transaction(m_book.database());
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    const QString before = stateValue(m_book.database(), claimKey());
    // ISO dates order as text: the write happens only when week is later than the week claimed so far, so of two
    // callers (threads or processes, serialised by the write lock) only the first changes the row.
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("INSERT INTO bridge_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                             "SET value = excluded.value WHERE bridge_state.value < excluded.value"));
    q.addBindValue(claimKey());
    q.addBindValue(sql::date(week));
    if (!execOrFail(q, error))
        return false;
    const bool won = q.numRowsAffected() == 1;
    q.finish();
    if (!won)
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    if (previous)
        *previous = before;
    return true;
}

bool WeeklySnapshotSchedule::release(const QDate &week, const QString &previous, QString *error)
{
    QSqlQuery q(m_book.database());
    if (previous.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM bridge_state WHERE key = ? AND value = ?"));
    } else {
        q.prepare(QStringLiteral("UPDATE bridge_state SET value = ? WHERE key = ? AND value = ?"));
        q.addBindValue(previous);
    }
    q.addBindValue(claimKey());
    q.addBindValue(sql::date(week));
    return execOrFail(q, error);
}

bool WeeklySnapshotSchedule::confirm(const QDate &week, QString *error)
{
    QSqlQuery q(m_book.database());
    q.prepare(QStringLiteral("INSERT INTO bridge_state (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(sentKey());
    q.addBindValue(sql::date(week));
    return execOrFail(q, error);
}

} // namespace duedesk
