#include "ChannelSettings.h"
#include "SentenceCase.h"

#include <Book.h>
#include <Clock.h>
#include <BridgeHost.h>
#include <ConnectionTest.h>
#include <SecretStore.h>

#include <QLocale>

#include <algorithm>

namespace duedesk {

ChannelSettings::ChannelSettings(std::shared_ptr<Book> book, QObject *parent)
    : QAbstractListModel(parent)
    , m_book(std::move(book))
{
    m_rows = {
        {QStringLiteral("email"), tr("Email"),
         tr("Sends reminders from your own mailbox and reads the answers. Your email provider lists these settings."),
         tr("Password"),
         {{QStringLiteral("smtp_host"), tr("Outgoing server (SMTP)"), QStringLiteral("smtp.example.com"), true},
          {QStringLiteral("smtp_port"), tr("Outgoing port"), QStringLiteral("587"), true},
          {QStringLiteral("imap_host"), tr("Incoming server (IMAP)"), QStringLiteral("imap.example.com"), false},
          {QStringLiteral("imap_port"), tr("Incoming port"), QStringLiteral("993"), false},
          {QStringLiteral("username"), tr("User name"), QStringLiteral("you@example.com"), true},
          {QStringLiteral("from_address"), tr("Send as"), QStringLiteral("accounts@example.com"), true}},
         false, false, false, {}},
        {QStringLiteral("telegram"), tr("Telegram"),
         tr("Sends reminders from your business's Telegram bot. @BotFather gives you its token."), tr("Bot token"),
         {{QStringLiteral("api_base"), tr("Server address"), NetworkConnectionTester::defaultApiBase(QStringLiteral("telegram")), false}},
         false, false, false, {}},
        {QStringLiteral("whatsapp"), tr("WhatsApp"),
         tr("Sends reminders through the WhatsApp Business platform, with an access token from Meta."), tr("Access token"),
         {{QStringLiteral("phone_number_id"), tr("Phone number ID"), QStringLiteral("123456789012345"), true},
          {QStringLiteral("api_base"), tr("Server address"), NetworkConnectionTester::defaultApiBase(QStringLiteral("whatsapp")), false}},
         false, false, false, {}},
        {QStringLiteral("sms"), tr("Text messages"),
         tr("Sends text messages through your SMS provider's account."), tr("Auth token"),
         {{QStringLiteral("account_sid"), tr("Account ID"), QStringLiteral("AC…"), true},
          {QStringLiteral("from_number"), tr("Send from number"), QStringLiteral("+44 7700 900123"), true},
          {QStringLiteral("api_base"), tr("Server address"), NetworkConnectionTester::defaultApiBase(QStringLiteral("sms")), false}},
         false, false, false, {}},
        // Replies from WhatsApp come as signed webhooks: checked with the app's secret, straight from Meta or
        // through duedesk-relay on a public server (the desktop is rarely reachable from the internet).
        {QStringLiteral("whatsapp_app_secret"), tr("WhatsApp replies"),
         tr("Meta sends replies and delivery reports to a webhook, signed with your app's secret. Enter the secret "
            "and the verify token you chose in Meta's dashboard."),
         tr("App secret"),
         {{QStringLiteral("verify_token"), tr("Verify token"), QString(), true},
          {QStringLiteral("webhook_port"), tr("Local port"), QStringLiteral("8480"), false}},
         false, false, false, {}},
        {QStringLiteral("relay"), tr("Relay for WhatsApp replies"),
         tr("If this computer cannot be reached from the internet, run duedesk-relay on a server: it receives "
            "Meta's webhook and passes it on here. Enter its address and the key you gave it."),
         tr("Relay key"),
         {{QStringLiteral("url"), tr("Relay address"), QStringLiteral("wss://relay.example.com/desktop"), true}},
         false, false, false, {}},
        // The second identity: a bot that talks only to the owner, never to clients.
        {QStringLiteral("telegram_owner"), tr("Your assistant on Telegram"),
         tr("A second Telegram bot that talks only to you: it brings you reminders to approve with one tap, takes "
            "requests like “Rachel paid” and sends your weekly cash summary. Create it with @BotFather, separate from "
            "the bot your clients use."),
         tr("Bot token"),
         {{QStringLiteral("api_base"), tr("Server address"), NetworkConnectionTester::defaultApiBase(QStringLiteral("telegram")), false}},
         true, false, false, {}},
    };
    setServices(new KeychainSecretStore(this), new NetworkConnectionTester(this));
    for (Row &row : m_rows)
        row.lastCheck = m_book->setting(settingKey(row, QStringLiteral("last_check")));
}

ChannelSettings::~ChannelSettings() = default;

void ChannelSettings::setServices(SecretStore *secrets, ConnectionTester *tester)
{
    if (m_tester)
        disconnect(m_tester, nullptr, this, nullptr);
    m_secrets = secrets;
    m_tester = tester;
    connect(m_tester, &ConnectionTester::finished, this, &ChannelSettings::finishTest);
}

int ChannelSettings::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChannelSettings::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case KeyRole:
        return row.key;
    case DescriptionRole:
        return row.description;
    case FieldsRole: {
        QVariantList fields;
        for (const Field &f : row.fields)
            fields.append(QVariantMap{{QStringLiteral("key"), f.key},
                                      {QStringLiteral("label"), f.label},
                                      {QStringLiteral("placeholder"), f.placeholder},
                                      {QStringLiteral("value"), m_book->setting(settingKey(row, f.key))}});
        return fields;
    }
    case SecretLabelRole:
        return row.secretLabel;
    case SecretInSentenceRole:
        return inSentence(row.secretLabel);
    case HasSecretRole:
        return row.hasSecret;
    case ConfiguredRole:
        return configured(row);
    case StatusRole:
    case StatusKindRole: {
        QString kind;
        const QString text = status(row, &kind);
        return role == StatusRole ? text : kind;
    }
    case TestingRole:
        return row.testing;
    case LiveStatusRole:
    case LiveKindRole: {
        QString kind;
        const QString text = liveStatus(row, &kind);
        return role == LiveStatusRole ? text : kind;
    }
    case OwnerRole:
        return row.owner;
    case CanTestRole:
        return row.key != QLatin1String("whatsapp_app_secret") && row.key != QLatin1String("relay");
    default:
        return {};
    }
}

QHash<int, QByteArray> ChannelSettings::roleNames() const
{
    return {{KeyRole, "key"},           {TitleRole, "title"},          {DescriptionRole, "description"},
            {FieldsRole, "fields"},     {SecretLabelRole, "secretLabel"},
            {SecretInSentenceRole, "secretInSentence"}, {HasSecretRole, "hasSecret"},
            {ConfiguredRole, "configured"}, {StatusRole, "status"},     {StatusKindRole, "statusKind"},
            {TestingRole, "testing"}, {LiveStatusRole, "liveStatus"}, {LiveKindRole, "liveKind"},
            {OwnerRole, "owner"}, {CanTestRole, "canTest"}};
}

void ChannelSettings::refresh()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].lastCheck = m_book->setting(settingKey(m_rows.at(i), QStringLiteral("last_check")));
        rowChanged(i);
        const QString key = m_rows.at(i).key;
        m_secrets->read(key, [this, key](const Result<QString> &secret) {
            const int row = rowOf(key);
            m_rows[row].hasSecret = secret && !secret->isEmpty();
            // The keychain cannot be read (no keyring running): say so instead of "not set up".
            if (!secret)
                m_rows[row].lastCheck = QStringLiteral("error||") + secret.error();
            rowChanged(row);
        });
    }
}

bool ChannelSettings::setField(int row, const QString &field, const QString &value)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Row &r = m_rows[row];
    const auto known = std::any_of(r.fields.cbegin(), r.fields.cend(), [&](const Field &f) { return f.key == field; });
    if (!known || !m_book->setSetting(settingKey(r, field), value.trimmed()))
        return false;
    // A result from before the change says nothing about the new settings.
    r.lastCheck.clear();
    m_book->setSetting(settingKey(r, QStringLiteral("last_check")), QString());
    rowChanged(row);
    Q_EMIT settingsChanged();
    return true;
}

void ChannelSettings::setSecret(int row, const QString &secret)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const QString key = m_rows.at(row).key;
    m_secrets->write(key, secret, [this, key, stored = !secret.isEmpty()](const QString &error) {
        const int r = rowOf(key);
        Row &changed = m_rows[r];
        if (error.isEmpty())
            changed.hasSecret = stored;
        changed.lastCheck = error.isEmpty() ? QString() : QStringLiteral("error||") + error;
        m_book->setSetting(settingKey(changed, QStringLiteral("last_check")), changed.lastCheck);
        rowChanged(r);
        Q_EMIT secretStored(r, error.isEmpty());
        if (error.isEmpty())
            Q_EMIT settingsChanged();
    });
}

void ChannelSettings::testConnection(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).testing)
        return;
    m_rows[row].testing = true;
    rowChanged(row);
    const QString key = m_rows.at(row).key;
    m_secrets->read(key, [this, key](const Result<QString> &secret) {
        if (!secret) {
            finishTest(key, false, secret.error());
            return;
        }
        m_tester->test(key, fieldValues(m_rows.at(rowOf(key))), *secret);
    });
}

void ChannelSettings::finishTest(const QString &channel, bool ok, const QString &message)
{
    const int r = rowOf(channel);
    if (r < 0)
        return;
    Row &row = m_rows[r];
    row.testing = false;
    row.lastCheck = (ok ? QStringLiteral("ok|") : QStringLiteral("error|"))
                  + m_book->clock().now().toString(Qt::ISODate) + QLatin1Char('|') + message;
    m_book->setSetting(settingKey(row, QStringLiteral("last_check")), row.lastCheck);
    rowChanged(r);
    Q_EMIT tested(r, ok);
}

QString ChannelSettings::settingKey(const Row &row, const QString &field) const
{
    return QStringLiteral("channel.") + row.key + QLatin1Char('.') + field;
}

QVariantMap ChannelSettings::fieldValues(const Row &row) const
{
    QVariantMap values;
    for (const Field &f : row.fields)
        values.insert(f.key, m_book->setting(settingKey(row, f.key)));
    return values;
}

bool ChannelSettings::configured(const Row &row) const
{
    if (!row.hasSecret)
        return false;
    return std::all_of(row.fields.cbegin(), row.fields.cend(), [&](const Field &f) {
        return !f.required || !m_book->setting(settingKey(row, f.key)).isEmpty();
    });
}

QString ChannelSettings::status(const Row &row, QString *kind) const
{
    if (row.testing) {
        *kind = QStringLiteral("none");
        return tr("Testing the connection…");
    }
    const QString result = row.lastCheck.section(QLatin1Char('|'), 0, 0);
    const QDateTime at = QDateTime::fromString(row.lastCheck.section(QLatin1Char('|'), 1, 1), Qt::ISODate);
    const QString message = row.lastCheck.section(QLatin1Char('|'), 2);
    const QString when = at.isValid() ? m_book->locale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
    if (result == QLatin1String("error")) {
        *kind = QStringLiteral("error");
        return when.isEmpty() ? message : tr("Last test failed (%1): %2").arg(when, message);
    }
    if (!configured(row)) {
        *kind = QStringLiteral("none");
        return row.hasSecret ? tr("Not set up: fill in the fields marked as needed.")
                             : tr("Not set up: the %1 is missing.").arg(inSentence(row.secretLabel));
    }
    if (result == QLatin1String("ok")) {
        *kind = QStringLiteral("ok");
        return tr("Working (tested %1): %2").arg(when, message);
    }
    *kind = QStringLiteral("ready");
    return tr("Set up, not tested yet.");
}

void ChannelSettings::setBridgeHost(BridgeHost *host)
{
    if (m_host)
        disconnect(m_host, nullptr, this, nullptr);
    m_host = host;
    if (m_host)
        connect(m_host, &BridgeHost::statusesChanged, this, [this] {
            for (int i = 0; i < m_rows.size(); ++i)
                rowChanged(i);
        });
}

QString ChannelSettings::liveStatus(const Row &row, QString *kind) const
{
    *kind = QStringLiteral("none");
    if (!m_host || !m_host->isRunning())
        return {};
    const QLocale locale = m_book->locale();
    const auto at = [&](const QDateTime &t) { return locale.toString(t.toLocalTime().time(), QLocale::ShortFormat); };
    if (row.owner) {
        if (!m_host->assistantProblem().isEmpty()) {
            *kind = QStringLiteral("error");
            return m_host->assistantProblem();
        }
        for (const OwnerChannelStatus &s : m_host->ownerStatuses()) {
            if (s.channel != Channel::Telegram) // this row is the assistant's Telegram bot
                continue;
            if (!s.configured)
                return {};
            if (!s.lastError.isEmpty()) {
                *kind = QStringLiteral("error");
                return tr("Your assistant cannot reach Telegram: %1").arg(s.lastError);
            }
            *kind = s.paired ? QStringLiteral("ok") : QStringLiteral("busy");
            return s.paired ? tr("Paired with your phone: reminders to approve and your weekly summary go there.")
                            : tr("Running, not paired yet: press “Pair my phone” below.");
        }
        return {};
    }
    const auto channel = channelFromKey(row.key);
    if (!channel)
        return {};
    for (const ChannelStatus &s : m_host->statuses()) {
        if (s.channel != *channel)
            continue;
        switch (s.state) {
        case ChannelStatus::State::NotConfigured:
            return {};
        case ChannelStatus::State::Sending:
            *kind = QStringLiteral("busy");
            return tr("Sending now…");
        case ChannelStatus::State::BackingOff:
            *kind = QStringLiteral("busy");
            return s.lastError.isEmpty() ? tr("Waiting until %1 before sending again.").arg(at(s.until))
                                         : tr("Waiting until %1 before sending again: %2").arg(at(s.until), s.lastError);
        case ChannelStatus::State::CircuitOpen:
            *kind = QStringLiteral("error");
            return tr("Paused until %1 after repeated failures: %2").arg(at(s.until), s.lastError);
        case ChannelStatus::State::Idle:
            *kind = QStringLiteral("ok");
            return s.sent > 0 ? tr("Running: %n message(s) sent since DueDesk started.", nullptr, s.sent)
                              : tr("Running: nothing waiting to be sent.");
        }
    }
    return {};
}

void ChannelSettings::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row), index(row));
}

int ChannelSettings::rowOf(const QString &channel) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == channel)
            return i;
    return -1;
}

} // namespace duedesk
