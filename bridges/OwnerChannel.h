#pragma once

#include <Domain.h>

#include <QObject>
#include <QString>

namespace duedesk {

// The owner's assistant identity: the chat in which DueDesk talks to the business owner (Telegram or WhatsApp),
// as opposed to the business sender that talks to clients (Bridge). It may be the same provider account as the
// business sender if the owner wishes, but it is configured and paired separately.
//
// Only the paired chat is ever written to or listened to; anyone else is refused and logged. Every call returns
// at once and finishes with a signal, emitted on the channel's thread, possibly from within the call itself.
class OwnerChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual Channel channel() const = 0;
    // False while the token (or phone id) is missing.
    virtual bool isConfigured() const = 0;
    // True once the owner has paired a chat with the one-time code shown on the desktop.
    virtual bool isPaired() const = 0;

    // Sends plain text to the paired chat; emits ownerMessageSent(requestId, ...) once. Returns the request id
    // (> 0), or 0 when nothing can be sent (not configured or not paired), in which case no signal follows.
    virtual qint64 sendToOwner(const QString &text) = 0;

    // One round: shows the owner the drafts waiting for approval that this chat has not been shown yet, and
    // reads the owner's messages and button presses (pairing, commands, approvals). Emits pollFinished() once.
    virtual void poll() = 0;

Q_SIGNALS:
    // uncertain (with ok = false): the provider may have the message after all (the connection dropped after the
    // request went out); sending it again could show it twice.
    void ownerMessageSent(qint64 requestId, bool ok, const QString &error, bool uncertain);
    void pollFinished(bool ok, const QString &error);
};

} // namespace duedesk
