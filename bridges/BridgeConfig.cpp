#include "BridgeConfig.h"

#include <Book.h>

#include <QRegularExpression>

namespace duedesk {

namespace {

// The environment first (headless runs, tests), then the book's Settings > Channels field.
QString pick(const Book &book, const char *environment, const QString &settingKey)
{
    const QString fromEnvironment = qEnvironmentVariable(environment);
    return fromEnvironment.isEmpty() ? book.setting(settingKey) : fromEnvironment;
}

QString field(const QString &row, const QString &name)
{
    return QStringLiteral("channel.") + row + QLatin1Char('.') + name;
}

} // namespace

QStringList BridgeConfig::secretNames()
{
    return {QStringLiteral("telegram"),      QStringLiteral("whatsapp"),
            QStringLiteral("telegram_owner"), QStringLiteral("transcription"),
            QStringLiteral("whatsapp_app_secret"), QStringLiteral("relay")};
}

BridgeConfig BridgeConfig::fromBook(const Book &book, const QHash<QString, QString> &secrets)
{
    BridgeConfig c;
    const QString telegramBase
        = pick(book, "DUEDESK_TELEGRAM_API_BASE", field(QStringLiteral("telegram"), QStringLiteral("api_base")));
    if (!telegramBase.isEmpty())
        c.telegram.apiBase = QUrl(telegramBase);
    c.telegram.token = secrets.value(QStringLiteral("telegram"));

    // The assistant's own row; without its own server address it uses the business bot's (both are Telegram).
    const QString ownerBase = book.setting(field(QStringLiteral("telegram_owner"), QStringLiteral("api_base")));
    c.ownerTelegram.apiBase = ownerBase.isEmpty() || qEnvironmentVariableIsSet("DUEDESK_TELEGRAM_API_BASE")
                                  ? c.telegram.apiBase
                                  : QUrl(ownerBase);
    c.ownerTelegram.token = secrets.value(QStringLiteral("telegram_owner"));

    const QString whatsappBase
        = pick(book, "DUEDESK_WHATSAPP_API_BASE", field(QStringLiteral("whatsapp"), QStringLiteral("api_base")));
    if (!whatsappBase.isEmpty()) {
        // Settings may hold the Graph API address with its version ("https://graph.facebook.com/v19.0", what the
        // connection test uses): the version then goes where the bridge puts it.
        QUrl base(whatsappBase);
        QString path = base.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        const QString last = path.section(QLatin1Char('/'), -1);
        static const QRegularExpression version(QStringLiteral("^v\\d+\\.\\d+$"));
        if (version.match(last).hasMatch()) {
            c.whatsapp.apiVersion = last;
            path.chop(last.size() + 1);
        }
        base.setPath(path);
        c.whatsapp.apiBase = base;
    }
    c.whatsapp.phoneNumberId
        = pick(book, "DUEDESK_WHATSAPP_PHONE_ID", field(QStringLiteral("whatsapp"), QStringLiteral("phone_number_id")));
    c.whatsapp.token = secrets.value(QStringLiteral("whatsapp"));

    c.ownerTelegram.transcription = TranscriptionSettings::fromEnvironment();
    if (c.ownerTelegram.transcription.baseUrl.isEmpty()) {
        const QString url = book.setting(field(QStringLiteral("transcription"), QStringLiteral("url")));
        if (!url.isEmpty())
            c.ownerTelegram.transcription.baseUrl = QUrl(url);
        const QString model = book.setting(field(QStringLiteral("transcription"), QStringLiteral("model")));
        if (!model.isEmpty())
            c.ownerTelegram.transcription.model = model;
    }
    if (c.ownerTelegram.transcription.apiKey.isEmpty())
        c.ownerTelegram.transcription.apiKey = secrets.value(QStringLiteral("transcription"));
    c.ownerWhatsApp.api = c.whatsapp;
    c.ownerWhatsApp.transcription = c.ownerTelegram.transcription;
    c.ownerWhatsApp.nudgeTemplate = book.setting(field(QStringLiteral("whatsapp"), QStringLiteral("owner_nudge_template")));

    // The names for headless runs win over the keychain's entries.
    const QByteArray appSecret = qgetenv("DUEDESK_WHATSAPP_APP_SECRET");
    c.webhook.appSecret = appSecret.isEmpty() ? secrets.value(QStringLiteral("whatsapp_app_secret")).toUtf8() : appSecret;
    const QString webhookRow = QStringLiteral("whatsapp_app_secret");
    c.webhook.verifyToken = pick(book, "DUEDESK_WHATSAPP_VERIFY_TOKEN", field(webhookRow, QStringLiteral("verify_token")));
    c.webhook.port
        = quint16(pick(book, "DUEDESK_WHATSAPP_WEBHOOK_PORT", field(webhookRow, QStringLiteral("webhook_port"))).toUInt());
    c.webhook.ownerAssistant = true; // the owner's WhatsApp messages go to the assistant, never to a client's inbox
    const QString relayUrl = pick(book, "DUEDESK_RELAY_URL", field(QStringLiteral("relay"), QStringLiteral("url")));
    if (!relayUrl.isEmpty())
        c.relay.relayUrl = QUrl(relayUrl);
    const QByteArray relayKey = qgetenv("DUEDESK_RELAY_KEY");
    c.relay.key = relayKey.isEmpty() ? secrets.value(QStringLiteral("relay")).toUtf8() : relayKey;
    return c;
}

} // namespace duedesk
