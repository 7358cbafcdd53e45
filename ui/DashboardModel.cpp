#include "DashboardModel.h"

#include <AgingReport.h>
#include <CashSnapshot.h>
#include <OwnerTasks.h>

#include <algorithm>
#include <Book.h>
#include <Clock.h>
#include <Money.h>

#include <QLocale>

namespace duedesk {

DashboardModel::DashboardModel(std::shared_ptr<Book> book, QObject *parent) : QObject(parent), m_book(std::move(book))
{
    refresh();
}

DashboardModel::~DashboardModel() = default;

QString DashboardModel::bookPath() const
{
    return m_book->path();
}

QString DashboardModel::bucketLabel(const QString &key)
{
    if (key == QLatin1String("not_due"))
        return tr("Not due yet");
    if (key == QLatin1String("1-30"))
        return tr("1–30 days overdue");
    if (key == QLatin1String("31-60"))
        return tr("31–60 days overdue");
    if (key == QLatin1String("61-90"))
        return tr("61–90 days overdue");
    return tr("Over 90 days overdue");
}

void DashboardModel::refresh()
{
    const QLocale locale = m_book->locale();
    const QDate today = m_book->clock().today();
    m_businessName = m_book->setting(QStringLiteral("business_name"), tr("Your business"));
    m_todayText = locale.toString(today, QLocale::LongFormat);
    m_currency = m_book->currency();

    const QList<AgingTotals> all = AgingReport::compute(*m_book, today);
    AgingTotals home;
    home.currency = m_currency;
    m_otherCurrencies.clear();
    for (const AgingTotals &t : all) {
        if (t.currency == m_currency) {
            home = t;
            continue;
        }
        const qint64 overdue = t.totalMinor() - t.balanceMinor[0];
        m_otherCurrencies.append(QVariantMap{
            {QStringLiteral("currency"), t.currency},
            {QStringLiteral("outstandingText"), Money(t.totalMinor(), t.currency).toDisplayString(locale)},
            {QStringLiteral("overdueText"), Money(overdue, t.currency).toDisplayString(locale)},
            {QStringLiteral("overdueCount"), int(t.overdueCount())},
        });
    }

    m_buckets.clear();
    const qint64 total = home.totalMinor();
    for (AgingBucket bucket : allAgingBuckets) {
        const int i = static_cast<int>(bucket);
        const QString key = agingBucketKey(bucket);
        m_buckets.append(QVariantMap{
            {QStringLiteral("key"), key},
            {QStringLiteral("label"), bucketLabel(key)},
            {QStringLiteral("amountText"), Money(home.balanceMinor[i], m_currency).toDisplayString(locale)},
            {QStringLiteral("count"), int(home.billCount[i])},
            {QStringLiteral("share"), total > 0 ? double(home.balanceMinor[i]) / double(total) : 0.0},
        });
    }
    m_outstandingText = Money(total, m_currency).toDisplayString(locale);
    m_overdueText = Money(total - home.balanceMinor[0], m_currency).toDisplayString(locale);
    m_overdueCount = int(home.overdueCount());

    const CashHeadline headline = CashSnapshotBuilder::headline(*m_book);
    m_lastError = headline.error;
    m_paidThisWeekText = Money(headline.paidThisWeekMinor, m_currency).toDisplayString(locale);
    m_dsoText = tr("%n day(s)", "", qRound(headline.dsoDays));

    m_needsYou.clear();
    QList<OwnerTask> tasks = OwnerTaskRepository(*m_book).open();
    std::sort(tasks.begin(), tasks.end(), [](const OwnerTask &a, const OwnerTask &b) { return a.createdAt > b.createdAt; });
    for (const OwnerTask &t : tasks) {
        m_needsYou.append(QVariantMap{
            {QStringLiteral("id"), t.id},
            {QStringLiteral("kind"), t.kind},
            {QStringLiteral("summary"), t.summary},
            {QStringLiteral("suggestion"), t.suggestion},
            {QStringLiteral("whenText"), locale.toString(t.createdAt.toLocalTime(), QLocale::ShortFormat)},
        });
    }
    Q_EMIT changed();
}

void DashboardModel::closeTask(qint64 id, bool done)
{
    QString error;
    if (!OwnerTaskRepository(*m_book).close(id, done, &error)) {
        m_lastError = error;
        Q_EMIT changed();
        return;
    }
    refresh();
    Q_EMIT bookChanged();
}

} // namespace duedesk
