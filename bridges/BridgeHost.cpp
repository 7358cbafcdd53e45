#include "BridgeHost.h"

#include "SecretStore.h"
#include "WeeklySnapshotSender.h"

#include <Book.h>

#include <memory>

namespace duedesk {

BridgeHost::BridgeHost(Book &book, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_book(book)
    , m_secrets(secrets)
{
    // At most one "read the book again" a second, however busy the bridges are.
    m_changed.setSingleShot(true);
    m_changed.setInterval(1000);
    connect(&m_changed, &QTimer::timeout, this, &BridgeHost::bookChanged);
}

BridgeHost::~BridgeHost()
{
    stop();
}

void BridgeHost::readSecrets(std::function<void()> then)
{
    const int generation = ++m_generation;
    auto values = std::make_shared<QHash<QString, QString>>();
    auto left = std::make_shared<int>(int(BridgeConfig::secretNames().size()));
    for (const QString &name : BridgeConfig::secretNames()) {
        m_secrets.read(name, [this, generation, values, left, name, then](const Result<QString> &secret) {
            // A keychain that cannot be read leaves that channel not configured; its row in Settings says why.
            if (secret && !secret->isEmpty())
                values->insert(name, *secret);
            if (--*left > 0 || generation != m_generation)
                return;
            m_secretValues = *values;
            then();
        });
    }
}

void BridgeHost::build()
{
    m_config = BridgeConfig::fromBook(m_book, m_secretValues);
    BridgeConfig &config = m_config;
    if (!m_longPolling) {
        config.telegram.pollTimeoutSeconds = 0;
        config.ownerTelegram.pollTimeoutSeconds = 0;
    }
    m_supervisor = std::make_unique<BridgeSupervisor>(m_book);
    m_supervisor->addBridge(std::make_unique<TelegramBridge>(m_book, config.telegram));
    m_supervisor->addBridge(std::make_unique<WhatsAppBridge>(m_book, config.whatsapp));
    // One bot token can have one getUpdates reader: the same bot for clients and for the owner would take each
    // other's messages. The owner is told so in Settings (the assistant's row stays "not running").
    m_assistantProblem.clear();
    if (!config.ownerTelegram.token.isEmpty() && config.ownerTelegram.token == config.telegram.token) {
        m_supervisor->log().warning(QStringLiteral("owner_bot_same_as_business_bot"));
        m_assistantProblem = tr("Your assistant needs a Telegram bot of its own: this token is your business bot's, "
                                "which your clients write to. Create a second bot with @BotFather.");
    } else {
        m_supervisor->addOwnerChannel(std::make_unique<TelegramOwnerBot>(m_book, config.ownerTelegram));
    }
    // The owner may also pair their own WhatsApp with the business number; Telegram comes first for the snapshot.
    m_supervisor->addOwnerChannel(std::make_unique<WhatsAppOwnerChannel>(m_book, config.ownerWhatsApp));

    m_snapshots = std::make_unique<WeeklySnapshotSender>(m_book, m_supervisor->ownerChannels());
    WeeklySnapshotSender *snapshots = m_snapshots.get();
    connect(snapshots, &WeeklySnapshotSender::finished, this,
            [this](const QDate &, bool scheduled, bool ok, const QString &error) {
                if (!scheduled)
                    Q_EMIT snapshotSent(ok, error);
            },
            Qt::QueuedConnection);
    m_supervisor->addRoundTask([snapshots] { snapshots->check(); },
                               [snapshots] { return snapshots->pendingCount() > 0; }, snapshots);

    connect(m_supervisor.get(), &BridgeSupervisor::statusChanged, this, &BridgeHost::statusesChanged,
            Qt::QueuedConnection);
    connect(m_supervisor.get(), &BridgeSupervisor::ownerStatusChanged, this, &BridgeHost::statusesChanged,
            Qt::QueuedConnection);
    connect(m_supervisor.get(), &BridgeSupervisor::activity, this, [this] {
        if (!m_changed.isActive())
            m_changed.start();
    }, Qt::QueuedConnection);
}

void BridgeHost::prepare()
{
    stop();
    bool done = false;
    readSecrets([this, &done] {
        build();
        done = true;
    });
    Q_ASSERT_X(done, "BridgeHost::prepare", "the secret store must answer at once");
}

bool BridgeHost::startWebhook(QString *error)
{
    if (!m_config.hasWebhook())
        return true;
    m_webhook = std::make_unique<WhatsAppWebhookServer>(m_book, m_config.webhook);
    if (!m_webhook->listen()) {
        *error = m_webhook->error();
        m_webhook.reset();
        return false;
    }
    connect(m_webhook.get(), &WhatsAppWebhookServer::inboundRecorded, this, [this] {
        if (!m_changed.isActive())
            m_changed.start();
    });
    if (m_config.hasRelay()) {
        RelayClient::Settings relay = m_config.relay;
        relay.webhookUrl = m_webhook->url();
        m_relay = std::make_unique<RelayClient>(relay);
        connect(m_relay.get(), &RelayClient::problem, this, &BridgeHost::problem);
        m_relay->start();
    }
    return true;
}

void BridgeHost::start()
{
    stop();
    readSecrets([this] {
        build();
        QString error;
        if (!startWebhook(&error))
            Q_EMIT problem(error);
        m_supervisor->start();
        Q_EMIT statusesChanged();
        Q_EMIT started();
    });
}

void BridgeHost::stop()
{
    ++m_generation;
    if (m_relay)
        m_relay->stop();
    m_relay.reset();
    m_webhook.reset();
    if (m_supervisor)
        m_supervisor->stop();
    m_supervisor.reset();
    m_snapshots.reset(); // back on this thread since stop()
}

bool BridgeHost::isRunning() const
{
    return m_supervisor && m_supervisor->isRunning();
}

QList<ChannelStatus> BridgeHost::statuses() const
{
    return m_supervisor ? m_supervisor->statuses() : QList<ChannelStatus>();
}

QList<OwnerChannelStatus> BridgeHost::ownerStatuses() const
{
    return m_supervisor ? m_supervisor->ownerStatuses() : QList<OwnerChannelStatus>();
}

bool BridgeHost::sendSnapshotNow()
{
    if (!isRunning() || !m_snapshots)
        return false;
    WeeklySnapshotSender *snapshots = m_snapshots.get();
    // On the bridges' thread, where the sender and the owner's chat live.
    QMetaObject::invokeMethod(snapshots, [this, snapshots] {
        QString error;
        if (!snapshots->sendNow(&error))
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT snapshotSent(false, error); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return true;
}

} // namespace duedesk
