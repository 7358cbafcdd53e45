#include "ClientDetails.h"

#include "BillListModel.h"
#include "ClientListModel.h"

#include <Aging.h>
#include <Book.h>
#include <ChaseEngine.h>
#include <ClientDso.h>
#include <Clock.h>
#include <DraftComposer.h>
#include <Money.h>
#include <PhoneNumber.h>
#include <PolicyRepository.h>
#include <Repositories.h>
#include <SqlValues.h>

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace duedesk {

Q_LOGGING_CATEGORY(lcClientDetails, "duedesk.ui.client")

namespace {

const QString owner = QStringLiteral("owner");

QDateTime storedDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString channelText(const QString &key)
{
    const std::optional<Channel> channel = channelFromKey(key);
    return channel ? channelDisplayName(*channel) : key;
}

// The state of an outbound message, for the owner.
QString deliveryText(const QString &state)
{
    if (state == QLatin1String("queued"))
        return ClientDetails::tr("Approved, waiting to be sent");
    if (state == QLatin1String("sending"))
        return ClientDetails::tr("Sending");
    if (state == QLatin1String("sent"))
        return ClientDetails::tr("Sent");
    if (state == QLatin1String("delivered"))
        return ClientDetails::tr("Delivered");
    if (state == QLatin1String("read"))
        return ClientDetails::tr("Read");
    if (state == QLatin1String("failed"))
        return ClientDetails::tr("Could not be sent");
    if (state == QLatin1String("uncertain"))
        return ClientDetails::tr("May not have arrived: please check");
    return {};
}

// What DueDesk understood a client's message to say.
QString intentText(const QString &intent)
{
    if (intent == QLatin1String("paid"))
        return ClientDetails::tr("Says it is paid");
    if (intent == QLatin1String("promise"))
        return ClientDetails::tr("Promises to pay");
    if (intent == QLatin1String("dispute"))
        return ClientDetails::tr("Disputes the bill");
    if (intent == QLatin1String("invoice_copy"))
        return ClientDetails::tr("Asks for a copy of the bill");
    if (intent == QLatin1String("payment_plan"))
        return ClientDetails::tr("Asks to pay in instalments");
    if (intent == QLatin1String("stop"))
        return ClientDetails::tr("Asks for no more messages");
    if (intent == QLatin1String("wrong_person"))
        return ClientDetails::tr("Says it is the wrong person");
    if (intent == QLatin1String("other"))
        return ClientDetails::tr("Not understood: handed to you");
    return {};
}

QString phoneDisplay(const QString &e164, const QString &region)
{
    return e164.isEmpty() ? QString() : PhoneNumber::fromE164(e164).displayText(region);
}

} // namespace

ClientDetails::ClientDetails(std::shared_ptr<Book> book, QObject *parent)
    : QObject(parent)
    , m_book(std::move(book))
{
}

ClientDetails::~ClientDetails() = default;

void ClientDetails::setClientId(qint64 clientId)
{
    if (clientId == m_clientId)
        return;
    m_clientId = clientId;
    Q_EMIT clientIdChanged();
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        Q_EMIT lastErrorChanged();
    }
    refresh();
}

QString ClientDetails::segmentText() const
{
    return ClientListModel::segmentText(m_segment);
}

void ClientDetails::clear()
{
    m_name.clear();
    m_company.clear();
    m_flag.clear();
    m_relationshipText.clear();
    m_contacts.clear();
    m_phoneText.clear();
    m_preferredChannelText.clear();
    m_consents.clear();
    m_segment.clear();
    m_segments.clear();
    m_policyChoices.clear();
    m_policyOverrideId = 0;
    m_policyText.clear();
    m_thread.clear();
    m_bills.clear();
    m_billCount = 0;
    m_outstandingText.clear();
    m_overdueText.clear();
    m_dsoDays = 0;
    m_dsoText.clear();
    m_dsoOutstandingText.clear();
    m_dsoSalesText.clear();
}

void ClientDetails::refresh()
{
    const std::optional<ClientRow> client = m_clientId > 0 ? ClientRepository(*m_book).byId(m_clientId) : std::nullopt;
    m_valid = client.has_value();
    clear();
    if (!client) {
        Q_EMIT changed();
        return;
    }
    const QLocale locale = m_book->locale();
    const QString region = m_book->region();
    m_name = client->name;
    m_company = client->company;
    m_segment = segmentKey(client->segment);
    m_relationshipText = client->relationshipStart.isValid()
        ? tr("Client since %1").arg(locale.toString(client->relationshipStart, QStringLiteral("MMMM yyyy")))
        : QString();
    m_preferredChannelText = client->preferredChannel ? channelDisplayName(*client->preferredChannel) : QString();

    // Contacts, phones as the owner dials them from the book's region.
    m_phoneText = phoneDisplay(client->phoneE164, region);
    auto contact = [this](const QString &kind, const QString &label, const QString &value, const QString &warning = {}) {
        m_contacts.append(QVariantMap{{QStringLiteral("kind"), kind},
                                      {QStringLiteral("label"), label},
                                      {QStringLiteral("value"), value},
                                      {QStringLiteral("warning"), warning}});
    };
    if (!client->email.isEmpty())
        contact(QStringLiteral("email"), tr("Email"), client->email);
    if (!client->phoneE164.isEmpty())
        contact(QStringLiteral("phone"), tr("Phone"), m_phoneText, client->phoneWarning);
    if (!client->whatsappId.isEmpty())
        contact(QStringLiteral("whatsapp"), tr("WhatsApp"), phoneDisplay(QLatin1Char('+') + client->whatsappId, region));
    if (!client->telegramChatId.isEmpty())
        contact(QStringLiteral("telegram"), tr("Telegram"), tr("Chat %1").arg(client->telegramChatId));

    // Consent per channel: whether DueDesk may write there now (as the planner decides), and why.
    for (const Channel channel : allChannels()) {
        const auto consent = std::find_if(client->consents.cbegin(), client->consents.cend(),
                                          [channel](const ChannelConsent &c) { return c.channel == channel; });
        const bool hasAddress = !DraftComposer::addressFor(*client, channel).isEmpty();
        QString state = QStringLiteral("none");
        QString stateText;
        if (consent != client->consents.cend() && consent->optedOutAt.isValid()) {
            state = QStringLiteral("out");
            const QString day = locale.toString(consent->optedOutAt.toLocalTime().date(), QLocale::ShortFormat);
            stateText = consent->optedOutBy == owner ? tr("Turned off by you on %1").arg(day)
                                                     : tr("Opted out on %1").arg(day);
        } else if (consent != client->consents.cend() && consent->optedInAt.isValid()) {
            state = QStringLiteral("in");
            const QString day = locale.toString(consent->optedInAt.toLocalTime().date(), QLocale::ShortFormat);
            stateText = consent->optedInBy == owner ? tr("Turned on by you on %1").arg(day)
                                                    : tr("Agreed on %1").arg(day);
        } else {
            stateText = channel == Channel::Email ? tr("Allowed unless the client opts out") : tr("No consent recorded");
        }
        if (!hasAddress)
            stateText = tr("No address for this channel");
        m_consents.append(QVariantMap{{QStringLiteral("channel"), channelKey(channel)},
                                      {QStringLiteral("name"), channelDisplayName(channel)},
                                      {QStringLiteral("allowed"), DraftComposer::channelAllowed(*client, channel)},
                                      {QStringLiteral("state"), state},
                                      {QStringLiteral("stateText"), stateText},
                                      {QStringLiteral("hasAddress"), hasAddress}});
    }

    loadPolicies();
    loadBills();
    loadThread();
    loadFigures();
    Q_EMIT changed();
}

void ClientDetails::loadPolicies()
{
    PolicyRepository policies(*m_book);
    const QList<Policy> all = policies.all();
    const auto nameOf = [&all](qint64 id) {
        const auto it = std::find_if(all.cbegin(), all.cend(), [id](const Policy &p) { return p.id == id; });
        return it == all.cend() ? QString() : it->name;
    };
    const QHash<QString, qint64> defaults = policies.segmentDefaults();
    const std::optional<Policy> standard = policies.byKey(QStringLiteral("standard"));
    const qint64 standardId = standard ? standard->id : 0;
    for (const char *key : {"standard", "new", "vip", "strategic", "government"}) {
        const QString segment = QString::fromLatin1(key);
        m_segments.append(QVariantMap{{QStringLiteral("key"), segment},
                                      {QStringLiteral("text"), ClientListModel::segmentText(segment)},
                                      {QStringLiteral("policyName"), nameOf(defaults.value(segment, standardId))}});
    }

    QSqlQuery q(m_book->database());
    q.prepare(QStringLiteral("SELECT policy_id, flag FROM clients WHERE id = ?"));
    q.addBindValue(m_clientId);
    if (q.exec() && q.next()) {
        m_policyOverrideId = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        m_flag = q.value(1).toString();
    }
    q.finish();
    m_policyText = nameOf(policies.policyIdForClient(m_clientId));
    m_policyChoices.append(QVariantMap{
        {QStringLiteral("policyId"), qint64(0)},
        {QStringLiteral("text"), tr("Segment default (%1)").arg(nameOf(defaults.value(m_segment, standardId)))}});
    for (const Policy &p : all)
        m_policyChoices.append(QVariantMap{{QStringLiteral("policyId"), p.id}, {QStringLiteral("text"), p.name}});
}

void ClientDetails::loadBills()
{
    const QLocale locale = m_book->locale();
    const QDate today = m_book->clock().today();
    QSqlQuery q(m_book->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM bills WHERE client_id = ?"));
    q.addBindValue(m_clientId);
    if (q.exec() && q.next())
        m_billCount = q.value(0).toInt();
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT id, number, amount_minor, paid_minor, currency, due_on, status, "
        "       status IN ('open', 'disputed') AND amount_minor - paid_minor > 0 AS owed "
        "FROM bills WHERE client_id = ? "
        "ORDER BY owed DESC, CASE WHEN owed THEN due_on END, due_on DESC, id DESC LIMIT ?"));
    q.addBindValue(m_clientId);
    q.addBindValue(billLimit);
    if (!q.exec()) {
        qCWarning(lcClientDetails) << "cannot read the client's bills:" << sqlErrorText(q.lastError());
        return;
    }
    while (q.next()) {
        const qint64 amount = q.value(2).toLongLong();
        const QString currency = q.value(4).toString();
        const QDate due = sql::toDate(q.value(5));
        const QString status = q.value(6).toString();
        const bool owed = q.value(7).toBool();
        m_bills.append(QVariantMap{
            {QStringLiteral("billId"), q.value(0).toLongLong()},
            {QStringLiteral("number"), q.value(1).toString()},
            {QStringLiteral("amountText"), Money(amount, currency).toDisplayString(locale)},
            {QStringLiteral("balanceText"), Money(amount - q.value(3).toLongLong(), currency).toDisplayString(locale)},
            {QStringLiteral("dueText"), due.isValid() ? locale.toString(due, QLocale::ShortFormat) : QString()},
            {QStringLiteral("daysOverdue"), due.isValid() ? int(daysOverdue(due, today)) : 0},
            {QStringLiteral("bucket"), owed ? agingBucketKey(agingBucketFor(due, today)) : QString()},
            {QStringLiteral("status"), status},
            {QStringLiteral("statusText"), BillListModel::statusText(status)}});
    }
}

void ClientDetails::loadThread()
{
    struct Message {
        QDateTime at;
        QVariantMap entry;
    };
    QList<Message> messages;
    const QLocale locale = m_book->locale();
    QSqlQuery q(m_book->database());
    q.setForwardOnly(true);

    // Out: what went out, or is on its way (cancelled rows never left).
    q.prepare(QStringLiteral(
        "SELECT o.channel, o.body, o.state, coalesce(o.sent_at, o.updated_at, o.created_at) AS at, b.number "
        "FROM outbox o LEFT JOIN bills b ON b.id = o.bill_id "
        "WHERE o.client_id = ? AND o.state <> 'cancelled' ORDER BY at DESC LIMIT ?"));
    q.addBindValue(m_clientId);
    q.addBindValue(threadLimit);
    if (q.exec()) {
        while (q.next()) {
            const QString state = q.value(2).toString();
            messages.append({storedDateTime(q.value(3)),
                             {{QStringLiteral("direction"), QStringLiteral("out")},
                              {QStringLiteral("channel"), q.value(0).toString()},
                              {QStringLiteral("text"), q.value(1).toString()},
                              {QStringLiteral("status"), state},
                              {QStringLiteral("statusText"), deliveryText(state)},
                              {QStringLiteral("billNumber"), q.value(4).toString()}}});
        }
    } else {
        qCWarning(lcClientDetails) << "cannot read the client's reminders:" << sqlErrorText(q.lastError());
    }

    // In: the client's messages (and any outbound message not from the outbox), with what DueDesk understood.
    q.prepare(QStringLiteral(
        "SELECT m.channel, m.body, m.direction, m.intent, m.at, b.number FROM messages m "
        "LEFT JOIN bills b ON b.id = m.bill_id "
        "WHERE m.client_id = ? AND (m.direction = 'in' OR m.outbox_id IS NULL) ORDER BY m.at DESC LIMIT ?"));
    q.addBindValue(m_clientId);
    q.addBindValue(threadLimit);
    if (q.exec()) {
        while (q.next()) {
            const QString intent = q.value(2).toString() == QLatin1String("in") ? q.value(3).toString() : QString();
            messages.append({storedDateTime(q.value(4)),
                             {{QStringLiteral("direction"), q.value(2).toString()},
                              {QStringLiteral("channel"), q.value(0).toString()},
                              {QStringLiteral("text"), q.value(1).toString()},
                              {QStringLiteral("intent"), intent},
                              {QStringLiteral("intentText"), intentText(intent)},
                              {QStringLiteral("billNumber"), q.value(5).toString()}}});
        }
    } else {
        qCWarning(lcClientDetails) << "cannot read the client's messages:" << sqlErrorText(q.lastError());
    }

    std::stable_sort(messages.begin(), messages.end(), [](const Message &a, const Message &b) { return a.at < b.at; });
    if (messages.size() > threadLimit)
        messages.remove(0, messages.size() - threadLimit);
    for (Message &m : messages) {
        m.entry.insert(QStringLiteral("at"), m.at.toString(Qt::ISODateWithMs));
        m.entry.insert(QStringLiteral("atText"),
                       m.at.isValid() ? locale.toString(m.at.toLocalTime(), QLocale::ShortFormat) : QString());
        m.entry.insert(QStringLiteral("channelText"), channelText(m.entry.value(QStringLiteral("channel")).toString()));
        for (const QString &key : {QStringLiteral("status"), QStringLiteral("statusText"), QStringLiteral("intent"),
                                   QStringLiteral("intentText")})
            if (!m.entry.contains(key))
                m.entry.insert(key, QString());
        m_thread.append(m.entry);
    }
}

void ClientDetails::loadFigures()
{
    const QLocale locale = m_book->locale();
    const QString currency = m_book->currency();
    const QDate today = m_book->clock().today();
    QSqlQuery q(m_book->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT coalesce(sum(amount_minor - paid_minor), 0), "
        "       coalesce(sum(CASE WHEN due_on < ? THEN amount_minor - paid_minor END), 0) "
        "FROM bills WHERE client_id = ? AND currency = ? AND status IN ('open', 'disputed') "
        "AND amount_minor - paid_minor > 0"));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(m_clientId);
    q.addBindValue(currency);
    if (q.exec() && q.next()) {
        m_outstandingText = Money(q.value(0).toLongLong(), currency).toDisplayString(locale);
        m_overdueText = Money(q.value(1).toLongLong(), currency).toDisplayString(locale);
    } else {
        qCWarning(lcClientDetails) << "cannot read the client's balance:" << sqlErrorText(q.lastError());
    }
    q.finish();

    const ClientDso dso = ClientDsoCalculator::compute(*m_book, m_clientId, today);
    if (!dso.error.isEmpty())
        qCWarning(lcClientDetails) << dso.error;
    m_dsoDays = dso.days;
    m_dsoText = locale.toString(dso.days, 'f', 0);
    m_dsoOutstandingText = Money(dso.outstandingMinor, currency).toDisplayString(locale);
    m_dsoSalesText = Money(dso.salesMinor, currency).toDisplayString(locale);
}

bool ClientDetails::finish(bool ok, const QString &error)
{
    const QString wasError = m_lastError;
    m_lastError = ok ? QString() : error;
    if (m_lastError != wasError)
        Q_EMIT lastErrorChanged();
    refresh();
    if (ok)
        Q_EMIT bookChanged();
    return ok;
}

bool ClientDetails::setChannelAllowed(const QString &channel, bool allowed)
{
    if (!m_valid)
        return finish(false, tr("Choose a client first."));
    const std::optional<Channel> which = channelFromKey(channel);
    if (!which)
        return finish(false, tr("There is no channel called “%1”.").arg(channel));
    QString error;
    ChaseEngine engine(*m_book);
    const bool ok = allowed ? engine.optIn(m_clientId, *which, owner, &error) : engine.optOut(m_clientId, *which, owner, &error);
    return finish(ok, error);
}

bool ClientDetails::setSegment(const QString &segment)
{
    if (!m_valid)
        return finish(false, tr("Choose a client first."));
    const std::optional<Segment> which = segmentFromKey(segment);
    if (!which)
        return finish(false, tr("There is no segment called “%1”.").arg(segment));
    if (segment == m_segment)
        return true;
    QString error;
    return finish(ChaseEngine(*m_book).setClientSegment(m_clientId, *which, owner, &error), error);
}

bool ClientDetails::setPolicyOverride(qint64 policyId)
{
    if (!m_valid)
        return finish(false, tr("Choose a client first."));
    if (policyId == m_policyOverrideId)
        return true;
    QString error;
    const std::optional<qint64> override = policyId > 0 ? std::optional(policyId) : std::nullopt;
    return finish(ChaseEngine(*m_book).setClientPolicy(m_clientId, override, owner, &error), error);
}

} // namespace duedesk
