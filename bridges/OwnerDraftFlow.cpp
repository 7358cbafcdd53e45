#include "OwnerDraftFlow.h"

#include <Book.h>
#include <ChaseEngine.h>

namespace duedesk {

namespace {

bool stillWaits(const std::optional<DraftRow> &draft)
{
    return draft && draft->state == DraftState::Pending;
}

} // namespace

OwnerDraftFlow::Result OwnerDraftFlow::finish(Outcome outcome, Result r, const bridgestate::InTransaction &also)
{
    r.outcome = bridgestate::inTransaction(m_book.database(), also, {}, &r.error) ? outcome : Outcome::Failed;
    return r;
}

OwnerDraftFlow::Result OwnerDraftFlow::gone(Result r, const bridgestate::InTransaction &also)
{
    if (r.prompt.id == 0)
        return finish(Outcome::AlreadyHandled, r, also);
    r.outcome = m_prompts.setState(r.prompt.id, OwnerPromptState::Gone, &r.error, also) ? Outcome::AlreadyHandled
                                                                                        : Outcome::Failed;
    return r;
}

std::optional<std::pair<DraftRow, OwnerPrompt>> OwnerDraftFlow::toShow(
    qint64 draftId, const QString &chatId, QString *error)
{
    const std::optional<DraftRow> draft = ChaseEngine(m_book).draft(draftId);
    if (!stillWaits(draft)) {
        if (error)
            *error = tr("The reminder was already handled.");
        return std::nullopt;
    }
    // Shown before with other words (edited elsewhere since): shown again, with a fresh nonce for its buttons.
    const bool before = m_prompts.find(m_channel, draftId).has_value();
    const auto prompt = before ? m_prompts.showAgain(m_channel, draftId, {}) : m_prompts.record(m_channel, draftId, chatId);
    if (!prompt) {
        if (error)
            *error = prompt.error();
        return std::nullopt;
    }
    return std::make_pair(*draft, *prompt);
}

bool OwnerDraftFlow::shown(qint64 promptId, Delivery delivery, const QString &providerMessageId, QString *error)
{
    switch (delivery) {
    case Delivery::Sent:
        return m_prompts.setProviderMessageId(promptId, providerMessageId, error);
    case Delivery::NotSent:
        return m_prompts.forget(promptId, error);
    case Delivery::Perhaps:
    case Delivery::Refused:
        return true;
    }
    return true;
}

OwnerDraftFlow::Result OwnerDraftFlow::press(
    const OwnerPrompt &prompt, OwnerButton::Action action, const bridgestate::InTransaction &also)
{
    ChaseEngine engine(m_book);
    Result r;
    r.prompt = prompt;
    r.draft = engine.draft(prompt.draftId);
    if (!stillWaits(r.draft))
        return gone(r, also);
    if (action == OwnerButton::Action::Edit) {
        r.outcome = m_prompts.beginEdit(prompt, &r.error, also) ? Outcome::Editing : Outcome::Failed;
        return r;
    }
    const bool approving = action == OwnerButton::Action::Send;
    bool ok = false;
    if (approving) {
        const auto queued = engine.approve(prompt.draftId, m_actor);
        ok = bool(queued);
        r.error = queued.error();
    } else {
        ok = engine.skip(prompt.draftId, m_actor, &r.error);
    }
    if (!ok) // decided elsewhere a moment ago, or refused
        return stillWaits(engine.draft(prompt.draftId)) ? finish(Outcome::Refused, r, also) : gone(r, also);
    r.error.clear();
    r.outcome = m_prompts.setState(
                    prompt.id, approving ? OwnerPromptState::Approved : OwnerPromptState::Skipped, &r.error, also)
        ? (approving ? Outcome::Approved : Outcome::Skipped)
        : Outcome::Failed;
    return r;
}

OwnerDraftFlow::Result OwnerDraftFlow::reword(
    qint64 draftId, const QString &text, const bridgestate::InTransaction &also)
{
    ChaseEngine engine(m_book);
    Result r;
    if (!engine.edit(draftId, text, m_actor, &r.error)) {
        r.draft = engine.draft(draftId);
        if (stillWaits(r.draft))
            return finish(Outcome::Refused, r, also);
        // Decided on the desktop meanwhile: the text is not its wording any more.
        r.prompt = m_prompts.find(m_channel, draftId).value_or(OwnerPrompt());
        return gone(r, also);
    }
    const auto prompt = m_prompts.showAgain(m_channel, draftId, also);
    r.draft = engine.draft(draftId);
    if (!prompt || !r.draft) {
        r.error = prompt ? tr("The reminder could not be read again.") : prompt.error();
        return r;
    }
    r.prompt = *prompt;
    r.outcome = Outcome::Reworded;
    return r;
}

} // namespace duedesk
