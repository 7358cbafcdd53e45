#pragma once

#include <QElapsedTimer>
#include <QObject>

class QQuickWindow;

namespace duedesk {

// For `duedesk --benchmark-startup`: when the window has put its first frame on screen, prints one JSON line
// {"first_frame_ms": …, "rss_kb": …} to stdout and quits the application. The milliseconds count from the
// timer the caller started at the top of main(); the benchmark driver (`duedesk-cli bench --suite startup`)
// also times the whole process from outside, which includes loading the libraries.
class FirstFrameProbe : public QObject
{
    Q_OBJECT
public:
    FirstFrameProbe(QQuickWindow *window, QElapsedTimer sinceStart, QObject *parent = nullptr);

    // Resident memory of this process in KiB, or -1 where the platform does not say (read from /proc on Linux).
    static qint64 residentKiB();

private:
    void frameShown();

    QElapsedTimer m_sinceStart;
    bool m_done = false;
};

} // namespace duedesk
