#include "AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace duedesk {

namespace {

QString dataFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder;
}

} // namespace

QString defaultBookPath()
{
    return dataFolder() + QStringLiteral("/book.duedesk");
}

QString demoBookPath()
{
    return dataFolder() + QStringLiteral("/demo.duedesk");
}

} // namespace duedesk
