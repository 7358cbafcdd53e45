// The Telegram business bot over a real test book and a scriptable fake Bot API on 127.0.0.1: what each answer
// of sendMessage does to the outbox row, and getUpdates handled exactly once across restarts, with the offset
// kept in the book. Every request the bridge sends is also written (as JSON Lines) to the file named by
// DUEDESK_TELEGRAM_REQUESTS for the contract check against the Bot API's OpenAPI schemas.

#include "FakeTelegramServer.h"
#include "TestBook.h"

#include <BridgeSupervisor.h>
#include <ChaseEngine.h>
#include <OwnerTasks.h>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>
#include <Repositories.h>
#include <TelegramBridge.h>

using namespace duedesk;

Q_DECLARE_METATYPE(FakeTelegramServer::Answer)

namespace {

const QString token = QStringLiteral("123456789:TEST-fake_secret_token_value_abcdefghij");
const qint64 chat = 424242;
const QDate due(2026, 11, 20); // a Friday; the first step (Saturday 10:00) is outside quiet hours

QVariant scalar(TestBook &t, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(t.book().database());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

} // namespace

class tst_TelegramBridge : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestBook> m_book;
    std::unique_ptr<FakeTelegramServer> m_server;
    qint64 m_clientId = 0;

    TelegramBridgeSettings settings(int requestTimeoutMs = 5000) const
    {
        TelegramBridgeSettings s;
        s.apiBase = m_server->url();
        s.token = token;
        s.pollTimeoutSeconds = 0;
        s.requestTimeoutMs = requestTimeoutMs;
        return s;
    }

    // The client (Telegram chat `chat`, consent given) with one open bill and its first reminder approved.
    OutboxRow queueReminder()
    {
        ChaseEngine engine(m_book->book());
        m_book->clock().setNow(QDateTime(due.addDays(1), QTime(10, 0), Qt::LocalTime));
        if (!engine.plan(due.addDays(1)) || !engine.approveAll())
            return OutboxRow();
        const QList<OutboxRow> rows = engine.outbox();
        return rows.isEmpty() ? OutboxRow() : rows.last();
    }

    SendResult sendThrough(TelegramBridge &bridge, const OutboxRow &row)
    {
        QSignalSpy finished(&bridge, &Bridge::sendFinished);
        bridge.send(row);
        if (!finished.wait(20000))
            return SendResult::rejected(QStringLiteral("no sendFinished"));
        return finished.first().at(1).value<SendResult>();
    }

    bool poll(TelegramBridge &bridge)
    {
        QSignalSpy finished(&bridge, &Bridge::pollFinished);
        bridge.pollInbound();
        return (!finished.isEmpty() || finished.wait(20000)) && finished.first().at(0).toBool();
    }

    int telegramMessages()
    {
        return scalar(*m_book, QStringLiteral("SELECT count(*) FROM messages WHERE channel = 'telegram'")).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SendResult>();
        qRegisterMetaType<InboundMessage>();
        QVERIFY2(!qEnvironmentVariableIsEmpty("DUEDESK_TELEGRAM_REQUESTS"), "DUEDESK_TELEGRAM_REQUESTS is not set");
        QFile::remove(qEnvironmentVariable("DUEDESK_TELEGRAM_REQUESTS"));
    }

    void init()
    {
        m_book = std::make_unique<TestBook>();
        QVERIFY2(m_book->isValid(), qPrintable(m_book->error()));
        m_server = std::make_unique<FakeTelegramServer>();
        QVERIFY(m_server->isListening());
        ClientRow c;
        c.name = QStringLiteral("Harbour Cafe");
        c.relationshipStart = QDate(2024, 1, 1);
        c.telegramChatId = QString::number(chat);
        c.preferredChannel = Channel::Telegram;
        ChannelConsent consent;
        consent.channel = Channel::Telegram;
        consent.optedInAt = m_book->clock().now();
        consent.optedInBy = QStringLiteral("test");
        c.consents.append(consent);
        m_clientId = *ClientRepository(m_book->book()).insert(c);
        QVERIFY(m_clientId > 0);
        QVERIFY(m_book->addBill(QStringLiteral("INV-7"), m_clientId, due, 24000) > 0);
    }

    void cleanup()
    {
        // Whatever the bridge sent goes to the contract check, failures included.
        QVERIFY(m_server->appendJsonLines(qEnvironmentVariable("DUEDESK_TELEGRAM_REQUESTS")));
        m_server.reset();
        m_book.reset();
    }

    void aReminderGoesOutOnceToTheClientsChat()
    {
        const OutboxRow row = queueReminder();
        QVERIFY(row.id > 0);
        BridgeSupervisor supervisor(m_book->book());
        supervisor.addBridge(std::make_unique<TelegramBridge>(m_book->book(), settings()));
        QCOMPARE(supervisor.status(Channel::Telegram).state, ChannelStatus::State::Idle);
        QCOMPARE(supervisor.status(Channel::Sms).state, ChannelStatus::State::NotConfigured);
        const RunSummary first = supervisor.runOnce();
        QCOMPARE(first.sent, 1);
        const RunSummary second = supervisor.runOnce();
        QCOMPARE(second.sent, 0);

        const QList<FakeTelegramServer::Request> sends = m_server->requests(QStringLiteral("sendMessage"));
        QCOMPARE(sends.size(), 1);
        QCOMPARE(sends.first().token, token);
        QCOMPARE(sends.first().json.value(QStringLiteral("chat_id")).toInteger(), chat);
        QCOMPARE(sends.first().json.value(QStringLiteral("text")).toString(), row.body);
        const OutboxRow after = ChaseEngine(m_book->book()).outbox().last();
        QCOMPARE(after.state, OutboxState::Sent);
        QCOMPARE(after.providerId, QStringLiteral("424242:100"));
    }

    // What each answer of sendMessage makes of the send; retryAfter -1: no Retry-After.
    void providerAnswerDecidesTheOutcome_data()
    {
        QTest::addColumn<FakeTelegramServer::Answer>("answer");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<bool>("optedOut");
        using F = FakeTelegramServer;
        const int failed = int(SendResult::Kind::Failed);
        const int uncertain = int(SendResult::Kind::Uncertain);
        QTest::newRow("429 retry_after 7")
            << F::error(429, QStringLiteral("Too Many Requests: retry after 7"), 7) << failed << true << 7 << false;
        QTest::newRow("502") << F::error(502, QStringLiteral("Bad Gateway")) << failed << true << -1 << false;
        QTest::newRow("403 blocked") << F::error(403, QStringLiteral("Forbidden: bot was blocked by the user"))
                                     << failed << false << -1 << true;
        QTest::newRow("400 chat not found")
            << F::error(400, QStringLiteral("Bad Request: chat not found")) << failed << false << -1 << false;
        QTest::newRow("reset mid-response") << F::resetMidResponse() << uncertain << false << -1 << false;
        // Qt would send the POST again on a new connection here; the message must reach Telegram once at most.
        QTest::newRow("closed without an answer") << F::closeWithoutAnswer() << uncertain << false << -1 << false;
        QTest::newRow("slow beyond the timeout")
            << F::slow(F::result(QJsonObject()), 3000) << uncertain << false << -1 << false;
    }

    void providerAnswerDecidesTheOutcome()
    {
        QFETCH(FakeTelegramServer::Answer, answer);
        QFETCH(int, kind);
        QFETCH(bool, transient);
        QFETCH(int, retryAfter);
        QFETCH(bool, optedOut);
        const OutboxRow row = queueReminder();
        QVERIFY(row.id > 0);
        m_server->script(QStringLiteral("sendMessage"), answer);
        TelegramBridge bridge(m_book->book(), settings(300));
        const SendResult r = sendThrough(bridge, row);
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(r.transient, transient);
        QCOMPARE(r.retryAfter, retryAfter < 0 ? QDateTime() : m_book->clock().now().addSecs(retryAfter));
        QCOMPARE(m_server->requests(QStringLiteral("sendMessage")).size(), 1); // never sent twice
        const QVariant optOut = scalar(*m_book,
            QStringLiteral("SELECT opted_out_at FROM consents WHERE client_id = ? "
                           "AND channel = 'telegram'"),
            { m_clientId });
        QCOMPARE(!optOut.isNull(), optedOut);
    }

    void refusedConnectionIsRetryable()
    {
        const OutboxRow row = queueReminder();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        TelegramBridgeSettings s = settings();
        s.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        TelegramBridge bridge(m_book->book(), s);
        const SendResult r = sendThrough(bridge, row);
        QCOMPARE(r.kind, SendResult::Kind::Failed);
        QVERIFY(r.transient);
    }

    void updatesAreHandledOnceAcrossRestarts()
    {
        m_server->script(QStringLiteral("getUpdates"),
            FakeTelegramServer::updates({ { 5, QStringLiteral("hello") }, { 6, QStringLiteral("thanks") } }, chat));
        m_server->script(
            QStringLiteral("getUpdates"), FakeTelegramServer::updates({ { 7, QStringLiteral("ok") } }, chat));
        {
            TelegramBridge bridge(m_book->book(), settings());
            QSignalSpy inbound(&bridge, &Bridge::inboundReceived);
            QVERIFY(poll(bridge));
            QCOMPARE(bridge.storedOffset(), 7);
            QVERIFY(poll(bridge));
            QCOMPARE(bridge.storedOffset(), 8);
            QCOMPARE(inbound.size(), 3);
            QCOMPARE(inbound.first().at(0).value<InboundMessage>().providerId, QStringLiteral("424242:50"));
        }
        QCOMPARE(telegramMessages(), 3);
        // Restarted: a new bridge on the same book asks for the next update; a redelivered one changes nothing.
        m_server->script(
            QStringLiteral("getUpdates"), FakeTelegramServer::updates({ { 7, QStringLiteral("ok") } }, chat));
        TelegramBridge restarted(m_book->book(), settings());
        QVERIFY(poll(restarted));
        const QList<FakeTelegramServer::Request> polls = m_server->requests(QStringLiteral("getUpdates"));
        QCOMPARE(polls.size(), 3);
        QVERIFY(!polls.at(0).json.contains(QStringLiteral("offset")));
        QCOMPARE(polls.at(1).json.value(QStringLiteral("offset")).toInteger(), 7);
        QCOMPARE(polls.at(2).json.value(QStringLiteral("offset")).toInteger(), 8);
        QCOMPARE(polls.at(2).json.value(QStringLiteral("timeout")).toInt(), 0);
        QCOMPARE(telegramMessages(), 3);
        QCOMPARE(restarted.storedOffset(), 8);
    }

    void theMessageAndTheOffsetAreCommittedTogether()
    {
        ChaseEngine engine(m_book->book());
        const auto writeOffset = [](const QString &value, bool succeed) {
            return [value, succeed](QSqlDatabase &db, QString *error) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT OR REPLACE INTO bridge_state (key, value) VALUES ('test:offset', ?)"));
                q.addBindValue(value);
                *error = QStringLiteral("crash");
                return q.exec() && succeed;
            };
        };
        const QString from = QString::number(chat);
        QVERIFY(!engine.recordInbound(Channel::Telegram, from, QStringLiteral("424242:1"), QStringLiteral("hi"),
            writeOffset(QStringLiteral("2"), false)));
        QCOMPARE(telegramMessages(), 0);
        QVERIFY(scalar(*m_book, QStringLiteral("SELECT value FROM bridge_state")).isNull());
        QVERIFY(engine.recordInbound(Channel::Telegram, from, QStringLiteral("424242:1"), QStringLiteral("hi"),
            writeOffset(QStringLiteral("2"), true)));
        // A duplicate stores nothing more, and still moves the offset.
        QVERIFY(engine.recordInbound(Channel::Telegram, from, QStringLiteral("424242:1"), QStringLiteral("hi"),
            writeOffset(QStringLiteral("3"), true)));
        QCOMPARE(telegramMessages(), 1);
        QCOMPARE(scalar(*m_book, QStringLiteral("SELECT value FROM bridge_state")).toString(), QStringLiteral("3"));
    }

    void failedPollKeepsTheOffset()
    {
        m_server->script(QStringLiteral("getUpdates"), FakeTelegramServer::resetMidResponse());
        TelegramBridge bridge(m_book->book(), settings());
        QVERIFY(!poll(bridge));
        QCOMPARE(bridge.storedOffset(), 0);
        QCOMPARE(telegramMessages(), 0);
    }

    void aPaidReplyPausesTheChaseForTheOwner()
    {
        const OutboxRow row = queueReminder();
        BridgeSupervisor supervisor(m_book->book());
        supervisor.addBridge(std::make_unique<TelegramBridge>(m_book->book(), settings()));
        QCOMPARE(supervisor.runOnce().sent, 1);
        m_server->script(QStringLiteral("getUpdates"),
            FakeTelegramServer::updates({ { 9, QStringLiteral("paid it yesterday") } }, chat));
        const RunSummary polled = supervisor.runOnce();
        QCOMPARE(polled.inbound, 1);
        QCOMPARE(
            scalar(*m_book, QStringLiteral("SELECT intent FROM messages WHERE provider_id = '424242:90'")).toString(),
            QStringLiteral("paid"));
        QCOMPARE(
            scalar(*m_book, QStringLiteral("SELECT state FROM chases WHERE bill_id = ?"), { row.billId }).toString(),
            QStringLiteral("paused_review"));
        const QList<OwnerTask> tasks = OwnerTaskRepository(m_book->book()).open();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().kind, QStringLiteral("confirm_payment"));
    }

    void aReplyStoredBeforeACrashIsActedOnAtTheNextPoll()
    {
        // The crash came after the message and its offset were committed, before the reply was acted on.
        QVERIFY(ChaseEngine(m_book->book())
                    .recordInbound(Channel::Telegram, QString::number(chat), QStringLiteral("424242:30"),
                        QStringLiteral("paid it yesterday")));
        TelegramBridge bridge(m_book->book(), settings());
        QVERIFY(poll(bridge));
        QCOMPARE(
            scalar(*m_book, QStringLiteral("SELECT intent FROM messages WHERE provider_id = '424242:30'")).toString(),
            QStringLiteral("paid"));
        QCOMPARE(OwnerTaskRepository(m_book->book()).open().size(), 1);
    }

    void startFromAKnownChatRecordsConsent()
    {
        QVERIFY(ChaseEngine(m_book->book()).optOut(m_clientId, Channel::Telegram, QStringLiteral("test"), nullptr));
        m_server->script(
            QStringLiteral("getUpdates"), FakeTelegramServer::updates({ { 11, QStringLiteral("/start") } }, chat));
        TelegramBridge bridge(m_book->book(), settings());
        QVERIFY(poll(bridge));
        QCOMPARE(bridge.storedOffset(), 12);
        QVERIFY(scalar(*m_book,
            QStringLiteral("SELECT opted_out_at FROM consents WHERE client_id = ? AND channel = 'telegram'"),
            { m_clientId })
                    .isNull());
        QCOMPARE(telegramMessages(), 0); // "/start" is not a reply to act on
    }

    void theTokenNeverReachesTheLog()
    {
        static QStringList lines;
        lines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { lines.append(message); });
        const OutboxRow row = queueReminder();
        m_server->script(QStringLiteral("sendMessage"), FakeTelegramServer::resetMidResponse());
        m_server->script(
            QStringLiteral("getUpdates"), FakeTelegramServer::updates({ { 1, QStringLiteral("hi") } }, chat));
        {
            BridgeSupervisor supervisor(m_book->book());
            supervisor.addBridge(std::make_unique<TelegramBridge>(m_book->book(), settings()));
            supervisor.runOnce();
        }
        qInstallMessageHandler(previous);
        QVERIFY(row.id > 0);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : std::as_const(lines))
            QVERIFY2(!line.contains(QStringLiteral("TEST-fake_secret")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(tst_TelegramBridge)
#include "tst_telegrambridge.moc"
