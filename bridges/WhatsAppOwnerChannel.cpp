#include "WhatsAppOwnerChannel.h"

#include "OwnerChatTexts.h"
#include "OwnerDraftFlow.h"
#include "WhatsAppMessages.h"

#include <Assistant.h>
#include <Book.h>
#include <BridgeState.h>
#include <ChaseEngine.h>
#include <Clock.h>
#include <OwnerPairing.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <SqlValues.h>

namespace duedesk {

namespace {

const QString actor = QStringLiteral("owner via WhatsApp");
const QString nudgedKey = QStringLiteral("whatsapp:owner:nudged-at");

QString key(const char *name)
{
    return QString::fromLatin1(name);
}


} // namespace

WhatsAppOwnerChannel::WhatsAppOwnerChannel(Book &book, WhatsAppOwnerChannelSettings settings, QObject *parent)
    : OwnerChannel(parent)
    , m_book(book)
    , m_settings(std::move(settings))
    , m_api(new WhatsAppBridge(book, m_settings.api, this))
    , m_network(new QNetworkAccessManager(this))
    , m_transcription(new TranscriptionClient(m_settings.transcription, this))
    , m_assistant(std::make_unique<Assistant>(book))
    , m_pairing(std::make_unique<OwnerPairing>(book))
    , m_prompts(std::make_unique<OwnerPrompts>(book))
    , m_inbox(book)
    , m_log(QStringLiteral("whatsapp-owner"), &book.clock())
{
    m_log.addSecret(m_settings.api.token);
    m_log.addSecret(m_settings.transcription.apiKey);
    connect(m_api, &WhatsAppBridge::messageFinished, this, [this](quint64 ticket, const SendResult &result) {
        const Sent then = m_sending.take(ticket);
        if (then)
            then(result);
    });
}

WhatsAppOwnerChannel::~WhatsAppOwnerChannel() = default;

bool WhatsAppOwnerChannel::isConfigured() const
{
    return m_api->isConfigured() && !m_settings.api.apiBase.host().isEmpty();
}

bool WhatsAppOwnerChannel::isPaired() const
{
    return m_pairing->isPaired(Channel::WhatsApp);
}

bool WhatsAppOwnerChannel::insideWindow() const
{
    const QDateTime last = m_inbox.lastOwnerMessageAt();
    return last.isValid() && last.secsTo(m_book.clock().now()) < windowHours * 3600;
}

void WhatsAppOwnerChannel::send(const QJsonObject &body, const Sent &then)
{
    m_sending.insert(m_api->sendMessage(body), then);
}

void WhatsAppOwnerChannel::say(const QString &to, const QString &text, const Next &next)
{
    send(WhatsAppMessages::text(to, text), [this, next](const SendResult &r) {
        if (r.kind != SendResult::Kind::Sent)
            m_log.warning(QStringLiteral("answer_not_sent"), { { QStringLiteral("error"), r.error } });
        next();
    });
}

qint64 WhatsAppOwnerChannel::sendToOwner(const QString &text)
{
    const QString owner = m_pairing->pairedChat(Channel::WhatsApp);
    if (!isConfigured() || owner.isEmpty())
        return 0;
    const qint64 id = m_nextRequestId++;
    if (!insideWindow()) {
        const QString error = tr("WhatsApp lets DueDesk write to you only within 24 hours of your last message to the "
                                 "business number; send it any message and this will follow.");
        QTimer::singleShot(0, this, [this, id, error] { Q_EMIT ownerMessageSent(id, false, error, false); });
        return id;
    }
    send(WhatsAppMessages::text(owner, text),
        [this, id](const SendResult &r) {
            Q_EMIT ownerMessageSent(id, r.kind == SendResult::Kind::Sent, r.error, r.kind == SendResult::Kind::Uncertain);
        });
    return id;
}

void WhatsAppOwnerChannel::poll()
{
    if (!isConfigured()) {
        Q_EMIT pollFinished(false, tr("The owner's WhatsApp assistant is not set up."));
        return;
    }
    if (m_polling) {
        Q_EMIT pollFinished(false, tr("The owner's WhatsApp assistant is still busy with the last round."));
        return;
    }
    m_polling = true;
    QString error;
    if (!m_inbox.prune(&error))
        m_log.warning(QStringLiteral("prune_failed"), { { QStringLiteral("error"), error } });
    m_queue = m_inbox.queued();
    nextMessage();
}

void WhatsAppOwnerChannel::finishPoll(bool ok, const QString &error)
{
    m_polling = false;
    m_queue.clear();
    Q_EMIT pollFinished(ok, error);
}

bool WhatsAppOwnerChannel::stored(bool ok, const QString &error)
{
    if (!ok)
        finishPoll(false, tr("A WhatsApp message for the owner could not be handled: %1").arg(error));
    return ok;
}

bool WhatsAppOwnerChannel::advance(const Message &m)
{
    QString error;
    return stored(m_inbox.markHandled(m, &error), error);
}

void WhatsAppOwnerChannel::nextMessage()
{
    if (!m_queue.isEmpty()) {
        handle(m_queue.takeFirst(), [this] { nextMessage(); });
        return;
    }
    // The owner's messages first: a pairing or a message that opens the window lets this round show the drafts.
    QList<qint64> ids;
    if (isPaired())
        for (const DraftRow &d : ChaseEngine(m_book).pendingDrafts(draftsPerPoll))
            ids.append(d.id);
    ids = m_prompts->notShown(Channel::WhatsApp, ids);
    const Next finished = [this] { finishPoll(true, QString()); };
    if (ids.isEmpty() || insideWindow())
        pushDrafts(ids, finished);
    else
        nudge(int(ids.size()), finished);
}

void WhatsAppOwnerChannel::handle(const Message &m, const Next &done)
{
    const QString owner = m_pairing->pairedChat(Channel::WhatsApp);
    if (m.kind == WhatsAppInbound::Kind::ButtonReply) {
        if (const std::optional<OwnerButton> button = OwnerButton::parse(m.buttonId)) {
            if (owner.isEmpty() || m.from != owner)
                refuse(m, done);
            else
                handleButton(m, *button, done);
            return;
        }
    }
    QString code;
    if (m.kind == WhatsAppInbound::Kind::Text && WhatsAppOwnerInbox::isPairingAttempt(m.text, &code)) {
        handleStart(m, code, done);
        return;
    }
    if (owner.isEmpty() || m.from != owner) { // unpaired since it was queued
        refuse(m, done);
        return;
    }
    if (m.kind == WhatsAppInbound::Kind::VoiceNote) {
        handleVoice(m, done);
        return;
    }
    // A template's quick reply (the nudge's) or a list row: it opened the window, which is all it asks.
    if (m.kind != WhatsAppInbound::Kind::Text || m.text.trimmed().isEmpty()) {
        if (advance(m))
            done();
        return;
    }
    if (const qint64 draftId = m_prompts->editing(Channel::WhatsApp)) {
        handleNewWording(m, draftId, done);
        return;
    }
    answer(m, m.text.trimmed(), false, done);
}

void WhatsAppOwnerChannel::handleStart(const Message &m, const QString &code, const Next &done)
{
    QString error;
    const auto outcome = m_pairing->pair(Channel::WhatsApp, m.from, code, &error, m_inbox.handled(m));
    m_log.info(QStringLiteral("pairing"),
        { { QStringLiteral("wa_id"), m.from },
            { QStringLiteral("outcome"), outcome == OwnerPairing::Outcome::Paired ? key("paired") : key("refused") } });
    if (stored(outcome != OwnerPairing::Outcome::Failed, error))
        say(m.from, OwnerChatTexts::pairing(outcome, QStringLiteral("start 482913")), done);
}

void WhatsAppOwnerChannel::refuse(const Message &m, const Next &done)
{
    const QString what = m.kind == WhatsAppInbound::Kind::ButtonReply ? key("button") : key("message");
    QString error;
    if (!stored(m_pairing->recordRefusal(Channel::WhatsApp, m.from, what, &error, m_inbox.handled(m)), error))
        return;
    m_log.warning(QStringLiteral("stranger_refused"), { { QStringLiteral("wa_id"), m.from }, { key("what"), what } });
    say(m.from, OwnerChatTexts::refusal(m_book), done);
}

void WhatsAppOwnerChannel::handleButton(const Message &m, const OwnerButton &button, const Next &done)
{
    const std::optional<OwnerPrompt> prompt = m_prompts->forButton(Channel::WhatsApp, button);
    if (!prompt) {
        // From an earlier showing of a draft since edited or decided, or forged: it does nothing.
        m_log.info(QStringLiteral("stale_button"));
        if (advance(m))
            done();
        return;
    }
    const auto r = OwnerDraftFlow(m_book, Channel::WhatsApp, actor).press(*prompt, button.action, m_inbox.handled(m));
    const QString which
        = r.draft ? tr("the reminder to %1 (%2)").arg(r.draft->clientName, r.draft->billNumber) : QString();
    switch (r.outcome) {
    case OwnerDraftFlow::Outcome::Approved:
        say(m.from, tr("Approved: %1 will go out shortly.").arg(which), done);
        return;
    case OwnerDraftFlow::Outcome::Skipped:
        say(m.from, tr("Skipped %1.").arg(which), done);
        return;
    case OwnerDraftFlow::Outcome::Editing:
        say(m.from, OwnerChatTexts::askNewWording(*r.draft), done);
        return;
    default:
        answerDecision(m, r, done);
        return;
    }
}

void WhatsAppOwnerChannel::handleNewWording(const Message &m, qint64 draftId, const Next &done)
{
    const auto r
        = OwnerDraftFlow(m_book, Channel::WhatsApp, actor).reword(draftId, m.text.trimmed(), m_inbox.handled(m));
    if (r.outcome == OwnerDraftFlow::Outcome::Reworded)
        showDraft(*r.draft, r.prompt, done, true);
    else if (r.outcome == OwnerDraftFlow::Outcome::AlreadyHandled)
        say(m.from, OwnerChatTexts::wordingNotUsed(), done);
    else
        answerDecision(m, r, done);
}

void WhatsAppOwnerChannel::answerDecision(const Message &m, const OwnerDraftFlow::Result &r, const Next &done)
{
    switch (r.outcome) {
    case OwnerDraftFlow::Outcome::AlreadyHandled:
        say(m.from, OwnerChatTexts::alreadyHandled(), done);
        return;
    case OwnerDraftFlow::Outcome::Refused:
        m_log.warning(QStringLiteral("decision_refused"), { { QStringLiteral("error"), r.error } });
        say(m.from, r.error, done);
        return;
    default:
        stored(false, r.error);
        return;
    }
}

QUrl WhatsAppOwnerChannel::graphUrl(const QString &path) const
{
    QUrl url = m_settings.api.apiBase;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(QStringLiteral("%1/%2/%3").arg(base, m_settings.api.apiVersion, path));
    return url;
}

QNetworkReply *WhatsAppOwnerChannel::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_settings.api.token.toUtf8());
    request.setTransferTimeout(m_settings.api.transferTimeoutMs);
    return m_network->get(request);
}

void WhatsAppOwnerChannel::handleVoice(const Message &m, const Next &done)
{
    if (!m_settings.transcription.isConfigured()) {
        if (advance(m))
            say(m.from, OwnerChatTexts::voiceNotSetUp(), done);
        return;
    }
    // Graph API: GET /{media-id} answers {"url": ...}; the URL itself wants the token too.
    QNetworkReply *lookup = get(graphUrl(m.mediaId));
    connect(lookup, &QNetworkReply::finished, this, [this, lookup, m, done] {
        lookup->deleteLater();
        const QUrl url(QJsonDocument::fromJson(lookup->readAll()).object().value(key("url")).toString());
        if (lookup->error() != QNetworkReply::NoError || !url.isValid() || url.host().isEmpty()) {
            m_log.warning(QStringLiteral("voice_not_found"),
                { { QStringLiteral("error"), RedactingLog::redact(lookup->errorString(), { m_settings.api.token }) } });
            transcribe(m, QByteArray(), done);
            return;
        }
        QNetworkReply *download = get(url);
        connect(download, &QNetworkReply::finished, this, [this, download, m, done] {
            download->deleteLater();
            const bool ok = download->error() == QNetworkReply::NoError;
            if (!ok)
                m_log.warning(QStringLiteral("voice_not_downloaded"),
                    { { QStringLiteral("error"),
                        RedactingLog::redact(download->errorString(), { m_settings.api.token }) } });
            transcribe(m, ok ? download->readAll() : QByteArray(), done);
        });
    });
}

void WhatsAppOwnerChannel::transcribe(const Message &m, const QByteArray &audio, const Next &done)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto requestId = std::make_shared<qint64>(0);
    *connection = connect(m_transcription, &TranscriptionClient::finished, this,
        [=, this](qint64 id, bool ok, const QString &heard, const QString &error) {
            if (id != *requestId)
                return;
            disconnect(*connection);
            if (ok && !heard.isEmpty()) {
                answer(m, heard, true, done);
                return;
            }
            m_log.warning(QStringLiteral("voice_not_transcribed"), { { QStringLiteral("error"), error } });
            if (advance(m))
                say(m.from, OwnerChatTexts::voiceNotHeard(), done);
        });
    // Empty audio finishes at once with ok = false: one path for every failure.
    const QString mimeType = m.mimeType.isEmpty() ? QStringLiteral("audio/ogg") : m.mimeType;
    *requestId
        = m_transcription->transcribe(audio, QStringLiteral("voice.ogg"), mimeType.section(QLatin1Char(';'), 0, 0));
}

void WhatsAppOwnerChannel::answer(const Message &m, const QString &words, bool spoken, const Next &done)
{
    // The Assistant writes only after a yes; a "yes" handled twice after a crash finds nothing open.
    const QString reply = m_assistant->reply(words);
    if (advance(m))
        say(m.from, spoken ? OwnerChatTexts::heard(words, reply) : reply, done);
}

void WhatsAppOwnerChannel::pushDrafts(QList<qint64> draftIds, const Next &next)
{
    if (draftIds.isEmpty()) {
        next();
        return;
    }
    const qint64 draftId = draftIds.takeFirst();
    const Next rest = [this, draftIds, next] { pushDrafts(draftIds, next); };
    QString error;
    const auto toShow = OwnerDraftFlow(m_book, Channel::WhatsApp, actor)
                            .toShow(draftId, m_pairing->pairedChat(Channel::WhatsApp), &error);
    if (!toShow) {
        m_log.info(
            QStringLiteral("draft_not_shown"), { { QStringLiteral("draft_id"), draftId }, { key("error"), error } });
        rest();
        return;
    }
    showDraft(toShow->first, toShow->second, rest, false);
}

void WhatsAppOwnerChannel::showDraft(const DraftRow &draft, const OwnerPrompt &prompt, const Next &next, bool again)
{
    QString text = OwnerChatTexts::draft(m_book, draft);
    if (again)
        text = OwnerChatTexts::changed(text);
    const qint64 promptId = prompt.id;
    const auto settle = [this, promptId, next](OwnerDraftFlow::Delivery delivery, const QString &providerId) {
        QString error;
        if (!OwnerDraftFlow(m_book, Channel::WhatsApp, actor).shown(promptId, delivery, providerId, &error))
            m_log.warning(QStringLiteral("prompt_not_updated"), { { QStringLiteral("error"), error } });
        next();
    };
    const auto buttons = [this, prompt, settle](const QString &body) {
        send(WhatsAppMessages::draftButtons(prompt.chatId, body, prompt.draftId, prompt.nonce),
            [settle](const SendResult &r) { settle(deliveryOf(r), r.providerId); });
    };
    if (text.size() <= WhatsAppMessages::maxBodyLength) {
        buttons(text);
        return;
    }
    // Too long for the buttons' message: the whole wording goes first as text, so that Send approves only words
    // the owner could read; the buttons follow, asking about it.
    send(WhatsAppMessages::text(prompt.chatId, text), [this, draft, buttons, settle](const SendResult &r) {
        if (r.kind != SendResult::Kind::Sent) {
            settle(deliveryOf(r), QString());
            return;
        }
        buttons(tr("Send the reminder above to %1 (%2)?").arg(draft.clientName, draft.billNumber));
    });
}

OwnerDraftFlow::Delivery WhatsAppOwnerChannel::deliveryOf(const SendResult &r)
{
    using Delivery = OwnerDraftFlow::Delivery;
    const bool failed = r.kind == SendResult::Kind::Failed;
    return r.kind == SendResult::Kind::Sent ? Delivery::Sent
        : failed && r.transient             ? Delivery::NotSent
        : failed                            ? Delivery::Refused
                                            : Delivery::Perhaps;
}

void WhatsAppOwnerChannel::nudge(int waiting, const Next &next)
{
    m_log.info(QStringLiteral("drafts_wait_for_window"), { { QStringLiteral("drafts"), waiting } });
    const QDateTime nudged = sql::toDateTime(bridgestate::value(m_book.database(), nudgedKey));
    const QDateTime last = m_inbox.lastOwnerMessageAt();
    // One nudge per closed window: none again until the owner has written since.
    if (m_settings.nudgeTemplate.isEmpty() || (nudged.isValid() && (!last.isValid() || nudged >= last))) {
        next();
        return;
    }
    QString error;
    if (!bridgestate::setValue(m_book.database(), nudgedKey, sql::dateTime(m_book.clock().now()).toString(), &error)) {
        finishPoll(false, tr("A WhatsApp message for the owner could not be handled: %1").arg(error));
        return;
    }
    const QJsonObject body = WhatsAppMessages::templateMessage(m_pairing->pairedChat(Channel::WhatsApp),
        m_settings.nudgeTemplate, m_settings.nudgeLanguage, { QString::number(waiting) });
    send(body, [this, next](const SendResult &r) {
        QString why;
        if (r.kind == SendResult::Kind::Failed)
            if (!bridgestate::remove(m_book.database(), nudgedKey, &why)) // certainly not sent: nudge again later
                m_log.warning(QStringLiteral("nudge_not_forgotten"), { { QStringLiteral("error"), why } });
        next();
    });
}

} // namespace duedesk
