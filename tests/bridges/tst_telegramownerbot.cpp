// The owner's assistant bot over a real test book and the scriptable fake Bot API on 127.0.0.1: pairing by the
// desktop's one-time code, strangers refused without effect, drafts shown once with Send / Edit / Skip, button
// presses that count only with the right nonce, the owner's text and voice notes answered by the Assistant, and
// updates handled once across restarts. Every Bot API request the bot sends is written (as JSON Lines) to the file
// named by DUEDESK_TELEGRAM_OWNER_REQUESTS for the contract check against the Bot API's OpenAPI schemas.

#include "FakeChatServer.h"
#include "FakeTelegramServer.h"
#include "OwnerChatTestBook.h"

#include <Assistant.h>
#include <ChaseEngine.h>
#include <OwnerPairing.h>
#include <OwnerPrompts.h>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>
#include <TelegramOwnerBot.h>

using namespace duedesk;

namespace {

const QString token = QStringLiteral("987654321:TEST-owner_fake_token_value_abcdefghijk");
const qint64 owner = 5550001;
const qint64 stranger = 6660002;
using ownertest::poll;
using ownertest::question;

QString ownerChat()
{
    return QString::number(owner);
}

} // namespace

class tst_TelegramOwnerBot : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestBook> m_book;
    std::unique_ptr<FakeTelegramServer> m_server;
    qint64 m_draftId = 0;
    qint64 m_nextUpdate = 1;

    TelegramOwnerBotSettings settings() const
    {
        TelegramOwnerBotSettings s;
        s.apiBase = m_server->url();
        s.token = token;
        s.pollTimeoutSeconds = 0;
        s.requestTimeoutMs = 5000;
        return s;
    }

    // The next getUpdates answers with these updates.
    void deliver(const QJsonArray &updates)
    {
        m_server->script(QStringLiteral("getUpdates"), FakeTelegramServer::result(updates));
    }

    QJsonObject text(qint64 chat, const QString &words) { return FakeTelegramServer::textUpdate(m_nextUpdate++, chat, words); }

    QJsonObject press(qint64 chat, const QString &data, qint64 messageId = 100)
    {
        return FakeTelegramServer::callbackUpdate(m_nextUpdate++, chat, messageId, data, QStringLiteral("Reminder…"));
    }

    // Pairs the owner's chat through the bot (one poll), as the owner would with the desktop's code.
    bool pairOwner(TelegramOwnerBot &bot)
    {
        const auto code = OwnerPairing(m_book->book()).issueCode(Channel::Telegram);
        deliver({ text(owner, QStringLiteral("/start ") + *code) });
        return poll(bot) && bot.isPaired();
    }

    OwnerPrompt prompt() const { return ownertest::prompt(*m_book, Channel::Telegram, m_draftId); }

    QString button(char action) const
    {
        return QStringLiteral("%1:%2:%3").arg(QLatin1Char(action)).arg(m_draftId).arg(prompt().nonce);
    }

    QList<FakeTelegramServer::Request> sent(const QString &method) const { return m_server->requests(method); }

    QStringList textsTo(qint64 chat) const
    {
        QStringList texts;
        for (const auto &r : sent(QStringLiteral("sendMessage")))
            if (r.json.value(QStringLiteral("chat_id")).toInteger() == chat)
                texts.append(r.json.value(QStringLiteral("text")).toString());
        return texts;
    }

    QList<QJsonObject> prompts() const
    {
        QList<QJsonObject> shown;
        for (const auto &r : sent(QStringLiteral("sendMessage")))
            if (r.json.contains(QStringLiteral("reply_markup")))
                shown.append(r.json);
        return shown;
    }

    QString businessTables() const { return ownertest::businessTables(*m_book); }

    QString draftState() const { return ownertest::draftState(*m_book, m_draftId); }

    // Paired, and the draft shown in the owner's chat (as message 100, the fake's first message id... or later).
    qint64 pairAndShowTheDraft(TelegramOwnerBot &bot)
    {
        if (!pairOwner(bot) || !poll(bot) || prompts().size() != 1)
            return 0;
        return prompt().providerMessageId.toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DUEDESK_TELEGRAM_OWNER_REQUESTS"),
            "DUEDESK_TELEGRAM_OWNER_REQUESTS is not set");
        QFile::remove(qEnvironmentVariable("DUEDESK_TELEGRAM_OWNER_REQUESTS"));
    }

    void init()
    {
        m_book = std::make_unique<TestBook>();
        QVERIFY2(m_book->isValid(), qPrintable(m_book->error()));
        m_server = std::make_unique<FakeTelegramServer>();
        QVERIFY(m_server->isListening());
        m_nextUpdate = 1;
        m_draftId = ownertest::planOneDraft(*m_book);
        QVERIFY(m_draftId > 0);
    }

    void cleanup()
    {
        // Whatever the bot sent goes to the contract check, failures included.
        QVERIFY(m_server->appendJsonLines(qEnvironmentVariable("DUEDESK_TELEGRAM_OWNER_REQUESTS")));
        m_server.reset();
        m_book.reset();
    }

    void theRightCodePairsTheChat()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        QVERIFY(bot.isConfigured());
        QVERIFY(!bot.isPaired());
        QVERIFY(pairOwner(bot));
        QCOMPARE(OwnerPairing(m_book->book()).pairedChat(Channel::Telegram), ownerChat());
        QCOMPARE(textsTo(owner), QStringList{ QStringLiteral("Paired. I will send you reminders to approve here.") });
        QCOMPARE(bot.storedOffset(), 2);
        const auto polls = sent(QStringLiteral("getUpdates"));
        QCOMPARE(polls.size(), 1);
        QCOMPARE(polls.first().json.value(QStringLiteral("allowed_updates")).toArray(),
            (QJsonArray{ QStringLiteral("message"), QStringLiteral("callback_query") }));
        QCOMPARE(polls.first().token, token);
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
        const QString code = *OwnerPairing(m_book->book()).issueCode(Channel::Telegram);
        const QString wrong = ownertest::wrongCode(code);
        if (expired)
            m_book->clock().advanceSecs(OwnerPairing::codeLifetimeSeconds + 1);
        deliver({ text(owner, QStringLiteral("/start ") + (expired ? code : wrong)) });
        TelegramOwnerBot bot(m_book->book(), settings());
        QVERIFY(poll(bot));
        QVERIFY(!bot.isPaired());
        const QStringList answers = textsTo(owner);
        QCOMPARE(answers.size(), 1);
        QVERIFY2(answers.first().startsWith(QStringLiteral("Sorry, that code")), qPrintable(answers.first()));
        QVERIFY(answers.first().contains(expired ? QStringLiteral("expired") : QStringLiteral("not right")));
        QCOMPARE(bot.storedOffset(), 2);
        QVERIFY(prompts().isEmpty()); // nothing is shown to an unpaired chat
    }

    void aStrangerIsRefusedAndChangesNothing()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        QVERIFY(pairAndShowTheDraft(bot) > 0);
        const QString before = businessTables();
        // A stranger who somehow knows the draft's buttons, and an order for the assistant.
        deliver({ text(stranger, QStringLiteral("yes, send it")), press(stranger, button('a')),
            press(stranger, button('s')), text(stranger, QStringLiteral("/start")) });
        QVERIFY(poll(bot));
        QCOMPARE(businessTables(), before);
        QCOMPARE(draftState(), QStringLiteral("pending"));
        QCOMPARE(OwnerPairing(m_book->book()).refusalCount(Channel::Telegram), 4);
        const QStringList toStranger = textsTo(stranger);
        QCOMPARE(toStranger.size(), 2);
        for (const QString &t : toStranger)
            QVERIFY2(t.startsWith(QStringLiteral("This is a private assistant for Harbour Bakery.")), qPrintable(t));
        const auto answers = sent(QStringLiteral("answerCallbackQuery"));
        QCOMPARE(answers.size(), 2);
        QVERIFY(answers.first().json.value(QStringLiteral("text")).toString().startsWith(
            QStringLiteral("This is a private assistant")));
        QVERIFY(sent(QStringLiteral("editMessageText")).isEmpty());
        QCOMPARE(bot.storedOffset(), m_nextUpdate);
    }

    void strangersAreRefusedBeforeAnyPairingToo()
    {
        deliver({ text(stranger, QStringLiteral("who owes me the most?")) });
        TelegramOwnerBot bot(m_book->book(), settings());
        QVERIFY(poll(bot));
        QCOMPARE(OwnerPairing(m_book->book()).refusalCount(Channel::Telegram), 1);
        QCOMPARE(textsTo(stranger).size(), 1);
        QVERIFY(textsTo(stranger).first().startsWith(QStringLiteral("This is a private assistant")));
        QVERIFY(prompts().isEmpty());
    }

    void aDraftIsShownOnceWithThreeButtons()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        const qint64 messageId = pairAndShowTheDraft(bot);
        QVERIFY(messageId > 0);
        QVERIFY(poll(bot));
        QVERIFY(poll(bot));
        QCOMPARE(prompts().size(), 1);
        const QJsonObject shown = prompts().first();
        QCOMPARE(shown.value(QStringLiteral("chat_id")).toInteger(), owner);
        const QString text = shown.value(QStringLiteral("text")).toString();
        const DraftRow draft = *ChaseEngine(m_book->book()).draft(m_draftId);
        for (const QString &part : { QStringLiteral("Harbour Cafe"), QStringLiteral("INV-7"), QStringLiteral("£240.00"),
                 draft.body })
            QVERIFY2(text.contains(part), qPrintable(text));
        const QJsonArray rows
            = shown.value(QStringLiteral("reply_markup")).toObject().value(QStringLiteral("inline_keyboard")).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonArray buttons = rows.first().toArray();
        QCOMPARE(buttons.size(), 3);
        const QStringList labels{ QStringLiteral("Send"), QStringLiteral("Edit"), QStringLiteral("Skip") };
        const QList<char> actions{ 'a', 'e', 's' };
        const OwnerPrompt p = prompt();
        QVERIFY(p.nonce.size() >= 8);
        QCOMPARE(p.state, OwnerPromptState::Shown);
        QCOMPARE(p.chatId, ownerChat());
        for (int i = 0; i < 3; ++i) {
            const QJsonObject b = buttons.at(i).toObject();
            QCOMPARE(b.value(QStringLiteral("text")).toString(), labels.at(i));
            QCOMPARE(b.value(QStringLiteral("callback_data")).toString(), button(actions.at(i)));
            QVERIFY(b.value(QStringLiteral("callback_data")).toString().toUtf8().size() <= 64);
        }
    }

    void sendApprovesTheDraftAndEditsTheMessage()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        const qint64 messageId = pairAndShowTheDraft(bot);
        QVERIFY(messageId > 0);
        deliver({ press(owner, button('a'), messageId) });
        QVERIFY(poll(bot));
        QCOMPARE(draftState(), QStringLiteral("approved"));
        const QList<OutboxRow> outbox = ChaseEngine(m_book->book()).outbox();
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().draftId, m_draftId);
        QCOMPARE(outbox.first().state, OutboxState::Queued);
        QCOMPARE(prompt().state, OwnerPromptState::Approved);
        const auto answers = sent(QStringLiteral("answerCallbackQuery"));
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().json.value(QStringLiteral("text")).toString(), QStringLiteral("Approved"));
        QVERIFY(answers.first().json.value(QStringLiteral("callback_query_id")).toString().startsWith(QStringLiteral("cq")));
        const auto edits = sent(QStringLiteral("editMessageText"));
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().json.value(QStringLiteral("chat_id")).toInteger(), owner);
        QCOMPARE(edits.first().json.value(QStringLiteral("message_id")).toInteger(), messageId);
        QVERIFY(edits.first().json.value(QStringLiteral("text")).toString().endsWith(
            QStringLiteral("Approved — it will go out shortly.")));
        QVERIFY(!edits.first().json.contains(QStringLiteral("reply_markup")));
        // The answer comes first, at once.
        qsizetype answerAt = -1, editAt = -1;
        for (qsizetype i = 0; i < m_server->requests().size(); ++i) {
            if (m_server->requests().at(i).method == QLatin1String("answerCallbackQuery"))
                answerAt = i;
            if (m_server->requests().at(i).method == QLatin1String("editMessageText"))
                editAt = i;
        }
        QVERIFY(answerAt >= 0 && answerAt < editAt);
        // Pressed again (a double tap): nothing more is queued.
        deliver({ press(owner, button('a'), messageId) });
        QVERIFY(poll(bot));
        QCOMPARE(ChaseEngine(m_book->book()).outbox().size(), 1);
    }

    void skipSkipsTheDraft()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        const qint64 messageId = pairAndShowTheDraft(bot);
        deliver({ press(owner, button('s'), messageId) });
        QVERIFY(poll(bot));
        QCOMPARE(draftState(), QStringLiteral("skipped"));
        QVERIFY(ChaseEngine(m_book->book()).outbox().isEmpty());
        QCOMPARE(prompt().state, OwnerPromptState::Skipped);
        QCOMPARE(sent(QStringLiteral("answerCallbackQuery")).first().json.value(QStringLiteral("text")).toString(),
            QStringLiteral("Skipped"));
        QVERIFY(sent(QStringLiteral("editMessageText")).first().json.value(QStringLiteral("text")).toString().endsWith(
            QStringLiteral("Skipped.")));
    }

    void aPressWithAWrongNonceDoesNothing_data()
    {
        QTest::addColumn<QString>("data");
        QTest::newRow("wrong nonce") << QStringLiteral("a:%1:AAAAAAAAAAAAAAAA");
        QTest::newRow("no nonce") << QStringLiteral("a:%1:");
        QTest::newRow("junk") << QStringLiteral("approve %1");
    }

    void aPressWithAWrongNonceDoesNothing()
    {
        QFETCH(QString, data);
        TelegramOwnerBot bot(m_book->book(), settings());
        const qint64 messageId = pairAndShowTheDraft(bot);
        const QString before = businessTables();
        deliver({ press(owner, data.arg(m_draftId), messageId) });
        QVERIFY(poll(bot));
        QCOMPARE(businessTables(), before);
        QCOMPARE(draftState(), QStringLiteral("pending"));
        QVERIFY(sent(QStringLiteral("editMessageText")).isEmpty());
        QCOMPARE(bot.storedOffset(), m_nextUpdate);
    }

    void aDraftApprovedOnTheDesktopIsAlreadyHandled()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        const qint64 messageId = pairAndShowTheDraft(bot);
        QVERIFY(ChaseEngine(m_book->book()).approve(m_draftId, QStringLiteral("owner")));
        deliver({ press(owner, button('a'), messageId) });
        QVERIFY(poll(bot));
        QCOMPARE(ChaseEngine(m_book->book()).outbox().size(), 1);
        QCOMPARE(sent(QStringLiteral("answerCallbackQuery")).first().json.value(QStringLiteral("text")).toString(),
            QStringLiteral("Already handled"));
        const auto edits = sent(QStringLiteral("editMessageText"));
        QCOMPARE(edits.size(), 1);
        QVERIFY(edits.first().json.value(QStringLiteral("text")).toString().endsWith(QStringLiteral("Already handled.")));
        QCOMPARE(prompt().state, OwnerPromptState::Gone);
    }

    void editThenTextRewordsTheDraftAndShowsItAgain()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        const qint64 messageId = pairAndShowTheDraft(bot);
        const QString oldSend = button('a');
        deliver({ press(owner, button('e'), messageId) });
        QVERIFY(poll(bot));
        QCOMPARE(sent(QStringLiteral("answerCallbackQuery")).first().json.value(QStringLiteral("text")).toString(),
            QStringLiteral("Send me the new wording"));
        QVERIFY(textsTo(owner).last().startsWith(QStringLiteral("Send me the new wording for the reminder to Harbour Cafe")));
        QCOMPARE(prompt().state, OwnerPromptState::Edited);
        const QString wording = QStringLiteral("Hi! Could you settle INV-7 this week? Thanks, Sam");
        deliver({ text(owner, wording) });
        QVERIFY(poll(bot));
        QCOMPARE(ChaseEngine(m_book->book()).draft(m_draftId)->body, wording);
        QCOMPARE(draftState(), QStringLiteral("pending"));
        QCOMPARE(prompts().size(), 2);
        const QJsonObject again = prompts().last();
        QVERIFY(again.value(QStringLiteral("text")).toString().contains(wording));
        QCOMPARE(prompt().state, OwnerPromptState::Shown);
        QVERIFY(button('a') != oldSend);
        QCOMPARE(again.value(QStringLiteral("reply_markup"))
                     .toObject()
                     .value(QStringLiteral("inline_keyboard"))
                     .toArray()
                     .first()
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("callback_data"))
                     .toString(),
            button('a'));
        // The old showing's buttons no longer count; the new ones do.
        deliver({ press(owner, oldSend, messageId) });
        QVERIFY(poll(bot));
        QCOMPARE(draftState(), QStringLiteral("pending"));
        deliver({ press(owner, button('a'), prompt().providerMessageId.toLongLong()) });
        QVERIFY(poll(bot));
        QCOMPARE(draftState(), QStringLiteral("approved"));
        QCOMPARE(ChaseEngine(m_book->book()).outbox().first().body, wording);
    }

    // Reworded on the desktop after the chat showed it: the chat's Send must not approve words it never showed.
    // The press does nothing; the next round shows the new wording with new buttons, which approve it.
    void aDraftRewordedElsewhereIsShownAgainBeforeItCanBeSent()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        const qint64 messageId = pairAndShowTheDraft(bot);
        const QString oldSend = button('a');
        const QString wording = QStringLiteral("Hello from the desktop: INV-7 is now 30 days late.");
        QString error;
        QVERIFY2(ChaseEngine(m_book->book()).edit(m_draftId, wording, QStringLiteral("owner"), &error), qPrintable(error));
        deliver({ press(owner, oldSend, messageId) });
        QVERIFY(poll(bot));
        QCOMPARE(draftState(), QStringLiteral("pending"));
        QVERIFY(ChaseEngine(m_book->book()).outbox().isEmpty());
        QCOMPARE(prompts().size(), 2);
        QVERIFY(prompts().last().value(QStringLiteral("text")).toString().contains(wording));
        QVERIFY(button('a') != oldSend);
        deliver({ press(owner, button('a'), prompt().providerMessageId.toLongLong()) });
        QVERIFY(poll(bot));
        QCOMPARE(draftState(), QStringLiteral("approved"));
        QCOMPARE(ChaseEngine(m_book->book()).outbox().first().body, wording);
        // Shown again only once: the wording shown is the wording now.
        QVERIFY(poll(bot));
        QCOMPARE(prompts().size(), 2);
    }

    void wordingForADraftDecidedMeanwhileChangesNothing()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        const qint64 messageId = pairAndShowTheDraft(bot);
        deliver({ press(owner, button('e'), messageId) });
        QVERIFY(poll(bot));
        QVERIFY(ChaseEngine(m_book->book()).skip(m_draftId, QStringLiteral("owner"), nullptr)); // on the desktop
        const QString body = ChaseEngine(m_book->book()).draft(m_draftId)->body;
        deliver({ text(owner, QStringLiteral("New words")) });
        QVERIFY(poll(bot));
        QCOMPARE(ChaseEngine(m_book->book()).draft(m_draftId)->body, body);
        QCOMPARE(textsTo(owner).last(), QStringLiteral("That reminder was already handled, so I left it as it was."));
        QCOMPARE(prompt().state, OwnerPromptState::Gone);
        QCOMPARE(OwnerPrompts(m_book->book()).editing(Channel::Telegram), 0);
        // The owner's next text is a question for the assistant again.
        deliver({ text(owner, question) });
        QVERIFY(poll(bot));
        QCOMPARE(textsTo(owner).last(), Assistant(m_book->book()).reply(question));
    }

    void theOwnersTextGoesToTheAssistant()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        QVERIFY(pairOwner(bot));
        const QString expected = Assistant(m_book->book()).reply(question);
        QVERIFY(expected.contains(QStringLiteral("240")));
        deliver({ text(owner, question) });
        QVERIFY(poll(bot));
        QCOMPARE(textsTo(owner).last(), expected);
    }

    void voiceNotesAreDeclinedUntilTranscriptionIsSetUp()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        QVERIFY(pairOwner(bot));
        deliver({ FakeTelegramServer::voiceUpdate(m_nextUpdate++, owner, QStringLiteral("F1")) });
        QVERIFY(poll(bot));
        QCOMPARE(textsTo(owner).last(),
            QStringLiteral("Voice notes are not set up yet — please type it, or set up transcription in Settings."));
        QVERIFY(sent(QStringLiteral("getFile")).isEmpty());
        QCOMPARE(bot.storedOffset(), m_nextUpdate);
    }

    void aVoiceNoteIsTranscribedAndAnswered()
    {
        FakeChatServer whisper;
        QVERIFY(whisper.isListening());
        whisper.answerWithStatus(200, QJsonDocument(QJsonObject{ { QStringLiteral("text"), question } }).toJson());
        m_server->setFile(QStringLiteral("voice/F2.oga"), QByteArrayLiteral("OggS-fake-voice-bytes"));
        TelegramOwnerBotSettings s = settings();
        s.transcription.baseUrl = whisper.url();
        TelegramOwnerBot bot(m_book->book(), s);
        QVERIFY(pairOwner(bot));
        deliver({ FakeTelegramServer::voiceUpdate(m_nextUpdate++, owner, QStringLiteral("F2")) });
        QVERIFY(poll(bot));
        QCOMPARE(sent(QStringLiteral("getFile")).size(), 1);
        QCOMPARE(sent(QStringLiteral("getFile")).first().json.value(QStringLiteral("file_id")).toString(),
            QStringLiteral("F2"));
        QCOMPARE(sent(QStringLiteral("file")).size(), 1);
        QCOMPARE(sent(QStringLiteral("file")).first().path, QByteArray("/file/bot" + token.toUtf8() + "/voice/F2.oga"));
        QCOMPARE(whisper.requests().size(), 1);
        QVERIFY(whisper.requests().first().body.contains("OggS-fake-voice-bytes"));
        const QString answer = textsTo(owner).last();
        QVERIFY2(answer.startsWith(QStringLiteral("I heard: “%1”").arg(question)), qPrintable(answer));
        QVERIFY(answer.endsWith(Assistant(m_book->book()).reply(question)));
    }

    void updatesAreNotHandledAgainAfterARestart()
    {
        {
            TelegramOwnerBot bot(m_book->book(), settings());
            QVERIFY(pairOwner(bot));
            deliver({ text(owner, question) });
            QVERIFY(poll(bot));
            QCOMPARE(bot.storedOffset(), 3);
        }
        const int answered = textsTo(owner).size();
        // Restarted: a new bot on the same book asks from the stored offset; an update sent again changes nothing.
        TelegramOwnerBot restarted(m_book->book(), settings());
        QCOMPARE(restarted.storedOffset(), 3);
        deliver({ FakeTelegramServer::textUpdate(2, owner, question), FakeTelegramServer::textUpdate(3, owner, question) });
        QVERIFY(poll(restarted));
        const auto polls = sent(QStringLiteral("getUpdates"));
        QCOMPARE(polls.last().json.value(QStringLiteral("offset")).toInteger(), 3);
        // One answer (to update 3); the draft the first bot showed is not shown again.
        QCOMPARE(textsTo(owner).size(), answered + 1);
        QCOMPARE(prompts().size(), 1);
        QCOMPARE(restarted.storedOffset(), 4);
    }

    void tooManyRequestsWaitsAndLosesNothing()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        QVERIFY(pairOwner(bot));
        m_server->script(QStringLiteral("sendMessage"),
            FakeTelegramServer::error(429, QStringLiteral("Too Many Requests: retry after 30"), 30));
        QVERIFY(!poll(bot));
        QCOMPARE(bot.notBefore(), m_book->clock().now().addSecs(30));
        QVERIFY(!OwnerPrompts(m_book->book()).find(Channel::Telegram, m_draftId)); // not shown: not recorded
        const qsizetype requests = m_server->requests().size();
        QVERIFY(!poll(bot));
        QCOMPARE(m_server->requests().size(), requests); // nothing asked before retry_after
        m_book->clock().advanceSecs(31);
        QVERIFY(poll(bot));
        QCOMPARE(prompts().size(), 2); // refused once, then shown
        QVERIFY(prompt().providerMessageId.toLongLong() > 0);
    }

    void sendToOwnerReachesOnlyThePairedChat()
    {
        TelegramOwnerBot bot(m_book->book(), settings());
        QCOMPARE(bot.sendToOwner(QStringLiteral("Weekly cash")), 0);
        QVERIFY(pairOwner(bot));
        QSignalSpy done(&bot, &OwnerChannel::ownerMessageSent);
        const qint64 id = bot.sendToOwner(QStringLiteral("Weekly cash"));
        QVERIFY(id > 0);
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().at(0).toLongLong(), id);
        QVERIFY(done.first().at(1).toBool());
        QCOMPARE(textsTo(owner).last(), QStringLiteral("Weekly cash"));
    }

    void theTokenNeverReachesTheLog()
    {
        {
            const ownertest::LogCapture capture;
            TelegramOwnerBot bot(m_book->book(), settings());
            pairOwner(bot);
            m_server->script(QStringLiteral("sendMessage"), FakeTelegramServer::resetMidResponse());
            deliver({ text(stranger, QStringLiteral("hello")) });
            poll(bot);
        }
        const QStringList &lines = ownertest::LogCapture::lines();
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(!line.contains(QStringLiteral("TEST-owner_fake")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(tst_TelegramOwnerBot)
#include "tst_telegramownerbot.moc"
