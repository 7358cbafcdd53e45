#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace duedesk {

// Cloud API bodies for messages that are not client reminders (those are WhatsAppBridge::requestBody).
class WhatsAppMessages
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppMessages)
public:
    // The Cloud API's limits for an interactive "button" message.
    static constexpr int maxBodyLength = 1024;
    static constexpr int maxButtons = 3;
    static constexpr int maxButtonIdLength = 256;
    static constexpr int maxButtonTitleLength = 20;
    static constexpr int maxNonceLength = 64;

    // An interactive reply-button message to `to` (a wa_id, "+" allowed): `text` as the body and the buttons
    // Send / Edit / Skip (translated) for the draft, their ids OwnerButton::data() (read back with
    // OwnerButton::parse(), the nonce being an OwnerPrompts::newNonce()). A body or title over the limit is cut with
    // an ellipsis. Returns an empty object when draftId is not positive or the nonce is not 1-64 of [A-Za-z0-9_-].
    static QJsonObject draftButtons(const QString &to, const QString &text, qint64 draftId, const QString &nonce);

    // The Cloud API's "to" for an address: E.164 digits without the "+".
    static QString waId(const QString &address);
    // `text` cut to at most maxLength characters, the last being an ellipsis when anything was cut; a surrogate
    // pair is never split.
    static QString elide(const QString &text, int maxLength);
};

} // namespace duedesk
