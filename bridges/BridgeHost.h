#pragma once

#include "BridgeConfig.h"
#include "BridgeSupervisor.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace duedesk {

class Book;
class SecretStore;

// The bridges of a running DueDesk, as configured in the book: reads the secrets (keychain, or the environment
// in headless runs), builds a BridgeSupervisor with the business channels, the owner's assistant and the weekly
// snapshot, and runs it on its worker thread. The desktop keeps one for its whole session and restarts it when
// Settings > Channels change; `duedesk-cli run` uses the same wiring.
//
// A channel without its secret or fields is simply not configured: its messages stay queued and its status says
// so. Statuses are snapshots, safe to read from any thread; statusesChanged() is emitted on the host's thread.
class BridgeHost : public QObject
{
    Q_OBJECT
public:
    BridgeHost(Book &book, SecretStore &secrets, QObject *parent = nullptr);
    ~BridgeHost() override;

    // Reads the secrets and starts the supervisor (asynchronously: started() follows), and the WhatsApp webhook
    // and relay client when configured. Restarting stops first.
    void start();
    void stop();
    bool isRunning() const;

    QList<ChannelStatus> statuses() const;
    QList<OwnerChannelStatus> ownerStatuses() const;
    // Why the owner's Telegram assistant is not running although its token is set (translated; empty otherwise).
    QString assistantProblem() const { return m_assistantProblem; }

    // The supervisor, built from the book and the secrets read: the CLI's `run --once` calls runOnce() on it.
    // Null before the secrets are read.
    BridgeSupervisor *supervisor() const { return m_supervisor.get(); }
    // Builds the supervisor on the calling thread without starting it (for runOnce()); secrets must answer at
    // once (the environment store does).
    void prepare();

    // The WhatsApp webhook while running (null when no app secret is configured), for the log line and tests.
    WhatsAppWebhookServer *webhook() const { return m_webhook.get(); }
    // Starts the WhatsApp webhook (and the relay client) on this thread, if configured; false with *error when the
    // port cannot be had. start() calls it; `run` without --once calls it after prepare().
    bool startWebhook(QString *error);

    // Sends this week's cash snapshot to the owner's paired chat now ("Send to my chat now"); false when no owner
    // chat is paired or the bridges are not running.
    bool sendSnapshotNow();

    // For duedesk-cli run --once: the owner's bot answers at once instead of long polling.
    void setLongPolling(bool on) { m_longPolling = on; }

Q_SIGNALS:
    void started();
    void statusesChanged();
    // A snapshot asked for with sendSnapshotNow() went out (or not); on the host's thread.
    void snapshotSent(bool ok, const QString &error);
    // Something written to the book on the bridges' thread that the desktop shows (the owner approved a draft in
    // the chat, a reply came in); on the host's thread, at most once per poll round.
    void bookChanged();
    // The relay or the webhook needs the owner (wrong relay key, port taken); translated, without secrets.
    void problem(const QString &message);

private:
    void readSecrets(std::function<void()> then);
    void build();

    Book &m_book;
    SecretStore &m_secrets;
    QHash<QString, QString> m_secretValues;
    std::unique_ptr<BridgeSupervisor> m_supervisor;
    std::unique_ptr<class WeeklySnapshotSender> m_snapshots; // on the bridges' thread while they run
    std::unique_ptr<WhatsAppWebhookServer> m_webhook;         // on this thread
    std::unique_ptr<RelayClient> m_relay;                     // on this thread
    BridgeConfig m_config;
    bool m_longPolling = true;
    QString m_assistantProblem;
    QTimer m_changed;
    int m_generation = 0; // a start() that was superseded ignores its late secrets
};

} // namespace duedesk
