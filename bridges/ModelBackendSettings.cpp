#include "ModelBackendSettings.h"

#include "SecretStore.h"

#include <Book.h>

namespace duedesk {

namespace {

const QString keyEnabled = QStringLiteral("model_backend.enabled");
const QString keyUrl = QStringLiteral("model_backend.url");
const QString keyModel = QStringLiteral("model_backend.model");
const QString keyTimeout = QStringLiteral("model_backend.timeout_ms");
const QString keyThreshold = QStringLiteral("model_backend.threshold");

} // namespace

ModelBackendSettings ModelBackendSettings::fromBook(const Book &book)
{
    ModelBackendSettings s;
    s.enabled = book.setting(keyEnabled) == QLatin1String("1");
    s.baseUrl = QUrl(book.setting(keyUrl), QUrl::StrictMode);
    s.model = book.setting(keyModel);
    bool ok = false;
    const int timeout = book.setting(keyTimeout).toInt(&ok);
    if (ok && timeout > 0)
        s.timeoutMs = timeout;
    const double threshold = book.setting(keyThreshold).toDouble(&ok);
    if (ok && threshold >= 0 && threshold <= 1)
        s.threshold = threshold;
    return s;
}

bool ModelBackendSettings::saveToBook(Book &book, QString *error) const
{
    return book.setSetting(keyEnabled, enabled ? QStringLiteral("1") : QStringLiteral("0"), error)
        && book.setSetting(keyUrl, baseUrl.toString(), error) && book.setSetting(keyModel, model, error)
        && book.setSetting(keyTimeout, QString::number(timeoutMs), error)
        && book.setSetting(keyThreshold, QString::number(threshold), error);
}

QString ModelBackendSettings::problem() const
{
    if (!enabled)
        return {};
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("the model server address \"%1\" is not a valid URL").arg(baseUrl.toString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("the model server address must start with http:// or https://, not \"%1\"").arg(baseUrl.toString());
    if (model.trimmed().isEmpty())
        return tr("no model name is set for the model server");
    if (timeoutMs <= 0)
        return tr("the model server timeout must be positive");
    return {};
}

void ModelApiKey::read(SecretStore &store, const std::function<void(const Result<QString> &)> &done)
{
    const QByteArray fromEnvironment = qgetenv(environmentVariable);
    if (!fromEnvironment.isEmpty())
        done(QString::fromUtf8(fromEnvironment));
    else
        store.read(secretName(), done);
}

} // namespace duedesk
