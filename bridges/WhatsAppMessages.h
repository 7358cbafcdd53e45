#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace duedesk {

// Cloud API bodies of POST /{phone-number-id}/messages: a text, a template, the owner's reply-button drafts.
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

    // Free text (inside the 24-hour customer window), cut to the Cloud API's 4096 characters; no link preview.
    static QJsonObject text(const QString &to, const QString &body);
    // An approved template (outside the window) with these body parameters, in `language`; Meta's spec requires
    // language.policy, and "deterministic" is the only value it allows.
    static QJsonObject templateMessage(const QString &to, const QString &name, const QString &language,
                                       const QStringList &bodyParameters);

    // The Cloud API's "to" for an address: E.164 digits without the "+".
    static QString waId(const QString &address);
    // `text` cut to at most maxLength characters, the last being an ellipsis when anything was cut; a surrogate
    // pair is never split.
    static QString elide(const QString &text, int maxLength);
};

} // namespace duedesk
