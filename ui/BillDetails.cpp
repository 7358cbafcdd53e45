#include "BillDetails.h"

#include "BillListModel.h"
#include "DraftListModel.h"

#include <Aging.h>
#include <AuditLog.h>
#include <Book.h>
#include <ChaseEngine.h>
#include <ChaseRows.h>
#include <Clock.h>
#include <Money.h>
#include <Repositories.h>
#include <Tone.h>
#include <WriteTransaction.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace duedesk {

namespace {

const QString owner = QStringLiteral("owner");

QDateTime storedDateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

struct Event {
    QDateTime at;
    QString kind;
    QString text;
};

} // namespace

BillDetails::BillDetails(std::shared_ptr<Book> book, QObject *parent)
    : QObject(parent)
    , m_book(std::move(book))
{
}

BillDetails::~BillDetails() = default;

void BillDetails::setBillId(qint64 billId)
{
    if (billId == m_billId)
        return;
    m_billId = billId;
    Q_EMIT billIdChanged();
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        Q_EMIT lastErrorChanged();
    }
    refresh();
}

QString BillDetails::statusText() const
{
    return BillListModel::statusText(m_status);
}

QString BillDetails::chaseStateText() const
{
    if (m_chaseState == QLatin1String("paused_promise") && m_pausedUntil.isValid())
        return tr("Waiting for the payment promised by %1")
            .arg(m_book->locale().toString(m_pausedUntil, QLocale::LongFormat));
    return BillListModel::chaseStateText(m_chaseState);
}

QString BillDetails::tomorrowIso() const
{
    return isoDateIn(1);
}

QString BillDetails::isoDateIn(int days) const
{
    return m_book->clock().today().addDays(days).toString(Qt::ISODate);
}

bool BillDetails::isOutstanding() const
{
    return m_valid && (m_status == QLatin1String("open") || m_status == QLatin1String("disputed")) && m_balanceMinor > 0;
}

bool BillDetails::canStop() const
{
    return m_valid && m_status == QLatin1String("open") && m_balanceMinor > 0
        && (m_chaseState == QLatin1String("active") || m_chaseState == QLatin1String("paused_promise")
            || m_chaseState == QLatin1String("paused_review"));
}

bool BillDetails::canResume() const
{
    return m_valid && m_status == QLatin1String("open") && m_balanceMinor > 0
        && (m_chaseState == QLatin1String("stopped") || m_chaseState == QLatin1String("paused_promise")
            || m_chaseState == QLatin1String("paused_review"));
}

void BillDetails::refresh()
{
    const std::optional<BillRow> bill = m_billId > 0 ? BillRepository(*m_book).byId(m_billId) : std::nullopt;
    m_valid = bill.has_value();
    m_timeline.clear();
    if (!bill) {
        m_billNumber.clear();
        m_clientName.clear();
        m_currency.clear();
        m_balanceMinor = 0;
        m_amountText.clear();
        m_paidText.clear();
        m_balanceText.clear();
        m_balanceDecimal.clear();
        m_issuedText.clear();
        m_dueText.clear();
        m_daysOverdue = 0;
        m_bucket.clear();
        m_status.clear();
        m_chaseState.clear();
        m_pausedUntil = QDate();
        m_payLink.clear();
        Q_EMIT changed();
        return;
    }
    const QLocale locale = m_book->locale();
    const QDate today = m_book->clock().today();
    const std::optional<ClientRow> client = ClientRepository(*m_book).byId(bill->clientId);
    m_billNumber = bill->number;
    m_clientName = client ? client->name : QString();
    m_currency = bill->currency;
    m_balanceMinor = bill->balance().minor();
    m_amountText = bill->amount().toDisplayString(locale);
    m_paidText = Money(bill->paidMinor, bill->currency).toDisplayString(locale);
    m_balanceText = bill->balance().toDisplayString(locale);
    m_balanceDecimal = bill->balance().toDecimalString();
    m_issuedText = bill->issuedOn.isValid() ? locale.toString(bill->issuedOn, QLocale::LongFormat) : QString();
    m_dueText = bill->dueOn.isValid() ? locale.toString(bill->dueOn, QLocale::LongFormat) : QString();
    m_daysOverdue = bill->dueOn.isValid() ? int(duedesk::daysOverdue(bill->dueOn, today)) : 0;
    m_status = billStatusKey(bill->status);
    m_bucket = isOutstanding() ? agingBucketKey(agingBucketFor(bill->dueOn, today)) : QString();
    m_payLink = bill->paymentLink;

    QSqlQuery q(m_book->database());
    q.prepare(QStringLiteral("SELECT state, paused_until FROM chases WHERE bill_id = ?"));
    q.addBindValue(m_billId);
    if (q.exec() && q.next()) {
        m_chaseState = q.value(0).toString();
        m_pausedUntil = q.value(1).isNull() ? QDate() : QDate::fromString(q.value(1).toString(), Qt::ISODate);
    } else {
        m_chaseState.clear();
        m_pausedUntil = QDate();
    }
    q.finish();
    loadTimeline();
    Q_EMIT changed();
}

void BillDetails::loadTimeline()
{
    QList<Event> events;
    const QLocale locale = m_book->locale();
    QSqlQuery q(m_book->database());
    q.setForwardOnly(true);

    // Reminders: one entry per draft, at its latest change, with the fate of its message.
    q.prepare(QStringLiteral("SELECT d.created_at, d.decided_at, d.state, d.channel, d.tone, o.state, o.updated_at, "
                             "o.sent_at FROM drafts d LEFT JOIN outbox o ON o.draft_id = d.id WHERE d.bill_id = ?"));
    q.addBindValue(m_billId);
    if (q.exec()) {
        while (q.next()) {
            const QString channel = channelDisplayName(channelFromKey(q.value(3).toString()).value_or(Channel::Email));
            const QString tone = toneDisplayName(toneFromKey(q.value(4).toString()).value_or(Tone::Friendly));
            const QString draftState = q.value(2).toString();
            const QString sendState = q.value(5).toString();
            QDateTime at = storedDateTime(q.value(7));
            if (!at.isValid())
                at = storedDateTime(q.value(6));
            if (!at.isValid())
                at = storedDateTime(q.value(1));
            if (!at.isValid())
                at = storedDateTime(q.value(0));
            QString text;
            if (draftState == QLatin1String("pending"))
                text = tr("A %1 reminder by %2 is waiting for your approval").arg(tone, channel);
            else if (draftState == QLatin1String("skipped"))
                text = tr("You skipped a %1 reminder by %2").arg(tone, channel);
            else if (draftState == QLatin1String("cancelled") || sendState == QLatin1String("cancelled"))
                text = tr("A %1 reminder by %2 was cancelled").arg(tone, channel);
            else if (sendState == QLatin1String("queued") || sendState == QLatin1String("sending"))
                text = tr("A %1 reminder by %2 is approved and waiting to be sent").arg(tone, channel);
            else if (sendState == QLatin1String("sent"))
                text = tr("A %1 reminder was sent by %2").arg(tone, channel);
            else if (sendState == QLatin1String("delivered"))
                text = tr("A %1 reminder was delivered by %2").arg(tone, channel);
            else if (sendState == QLatin1String("read"))
                text = tr("A %1 reminder by %2 was read").arg(tone, channel);
            else if (sendState == QLatin1String("failed"))
                text = tr("A %1 reminder by %2 could not be sent").arg(tone, channel);
            else if (sendState == QLatin1String("uncertain"))
                text = tr("A %1 reminder by %2 may not have arrived: please check").arg(tone, channel);
            else
                text = tr("A %1 reminder by %2 was approved").arg(tone, channel);
            events.append({at, QStringLiteral("reminder"), text});
        }
    }

    q.prepare(QStringLiteral("SELECT at, channel, body FROM messages WHERE bill_id = ? AND direction = 'in'"));
    q.addBindValue(m_billId);
    if (q.exec()) {
        while (q.next()) {
            const QString channel = channelDisplayName(channelFromKey(q.value(1).toString()).value_or(Channel::Email));
            events.append({storedDateTime(q.value(0)), QStringLiteral("reply"),
                           tr("Reply by %1: “%2”").arg(channel, q.value(2).toString().simplified())});
        }
    }

    q.prepare(QStringLiteral("SELECT p.created_at, p.amount_minor, b.currency FROM payments p "
                             "JOIN bills b ON b.id = p.bill_id WHERE p.bill_id = ?"));
    q.addBindValue(m_billId);
    if (q.exec()) {
        while (q.next())
            events.append({storedDateTime(q.value(0)), QStringLiteral("payment"),
                           tr("Payment of %1 received")
                               .arg(Money(q.value(1).toLongLong(), q.value(2).toString()).toDisplayString(locale))});
    }

    q.prepare(QStringLiteral("SELECT at, kind, detail FROM audit_log WHERE bill_id = ? AND kind IN ('promise', "
                             "'promise_broken', 'dispute', 'dispute_resolved', 'stop', 'resume', 'pause_review', "
                             "'manual_chase', 'write_off')"));
    q.addBindValue(m_billId);
    if (q.exec()) {
        while (q.next()) {
            const QString kind = q.value(1).toString();
            const QJsonObject detail = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            QString text;
            QString group = kind;
            if (kind == QLatin1String("promise")) {
                const QDate on = QDate::fromString(detail.value(QStringLiteral("promised_on")).toString(), Qt::ISODate);
                text = tr("The client promised to pay by %1").arg(locale.toString(on, QLocale::LongFormat));
            } else if (kind == QLatin1String("promise_broken")) {
                group = QStringLiteral("promise");
                text = tr("The promised payment did not arrive");
            } else if (kind == QLatin1String("dispute")) {
                text = tr("Marked as disputed: reminders paused");
            } else if (kind == QLatin1String("dispute_resolved")) {
                group = QStringLiteral("resume");
                text = tr("Dispute resolved: reminders resumed");
            } else if (kind == QLatin1String("stop")) {
                text = tr("Reminders stopped");
            } else if (kind == QLatin1String("resume")) {
                text = tr("Reminders resumed");
            } else if (kind == QLatin1String("pause_review")) {
                group = QStringLiteral("pause");
                text = tr("The client says it is paid: reminders paused for you to check");
            } else if (kind == QLatin1String("manual_chase")) {
                group = QStringLiteral("note");
                text = tr("You chased this bill by hand");
            } else {
                text = tr("Written off");
            }
            events.append({storedDateTime(q.value(0)), group, text});
        }
    }

    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at > b.at; });
    for (const Event &e : std::as_const(events)) {
        m_timeline.append(QVariantMap{
            {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("atText"), e.at.isValid() ? locale.toString(e.at.toLocalTime(), QLocale::ShortFormat) : QString()},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("text"), e.text}});
    }
}

bool BillDetails::finish(bool ok, const QString &error)
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

bool BillDetails::recordPayment(const QString &amount)
{
    if (!m_valid)
        return finish(false, tr("Choose a bill first."));
    QString error;
    const std::optional<Money> money = Money::parse(amount.trimmed(), m_currency, Money::Rounding::Reject, &error);
    if (!money)
        return finish(false, amount.trimmed().isEmpty() ? tr("Enter the amount you received.") : error);
    if (money->minor() <= 0)
        return finish(false, tr("Enter an amount above zero."));
    if (money->minor() > m_balanceMinor)
        return finish(false, tr("That is more than the %1 still owed.").arg(m_balanceText));
    const bool ok = ChaseEngine(*m_book).recordPayment(m_billNumber, *money, m_book->clock().today(),
                                                       PaymentSource::Manual, owner, &error);
    return finish(ok, error);
}

bool BillDetails::promiseUntil(const QVariant &date)
{
    if (!m_valid)
        return finish(false, tr("Choose a bill first."));
    QDate day;
    if (date.metaType() == QMetaType::fromType<QDate>())
        day = date.toDate();
    else if (date.metaType() == QMetaType::fromType<QDateTime>())
        day = date.toDateTime().toLocalTime().date();
    else
        day = QDate::fromString(date.toString().trimmed(), Qt::ISODate);
    if (!day.isValid())
        return finish(false, tr("Enter the promised day as year-month-day, for example %1.").arg(tomorrowIso()));
    QString error;
    return finish(ChaseEngine(*m_book).recordPromise(m_billNumber, day, owner, &error), error);
}

bool BillDetails::dispute()
{
    QString error;
    return finish(m_valid && ChaseEngine(*m_book).setDisputed(m_billNumber, true, owner, &error),
                  m_valid ? error : tr("Choose a bill first."));
}

bool BillDetails::resolveDispute()
{
    QString error;
    return finish(m_valid && ChaseEngine(*m_book).setDisputed(m_billNumber, false, owner, &error),
                  m_valid ? error : tr("Choose a bill first."));
}

bool BillDetails::stop()
{
    QString error;
    return finish(m_valid && ChaseEngine(*m_book).stopChase(m_billNumber, owner, &error),
                  m_valid ? error : tr("Choose a bill first."));
}

bool BillDetails::resume()
{
    QString error;
    return finish(m_valid && ChaseEngine(*m_book).resumeChase(m_billNumber, owner, &error),
                  m_valid ? error : tr("Choose a bill first."));
}

bool BillDetails::chaseNow()
{
    if (!m_valid)
        return finish(false, tr("Choose a bill first."));
    const auto drafted = ChaseEngine(*m_book).chaseNow(m_billNumber, owner);
    return finish(drafted.ok(), drafted.ok() ? QString() : drafted.error());
}

bool BillDetails::writeOff()
{
    if (!isOutstanding())
        return finish(false, m_valid ? tr("Only a bill with something still owed can be written off.")
                                     : tr("Choose a bill first."));
    QSqlDatabase db = m_book->database();
    WriteTransaction tx(db);
    QString why = tx.error();
    bool ok = tx.isActive();
    if (ok) {
        // The bill's trigger finishes the chase; the drafts and queued messages quoting the balance go too.
        ok = BillRepository(*m_book).setStatus(m_billId, BillStatus::WrittenOff, &why);
        if (ok) {
            chase::cancelForBill(db, m_billId, tr("written off"), m_book->clock().now());
            const std::optional<BillRow> bill = BillRepository(*m_book).byId(m_billId);
            ok = AuditLog(*m_book).append(QStringLiteral("write_off"), owner, m_billId, bill ? bill->clientId : 0,
                                          {{QStringLiteral("balance"), Money(m_balanceMinor, m_currency).toDecimalString()},
                                           {QStringLiteral("currency"), m_currency}},
                                          &why);
        }
        if (ok) {
            ok = tx.commit();
            if (!ok)
                why = tx.error();
        }
    }
    return finish(ok, ok ? QString() : tr("Cannot write the bill off: %1").arg(why));
}

} // namespace duedesk
