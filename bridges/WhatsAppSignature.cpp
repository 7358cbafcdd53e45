#include "WhatsAppSignature.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace duedesk {

namespace {
constexpr char prefix[] = "sha256=";
}

QByteArray WhatsAppSignature::sign(const QByteArray &appSecret, const QByteArray &rawBody)
{
    QByteArray header(prefix);
    header.append(QMessageAuthenticationCode::hash(rawBody, appSecret, QCryptographicHash::Sha256).toHex());
    return header;
}

bool WhatsAppSignature::verify(const QByteArray &appSecret, const QByteArray &rawBody, const QByteArray &header)
{
    if (appSecret.isEmpty())
        return false;
    // Lower-casing the received header takes time that depends only on it, never on the secret.
    return constantTimeEquals(sign(appSecret, rawBody), header.trimmed().toLower());
}

bool WhatsAppSignature::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false; // the length of a signature is public
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace duedesk
