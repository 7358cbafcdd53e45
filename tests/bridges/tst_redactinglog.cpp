// Structured bridge logs: one JSON object per line, and no token, secret or password ever in it.

#include <RedactingLog.h>

#include <Clock.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace duedesk;

namespace {

const QString botToken = QStringLiteral("123456789:TESTfakeTokenNotRealHdqTcvCH1vGWJxf");
const QString bearer = QStringLiteral("EAAGm0PX4ZCpsBAKZCZAqZBa7x9Yl");
const QString keychainSecret = QStringLiteral("hunter2-app-secret");

struct CapturedLog {
    QList<QByteArray> lines;
    RedactingLog::Sink sink()
    {
        return [this](QtMsgType, const QByteArray &line) { lines.append(line); };
    }
};

} // namespace

class tst_RedactingLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsInTextAreRedacted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept");
        QTest::newRow("telegram url") << "POST https://api.telegram.org/bot" + botToken + "/sendMessage failed"
                                      << QStringLiteral("TESTfakeTokenNotRealHdqTcvCH1vGWJxf")
                                      << QStringLiteral("/sendMessage failed");
        QTest::newRow("telegram file url") << "https://api.telegram.org/file/bot" + botToken + "/photos/1.jpg"
                                           << QStringLiteral("TESTfakeTokenNotRealHdqTcvCH1vGWJxf")
                                           << QStringLiteral("/photos/1.jpg");
        QTest::newRow("bare bot token") << "Unauthorized for token " + botToken + " (401)"
                                        << QStringLiteral("TESTfakeTokenNotRealHdqTcvCH1vGWJxf") << QStringLiteral("(401)");
        QTest::newRow("bearer header") << "Authorization: Bearer " + bearer << bearer << QStringLiteral("Bearer");
        QTest::newRow("basic header") << QStringLiteral("Authorization: Basic QUNhYmM6c2VjcmV0")
                                      << QStringLiteral("QUNhYmM6c2VjcmV0") << QStringLiteral("Basic");
        QTest::newRow("access_token query") << "GET /v23.0/me?fields=id&access_token=" + bearer + "&x=1" << bearer
                                            << QStringLiteral("&x=1");
        QTest::newRow("verify token") << QStringLiteral("hub.mode=subscribe&hub.verify_token=s3cr3t-verify&hub.challenge=42")
                                      << QStringLiteral("s3cr3t-verify") << QStringLiteral("hub.challenge=42");
        QTest::newRow("json password") << QStringLiteral("{\"user\":\"ann\",\"password\":\"pa55word!\"}")
                                       << QStringLiteral("pa55word!") << QStringLiteral("\"user\":\"ann\"");
        QTest::newRow("url user info") << QStringLiteral("smtps://ann:mail-pa55@smtp.example.com:465")
                                       << QStringLiteral("mail-pa55") << QStringLiteral("smtp.example.com:465");
    }
    void secretsInTextAreRedacted()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString redacted = RedactingLog::redact(text);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY2(redacted.contains(QStringLiteral("<redacted>")), qPrintable(redacted));
        QVERIFY2(redacted.contains(kept), qPrintable(redacted));
    }

    void ordinaryTextIsLeftAlone()
    {
        const QString text = QStringLiteral("sent reminder 42 to chat 1001 (INV-7, £120.00): ok");
        QCOMPARE(RedactingLog::redact(text), text);
    }

    void aLineIsOneJsonObjectWithEventComponentAndTime()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(12, 0, 1, 250), Qt::UTC));
        CapturedLog captured;
        RedactingLog log(QStringLiteral("telegram"), &clock, captured.sink());
        log.warning(QStringLiteral("send_failed"), {{QStringLiteral("outbox_id"), 42}, {QStringLiteral("status"), 429}});
        QCOMPARE(captured.lines.size(), 1);
        QVERIFY(!captured.lines.first().contains('\n'));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(captured.lines.first(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("event")).toString(), QStringLiteral("send_failed"));
        QCOMPARE(o.value(QStringLiteral("component")).toString(), QStringLiteral("telegram"));
        QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        QCOMPARE(o.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-23T12:00:01.250Z"));
        QCOMPARE(o.value(QStringLiteral("outbox_id")).toInt(), 42);
    }

    void aTokenNeverAppearsInALine()
    {
        CapturedLog captured;
        RedactingLog log(QStringLiteral("whatsapp"), nullptr, captured.sink());
        log.addSecret(keychainSecret);
        const QString url = "https://api.telegram.org/bot" + botToken + "/getUpdates?offset=5";
        const QString authorization = "Bearer " + bearer;
        const QString signedWith = "signed with " + keychainSecret;
        const QString note = "the app secret is " + keychainSecret;
        const QJsonObject fields{
            {QStringLiteral("url"), url},
            {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Authorization"), authorization},
                                                    {QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
            {QStringLiteral("access_token"), bearer},
            {QStringLiteral("bot_token"), botToken},
            {QStringLiteral("attempts"), QJsonArray{QStringLiteral("timeout"), signedWith}},
            {QStringLiteral("note"), note},
        };
        log.info(QStringLiteral("request"), fields);
        log.warning("token " + keychainSecret + " rejected", fields);
        QCOMPARE(captured.lines.size(), 2);
        for (const QByteArray &line : std::as_const(captured.lines)) {
            QVERIFY2(!line.contains(botToken.toUtf8()), line.constData());
            QVERIFY2(!line.contains("TESTfakeTokenNotRealHdqTcvCH1vGWJxf"), line.constData());
            QVERIFY2(!line.contains(bearer.toUtf8()), line.constData());
            QVERIFY2(!line.contains(keychainSecret.toUtf8()), line.constData());
            QVERIFY2(line.contains("application/json"), line.constData());
            QVERIFY2(line.contains("getUpdates?offset=5"), line.constData());
        }
    }

    void shortSecretsAreNotRegistered()
    {
        CapturedLog captured;
        RedactingLog log(QStringLiteral("sms"), nullptr, captured.sink());
        log.addSecret(QStringLiteral("ab")); // would redact half the words of every line
        log.info(QStringLiteral("about abc"));
        QVERIFY(captured.lines.first().contains("about abc"));
    }
};

QTEST_GUILESS_MAIN(tst_RedactingLog)
#include "tst_redactinglog.moc"
