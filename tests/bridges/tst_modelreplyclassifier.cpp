// The optional model backend (issue 5): the rules decide unless the backend is on and they are unsure; the
// model's answer is validated and the rules stay the fallback. Runs against a fake OpenAI-compatible server
// on 127.0.0.1; nothing leaves the machine.

#include "FakeChatServer.h"

#include <ChatCompletionsClient.h>
#include <ModelBackendSettings.h>
#include <ModelReplyClassifier.h>
#include <SecretStore.h>
#include <TestBook.h>

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace duedesk;

namespace {

const QDate today(2026, 11, 23);
// The rules are unsure about these (confidence below 0.6), so an enabled backend asks the model.
const QString hardText = QStringLiteral("hmm ok");
// The rules are sure about this one.
const QString easyText = QStringLiteral("STOP");

QJsonObject answer(
    const QJsonValue &intent, const QJsonValue &date, const QJsonValue &amount, const QJsonValue &confidence)
{
    return QJsonObject{ { QStringLiteral("intent"), intent }, { QStringLiteral("promise_date"), date },
        { QStringLiteral("amount"), amount }, { QStringLiteral("confidence"), confidence } };
}

const QJsonValue null(QJsonValue::Null);

} // namespace

class tst_ModelReplyClassifier : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<FakeChatServer> m_server;

    ModelBackendSettings enabledSettings(int timeoutMs = 5000) const
    {
        ModelBackendSettings s;
        s.enabled = true;
        s.baseUrl = m_server->url();
        s.model = QStringLiteral("tiny-test");
        s.timeoutMs = timeoutMs;
        return s;
    }

    // Classifies text and waits for the result (the fake server answers meanwhile).
    std::optional<ModelClassification> classify(
        const ModelBackendSettings &settings, const QString &text, const QString &apiKey = QStringLiteral("test-key"))
    {
        ModelReplyClassifier classifier(settings, &m_network);
        classifier.setApiKey(apiKey);
        std::optional<ModelClassification> result;
        int emitted = 0;
        connect(&classifier, &ModelReplyClassifier::classified, this, [&](quint64, const ModelClassification &c) {
            result = c;
            ++emitted;
        });
        classifier.classify(text, today);
        if (result)
            return std::nullopt; // contract: never before classify() returns
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return std::nullopt;
        QCoreApplication::processEvents();
        return emitted == 1 ? result : std::nullopt;
    }

    static void verifyRulesKept(const ModelClassification &c, const QString &text)
    {
        const ReplyUnderstanding rules = ReplyClassifier::classify(text, today);
        QCOMPARE(c.decidedBy, ReplyDecider::Rules);
        QCOMPARE(c.understanding.intent, rules.intent);
        QCOMPARE(c.understanding.promiseDate, rules.promiseDate);
        QCOMPARE(c.understanding.amount, rules.amount);
        QCOMPARE(c.understanding.confidence, rules.confidence);
        QVERIFY(c.understanding.why.startsWith(rules.why));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeChatServer>();
        QVERIFY(m_server->isListening());
    }

    void theTextsAreWhatTheTestsAssume()
    {
        QVERIFY(ReplyClassifier::classify(hardText, today).confidence < 0.6);
        QVERIFY(ReplyClassifier::classify(hardText, today).intent != ReplyIntent::Promise);
        QVERIFY(ReplyClassifier::classify(easyText, today).confidence >= 0.6);
    }

    void theBackendIsOffByDefault()
    {
        const ModelBackendSettings s;
        QVERIFY(!s.enabled);
        QVERIFY(!s.active());
        QCOMPARE(s.threshold, 0.6);
    }

    void aDisabledBackendNeverConnects()
    {
        m_server->answerWith(answer(QStringLiteral("promise"), QStringLiteral("2026-11-27"), 150, 0.95));
        ModelBackendSettings s = enabledSettings();
        s.enabled = false;
        const auto c = classify(s, hardText);
        QVERIFY(c);
        QCOMPARE(m_server->connectionCount(), 0);
        QVERIFY(!c->modelAsked);
        verifyRulesKept(*c, hardText);
        QCOMPARE(c->understanding.why, ReplyClassifier::classify(hardText, today).why);
    }

    void confidentRulesDoNotAskTheModel()
    {
        m_server->answerWith(answer(QStringLiteral("other"), null, null, 0.99));
        const auto c = classify(enabledSettings(), easyText);
        QVERIFY(c);
        QCOMPARE(m_server->connectionCount(), 0);
        QVERIFY(!c->modelAsked);
        QCOMPARE(c->understanding.intent, ReplyIntent::Stop);
    }

    void anAddressThatIsNotHttpIsNeverContacted()
    {
        ModelBackendSettings s = enabledSettings();
        s.baseUrl = QUrl(QStringLiteral("ftp://127.0.0.1:%1").arg(m_server->url().port()));
        QVERIFY(!s.problem().isEmpty());
        const auto c = classify(s, hardText);
        QVERIFY(c);
        QCOMPARE(m_server->connectionCount(), 0);
        QVERIFY(c->modelProblem.contains(QStringLiteral("http://")));
        verifyRulesKept(*c, hardText);
    }

    void aGoodAnswerFromTheModelDecides()
    {
        m_server->answerWith(answer(QStringLiteral("promise"), QStringLiteral("2026-11-27"), 150, 0.9));
        const auto c = classify(enabledSettings(), hardText);
        QVERIFY(c);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(c->modelAsked);
        QCOMPARE(c->decidedBy, ReplyDecider::Model);
        QCOMPARE(c->understanding.intent, ReplyIntent::Promise);
        QCOMPARE(c->understanding.promiseDate, QDate(2026, 11, 27));
        QCOMPARE(c->understanding.amount, std::optional<double>(150));
        QCOMPARE(c->understanding.confidence, 0.9);
        QVERIFY(c->understanding.why.startsWith(QStringLiteral("model tiny-test: promise")));
        QVERIFY(c->modelProblem.isEmpty());
        QCOMPARE(c->rules.intent, ReplyClassifier::classify(hardText, today).intent);
    }

    void theRequestIsAChatCompletionWithTheAnswerSchema()
    {
        m_server->answerWith(answer(QStringLiteral("other"), null, null, 0.9));
        QVERIFY(classify(enabledSettings(), hardText));
        QCOMPARE(m_server->requests().size(), 1);
        const FakeChatServer::Request &r = m_server->requests().constFirst();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer test-key"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r.json.value(QStringLiteral("model")).toString(), QStringLiteral("tiny-test"));
        const QJsonArray messages = r.json.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)[QStringLiteral("role")].toString(), QStringLiteral("system"));
        QVERIFY(messages.at(0)[QStringLiteral("content")].toString().contains(QStringLiteral("2026-11-23")));
        QCOMPARE(messages.at(1)[QStringLiteral("role")].toString(), QStringLiteral("user"));
        QCOMPARE(messages.at(1)[QStringLiteral("content")].toString(), hardText);
        const QJsonObject format = r.json.value(QStringLiteral("response_format")).toObject();
        QCOMPARE(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
        const QJsonObject schema = format[QStringLiteral("json_schema")][QStringLiteral("schema")].toObject();
        QCOMPARE(schema, ModelReplyClassifier::answerSchema());
        const QJsonArray labels
            = schema[QStringLiteral("properties")][QStringLiteral("intent")][QStringLiteral("enum")].toArray();
        QCOMPARE(labels.size(), 8);
        QVERIFY(labels.contains(QStringLiteral("wrong_person")));
        QCOMPARE(schema[QStringLiteral("required")].toArray().size(), 4);
    }

    void withoutAKeyNoAuthorizationIsSent()
    {
        m_server->answerWith(answer(QStringLiteral("other"), null, null, 0.9));
        QVERIFY(classify(enabledSettings(), hardText, QString()));
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(!m_server->requests().constFirst().headers.contains("authorization"));
    }

    void aBadModelAnswerKeepsTheRules_data()
    {
        QTest::addColumn<QByteArray>("content"); // the model's message content; empty: use status/body
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem"); // a part of modelProblem

        const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };
        QTest::newRow("junk JSON") << QByteArray("{\"intent\": \"promise\", oops") << 0 << QByteArray()
                                   << "not a JSON object";
        QTest::newRow("not a chat completion")
            << QByteArray() << 200 << QByteArray("<html>hello</html>") << "not a chat completion";
        QTest::newRow("label outside the schema")
            << json(answer(QStringLiteral("maybe_later"), null, null, 0.9)) << 0 << QByteArray() << "unknown intent";
        QTest::newRow("intent missing") << json(QJsonObject{ { QStringLiteral("confidence"), 0.9 } }) << 0
                                        << QByteArray() << "unknown intent";
        QTest::newRow("date a year in the past")
            << json(answer(QStringLiteral("promise"), QStringLiteral("2025-11-23"), null, 0.9)) << 0 << QByteArray()
            << "not between today";
        QTest::newRow("date yesterday") << json(answer(QStringLiteral("promise"), QStringLiteral("2026-11-22"), null,
            0.9)) << 0 << QByteArray() << "not between today";
        QTest::newRow("date more than a year ahead")
            << json(answer(QStringLiteral("promise"), QStringLiteral("2027-11-24"), null, 0.9)) << 0 << QByteArray()
            << "not between today";
        QTest::newRow("date that is not a date")
            << json(answer(QStringLiteral("promise"), QStringLiteral("next friday"), null, 0.9)) << 0 << QByteArray()
            << "not a date";
        QTest::newRow("negative amount") << json(answer(QStringLiteral("paid"), null, -50, 0.9)) << 0 << QByteArray()
                                         << "not a positive number";
        QTest::newRow("zero amount") << json(answer(QStringLiteral("promise"), null, 0, 0.9)) << 0 << QByteArray()
                                     << "not a positive number";
        QTest::newRow("amount as text") << json(answer(QStringLiteral("paid"), null, QStringLiteral("150"), 0.9)) << 0
                                        << QByteArray() << "amount is not a number";
        QTest::newRow("confidence above 1")
            << json(answer(QStringLiteral("other"), null, null, 7)) << 0 << QByteArray() << "confidence";
        QTest::newRow("model less sure than the rules") << json(answer(QStringLiteral("promise"), null, null, 0.0)) << 0
                                                        << QByteArray() << "no surer than the rules";
        QTest::newRow("HTTP 500") << QByteArray() << 500
                                  << QByteArray("{\"error\":{\"message\":\"model failed to load\"}}")
                                  << "HTTP 500: model failed to load";
        QTest::newRow("HTTP 401") << QByteArray() << 401 << QByteArray("{\"error\":\"bad key\"}")
                                  << "HTTP 401: bad key";
    }

    void aBadModelAnswerKeepsTheRules()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        if (status == 0)
            m_server->answerWithContent(QString::fromUtf8(content));
        else
            m_server->answerWithStatus(status, body);

        const auto c = classify(enabledSettings(), hardText);
        QVERIFY(c);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(c->modelAsked);
        verifyRulesKept(*c, hardText);
        QVERIFY2(c->modelProblem.contains(problem), qPrintable(c->modelProblem));
        QVERIFY2(c->understanding.why.contains(QStringLiteral("model not used: ") + c->modelProblem),
            qPrintable(c->understanding.why));
    }

    void aServerThatNeverAnswersTimesOut()
    {
        m_server->neverAnswer();
        QElapsedTimer elapsed;
        elapsed.start();
        const auto c = classify(enabledSettings(200), hardText);
        QVERIFY(c);
        QCOMPARE(m_server->requests().size(), 1);
        verifyRulesKept(*c, hardText);
        QVERIFY2(c->modelProblem.contains(QStringLiteral("did not answer within 200 ms")), qPrintable(c->modelProblem));
        QVERIFY(elapsed.elapsed() < 5000);
    }

    void aServerThatIsDownKeepsTheRules()
    {
        ModelBackendSettings s = enabledSettings();
        m_server.reset(); // nothing listens on that port any more
        const auto c = classify(s, hardText);
        QVERIFY(c);
        verifyRulesKept(*c, hardText);
        QVERIFY2(
            c->modelProblem.contains(QStringLiteral("cannot reach the model server")), qPrintable(c->modelProblem));
    }

    void answersAreValidatedAgainstTheLabels_data()
    {
        QTest::addColumn<QJsonObject>("answer");
        QTest::addColumn<int>("intent");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<double>("amount"); // 0: none

        QTest::newRow("promise today") << answer(QStringLiteral("promise"), QStringLiteral("2026-11-23"), 20, 0.8)
                                       << int(ReplyIntent::Promise) << today << 20.0;
        QTest::newRow("promise a year ahead")
            << answer(QStringLiteral("promise"), QStringLiteral("2027-11-23"), null, 0.8) << int(ReplyIntent::Promise)
            << QDate(2027, 11, 23) << 0.0;
        QTest::newRow("promise without a date")
            << answer(QStringLiteral("promise"), null, null, 0.8) << int(ReplyIntent::Promise) << QDate() << 0.0;
        QTest::newRow("paid keeps its amount, drops a date")
            << answer(QStringLiteral("paid"), QStringLiteral("2025-01-01"), 12.5, 0.8) << int(ReplyIntent::Paid)
            << QDate() << 12.5;
        QTest::newRow("dispute drops the amount")
            << answer(QStringLiteral("dispute"), null, -200, 0.8) << int(ReplyIntent::Dispute) << QDate() << 0.0;
    }

    void answersAreValidatedAgainstTheLabels()
    {
        QFETCH(QJsonObject, answer);
        QFETCH(int, intent);
        QFETCH(QDate, date);
        QFETCH(double, amount);
        const Result<ReplyUnderstanding> u = ModelReplyClassifier::understandingFromAnswer(answer, today);
        QVERIFY2(u.ok(), qPrintable(u.error()));
        QCOMPARE(int(u->intent), intent);
        QCOMPARE(u->promiseDate, date);
        QCOMPARE(u->amount, amount > 0 ? std::optional<double>(amount) : std::nullopt);
        QCOMPARE(u->confidence, 0.8);
    }

    void theCompletionsAddress_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("server") << "http://127.0.0.1:8080"
                                << "http://127.0.0.1:8080/v1/chat/completions";
        QTest::newRow("server/") << "http://127.0.0.1:8080/"
                                 << "http://127.0.0.1:8080/v1/chat/completions";
        QTest::newRow("ollama /v1") << "http://localhost:11434/v1"
                                    << "http://localhost:11434/v1/chat/completions";
        QTest::newRow("prefixed /v1/") << "https://h.example/api/v1/"
                                       << "https://h.example/api/v1/chat/completions";
        QTest::newRow("full address") << "https://h.example/v1/chat/completions"
                                      << "https://h.example/v1/chat/completions";
    }

    void theCompletionsAddress()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QCOMPARE(ChatCompletionsClient::completionsUrl(QUrl(base)).toString(), expected);
    }

    void theClientRefusesAddressesThatAreNotHttp()
    {
        ChatCompletionsClient client(&m_network);
        client.setEndpoint(QUrl(QStringLiteral("file:///etc/passwd")), QStringLiteral("m"), QString(), 1000);
        QSignalSpy failed(&client, &ChatCompletionsClient::failed);
        QSignalSpy completed(&client, &ChatCompletionsClient::completed);
        const quint64 id
            = client.complete({ { QStringLiteral("user"), QStringLiteral("hi") } }, QStringLiteral("s"), {});
        QCOMPARE(failed.size(), 0); // never before complete() returns
        QVERIFY(failed.wait(2000));
        QCOMPARE(failed.at(0).at(0).toULongLong(), id);
        QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("http://")));
        QCOMPARE(completed.size(), 0);
    }

    void settingsRoundTripThroughTheBook()
    {
        TestBook tb;
        QVERIFY2(tb.isValid(), qPrintable(tb.error()));
        QVERIFY(!ModelBackendSettings::fromBook(tb.book()).enabled);

        ModelBackendSettings s = enabledSettings(1234);
        s.threshold = 0.45;
        QString error;
        QVERIFY2(s.saveToBook(tb.book(), &error), qPrintable(error));
        QCOMPARE(tb.book().setting(QStringLiteral("model_backend.url")), m_server->url().toString());
        const ModelBackendSettings back = ModelBackendSettings::fromBook(tb.book());
        QVERIFY(back.enabled);
        QCOMPARE(back.baseUrl, s.baseUrl);
        QCOMPARE(back.model, QStringLiteral("tiny-test"));
        QCOMPARE(back.timeoutMs, 1234);
        QCOMPARE(back.threshold, 0.45);
        QVERIFY(back.active());
    }

    void settingsProblems_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("usable");
        QTest::newRow("http") << "http://127.0.0.1:8080"
                              << "m" << true;
        QTest::newRow("https") << "https://api.example"
                               << "m" << true;
        QTest::newRow("ftp") << "ftp://127.0.0.1"
                             << "m" << false;
        QTest::newRow("no host") << "http://"
                                 << "m" << false;
        QTest::newRow("empty") << ""
                               << "m" << false;
        QTest::newRow("no model") << "http://127.0.0.1:8080"
                                  << " " << false;
    }

    void settingsProblems()
    {
        QFETCH(QString, url);
        QFETCH(QString, model);
        QFETCH(bool, usable);
        ModelBackendSettings s;
        s.baseUrl = QUrl(url);
        s.model = model;
        QVERIFY(s.problem().isEmpty()); // disabled settings are never a problem
        s.enabled = true;
        QCOMPARE(s.problem().isEmpty(), usable);
        QCOMPARE(s.active(), usable);
    }

    void theKeyComesFromTheEnvironmentFirst()
    {
        MemorySecretStore store;
        store.write(ModelApiKey::secretName(), QStringLiteral("sk-from-store"), [](const QString &) {});
        const auto readKey = [&store] {
            std::optional<Result<QString>> key;
            ModelApiKey::read(store, [&key](const Result<QString> &k) { key = k; });
            return key && key->ok() ? key->value() : QStringLiteral("<no answer>");
        };
        QCOMPARE(readKey(), QStringLiteral("sk-from-store"));
        qputenv(ModelApiKey::environmentVariable, "sk-from-env");
        const QString fromEnvironment = readKey();
        qunsetenv(ModelApiKey::environmentVariable);
        QCOMPARE(fromEnvironment, QStringLiteral("sk-from-env"));
    }

    void noStoredKeyMeansNoKey()
    {
        MemorySecretStore store;
        std::optional<Result<QString>> key;
        ModelApiKey::read(store, [&key](const Result<QString> &k) { key = k; });
        QVERIFY(key && key->ok());
        QVERIFY(key->value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ModelReplyClassifier)
#include "tst_modelreplyclassifier.moc"
