#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace duedesk {

class Book;

// When the weekly cash snapshot goes to the owner's chat, and which weeks it already went out for.
//
// The slot (day 1 = Monday .. 7 = Sunday, hour 0..23, on/off) lives in the book's settings table
// (snapshot_day, snapshot_hour, snapshot_enabled); a missing or bad value reads as the default, Monday 08:00, on.
// Times are the book clock's, in local time.
//
// Once per week: a week's snapshot is due when the slot of the current week has passed and that week has not been
// claimed yet. Only the current week is ever due, so DueDesk started on Wednesday after missing Monday's slot
// sends once, and after three weeks off it sends one message (this week's), not three; a slot missed in an
// earlier week is not caught up once the next week has begun.
//
// At most once: a sender claims the week (claim(): one conditional write in bridge_state under the key
// "owner:snapshot:last_week", which succeeds for one caller only, even across processes on the same book) BEFORE
// sending, confirms it when the chat accepted the message, and releases it only on a definite failure, so the
// week is tried again at the next check. A crash between the claim and the answer leaves the week claimed: that
// week's message may be lost, but it is never sent twice.
class WeeklySnapshotSchedule
{
    Q_DECLARE_TR_FUNCTIONS(WeeklySnapshotSchedule)
public:
    static constexpr int defaultDay = 1;   // Monday
    static constexpr int defaultHour = 8;

    explicit WeeklySnapshotSchedule(Book &book) : m_book(book) { }

    int day() const;      // 1 = Monday .. 7 = Sunday
    int hour() const;     // 0..23
    bool isEnabled() const;
    // Stores the slot; false and *error (translated) for a day outside 1..7, an hour outside 0..23, or a failed write.
    bool setSlot(int day, int hour, QString *error = nullptr);
    bool setEnabled(bool enabled, QString *error = nullptr);

    // The Monday of the week date falls in.
    static QDate weekOf(const QDate &date);
    // The slot of the week that date falls in, in local time.
    QDateTime slotOf(const QDate &date) const;
    // The Monday of the week whose snapshot is due at now, if any (see the class comment).
    std::optional<QDate> dueWeek(const QDateTime &now) const;
    // The first slot after now that will send (this week's when it is still ahead and unclaimed, else next week's);
    // invalid when the snapshot is off.
    QDateTime nextSlot(const QDateTime &now) const;
    // "Next summary: Monday, 30 November 2026 at 08:00" (translated, in the book's locale), or that it is off.
    QString nextSlotText(const QDateTime &now) const;

    // The week a slot week's message reports: a slot on Monday to Thursday reports the week that just ended
    // (Monday 08:00 tells the owner about last week); a slot on Friday to Sunday reports its own week so far.
    QDate reportedWeek(const QDate &slotWeek) const;

    // The last week claimed (sent or being sent), or an invalid date.
    QDate lastClaimedWeek() const;
    // Claims week for sending. True for exactly one caller while the week is unclaimed; false when it is already
    // claimed (or a later week is), or on a database error (then *error is set). *previous receives what the
    // claim replaced, for release().
    bool claim(const QDate &week, QString *previous, QString *error = nullptr);
    // Undoes claim(week) after a definite failure, putting previous back; does nothing when another week has been
    // claimed since.
    bool release(const QDate &week, const QString &previous, QString *error = nullptr);
    // Records that week's message was accepted by the chat (under "owner:snapshot:last_sent"); call it inside the
    // transaction that writes the audit entry. A claimed week that never gets here was lost.
    bool confirm(const QDate &week, QString *error = nullptr);
    // The last week confirmed sent, or an invalid date.
    QDate lastSentWeek() const;

    static QString claimKey() { return QStringLiteral("owner:snapshot:last_week"); }
    static QString sentKey() { return QStringLiteral("owner:snapshot:last_sent"); }

private:
    int intSetting(const QString &key, int fallback, int low, int high) const;

    Book &m_book;
};

} // namespace duedesk
