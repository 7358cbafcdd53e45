// The bridges behind Settings > Channels: where secrets go (the keychain, or the environment in headless runs)
// and "test connection" against loopback servers standing in for a mail server and the Telegram API.

#include <ConnectionTest.h>
#include <SecretStore.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace duedesk;

namespace {

// A loopback server that answers every connection with one fixed reply (an SMTP greeting, an HTTP response).
class OneReplyServer : public QTcpServer
{
public:
    explicit OneReplyServer(QByteArray reply, bool waitForRequest = false)
        : m_reply(std::move(reply))
    {
        connect(this, &QTcpServer::newConnection, this, [this, waitForRequest] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                if (!waitForRequest) {
                    socket->write(m_reply);
                    continue;
                }
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (m_request.contains("\r\n\r\n")) {
                        socket->write(m_reply);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QByteArray request() const { return m_request; }

private:
    QByteArray m_reply;
    QByteArray m_request;
};

QByteArray httpReply(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
         + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// A loopback port nobody listens on (one that was free a moment ago).
quint16 unusedPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

struct Outcome {
    bool ok = false;
    QString message;
};

Outcome runTest(ConnectionTester &tester, const QString &channel, const QVariantMap &fields, const QString &secret)
{
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.test(channel, fields, secret);
    if (finished.isEmpty() && !finished.wait(5000))
        return {false, QStringLiteral("no answer")};
    return {finished.first().at(1).toBool(), finished.first().at(2).toString()};
}

} // namespace

class tst_ChannelBridges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theEnvironmentOverridesTheKeychainForHeadlessRuns()
    {
        qputenv("DUEDESK_TELEGRAM_TOKEN", "123:from-env");
        KeychainSecretStore store;
        QString got;
        store.read(QStringLiteral("telegram"), [&](const Result<QString> &secret) { got = secret ? *secret : secret.error(); });
        qunsetenv("DUEDESK_TELEGRAM_TOKEN");
        QCOMPARE(got, QStringLiteral("123:from-env"));
        QCOMPARE(KeychainSecretStore::environmentVariable(QStringLiteral("sms")), QByteArray("DUEDESK_SMS_TOKEN"));
    }

    void aMailServerThatGreetsPassesTheTest()
    {
        OneReplyServer smtp("220 mail.example.test ESMTP ready\r\n");
        NetworkConnectionTester tester;
        const Outcome outcome = runTest(tester, QStringLiteral("email"),
                                        {{QStringLiteral("smtp_host"), QStringLiteral("127.0.0.1")},
                                         {QStringLiteral("smtp_port"), smtp.serverPort()}},
                                        QString());
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QStringLiteral("mail.example.test")));
    }

    void aMailServerThatRefusesFailsTheTest()
    {
        OneReplyServer smtp("554 no service here\r\n");
        NetworkConnectionTester tester;
        const Outcome outcome = runTest(tester, QStringLiteral("email"),
                                        {{QStringLiteral("smtp_host"), QStringLiteral("127.0.0.1")},
                                         {QStringLiteral("smtp_port"), smtp.serverPort()}},
                                        QString());
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.message.contains(QStringLiteral("554")));
    }

    void nobodyListeningFailsTheTestWithAReason()
    {
        const quint16 port = unusedPort();
        QVERIFY(port != 0);
        NetworkConnectionTester tester;
        const Outcome outcome = runTest(tester, QStringLiteral("email"),
                                        {{QStringLiteral("smtp_host"), QStringLiteral("127.0.0.1")},
                                         {QStringLiteral("smtp_port"), port}},
                                        QString());
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.message.contains(QString::number(port)));
    }

    void telegramGetMeNamesTheBot()
    {
        OneReplyServer api(httpReply(200, R"({"ok":true,"result":{"id":1,"is_bot":true,"username":"brightwater_bot"}})"), true);
        NetworkConnectionTester tester;
        const Outcome outcome = runTest(tester, QStringLiteral("telegram"),
                                        {{QStringLiteral("api_base"), QStringLiteral("http://127.0.0.1:%1/").arg(api.serverPort())}},
                                        QStringLiteral("123:abc"));
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(QStringLiteral("brightwater_bot")));
        QVERIFY(api.request().startsWith("GET /bot123:abc/getMe "));
    }

    void aRejectedTokenFailsWithoutShowingIt()
    {
        OneReplyServer api(httpReply(401, R"({"ok":false,"description":"Unauthorized"})"), true);
        NetworkConnectionTester tester;
        const Outcome outcome = runTest(tester, QStringLiteral("telegram"),
                                        {{QStringLiteral("api_base"), QStringLiteral("http://127.0.0.1:%1").arg(api.serverPort())}},
                                        QStringLiteral("999:very-secret"));
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.message.contains(QStringLiteral("401")));
        QVERIFY(!outcome.message.contains(QStringLiteral("very-secret")));
    }

    void anUnreachableServiceFailsWithoutShowingTheToken()
    {
        const quint16 port = unusedPort();
        QVERIFY(port != 0);
        NetworkConnectionTester tester;
        const Outcome outcome = runTest(tester, QStringLiteral("telegram"),
                                        {{QStringLiteral("api_base"), QStringLiteral("http://127.0.0.1:%1").arg(port)}},
                                        QStringLiteral("999:very-secret"));
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.message.isEmpty());
        QVERIFY2(!outcome.message.contains(QStringLiteral("very-secret")), qPrintable(outcome.message));
    }
};

QTEST_GUILESS_MAIN(tst_ChannelBridges)
#include "tst_channelbridges.moc"
