#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>

namespace duedesk {

// Where channel secrets (mail password, bot and API tokens) live: never in the book, the settings or a log.
// Calls answer once, on the store's thread, and may answer before they return.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(const Result<QString> &secret)>;   // empty: no secret stored
    using WriteDone = std::function<void(const QString &error)>;            // empty: stored

    using QObject::QObject;
    virtual void read(const QString &name, const ReadDone &done) = 0;
    // An empty secret removes the entry.
    virtual void write(const QString &name, const QString &secret, const WriteDone &done) = 0;
};

// The OS keychain through QtKeychain (service "app.duedesk.DueDesk", key "channel.<name>"). For headless runs
// DUEDESK_<NAME>_TOKEN (DUEDESK_TELEGRAM_TOKEN) in the environment wins over the keychain when reading.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    static QByteArray environmentVariable(const QString &name);   // "telegram" -> "DUEDESK_TELEGRAM_TOKEN"
    void read(const QString &name, const ReadDone &done) override;
    void write(const QString &name, const QString &secret, const WriteDone &done) override;
};

// Secrets from the environment only (DUEDESK_<NAME>_TOKEN), for headless runs (`duedesk-cli run`) where no
// keychain may be reachable; writing is refused.
class EnvironmentSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &name, const ReadDone &done) override;
    void write(const QString &name, const QString &secret, const WriteDone &done) override;
};

// Secrets kept in memory only, for tests and for a session without a keychain.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString &name, const ReadDone &done) override { done(m_secrets.value(name)); }
    void write(const QString &name, const QString &secret, const WriteDone &done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace duedesk
