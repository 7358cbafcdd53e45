#pragma once

#include <QByteArray>

namespace duedesk {

// The X-Hub-Signature-256 header of a WhatsApp Cloud API webhook: "sha256=" + lowercase hex
// HMAC-SHA256(app secret, raw request body). Always computed over the bytes as received, never over
// re-serialised JSON.
class WhatsAppSignature
{
public:
    // The header value for this body.
    static QByteArray sign(const QByteArray &appSecret, const QByteArray &rawBody);
    // True only when header is exactly sign(appSecret, rawBody) (hex digits in either case). The digests are
    // compared in constant time; an empty secret or a missing, truncated or malformed header never verifies.
    static bool verify(const QByteArray &appSecret, const QByteArray &rawBody, const QByteArray &header);
    // Byte-wise equality whose running time depends only on the lengths, not on where the inputs differ.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace duedesk
