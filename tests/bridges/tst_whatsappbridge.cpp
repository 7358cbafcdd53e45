// The WhatsApp sending bridge against a fake Graph API on loopback: free text inside the 24-hour customer window,
// the tone's approved template outside it, each request shaped like the spec's own send examples in ../shared,
// and every kind of answer mapped to sent / retryable / rejected / uncertain.

#include "FakeChatServer.h"
#include "WhatsAppTestBook.h"

#include <WhatsAppBridge.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace duedesk;

namespace {

const QString samples = QStringLiteral(DUEDESK_SOURCE_DIR "/../shared/contracts/whatsapp/samples/from-openapi-spec/");

QByteArray specFile(const QString &name)
{
    QFile f(samples + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Empty (the caller fails naming ../shared) when the example is missing.
QJsonObject specExample(const QString &name)
{
    return QJsonDocument::fromJson(specFile(name)).object();
}

// Every key of ours exists in the example at the same place with the same JSON type (arrays: against the
// example's first item). Keys in `extra` are allowed beyond the example. Returns the first mismatch, or empty.
QString shapeMismatch(const QJsonValue &ours, const QJsonValue &example, const QString &path, const QStringList &extra)
{
    if (ours.type() != example.type())
        return path;
    if (ours.isArray()) {
        for (const QJsonValue &item : ours.toArray())
            if (const QString m = shapeMismatch(item, example.toArray().first(), path + QStringLiteral("[]"), extra);
                !m.isEmpty())
                return m;
    }
    if (ours.isObject()) {
        const QJsonObject o = ours.toObject();
        const QJsonObject e = example.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = path + QLatin1Char('.') + it.key();
            if (!e.contains(it.key())) {
                if (!extra.contains(at))
                    return at;
                continue;
            }
            if (const QString m = shapeMismatch(it.value(), e.value(it.key()), at, extra); !m.isEmpty())
                return m;
        }
    }
    return {};
}

struct Rig {
    explicit Rig(TestBook &t)
    {
        outboxId = whatsapptest::queueReminder(t);
        WhatsAppBridge::Settings s;
        s.apiBase = server.url();
        s.phoneNumberId = QStringLiteral("106540352242922");
        s.token = QStringLiteral("EAAG-test-token");
        s.transferTimeoutMs = 300; // for the "never answers" case only
        bridge = std::make_unique<WhatsAppBridge>(t.book(), s);
    }
    // Marks the row sending, sends it and waits for the one result.
    SendResult send(TestBook &t)
    {
        const Result<OutboxRow> row = ChaseEngine(t.book()).markSending(outboxId);
        if (!row)
            return SendResult::rejected(row.error());
        QSignalSpy finished(bridge.get(), &Bridge::sendFinished);
        bridge->send(*row);
        if (finished.isEmpty() && !finished.wait(5000))
            return SendResult::rejected(QStringLiteral("no sendFinished"));
        return finished.first().at(1).value<SendResult>();
    }
    FakeChatServer server;
    qint64 outboxId = 0;
    std::unique_ptr<WhatsAppBridge> bridge;
};

} // namespace

class tst_WhatsAppBridge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SendResult>();
        QVERIFY2(!specFile(QStringLiteral("send-response-example.json")).isEmpty(),
                 qPrintable(QStringLiteral("../shared is missing: cannot read the send examples under %1").arg(samples)));
    }

    void outsideTheWindowTheTonesTemplateIsSent()
    {
        TestBook t;
        Rig rig(t);
        QVERIFY(rig.outboxId != 0);
        rig.server.answerWithStatus(200, specFile(QStringLiteral("send-response-example.json")));
        const SendResult result = rig.send(t);
        QCOMPARE(result.kind, SendResult::Kind::Sent);
        QCOMPARE(rig.server.requests().size(), 1);
        const FakeChatServer::Request &request = rig.server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v23.0/106540352242922/messages"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer EAAG-test-token"));
        const QJsonObject tmpl = request.json.value(QStringLiteral("template")).toObject();
        QCOMPARE(request.json.value(QStringLiteral("type")).toString(), QStringLiteral("template"));
        QCOMPARE(request.json.value(QStringLiteral("to")).toString(), whatsapptest::clientWaId);
        QVERIFY(tmpl.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("duedesk_reminder_")));
        QCOMPARE(tmpl.value(QStringLiteral("language")).toObject().value(QStringLiteral("policy")).toString(),
                 QStringLiteral("deterministic"));
        const QJsonArray parameters =
            tmpl.value(QStringLiteral("components")).toArray().first().toObject().value(QStringLiteral("parameters")).toArray();
        QCOMPARE(parameters.first().toObject().value(QStringLiteral("text")).toString(), QStringLiteral("INV-1"));
        const QJsonObject example = specExample(QStringLiteral("send-request-send-message-template-text.json"));
        QVERIFY(!example.isEmpty());
        // language.policy: required by the spec's schema, absent from its own example (see contracts/README.md).
        const QString mismatch = shapeMismatch(request.json, example, QString(), {QStringLiteral(".template.language.policy")});
        QVERIFY2(mismatch.isEmpty(), qPrintable(QStringLiteral("not in the spec's template example: %1").arg(mismatch)));
    }

    void insideTheWindowFreeTextIsSent()
    {
        TestBook t;
        Rig rig(t);
        QVERIFY(rig.outboxId != 0);
        t.clock().advanceSecs(-3600);
        QVERIFY(ChaseEngine(t.book()).recordInbound(Channel::WhatsApp, whatsapptest::clientWaId,
                                                    QStringLiteral("wamid.IN-1"), QStringLiteral("Will pay Friday")));
        t.clock().advanceSecs(3600);
        rig.server.answerWithStatus(200, specFile(QStringLiteral("send-response-example.json")));
        QCOMPARE(rig.send(t).kind, SendResult::Kind::Sent);
        const QJsonObject sent = rig.server.requests().first().json;
        QCOMPARE(sent.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
        QVERIFY(!sent.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString().isEmpty());
        const QJsonObject example = specExample(QStringLiteral("send-request-send-text-message.json"));
        QVERIFY(!example.isEmpty());
        const QString mismatch = shapeMismatch(sent, example, QString(), {});
        QVERIFY2(mismatch.isEmpty(), qPrintable(QStringLiteral("not in the spec's text example: %1").arg(mismatch)));
    }

    void theWindowClosesAfter24Hours()
    {
        TestBook t;
        Rig rig(t);
        QVERIFY(rig.outboxId != 0);
        QVERIFY(ChaseEngine(t.book()).recordInbound(Channel::WhatsApp, whatsapptest::clientWaId,
                                                    QStringLiteral("wamid.IN-1"), QStringLiteral("Hello")));
        const OutboxRow row = ChaseEngine(t.book()).outbox().last();
        t.clock().advanceSecs(24 * 3600 - 1);
        QVERIFY(rig.bridge->insideCustomerWindow(row));
        t.clock().advanceSecs(1);
        QVERIFY(!rig.bridge->insideCustomerWindow(row));
    }

    void theProvidersAnswerDecidesTheResult_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("transient");
        QTest::newRow("200 with a wamid") << 200 << int(SendResult::Kind::Sent) << false;
        QTest::newRow("200 without a wamid") << -200 << int(SendResult::Kind::Uncertain) << false;
        QTest::newRow("429 rate limited") << 429 << int(SendResult::Kind::Failed) << true;
        QTest::newRow("503 unavailable") << 503 << int(SendResult::Kind::Failed) << true;
        QTest::newRow("400 bad request") << 400 << int(SendResult::Kind::Failed) << false;
        QTest::newRow("401 bad token") << 401 << int(SendResult::Kind::Failed) << false;
        QTest::newRow("never answers") << 0 << int(SendResult::Kind::Uncertain) << false;
    }
    void theProvidersAnswerDecidesTheResult()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(bool, transient);
        TestBook t;
        Rig rig(t);
        QVERIFY(rig.outboxId != 0);
        if (status == 0)
            rig.server.neverAnswer();
        else if (status == -200)
            rig.server.answerWithStatus(200, "{\"messaging_product\":\"whatsapp\"}");
        else if (status == 200)
            rig.server.answerWithStatus(200, specFile(QStringLiteral("send-response-example.json")));
        else
            rig.server.answerWithStatus(status, "{\"error\":{\"message\":\"scripted\",\"code\":131056}}");
        const SendResult result = rig.send(t);
        QCOMPARE(int(result.kind), kind);
        QCOMPARE(result.transient, transient);
        if (status == 200)
            QCOMPARE(result.providerId, QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJCOTY3NDc0NDFDRUI3NTA0Q0UA"));
        if (status > 200)
            QVERIFY(result.error.contains(QStringLiteral("scripted")));
        QVERIFY(!result.error.contains(QStringLiteral("EAAG-test-token")));
    }

    void aServerThatIsNotThereIsWorthRetrying()
    {
        TestBook t;
        Rig rig(t);
        QVERIFY(rig.outboxId != 0);
        WhatsAppBridge::Settings s;
        s.apiBase = QUrl(QStringLiteral("http://127.0.0.1:1")); // nothing listens on port 1
        s.phoneNumberId = QStringLiteral("1");
        s.token = QStringLiteral("EAAG-test-token");
        rig.bridge = std::make_unique<WhatsAppBridge>(t.book(), s);
        const SendResult result = rig.send(t);
        QCOMPARE(result.kind, SendResult::Kind::Failed);
        QVERIFY(result.transient);
    }

    void itIsConfiguredOnlyWithTokenAndPhoneId()
    {
        TestBook t;
        WhatsAppBridge::Settings s;
        QVERIFY(!WhatsAppBridge(t.book(), s).isConfigured());
        s.token = QStringLiteral("t");
        QVERIFY(!WhatsAppBridge(t.book(), s).isConfigured());
        s.phoneNumberId = QStringLiteral("1");
        QVERIFY(WhatsAppBridge(t.book(), s).isConfigured());
    }
};

QTEST_GUILESS_MAIN(tst_WhatsAppBridge)
#include "tst_whatsappbridge.moc"
