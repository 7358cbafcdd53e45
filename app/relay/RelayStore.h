#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <Result.h>

namespace duedesk {

class Clock;

// One webhook as the relay received it: the raw body and its X-Hub-Signature-256 header, byte for byte.
struct RelayEvent {
    qint64 id = 0;
    QByteArray body;
    QByteArray signature;
};

// The relay's own SQLite file (not a DueDesk book): every verified webhook, and when the desktop acknowledged it.
// Each append is committed (WAL, synchronous=FULL) before it returns, so an event the relay answered 200 for
// survives a kill -9 and a power cut. Ids come from AUTOINCREMENT: increasing and never reused, so the order of
// ids is the order of arrival. Acknowledged events are kept for `--status` and inspection.
class RelayStore
{
    Q_DECLARE_TR_FUNCTIONS(duedesk::RelayStore)
public:
    explicit RelayStore(const Clock &clock);
    ~RelayStore();
    RelayStore(const RelayStore &) = delete;
    RelayStore &operator=(const RelayStore &) = delete;

    // Opens (creating when absent) the store at path; false and error() on failure.
    bool open(const QString &path);
    const QString &error() const { return m_error; }

    // Stores one event, committed; returns its id.
    Result<qint64> append(const QByteArray &body, const QByteArray &signature);
    // Up to limit unacknowledged events with an id above afterId, oldest first.
    QList<RelayEvent> unacknowledged(qint64 afterId, int limit);
    // Marks the event acknowledged with the HTTP status the desktop's webhook answered. False when there is no
    // such unacknowledged event (a repeated ack changes nothing).
    bool acknowledge(qint64 id, int status);

    struct Counts {
        qint64 events = 0;
        qint64 unacknowledged = 0;
    };
    Result<Counts> counts();

private:
    const Clock &m_clock;
    QString m_connection;
    QString m_error;
};

} // namespace duedesk
