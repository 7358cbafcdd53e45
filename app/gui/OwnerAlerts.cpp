#include "OwnerAlerts.h"

#include <algorithm>

#include <Book.h>
#include <OwnerTasks.h>

#include <QLoggingCategory>

namespace duedesk {

Q_LOGGING_CATEGORY(lcAlerts, "duedesk.gui.alerts")

std::optional<OwnerAlerts::Notification> OwnerAlerts::takeNew()
{
    const QString key = QLatin1String(lastTaskKey);
    const qint64 last = m_book.setting(key, QStringLiteral("0")).toLongLong();
    QList<OwnerTask> fresh = OwnerTaskRepository(m_book).open();
    fresh.removeIf([last](const OwnerTask &t) { return t.id <= last; });
    if (fresh.isEmpty())
        return std::nullopt;

    // open() lists the tasks in id order: the last is the newest.
    const OwnerTask &newest = fresh.constLast();
    Notification n;
    n.tasks = int(fresh.size());
    n.newestTaskId = newest.id;
    // Most tasks are replies; a reminder DueDesk cannot tell went out is not, and says so.
    const bool allReplies = std::none_of(fresh.cbegin(), fresh.cend(),
                                         [](const OwnerTask &t) { return t.kind == QLatin1String("uncertain_send"); });
    if (n.tasks == 1)
        n.title = allReplies ? tr("A reply needs you") : tr("A reminder may not have arrived");
    else
        n.title = allReplies ? tr("%1 replies need you").arg(n.tasks) : tr("%1 things need you").arg(n.tasks);
    n.body = n.tasks == 1 ? newest.summary : tr("%1 And %2 more in DueDesk.").arg(newest.summary).arg(n.tasks - 1);
    QString error;
    if (!m_book.setSetting(key, QString::number(newest.id), &error))
        qCWarning(lcAlerts) << "cannot remember the tasks announced:" << error;
    return n;
}

QString OwnerAlerts::toolTip(int pending)
{
    if (pending <= 0)
        return tr("DueDesk: nothing waiting for your approval");
    if (pending == 1)
        return tr("DueDesk: 1 reminder waiting for your approval");
    return tr("DueDesk: %1 reminders waiting for your approval").arg(pending);
}

QString OwnerAlerts::approvalsText(int pending)
{
    return pending > 0 ? tr("Approvals (%1)").arg(pending) : tr("Approvals");
}

QString OwnerAlerts::badgeText(int pending)
{
    if (pending <= 0)
        return {};
    return pending > 99 ? QStringLiteral("99+") : QString::number(pending);
}

} // namespace duedesk
