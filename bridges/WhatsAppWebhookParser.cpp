#include "WhatsAppWebhookParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duedesk {

namespace {

enum class Outcome { Taken, Ignored, Malformed };

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

QDateTime timestamp(const QJsonObject &object)
{
    bool ok = false;
    const qint64 secs = text(object, QLatin1StringView("timestamp")).toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC) : QDateTime();
}

// The reply inside an "interactive" message: button_reply or list_reply, each {id, title}.
Outcome readInteractive(const QJsonObject &interactive, WhatsAppInbound &in)
{
    const QString type = text(interactive, QLatin1StringView("type"));
    if (type != QLatin1StringView("button_reply") && type != QLatin1StringView("list_reply"))
        return Outcome::Ignored; // nfm_reply (flows) and payloads Meta itself could not read
    const QJsonObject reply = interactive.value(type).toObject();
    in.kind = type == QLatin1StringView("button_reply") ? WhatsAppInbound::Kind::ButtonReply
                                                        : WhatsAppInbound::Kind::ListReply;
    in.buttonId = text(reply, QLatin1StringView("id"));
    in.message.body = text(reply, QLatin1StringView("title"));
    return in.buttonId.isEmpty() ? Outcome::Malformed : Outcome::Taken;
}

Outcome readMessage(const QJsonObject &m, WhatsAppInbound &in)
{
    in.message.channel = Channel::WhatsApp;
    in.message.address = text(m, QLatin1StringView("from"));
    in.message.providerId = text(m, QLatin1StringView("id"));
    in.sentAt = timestamp(m);
    in.replyTo = text(m.value(QLatin1StringView("context")).toObject(), QLatin1StringView("id"));
    if (in.message.address.isEmpty() || in.message.providerId.isEmpty())
        return Outcome::Malformed;
    const QString type = text(m, QLatin1StringView("type"));
    if (type == QLatin1StringView("text")) {
        const QJsonValue body = m.value(QLatin1StringView("text")).toObject().value(QLatin1StringView("body"));
        if (!body.isString())
            return Outcome::Malformed;
        in.kind = WhatsAppInbound::Kind::Text;
        in.message.body = body.toString();
        return Outcome::Taken;
    }
    if (type == QLatin1StringView("button")) {
        const QJsonObject button = m.value(QLatin1StringView("button")).toObject();
        in.kind = WhatsAppInbound::Kind::TemplateButton;
        in.buttonId = text(button, QLatin1StringView("payload"));
        in.message.body = text(button, QLatin1StringView("text"));
        return in.buttonId.isEmpty() && in.message.body.isEmpty() ? Outcome::Malformed : Outcome::Taken;
    }
    if (type == QLatin1StringView("interactive")) {
        // Meta sends an "interactive" message without its payload (plus value.errors) when it could not read it.
        const QJsonValue interactive = m.value(QLatin1StringView("interactive"));
        return interactive.isObject() ? readInteractive(interactive.toObject(), in) : Outcome::Ignored;
    }
    if (type == QLatin1StringView("audio")) {
        const QJsonObject audio = m.value(QLatin1StringView("audio")).toObject();
        in.kind = WhatsAppInbound::Kind::VoiceNote;
        in.mediaId = text(audio, QLatin1StringView("id"));
        in.mimeType = text(audio, QLatin1StringView("mime_type"));
        in.message.body = QStringLiteral("");
        return in.mediaId.isEmpty() ? Outcome::Malformed : Outcome::Taken;
    }
    return Outcome::Ignored; // images, stickers, reactions, locations, system notices...
}

Outcome readStatus(const QJsonObject &s, WhatsAppStatus &out)
{
    out.providerId = text(s, QLatin1StringView("id"));
    out.recipient = text(s, QLatin1StringView("recipient_id"));
    out.at = timestamp(s);
    const QString status = text(s, QLatin1StringView("status"));
    if (out.providerId.isEmpty() || status.isEmpty())
        return Outcome::Malformed;
    if (status == QLatin1StringView("sent"))
        out.state = OutboxState::Sent;
    else if (status == QLatin1StringView("delivered"))
        out.state = OutboxState::Delivered;
    else if (status == QLatin1StringView("read"))
        out.state = OutboxState::Read;
    else if (status == QLatin1StringView("failed"))
        out.state = OutboxState::Failed;
    else
        return Outcome::Ignored; // "played" (voice notes), "deleted", "warning"
    const QJsonObject error = s.value(QLatin1StringView("errors")).toArray().first().toObject();
    if (!error.isEmpty()) {
        const QString details =
            text(error.value(QLatin1StringView("error_data")).toObject(), QLatin1StringView("details"));
        out.error = QStringLiteral("%1 %2").arg(error.value(QLatin1StringView("code")).toInteger())
                        .arg(text(error, QLatin1StringView("title")));
        if (!details.isEmpty())
            out.error += QStringLiteral(": ") + details;
    }
    return Outcome::Taken;
}

// Reads the items of value[key] (absent: none) with read(); false when the list or one of its items is malformed.
template<typename Item, typename Reader>
bool readAll(const QJsonObject &value, QLatin1StringView key, Reader read, QList<Item> &into, int &ignored)
{
    const QJsonValue list = value.value(key);
    if (list.isUndefined())
        return true;
    if (!list.isArray())
        return false;
    for (const QJsonValue &item : list.toArray()) {
        Item parsed;
        const Outcome outcome = item.isObject() ? read(item.toObject(), parsed) : Outcome::Malformed;
        if (outcome == Outcome::Malformed)
            return false;
        if (outcome == Outcome::Ignored)
            ++ignored;
        else
            into.append(parsed);
    }
    return true;
}

} // namespace

Result<WhatsAppWebhook> WhatsAppWebhookParser::parse(const QByteArray &rawBody)
{
    using R = Result<WhatsAppWebhook>;
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(rawBody, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("The WhatsApp notification is not a JSON object."));
    const QJsonObject root = doc.object();
    if (text(root, QLatin1StringView("object")) != QLatin1StringView("whatsapp_business_account")
        || !root.value(QLatin1StringView("entry")).isArray())
        return R::failure(tr("The notification is not from a WhatsApp Business account."));
    WhatsAppWebhook webhook;
    for (const QJsonValue &entry : root.value(QLatin1StringView("entry")).toArray()) {
        const QJsonValue changes = entry.toObject().value(QLatin1StringView("changes"));
        if (!changes.isArray())
            return R::failure(tr("A WhatsApp notification entry has no list of changes."));
        for (const QJsonValue &change : changes.toArray()) {
            const QJsonObject c = change.toObject();
            if (text(c, QLatin1StringView("field")) != QLatin1StringView("messages")) {
                ++webhook.ignored; // account, template and quality updates
                continue;
            }
            const QJsonObject value = c.value(QLatin1StringView("value")).toObject();
            if (!readAll(value, QLatin1StringView("messages"), readMessage, webhook.messages, webhook.ignored))
                return R::failure(tr("A WhatsApp message in the notification is incomplete."));
            if (!readAll(value, QLatin1StringView("statuses"), readStatus, webhook.statuses, webhook.ignored))
                return R::failure(tr("A WhatsApp delivery status in the notification is incomplete."));
        }
    }
    return webhook;
}

} // namespace duedesk
