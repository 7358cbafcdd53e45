#include "TrayIcon.h"

#include <Book.h>
#include <DraftListModel.h>

#include <QCoreApplication>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QQuickWindow>

namespace duedesk {

namespace {

// The app's mark (a teal tile with a "D", as in the window's header) with the count in an orange badge.
QIcon badgeIcon(const QString &badge)
{
    constexpr int size = 64;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2f, 0x8f, 0x83));
    p.drawRoundedRect(QRectF(4, 4, size - 8, size - 8), 14, 14);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(36);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(4, 4, size - 8, size - 8), Qt::AlignCenter, QStringLiteral("D"));
    if (!badge.isEmpty()) {
        font.setPixelSize(badge.size() > 2 ? 17 : 22);
        p.setFont(font);
        const qreal width = qMax<qreal>(30, QFontMetricsF(font).horizontalAdvance(badge) + 12);
        const QRectF pill(size - width, 0, width, 30);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd9, 0x78, 0x3f));
        p.drawRoundedRect(pill, 15, 15);
        p.setPen(Qt::white);
        p.drawText(pill, Qt::AlignCenter, badge);
    }
    p.end();
    return QIcon(pixmap);
}

} // namespace

TrayIcon::TrayIcon(std::shared_ptr<Book> book, DraftListModel &drafts, QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_book(std::move(book))
    , m_drafts(drafts)
    , m_window(window)
    , m_alerts(*m_book)
{
    m_menu.addAction(tr("Open DueDesk"), this, [this] { showWindow(false); });
    m_approvals = m_menu.addAction(OwnerAlerts::approvalsText(0), this, [this] { showWindow(true); });
    m_menu.addSeparator();
    m_menu.addAction(tr("Quit"), qApp, &QCoreApplication::quit);
    m_icon.setContextMenu(&m_menu);

    connect(&m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow(false);
    });
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this, [this] { showWindow(false); });
    connect(&m_drafts, &DraftListModel::countChanged, this, &TrayIcon::updatePending);
    connect(&m_poll, &QTimer::timeout, this, &TrayIcon::notifyNewTasks);

    updatePending();
    m_icon.show();
    // Replies that came in while DueDesk was closed are announced once the tray is up.
    QTimer::singleShot(0, this, &TrayIcon::notifyNewTasks);
    m_poll.start(pollInterval);
}

TrayIcon::~TrayIcon()
{
    m_icon.hide();
}

void TrayIcon::updatePending()
{
    const int pending = m_drafts.count();   // every pending draft, not only the rows shown
    m_icon.setIcon(badgeIcon(OwnerAlerts::badgeText(pending)));
    m_icon.setToolTip(OwnerAlerts::toolTip(pending));
    m_approvals->setText(OwnerAlerts::approvalsText(pending));
}

void TrayIcon::notifyNewTasks()
{
    if (const std::optional<OwnerAlerts::Notification> n = m_alerts.takeNew())
        m_icon.showMessage(n->title, n->body, m_icon.icon());
}

void TrayIcon::showWindow(bool approvals)
{
    if (!m_window)
        return;
    if (approvals)
        m_window->setProperty("currentPage", 0);
    m_window->show();
    m_window->raise();
    m_window->requestActivate();
}

} // namespace duedesk
