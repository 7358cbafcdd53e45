// The WhatsApp webhook server on an ephemeral loopback port, over a real test book and a real
// QNetworkAccessManager: the GET handshake, signed replies stored once, forged or unreadable notifications
// without any effect, and delivery statuses moving the outbox row forward.

#include "WhatsAppTestBook.h"

#include <WhatsAppSignature.h>
#include <WhatsAppWebhookServer.h>

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrlQuery>
#include <QtTest>

using namespace duedesk;

namespace {

const QByteArray appSecret("test_app_secret");
const QString verifyToken = QStringLiteral("verify-me");
using whatsapptest::clientWaId;
const QString sentWamid = QStringLiteral("wamid.OUT-1");
const QString samples = QStringLiteral(DUEDESK_SOURCE_DIR "/../shared/contracts/whatsapp/samples/from-openapi-spec/");

QByteArray specSample(const QString &name)
{
    QFile f(samples + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The reminder of WhatsAppTestBook.h, marked sending and sent with the wamid sentWamid. Returns the outbox id
// (0 on failure).
qint64 sentReminder(TestBook &t)
{
    const qint64 id = whatsapptest::queueReminder(t);
    ChaseEngine engine(t.book());
    return id != 0 && engine.markSending(id) && engine.markSent(id, sentWamid) ? id : 0;
}

QByteArray statusBody(const QString &wamid, const QString &status)
{
    return QStringLiteral(R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages",)"
                          R"("value":{"messaging_product":"whatsapp","statuses":[{"id":"%1","status":"%2",)"
                          R"("timestamp":"1698266945","recipient_id":"%3"%4}]}}]}]})")
        .arg(wamid, status, clientWaId,
             status == QLatin1StringView("failed")
                 ? QStringLiteral(R"(,"errors":[{"code":131026,"title":"Message undeliverable"}])")
                 : QString())
        .toUtf8();
}

// Every row of the tables a notification could touch, as text: equal before and after means "no effect".
QString snapshot(TestBook &t)
{
    QString out;
    for (const char *table : {"messages", "outbox", "audit_log"}) {
        QSqlQuery q(t.book().database());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1StringView(table))))
            return QStringLiteral("cannot read %1").arg(QLatin1StringView(table));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
        out += QLatin1Char('\n');
    }
    return out;
}

int storedCount(TestBook &t, const QString &providerId)
{
    QSqlQuery q(t.book().database());
    q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE channel = 'whatsapp' AND provider_id = ?"));
    q.addBindValue(providerId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

OutboxRow outboxRow(TestBook &t, qint64 id)
{
    for (const OutboxRow &row : ChaseEngine(t.book()).outbox())
        if (row.id == id)
            return row;
    return {};
}

struct Answer {
    int status = 0;
    QByteArray body;
};

// The test's side of the wire: a real HTTP client against the server.
struct Client {
    QNetworkAccessManager nam;

    Answer wait(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(5000);
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return a;
    }
    Answer post(const QUrl &url, const QByteArray &body, const QByteArray &signature)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!signature.isNull())
            request.setRawHeader("X-Hub-Signature-256", signature);
        return wait(nam.post(request, body));
    }
    Answer postSigned(const QUrl &url, const QByteArray &body)
    {
        return post(url, body, WhatsAppSignature::sign(appSecret, body));
    }
    Answer get(QUrl url, const QList<QPair<QString, QString>> &items)
    {
        QUrlQuery query;
        query.setQueryItems(items);
        url.setQuery(query);
        return wait(nam.get(QNetworkRequest(url)));
    }
};

WhatsAppWebhookServer::Settings settings()
{
    WhatsAppWebhookServer::Settings s;
    s.appSecret = appSecret;
    s.verifyToken = verifyToken;
    return s;
}

// A book with a sent WhatsApp reminder, the server on it, and a client; ready() when both are up.
struct Rig {
    bool ready() { return outboxId != 0 && server.listen(); }
    TestBook t;
    qint64 outboxId = sentReminder(t);
    WhatsAppWebhookServer server{t.book(), settings()};
    Client client;
};

} // namespace

class tst_WhatsAppWebhookServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<WhatsAppInbound>();
        qRegisterMetaType<OutboxState>();
        QVERIFY2(!specSample(QStringLiteral("webhook-text-message.json")).isEmpty(),
                 qPrintable(QStringLiteral("../shared is missing: cannot read samples under %1").arg(samples)));
    }

    void itListensOnLoopbackByDefault()
    {
        TestBook t;
        WhatsAppWebhookServer server(t.book(), settings());
        QVERIFY2(server.listen(), qPrintable(server.error()));
        QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(server.port() != 0);
    }

    void itRefusesToListenWithoutAnAppSecret()
    {
        TestBook t;
        WhatsAppWebhookServer::Settings s = settings();
        s.appSecret.clear();
        WhatsAppWebhookServer server(t.book(), s);
        QVERIFY(!server.listen());
        QVERIFY(!server.error().isEmpty());
    }

    void theHandshakeAnswersTheChallengeOnlyForTheVerifyToken_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::newRow("matching token") << QStringLiteral("subscribe") << verifyToken << 200;
        QTest::newRow("wrong token") << QStringLiteral("subscribe") << QStringLiteral("verify-you") << 403;
        QTest::newRow("empty token") << QStringLiteral("subscribe") << QString() << 403;
        QTest::newRow("wrong mode") << QStringLiteral("unsubscribe") << verifyToken << 403;
    }
    void theHandshakeAnswersTheChallengeOnlyForTheVerifyToken()
    {
        QFETCH(QString, mode);
        QFETCH(QString, token);
        QFETCH(int, status);
        TestBook t;
        WhatsAppWebhookServer server(t.book(), settings());
        QVERIFY2(server.listen(), qPrintable(server.error()));
        Client client;
        const Answer a = client.get(server.url(), {{QStringLiteral("hub.mode"), mode},
                                                   {QStringLiteral("hub.verify_token"), token},
                                                   {QStringLiteral("hub.challenge"), QStringLiteral("1158201444")}});
        QCOMPARE(a.status, status);
        if (status == 200)
            QCOMPARE(a.body, QByteArray("1158201444"));
        else
            QVERIFY(!a.body.contains("1158201444"));
    }

    void aSignedReplyIsStoredOnceEvenWhenPostedTwice()
    {
        Rig rig;
        QVERIFY2(rig.ready(), qPrintable(rig.server.error()));
        auto &[t, id, server, client] = rig;
        QSignalSpy recorded(&server, &WhatsAppWebhookServer::inboundRecorded);
        const QByteArray body = specSample(QStringLiteral("webhook-text-message.json"));
        const QString wamid = QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=");
        QCOMPARE(client.postSigned(server.url(), body).status, 200);
        QCOMPARE(client.postSigned(server.url(), body).status, 200);
        QCOMPARE(storedCount(t, wamid), 1);
        QCOMPARE(recorded.size(), 1);
        QSqlQuery q(t.book().database());
        QVERIFY(q.exec(QStringLiteral("SELECT client_id, body, sender FROM messages WHERE direction = 'in'")) && q.next());
        QVERIFY(!q.value(0).isNull()); // matched to the client by its wa_id
        QCOMPARE(q.value(1).toString(), QStringLiteral("Does it come in another color?"));
        QCOMPARE(q.value(2).toString(), clientWaId);
    }

    // The book refuses the message (here a trigger stands in for a full or read-only disk): the answer is 503, so
    // Meta or duedesk-relay sends it again, and once the book takes messages again it is stored, once.
    void aMessageTheBookCannotStoreIsRefusedSoThatItComesAgain()
    {
        Rig rig;
        QVERIFY2(rig.ready(), qPrintable(rig.server.error()));
        auto &[t, id, server, client] = rig;
        QSqlQuery q(t.book().database());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_messages BEFORE INSERT ON messages "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const QByteArray body = specSample(QStringLiteral("webhook-text-message.json"));
        const QString wamid = QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=");
        QCOMPARE(client.postSigned(server.url(), body).status, 503);
        QCOMPARE(storedCount(t, wamid), 0);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_messages")));
        QCOMPARE(client.postSigned(server.url(), body).status, 200);
        QCOMPARE(client.postSigned(server.url(), body).status, 200);
        QCOMPARE(storedCount(t, wamid), 1);
    }

    // A reply is acted on, not only stored: "STOP" opts the client out of WhatsApp at once.
    void aStopReplyOptsTheClientOutOfWhatsApp()
    {
        Rig rig;
        QVERIFY2(rig.ready(), qPrintable(rig.server.error()));
        auto &[t, id, server, client] = rig;
        QByteArray body = specSample(QStringLiteral("webhook-text-message.json"));
        QVERIFY(body.contains("Does it come in another color?"));
        body.replace("Does it come in another color?", "STOP");
        QCOMPARE(client.postSigned(server.url(), body).status, 200);
        QSqlQuery q(t.book().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM consents WHERE channel = 'whatsapp' AND opted_out_at IS NOT NULL "
                                      "AND opted_out_at <> ''"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void anOwnerButtonReachesTheCallerWithItsId()
    {
        Rig rig;
        QVERIFY2(rig.ready(), qPrintable(rig.server.error()));
        auto &[t, id, server, client] = rig;
        QSignalSpy recorded(&server, &WhatsAppWebhookServer::inboundRecorded);
        QCOMPARE(client.postSigned(server.url(), specSample(QStringLiteral("webhook-interactive-button-reply-message.json")))
                     .status,
                 200);
        QCOMPARE(recorded.size(), 1);
        const auto in = recorded.first().first().value<WhatsAppInbound>();
        QCOMPARE(in.kind, WhatsAppInbound::Kind::ButtonReply);
        QCOMPARE(in.buttonId, QStringLiteral("cancel-button"));
    }

    void aBadSignatureIsRefusedWithoutEffect_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("sentBody"); // empty: the signed one
        const QByteArray body = specSample(QStringLiteral("webhook-text-message.json"));
        QByteArray forged = WhatsAppSignature::sign(appSecret, body);
        forged[12] = forged[12] == 'f' ? 'e' : 'f';
        QByteArray changed = body;
        changed[changed.indexOf("color")] = 'k';
        QTest::newRow("forged") << forged << QByteArray();
        QTest::newRow("wrong secret") << WhatsAppSignature::sign("not_the_secret", body) << QByteArray();
        QTest::newRow("truncated") << WhatsAppSignature::sign(appSecret, body).left(40) << QByteArray();
        QTest::newRow("missing") << QByteArray() << QByteArray();
        QTest::newRow("replayed with a changed byte") << WhatsAppSignature::sign(appSecret, body) << changed;
    }
    void aBadSignatureIsRefusedWithoutEffect()
    {
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, sentBody);
        Rig rig;
        QVERIFY2(rig.ready(), qPrintable(rig.server.error()));
        auto &[t, id, server, client] = rig;
        QSignalSpy rejected(&server, &WhatsAppWebhookServer::notificationRejected);
        const QString before = snapshot(t);
        QVERIFY2(!before.contains(QStringLiteral("cannot read")), qPrintable(before));
        const QByteArray body = sentBody.isEmpty() ? specSample(QStringLiteral("webhook-text-message.json")) : sentBody;
        QCOMPARE(client.post(server.url(), body, signature.isEmpty() ? QByteArray() : signature).status, 401);
        // A status for the sent row, forged: the row must not move either.
        QCOMPARE(client.post(server.url(), statusBody(sentWamid, QStringLiteral("delivered")), signature).status, 401);
        QCOMPARE(snapshot(t), before);
        QCOMPARE(rejected.size(), 2);
    }

    void aSignedButUnreadableBodyIsRefusedWithoutEffect()
    {
        Rig rig;
        QVERIFY2(rig.ready(), qPrintable(rig.server.error()));
        auto &[t, id, server, client] = rig;
        const QString before = snapshot(t);
        QCOMPARE(client.postSigned(server.url(), "{\"object\":\"whatsapp_business_account\",\"entry\":[").status, 400);
        QCOMPARE(snapshot(t), before);
    }

    void aDeliveredStatusMovesTheSentRowForward()
    {
        Rig rig;
        QVERIFY2(rig.ready(), qPrintable(rig.server.error()));
        auto &[t, id, server, client] = rig;
        QCOMPARE(outboxRow(t, id).state, OutboxState::Sent);
        QCOMPARE(client.postSigned(server.url(), statusBody(sentWamid, QStringLiteral("delivered"))).status, 200);
        QCOMPARE(outboxRow(t, id).state, OutboxState::Delivered);
        QCOMPARE(client.postSigned(server.url(), statusBody(sentWamid, QStringLiteral("read"))).status, 200);
        QCOMPARE(outboxRow(t, id).state, OutboxState::Read);
        // A late "delivered" after "read" changes nothing.
        QCOMPARE(client.postSigned(server.url(), statusBody(sentWamid, QStringLiteral("delivered"))).status, 200);
        QCOMPARE(outboxRow(t, id).state, OutboxState::Read);
    }

    // A status for our own message that the book would not take must come again; the state then moves.
    void aStatusTheBookCannotRecordIsRefusedSoThatItComesAgain()
    {
        Rig rig;
        QVERIFY2(rig.ready(), qPrintable(rig.server.error()));
        auto &[t, id, server, client] = rig;
        QSqlQuery q(t.book().database());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse_outbox BEFORE UPDATE ON outbox "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        QCOMPARE(client.postSigned(server.url(), statusBody(sentWamid, QStringLiteral("failed"))).status, 503);
        QCOMPARE(outboxRow(t, id).state, OutboxState::Sent);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse_outbox")));
        QCOMPARE(client.postSigned(server.url(), statusBody(sentWamid, QStringLiteral("failed"))).status, 200);
        QCOMPARE(outboxRow(t, id).state, OutboxState::Failed);
    }

    void aFailedStatusKeepsTheProvidersReasonOnTheRow()
    {
        Rig rig;
        QVERIFY2(rig.ready(), qPrintable(rig.server.error()));
        auto &[t, id, server, client] = rig;
        QCOMPARE(client.postSigned(server.url(), statusBody(sentWamid, QStringLiteral("failed"))).status, 200);
        const OutboxRow row = outboxRow(t, id);
        QCOMPARE(row.state, OutboxState::Failed);
        QCOMPARE(row.lastError, QStringLiteral("131026 Message undeliverable"));
    }

    void aStatusForAnUnknownMessageIsAcceptedAndIgnored()
    {
        Rig rig;
        QVERIFY2(rig.ready(), qPrintable(rig.server.error()));
        auto &[t, id, server, client] = rig;
        const QString before = snapshot(t);
        // 200, or Meta would redeliver it for days.
        QCOMPARE(client.postSigned(server.url(), statusBody(QStringLiteral("wamid.UNKNOWN"), QStringLiteral("read"))).status,
                 200);
        QCOMPARE(snapshot(t), before);
    }
};

QTEST_GUILESS_MAIN(tst_WhatsAppWebhookServer)
#include "tst_whatsappwebhookserver.moc"
