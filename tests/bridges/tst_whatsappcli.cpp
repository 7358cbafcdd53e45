// `duedesk-cli run` as a process with WhatsApp configured from the environment: `--once` sends a queued reminder
// to a fake Cloud API on 127.0.0.1 and the row ends sent with the returned wamid; `run` with an app secret also
// answers Meta's webhook handshake on loopback until it is told to stop.

#include "CliProcess.h"
#include "FakeChatServer.h"
#include "WhatsAppTestBook.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

using namespace duedesk;

namespace {

const QString token = QStringLiteral("EAAG-cli-fake-token-value");
const QString phoneId = QStringLiteral("106540352242922");
const QString now = QStringLiteral("2026-11-21T10:00:00"); // queueReminder's clock
const QString responseExample = QStringLiteral(
    DUEDESK_SOURCE_DIR "/../shared/contracts/whatsapp/samples/from-openapi-spec/send-response-example.json");
const QString exampleWamid = QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJCOTY3NDc0NDFDRUI3NTA0Q0UA");

using clitest::channelState;

std::pair<QString, QString> outboxStateAndProviderId(TestBook &t, qint64 id)
{
    QSqlQuery q(t.book().database());
    q.prepare(QStringLiteral("SELECT state, provider_id FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return { q.value(0).toString(), q.value(1).toString() };
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class tst_WhatsAppCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestBook> m_book;
    std::unique_ptr<FakeChatServer> m_server;
    qint64 m_outboxId = 0;

    QProcessEnvironment environment(const QList<std::pair<QString, QString>> &more = {}) const
    {
        const QList<std::pair<QString, QString>> whatsApp{
            { QStringLiteral("DUEDESK_WHATSAPP_API_BASE"), m_server->url().toString() },
            { QStringLiteral("DUEDESK_WHATSAPP_TOKEN"), token }, { QStringLiteral("DUEDESK_WHATSAPP_PHONE_ID"), phoneId }
        };
        return clitest::environment(whatsApp + more, { QStringLiteral("DUEDESK_TELEGRAM_TOKEN") });
    }
    QStringList arguments(const QStringList &command) const
    {
        return clitest::bookArguments(m_book->path(), now, command);
    }

private Q_SLOTS:
    void init()
    {
        m_book = std::make_unique<TestBook>();
        QVERIFY2(m_book->isValid(), qPrintable(m_book->error()));
        m_server = std::make_unique<FakeChatServer>();
        QVERIFY(m_server->isListening());
        m_outboxId = whatsapptest::queueReminder(*m_book);
        QVERIFY(m_outboxId != 0);
    }

    void onceSendsTheQueuedReminderAndTheRowEndsSent()
    {
        QFile example(responseExample);
        QVERIFY2(example.open(QIODevice::ReadOnly),
            qPrintable(QStringLiteral("../shared is missing: cannot read %1").arg(responseExample)));
        m_server->answerWithStatus(200, example.readAll());

        const clitest::Run r
            = clitest::run(environment(), arguments({ QStringLiteral("run"), QStringLiteral("--once") }));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("sent")).toInt(), 1);
        QCOMPARE(channelState(r.json, QStringLiteral("whatsapp")), QStringLiteral("idle"));
        QCOMPARE(channelState(r.json, QStringLiteral("telegram")), QStringLiteral("not_configured"));
        QVERIFY(!r.out.contains(token) && !r.err.contains(token));

        QCOMPARE(m_server->requests().size(), 1);
        const FakeChatServer::Request &request = m_server->requests().first();
        QCOMPARE(request.path, QByteArray("/v23.0/" + phoneId.toUtf8() + "/messages"));
        QCOMPARE(request.headers.value("authorization"), "Bearer " + token.toUtf8());
        QVERIFY(request.headers.value("user-agent").startsWith("DueDesk/"));
        QCOMPARE(request.json.value(QStringLiteral("to")).toString(), whatsapptest::clientWaId);
        QCOMPARE(request.json.value(QStringLiteral("type")).toString(), QStringLiteral("template"));

        const auto [state, providerId] = outboxStateAndProviderId(*m_book, m_outboxId);
        QCOMPARE(state, QStringLiteral("sent"));
        QCOMPARE(providerId, exampleWamid);
    }

    void runWithAnAppSecretAnswersTheWebhookHandshake()
    {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        m_server->answerWithStatus(200, R"({"messages":[{"id":"wamid.CLI-1"}]})"); // the reminder goes meanwhile
        QProcess p;
        clitest::start(p,
            environment({ { QStringLiteral("DUEDESK_WHATSAPP_APP_SECRET"), QStringLiteral("cli-app-secret") },
                { QStringLiteral("DUEDESK_WHATSAPP_VERIFY_TOKEN"), QStringLiteral("cli-verify") },
                { QStringLiteral("DUEDESK_WHATSAPP_WEBHOOK_PORT"), QString::number(port) } }),
            arguments({ QStringLiteral("run") }));
        QString err;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         err += QString::fromUtf8(p.readAllStandardError());
                         return err.contains(QStringLiteral("/whatsapp/webhook")) || p.state() == QProcess::NotRunning;
                     },
                     60000),
            "the webhook never said it was listening");
        QVERIFY2(p.state() == QProcess::Running, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("http://127.0.0.1:%1/whatsapp/webhook").arg(port)), qPrintable(err));

        QUrl url(QStringLiteral("http://127.0.0.1:%1/whatsapp/webhook").arg(port));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("hub.mode"), QStringLiteral("subscribe"));
        query.addQueryItem(QStringLiteral("hub.verify_token"), QStringLiteral("cli-verify"));
        query.addQueryItem(QStringLiteral("hub.challenge"), QStringLiteral("1158201444"));
        url.setQuery(query);
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("1158201444"));
        delete reply;

        p.terminate(); // SIGTERM
        QVERIFY(clitest::waitUntilFinished(p, 20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_WhatsAppCli)
#include "tst_whatsappcli.moc"
