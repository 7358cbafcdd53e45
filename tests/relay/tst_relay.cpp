// duedesk-relay as a real process on a temporary store, the desktop in this process (RelayClient posting into a
// WhatsAppWebhookServer over a real test book), everything on loopback. The relay is killed with SIGKILL and
// restarted on the same store, the desktop is destroyed and rebuilt, both mid-stream: every message must end in the
// book exactly once and the relay must have nothing unacknowledged. Also: forged webhooks, a wrong relay key, the
// GET handshake, one desktop at a time.

#include "TestBook.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QWebSocket>
#include <QtTest>
#include <RelayClient.h>
#include <WhatsAppSignature.h>
#include <WhatsAppWebhookServer.h>
#include <memory>

using namespace duedesk;

namespace {

const QByteArray appSecret("relay_test_app_secret");
const QString verifyToken = QStringLiteral("relay-verify-me");
const QByteArray relayKey("relay-test-key-0123456789");
constexpr int ioTimeoutMs = 30000;

QString wamid(int n)
{
    return QStringLiteral("wamid.RELAY-%1").arg(n, 4, 10, QLatin1Char('0'));
}

// A text message from Meta's example sender in the shape of the Cloud API spec's webhook example, with its own
// wamid.
QByteArray textWebhook(int n)
{
    return QStringLiteral(
        R"j({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":)j"
        R"j({"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",)j"
        R"j("phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Sheena Nelson"},)j"
        R"j("wa_id":"16505551234"}],"messages":[{"from":"16505551234","id":"%1","timestamp":"1749416383",)j"
        R"j("type":"text","text":{"body":"Thanks, noted (%2)"}}]},"field":"messages"}]}]})j")
        .arg(wamid(n))
        .arg(n)
        .toUtf8();
}

// provider id -> how many times it is in the book's messages.
QMap<QString, int> storedMessages(TestBook &t)
{
    QMap<QString, int> counts;
    QSqlQuery q(t.book().database());
    if (!q.exec(
            QStringLiteral("SELECT provider_id, count(*) FROM messages WHERE channel = 'whatsapp' AND direction = 'in' "
                           "GROUP BY provider_id")))
        return { { QStringLiteral("cannot read messages"), -1 } };
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

int answerOf(QNetworkReply *reply, QByteArray *body = nullptr)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(ioTimeoutMs);
    if (body)
        *body = reply->readAll();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// Meta's side of the wire.
struct Meta {
    QNetworkAccessManager nam;
    int post(const QUrl &url, const QByteArray &body, const QByteArray &signature)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!signature.isEmpty())
            request.setRawHeader("X-Hub-Signature-256", signature);
        return answerOf(nam.post(request, body));
    }
    int postSigned(const QUrl &url, const QByteArray &body)
    {
        return post(url, body, WhatsAppSignature::sign(appSecret, body));
    }
};

QProcessEnvironment relayEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUEDESK_WHATSAPP_APP_SECRET"), QString::fromLatin1(appSecret));
    env.insert(QStringLiteral("DUEDESK_WHATSAPP_VERIFY_TOKEN"), verifyToken);
    env.insert(QStringLiteral("DUEDESK_RELAY_KEY"), QString::fromLatin1(relayKey));
    return env;
}

// duedesk-relay as a child process. start() waits for its {"webhook","desktop"} line.
struct Relay {
    explicit Relay(QString storePath)
        : store(std::move(storePath))
    {
    }
    ~Relay() { kill(); }

    // Ports 0: any free ones; a restart passes the previous ones so the desktop finds it again.
    bool start(quint16 webhookPort = 0, quint16 desktopPort = 0)
    {
        process.setProcessEnvironment(relayEnvironment());
        process.start(QStringLiteral(DUEDESK_RELAY),
            { QStringLiteral("--store"), store, QStringLiteral("--webhook-port"), QString::number(webhookPort),
                QStringLiteral("--desktop-port"), QString::number(desktopPort) });
        if (!process.waitForStarted(ioTimeoutMs))
            return failed(QStringLiteral("cannot start: ") + process.errorString());
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(ioTimeoutMs))
                return failed(
                    QStringLiteral("no listening line; stderr: ") + QString::fromUtf8(process.readAllStandardError()));
        }
        const QJsonObject line = QJsonDocument::fromJson(process.readLine()).object();
        webhook = QUrl(line.value(QLatin1StringView("webhook")).toString());
        desktop = QUrl(line.value(QLatin1StringView("desktop")).toString());
        return webhook.isValid() && desktop.isValid() ? true : failed(QStringLiteral("bad listening line"));
    }
    bool restart()
    {
        kill();
        return start(quint16(webhook.port()), quint16(desktop.port()));
    }
    // SIGKILL: no chance to flush or close anything.
    void kill()
    {
        if (process.state() == QProcess::NotRunning)
            return;
        process.kill();
        process.waitForFinished(ioTimeoutMs);
    }
    bool failed(const QString &why)
    {
        error = why;
        return false;
    }

    QString store;
    QProcess process;
    QUrl webhook;
    QUrl desktop;
    QString error;
};

struct Counts {
    qint64 events = -1;
    qint64 unacknowledged = -1;
};

// `duedesk-relay --status` on the store, read while the relay runs (or not).
Counts relayStatus(const QString &store)
{
    QProcess p;
    p.setProcessEnvironment(relayEnvironment());
    p.start(QStringLiteral(DUEDESK_RELAY), { QStringLiteral("--store"), store, QStringLiteral("--status") });
    if (!p.waitForFinished(ioTimeoutMs) || p.exitCode() != 0)
        return {};
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return { o.value(QLatin1StringView("events")).toInteger(-1),
        o.value(QLatin1StringView("unacknowledged")).toInteger(-1) };
}

WhatsAppWebhookServer::Settings webhookSettings()
{
    WhatsAppWebhookServer::Settings s;
    s.appSecret = appSecret;
    s.verifyToken = verifyToken;
    return s;
}

// The desktop: its own webhook server on the book, and the relay client posting into it. Destroying it is the
// desktop going away: the WebSocket is dropped without a goodbye and a local POST in flight is abandoned.
struct Desktop {
    Desktop(TestBook &t, const QUrl &relay, const QByteArray &key = relayKey)
        : webhook(t.book(), webhookSettings())
    {
        listening = webhook.listen();
        RelayClient::Settings s;
        s.relayUrl = relay;
        s.key = key;
        s.webhookUrl = webhook.url();
        s.reconnect = BackoffSettings{ 50, 500 }; // real sockets, so real (short) pauses between reconnects
        s.localRetry = BackoffSettings{ 50, 500 };
        client = std::make_unique<RelayClient>(s);
    }
    WhatsAppWebhookServer webhook;
    std::unique_ptr<RelayClient> client;
    bool listening = false;
};

// Every wamid from 0 to n-1 stored exactly once, and nothing else.
QString exactlyOnce(TestBook &t, int n)
{
    const QMap<QString, int> stored = storedMessages(t);
    QStringList problems;
    for (int i = 0; i < n; ++i)
        if (stored.value(wamid(i)) != 1)
            problems.append(QStringLiteral("%1 stored %2 times").arg(wamid(i)).arg(stored.value(wamid(i))));
    if (stored.size() != n)
        problems.append(QStringLiteral("%1 distinct messages, expected %2").arg(stored.size()).arg(n));
    return problems.join(QStringLiteral("; "));
}

// Waits until the book holds n messages and the relay has nothing unacknowledged; returns what is still wrong
// (empty when every wamid from 0 to n-1 is stored exactly once and the relay is done).
QString settled(TestBook &t, const QString &store, int n)
{
    (void)QTest::qWaitFor(
        [&] { return storedMessages(t).size() >= n && relayStatus(store).unacknowledged == 0; }, ioTimeoutMs);
    QString problems = exactlyOnce(t, n);
    if (const qint64 unacknowledged = relayStatus(store).unacknowledged; unacknowledged != 0)
        problems += QStringLiteral("; %1 unacknowledged in the relay").arg(unacknowledged);
    return problems;
}

// A relay on a temporary store, a book for the desktop, and Meta.
struct Rig {
    QTemporaryDir dir;
    TestBook t;
    Relay relay{ dir.filePath(QStringLiteral("relay.sqlite")) };
    Meta meta;
};

// A desktop connection made by hand, to see exactly what the relay sends.
struct RawDesktop {
    QWebSocket socket;
    QStringList frames;
    bool closed = false;

    explicit RawDesktop(const QUrl &url)
    {
        QObject::connect(
            &socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &f) { frames.append(f); });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] { closed = true; });
        socket.open(url);
    }
    QJsonObject frame(int i) const { return QJsonDocument::fromJson(frames.value(i).toUtf8()).object(); }
    bool sawEvent() const
    {
        for (int i = 0; i < frames.size(); ++i)
            if (frame(i).value(QLatin1StringView("type")).toString() == QLatin1StringView("event"))
                return true;
        return false;
    }
    // Waits for the challenge and answers it with a MAC made with key; false when no challenge came.
    bool answerChallenge(const QByteArray &key)
    {
        if (!QTest::qWaitFor([this] { return !frames.isEmpty(); }, ioTimeoutMs))
            return false;
        const QByteArray nonce = frame(0).value(QLatin1StringView("nonce")).toString().toLatin1();
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(
            QJsonObject{ { QStringLiteral("type"), QStringLiteral("auth") },
                { QStringLiteral("mac"), QString::fromLatin1(RelayClient::authenticationCode(key, nonce)) } })
                                                     .toJson()));
        return frame(0).value(QLatin1StringView("type")).toString() == QLatin1StringView("challenge");
    }
};

} // namespace

class tst_Relay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theHandshakeAnswersTheChallengeOnlyForTheVerifyToken()
    {
        Rig rig;
        auto &[dir, t, relay, meta] = rig;
        QVERIFY2(relay.start(), qPrintable(relay.error));
        const auto get = [&](const QString &token, QByteArray *body) {
            QUrl url = relay.webhook;
            url.setQuery(QUrlQuery{ { QStringLiteral("hub.mode"), QStringLiteral("subscribe") },
                { QStringLiteral("hub.verify_token"), token },
                { QStringLiteral("hub.challenge"), QStringLiteral("1158201444") } });
            return answerOf(meta.nam.get(QNetworkRequest(url)), body);
        };
        QByteArray body;
        QCOMPARE(get(verifyToken, &body), 200);
        QCOMPARE(body, QByteArray("1158201444"));
        QCOMPARE(get(QStringLiteral("relay-verify-you"), &body), 403);
        QVERIFY(!body.contains("1158201444"));
    }

    void itRefusesToStartWithoutTheRelayKey()
    {
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = relayEnvironment();
        env.remove(QStringLiteral("DUEDESK_RELAY_KEY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DUEDESK_RELAY),
            { QStringLiteral("--store"), dir.filePath(QStringLiteral("relay.sqlite")), QStringLiteral("--webhook-port"),
                QStringLiteral("0"), QStringLiteral("--desktop-port"), QStringLiteral("0") });
        QVERIFY(p.waitForFinished(ioTimeoutMs));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("DUEDESK_RELAY_KEY"));
    }

    void aForgedWebhookIsRefusedStoredNowhereAndNeverForwarded()
    {
        Rig rig;
        auto &[dir, t, relay, meta] = rig;
        QVERIFY2(relay.start(), qPrintable(relay.error));
        Desktop desktop(t, relay.desktop);
        QVERIFY(desktop.listening);
        QSignalSpy ready(desktop.client.get(), &RelayClient::ready);
        desktop.client->start();
        QVERIFY(ready.wait(ioTimeoutMs));

        const QByteArray forgedBody = textWebhook(1);
        QCOMPARE(meta.post(relay.webhook, forgedBody, WhatsAppSignature::sign("not_the_secret", forgedBody)), 401);
        QCOMPARE(meta.post(relay.webhook, forgedBody, QByteArray()), 401);
        QByteArray changed = forgedBody;
        changed.replace("noted", "NOTED");
        QCOMPARE(meta.post(relay.webhook, changed, WhatsAppSignature::sign(appSecret, forgedBody)), 401);
        QCOMPARE(relayStatus(relay.store).events, 0);

        // A genuine one behind them arrives, and alone.
        QCOMPARE(meta.postSigned(relay.webhook, textWebhook(0)), 200);
        QCOMPARE(settled(t, relay.store, 1), QString());
        QCOMPARE(relayStatus(relay.store).events, 1);
    }

    void aWrongRelayKeyGetsTheSocketClosedAndNoEvents()
    {
        Rig rig;
        auto &[dir, t, relay, meta] = rig;
        QVERIFY2(relay.start(), qPrintable(relay.error));
        QCOMPARE(meta.postSigned(relay.webhook, textWebhook(0)), 200);

        // By hand: a wrong MAC closes the socket with a policy violation, before any event.
        RawDesktop raw(relay.desktop);
        QVERIFY(raw.answerChallenge("not-the-relay-key"));
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, ioTimeoutMs);
        QCOMPARE(raw.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QVERIFY(!raw.sawEvent());

        // The real client with a wrong key: refused, nothing delivered, the event kept for the right desktop.
        {
            Desktop wrong(t, relay.desktop, "not-the-relay-key");
            QSignalSpy refused(wrong.client.get(), &RelayClient::authenticationRefused);
            QSignalSpy problem(wrong.client.get(), &RelayClient::problem);
            wrong.client->start();
            QVERIFY(refused.wait(ioTimeoutMs));
            QVERIFY(!problem.isEmpty());
            QVERIFY(!wrong.client->isReady());
        }
        QCOMPARE(storedMessages(t).size(), 0);
        QCOMPARE(relayStatus(relay.store).unacknowledged, 1);

        Desktop right(t, relay.desktop);
        right.client->start();
        QCOMPARE(settled(t, relay.store, 1), QString());
    }

    void aNewDesktopConnectionReplacesTheOldOne()
    {
        Rig rig;
        auto &[dir, t, relay, meta] = rig;
        QVERIFY2(relay.start(), qPrintable(relay.error));
        QCOMPARE(meta.postSigned(relay.webhook, textWebhook(0)), 200);
        RawDesktop first(relay.desktop);
        QVERIFY(first.answerChallenge(relayKey));
        QTRY_VERIFY_WITH_TIMEOUT(first.sawEvent(), ioTimeoutMs); // not acknowledged by this one

        RawDesktop second(relay.desktop);
        QVERIFY(second.answerChallenge(relayKey));
        QTRY_VERIFY_WITH_TIMEOUT(first.closed, ioTimeoutMs);
        QCOMPARE(first.socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
        // The unacknowledged event is replayed to the new desktop.
        QTRY_VERIFY_WITH_TIMEOUT(second.sawEvent(), ioTimeoutMs);
        QVERIFY(!second.closed);
    }

    // Signed by Meta but unreadable to this desktop's parser (400): acknowledged, so it cannot hold up the events
    // behind it; the relay keeps its body.
    void anUnreadableEventIsAcknowledgedWithoutHoldingUpTheRest()
    {
        Rig rig;
        auto &[dir, t, relay, meta] = rig;
        QVERIFY2(relay.start(), qPrintable(relay.error));
        QCOMPARE(meta.postSigned(relay.webhook, "{\"object\":\"whatsapp_business_account\",\"entry\":["), 200);
        QCOMPARE(meta.postSigned(relay.webhook, textWebhook(0)), 200);
        Desktop desktop(t, relay.desktop);
        QVERIFY(desktop.listening);
        QSignalSpy delivered(desktop.client.get(), &RelayClient::eventDelivered);
        desktop.client->start();
        QCOMPARE(settled(t, relay.store, 1), QString());
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.first().first().toLongLong(), 2); // the readable one, second in line
    }

    void killingTheRelayMidStreamLosesAndDoublesNothing()
    {
        constexpr int half = 20;
        Rig rig;
        auto &[dir, t, relay, meta] = rig;
        QVERIFY2(relay.start(), qPrintable(relay.error));
        for (int i = 0; i < half; ++i) // the desktop is off: they wait in the relay
            QCOMPARE(meta.postSigned(relay.webhook, textWebhook(i)), 200);

        Desktop desktop(t, relay.desktop);
        QVERIFY(desktop.listening);
        int delivered = 0;
        QObject::connect(desktop.client.get(), &RelayClient::eventDelivered, desktop.client.get(), [&] {
            if (++delivered == 5)
                relay.kill(); // SIGKILL while 15 events are still on their way
        });
        desktop.client->start();
        QTRY_VERIFY_WITH_TIMEOUT(relay.process.state() == QProcess::NotRunning, ioTimeoutMs);
        const Counts atKill = relayStatus(relay.store);
        QCOMPARE(atKill.events, half); // every event answered 200 survived the kill
        QVERIFY2(atKill.unacknowledged >= half - 5, qPrintable(QString::number(atKill.unacknowledged)));

        QVERIFY2(relay.restart(), qPrintable(relay.error));
        for (int i = half; i < 2 * half; ++i) // more arrive while the desktop reconnects and catches up
            QCOMPARE(meta.postSigned(relay.webhook, textWebhook(i)), 200);

        QCOMPARE(settled(t, relay.store, 2 * half), QString());
        QCOMPARE(relayStatus(relay.store).events, 2 * half);
    }

    void restartingTheDesktopMidStreamLosesAndDoublesNothing()
    {
        constexpr int half = 20;
        Rig rig;
        auto &[dir, t, relay, meta] = rig;
        QVERIFY2(relay.start(), qPrintable(relay.error));
        for (int i = 0; i < half; ++i)
            QCOMPARE(meta.postSigned(relay.webhook, textWebhook(i)), 200);

        auto desktop = std::make_unique<Desktop>(t, relay.desktop);
        QVERIFY(desktop->listening);
        int delivered = 0;
        QObject::connect(desktop->client.get(), &RelayClient::eventDelivered, this, [&] {
            if (++delivered == 5) // gone before it can finish the stream; not from inside its own signal
                QMetaObject::invokeMethod(
                    this, [&] { desktop.reset(); }, Qt::QueuedConnection);
        });
        desktop->client->start();
        QTRY_VERIFY_WITH_TIMEOUT(!desktop, ioTimeoutMs);
        QVERIFY(storedMessages(t).size() < half);
        QVERIFY(relayStatus(relay.store).unacknowledged > 0);

        desktop = std::make_unique<Desktop>(t, relay.desktop); // a new webhook port, the same book
        QVERIFY(desktop->listening);
        desktop->client->start();
        for (int i = half; i < 2 * half; ++i)
            QCOMPARE(meta.postSigned(relay.webhook, textWebhook(i)), 200);

        QCOMPARE(settled(t, relay.store, 2 * half), QString());
        QCOMPARE(relayStatus(relay.store).events, 2 * half);
    }
};

QTEST_GUILESS_MAIN(tst_Relay)
#include "tst_relay.moc"
