#include "FirstFrameProbe.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace duedesk {

FirstFrameProbe::FirstFrameProbe(QQuickWindow *window, QElapsedTimer sinceStart, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
{
    // frameSwapped is emitted on the render thread with the threaded loop: come back to this thread to print.
    connect(window, &QQuickWindow::frameSwapped, this, &FirstFrameProbe::frameShown, Qt::QueuedConnection);
}

qint64 FirstFrameProbe::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void FirstFrameProbe::frameShown()
{
    if (m_done)
        return;
    m_done = true;
    std::printf("{\"first_frame_ms\":%.2f,\"rss_kb\":%lld}\n", double(m_sinceStart.nsecsElapsed()) / 1e6,
                static_cast<long long>(residentKiB()));
    std::fflush(stdout);
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
}

} // namespace duedesk
