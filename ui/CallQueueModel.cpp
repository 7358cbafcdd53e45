#include "CallQueueModel.h"

#include <Book.h>
#include <Clock.h>
#include <Money.h>
#include <PhoneNumber.h>

#include <QLocale>

namespace duedesk {

CallQueueModel::CallQueueModel(std::shared_ptr<Book> book, ModelLoading loading, QObject *parent)
    : QAbstractListModel(parent), m_book(std::move(book))
{
    m_active = loading == ModelLoading::Now;
    refresh();
}

void CallQueueModel::activate()
{
    if (m_active)
        return;
    m_active = true;
    refresh();
}

CallQueueModel::~CallQueueModel() = default;

qint64 CallQueueModel::minAmountMinor() const
{
    const QString text = m_book->setting(QStringLiteral("call_queue_min_amount"), QStringLiteral("1000"));
    const auto min = Money::parse(text, m_book->currency(), Money::Rounding::Reject);
    if (min)
        return min->minor();
    return Money::parse(QStringLiteral("1000"), m_book->currency(), Money::Rounding::Reject).value_or(Money()).minor();
}

void CallQueueModel::refresh()
{
    if (!m_active)
        return;
    beginResetModel();
    m_lastError.clear();
    const qint64 min = minAmountMinor();
    m_entries = CallQueue::build(*m_book, m_book->clock().today(), min, &m_lastError, shownLimit, &m_total);
    m_thresholdText = Money(min, m_book->currency()).toDisplayString(m_book->locale());
    endResetModel();
    Q_EMIT countChanged();
}

int CallQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QHash<int, QByteArray> CallQueueModel::roleNames() const
{
    return {
        {BillIdRole, "billId"},
        {ClientNameRole, "clientName"},
        {BillNumberRole, "billNumber"},
        {PhoneRole, "phone"},
        {PhoneE164Role, "phoneE164"},
        {BalanceTextRole, "balanceText"},
        {DaysOverdueRole, "daysOverdue"},
        {ClientOutstandingTextRole, "clientOutstandingText"},
        {LastPaymentTextRole, "lastPaymentText"},
        {LastMessagesRole, "lastMessages"},
        {WhyRole, "why"},
    };
}

QVariant CallQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallQueueEntry &e = m_entries.at(index.row());
    const QLocale locale = m_book->locale();
    switch (role) {
    case Qt::DisplayRole:
    case ClientNameRole:
        return e.clientName;
    case BillIdRole:
        return e.billId;
    case BillNumberRole:
        return e.billNumber;
    case PhoneRole:
        return e.phoneE164.isEmpty() ? QString() : PhoneNumber::fromE164(e.phoneE164).displayText(m_book->region());
    case PhoneE164Role:
        return e.phoneE164;
    case BalanceTextRole:
        return Money(e.balanceMinor, e.currency).toDisplayString(locale);
    case DaysOverdueRole:
        return int(e.daysOverdue);
    case ClientOutstandingTextRole:
        return Money(e.clientOutstandingMinor, e.currency).toDisplayString(locale);
    case LastPaymentTextRole:
        if (!e.lastPayment)
            return QString();
        return tr("%1 on %2")
            .arg(Money(e.lastPayment->amountMinor, e.currency).toDisplayString(locale),
                 locale.toString(e.lastPayment->paidOn, QLocale::ShortFormat));
    case LastMessagesRole: {
        QVariantList messages;
        for (const QueueMessage &m : e.lastMessages) {
            messages.append(QVariantMap{
                {QStringLiteral("when"), locale.toString(m.at.toLocalTime().date(), QStringLiteral("d MMM"))},
                {QStringLiteral("channel"), channelDisplayName(m.channel)},
                {QStringLiteral("inbound"), m.inbound},
                {QStringLiteral("body"), m.body},
            });
        }
        return messages;
    }
    case WhyRole:
        return e.why;
    default:
        return {};
    }
}

} // namespace duedesk
