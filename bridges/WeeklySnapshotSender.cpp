#include "WeeklySnapshotSender.h"

#include "OwnerChannel.h"

#include <AuditLog.h>
#include <Book.h>
#include <CashSnapshot.h>
#include <Clock.h>
#include <SnapshotMessage.h>
#include <WeeklySnapshotSchedule.h>
#include <WriteTransaction.h>

namespace duedesk {

WeeklySnapshotSender::WeeklySnapshotSender(Book &book, const QList<OwnerChannel *> &channels, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_log(QStringLiteral("snapshot"), &book.clock())
{
    for (OwnerChannel *channel : channels) {
        m_channels.append(channel);
        connect(channel, &OwnerChannel::ownerMessageSent, this,
            [this, channel](qint64 requestId, bool ok, const QString &error, bool uncertain) {
                onSent(channel, requestId, ok, error, uncertain);
            });
    }
}

WeeklySnapshotSender::~WeeklySnapshotSender() = default;

OwnerChannel *WeeklySnapshotSender::pairedChannel() const
{
    for (const QPointer<OwnerChannel> &channel : m_channels) {
        // Paired once but its token removed since: it cannot take the summary, the next one may.
        if (channel && channel->isConfigured() && channel->isPaired())
            return channel;
    }
    return nullptr;
}

bool WeeklySnapshotSender::check()
{
    WeeklySnapshotSchedule schedule(m_book);
    const std::optional<QDate> week = schedule.dueWeek(m_book.clock().now());
    // After a definite failure the chat gets a rest (the 24-hour window closed, Telegram throttling) instead of a
    // try every round.
    if (!week || (m_retryAfter.isValid() && m_book.clock().now() < m_retryAfter))
        return false;
    OwnerChannel *channel = pairedChannel();
    if (!channel)
        return false; // not claimed: the week stays due until a chat is paired
    Pending pending;
    QString error;
    if (!schedule.claim(*week, &pending.previousClaim, &error)) {
        if (!error.isEmpty())
            m_log.warning(QStringLiteral("snapshot.claim_failed"), QJsonObject{ { QStringLiteral("error"), error } });
        return false;
    }
    pending.channel = channel;
    pending.slotWeek = *week;
    pending.reportedWeek = schedule.reportedWeek(*week);
    return start(pending, &error);
}

bool WeeklySnapshotSender::sendNow(QString *error)
{
    Pending pending;
    pending.channel = pairedChannel();
    if (!pending.channel) {
        if (error)
            *error = tr("No chat is paired yet: pair Telegram or WhatsApp in Settings, then try again.");
        return false;
    }
    const WeeklySnapshotSchedule schedule(m_book);
    pending.reportedWeek = schedule.reportedWeek(WeeklySnapshotSchedule::weekOf(m_book.clock().today()));
    return start(pending, error);
}

bool WeeklySnapshotSender::start(const Pending &pending, QString *error)
{
    const CashSnapshot snapshot = CashSnapshotBuilder::build(m_book, pending.reportedWeek);
    const QString text = SnapshotMessage::text(snapshot, m_book.locale(), m_book.clock().today());
    m_pending.push_back(pending);
    auto item = std::prev(m_pending.end());
    const qint64 requestId = item->channel->sendToOwner(text);
    if (item->done) { // answered from within sendToOwner()
        m_pending.erase(item);
        return true;
    }
    if (requestId <= 0) {
        // Nothing left: the channel lost its pairing or configuration between isPaired() and now, or waits.
        release(*item);
        if (item->slotWeek.isValid())
            m_retryAfter = m_book.clock().now().addSecs(retryPauseSeconds);
        m_pending.erase(item);
        const QString why = tr("The owner's chat cannot take messages right now.");
        m_log.warning(QStringLiteral("snapshot.refused"), QJsonObject{ { QStringLiteral("error"), why } });
        if (error)
            *error = why;
        return false;
    }
    item->requestId = requestId;
    return true;
}

void WeeklySnapshotSender::onSent(OwnerChannel *channel, qint64 requestId, bool ok, const QString &error, bool uncertain)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->done || it->channel != channel || (it->requestId != requestId && it->requestId != 0))
            continue;
        const bool insideSend = it->requestId == 0;
        finish(*it, ok, error, uncertain);
        if (!insideSend) // start() drops the ones answered from within sendToOwner()
            m_pending.erase(it);
        return;
    }
}

void WeeklySnapshotSender::finish(Pending &pending, bool ok, const QString &error, bool uncertain)
{
    pending.done = true;
    const bool scheduled = pending.slotWeek.isValid();
    const QString channel = pending.channel ? channelKey(pending.channel->channel()) : QString();
    const QJsonObject detail{ { QStringLiteral("week_of"), pending.reportedWeek.toString(Qt::ISODate) },
        { QStringLiteral("channel"), channel }, { QStringLiteral("scheduled"), scheduled } };
    if (!ok) {
        // The owner may have it already: the week stays claimed rather than risk the summary twice.
        if (!uncertain) {
            release(pending);
            if (scheduled)
                m_retryAfter = m_book.clock().now().addSecs(retryPauseSeconds);
        }
        QJsonObject fields = detail;
        fields.insert(QStringLiteral("uncertain"), uncertain);
        fields.insert(QStringLiteral("error"), error);
        m_log.warning(QStringLiteral("snapshot.failed"), fields);
    } else {
        // The claim already stops a second send; the record of success is for the owner and the UI.
        WriteTransaction transaction(m_book.database());
        QString why = transaction.error();
        const bool recorded = transaction.isActive()
            && (!scheduled || WeeklySnapshotSchedule(m_book).confirm(pending.slotWeek, &why))
            && AuditLog(m_book).append(QStringLiteral("owner_snapshot"),
                scheduled ? QStringLiteral("schedule") : QStringLiteral("owner"), 0, 0, detail, &why)
            && transaction.commit();
        if (!recorded)
            m_log.warning(QStringLiteral("snapshot.record_failed"),
                QJsonObject{ { QStringLiteral("error"), why.isEmpty() ? transaction.error() : why } });
        m_log.info(QStringLiteral("snapshot.sent"), detail);
    }
    Q_EMIT finished(pending.reportedWeek, scheduled, ok, error);
}

void WeeklySnapshotSender::release(const Pending &pending)
{
    if (!pending.slotWeek.isValid())
        return;
    QString error;
    if (!WeeklySnapshotSchedule(m_book).release(pending.slotWeek, pending.previousClaim, &error))
        m_log.warning(QStringLiteral("snapshot.release_failed"), QJsonObject{ { QStringLiteral("error"), error } });
}

} // namespace duedesk
