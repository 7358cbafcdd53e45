#include "ConnectionTest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace duedesk {

namespace {

// Network errors quote the URL, and Telegram puts the token in it.
QString redacted(QString text, const QString &secret)
{
    if (!secret.isEmpty()) {
        text.replace(secret, QStringLiteral("•••"));
        text.replace(QString::fromLatin1(QUrl::toPercentEncoding(secret)), QStringLiteral("•••"));
    }
    return text;
}

QString trimmedBase(const QVariantMap &fields, const QString &channel)
{
    QString base = fields.value(QStringLiteral("api_base")).toString().trimmed();
    if (base.isEmpty())
        base = NetworkConnectionTester::defaultApiBase(channel);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

// The owner's assistant is a Telegram bot of its own: tested the same way.
bool isTelegram(const QString &channel)
{
    return channel == QLatin1String("telegram") || channel == QLatin1String("telegram_owner");
}

} // namespace

NetworkConnectionTester::NetworkConnectionTester(QObject *parent)
    : ConnectionTester(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

QString NetworkConnectionTester::defaultApiBase(const QString &channel)
{
    if (isTelegram(channel))
        return QStringLiteral("https://api.telegram.org");
    if (channel == QLatin1String("whatsapp"))
        return QStringLiteral("https://graph.facebook.com/v19.0");
    if (channel == QLatin1String("sms"))
        return QStringLiteral("https://api.twilio.com/2010-04-01");
    return {};
}

void NetworkConnectionTester::test(const QString &channel, const QVariantMap &fields, const QString &secret)
{
    if (channel == QLatin1String("email"))
        testSmtp(fields);
    else if (isTelegram(channel) || channel == QLatin1String("whatsapp") || channel == QLatin1String("sms"))
        testHttp(channel, fields, secret);
    else
        emit finished(channel, false, tr("DueDesk does not know the channel \"%1\".").arg(channel));
}

void NetworkConnectionTester::testSmtp(const QVariantMap &fields)
{
    const QString channel = QStringLiteral("email");
    const QString host = fields.value(QStringLiteral("smtp_host")).toString().trimmed();
    const int port = fields.value(QStringLiteral("smtp_port"), 587).toInt();
    if (host.isEmpty()) {
        emit finished(channel, false, tr("Enter the outgoing mail server (SMTP) first."));
        return;
    }
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    // Answers once: the first of greeting, error or timeout wins, and the socket goes.
    auto answer = [this, socket, channel](bool ok, const QString &message) {
        if (socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        socket->abort();
        socket->deleteLater();
        emit finished(channel, ok, message);
    };
    connect(socket, &QTcpSocket::readyRead, this, [socket, answer] {
        if (!socket->canReadLine())
            return;
        const QString line = QString::fromUtf8(socket->readLine()).trimmed();
        if (line.startsWith(QLatin1String("220")))
            answer(true, tr("The mail server answered: %1").arg(line.mid(4).left(80)));
        else
            answer(false, tr("The mail server refused the connection: %1").arg(line.left(80)));
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [socket, answer, host, port] {
        answer(false, tr("Cannot reach %1:%2: %3").arg(host).arg(port).arg(socket->errorString()));
    });
    connect(timer, &QTimer::timeout, this, [answer, host, port] {
        answer(false, tr("%1:%2 did not answer in time.").arg(host).arg(port));
    });
    timer->start(m_timeoutMs);
    socket->connectToHost(host, quint16(port));
}

void NetworkConnectionTester::testHttp(const QString &channel, const QVariantMap &fields, const QString &secret)
{
    if (secret.isEmpty()) {
        emit finished(channel, false, tr("Enter the token first."));
        return;
    }
    const QString base = trimmedBase(fields, channel);
    QNetworkRequest request;
    if (isTelegram(channel)) {
        request.setUrl(QUrl(base + QStringLiteral("/bot") + secret + QStringLiteral("/getMe")));
    } else if (channel == QLatin1String("whatsapp")) {
        const QString id = fields.value(QStringLiteral("phone_number_id")).toString().trimmed();
        if (id.isEmpty()) {
            emit finished(channel, false, tr("Enter the WhatsApp phone number ID first."));
            return;
        }
        request.setUrl(QUrl(base + QLatin1Char('/') + id));
        request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
    } else {
        const QString sid = fields.value(QStringLiteral("account_sid")).toString().trimmed();
        if (sid.isEmpty()) {
            emit finished(channel, false, tr("Enter the SMS account ID first."));
            return;
        }
        request.setUrl(QUrl(base + QStringLiteral("/Accounts/") + sid + QStringLiteral(".json")));
        request.setRawHeader("Authorization", "Basic " + (sid + QLatin1Char(':') + secret).toUtf8().toBase64());
    }
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, channel, secret] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() == QNetworkReply::NoError && status == 200) {
            QString who = body.value(QStringLiteral("result")).toObject().value(QStringLiteral("username")).toString();
            if (who.isEmpty())
                who = body.value(QStringLiteral("display_phone_number")).toString();
            if (who.isEmpty())
                who = body.value(QStringLiteral("friendly_name")).toString();
            if (isTelegram(channel) && !body.value(QStringLiteral("ok")).toBool()) {
                emit finished(channel, false, tr("Telegram did not accept the token."));
                return;
            }
            emit finished(channel, true, who.isEmpty() ? tr("Connected.") : tr("Connected as %1.").arg(who));
            return;
        }
        if (status == 401 || status == 403 || status == 404)
            emit finished(channel, false, tr("The service did not accept the token (HTTP %1).").arg(status));
        else
            emit finished(channel, false, tr("Cannot reach the service: %1").arg(redacted(reply->errorString(), secret)));
    });
}

} // namespace duedesk
