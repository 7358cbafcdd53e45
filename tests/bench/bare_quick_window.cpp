// The baseline of `duedesk-cli bench --suite startup`: a bare Qt Quick window of the desktop app's size, started
// and measured exactly like `duedesk --benchmark-startup` (first frame, then quit).

#include <FirstFrameProbe.h>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nWindow { width: 1120; height: 720; visible: true; color: \"#f4f6f7\" }");
    if (engine.rootObjects().isEmpty())
        return 1;
    new duedesk::FirstFrameProbe(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()), sinceStart, &app);
    return app.exec();
}
