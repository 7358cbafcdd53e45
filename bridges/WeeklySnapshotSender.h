#pragma once

#include "RedactingLog.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <list>

namespace duedesk {

class Book;
class OwnerChannel;

// Sends the weekly cash snapshot to the owner's chat: the first paired channel of the list (Telegram or WhatsApp,
// in the order given). check() runs the schedule (WeeklySnapshotSchedule: claim before sending, confirm on success,
// release on failure so the next check tries again); sendNow() is the desktop's "Send to my chat now" and leaves
// the schedule alone. Every message the chat accepted is recorded in the audit log ("owner_snapshot").
//
// A failure reported by the channel (ownerMessageSent with ok = false) releases the week, unless the channel says
// the message may have arrived (uncertain): then the week stays claimed, as after a crash. After a definite
// failure the week is sent again at the next check. The claim is not released when the process dies before the
// answer either, so a crash at the wrong moment loses that week's message rather than sending it twice.
//
// Lives on the channels' thread and uses the book's connection of that thread.
class WeeklySnapshotSender : public QObject
{
    Q_OBJECT
public:
    WeeklySnapshotSender(Book &book, const QList<OwnerChannel *> &channels, QObject *parent = nullptr);
    ~WeeklySnapshotSender() override;

    // Sends the due week's snapshot when one is due and a channel is paired. Returns true when a message was
    // handed to a channel (finished() follows, or already came when the channel answered at once); false when
    // nothing was due, no channel is paired (nothing is then claimed), another caller claimed the week, or the
    // channel refused at once.
    bool check();
    // Sends the snapshot the schedule would send this week, now, to the first paired channel. Returns false and
    // sets *error (translated) when no channel is paired or the channel refused at once; otherwise finished() follows.
    bool sendNow(QString *error = nullptr);

    // After a definite failure, the next scheduled try waits this long (book clock).
    static constexpr int retryPauseSeconds = 15 * 60;

    // Sends started and not finished yet.
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    // week: the Monday of the week the message reports. scheduled: from check() (else from sendNow()).
    void finished(const QDate &week, bool scheduled, bool ok, const QString &error);

private:
    struct Pending {
        QPointer<OwnerChannel> channel;
        qint64 requestId = 0;    // 0 while sendToOwner() has not returned
        QDate slotWeek;          // the week claimed; invalid for sendNow()
        QString previousClaim;
        QDate reportedWeek;
        bool done = false;
    };

    OwnerChannel *pairedChannel() const;
    bool start(const Pending &pending, QString *error);
    void onSent(OwnerChannel *channel, qint64 requestId, bool ok, const QString &error, bool uncertain);
    void finish(Pending &pending, bool ok, const QString &error, bool uncertain = false);
    // Drops the claim of a scheduled send that did not go out, so the next check tries the week again.
    void release(const Pending &pending);

    Book &m_book;
    QList<QPointer<OwnerChannel>> m_channels;
    std::list<Pending> m_pending; // stable addresses: a channel may answer from within sendToOwner()
    RedactingLog m_log;
    QDateTime m_retryAfter; // no scheduled try before then (after a definite failure)
};

} // namespace duedesk
