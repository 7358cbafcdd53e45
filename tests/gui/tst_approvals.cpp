// Approving from the desktop: a click on Approve queues exactly one message; the keyboard skips; the list
// follows the engine. The model is checked by QAbstractItemModelTester.

#include "TestBook.h"

#include <BillDetails.h>
#include <BillListModel.h>
#include <CallQueueModel.h>
#include <CashModel.h>
#include <AppModels.h>
#include <ChaseEngine.h>
#include <DashboardModel.h>
#include <DraftListModel.h>
#include <Seeder.h>

#include <QAbstractItemModelTester>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(DueDeskPlugin)

using namespace duedesk;

namespace {

int outboxRows(Book &book)
{
    QSqlQuery q(book.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next() ? q.value(0).toInt() : -1;
}

std::shared_ptr<Book> unowned(Book &book)
{
    return std::shared_ptr<Book>(&book, [](Book *) {});
}

// The visible items under root whose objectName is name, in scene order (top to bottom).
QList<QQuickItem *> itemsNamed(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> found;
    if (root->isVisible() && root->objectName() == name)
        found.append(root);
    for (QQuickItem *child : root->childItems())
        found.append(itemsNamed(child, name));
    return found;
}

} // namespace

class tst_Approvals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void modelPassesTheItemModelTesterThroughChanges()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 10, .bills = 80, .seed = 5}));
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        DraftListModel model(unowned(t.book()));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QVERIFY(before >= 3);
        QVERIFY(model.approve(0));
        QVERIFY(model.skip(0));
        QVERIFY(model.edit(0, QStringLiteral("Hello, a short note about your invoice.")));
        QCOMPARE(model.rowCount(), before - 2);
        QCOMPARE(model.data(model.index(0), DraftListModel::BodyRole).toString(),
                 QStringLiteral("Hello, a short note about your invoice."));
        QVERIFY(!model.approve(999));
    }

    // After a long absence thousands of drafts may wait: the dashboard shows a page of them at a time, while the
    // count (and "Approve all") still covers every one.
    void aShownLimitPagesTheDraftsButCountsThemAll()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 10, .bills = 80, .seed = 5}));
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        DraftListModel model(unowned(t.book()));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = model.count();
        QVERIFY(all > 7);
        QCOMPARE(model.rowCount(), all);
        model.setShownLimit(3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.count(), all);
        model.showMore();
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.approve(0));
        QCOMPARE(model.count(), all - 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.approveAll(), all - 1);
        QCOMPARE(model.count(), 0);
        QCOMPARE(model.rowCount(), 0);
    }

    void clickingApproveQueuesExactlyOneMessage()
    {
        TestBook t;
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater Plumbing"));
        QVERIFY(Seeder::seed(t.book(), {.clients = 10, .bills = 80, .seed = 5}));
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        AppModels models(unowned(t.book()));    // the app's own models and wiring
        DraftListModel &drafts = models.drafts();
        const int pending = drafts.count();
        QVERIFY(pending > 0);
        QCOMPARE(outboxRows(t.book()), 0);

        QQmlApplicationEngine engine;
        engine.setInitialProperties(models.initialProperties());
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        QVERIFY(window);
        window->resize(1120, 2400);   // tall enough for the first cards without scrolling
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QList<QQuickItem *> buttons;
        QTRY_VERIFY((buttons = itemsNamed(window->contentItem(), QStringLiteral("approveButton"))).size() > 0);
        QQuickItem *first = buttons.first();
        const QPointF centre = first->mapToScene(QPointF(first->width() / 2, first->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
        QTRY_COMPARE(outboxRows(t.book()), 1);
        QCOMPARE(drafts.count(), pending - 1);
        QCOMPARE(ChaseEngine(t.book()).outbox().first().state, OutboxState::Queued);
        window->grabWindow().save(QStringLiteral("approvals.png"));
    }

    void theKeyboardSkipsTheFocusedDraft()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 10, .bills = 80, .seed = 5}));
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        AppModels models(unowned(t.book()));    // the app's own models and wiring
        DraftListModel &drafts = models.drafts();
        const int pending = drafts.count();
        QQmlApplicationEngine engine;
        engine.setInitialProperties(models.initialProperties());
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QList<QQuickItem *> buttons;
        QTRY_VERIFY((buttons = itemsNamed(window->contentItem(), QStringLiteral("approveButton"))).size() > 0);
        // The card is the button's ancestor that takes focus.
        QQuickItem *card = buttons.first();
        while (card && !card->activeFocusOnTab())
            card = card->parentItem();
        QVERIFY(card);
        card->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_S);
        QTRY_COMPARE(drafts.count(), pending - 1);
        QCOMPARE(outboxRows(t.book()), 0);
    }

    // E opens the editor on the focused draft (built only then); Save keeps the owner's text, queues nothing.
    void editingADraftKeepsTheOwnersText()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 10, .bills = 80, .seed = 5}));
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        AppModels models(unowned(t.book()));
        DraftListModel &drafts = models.drafts();
        const qint64 firstId = drafts.data(drafts.index(0), DraftListModel::IdRole).toLongLong();
        QQmlApplicationEngine engine;
        engine.setInitialProperties(models.initialProperties());
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QList<QQuickItem *> buttons;
        QTRY_VERIFY((buttons = itemsNamed(window->contentItem(), QStringLiteral("approveButton"))).size() > 0);
        QVERIFY(itemsNamed(window->contentItem(), QStringLiteral("draftEditor")).isEmpty());
        QQuickItem *card = buttons.first();
        while (card && !card->activeFocusOnTab())
            card = card->parentItem();
        QVERIFY(card);
        card->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_E);
        QList<QQuickItem *> editors;
        QTRY_COMPARE((editors = itemsNamed(window->contentItem(), QStringLiteral("draftEditor"))).size(), 1);
        const QString text = QStringLiteral("Hi, just a gentle nudge about the invoice. Thanks!");
        editors.first()->setProperty("text", text);
        QList<QQuickItem *> save;
        QTRY_COMPARE((save = itemsNamed(window->contentItem(), QStringLiteral("saveDraftButton"))).size(), 1);
        QMetaObject::invokeMethod(save.first(), "clicked");
        QTRY_COMPARE(ChaseEngine(t.book()).draft(firstId)->body, text);
        QTRY_VERIFY(itemsNamed(window->contentItem(), QStringLiteral("draftEditor")).isEmpty());
        QCOMPARE(outboxRows(t.book()), 0);
    }
};

QTEST_MAIN(tst_Approvals)
#include "tst_approvals.moc"
