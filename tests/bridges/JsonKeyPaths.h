#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

// The keys of every object in value, recursively, as ".a.b.c" paths (arrays: their items' keys under "[]"): two
// bodies with the same paths have the same shape (a request of ours and the spec's own example).
inline QSet<QString> jsonKeyPaths(const QJsonValue &value, const QString &path = QString())
{
    QSet<QString> paths;
    if (value.isArray())
        for (const QJsonValue &item : value.toArray())
            paths.unite(jsonKeyPaths(item, path + QStringLiteral("[]")));
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            paths.insert(path + QLatin1Char('.') + it.key());
            paths.unite(jsonKeyPaths(it.value(), path + QLatin1Char('.') + it.key()));
        }
    }
    return paths;
}
