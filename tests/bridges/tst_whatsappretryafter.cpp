// A throttled or unavailable Cloud API (429, 503) with a Retry-After header: the send is retryable and retryAfter
// is the book's clock plus the delay the header asks for, whether it gives seconds or an HTTP-date.

#include "WhatsAppTestBook.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <WhatsAppBridge.h>

using namespace duedesk;

namespace {

// Answers every request on 127.0.0.1 with one raw HTTP response, so the test controls every header.
class RawHttpServer : public QObject
{
public:
    explicit RawHttpServer(QByteArray response)
        : m_response(std::move(response))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray headers = buffer.left(headerEnd).toLower();
        const qsizetype at = headers.indexOf("content-length:");
        const qsizetype length
            = at < 0 ? 0 : headers.mid(at + 15, headers.indexOf('\r', at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        socket->write(m_response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_response;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray response(int status, const QByteArray &extraHeaders)
{
    const QByteArray body = R"({"error":{"message":"(#130429) Rate limit hit","code":130429}})";
    return "HTTP/1.1 " + QByteArray::number(status) + " Whatever\r\nContent-Type: application/json\r\n" + extraHeaders
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray httpDate(const QDateTime &at)
{
    return QLocale::c().toString(at.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

// Queues the test book's reminder and sends it through a bridge pointed at a server answering `raw`.
SendResult sendAgainst(TestBook &t, const QByteArray &raw)
{
    const qint64 outboxId = whatsapptest::queueReminder(t);
    const Result<OutboxRow> row = ChaseEngine(t.book()).markSending(outboxId);
    if (outboxId == 0 || !row)
        return SendResult::rejected(QStringLiteral("no reminder to send"));
    RawHttpServer server(raw);
    WhatsAppBridge::Settings s;
    s.apiBase = server.url();
    s.phoneNumberId = QStringLiteral("106540352242922");
    s.token = QStringLiteral("EAAG-test-token");
    WhatsAppBridge bridge(t.book(), s);
    QSignalSpy finished(&bridge, &Bridge::sendFinished);
    bridge.send(*row);
    if (!finished.wait(10000))
        return SendResult::rejected(QStringLiteral("no sendFinished"));
    return finished.first().at(1).value<SendResult>();
}

} // namespace

class tst_WhatsAppRetryAfter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SendResult>(); }

    // delay: the seconds after the book's clock expected in retryAfter; -1: no retryAfter at all.
    void retryAfterCountsFromTheBooksClock_data()
    {
        // The provider's clock is deliberately a year away from the book's: only the difference may count.
        const QDateTime server(QDate(2025, 3, 9), QTime(23, 59, 30), QTimeZone::utc());
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<int>("delay");
        QTest::newRow("429, seconds") << 429 << QByteArray("Retry-After: 120\r\n") << 120;
        QTest::newRow("503, seconds") << 503 << QByteArray("Retry-After: 7\r\n") << 7;
        QTest::newRow("429, HTTP-date after the reply's Date")
            << 429
            << QByteArray("Date: " + httpDate(server) + "\r\nRetry-After: " + httpDate(server.addSecs(90)) + "\r\n")
            << 90;
        QTest::newRow("503, HTTP-date after the reply's Date")
            << 503
            << QByteArray("Retry-After: " + httpDate(server.addSecs(3600)) + "\r\nDate: " + httpDate(server) + "\r\n")
            << 3600;
        QTest::newRow("429, HTTP-date already past")
            << 429
            << QByteArray("Date: " + httpDate(server) + "\r\nRetry-After: " + httpDate(server.addSecs(-5)) + "\r\n")
            << 0;
        QTest::newRow("429, negative seconds") << 429 << QByteArray("Retry-After: -3\r\n") << 0;
        QTest::newRow("429, unreadable") << 429 << QByteArray("Retry-After: soon\r\n") << -1;
        QTest::newRow("503, none") << 503 << QByteArray() << -1;
    }
    void retryAfterCountsFromTheBooksClock()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, headers);
        QFETCH(int, delay);
        TestBook t;
        const SendResult result = sendAgainst(t, response(status, headers));
        QCOMPARE(result.kind, SendResult::Kind::Failed);
        QVERIFY(result.transient);
        QVERIFY2(result.error.contains(QStringLiteral("Rate limit hit")), qPrintable(result.error));
        if (delay < 0)
            QVERIFY(!result.retryAfter.isValid());
        else
            QCOMPARE(result.retryAfter, t.clock().now().addSecs(delay));
    }

    // Without the reply's Date the HTTP-date is taken as it is, on the book's clock.
    void anHttpDateWithoutDateIsTakenAsItIs()
    {
        TestBook t;
        // queueReminder moves the clock to 2026-11-21 10:00 local; the date is 45 s after that.
        const QDateTime at = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::LocalTime).addSecs(45);
        const SendResult result = sendAgainst(t, response(429, "Retry-After: " + httpDate(at) + "\r\n"));
        QVERIFY(result.transient);
        QCOMPARE(result.retryAfter, at);
        QCOMPARE(t.clock().now().secsTo(result.retryAfter), 45);
    }
};

QTEST_GUILESS_MAIN(tst_WhatsAppRetryAfter)
#include "tst_whatsappretryafter.moc"
