#pragma once

#include "BridgeState.h"
#include "Domain.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace duedesk {

class Book;

enum class OwnerPromptState { Shown, Edited, Approved, Skipped, Gone };
QString ownerPromptStateKey(OwnerPromptState state); // "shown", "edited", ...

// One draft shown in the owner's chat on one channel (owner_prompts).
struct OwnerPrompt {
    qint64 id = 0;
    Channel channel = Channel::Telegram;
    qint64 draftId = 0;
    QString chatId;
    QString providerMessageId; // empty until the provider answered
    QString nonce;
    OwnerPromptState state = OwnerPromptState::Shown;
    QDateTime createdAt;
    QDateTime decidedAt;
    QString bodyHash; // the wording shown (see OwnerPrompts::wordingHash)
};

// What an owner's button carries: the action, the draft and the nonce of the showing it belongs to, packed as
// "<a|e|s>:<draft id>:<nonce>" (at most 64 bytes: a Telegram callback_data, a WhatsApp reply-button id).
struct OwnerButton {
    enum class Action { Send, Edit, Skip };
    Action action = Action::Send;
    qint64 draftId = 0;
    QString nonce;

    QString data() const;
    // std::nullopt for anything that is not a button of ours.
    static std::optional<OwnerButton> parse(const QString &data);
};

// Which drafts were shown in the owner's chat, per channel (Telegram, WhatsApp), and which button presses count.
// A prompt is recorded before the message goes out, so a crash cannot show a draft twice; a press is valid only
// with the nonce of the prompt's current showing while the prompt still waits (shown or edited). While a prompt is
// being edited, the bridge_state key "<channel>:owner:editing" holds its draft id: the owner's next text is the
// new wording.
class OwnerPrompts
{
    Q_DECLARE_TR_FUNCTIONS(OwnerPrompts)
public:
    explicit OwnerPrompts(Book &book) : m_book(book) { }

    // Records that draftId is being shown in chatId now (state shown, a fresh nonce). Fails when the draft was
    // shown on this channel before.
    Result<OwnerPrompt> record(Channel channel, qint64 draftId, const QString &chatId);
    // Forgets a prompt whose message certainly did not go out, so that the draft is shown at the next chance.
    bool forget(qint64 promptId, QString *error = nullptr);
    bool setProviderMessageId(qint64 promptId, const QString &providerMessageId, QString *error = nullptr);

    std::optional<OwnerPrompt> find(Channel channel, qint64 draftId) const;
    // The prompt a press belongs to: the same channel, draft and nonce, still waiting. std::nullopt for a stale,
    // forged or already decided press.
    std::optional<OwnerPrompt> forButton(Channel channel, const OwnerButton &button) const;
    // The pending drafts among draftIds that were not shown on channel yet, or whose wording changed since they were
    // shown there (edited on the desktop or in another chat), in the same order.
    QList<qint64> notShown(Channel channel, const QList<qint64> &draftIds) const;
    // SHA-256 (hex) of the draft's current wording; empty when there is no such draft.
    QString wordingHash(qint64 draftId) const;

    // Sets the prompt's state (and decided_at for approved, skipped, gone); `also` runs in the same transaction.
    bool setState(qint64 promptId, OwnerPromptState state, QString *error = nullptr,
                  const bridgestate::InTransaction &also = {});
    // The owner pressed Edit: the prompt is edited and its draft is the one the next text rewords.
    bool beginEdit(const OwnerPrompt &prompt, QString *error = nullptr, const bridgestate::InTransaction &also = {});
    // The draft whose new wording the owner is about to send on channel; 0 when none.
    qint64 editing(Channel channel) const;
    // The wording arrived (or the edit was abandoned): the prompt is shown again with a fresh nonce (buttons of
    // the earlier showing stop working) and no provider message id yet; `also` runs in the same transaction.
    Result<OwnerPrompt> showAgain(Channel channel, qint64 draftId, const bridgestate::InTransaction &also = {});

    static QString newNonce();

private:
    Book &m_book;
};

} // namespace duedesk
