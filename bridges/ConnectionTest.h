#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

class QNetworkAccessManager;

namespace duedesk {

// "Test connection" for a channel's settings. The fields are the channel's non-secret settings as stored in
// the book, by their short key:
//   email:    smtp_host, smtp_port          (connects and waits for the server's "220" greeting)
//   telegram: api_base                      (asks getMe with the bot token)
//   whatsapp: api_base, phone_number_id     (reads the phone number with the access token)
//   sms:      api_base, account_sid         (reads the account with the auth token)
// Results arrive once per test() through finished(), with a translated message that never contains the secret.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void test(const QString &channel, const QVariantMap &fields, const QString &secret) = 0;

signals:
    void finished(const QString &channel, bool ok, const QString &message);
};

// The real checks, over the network, each given up after timeoutMs.
class NetworkConnectionTester : public ConnectionTester
{
    Q_OBJECT
public:
    explicit NetworkConnectionTester(QObject *parent = nullptr);
    void test(const QString &channel, const QVariantMap &fields, const QString &secret) override;
    void setTimeout(int ms) { m_timeoutMs = ms; }

    static QString defaultApiBase(const QString &channel);

private:
    void testSmtp(const QVariantMap &fields);
    void testHttp(const QString &channel, const QVariantMap &fields, const QString &secret);

    QNetworkAccessManager *m_network = nullptr;
    int m_timeoutMs = 10000;
};

} // namespace duedesk
