// The owner's assistant end to end, as `duedesk-cli run --once` wires it (BridgeHost, the same wiring as the
// desktop): the owner's bot token from DUEDESK_TELEGRAM_OWNER_TOKEN, a fake Bot API on 127.0.0.1, a real book.
// One run pairs the phone with the code the desktop showed and sends the weekly snapshot once; the next shows the
// waiting draft with its buttons; a press on Send queues the reminder. Restarts send nothing twice.

#include "CliProcess.h"
#include "FakeTelegramServer.h"
#include "TestBook.h"

#include <ChaseEngine.h>
#include <OwnerPairing.h>
#include <OwnerPrompts.h>
#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>
#include <Repositories.h>

using namespace duedesk;

namespace {

const QString ownerToken = QStringLiteral("555000111:TEST-owner_cli_fake_token_abcdefghij");
const qint64 ownerChat = 4242;
const QDate due(2026, 11, 13);
// Monday 23 November, 09:00: after the default snapshot slot (Monday 08:00), outside quiet hours.
const QString monday = QStringLiteral("2026-11-23T09:00:00");

using clitest::Run;

} // namespace

class tst_OwnerCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestBook> m_book;
    std::unique_ptr<FakeTelegramServer> m_server;

    Run runOnce(const QString &now = monday)
    {
        return clitest::run(
            clitest::environment({ { QStringLiteral("DUEDESK_TELEGRAM_API_BASE"), m_server->url().toString() },
                                     { QStringLiteral("DUEDESK_TELEGRAM_OWNER_TOKEN"), ownerToken } },
                { QStringLiteral("DUEDESK_TELEGRAM_TOKEN"), QStringLiteral("DUEDESK_WHATSAPP_TOKEN") }),
            clitest::bookArguments(m_book->path(), now, { QStringLiteral("run"), QStringLiteral("--once") }));
    }

    // The texts the owner's bot sent to the owner's chat, in order.
    QStringList ownerTexts() const
    {
        QStringList texts;
        for (const FakeTelegramServer::Request &r : m_server->requests(QStringLiteral("sendMessage")))
            if (r.token == ownerToken && r.json.value(QStringLiteral("chat_id")).toInteger() == ownerChat)
                texts.append(r.json.value(QStringLiteral("text")).toString());
        return texts;
    }

    int outboxRows() const
    {
        QSqlQuery q(m_book->book().database());
        return q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_book = std::make_unique<TestBook>(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::LocalTime));
        QVERIFY2(m_book->isValid(), qPrintable(m_book->error()));
        m_server = std::make_unique<FakeTelegramServer>();
        QVERIFY(m_server->isListening());
        ClientRow c;
        c.name = QStringLiteral("Henderson Joinery");
        c.relationshipStart = QDate(2024, 1, 1);
        c.email = QStringLiteral("accounts@henderson.example");
        c.consents.append(ChannelConsent{ Channel::Email, m_book->clock().now(), QStringLiteral("test"), {}, {} });
        const auto clientId = ClientRepository(m_book->book()).insert(c);
        QVERIFY(clientId);
        QVERIFY(m_book->addBill(QStringLiteral("INV-77"), *clientId, due, 45000) > 0);
        QVERIFY(ChaseEngine(m_book->book()).plan(QDate(2026, 11, 23)));
        QVERIFY(ChaseEngine(m_book->book()).pendingDraftCount() >= 1);
    }

    void pairsShowsDraftsSendsTheSnapshotOnceAndApprovesFromThePhone()
    {
        // The desktop showed a code; the owner sends it from their phone.
        const auto code = OwnerPairing(m_book->book()).issueCode(Channel::Telegram);
        QVERIFY(code);
        m_server->script(QStringLiteral("getUpdates"),
                         FakeTelegramServer::result(QJsonArray{
                             FakeTelegramServer::textUpdate(10, ownerChat, QStringLiteral("/start ") + *code)}));

        const Run first = runOnce();
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(!first.out.contains(QStringLiteral("owner_cli_fake_token")));
        QVERIFY(!first.err.contains(QStringLiteral("owner_cli_fake_token")));
        const QJsonObject telegram
            = clitest::channelEntry(first.json, QStringLiteral("telegram"), QStringLiteral("owner_channels"));
        QCOMPARE(telegram.value(QStringLiteral("configured")).toBool(), true);
        QCOMPARE(telegram.value(QStringLiteral("paired")).toBool(), true);
        QCOMPARE(OwnerPairing(m_book->book()).pairedChat(Channel::Telegram), QString::number(ownerChat));

        // Paired, then (the same round) the weekly snapshot: it is Monday after 08:00.
        QStringList texts = ownerTexts();
        QVERIFY2(texts.size() >= 2, qPrintable(texts.join(QStringLiteral(" | "))));
        QVERIFY(texts.first().startsWith(QStringLiteral("Paired.")));
        const auto snapshots = [this] {
            int n = 0;
            for (const QString &t : ownerTexts())
                n += t.contains(QStringLiteral("Outstanding")) ? 1 : 0;
            return n;
        };
        QCOMPARE(snapshots(), 1);

        // The next run shows the waiting draft (if the first did not already) with Send / Edit / Skip.
        const Run second = runOnce();
        QVERIFY2(second.code == 0, qPrintable(second.err));
        QCOMPARE(snapshots(), 1); // once per week, across restarts
        const qint64 draftId = ChaseEngine(m_book->book()).pendingDrafts(1).first().id;
        const auto prompt = OwnerPrompts(m_book->book()).find(Channel::Telegram, draftId);
        QVERIFY(prompt.has_value());
        QJsonObject shown;
        for (const FakeTelegramServer::Request &r : m_server->requests(QStringLiteral("sendMessage")))
            if (r.token == ownerToken && r.json.contains(QStringLiteral("reply_markup")))
                shown = r.json;
        QVERIFY(shown.value(QStringLiteral("text")).toString().contains(QStringLiteral("INV-77")));
        const QJsonArray row = shown.value(QStringLiteral("reply_markup")).toObject()
                                   .value(QStringLiteral("inline_keyboard")).toArray().first().toArray();
        QCOMPARE(row.size(), 3);
        const QString send = row.first().toObject().value(QStringLiteral("callback_data")).toString();
        QVERIFY(send.contains(prompt->nonce));

        // The owner taps Send: the reminder is queued, the tap answered.
        const int before = outboxRows();
        m_server->script(QStringLiteral("getUpdates"),
                         FakeTelegramServer::result(QJsonArray{FakeTelegramServer::callbackUpdate(
                             11, ownerChat, prompt->providerMessageId.section(QLatin1Char(':'), -1).toLongLong(), send)}));
        const Run third = runOnce();
        QVERIFY2(third.code == 0, qPrintable(third.err));
        QCOMPARE(outboxRows(), before + 1);
        QVERIFY(!ChaseEngine(m_book->book()).draft(draftId)->body.isEmpty());
        QCOMPARE(ChaseEngine(m_book->book()).draft(draftId)->state, DraftState::Approved);
        QCOMPARE(m_server->requests(QStringLiteral("answerCallbackQuery")).size(), 1);
        QCOMPARE(snapshots(), 1);
    }

    void aStrangerCannotPairOrApprove()
    {
        const auto code = OwnerPairing(m_book->book()).issueCode(Channel::Telegram);
        QVERIFY(code);
        m_server->script(QStringLiteral("getUpdates"),
                         FakeTelegramServer::result(QJsonArray{
                             FakeTelegramServer::textUpdate(10, 9999, QStringLiteral("/start 000000")),
                             FakeTelegramServer::textUpdate(11, 9999, QStringLiteral("send all reminders"))}));
        const int before = outboxRows();
        const Run r = runOnce();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!OwnerPairing(m_book->book()).isPaired(Channel::Telegram));
        QCOMPARE(outboxRows(), before);
        QVERIFY(OwnerPairing(m_book->book()).refusalCount(Channel::Telegram) >= 1);
        // Nothing about the business reaches the stranger: no snapshot, no draft.
        for (const FakeTelegramServer::Request &req : m_server->requests(QStringLiteral("sendMessage"))) {
            QVERIFY(!req.json.contains(QStringLiteral("reply_markup")));
            QVERIFY(!req.json.value(QStringLiteral("text")).toString().contains(QStringLiteral("Outstanding")));
        }
    }
};

QTEST_GUILESS_MAIN(tst_OwnerCli)
#include "tst_ownercli.moc"
