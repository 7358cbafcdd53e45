// WhatsAppBridge against Prism serving Meta's own OpenAPI spec (../shared/contracts/whatsapp, pinned
// @stoplight/prism-cli in tests/package.json): Prism answers 200 only when the request matches the spec (422 when
// the body, a header or a parameter violates it, 401 without the bearer token), so a reminder as free text
// inside the customer window, as a template outside it, and the owner's reply-button draft must each come back
// sent. Two requests that break the spec on purpose show that Prism really checks.
//
// Needs ../shared and `npm ci` in tests/ (scripts/test runs it); without either it fails, saying which.

#include "WhatsAppTestBook.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <WhatsAppBridge.h>
#include <OwnerPrompts.h>
#include <WhatsAppMessages.h>

using namespace duedesk;

namespace {

const QString spec
    = QStringLiteral(DUEDESK_SOURCE_DIR "/../shared/contracts/whatsapp/business-messaging-api_v23.0.yaml");
const QString prism = QStringLiteral(DUEDESK_SOURCE_DIR "/tests/node_modules/.bin/prism");
constexpr int prismStartTimeoutMs = 180 * 1000; // it takes 3-20 s on a quiet machine, much more on a busy one

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

class tst_WhatsAppContract : public QObject
{
    Q_OBJECT

    QProcess m_prism;
    QByteArray m_prismLog;
    quint16 m_port = 0;

    WhatsAppBridge::Settings settings() const
    {
        WhatsAppBridge::Settings s;
        s.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        s.phoneNumberId = QStringLiteral("106540352242922");
        s.token = QStringLiteral("EAAG-contract-test-token");
        return s;
    }

    // What Prism said since the last call: on a 422 it logs every violation of the spec.
    QString prismSaid()
    {
        m_prismLog += m_prism.readAll();
        const QString said = QString::fromUtf8(m_prismLog.right(4000));
        m_prismLog.clear();
        return said;
    }

    // Sends the test book's reminder through the bridge, now.
    SendResult sendReminder(TestBook &t, qint64 outboxId, const WhatsAppBridge::Settings &s)
    {
        const Result<OutboxRow> row = ChaseEngine(t.book()).markSending(outboxId);
        if (!row)
            return SendResult::rejected(row.error());
        WhatsAppBridge bridge(t.book(), s);
        QSignalSpy finished(&bridge, &Bridge::sendFinished);
        bridge.send(*row);
        if (!finished.wait(30000))
            return SendResult::rejected(QStringLiteral("Prism did not answer"));
        return finished.first().at(1).value<SendResult>();
    }

    SendResult sendMessage(TestBook &t, const QJsonObject &body, const WhatsAppBridge::Settings &s)
    {
        WhatsAppBridge bridge(t.book(), s);
        QSignalSpy finished(&bridge, &WhatsAppBridge::messageFinished);
        const quint64 ticket = bridge.sendMessage(body);
        if (!finished.wait(30000))
            return SendResult::rejected(QStringLiteral("Prism did not answer"));
        if (finished.first().at(0).value<quint64>() != ticket)
            return SendResult::rejected(QStringLiteral("another ticket"));
        return finished.first().at(1).value<SendResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SendResult>();
        QVERIFY2(QFileInfo::exists(spec),
            qPrintable(QStringLiteral("../shared is missing: no WhatsApp spec at %1").arg(spec)));
        QVERIFY2(QFileInfo(prism).isExecutable(),
            qPrintable(
                QStringLiteral("Prism is not installed at %1: run `npm ci` in tests/ (scripts/test does)").arg(prism)));
        m_port = freePort();
        QVERIFY(m_port != 0);
        m_prism.setProcessChannelMode(QProcess::MergedChannels);
        m_prism.start(prism,
            { QStringLiteral("mock"), spec, QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-h"),
                QStringLiteral("127.0.0.1") });
        QVERIFY2(m_prism.waitForStarted(10000), qPrintable(m_prism.errorString()));
        QElapsedTimer waited;
        waited.start();
        while (!accepts(m_port)) {
            QVERIFY2(m_prism.state() == QProcess::Running,
                qPrintable(QStringLiteral("Prism exited while starting: %1").arg(prismSaid())));
            QVERIFY2(waited.elapsed() < prismStartTimeoutMs,
                qPrintable(QStringLiteral("Prism did not listen on port %1 within %2 s: %3")
                               .arg(m_port)
                               .arg(prismStartTimeoutMs / 1000)
                               .arg(prismSaid())));
            QTest::qWait(250); // wall clock for I/O: Prism is another process
        }
        prismSaid();
    }

    void cleanupTestCase()
    {
        if (m_prism.state() != QProcess::NotRunning) {
            m_prism.terminate();
            if (!m_prism.waitForFinished(5000)) {
                m_prism.kill();
                m_prism.waitForFinished(5000);
            }
        }
    }

    void aTemplateReminderOutsideTheWindowIsValid()
    {
        TestBook t;
        const qint64 outboxId = whatsapptest::queueReminder(t);
        QVERIFY(outboxId != 0);
        const SendResult result = sendReminder(t, outboxId, settings());
        QVERIFY2(result.kind == SendResult::Kind::Sent, qPrintable(result.error + QLatin1Char('\n') + prismSaid()));
        QVERIFY(result.providerId.startsWith(QStringLiteral("wamid.")));
    }

    void aTextReminderInsideTheWindowIsValid()
    {
        TestBook t;
        const qint64 outboxId = whatsapptest::queueReminder(t);
        QVERIFY(outboxId != 0);
        QVERIFY(ChaseEngine(t.book()).recordInbound(
            Channel::WhatsApp, whatsapptest::clientWaId, QStringLiteral("wamid.IN-1"), QStringLiteral("Hello")));
        QVERIFY(WhatsAppBridge(t.book(), settings()).insideCustomerWindow(ChaseEngine(t.book()).outbox().last()));
        const SendResult result = sendReminder(t, outboxId, settings());
        QVERIFY2(result.kind == SendResult::Kind::Sent, qPrintable(result.error + QLatin1Char('\n') + prismSaid()));
    }

    void theOwnersReplyButtonDraftIsValid()
    {
        TestBook t;
        const QJsonObject body = WhatsAppMessages::draftButtons(
            QStringLiteral("+447700900123"), QString(1500, QLatin1Char('x')), 42, OwnerPrompts::newNonce());
        const SendResult result = sendMessage(t, body, settings());
        QVERIFY2(result.kind == SendResult::Kind::Sent, qPrintable(result.error + QLatin1Char('\n') + prismSaid()));
    }

    // The owner's assistant: a text to the owner (the weekly summary) and, outside the window, the template nudge.
    void theOwnersTextAndNudgeAreValid()
    {
        TestBook t;
        const SendResult text = sendMessage(
            t, WhatsAppMessages::text(QStringLiteral("+447700900123"), QStringLiteral("£1,240.00 came in last week.")),
            settings());
        QVERIFY2(text.kind == SendResult::Kind::Sent, qPrintable(text.error + QLatin1Char('\n') + prismSaid()));
        const SendResult nudge = sendMessage(
            t,
            WhatsAppMessages::templateMessage(QStringLiteral("+447700900123"), QStringLiteral("duedesk_owner_nudge"),
                                              QStringLiteral("en"), {QStringLiteral("3")}),
            settings());
        QVERIFY2(nudge.kind == SendResult::Kind::Sent, qPrintable(nudge.error + QLatin1Char('\n') + prismSaid()));
    }

    // The checks above mean something only if Prism refuses what the spec forbids.
    void prismRefusesAFourthButton()
    {
        TestBook t;
        QJsonObject body
            = WhatsAppMessages::draftButtons(QStringLiteral("1"), QStringLiteral("t"), 1, QStringLiteral("n"));
        QJsonObject interactive = body.value(QStringLiteral("interactive")).toObject();
        QJsonObject action = interactive.value(QStringLiteral("action")).toObject();
        QJsonArray buttons = action.value(QStringLiteral("buttons")).toArray();
        buttons.append(buttons.first());
        action.insert(QStringLiteral("buttons"), buttons);
        interactive.insert(QStringLiteral("action"), action);
        body.insert(QStringLiteral("interactive"), interactive);
        const SendResult result = sendMessage(t, body, settings());
        QCOMPARE(result.kind, SendResult::Kind::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("422")), qPrintable(result.error));
        prismSaid();
    }

    // Why the bridge names itself: Qt's default User-Agent ("Mozilla/5.0") breaks the spec's name/1.2.3 pattern.
    void prismRefusesQtsDefaultUserAgent()
    {
        const QJsonObject body
            = WhatsAppMessages::draftButtons(QStringLiteral("1"), QStringLiteral("t"), 1, QStringLiteral("n"));
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v23.0/1/messages").arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer EAAG-contract-test-token");
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        QVERIFY(QTest::qWaitFor([&reply] { return reply->isFinished(); }, 30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
        QVERIFY2(reply->readAll().contains("user-agent"), qPrintable(prismSaid()));
        prismSaid();
    }

    void prismRefusesAMissingToken()
    {
        TestBook t;
        WhatsAppBridge::Settings s = settings();
        s.token.clear();
        const SendResult result = sendMessage(
            t, WhatsAppMessages::draftButtons(QStringLiteral("1"), QStringLiteral("t"), 1, QStringLiteral("n")), s);
        QCOMPARE(result.kind, SendResult::Kind::Failed);
        QVERIFY2(result.error.contains(QStringLiteral("401")), qPrintable(result.error));
        prismSaid();
    }
};

QTEST_GUILESS_MAIN(tst_WhatsAppContract)
#include "tst_whatsappcontract.moc"
