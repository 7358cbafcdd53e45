#pragma once

#include "BridgeState.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace duedesk {

class Book;

// Who the owner's assistant listens to, per channel (Telegram now, WhatsApp later): the desktop shows a one-time
// code, the owner sends it from their phone ("/start 482913"), and that chat becomes the only one the assistant
// answers. Everything lives in bridge_state, keyed by channel:
//   "<channel>:owner:pairing-code"  {salt, hash, expires_at, wrong}: only a salted SHA-256 of the code is stored
//   "<channel>:owner:chat"          the paired chat
//   "<channel>:owner:refusals"      {count, last_at}: strangers refused, for the desktop ("someone else tried...")
// Codes are valid for codeLifetimeSeconds by the book's clock and can be used once; maxWrongAttempts wrong codes in
// a row invalidate the code (a new one must be issued), so six digits cannot be guessed by trying. Pairing,
// unpairing, wrong attempts and refusals are written to the audit log in the same transaction.
class OwnerPairing
{
    Q_DECLARE_TR_FUNCTIONS(OwnerPairing)
public:
    static constexpr int codeLifetimeSeconds = 10 * 60;
    static constexpr int maxWrongAttempts = 5;

    enum class Outcome {
        Paired,
        WrongCode,   // no code issued, a different code, or the code was just invalidated by too many tries
        Expired,     // the right code, too late (the code is gone now)
        Failed,      // the book could not be written; *error says why
    };

    explicit OwnerPairing(Book &book) : m_book(book) { }

    // A fresh random six-digit code ("042913") valid for codeLifetimeSeconds from now; any earlier code of the
    // channel stops working.
    Result<QString> issueCode(Channel channel);
    // One code for several channels (the desktop shows one code for Telegram and WhatsApp): pairing with it on
    // any of them, or its expiry seen on any of them, uses it up on all; wrong tries count across all of them.
    Result<QString> issueCode(const QList<Channel> &channels);
    // When the channel's current code runs out; invalid when there is none (used, invalidated or never issued).
    QDateTime codeExpiresAt(Channel channel) const;

    // Pairs chatId when code is the channel's current code and unexpired; the code is then used up. Every outcome
    // but Failed writes to the book (the pairing, or the count of wrong tries), and `also` runs in that same
    // transaction (a bridge's poll offset).
    Outcome pair(Channel channel, const QString &chatId, const QString &code, QString *error = nullptr,
                 const bridgestate::InTransaction &also = {});
    // The paired chat; empty when none.
    QString pairedChat(Channel channel) const;
    bool isPaired(Channel channel) const { return !pairedChat(channel).isEmpty(); }
    bool unpair(Channel channel, const QString &actor, QString *error = nullptr);

    // A chat that is not the paired one wrote to the assistant (what: "message", "button", ...) and was refused:
    // counted and audited; `also` runs in the same transaction.
    bool recordRefusal(Channel channel, const QString &chatId, const QString &what, QString *error = nullptr,
                       const bridgestate::InTransaction &also = {});
    int refusalCount(Channel channel) const;
    QDateTime lastRefusalAt(Channel channel) const;

private:
    Book &m_book;
};

} // namespace duedesk
