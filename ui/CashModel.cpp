#include "CashModel.h"

#include <Book.h>
#include <CashSnapshot.h>
#include <Clock.h>
#include <Currency.h>
#include <Money.h>

#include <QLocale>

#include <algorithm>

namespace duedesk {

namespace {

double majorUnits(qint64 minor, const QString &currency)
{
    int digits = std::max(0, Currency::minorDigits(currency));
    double scale = 1;
    while (digits-- > 0)
        scale *= 10;
    return double(minor) / scale;
}

} // namespace

CashModel::CashModel(std::shared_ptr<Book> book, ModelLoading loading, QObject *parent)
    : QObject(parent)
    , m_book(std::move(book))
{
    m_active = loading == ModelLoading::Now;
    refresh();
}

void CashModel::activate()
{
    if (m_active)
        return;
    m_active = true;
    refresh();
}

CashModel::~CashModel() = default;

void CashModel::refresh()
{
    if (!m_active)
        return;
    const QLocale locale = m_book->locale();
    const QDate today = m_book->clock().today();
    const CashSnapshot s = CashSnapshotBuilder::build(*m_book, today);
    m_currency = s.currency;
    m_lastError = s.error;
    const auto money = [&](qint64 minor) { return Money(minor, s.currency).toDisplayString(locale); };
    const QString dayMonth = QStringLiteral("d MMM");

    m_weekText = tr("Week of %1").arg(locale.toString(s.weekOf, QLocale::LongFormat));
    m_outstandingText = money(s.week.outstandingMinor);
    m_overdueText = money(s.week.overdueMinor);
    m_paidText = money(s.week.paidMinor);
    m_promisedText = money(s.week.promisedMinor);
    m_dsoDays = s.week.dsoDays;
    m_dsoText = locale.toString(s.week.dsoDays, 'f', 0);

    m_promised.clear();
    for (const PromisedPayment &p : s.promised) {
        m_promised.append(QVariantMap{
            {QStringLiteral("billNumber"), p.billNumber},
            {QStringLiteral("clientName"), p.clientName},
            {QStringLiteral("amountText"), money(p.amountMinor)},
            {QStringLiteral("dateText"), locale.toString(p.promisedOn, QStringLiteral("ddd d MMM"))},
        });
    }

    m_topDebtors.clear();
    for (const Debtor &d : s.topDebtors) {
        m_topDebtors.append(QVariantMap{
            {QStringLiteral("clientName"), d.clientName},
            {QStringLiteral("outstandingText"), money(d.outstandingMinor)},
            {QStringLiteral("overdueText"), money(d.overdueMinor)},
            {QStringLiteral("overdueMinor"), d.overdueMinor},
            {QStringLiteral("bills"), d.bills},
            {QStringLiteral("dsoText"), locale.toString(d.dsoDays, 'f', 0)},
        });
    }

    m_trend.clear();
    m_trendMax = 0;
    QList<WeekFigures> weeks = s.trend;
    weeks.append(s.week);
    for (int i = 0; i < weeks.size(); ++i) {
        const WeekFigures &w = weeks.at(i);
        const double outstanding = majorUnits(w.outstandingMinor, s.currency);
        const double overdue = majorUnits(w.overdueMinor, s.currency);
        const double paid = majorUnits(w.paidMinor, s.currency);
        m_trendMax = std::max({m_trendMax, outstanding, overdue, paid});
        const bool current = i == weeks.size() - 1;
        m_trend.append(QVariantMap{
            {QStringLiteral("weekLabel"), current ? tr("This week") : locale.toString(w.weekStart, dayMonth)},
            {QStringLiteral("weekStart"), w.weekStart},
            {QStringLiteral("outstanding"), outstanding},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("paid"), paid},
            {QStringLiteral("outstandingText"), money(w.outstandingMinor)},
            {QStringLiteral("overdueText"), money(w.overdueMinor)},
            {QStringLiteral("paidText"), money(w.paidMinor)},
            {QStringLiteral("current"), current},
        });
    }
    Q_EMIT changed();
}

} // namespace duedesk
