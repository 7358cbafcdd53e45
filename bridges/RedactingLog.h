#pragma once

#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcBridges)

namespace duedesk {

class Clock;

// Structured log lines for the bridges: one compact JSON object per line ({"at", "level", "component", "event",
// ...fields}), with secrets redacted before anything leaves the process. Redacted are: every value registered
// with addSecret(); Telegram bot tokens (/bot123:ABC.../ in URLs, or bare); Authorization values (Bearer, Basic);
// `access_token=`, `token=`, `secret=`, `password=`, `key=` and similar query or form parameters; passwords in
// URL user info; and every field whose name says it holds a secret (token, secret, password, authorization...).
class RedactingLog
{
public:
    using Sink = std::function<void(QtMsgType type, const QByteArray &line)>;

    // The default sink writes to the duedesk.bridges logging category. clock may be null (no "at" field).
    explicit RedactingLog(QString component, const Clock *clock = nullptr, Sink sink = {});

    // A secret known by value (a token read from the keychain); ignored when shorter than 4 characters.
    void addSecret(const QString &secret);

    void info(const QString &event, const QJsonObject &fields = {}) const;
    void warning(const QString &event, const QJsonObject &fields = {}) const;
    // The line that info()/warning() would write.
    QByteArray line(QtMsgType type, const QString &event, const QJsonObject &fields) const;

    // The text with every secret pattern (and every value in `secrets`) replaced by "<redacted>".
    static QString redact(QString text, const QStringList &secrets = {});

private:
    static QJsonValue redacted(const QJsonValue &value, const QStringList &secrets);

    QString m_component;
    const Clock *m_clock;
    Sink m_sink;
    mutable QMutex m_mutex;
    QStringList m_secrets;
};

} // namespace duedesk
