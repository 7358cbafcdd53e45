// The OS keychain through QtKeychain: a secret written, read back and removed. ctest runs this program inside a
// private D-Bus session with a fresh, unlocked gnome-keyring (with-keyring.sh), never against the user's keyring.

#include <SecretStore.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QtTest>

using namespace duedesk;

class tst_Keychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSecretRoundTripsThroughTheKeychain()
    {
        // ctest runs this program only inside tests/bridges/with-keyring.sh; without a session bus it fails.
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "No D-Bus session: run this test through tests/bridges/with-keyring.sh (dbus-run-session + gnome-keyring).");
        KeychainSecretStore store;
        const QString name = QStringLiteral("test-%1").arg(QCoreApplication::applicationPid());
        QSignalSpy done(this, &QObject::objectNameChanged);   // any signal will do to wait on
        QString writeError = QStringLiteral("pending");
        store.write(name, QStringLiteral("s3cret-value"), [&](const QString &error) {
            writeError = error;
            setObjectName(QStringLiteral("written"));
        });
        QVERIFY(done.wait(10000));
        QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
        QString readBack;
        store.read(name, [&](const Result<QString> &secret) {
            readBack = secret ? *secret : secret.error();
            setObjectName(QStringLiteral("read"));
        });
        QVERIFY(done.wait(10000));
        QCOMPARE(readBack, QStringLiteral("s3cret-value"));
        store.write(name, QString(), [&](const QString &) { setObjectName(QStringLiteral("removed")); });
        QVERIFY(done.wait(10000));
        store.read(name, [&](const Result<QString> &secret) {
            readBack = secret ? *secret : secret.error();
            setObjectName(QStringLiteral("read again"));
        });
        QVERIFY(done.wait(10000));
        QCOMPARE(readBack, QString());
    }
};

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
