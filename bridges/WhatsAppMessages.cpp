#include "WhatsAppMessages.h"

#include <OwnerPrompts.h>
#include <QJsonArray>
#include <QRegularExpression>

namespace duedesk {

namespace {

const QChar ellipsis(0x2026);

bool isValidNonce(const QString &nonce)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9_-]{1,%1}$").arg(WhatsAppMessages::maxNonceLength));
    return pattern.match(nonce).hasMatch();
}

QJsonObject replyButton(const QString &id, const QString &title)
{
    return {
        { QStringLiteral("type"), QStringLiteral("reply") },
        { QStringLiteral("reply"),
            QJsonObject{ { QStringLiteral("id"), id },
                { QStringLiteral("title"), WhatsAppMessages::elide(title, WhatsAppMessages::maxButtonTitleLength) } } }
    };
}

} // namespace

QString WhatsAppMessages::elide(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    qsizetype keep = maxLength - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + ellipsis;
}

QJsonObject WhatsAppMessages::text(const QString &to, const QString &body)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("recipient_type"), QStringLiteral("individual")},
            {QStringLiteral("to"), waId(to)},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"),
             QJsonObject{{QStringLiteral("body"), body.left(4096)}, {QStringLiteral("preview_url"), false}}}};
}

QJsonObject WhatsAppMessages::templateMessage(const QString &to, const QString &name, const QString &language,
                                              const QStringList &bodyParameters)
{
    QJsonArray parameters;
    for (const QString &p : bodyParameters)
        parameters.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), p}});
    const QJsonObject bodyComponent{{QStringLiteral("type"), QStringLiteral("body")},
                                    {QStringLiteral("parameters"), parameters}};
    const QJsonObject languageObject{{QStringLiteral("code"), language},
                                     {QStringLiteral("policy"), QStringLiteral("deterministic")}};
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("recipient_type"), QStringLiteral("individual")},
            {QStringLiteral("to"), waId(to)},
            {QStringLiteral("type"), QStringLiteral("template")},
            {QStringLiteral("template"), QJsonObject{{QStringLiteral("name"), name},
                                                     {QStringLiteral("language"), languageObject},
                                                     {QStringLiteral("components"), QJsonArray{bodyComponent}}}}};
}

QString WhatsAppMessages::waId(const QString &address)
{
    const QString trimmed = address.trimmed();
    return trimmed.startsWith(QLatin1Char('+')) ? trimmed.mid(1) : trimmed;
}

QJsonObject WhatsAppMessages::draftButtons(const QString &to, const QString &text, qint64 draftId, const QString &nonce)
{
    if (draftId <= 0 || !isValidNonce(nonce))
        return {};
    // The longest id ("a:" + 19 digits + ":" + 64) is 86 characters, well inside maxButtonIdLength.
    const auto id = [&](OwnerButton::Action action) { return OwnerButton{ action, draftId, nonce }.data(); };
    const QJsonArray buttons{ replyButton(id(OwnerButton::Action::Send), tr("Send")),
        replyButton(id(OwnerButton::Action::Edit), tr("Edit")),
        replyButton(id(OwnerButton::Action::Skip), tr("Skip")) };
    const QJsonObject interactive{ { QStringLiteral("type"), QStringLiteral("button") },
        { QStringLiteral("body"), QJsonObject{ { QStringLiteral("text"), elide(text, maxBodyLength) } } },
        { QStringLiteral("action"), QJsonObject{ { QStringLiteral("buttons"), buttons } } } };
    return { { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
        { QStringLiteral("recipient_type"), QStringLiteral("individual") }, { QStringLiteral("to"), waId(to) },
        { QStringLiteral("type"), QStringLiteral("interactive") }, { QStringLiteral("interactive"), interactive } };
}

} // namespace duedesk
