#pragma once

#include "RedactingLog.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace duedesk {

// Where voice notes are turned into text: any OpenAI-compatible POST {baseUrl}/v1/audio/transcriptions (a local
// whisper.cpp server fits). Off unless a base URL is set.
struct TranscriptionSettings {
    QUrl baseUrl;                                  // e.g. http://127.0.0.1:8080; empty: voice is not set up
    QString model = QStringLiteral("whisper-1");
    QString apiKey;                                // sent as a Bearer token when set; never logged
    int timeoutMs = 60 * 1000;

    bool isConfigured() const;
    // DUEDESK_TRANSCRIPTION_URL, DUEDESK_TRANSCRIPTION_MODEL, DUEDESK_TRANSCRIPTION_API_KEY over the defaults.
    static TranscriptionSettings fromEnvironment();
};

// Sends one audio file to the transcription endpoint (multipart/form-data: file, model, response_format=json)
// and reads {"text": "..."} back. Every call finishes with finished() exactly once, on this object's thread.
class TranscriptionClient : public QObject
{
    Q_OBJECT
public:
    explicit TranscriptionClient(TranscriptionSettings settings, QObject *parent = nullptr);
    ~TranscriptionClient() override;

    bool isConfigured() const { return m_settings.isConfigured(); }

    // Returns the request id (> 0). Not configured or empty audio: finished() still
    // follows (ok = false, a translated error), so callers have one path.
    qint64 transcribe(const QByteArray &audio, const QString &fileName, const QString &mimeType);

    // Reads an answer body {"text": "..."}: returns an empty string and sets text (trimmed, not empty), or
    // returns the translated reason it is not a usable transcription (junk, no "text", nothing recognised).
    static QString parseTranscription(const QByteArray &body, QString *text);

Q_SIGNALS:
    // text is trimmed; ok = false with an empty text when the endpoint failed, timed out or answered junk.
    void finished(qint64 requestId, bool ok, const QString &text, const QString &error);

private:
    TranscriptionSettings m_settings;
    QNetworkAccessManager *m_network;
    RedactingLog m_log;
    qint64 m_nextId = 1;
};

} // namespace duedesk
