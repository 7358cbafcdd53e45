// What the bridges run with: the book's Settings > Channels, the secrets, and the environment for headless runs
// (BridgeConfig), and how BridgeHost builds the supervisor from them (two identities, never one bot read twice).

#include "TestBook.h"

#include <BridgeConfig.h>
#include <BridgeHost.h>
#include <SecretStore.h>

#include <QtTest>

using namespace duedesk;

namespace {

// Sets an environment variable for one scope, restoring what was there.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

const char *const headlessVariables[] = {"DUEDESK_TELEGRAM_API_BASE", "DUEDESK_WHATSAPP_API_BASE",
                                         "DUEDESK_WHATSAPP_PHONE_ID", "DUEDESK_WHATSAPP_APP_SECRET",
                                         "DUEDESK_WHATSAPP_VERIFY_TOKEN", "DUEDESK_WHATSAPP_WEBHOOK_PORT",
                                         "DUEDESK_RELAY_URL", "DUEDESK_RELAY_KEY", "DUEDESK_TRANSCRIPTION_URL",
                                         "DUEDESK_TRANSCRIPTION_MODEL", "DUEDESK_TRANSCRIPTION_API_KEY"};

} // namespace

class tst_BridgeConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // The developer's own shell must not decide these tests.
        for (const char *name : headlessVariables)
            qunsetenv(name);
    }

    void theBooksSettingsAndTheSecretsMakeTheChannels()
    {
        TestBook t;
        Book &book = t.book();
        QVERIFY(book.setSetting(QStringLiteral("channel.telegram.api_base"), QStringLiteral("http://127.0.0.1:9001")));
        QVERIFY(book.setSetting(QStringLiteral("channel.whatsapp.phone_number_id"), QStringLiteral("106540352242922")));
        // The connection test's form of the address, with the Graph API version in it.
        QVERIFY(book.setSetting(QStringLiteral("channel.whatsapp.api_base"), QStringLiteral("https://graph.facebook.com/v19.0/")));
        const BridgeConfig c = BridgeConfig::fromBook(
            book, {{QStringLiteral("telegram"), QStringLiteral("1:business")},
                   {QStringLiteral("telegram_owner"), QStringLiteral("2:owner")},
                   {QStringLiteral("whatsapp"), QStringLiteral("EAAG-token")}});
        QCOMPARE(c.telegram.apiBase, QUrl(QStringLiteral("http://127.0.0.1:9001")));
        QCOMPARE(c.telegram.token, QStringLiteral("1:business"));
        // Two identities: the assistant has its own token, and the Telegram server of the business bot.
        QCOMPARE(c.ownerTelegram.token, QStringLiteral("2:owner"));
        QCOMPARE(c.ownerTelegram.apiBase, c.telegram.apiBase);
        QCOMPARE(c.whatsapp.apiBase, QUrl(QStringLiteral("https://graph.facebook.com")));
        QCOMPARE(c.whatsapp.apiVersion, QStringLiteral("v19.0"));
        QCOMPARE(c.whatsapp.phoneNumberId, QStringLiteral("106540352242922"));
        QCOMPARE(c.ownerWhatsApp.api.token, QStringLiteral("EAAG-token"));
        QVERIFY(c.webhook.ownerAssistant);
        QVERIFY(!c.hasWebhook());
        QVERIFY(!c.hasRelay());
        QVERIFY(!c.ownerTelegram.transcription.isConfigured());
    }

    void theEnvironmentWinsForHeadlessRuns()
    {
        TestBook t;
        Book &book = t.book();
        QVERIFY(book.setSetting(QStringLiteral("channel.telegram.api_base"), QStringLiteral("http://127.0.0.1:9001")));
        QVERIFY(book.setSetting(QStringLiteral("channel.telegram_owner.api_base"), QStringLiteral("http://127.0.0.1:9002")));
        QVERIFY(book.setSetting(QStringLiteral("channel.relay.url"), QStringLiteral("ws://127.0.0.1:9003/desktop")));
        ScopedEnv telegram("DUEDESK_TELEGRAM_API_BASE", "http://127.0.0.1:9100");
        ScopedEnv secret("DUEDESK_WHATSAPP_APP_SECRET", "env-app-secret");
        ScopedEnv relayKey("DUEDESK_RELAY_KEY", "env-relay-key");
        ScopedEnv port("DUEDESK_WHATSAPP_WEBHOOK_PORT", "8499");
        ScopedEnv transcription("DUEDESK_TRANSCRIPTION_URL", "http://127.0.0.1:9200");
        const BridgeConfig c = BridgeConfig::fromBook(
            book, {{QStringLiteral("whatsapp_app_secret"), QStringLiteral("keychain-app-secret")},
                   {QStringLiteral("relay"), QStringLiteral("keychain-relay-key")}});
        QCOMPARE(c.telegram.apiBase, QUrl(QStringLiteral("http://127.0.0.1:9100")));
        // A test server named in the environment serves both bots.
        QCOMPARE(c.ownerTelegram.apiBase, QUrl(QStringLiteral("http://127.0.0.1:9100")));
        QCOMPARE(c.webhook.appSecret, QByteArray("env-app-secret"));
        QCOMPARE(c.webhook.port, quint16(8499));
        QCOMPARE(c.relay.key, QByteArray("env-relay-key"));
        QCOMPARE(c.relay.relayUrl, QUrl(QStringLiteral("ws://127.0.0.1:9003/desktop")));
        QVERIFY(c.hasWebhook());
        QVERIFY(c.hasRelay());
        QVERIFY(c.ownerTelegram.transcription.isConfigured());
        QCOMPARE(c.ownerWhatsApp.transcription.baseUrl, c.ownerTelegram.transcription.baseUrl);
    }

    void theAssistantKeepsItsOwnServerWithoutTheEnvironment()
    {
        TestBook t;
        QVERIFY(t.book().setSetting(QStringLiteral("channel.telegram_owner.api_base"), QStringLiteral("http://127.0.0.1:9002")));
        const BridgeConfig c = BridgeConfig::fromBook(t.book(), {});
        QCOMPARE(c.ownerTelegram.apiBase, QUrl(QStringLiteral("http://127.0.0.1:9002")));
        QCOMPARE(c.telegram.apiBase, QUrl(QStringLiteral("https://api.telegram.org")));
    }

    // One bot token, one reader of its updates: the same bot for clients and the owner would steal messages.
    void theSameBotIsNeverReadByBothIdentities()
    {
        TestBook t;
        MemorySecretStore secrets;
        secrets.write(QStringLiteral("telegram"), QStringLiteral("7:same"), [](const QString &) {});
        secrets.write(QStringLiteral("telegram_owner"), QStringLiteral("7:same"), [](const QString &) {});
        BridgeHost host(t.book(), secrets);
        host.prepare();
        QVERIFY(host.supervisor());
        for (const OwnerChannelStatus &s : host.supervisor()->ownerStatuses())
            QVERIFY(s.channel != Channel::Telegram);
        // Settings says why, in the assistant's row.
        QVERIFY(host.assistantProblem().contains(QStringLiteral("@BotFather")));

        secrets.write(QStringLiteral("telegram_owner"), QStringLiteral("8:owner"), [](const QString &) {});
        host.prepare();
        bool telegramOwner = false;
        for (const OwnerChannelStatus &s : host.supervisor()->ownerStatuses())
            telegramOwner = telegramOwner || (s.channel == Channel::Telegram && s.configured);
        QVERIFY(telegramOwner);
        QVERIFY(host.assistantProblem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_BridgeConfig)
#include "tst_bridgeconfig.moc"
