// The first window: the dashboard shows the book's real totals per aging bucket and the overdue count.
// Renders offscreen and writes dashboard-<lang>.png into the test's build folder for a human to look at.

#include "TestBook.h"

#include <AgingReport.h>
#include <BillDetails.h>
#include <BillListModel.h>
#include <CallQueueModel.h>
#include <CashModel.h>
#include <CashSnapshot.h>
#include <AppModels.h>
#include <OwnerTasks.h>
#include <ChaseEngine.h>
#include <DashboardModel.h>
#include <DraftListModel.h>
#include <Money.h>
#include <Seeder.h>
#include <TranslationLoader.h>

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(DueDeskPlugin)

using namespace duedesk;

namespace {

// Every text shown by a Label/Text under item.
QStringList visibleTexts(QQuickItem *item)
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

} // namespace

class tst_Dashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }

    void modelCarriesTheBooksAgingTotals()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 20, .bills = 300, .seed = 3}));
        DashboardModel model(std::shared_ptr<Book>(&t.book(), [](Book *) {}));
        const QList<AgingTotals> totals = AgingReport::compute(t.book(), t.clock().today());
        const AgingTotals gbp = *std::find_if(totals.begin(), totals.end(),
                                              [](const AgingTotals &a) { return a.currency == QLatin1String("GBP"); });
        const QLocale locale = t.book().locale();
        QCOMPARE(model.buckets().size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QVariantMap b = model.buckets().at(i).toMap();
            QCOMPARE(b.value(QStringLiteral("amountText")).toString(),
                     Money(gbp.balanceMinor[i], QStringLiteral("GBP")).toDisplayString(locale));
            QCOMPARE(b.value(QStringLiteral("count")).toInt(), int(gbp.billCount[i]));
        }
        QCOMPARE(model.overdueCount(), int(gbp.overdueCount()));
        QVERIFY(model.overdueCount() > 0);
        QCOMPARE(model.outstandingText(), Money(gbp.totalMinor(), QStringLiteral("GBP")).toDisplayString(locale));
        QVERIFY(model.outstandingText().startsWith(QStringLiteral("£")));
        QCOMPARE(model.otherCurrencies().size(), int(totals.size()) - 1);
    }

    // The dashboard's "paid this week" and DSO are the cash snapshot's figures for this week, read without its
    // twelve-week history.
    void paidThisWeekAndDsoAreTheSnapshotsFigures()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 20, .bills = 300, .seed = 3}));
        const auto book = std::shared_ptr<Book>(&t.book(), [](Book *) {});
        DashboardModel model(book);
        const CashSnapshot snapshot = CashSnapshotBuilder::build(t.book(), t.clock().today());
        QVERIFY(snapshot.week.paidMinor > 0);
        QVERIFY(snapshot.week.dsoDays > 0);
        QCOMPARE(model.paidThisWeekText(), Money(snapshot.week.paidMinor, QStringLiteral("GBP")).toDisplayString(t.book().locale()));
        QCOMPARE(model.dsoText(), DashboardModel::tr("%n day(s)", "", qRound(snapshot.week.dsoDays)));
        QVERIFY(model.lastError().isEmpty());
    }

    void repliesThatNeedTheOwnerAreListedNewestFirstAndLeaveWhenClosed()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Rachel Green"));
        OwnerTaskRepository tasks(t.book());
        OwnerTask first;
        first.kind = QStringLiteral("confirm_payment");
        first.clientId = c;
        first.summary = QStringLiteral("Rachel Green says she paid");
        QVERIFY(tasks.add(first));
        t.clock().advanceSecs(60);
        OwnerTask second;
        second.kind = QStringLiteral("dispute");
        second.clientId = c;
        second.summary = QStringLiteral("Rachel Green disputes INV-7");
        const auto secondId = tasks.add(second);
        QVERIFY(secondId);
        DashboardModel model(std::shared_ptr<Book>(&t.book(), [](Book *) {}));
        QCOMPARE(model.needsYou().size(), 2);
        QCOMPARE(model.needsYou().at(0).toMap().value(QStringLiteral("summary")).toString(), second.summary);
        QSignalSpy bookChanged(&model, &DashboardModel::bookChanged);
        model.closeTask(*secondId, true);
        QCOMPARE(bookChanged.count(), 1);
        QCOMPARE(model.needsYou().size(), 1);
        QCOMPARE(model.needsYou().at(0).toMap().value(QStringLiteral("summary")).toString(), first.summary);
        QCOMPARE(tasks.open().size(), 1);
    }

    void refreshFollowsChangesInTheBook()
    {
        TestBook t;
        const qint64 c = t.addClient(QStringLiteral("Rachel"));
        DashboardModel model(std::shared_ptr<Book>(&t.book(), [](Book *) {}));
        QCOMPARE(model.overdueCount(), 0);
        QSignalSpy changed(&model, &DashboardModel::changed);
        t.addBill(QStringLiteral("INV-9"), c, t.clock().today().addDays(-45), 25000);
        model.refresh();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.overdueCount(), 1);
        QCOMPARE(model.buckets().at(2).toMap().value(QStringLiteral("count")).toInt(), 1);
    }

    void windowShowsTheFigures_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("overdueTitle");
        QTest::newRow("en") << "en" << "Overdue";
        QTest::newRow("de") << "de" << "Überfällig";
        QTest::newRow("es") << "es" << "Vencido";
        QTest::newRow("fr") << "fr" << "En retard";
    }
    void windowShowsTheFigures()
    {
        QFETCH(QString, language);
        QFETCH(QString, overdueTitle);
        installTranslations(language);
        TestBook t;
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater Plumbing & Heating"));
        QVERIFY(Seeder::seed(t.book(), {.clients = 30, .bills = 400, .seed = 7}));
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        AppModels models(std::shared_ptr<Book>(&t.book(), [](Book *) {}));    // the app's own models and wiring
        DashboardModel &model = models.dashboard();
        QVERIFY(models.drafts().rowCount() > 0);
        QQmlApplicationEngine engine;
        engine.setInitialProperties(models.initialProperties());
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        const QStringList texts = visibleTexts(window->contentItem());
        QVERIFY2(texts.contains(QStringLiteral("Brightwater Plumbing & Heating")), qPrintable(texts.join(QLatin1String(" | "))));
        QVERIFY2(texts.contains(model.outstandingText()), qPrintable(texts.join(QLatin1String(" | "))));
        QVERIFY2(texts.contains(model.overdueText()), qPrintable(texts.join(QLatin1String(" | "))));
        for (const QVariant &b : model.buckets())
            QVERIFY(texts.contains(b.toMap().value(QStringLiteral("amountText")).toString()));
        QVERIFY2(texts.contains(overdueTitle), qPrintable(texts.join(QLatin1String(" | "))));

        const QImage shot = window->grabWindow();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QStringLiteral("dashboard-%1.png").arg(language)));
        installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
