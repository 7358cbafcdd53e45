// Voice notes (issue 6): the OpenAI-compatible /v1/audio/transcriptions client against a fake server on 127.0.0.1
// that records the raw multipart request. Nothing leaves the machine.

#include "FakeChatServer.h"

#include <QSignalSpy>
#include <QtTest>
#include <TranscriptionClient.h>

using namespace duedesk;

namespace {

// One part of a multipart/form-data body.
struct FormPart {
    QByteArray disposition;
    QByteArray contentType;
    QByteArray body;
};

// Splits a multipart/form-data body by the boundary of its Content-Type header; keyed by the part's name.
QHash<QByteArray, FormPart> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    QHash<QByteArray, FormPart> parts;
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return parts;
    QByteArray boundary = contentType.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    const QByteArray separator = "\r\n" + delimiter;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        const qsizetype start = pos + delimiter.size();
        if (body.mid(start, 2) == "--")
            break;
        const qsizetype next = body.indexOf(separator, start);
        if (next < 0)
            break;
        const QByteArray raw = body.mid(start + 2, next - start - 2); // after the CRLF that ends the delimiter
        const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
        FormPart part;
        for (const QByteArray &line : raw.left(headerEnd).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-disposition:"))
                part.disposition = l.mid(20).trimmed();
            else if (l.toLower().startsWith("content-type:"))
                part.contentType = l.mid(13).trimmed();
        }
        part.body = raw.mid(headerEnd + 4);
        const qsizetype nameAt = part.disposition.indexOf("name=\"");
        const QByteArray name
            = part.disposition.mid(nameAt + 6, part.disposition.indexOf('"', nameAt + 6) - nameAt - 6);
        parts.insert(name, part);
        pos = next + 2;
    }
    return parts;
}

// Binary audio, with bytes that break naive text handling (NUL, CR LF, a fake boundary).
QByteArray sampleAudio()
{
    QByteArray audio("OggS\x00\x02\r\n--not-a-boundary\r\n", 27);
    for (int i = 0; i < 4000; ++i)
        audio.append(char(i * 7 % 256));
    return audio;
}

// Every log line written while alive, to check that no secret leaves the process.
QStringList *capturedLines = nullptr;
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (capturedLines)
        capturedLines->append(message);
}

struct Outcome {
    int emitted = 0;
    qint64 id = 0;
    bool ok = false;
    QString text;
    QString error;
};

} // namespace

class tst_TranscriptionClient : public QObject
{
    Q_OBJECT

    TranscriptionSettings settingsFor(const FakeChatServer &server, int timeoutMs = 5000) const
    {
        TranscriptionSettings s;
        s.baseUrl = server.url();
        s.model = QStringLiteral("whisper-tiny");
        s.apiKey = QStringLiteral("sk-test-secret-1234");
        s.timeoutMs = timeoutMs;
        return s;
    }

    // Starts one transcription and waits until finished() (wall clock only bounds the loopback I/O).
    Outcome run(const TranscriptionSettings &settings, const QByteArray &audio = sampleAudio())
    {
        TranscriptionClient client(settings);
        Outcome outcome;
        connect(&client, &TranscriptionClient::finished, this,
            [&](qint64 id, bool ok, const QString &text, const QString &error) {
                ++outcome.emitted;
                outcome.id = id;
                outcome.ok = ok;
                outcome.text = text;
                outcome.error = error;
            });
        const qint64 id = client.transcribe(audio, QStringLiteral("voice-42.oga"), QStringLiteral("audio/ogg"));
        if (id <= 0 || outcome.emitted != 0)
            return Outcome{ -1, id, false, {}, QStringLiteral("finished() before transcribe() returned") };
        if (!QTest::qWaitFor([&] { return outcome.emitted > 0; }, 15000))
            return outcome;
        QCoreApplication::processEvents(); // a second emission would show here
        if (outcome.id != id)
            outcome.emitted = -1;
        return outcome;
    }

private Q_SLOTS:
    void successSendsFileModelAndKey()
    {
        FakeChatServer server;
        server.answerWithStatus(200, R"({"text":"  Chase Acme for the March invoice.  "})");
        const Outcome outcome = run(settingsFor(server));
        QCOMPARE(outcome.emitted, 1);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.text, QStringLiteral("Chase Acme for the March invoice."));
        QVERIFY(outcome.error.isEmpty());

        QCOMPARE(server.requests().size(), 1);
        const FakeChatServer::Request &request = server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/v1/audio/transcriptions"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer sk-test-secret-1234"));
        const QByteArray contentType = request.headers.value("content-type");
        QVERIFY2(contentType.startsWith("multipart/form-data"), contentType.constData());
        const QHash<QByteArray, FormPart> parts = parseMultipart(contentType, request.body);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.value("file").body, sampleAudio());
        QVERIFY2(parts.value("file").disposition.contains("filename=\"voice-42.oga\""),
            parts.value("file").disposition.constData());
        QCOMPARE(parts.value("file").contentType, QByteArray("audio/ogg"));
        QCOMPARE(parts.value("model").body, QByteArray("whisper-tiny"));
        QCOMPARE(parts.value("response_format").body, QByteArray("json"));
    }

    void noKeyMeansNoAuthorizationHeader()
    {
        FakeChatServer server;
        server.answerWithStatus(200, R"({"text":"hello"})");
        TranscriptionSettings settings = settingsFor(server);
        settings.apiKey.clear();
        settings.baseUrl.setPath(QStringLiteral("/v1/")); // a base that already names /v1 is not doubled
        const Outcome outcome = run(settings);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().path, QByteArray("/v1/audio/transcriptions"));
        QVERIFY(!server.requests().first().headers.contains("authorization"));
    }

    void serverErrorFailsWithStatusAndNoKey()
    {
        FakeChatServer server;
        server.answerWithStatus(500, R"({"error":{"message":"model sk-test-secret-1234 crashed"}})");
        QStringList lines;
        capturedLines = &lines;
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        const Outcome outcome = run(settingsFor(server));
        qInstallMessageHandler(previous);
        capturedLines = nullptr;
        const QString log = lines.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("transcription.failed")), qPrintable(log));
        QVERIFY2(!log.contains(QLatin1String("sk-test-secret-1234")), qPrintable(log));
        QCOMPARE(outcome.emitted, 1);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.text.isEmpty());
        QVERIFY2(outcome.error.contains(QLatin1String("HTTP 500")), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(QLatin1String("crashed")), qPrintable(outcome.error));
        QVERIFY2(!outcome.error.contains(QLatin1String("sk-test-secret-1234")), qPrintable(outcome.error));
    }

    void junkAnswersFail_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("<html>gateway</html>") << QStringLiteral("not a transcription");
        QTest::newRow("no text") << QByteArray(R"({"segments":[]})") << QStringLiteral("not a transcription");
        QTest::newRow("text not a string") << QByteArray(R"({"text":42})") << QStringLiteral("not a transcription");
        QTest::newRow("empty text") << QByteArray(R"({"text":"   "})") << QStringLiteral("empty");
    }

    void junkAnswersFail()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        FakeChatServer server;
        server.answerWithStatus(200, body);
        const Outcome outcome = run(settingsFor(server));
        QCOMPARE(outcome.emitted, 1);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.text.isEmpty());
        QVERIFY2(outcome.error.contains(expected), qPrintable(outcome.error));
    }

    void slowServerTimesOut()
    {
        FakeChatServer server;
        server.neverAnswer();
        const Outcome outcome = run(settingsFor(server, 300));
        QCOMPARE(outcome.emitted, 1);
        QVERIFY(!outcome.ok);
        QCOMPARE(server.requests().size(), 1); // it did ask, and then gave up
        QVERIFY2(outcome.error.contains(QLatin1String("did not answer within 300 ms")), qPrintable(outcome.error));
    }

    void notConfiguredMakesNoConnection()
    {
        FakeChatServer server;
        TranscriptionSettings settings = settingsFor(server);
        settings.baseUrl = QUrl();
        QVERIFY(!settings.isConfigured());
        QVERIFY(!TranscriptionClient(settings).isConfigured());
        const Outcome outcome = run(settings);
        QCOMPARE(outcome.emitted, 1);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QLatin1String("not set up")), qPrintable(outcome.error));
        QCOMPARE(server.connectionCount(), 0);
    }

    void emptyAudioMakesNoConnection()
    {
        FakeChatServer server;
        const Outcome outcome = run(settingsFor(server), QByteArray());
        QCOMPARE(outcome.emitted, 1);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QLatin1String("empty")), qPrintable(outcome.error));
        QCOMPARE(server.connectionCount(), 0);
    }

    void settingsFromEnvironment()
    {
        qputenv("DUEDESK_TRANSCRIPTION_URL", "http://127.0.0.1:8089");
        qputenv("DUEDESK_TRANSCRIPTION_MODEL", "ggml-base.en");
        qputenv("DUEDESK_TRANSCRIPTION_API_KEY", "env-key-5678");
        TranscriptionSettings s = TranscriptionSettings::fromEnvironment();
        QCOMPARE(s.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8089")));
        QCOMPARE(s.model, QStringLiteral("ggml-base.en"));
        QCOMPARE(s.apiKey, QStringLiteral("env-key-5678"));
        QVERIFY(s.isConfigured());

        qunsetenv("DUEDESK_TRANSCRIPTION_URL");
        qunsetenv("DUEDESK_TRANSCRIPTION_MODEL");
        qunsetenv("DUEDESK_TRANSCRIPTION_API_KEY");
        s = TranscriptionSettings::fromEnvironment();
        QVERIFY(!s.isConfigured());
        QCOMPARE(s.model, QStringLiteral("whisper-1"));
        QVERIFY(s.apiKey.isEmpty());
    }
};

QTEST_MAIN(tst_TranscriptionClient)
#include "tst_transcriptionclient.moc"
