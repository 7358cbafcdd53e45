// `duedesk-cli run --once` as a process, with the Telegram bridge configured from the environment and pointed at
// a fake Bot API on 127.0.0.1: it sends what may go, polls replies once, prints a summary and exits 0.

#include "CliProcess.h"
#include "FakeTelegramServer.h"
#include "TestBook.h"

#include <ChaseEngine.h>
#include <QtTest>
#include <Repositories.h>

using namespace duedesk;

namespace {

const QString token = QStringLiteral("987654321:TEST-cli_fake_token_value_abcdefghijk");
const QDate due(2026, 11, 20);
const QString now = QStringLiteral("2026-11-21T10:00:00"); // the first step's day, outside quiet hours

using clitest::Run;
using clitest::channelState;

} // namespace

class tst_TelegramCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestBook> m_book;
    std::unique_ptr<FakeTelegramServer> m_server;

    Run runOnce(bool withToken = true)
    {
        const QString tokenVariable = QStringLiteral("DUEDESK_TELEGRAM_TOKEN");
        QList<std::pair<QString, QString>> set{ { QStringLiteral("DUEDESK_TELEGRAM_API_BASE"),
            m_server->url().toString() } };
        if (withToken)
            set.append({ tokenVariable, token });
        return clitest::run(clitest::environment(set, { tokenVariable }),
            clitest::bookArguments(m_book->path(), now, { QStringLiteral("run"), QStringLiteral("--once") }));
    }

private Q_SLOTS:
    void init()
    {
        m_book = std::make_unique<TestBook>(QDateTime(due.addDays(1), QTime(10, 0), Qt::LocalTime));
        QVERIFY2(m_book->isValid(), qPrintable(m_book->error()));
        m_server = std::make_unique<FakeTelegramServer>();
        QVERIFY(m_server->isListening());
        // A Telegram client (chat 777, consent given) with one bill whose first reminder is approved.
        ClientRow c;
        c.name = QStringLiteral("Quay Books");
        c.relationshipStart = QDate(2024, 1, 1);
        c.telegramChatId = QStringLiteral("777");
        c.preferredChannel = Channel::Telegram;
        c.consents.append(ChannelConsent{ Channel::Telegram, m_book->clock().now(), QStringLiteral("test"), {}, {} });
        const auto clientId = ClientRepository(m_book->book()).insert(c);
        QVERIFY(clientId);
        QVERIFY(m_book->addBill(QStringLiteral("INV-9"), *clientId, due, 5000) > 0);
        ChaseEngine engine(m_book->book());
        QVERIFY(engine.plan(due.addDays(1)));
        QVERIFY(engine.approveAll());
    }

    void onceSendsPollsAndExits()
    {
        m_server->script(QStringLiteral("getUpdates"),
            FakeTelegramServer::updates({ { 40, QStringLiteral("paid it yesterday") } }, 777));
        const Run r = runOnce();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(r.json.value(QStringLiteral("inbound")).toInt(), 1);
        QCOMPARE(channelState(r.json, QStringLiteral("telegram")), QStringLiteral("idle"));
        QCOMPARE(channelState(r.json, QStringLiteral("sms")), QStringLiteral("not_configured"));
        QVERIFY(!r.out.contains(QStringLiteral("cli_fake_token")) && !r.err.contains(QStringLiteral("cli_fake_token")));

        const QList<FakeTelegramServer::Request> sends = m_server->requests(QStringLiteral("sendMessage"));
        QCOMPARE(sends.size(), 1);
        QCOMPARE(sends.first().json.value(QStringLiteral("chat_id")).toInteger(), 777);
        const QList<FakeTelegramServer::Request> polls = m_server->requests(QStringLiteral("getUpdates"));
        QCOMPARE(polls.size(), 1);
        QCOMPARE(polls.first().json.value(QStringLiteral("timeout")).toInt(), 0);

        // Again: nothing left to send, and the poll asks for the update after the one handled.
        const Run again = runOnce();
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json.value(QStringLiteral("sent")).toInt(), 0);
        QCOMPARE(m_server->requests(QStringLiteral("sendMessage")).size(), 1);
        QCOMPARE(
            m_server->requests(QStringLiteral("getUpdates")).last().json.value(QStringLiteral("offset")).toInteger(),
            41);
    }

    void withoutATokenTelegramIsNotConfigured()
    {
        const Run r = runOnce(false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(channelState(r.json, QStringLiteral("telegram")), QStringLiteral("not_configured"));
        QCOMPARE(r.json.value(QStringLiteral("sent")).toInt(), 0);
        QVERIFY(m_server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TelegramCli)
#include "tst_telegramcli.moc"
