#pragma once

#include "WhatsAppWebhookParser.h"

#include <BridgeState.h>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <Result.h>

namespace duedesk {

class Book;

// A WhatsApp message for the owner's assistant, as queued by the webhook.
struct WhatsAppOwnerMessage {
    QString wamid;
    QString from; // the sender's wa_id
    WhatsAppInbound::Kind kind = WhatsAppInbound::Kind::Text;
    QString text; // the words, or the title of the button pressed
    QString buttonId;
    QString mediaId;
    QString mimeType;
    QDateTime at; // when it was sent (the provider's time, never later than its arrival)
};

// The hand-over between the WhatsApp webhook (which receives everything sent to the business number) and the
// owner's assistant over WhatsApp (WhatsAppOwnerChannel, polled with the bridges, possibly on another thread).
//
// claims() says which messages are the owner's rather than a client's: everything from the paired owner's wa_id,
// a pairing attempt ("start 482913" or "/start 482913", any case) from anyone, and any press of an owner's draft
// button (an OwnerButton id) from anyone, so that a stranger's press is refused by the channel. Those never reach
// ReplyHandler or a client's conversation.
//
// They are queued in bridge_state, not in the messages table: they are not client correspondence (a row without
// a client would show up as an unknown sender's message), and bridge_state is where the owner's chat state
// (pairing, edits) lives, so handling one is marked in the same transaction as its effect. Keys:
//   "whatsapp:owner:inbox:<wamid>"       the queued message (JSON), until handled
//   "whatsapp:owner:handled:<wamid>"     when it was handled: a redelivery of it is dropped (kept keepHandledDays,
//                                        Meta's longest redelivery span, then pruned)
//   "whatsapp:owner:last-message-at"     the paired owner's latest message handled: WhatsApp's 24-hour window
class WhatsAppOwnerInbox
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppOwnerInbox)
public:
    static constexpr int keepHandledDays = 7;

    explicit WhatsAppOwnerInbox(Book &book)
        : m_book(book)
    {
    }

    bool claims(const WhatsAppInbound &in) const;
    // "start 482913" / "/start 482913" (any case, six digits): true, and *code is the digits.
    static bool isPairingAttempt(const QString &text, QString *code = nullptr);

    // Queues the message once per wamid: true when queued now, false when it was queued or handled before.
    Result<bool> enqueue(const WhatsAppInbound &in);
    // The messages waiting, in arrival order.
    QList<WhatsAppOwnerMessage> queued() const;
    // Marks the message handled (and, when it is the paired owner's, moves the 24-hour window on), as work that
    // joins the transaction of the message's effect.
    bridgestate::InTransaction handled(const WhatsAppOwnerMessage &message) const;
    bool markHandled(const WhatsAppOwnerMessage &message, QString *error);
    // Forgets handled markers older than keepHandledDays.
    bool prune(QString *error);

    // The paired owner's latest message; invalid when none since pairing.
    QDateTime lastOwnerMessageAt() const;

private:
    Book &m_book;
};

} // namespace duedesk
