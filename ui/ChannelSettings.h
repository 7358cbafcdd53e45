#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace duedesk {

class Book;
class BridgeHost;
class ConnectionTester;
class SecretStore;

// Settings > Channels: one row per channel (email, Telegram, WhatsApp, SMS) with its non-secret fields (stored
// in the book as "channel.<channel>.<field>"), whether its secret is in the keychain (the secret itself never
// reaches the book, the settings, QML or a log), "test connection" and a status line.
//
// The keychain and the network sit behind SecretStore and ConnectionTester (bridges); by default the real ones,
// replaceable with setServices() in tests. Nothing touches the keychain until refresh().
class ChannelSettings : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,   // "email"
        TitleRole,                     // "Email"
        DescriptionRole,               // what the channel needs, in a sentence
        FieldsRole,                    // [{key, label, value, placeholder}]
        SecretLabelRole,               // "Password", "Bot token"
        SecretInSentenceRole,          // the same, for use inside a sentence ("password"; German keeps "Passwort")
        HasSecretRole,                 // a secret is stored
        ConfiguredRole,                // every required field and the secret are there
        StatusRole,                    // "Not set up", "Connected: …", "Last test failed: …"
        StatusKindRole,                // "none", "ready", "ok", "error"
        TestingRole,                   // a test is running
        LiveStatusRole,                // what the running bridge is doing now ("Sending…"); empty when not running
        LiveKindRole,                  // "none", "ok", "busy", "error"
        OwnerRole,                     // the row is the owner's assistant, not a way to reach clients
        CanTestRole,                   // "test connection" means something for this row
    };
    Q_ENUM(Role)

    explicit ChannelSettings(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~ChannelSettings() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the keychain and the tester (not owned; they must outlive this model or be removed first).
    void setServices(SecretStore *secrets, ConnectionTester *tester);
    // The running bridges, for the live status of each row (not owned; null: not running, e.g. in tests).
    void setBridgeHost(BridgeHost *host);
    SecretStore *secretStore() const { return m_secrets; }

    // Re-reads the fields from the book and asks the keychain which secrets are stored.
    Q_INVOKABLE void refresh();
    // Stores one field in the book. False (with the row's status saying why) for an unknown field.
    Q_INVOKABLE bool setField(int row, const QString &field, const QString &value);
    // Stores the secret in the keychain (an empty one removes it).
    Q_INVOKABLE void setSecret(int row, const QString &secret);
    // Checks the row's settings against the service; the status line says how it went.
    Q_INVOKABLE void testConnection(int row);

Q_SIGNALS:
    // A secret was stored (or failed to be) and a test finished: for tests and the status line.
    void secretStored(int row, bool ok);
    void tested(int row, bool ok);
    // A field or a secret changed: running bridges should start again with the new settings.
    void settingsChanged();

private:
    struct Field {
        QString key;
        QString label;
        QString placeholder;
        bool required = true;
    };
    struct Row {
        QString key;
        QString title;
        QString description;
        QString secretLabel;
        QList<Field> fields;
        bool owner = false;          // the owner's assistant
        bool hasSecret = false;
        bool testing = false;
        QString lastCheck;   // "ok|<iso time>|<message>" as stored in the book
    };

    QString settingKey(const Row &row, const QString &field) const;
    QVariantMap fieldValues(const Row &row) const;
    bool configured(const Row &row) const;
    QString status(const Row &row, QString *kind) const;
    QString liveStatus(const Row &row, QString *kind) const;
    void rowChanged(int row);
    void finishTest(const QString &channel, bool ok, const QString &message);
    int rowOf(const QString &channel) const;

    std::shared_ptr<Book> m_book;
    QList<Row> m_rows;
    SecretStore *m_secrets = nullptr;
    ConnectionTester *m_tester = nullptr;
    QPointer<BridgeHost> m_host;
};

} // namespace duedesk
