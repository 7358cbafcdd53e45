#pragma once

#include "Bridge.h"

#include <ChaseTypes.h>
#include <Result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace duedesk {

// One inbound WhatsApp message DueDesk understands. message.body is what the client wrote or the title of the
// button they pressed; a voice note has an empty body and its media id.
struct WhatsAppInbound {
    enum class Kind {
        Text,
        TemplateButton, // a quick-reply button of a template message: buttonId is its payload
        ButtonReply,    // an interactive reply button: buttonId is the id we gave it (owner drafts)
        ListReply,      // an interactive list row: buttonId is the row id
        VoiceNote,      // audio (voice or not); mediaId fetches it from the Graph API
    };
    Kind kind = Kind::Text;
    InboundMessage message; // channel WhatsApp, address the sender's wa_id, providerId the wamid
    QString buttonId;
    QString mediaId;
    QString mimeType;
    QString replyTo;     // context.id: the wamid of the message this one answers, when given
    QDateTime sentAt;    // the provider's timestamp (UTC)
};

// A delivery status of a message we sent. Statuses DueDesk does not track ("played", "deleted") are skipped.
struct WhatsAppStatus {
    QString providerId;  // the wamid returned when we sent it
    OutboxState state = OutboxState::Sent; // Sent, Delivered, Read or Failed
    QString recipient;
    QString error;       // Failed only: "code title: details"
    QDateTime at;
};

struct WhatsAppWebhook {
    QList<WhatsAppInbound> messages;
    QList<WhatsAppStatus> statuses;
    int ignored = 0; // messages and statuses of kinds DueDesk does not handle (images, reactions, "played"...)
};

// Reads a WhatsApp Cloud API webhook body (already verified with WhatsAppSignature). All or nothing: a body
// that is not JSON, not a "whatsapp_business_account" notification, or has a message or status without its
// id, sender or content fails as a whole with a translated error, so nothing of it is applied.
class WhatsAppWebhookParser
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppWebhookParser)
public:
    static Result<WhatsAppWebhook> parse(const QByteArray &rawBody);
};

} // namespace duedesk

Q_DECLARE_METATYPE(duedesk::WhatsAppInbound)
