#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace duedesk {

class Book;

// What the tray icon says and when it speaks up, without any widget: the pending approvals in its tooltip
// and menu, and one desktop notification for the replies handed to the owner since the last notification.
//
// The newest task announced is kept in the book (setting "alerts_last_task"), so each task is announced once,
// across restarts, and a reply that came in while DueDesk was closed is announced at the next start. Tasks
// closed before anyone looked are not announced.
class OwnerAlerts
{
    Q_DECLARE_TR_FUNCTIONS(OwnerAlerts)
public:
    explicit OwnerAlerts(Book &book) : m_book(book) { }

    struct Notification {
        QString title;   // "A reply needs you", "3 replies need you"
        QString body;    // the newest task's summary, and how many more
        int tasks = 0;
        qint64 newestTaskId = 0;
    };
    // The open tasks not announced yet, as one notification, marked as announced; nothing when there are none.
    std::optional<Notification> takeNew();

    // "DueDesk: 3 reminders waiting for your approval", "DueDesk: nothing waiting for you".
    static QString toolTip(int pending);
    // The tray menu's entry: "Approvals (3)".
    static QString approvalsText(int pending);
    // The number drawn on the icon: "", "3", "99+".
    static QString badgeText(int pending);

    static constexpr const char *lastTaskKey = "alerts_last_task";

private:
    Book &m_book;
};

} // namespace duedesk
