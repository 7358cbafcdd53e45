#include "RedactingLog.h"

#include <Clock.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcBridges, "duedesk.bridges", QtInfoMsg)

namespace duedesk {

namespace {

const QString mark = QStringLiteral("<redacted>");

// Field names whose values are secrets whatever they look like.
bool isSecretName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("token|secret|password|passwd|authorization|api[_-]?key|signature|cookie"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

struct Pattern {
    QRegularExpression re;
    QString replacement;
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list{
        // Telegram: https://api.telegram.org/bot123456:ABC-def_ghi/sendMessage (and /file/bot.../)
        {QRegularExpression(QStringLiteral("(/bot)\\d+:[A-Za-z0-9_-]+")), QStringLiteral("\\1") + mark},
        // A bare bot token (id:secret), e.g. echoed in an error body.
        {QRegularExpression(QStringLiteral("\\b\\d{6,12}:[A-Za-z0-9_-]{30,}")), mark},
        // Authorization: Bearer ... / Basic ...
        {QRegularExpression(QStringLiteral("\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1 ") + mark},
        // access_token=..., token=..., hub.verify_token=..., client_secret=..., password=..., api_key=..., key=...
        {QRegularExpression(QStringLiteral("\\b([A-Za-z0-9_.-]*(?:token|secret|password|passwd|key|sig|signature))"
                                           "(\"?\\s*[=:]\\s*\"?)[^&\\s\",;}]+"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1\\2") + mark},
        // https://user:password@host
        {QRegularExpression(QStringLiteral("(://[^/\\s:@]+:)[^@\\s/]+@")), QStringLiteral("\\1") + mark + QStringLiteral("@")},
    };
    return list;
}

} // namespace

RedactingLog::RedactingLog(QString component, const Clock *clock, Sink sink)
    : m_component(std::move(component))
    , m_clock(clock)
    , m_sink(std::move(sink))
{
    if (!m_sink)
        m_sink = [](QtMsgType type, const QByteArray &line) {
            if (type == QtWarningMsg || type == QtCriticalMsg)
                qCWarning(lcBridges).noquote() << QString::fromUtf8(line);
            else
                qCInfo(lcBridges).noquote() << QString::fromUtf8(line);
        };
}

void RedactingLog::addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&m_mutex);
    if (!m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString RedactingLog::redact(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets)
        text.replace(secret, mark);
    for (const Pattern &p : patterns())
        text.replace(p.re, p.replacement);
    return text;
}

QJsonValue RedactingLog::redacted(const QJsonValue &value, const QStringList &secrets)
{
    if (value.isString())
        return redact(value.toString(), secrets);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redacted(item, secrets));
        return array;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool secretField = isSecretName(it.key()) && !it.value().isNull() && !it.value().isBool();
        out.insert(redact(it.key(), secrets), secretField ? QJsonValue(mark) : redacted(it.value(), secrets));
    }
    return out;
}

QByteArray RedactingLog::line(QtMsgType type, const QString &event, const QJsonObject &fields) const
{
    QStringList secrets;
    {
        QMutexLocker lock(&m_mutex);
        secrets = m_secrets;
    }
    QJsonObject o = redacted(fields, secrets).toObject();
    if (m_clock)
        o.insert(QStringLiteral("at"), m_clock->now().toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("level"), type == QtWarningMsg || type == QtCriticalMsg ? QStringLiteral("warning")
                                                                                    : QStringLiteral("info"));
    o.insert(QStringLiteral("component"), m_component);
    o.insert(QStringLiteral("event"), redact(event, secrets));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void RedactingLog::info(const QString &event, const QJsonObject &fields) const
{
    m_sink(QtInfoMsg, line(QtInfoMsg, event, fields));
}

void RedactingLog::warning(const QString &event, const QJsonObject &fields) const
{
    m_sink(QtWarningMsg, line(QtWarningMsg, event, fields));
}

} // namespace duedesk
