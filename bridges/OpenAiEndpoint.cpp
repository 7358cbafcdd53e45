#include "OpenAiEndpoint.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace duedesk::openai {

QUrl endpointUrl(const QUrl &baseUrl, const QString &endpoint)
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/') + endpoint))
        return url;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v1")))
        path += QStringLiteral("/v1");
    url.setPath(path + QLatin1Char('/') + endpoint);
    return url;
}

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QString errorExcerpt(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(QStringLiteral("error"));
    QString text = error.isObject() ? error.toObject().value(QStringLiteral("message")).toString() : error.toString();
    if (text.isEmpty())
        text = QString::fromUtf8(body.left(200));
    return text.simplified().left(200);
}

} // namespace duedesk::openai
