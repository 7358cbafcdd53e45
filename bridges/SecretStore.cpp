#include "SecretStore.h"

#include <qt6keychain/keychain.h>

namespace duedesk {

namespace {

const QString kService = QStringLiteral("app.duedesk.DueDesk");

QString keyFor(const QString &name)
{
    return QStringLiteral("channel.") + name;
}

} // namespace

QByteArray KeychainSecretStore::environmentVariable(const QString &name)
{
    return "DUEDESK_" + name.toUpper().toLatin1() + "_TOKEN";
}

void KeychainSecretStore::read(const QString &name, const ReadDone &done)
{
    const QByteArray fromEnvironment = qgetenv(environmentVariable(name).constData());
    if (!fromEnvironment.isEmpty()) {
        done(QString::fromUtf8(fromEnvironment));
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(keyFor(name));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (readJob->error() == QKeychain::NoError)
            done(readJob->textData());
        else if (readJob->error() == QKeychain::EntryNotFound)
            done(QString());
        else
            done(Result<QString>::failure(tr("Cannot read from the system keychain: %1").arg(readJob->errorString())));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &name, const QString &secret, const WriteDone &done)
{
    QKeychain::Job *job = nullptr;
    if (secret.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(kService);
    } else {
        auto *writeJob = new QKeychain::WritePasswordJob(kService);
        writeJob->setTextData(secret);
        job = writeJob;
    }
    job->setAutoDelete(true);
    job->setKey(keyFor(name));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : tr("Cannot store the secret in the system keychain: %1").arg(finished->errorString()));
    });
    job->start();
}

void EnvironmentSecretStore::read(const QString &name, const ReadDone &done)
{
    done(QString::fromUtf8(qgetenv(KeychainSecretStore::environmentVariable(name).constData())));
}

void EnvironmentSecretStore::write(const QString &name, const QString &, const WriteDone &done)
{
    done(tr("Secrets cannot be stored in a headless run: set %1 in the environment instead.")
             .arg(QString::fromLatin1(KeychainSecretStore::environmentVariable(name))));
}

void MemorySecretStore::write(const QString &name, const QString &secret, const WriteDone &done)
{
    if (secret.isEmpty())
        m_secrets.remove(name);
    else
        m_secrets.insert(name, secret);
    done(QString());
}

} // namespace duedesk
