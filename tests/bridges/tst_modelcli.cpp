// `duedesk-cli understand --as client --model-url URL --model NAME`: the model backend from the command line,
// against a fake OpenAI-compatible server on 127.0.0.1. The CLI runs as a process while the fake answers.

#include "CliProcess.h"
#include "FakeChatServer.h"

#include <QtTest>

namespace {

using clitest::Run;

const QByteArray hardAndEasy = "{\"id\":\"h\",\"text\":\"hmm ok\"}\n{\"id\":\"e\",\"text\":\"STOP\"}\n";

} // namespace

class tst_ModelCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeChatServer> m_server;

    Run cli(const QStringList &args, const QByteArray &input)
    {
        return clitest::run(
            clitest::environment({ { QStringLiteral("DUEDESK_MODEL_API_KEY"), QStringLiteral("sk-cli-secret") } }),
            QStringList{ QStringLiteral("understand"), QStringLiteral("--as"), QStringLiteral("client"),
                QStringLiteral("--today"), QStringLiteral("2026-11-23") }
                + args,
            input);
    }

    QStringList modelArgs() const
    {
        return { QStringLiteral("--model-url"), m_server->url().toString(), QStringLiteral("--model"),
            QStringLiteral("tiny-test"), QStringLiteral("--model-timeout"), QStringLiteral("5000") };
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeChatServer>();
        QVERIFY(m_server->isListening());
    }

    void onlyTheHardReplyGoesToTheModel()
    {
        m_server->answerWith(QJsonObject{ { QStringLiteral("intent"), QStringLiteral("promise") },
            { QStringLiteral("promise_date"), QStringLiteral("2026-11-27") }, { QStringLiteral("amount"), 150 },
            { QStringLiteral("confidence"), 0.9 } });
        const Run r = cli(modelArgs(), hardAndEasy);
        QCOMPARE(r.code, 0);
        QCOMPARE(m_server->requests().size(), 1);
        const FakeChatServer::Request &request = m_server->requests().constFirst();
        QCOMPARE(request.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer sk-cli-secret"));
        QCOMPARE(request.json.value(QStringLiteral("model")).toString(), QStringLiteral("tiny-test"));

        QCOMPARE(r.lines.size(), 2);
        QCOMPARE(r.lines[0].value(QStringLiteral("intent")).toString(), QStringLiteral("promise"));
        QCOMPARE(r.lines[0].value(QStringLiteral("promise_date")).toString(), QStringLiteral("2026-11-27"));
        QCOMPARE(r.lines[0].value(QStringLiteral("amount")).toDouble(), 150.0);
        QCOMPARE(r.lines[0].value(QStringLiteral("decided_by")).toString(), QStringLiteral("model"));
        QCOMPARE(r.lines[1].value(QStringLiteral("intent")).toString(), QStringLiteral("stop"));
        QCOMPARE(r.lines[1].value(QStringLiteral("decided_by")).toString(), QStringLiteral("rules"));
    }

    void aFailingModelLeavesTheRulesAnswerAndSaysWhy()
    {
        m_server->answerWithStatus(500, "{\"error\":{\"message\":\"out of memory\"}}");
        const Run r = cli(modelArgs(), hardAndEasy);
        QCOMPARE(r.code, 0);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(r.lines.size(), 2);
        QCOMPARE(r.lines[0].value(QStringLiteral("intent")).toString(), QStringLiteral("other"));
        QCOMPARE(r.lines[0].value(QStringLiteral("decided_by")).toString(), QStringLiteral("rules"));
        QVERIFY2(r.err.contains(QStringLiteral("line 1: model answer not used")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("HTTP 500: out of memory")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("sk-cli-secret")));
        QVERIFY(!r.err.contains(QStringLiteral("sk-cli-secret")));
    }

    void withoutModelOptionsTheOutputIsUnchanged()
    {
        const Run r = cli({}, hardAndEasy);
        QCOMPARE(r.code, 0);
        QCOMPARE(m_server->connectionCount(), 0);
        QCOMPARE(r.lines.size(), 2);
        QVERIFY(!r.lines[0].contains(QStringLiteral("decided_by")));
        QCOMPARE(r.lines[0].value(QStringLiteral("intent")).toString(), QStringLiteral("other"));
    }

    void badModelOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("ftp address") << QStringList{ "--model-url", "ftp://127.0.0.1/", "--model", "m" };
        QTest::newRow("no model name") << QStringList{ "--model-url", "http://127.0.0.1:9/" };
        QTest::newRow("model without address") << QStringList{ "--model", "m" };
        QTest::newRow("bad timeout") << QStringList{ "--model-url", "http://127.0.0.1:9/", "--model", "m",
            "--model-timeout", "soon" };
    }

    void badModelOptionsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args, hardAndEasy);
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_server->connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ModelCli)
#include "tst_modelcli.moc"
