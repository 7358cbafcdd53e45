#pragma once

#include "OwnerAlerts.h"

#include <QMenu>
#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

#include <memory>

class QQuickWindow;

namespace duedesk {

class Book;
class DraftListModel;

// The icon in the system tray: the number of reminders waiting for approval (on the icon, in its tooltip and
// menu), a desktop notification when a reply needs the owner, and a menu to open DueDesk, go to the approvals
// or quit. Replies arrive through the bridges (another process), so the book is looked at every pollInterval.
//
// Create it only when isSystemTrayAvailable(): without a tray (offscreen, some desktops) there is nothing to show.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    static constexpr int pollInterval = 30 * 1000;   // ms

    TrayIcon(std::shared_ptr<Book> book, DraftListModel &drafts, QQuickWindow *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isSystemTrayAvailable() { return QSystemTrayIcon::isSystemTrayAvailable(); }

private:
    void updatePending();
    void notifyNewTasks();
    // Brings the main window up; on the dashboard, where the approvals are, when asked.
    void showWindow(bool approvals);

    std::shared_ptr<Book> m_book;
    DraftListModel &m_drafts;
    QPointer<QQuickWindow> m_window;
    OwnerAlerts m_alerts;
    QMenu m_menu;
    QAction *m_approvals = nullptr;
    QSystemTrayIcon m_icon;
    QTimer m_poll;
};

} // namespace duedesk
