#include "OwnerAssistant.h"

#include <Book.h>
#include <BridgeHost.h>
#include <Clock.h>
#include <OwnerPairing.h>
#include <WeeklySnapshotSchedule.h>

#include <QLocale>

#include <algorithm>

namespace duedesk {

OwnerAssistant::OwnerAssistant(std::shared_ptr<Book> book, QObject *parent)
    : QObject(parent)
    , m_book(std::move(book))
{
    m_watch.setInterval(2000);
    connect(&m_watch, &QTimer::timeout, this, &OwnerAssistant::refresh);
    refresh();
}

OwnerAssistant::~OwnerAssistant() = default;

void OwnerAssistant::setBridgeHost(BridgeHost *host)
{
    if (m_host)
        disconnect(m_host, nullptr, this, nullptr);
    m_host = host;
    if (m_host) {
        connect(m_host, &BridgeHost::statusesChanged, this, &OwnerAssistant::refresh);
        connect(m_host, &BridgeHost::snapshotSent, this, [this](bool ok, const QString &error) {
            m_sendResult = ok ? tr("Sent to your phone.") : tr("The summary could not be sent: %1").arg(error);
            Q_EMIT changed();
        });
    }
    refresh();
}

void OwnerAssistant::refresh()
{
    OwnerPairing pairing(*m_book);
    m_paired = pairing.isPaired(Channel::Telegram) || pairing.isPaired(Channel::WhatsApp);
    const QDateTime now = m_book->clock().now();
    if (m_paired || !m_codeExpires.isValid() || m_codeExpires <= now
        || !pairing.codeExpiresAt(Channel::Telegram).isValid()) {
        // Paired, run out, or used up by too many wrong tries: the code on screen would only mislead.
        m_code.clear();
        m_codeExpires = QDateTime();
        m_watch.stop();
    }
    const int refused = pairing.refusalCount(Channel::Telegram) + pairing.refusalCount(Channel::WhatsApp);
    const QDateTime lastRefused
        = std::max(pairing.lastRefusalAt(Channel::Telegram), pairing.lastRefusalAt(Channel::WhatsApp));
    m_strangers = refused == 0
                      ? QString()
                      : tr("Someone other than you wrote to your assistant %n time(s), last on %1. It did not answer them.",
                           nullptr, refused)
                            .arg(m_book->locale().toString(lastRefused.toLocalTime(), QLocale::ShortFormat));
    Q_EMIT changed();
}

QString OwnerAssistant::pairingCode() const
{
    // "482 913": two groups of three are easier to read out and type on a phone.
    return m_code.isEmpty() ? QString() : m_code.left(3) + QLatin1Char(' ') + m_code.mid(3);
}

QString OwnerAssistant::pairingHint() const
{
    if (m_code.isEmpty())
        return {};
    return tr("On your phone, send /start %1 to your assistant bot in Telegram, or start %1 to your business's "
              "WhatsApp number. The code works once, until %2.")
        .arg(m_code, m_book->locale().toString(m_codeExpires.toLocalTime().time(), QLocale::ShortFormat));
}

void OwnerAssistant::startPairing()
{
    OwnerPairing pairing(*m_book);
    // One code for either chat: using it on one ends it on both.
    const Result<QString> code = pairing.issueCode(QList<Channel>{Channel::Telegram, Channel::WhatsApp});
    if (!code) {
        m_error = tr("Could not make a pairing code: %1").arg(code.error());
        Q_EMIT changed();
        return;
    }
    m_error.clear();
    m_code = *code;
    m_codeExpires = pairing.codeExpiresAt(Channel::Telegram);
    m_watch.start();
    refresh();
}

void OwnerAssistant::unpair()
{
    QString why;
    OwnerPairing pairing(*m_book);
    const bool ok = (!pairing.isPaired(Channel::Telegram) || pairing.unpair(Channel::Telegram, QStringLiteral("owner"), &why))
                 && (!pairing.isPaired(Channel::WhatsApp) || pairing.unpair(Channel::WhatsApp, QStringLiteral("owner"), &why));
    if (!ok)
        m_error = tr("Could not unpair: %1").arg(why);
    else
        m_error.clear();
    refresh();
}

int OwnerAssistant::snapshotDay() const
{
    return WeeklySnapshotSchedule(*m_book).day();
}

int OwnerAssistant::snapshotHour() const
{
    return WeeklySnapshotSchedule(*m_book).hour();
}

bool OwnerAssistant::snapshotEnabled() const
{
    return WeeklySnapshotSchedule(*m_book).isEnabled();
}

QString OwnerAssistant::nextSnapshot() const
{
    const WeeklySnapshotSchedule schedule(*m_book);
    const QDateTime now = m_book->clock().now();
    const QDateTime next = schedule.nextSlot(now);
    // This week's slot has passed and its summary has not gone yet: it goes at the next round, or once paired.
    if (next.isValid() && next <= now)
        return m_paired ? tr("This week's summary goes out in a moment.")
                        : tr("This week's summary goes out as soon as your phone is paired.");
    return schedule.nextSlotText(now);
}

QStringList OwnerAssistant::dayNames() const
{
    QStringList names;
    for (int day = 1; day <= 7; ++day)
        names.append(m_book->locale().standaloneDayName(day, QLocale::LongFormat));
    return names;
}

void OwnerAssistant::setSnapshotSchedule(bool enabled, int day, int hour)
{
    WeeklySnapshotSchedule schedule(*m_book);
    QString why;
    if (!schedule.setSlot(day, hour, &why) || !schedule.setEnabled(enabled, &why))
        m_error = tr("Could not save the weekly summary's time: %1").arg(why);
    else
        m_error.clear();
    Q_EMIT changed();
}

bool OwnerAssistant::canSendNow() const
{
    return m_paired && m_host && m_host->isRunning();
}

void OwnerAssistant::sendSnapshotNow()
{
    if (!canSendNow()) {
        m_sendResult = tr("Pair your phone with your assistant first (Settings > Channels).");
    } else if (m_host->sendSnapshotNow()) {
        m_sendResult = tr("Sending this week's summary to your phone…");
    } else {
        m_sendResult = tr("The summary could not be sent: your assistant is not running.");
    }
    Q_EMIT changed();
}

} // namespace duedesk
