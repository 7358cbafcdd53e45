// The owner's assistant over WhatsApp, over a real test book: the owner's messages reach the real webhook server
// (signed, on loopback) and are queued for the channel, which answers through a fake Cloud API on 127.0.0.1.
// Pairing with the desktop's one code (shared with Telegram), strangers refused without effect, the owner's messages
// kept out of clients' conversations, drafts shown once as interactive reply-button messages inside the 24-hour
// window only, Send / Edit / Skip with the prompt's nonce, text and voice to the Assistant, redeliveries handled once.

#include "FakeChatServer.h"
#include "JsonKeyPaths.h"
#include "OwnerChatTestBook.h"

#include <Assistant.h>
#include <ChaseEngine.h>
#include <OwnerPairing.h>
#include <OwnerPrompts.h>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>
#include <Repositories.h>
#include <WhatsAppOwnerChannel.h>
#include <WhatsAppSignature.h>
#include <WhatsAppWebhookServer.h>

using namespace duedesk;

namespace {

const QString token = QStringLiteral("EAAG-test_owner_whatsapp_token_value");
const QString phoneId = QStringLiteral("106540352242922");
const QByteArray appSecret("test_app_secret");
const QString owner = QStringLiteral("447700900001");
const QString stranger = QStringLiteral("16505551234"); // also a client on WhatsApp
const QString mediaId = QStringLiteral("MEDIA-1");
const QByteArray voiceBytes("OggS-fake-voice-bytes");
using ownertest::due;
using ownertest::poll;
using ownertest::question;
const QString replyButtonExample = QStringLiteral(
    DUEDESK_SOURCE_DIR "/../shared/contracts/whatsapp/samples/from-openapi-spec/send-request-send-reply-button.json");

// The Cloud API as far as the owner's channel uses it: POST messages (answered with wamid.OUT-<n>, or a scripted
// status), GET /{media-id} and the media URL it names. Every request is recorded.
class FakeCloudApi
{
public:
    struct Request {
        QString method;
        QString path;
        QByteArray authorization;
        QJsonObject json;
    };

    FakeCloudApi()
    {
        m_server.route(QStringLiteral("/v23.0/%1/messages").arg(phoneId), QHttpServerRequest::Method::Post,
            [this](const QHttpServerRequest &r) -> QHttpServerResponse {
                record(r, QStringLiteral("POST"));
                if (messageStatus != 200)
                    return QHttpServerResponse(
                        QJsonObject{ { QStringLiteral("error"),
                            QJsonObject{ { QStringLiteral("message"), QStringLiteral("scripted") } } } },
                        QHttpServerResponse::StatusCode(messageStatus));
                const QJsonObject sent{ { QStringLiteral("id"), QStringLiteral("wamid.OUT-%1").arg(++m_sent) } };
                return QHttpServerResponse(
                    QJsonObject{ { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
                        { QStringLiteral("messages"), QJsonArray{ sent } } });
            });
        m_server.route(QStringLiteral("/v23.0/%1").arg(mediaId), QHttpServerRequest::Method::Get,
            [this](const QHttpServerRequest &r) -> QHttpServerResponse {
                record(r, QStringLiteral("GET"));
                return QHttpServerResponse(QJsonObject{
                    { QStringLiteral("url"), QString(url().toString() + QStringLiteral("/media/") + mediaId) },
                    { QStringLiteral("mime_type"), QStringLiteral("audio/ogg") }, { QStringLiteral("id"), mediaId } });
            });
        m_server.route(QStringLiteral("/media/%1").arg(mediaId), QHttpServerRequest::Method::Get,
            [this](const QHttpServerRequest &r) -> QHttpServerResponse {
                record(r, QStringLiteral("GET"));
                if (r.value("Authorization") != "Bearer " + token.toUtf8())
                    return QHttpServerResponse(QHttpServerResponse::StatusCode::Unauthorized);
                return QHttpServerResponse(QByteArrayLiteral("audio/ogg"), voiceBytes);
            });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_port != 0; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    const QList<Request> &requests() const { return m_requests; }

    // The messages sent to `to`, as their JSON bodies.
    QList<QJsonObject> messagesTo(const QString &to, const QString &type = QString()) const
    {
        QList<QJsonObject> bodies;
        for (const Request &r : m_requests)
            if (r.method == QLatin1String("POST") && r.json.value(QStringLiteral("to")).toString() == to
                && (type.isEmpty() || r.json.value(QStringLiteral("type")).toString() == type))
                bodies.append(r.json);
        return bodies;
    }

    int messageStatus = 200;

private:
    void record(const QHttpServerRequest &r, const QString &method)
    {
        m_requests.append(
            { method, r.url().path(), r.value("Authorization"), QJsonDocument::fromJson(r.body()).object() });
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QList<Request> m_requests;
    int m_sent = 0;
};

} // namespace

class tst_WhatsAppOwnerChannel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestBook> m_book;
    std::unique_ptr<FakeCloudApi> m_api;
    std::unique_ptr<WhatsAppWebhookServer> m_webhook;
    QNetworkAccessManager m_nam;
    qint64 m_draftId = 0;
    int m_nextWamid = 1;

    WhatsAppOwnerChannelSettings settings() const
    {
        WhatsAppOwnerChannelSettings s;
        s.api.apiBase = m_api->url();
        s.api.phoneNumberId = phoneId;
        s.api.token = token;
        s.api.transferTimeoutMs = 5000;
        return s;
    }

    QJsonObject message(const QString &from, const QString &type, const QString &payloadKey, const QJsonObject &payload,
        const QString &wamid = QString())
    {
        return { { QStringLiteral("from"), from },
            { QStringLiteral("id"), wamid.isEmpty() ? QStringLiteral("wamid.IN-%1").arg(m_nextWamid++) : wamid },
            { QStringLiteral("timestamp"), QString::number(m_book->clock().now().toSecsSinceEpoch()) },
            { QStringLiteral("type"), type }, { payloadKey, payload } };
    }
    QJsonObject text(const QString &from, const QString &words, const QString &wamid = QString())
    {
        return message(
            from, QStringLiteral("text"), QStringLiteral("text"), { { QStringLiteral("body"), words } }, wamid);
    }
    QJsonObject press(const QString &from, const QString &id)
    {
        const QJsonObject reply{ { QStringLiteral("id"), id }, { QStringLiteral("title"), QStringLiteral("Send") } };
        return message(from, QStringLiteral("interactive"), QStringLiteral("interactive"),
            { { QStringLiteral("type"), QStringLiteral("button_reply") }, { QStringLiteral("button_reply"), reply } });
    }
    QJsonObject voice(const QString &from)
    {
        return message(from, QStringLiteral("audio"), QStringLiteral("audio"),
            { { QStringLiteral("id"), mediaId },
                { QStringLiteral("mime_type"), QStringLiteral("audio/ogg; codecs=opus") },
                { QStringLiteral("voice"), true } });
    }

    // Posts the messages to the webhook, signed as Meta signs them; true on 200.
    bool deliver(const QJsonArray &messages)
    {
        const QJsonObject value{ { QStringLiteral("messaging_product"), QStringLiteral("whatsapp") },
            { QStringLiteral("metadata"),
                QJsonObject{ { QStringLiteral("display_phone_number"), QStringLiteral("15550783881") },
                    { QStringLiteral("phone_number_id"), phoneId } } },
            { QStringLiteral("messages"), messages } };
        const QJsonObject change{ { QStringLiteral("field"), QStringLiteral("messages") },
            { QStringLiteral("value"), value } };
        const QJsonObject entry{ { QStringLiteral("id"), QStringLiteral("1") },
            { QStringLiteral("changes"), QJsonArray{ change } } };
        const QByteArray body
            = QJsonDocument(QJsonObject{ { QStringLiteral("object"), QStringLiteral("whatsapp_business_account") },
                                { QStringLiteral("entry"), QJsonArray{ entry } } })
                  .toJson(QJsonDocument::Compact);
        QNetworkRequest request(m_webhook->url());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("X-Hub-Signature-256", WhatsAppSignature::sign(appSecret, body));
        QNetworkReply *reply = m_nam.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        const bool done = reply->isFinished() || finished.wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return done && status == 200;
    }

    // Pairs the owner's wa_id through the webhook and the channel (one poll), with the one code the desktop shows
    // for both channels. The poll shows the pending draft too.
    bool pairOwner(WhatsAppOwnerChannel &channel, const QString &command = QStringLiteral("start "))
    {
        const auto code
            = OwnerPairing(m_book->book()).issueCode(QList<Channel>{ Channel::Telegram, Channel::WhatsApp });
        return code && deliver({ text(owner, command + *code) }) && poll(channel) && channel.isPaired();
    }

    OwnerPrompt prompt() const { return ownertest::prompt(*m_book, Channel::WhatsApp, m_draftId); }

    QString button(OwnerButton::Action action) const { return OwnerButton{ action, m_draftId, prompt().nonce }.data(); }

    QStringList textsTo(const QString &to) const
    {
        QStringList texts;
        for (const QJsonObject &m : m_api->messagesTo(to, QStringLiteral("text")))
            texts.append(m.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString());
        return texts;
    }

    QList<QJsonObject> prompts() const { return m_api->messagesTo(owner, QStringLiteral("interactive")); }

    QString businessTables() const { return ownertest::businessTables(*m_book); }

    QString draftState() const { return ownertest::draftState(*m_book, m_draftId); }

    int inboundMessages() const
    {
        QSqlQuery q(m_book->book().database());
        return q.exec(QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'in'")) && q.next()
            ? q.value(0).toInt()
            : -1;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<WhatsAppInbound>(); }

    void init()
    {
        m_book = std::make_unique<TestBook>();
        QVERIFY2(m_book->isValid(), qPrintable(m_book->error()));
        m_api = std::make_unique<FakeCloudApi>();
        QVERIFY(m_api->isListening());
        WhatsAppWebhookServer::Settings ws;
        ws.appSecret = appSecret;
        ws.verifyToken = QStringLiteral("verify-me");
        ws.ownerAssistant = true;
        m_webhook = std::make_unique<WhatsAppWebhookServer>(m_book->book(), ws);
        QVERIFY2(m_webhook->listen(), qPrintable(m_webhook->error()));
        m_nextWamid = 1;
        m_draftId = ownertest::planOneDraft(*m_book);
        QVERIFY(m_draftId > 0);
        ClientRow onWhatsApp;
        onWhatsApp.name = QStringLiteral("Sheena Nelson");
        onWhatsApp.relationshipStart = QDate(2024, 1, 1);
        onWhatsApp.whatsappId = stranger;
        QVERIFY(ClientRepository(m_book->book()).insert(onWhatsApp));
    }

    void cleanup()
    {
        m_webhook.reset();
        m_api.reset();
        m_book.reset();
    }

    void theRightCodePairsTheOwnersNumber_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("start") << QStringLiteral("start ");
        QTest::newRow("/Start") << QStringLiteral("/Start ");
        QTest::newRow("START") << QStringLiteral("START  ");
    }
    void theRightCodePairsTheOwnersNumber()
    {
        QFETCH(QString, command);
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(channel.isConfigured());
        QVERIFY(!channel.isPaired());
        QVERIFY(pairOwner(channel, command));
        QCOMPARE(OwnerPairing(m_book->book()).pairedChat(Channel::WhatsApp), owner);
        QCOMPARE(textsTo(owner).first(), QStringLiteral("Paired. I will send you reminders to approve here."));
        const FakeCloudApi::Request first = m_api->requests().first();
        QCOMPARE(first.path, QStringLiteral("/v23.0/%1/messages").arg(phoneId));
        QCOMPARE(first.authorization, "Bearer " + token.toUtf8());
        QVERIFY(channel.insideWindow()); // the pairing message opened it
    }

    // The desktop shows one code for both channels: used on WhatsApp, it is gone for Telegram too, and the other way.
    void oneCodePairsOnlyOnceAcrossBothChannels()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        OwnerPairing pairing(m_book->book());
        const QString code = *pairing.issueCode(QList<Channel>{ Channel::Telegram, Channel::WhatsApp });
        QVERIFY(deliver({ text(owner, QStringLiteral("start ") + code) }));
        QVERIFY(poll(channel));
        QVERIFY(channel.isPaired());
        QCOMPARE(pairing.pair(Channel::Telegram, QStringLiteral("5550001"), code), OwnerPairing::Outcome::WrongCode);
        QVERIFY(!pairing.isPaired(Channel::Telegram));

        const QString next = *pairing.issueCode(QList<Channel>{ Channel::Telegram, Channel::WhatsApp });
        QCOMPARE(pairing.pair(Channel::Telegram, QStringLiteral("5550001"), next), OwnerPairing::Outcome::Paired);
        QVERIFY(deliver({ text(QStringLiteral("447700900999"), QStringLiteral("start ") + next) }));
        QVERIFY(poll(channel));
        QCOMPARE(pairing.pairedChat(Channel::WhatsApp), owner);
        QVERIFY(textsTo(QStringLiteral("447700900999")).first().contains(QStringLiteral("not right")));
    }

    // Five wrong tries in all use the shared code up: two channels do not give a guesser ten.
    void wrongTriesCountAcrossBothChannels()
    {
        OwnerPairing pairing(m_book->book());
        const QString code = *pairing.issueCode(QList<Channel>{ Channel::Telegram, Channel::WhatsApp });
        const QString wrong = ownertest::wrongCode(code);
        for (int i = 0; i < OwnerPairing::maxWrongAttempts; ++i)
            QCOMPARE(pairing.pair(i % 2 ? Channel::Telegram : Channel::WhatsApp, owner, wrong),
                OwnerPairing::Outcome::WrongCode);
        QVERIFY(!pairing.codeExpiresAt(Channel::Telegram).isValid());
        QVERIFY(!pairing.codeExpiresAt(Channel::WhatsApp).isValid());
        QCOMPARE(pairing.pair(Channel::WhatsApp, owner, code), OwnerPairing::Outcome::WrongCode);
    }

    void aWrongOrExpiredCodeIsPolitelyRefused_data()
    {
        QTest::addColumn<bool>("expired");
        QTest::newRow("wrong") << false;
        QTest::newRow("expired") << true;
    }
    void aWrongOrExpiredCodeIsPolitelyRefused()
    {
        QFETCH(bool, expired);
        const QString code
            = *OwnerPairing(m_book->book()).issueCode(QList<Channel>{ Channel::Telegram, Channel::WhatsApp });
        const QString wrong = ownertest::wrongCode(code);
        if (expired)
            m_book->clock().advanceSecs(OwnerPairing::codeLifetimeSeconds + 1);
        QVERIFY(deliver({ text(owner, QStringLiteral("start ") + (expired ? code : wrong)) }));
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(poll(channel));
        QVERIFY(!channel.isPaired());
        const QStringList answers = textsTo(owner);
        QCOMPARE(answers.size(), 1);
        QVERIFY2(answers.first().startsWith(QStringLiteral("Sorry, that code")), qPrintable(answers.first()));
        QVERIFY(answers.first().contains(expired ? QStringLiteral("expired") : QStringLiteral("not right")));
        QVERIFY(prompts().isEmpty()); // nothing is shown to an unpaired number
        QVERIFY(OwnerPrompts(m_book->book()).find(Channel::WhatsApp, m_draftId) == std::nullopt);
    }

    void aStrangersPressWithTheRealNonceChangesNothing()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        QCOMPARE(prompts().size(), 1);
        const QString before = businessTables();
        QVERIFY(deliver({ press(stranger, button(OwnerButton::Action::Send)),
            press(stranger, button(OwnerButton::Action::Skip)) }));
        QVERIFY(poll(channel));
        QCOMPARE(businessTables(), before);
        QCOMPARE(draftState(), QStringLiteral("pending"));
        QCOMPARE(OwnerPairing(m_book->book()).refusalCount(Channel::WhatsApp), 2);
        const QStringList toStranger = textsTo(stranger);
        QCOMPARE(toStranger.size(), 2);
        for (const QString &t : toStranger)
            QVERIFY2(t.startsWith(QStringLiteral("This is a private assistant for Harbour Bakery.")), qPrintable(t));
    }

    // An owner is not a client: their words ("STOP", "paid") are neither stored in a conversation nor acted on by
    // ReplyHandler; a client's words still are.
    void theOwnersMessagesStayOutOfClientsConversations()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        QSignalSpy recorded(m_webhook.get(), &WhatsAppWebhookServer::inboundRecorded);
        QSignalSpy queued(m_webhook.get(), &WhatsAppWebhookServer::ownerMessageQueued);
        QVERIFY(deliver({ text(owner, QStringLiteral("STOP")), text(owner, QStringLiteral("I paid INV-7")) }));
        QCOMPARE(inboundMessages(), 0);
        QCOMPARE(recorded.size(), 0);
        QCOMPARE(queued.size(), 2);
        QVERIFY(poll(channel));
        QCOMPARE(inboundMessages(), 0);
        QCOMPARE(textsTo(owner).size(), 3); // "Paired." and the Assistant's two answers
        QVERIFY(deliver({ text(stranger, QStringLiteral("Does it come in another color?")) }));
        QCOMPARE(inboundMessages(), 1);
        QCOMPARE(recorded.size(), 1);
        QVERIFY(poll(channel));
        QVERIFY(textsTo(stranger).isEmpty()); // the assistant does not answer clients
    }

    void aDraftIsShownOnceAsAnInteractiveMessageWithThreeButtons()
    {
        QFile example(replyButtonExample);
        QVERIFY2(example.open(QIODevice::ReadOnly),
            qPrintable(QStringLiteral("../shared is missing: cannot read %1").arg(replyButtonExample)));
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        QVERIFY(poll(channel));
        QVERIFY(poll(channel));
        QCOMPARE(prompts().size(), 1);
        const QJsonObject shown = prompts().first();
        QCOMPARE(jsonKeyPaths(shown), jsonKeyPaths(QJsonDocument::fromJson(example.readAll()).object()));
        const QJsonObject interactive = shown.value(QStringLiteral("interactive")).toObject();
        QCOMPARE(interactive.value(QStringLiteral("type")).toString(), QStringLiteral("button"));
        const QString body
            = interactive.value(QStringLiteral("body")).toObject().value(QStringLiteral("text")).toString();
        const DraftRow draft = *ChaseEngine(m_book->book()).draft(m_draftId);
        for (const QString &part : { QStringLiteral("Harbour Cafe"), QStringLiteral("INV-7"), QStringLiteral("£240.00"),
                 draft.body.left(200) })
            QVERIFY2(body.contains(part), qPrintable(body));
        const QJsonArray buttons
            = interactive.value(QStringLiteral("action")).toObject().value(QStringLiteral("buttons")).toArray();
        QCOMPARE(buttons.size(), 3);
        const QStringList titles{ QStringLiteral("Send"), QStringLiteral("Edit"), QStringLiteral("Skip") };
        const QList<OwnerButton::Action> actions{ OwnerButton::Action::Send, OwnerButton::Action::Edit,
            OwnerButton::Action::Skip };
        for (int i = 0; i < 3; ++i) {
            const QJsonObject reply = buttons.at(i).toObject().value(QStringLiteral("reply")).toObject();
            QCOMPARE(reply.value(QStringLiteral("title")).toString(), titles.at(i));
            QCOMPARE(reply.value(QStringLiteral("id")).toString(), button(actions.at(i)));
        }
        QCOMPARE(prompt().state, OwnerPromptState::Shown);
        QCOMPARE(prompt().chatId, owner);
        QCOMPARE(prompt().providerMessageId, QStringLiteral("wamid.OUT-2")); // after "Paired."
    }

    // The buttons' message holds 1024 characters: a longer wording goes first in full, as text, so that Send
    // approves only words the owner could read.
    void aLongDraftIsShownInFullBeforeItsButtons()
    {
        const QString wording = QStringLiteral("Hello Harbour Cafe, ") + QString(1300, QLatin1Char('x')) + QStringLiteral(" END");
        QString error;
        QVERIFY2(ChaseEngine(m_book->book()).edit(m_draftId, wording, QStringLiteral("owner"), &error), qPrintable(error));
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        QCOMPARE(prompts().size(), 1);
        QVERIFY(textsTo(owner).last().contains(wording));
        const QString asked = prompts().first()
                                  .value(QStringLiteral("interactive")).toObject()
                                  .value(QStringLiteral("body")).toObject()
                                  .value(QStringLiteral("text")).toString();
        QCOMPARE(asked, QStringLiteral("Send the reminder above to Harbour Cafe (INV-7)?"));
        QVERIFY(!prompt().providerMessageId.isEmpty());
        deliver({ press(owner, button(OwnerButton::Action::Send)) });
        QVERIFY(poll(channel));
        QCOMPARE(draftState(), QStringLiteral("approved"));
        QCOMPARE(ChaseEngine(m_book->book()).outbox().first().body, wording);
    }

    void aDraftTheServerCouldNotTakeIsShownAtTheNextRound()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        m_api->messageStatus = 503;
        QVERIFY(pairOwner(channel)); // every answer fails; the pairing itself is in the book
        QVERIFY(channel.isPaired());
        QVERIFY(!OwnerPrompts(m_book->book()).find(Channel::WhatsApp, m_draftId)); // not shown: forgotten
        m_api->messageStatus = 200;
        QVERIFY(poll(channel));
        QCOMPARE(prompt().providerMessageId, QStringLiteral("wamid.OUT-1"));
    }

    // A 4xx will not change by asking again: the draft is not offered round after round (the desktop has it).
    void aDraftTheApiRefusesIsNotOfferedAgainAndAgain()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        m_api->messageStatus = 400;
        QVERIFY(pairOwner(channel));
        const qsizetype tried = prompts().size();
        QCOMPARE(tried, 1);
        QVERIFY(OwnerPrompts(m_book->book()).find(Channel::WhatsApp, m_draftId));
        QVERIFY(poll(channel));
        QVERIFY(poll(channel));
        QCOMPARE(prompts().size(), tried);
    }

    void sendApprovesTheDraft()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        const QString send = button(OwnerButton::Action::Send);
        QVERIFY(deliver({ press(owner, send) }));
        QVERIFY(poll(channel));
        QCOMPARE(draftState(), QStringLiteral("approved"));
        const QList<OutboxRow> outbox = ChaseEngine(m_book->book()).outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().draftId, m_draftId);
        QCOMPARE(outbox.first().state, OutboxState::Queued);
        QCOMPARE(prompt().state, OwnerPromptState::Approved);
        QCOMPARE(textsTo(owner).last(),
            QStringLiteral("Approved: the reminder to Harbour Cafe (INV-7) will go out shortly."));
        // Pressed again (a double tap): nothing more is queued, nothing more is said.
        const qsizetype requests = m_api->requests().size();
        QVERIFY(deliver({ press(owner, send) }));
        QVERIFY(poll(channel));
        QCOMPARE(ChaseEngine(m_book->book()).outbox().size(), 1);
        QCOMPARE(m_api->requests().size(), requests);
    }

    void skipSkipsTheDraft()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        QVERIFY(deliver({ press(owner, button(OwnerButton::Action::Skip)) }));
        QVERIFY(poll(channel));
        QCOMPARE(draftState(), QStringLiteral("skipped"));
        QVERIFY(ChaseEngine(m_book->book()).outbox().isEmpty());
        QCOMPARE(prompt().state, OwnerPromptState::Skipped);
        QCOMPARE(textsTo(owner).last(), QStringLiteral("Skipped the reminder to Harbour Cafe (INV-7)."));
    }

    void aPressWithAStaleNonceDoesNothing()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        const QString before = businessTables();
        const qsizetype requests = m_api->requests().size();
        QVERIFY(deliver({ press(owner, QStringLiteral("a:%1:AAAAAAAAAAAAAAAA").arg(m_draftId)) }));
        QVERIFY(poll(channel));
        QCOMPARE(businessTables(), before);
        QCOMPARE(draftState(), QStringLiteral("pending"));
        QCOMPARE(m_api->requests().size(), requests);
    }

    void aDraftApprovedOnTheDesktopIsAlreadyHandled()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        QVERIFY(ChaseEngine(m_book->book()).approve(m_draftId, QStringLiteral("owner")));
        QVERIFY(deliver({ press(owner, button(OwnerButton::Action::Send)) }));
        QVERIFY(poll(channel));
        QCOMPARE(ChaseEngine(m_book->book()).outbox().size(), 1);
        QCOMPARE(textsTo(owner).last(), QStringLiteral("Already handled."));
        QCOMPARE(prompt().state, OwnerPromptState::Gone);
    }

    void editThenTextRewordsTheDraftAndShowsItAgain()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        const QString oldSend = button(OwnerButton::Action::Send);
        QVERIFY(deliver({ press(owner, button(OwnerButton::Action::Edit)) }));
        QVERIFY(poll(channel));
        QCOMPARE(
            textsTo(owner).last(), QStringLiteral("Send me the new wording for the reminder to Harbour Cafe (INV-7)."));
        QCOMPARE(prompt().state, OwnerPromptState::Edited);
        const QString wording = QStringLiteral("Hi! Could you settle INV-7 this week? Thanks, Sam");
        QVERIFY(deliver({ text(owner, wording) }));
        QVERIFY(poll(channel));
        QCOMPARE(ChaseEngine(m_book->book()).draft(m_draftId)->body, wording);
        QCOMPARE(draftState(), QStringLiteral("pending"));
        QCOMPARE(prompts().size(), 2);
        const QJsonObject again = prompts().last().value(QStringLiteral("interactive")).toObject();
        const QString body = again.value(QStringLiteral("body")).toObject().value(QStringLiteral("text")).toString();
        QVERIFY2(body.startsWith(QStringLiteral("Changed.")) && body.contains(wording), qPrintable(body));
        QCOMPARE(prompt().state, OwnerPromptState::Shown);
        QVERIFY(button(OwnerButton::Action::Send) != oldSend);
        QCOMPARE(again.value(QStringLiteral("action"))
                     .toObject()
                     .value(QStringLiteral("buttons"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("reply"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            button(OwnerButton::Action::Send));
        // The old showing's buttons no longer count; the new ones do.
        QVERIFY(deliver({ press(owner, oldSend) }));
        QVERIFY(poll(channel));
        QCOMPARE(draftState(), QStringLiteral("pending"));
        QVERIFY(deliver({ press(owner, button(OwnerButton::Action::Send)) }));
        QVERIFY(poll(channel));
        QCOMPARE(draftState(), QStringLiteral("approved"));
        QCOMPARE(ChaseEngine(m_book->book()).outbox().first().body, wording);
    }

    void theOwnersTextGoesToTheAssistant()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        const QString expected = Assistant(m_book->book()).reply(question);
        QVERIFY(expected.contains(QStringLiteral("240")));
        QVERIFY(deliver({ text(owner, question) }));
        QVERIFY(poll(channel));
        QCOMPARE(textsTo(owner).last(), expected);
    }

    void voiceNotesAreDeclinedUntilTranscriptionIsSetUp()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        QVERIFY(deliver({ voice(owner) }));
        QVERIFY(poll(channel));
        QCOMPARE(textsTo(owner).last(),
            QStringLiteral("Voice notes are not set up yet — please type it, or set up transcription in Settings."));
        for (const auto &r : m_api->requests())
            QCOMPARE(r.method, QStringLiteral("POST")); // the media was not fetched
    }

    void aVoiceNoteIsFetchedTranscribedAndAnswered()
    {
        FakeChatServer whisper;
        QVERIFY(whisper.isListening());
        whisper.answerWithStatus(200, QJsonDocument(QJsonObject{ { QStringLiteral("text"), question } }).toJson());
        WhatsAppOwnerChannelSettings s = settings();
        s.transcription.baseUrl = whisper.url();
        WhatsAppOwnerChannel channel(m_book->book(), s);
        QVERIFY(pairOwner(channel));
        QVERIFY(deliver({ voice(owner) }));
        QVERIFY(poll(channel));
        QStringList gets;
        for (const auto &r : m_api->requests())
            if (r.method == QLatin1String("GET")) {
                gets.append(r.path);
                QCOMPARE(r.authorization, "Bearer " + token.toUtf8());
            }
        QCOMPARE(gets, (QStringList{ QStringLiteral("/v23.0/") + mediaId, QStringLiteral("/media/") + mediaId }));
        QCOMPARE(whisper.requests().size(), 1);
        QVERIFY(whisper.requests().first().body.contains(voiceBytes));
        const QString answer = textsTo(owner).last();
        QVERIFY2(answer.startsWith(QStringLiteral("I heard: “%1”").arg(question)), qPrintable(answer));
        QVERIFY(answer.endsWith(Assistant(m_book->book()).reply(question)));
    }

    // WhatsApp refuses free-form messages 24 hours after the owner's last one: the drafts wait (one template nudge
    // when one is set up), and the owner's next message brings them.
    void outsideTheWindowNoInteractiveMessageIsSent()
    {
        WhatsAppOwnerChannelSettings s = settings();
        s.nudgeTemplate = QStringLiteral("duedesk_owner_waiting");
        WhatsAppOwnerChannel channel(m_book->book(), s);
        QVERIFY(pairOwner(channel));
        QCOMPARE(prompts().size(), 1);
        // A day after the owner's last message, a new bill's reminder is drafted.
        m_book->clock().advanceSecs(24 * 3600 + 1);
        QVERIFY(!channel.insideWindow());
        const qint64 clientId = ChaseEngine(m_book->book()).draft(m_draftId)->clientId;
        QVERIFY(m_book->addBill(QStringLiteral("INV-8"), clientId, due, 5000) > 0);
        QVERIFY(ChaseEngine(m_book->book()).plan(m_book->clock().now().date()));
        QList<qint64> pending;
        for (const DraftRow &d : ChaseEngine(m_book->book()).pendingDrafts())
            pending.append(d.id);
        const QList<qint64> waiting = OwnerPrompts(m_book->book()).notShown(Channel::WhatsApp, pending);
        QVERIFY(!waiting.isEmpty());
        QVERIFY(poll(channel));
        QVERIFY(poll(channel));
        QCOMPARE(prompts().size(), 1);
        QCOMPARE(OwnerPrompts(m_book->book()).notShown(Channel::WhatsApp, pending), waiting); // they wait
        const QList<QJsonObject> nudges = m_api->messagesTo(owner, QStringLiteral("template"));
        QCOMPARE(nudges.size(), 1); // once, not at every round
        const QJsonObject tpl = nudges.first().value(QStringLiteral("template")).toObject();
        QCOMPARE(tpl.value(QStringLiteral("name")).toString(), QStringLiteral("duedesk_owner_waiting"));
        QCOMPARE(tpl.value(QStringLiteral("components"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("parameters"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
            QString::number(waiting.size()));
        // The owner answers the nudge: the window is open again and the drafts come.
        QVERIFY(deliver({ text(owner, QStringLiteral("show me")) }));
        QVERIFY(poll(channel));
        QVERIFY(channel.insideWindow());
        QCOMPARE(prompts().size(), 1 + waiting.size());
        QVERIFY(OwnerPrompts(m_book->book()).notShown(Channel::WhatsApp, pending).isEmpty());
    }

    void aRedeliveredOwnerMessageIsHandledOnce()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QVERIFY(pairOwner(channel));
        QSignalSpy queued(m_webhook.get(), &WhatsAppWebhookServer::ownerMessageQueued);
        const QString wamid = QStringLiteral("wamid.ONCE");
        QVERIFY(deliver({ text(owner, question, wamid) }));
        QVERIFY(deliver({ text(owner, question, wamid) })); // Meta redelivers before the round
        QCOMPARE(queued.size(), 1);
        const int answered = int(textsTo(owner).size());
        QVERIFY(poll(channel));
        QCOMPARE(textsTo(owner).size(), answered + 1);
        // After it was handled, by a channel restarted on the same book.
        QVERIFY(deliver({ text(owner, question, wamid) }));
        WhatsAppOwnerChannel restarted(m_book->book(), settings());
        QVERIFY(poll(restarted));
        QCOMPARE(textsTo(owner).size(), answered + 1);
        QCOMPARE(queued.size(), 1);
    }

    void sendToOwnerNeedsThePairingAndTheWindow()
    {
        WhatsAppOwnerChannel channel(m_book->book(), settings());
        QCOMPARE(channel.sendToOwner(QStringLiteral("Weekly cash")), 0);
        QVERIFY(pairOwner(channel));
        QSignalSpy done(&channel, &OwnerChannel::ownerMessageSent);
        const qint64 id = channel.sendToOwner(QStringLiteral("Weekly cash"));
        QVERIFY(id > 0);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().at(0).toLongLong(), id);
        QVERIFY(done.first().at(1).toBool());
        QCOMPARE(textsTo(owner).last(), QStringLiteral("Weekly cash"));

        m_book->clock().advanceSecs(24 * 3600 + 1);
        const qsizetype requests = m_api->requests().size();
        const qint64 late = channel.sendToOwner(QStringLiteral("Weekly cash"));
        QVERIFY(late > id);
        QVERIFY(done.size() == 2 || done.wait(5000));
        QCOMPARE(done.at(1).at(0).toLongLong(), late);
        QVERIFY(!done.at(1).at(1).toBool());
        QVERIFY2(
            done.at(1).at(2).toString().contains(QStringLiteral("24 hours")), qPrintable(done.at(1).at(2).toString()));
        QCOMPARE(m_api->requests().size(), requests);
    }

    void theTokenNeverReachesTheLog()
    {
        {
            const ownertest::LogCapture capture;
            FakeChatServer whisper;
            whisper.answerWithStatus(500, "{}");
            WhatsAppOwnerChannelSettings s = settings();
            s.transcription.baseUrl = whisper.url();
            WhatsAppOwnerChannel channel(m_book->book(), s);
            pairOwner(channel);
            m_api->messageStatus = 401;
            deliver({ voice(owner), press(stranger, button(OwnerButton::Action::Send)) });
            poll(channel);
        }
        const QStringList &lines = ownertest::LogCapture::lines();
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(!line.contains(QStringLiteral("owner_whatsapp_token")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(tst_WhatsAppOwnerChannel)
#include "tst_whatsappownerchannel.moc"
