#pragma once

// Small helpers for the offscreen GUI tests: find visible items by objectName, read what a page shows, click
// like a user, and switch a window to the dark theme for its screenshot.

#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

namespace quicktest {

// Every visible item under root (root included) with this objectName.
inline QList<QQuickItem *> itemsNamed(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> found;
    if (!root->isVisible())
        return found;
    if (root->objectName() == name)
        found.append(root);
    for (QQuickItem *child : root->childItems())
        found.append(itemsNamed(child, name));
    return found;
}

inline QQuickItem *itemNamed(QQuickWindow *window, const QString &name)
{
    return itemsNamed(window->contentItem(), name).value(0);
}

// Every text shown by a visible Label/Text under item.
inline QStringList visibleTexts(QQuickItem *item)
{
    QStringList texts;
    if (!item->isVisible())
        return texts;
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty() && item->inherits("QQuickText"))
        texts << text.toString();
    for (QQuickItem *child : item->childItems())
        texts << visibleTexts(child);
    return texts;
}

// Waits for the next frame, so that every layout is polished and items sit where they are drawn.
inline bool settle(QQuickWindow *window)
{
    QSignalSpy frame(window, &QQuickWindow::frameSwapped);
    window->update();
    return frame.wait(2000);
}

inline void click(QQuickWindow *window, QQuickItem *item)
{
    settle(window);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

// Puts a window whose QML imports QtQuick.Controls.Material into the dark theme; false (with a warning) when
// the expression fails.
inline bool useDarkTheme(QQuickWindow *window)
{
    QQmlExpression dark(qmlContext(window), window, QStringLiteral("Material.theme = Material.Dark"));
    dark.evaluate();
    if (dark.hasError())
        qWarning("%s", qPrintable(dark.error().toString()));
    return !dark.hasError() && settle(window);
}

} // namespace quicktest
