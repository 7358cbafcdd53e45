#include "TranscriptionClient.h"

#include "OpenAiEndpoint.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace duedesk {

namespace {

// Answers larger than this are cut off and reported as failures: a transcript is a few kilobytes.
constexpr qint64 maxAnswerBytes = 1024 * 1024;

// A file name safe inside the quoted filename="..." of a Content-Disposition header.
QByteArray quotedFileName(const QString &fileName)
{
    QString name = fileName.isEmpty() ? QStringLiteral("voice.ogg") : fileName;
    name.replace(QLatin1Char('"'), QLatin1Char('_')).replace(QLatin1Char('\r'), QLatin1Char('_'));
    name.replace(QLatin1Char('\n'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return '"' + name.toUtf8() + '"';
}

QHttpPart textPart(const QByteArray &name, const QString &value)
{
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + '"'));
    part.setBody(value.toUtf8());
    return part;
}

} // namespace

bool TranscriptionSettings::isConfigured() const
{
    return !baseUrl.isEmpty() && baseUrl.isValid();
}

TranscriptionSettings TranscriptionSettings::fromEnvironment()
{
    TranscriptionSettings settings;
    const QString url = qEnvironmentVariable("DUEDESK_TRANSCRIPTION_URL").trimmed();
    if (!url.isEmpty())
        settings.baseUrl = QUrl(url);
    const QString model = qEnvironmentVariable("DUEDESK_TRANSCRIPTION_MODEL").trimmed();
    if (!model.isEmpty())
        settings.model = model;
    settings.apiKey = qEnvironmentVariable("DUEDESK_TRANSCRIPTION_API_KEY").trimmed();
    return settings;
}

TranscriptionClient::TranscriptionClient(TranscriptionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
    , m_log(QStringLiteral("transcription"))
{
    m_log.addSecret(m_settings.apiKey);
}

TranscriptionClient::~TranscriptionClient()
{
    // Replies still running are children of m_network; they must not call back into a half-destroyed object.
    for (QNetworkReply *reply : m_network->findChildren<QNetworkReply *>()) {
        reply->disconnect(this);
        reply->abort();
    }
}

qint64 TranscriptionClient::transcribe(const QByteArray &audio, const QString &fileName, const QString &mimeType)
{
    const qint64 id = m_nextId++;
    const auto failLater = [this, id](const QString &error) {
        m_log.warning(QStringLiteral("transcription.failed"),
            QJsonObject{ { QStringLiteral("request"), id }, { QStringLiteral("error"), error } });
        QMetaObject::invokeMethod(
            this, [this, id, error] { Q_EMIT finished(id, false, QString(), error); }, Qt::QueuedConnection);
        return id;
    };
    if (!m_settings.isConfigured())
        return failLater(tr("voice notes are not set up: no transcription server is configured"));
    const QUrl url = openai::endpointUrl(m_settings.baseUrl, QStringLiteral("audio/transcriptions"));
    if (!openai::isHttpUrl(url))
        return failLater(tr("the transcription server address must be an http:// or https:// URL, not \"%1\"")
                             .arg(m_settings.baseUrl.toString(QUrl::RemoveUserInfo)));
    if (audio.isEmpty())
        return failLater(tr("the voice note is empty"));

    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
        QByteArray("form-data; name=\"file\"; filename=" + quotedFileName(fileName)));
    file.setHeader(
        QNetworkRequest::ContentTypeHeader, mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType);
    file.setBody(audio);
    multipart->append(file);
    multipart->append(textPart("model", m_settings.model));
    multipart->append(textPart("response_format", QStringLiteral("json")));

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!m_settings.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
    // A redirect must not carry the voice note (or the key) to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);

    QPointer<QNetworkReply> reply = m_network->post(request, multipart);
    multipart->setParent(reply);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    // Why a reply was aborted, when we aborted it: the error the caller sees.
    auto abortReason = std::make_shared<QString>();
    connect(timer, &QTimer::timeout, this, [this, reply, abortReason] {
        *abortReason = tr("the transcription server did not answer within %1 ms").arg(m_settings.timeoutMs);
        if (reply)
            reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, abortReason](qint64 received, qint64) {
        if (reply && received > maxAnswerBytes && abortReason->isEmpty()) {
            *abortReason = tr("the transcription server's answer is larger than %1 bytes").arg(maxAnswerBytes);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id, reply, timer, abortReason] {
        timer->stop();
        reply->deleteLater();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        QString error = *abortReason;
        QString text;
        if (error.isEmpty() && reply->error() != QNetworkReply::NoError) {
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            error = status.isValid() ? tr("the transcription server answered HTTP %1: %2")
                                           .arg(status.toInt())
                                           .arg(RedactingLog::redact(openai::errorExcerpt(body), { m_settings.apiKey }))
                                     : tr("cannot reach the transcription server: %1").arg(reply->errorString());
        }
        if (error.isEmpty())
            error = parseTranscription(body, &text);
        if (!error.isEmpty()) {
            m_log.warning(QStringLiteral("transcription.failed"),
                QJsonObject{ { QStringLiteral("request"), id }, { QStringLiteral("error"), error } });
            Q_EMIT finished(id, false, QString(), error);
            return;
        }
        m_log.info(QStringLiteral("transcription.done"),
            QJsonObject{ { QStringLiteral("request"), id }, { QStringLiteral("chars"), text.size() } });
        Q_EMIT finished(id, true, text, QString());
    });
    timer->start(m_settings.timeoutMs);
    m_log.info(QStringLiteral("transcription.request"),
        QJsonObject{ { QStringLiteral("request"), id }, { QStringLiteral("url"), url.toString(QUrl::RemoveUserInfo) },
            { QStringLiteral("model"), m_settings.model }, { QStringLiteral("bytes"), audio.size() } });
    return id;
}

QString TranscriptionClient::parseTranscription(const QByteArray &body, QString *text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue value = document.object().value(QStringLiteral("text"));
    if (parseError.error != QJsonParseError::NoError || !value.isString())
        return tr("the transcription server's answer is not a transcription: %1")
            .arg(QString::fromUtf8(body.left(120)).simplified());
    *text = value.toString().trimmed();
    if (text->isEmpty())
        return tr("the transcription is empty: no speech was recognised in the voice note");
    return QString();
}

} // namespace duedesk
