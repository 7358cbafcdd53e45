// Settings: the business profile and the app language, the reminder policy editor (validation, saving moves the
// running chases), the message editor (live preview, the owner's wording in new drafts), quiet hours, channels
// (the secret goes to the secret store, never into the book) and backups. Writes settings-business.png,
// settings-reminders.png, settings-templates.png, settings-channels.png, settings-backups.png, the dark
// settings-templates-dark.png and settings-channels-dark.png, and the smallest window's settings-reminders-small.png
// and settings-templates-small.png into the test's build folder for a human to look at.

#include "QuickTestHelpers.h"
#include "TestBook.h"

#include <AppModels.h>
#include <BackupModel.h>
#include <BusinessProfile.h>
#include <ChannelSettings.h>
#include <ChaseEngine.h>
#include <ConnectionTest.h>
#include <DashboardModel.h>
#include <PolicyEditor.h>
#include <PolicyRepository.h>
#include <Repositories.h>
#include <SecretStore.h>
#include <TemplateEditor.h>
#include <TranslationLoader.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(DueDeskPlugin)

using namespace duedesk;
using namespace quicktest;

namespace {

std::shared_ptr<Book> unowned(Book &book)
{
    return std::shared_ptr<Book>(&book, [](Book *) {});
}

qint64 addEmailClient(TestBook &t, const QString &name)
{
    ClientRow c;
    c.name = name;
    c.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
    c.relationshipStart = QDate(2024, 1, 1);
    return *ClientRepository(t.book()).insert(c);
}

QString scalar(Book &book, const QString &sql)
{
    QSqlQuery q(book.database());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
}

// Answers every test at once with a fixed result, and remembers the secret it was given.
class FakeTester : public ConnectionTester
{
public:
    bool ok = true;
    QString message = QStringLiteral("Connected as @brightwater_bot.");
    QString lastSecret;
    void test(const QString &channel, const QVariantMap &, const QString &secret) override
    {
        lastSecret = secret;
        emit finished(channel, ok, message);
    }
};

int rowOf(const ChannelSettings &channels, const QString &key)
{
    for (int i = 0; i < channels.rowCount(); ++i)
        if (channels.index(i).data(ChannelSettings::KeyRole).toString() == key)
            return i;
    return -1;
}

} // namespace

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        // QSettings of this test go to a test folder, never the user's own.
        QStandardPaths::setTestModeEnabled(true);
        QSettings(QStringLiteral("DueDesk"), QStringLiteral("DueDesk")).remove(BusinessProfile::appLanguageKey());
        installTranslations(QStringLiteral("en"));   // English plural forms, as the app does at start
    }

    void profileIsSavedInTheBookAndShownEverywhere()
    {
        TestBook t;
        AppModels models(unowned(t.book()));
        BusinessProfile &profile = models.business();
        QSignalSpy dashboardChanged(&models.dashboard(), &DashboardModel::changed);
        QVERIFY2(profile.save(QStringLiteral("  Brightwater Plumbing "), QStringLiteral("eur"), QStringLiteral("IE"),
                              QStringLiteral("es")),
                 qPrintable(profile.error()));
        QCOMPARE(t.book().setting(QStringLiteral("business_name")), QStringLiteral("Brightwater Plumbing"));
        QCOMPARE(t.book().currency(), QStringLiteral("EUR"));
        QCOMPARE(t.book().region(), QStringLiteral("IE"));
        QCOMPARE(t.book().setting(QStringLiteral("language")), QStringLiteral("es"));
        QVERIFY(dashboardChanged.count() >= 1);
        QCOMPARE(models.dashboard().businessName(), QStringLiteral("Brightwater Plumbing"));

        const BusinessProfile again(unowned(t.book()));
        QCOMPARE(again.name(), QStringLiteral("Brightwater Plumbing"));
        QCOMPARE(again.currency(), QStringLiteral("EUR"));
        QCOMPARE(again.region(), QStringLiteral("IE"));
        QCOMPARE(again.bookLanguage(), QStringLiteral("es"));
    }

    void aProfileThatCannotBeUsedIsRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("says");
        QTest::newRow("no name") << "  " << "GBP" << "GB" << "en" << "business name";
        QTest::newRow("unknown currency") << "A" << "XYZ" << "GB" << "en" << "XYZ";
        QTest::newRow("unknown region") << "A" << "GBP" << "ZZ" << "en" << "country";
        QTest::newRow("unknown language") << "A" << "GBP" << "GB" << "it" << "language";
    }

    void aProfileThatCannotBeUsedIsRefusedWithAReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, currency);
        QFETCH(QString, region);
        QFETCH(QString, language);
        QFETCH(QString, says);
        TestBook t;
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Before"));
        BusinessProfile profile(unowned(t.book()));
        QVERIFY(!profile.save(name, currency, region, language));
        QVERIFY2(profile.error().contains(says), qPrintable(profile.error()));
        QCOMPARE(t.book().setting(QStringLiteral("business_name")), QStringLiteral("Before"));
        QCOMPARE(t.book().currency(), QStringLiteral("GBP"));
    }

    void policyEditorRefusesStepsThatCannotWork_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("says");
        QTest::newRow("out of order") << "order" << "order of days";
        QTest::newRow("negative cap") << "cap" << "at least one reminder";
        QTest::newRow("final not last") << "final" << "last step";
        QTest::newRow("no name") << "name" << "name";
        QTest::newRow("no steps") << "empty" << "at least one step";
    }

    void policyEditorRefusesStepsThatCannotWork()
    {
        QFETCH(QString, edit);
        QFETCH(QString, says);
        TestBook t;
        PolicyEditor editor(unowned(t.book()));
        QAbstractItemModelTester tester(&editor, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(editor.name(), QStringLiteral("Standard"));
        QVERIFY(editor.problem().isEmpty());
        QCOMPARE(editor.rowCount(), 6);
        if (edit == QLatin1String("order")) {
            QVERIFY(editor.setStepField(2, QStringLiteral("offsetDays"), 40));   // after day 30 of step 5
        } else if (edit == QLatin1String("cap")) {
            editor.setWeeklyCap(-1);
        } else if (edit == QLatin1String("final")) {
            editor.moveStep(5, 4);
        } else if (edit == QLatin1String("name")) {
            editor.setName(QStringLiteral(" "));
        } else {
            while (editor.rowCount() > 0)
                editor.removeStep(0);
        }
        QVERIFY(editor.dirty());
        QVERIFY2(editor.problem().contains(says, Qt::CaseInsensitive), qPrintable(editor.problem()));
        QVERIFY(!editor.save());
        QCOMPARE(editor.message(), editor.problem());
        QCOMPARE(PolicyRepository(t.book()).byKey(QStringLiteral("standard"))->steps.size(), 6);
    }

    void addingAndMovingStepsKeepsThePolicyInOrder()
    {
        TestBook t;
        PolicyEditor editor(unowned(t.book()));
        QAbstractItemModelTester tester(&editor, QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.addStep();   // goes before the final notice, a week after the step before it
        QCOMPARE(editor.rowCount(), 7);
        QCOMPARE(editor.index(5).data(PolicyEditor::OffsetDaysRole).toInt(), 37);
        QCOMPARE(editor.index(6).data(PolicyEditor::TemplateKindRole).toString(), QStringLiteral("final_notice"));
        QVERIFY(editor.problem().isEmpty());
        editor.moveStep(5, 1);
        QVERIFY(!editor.problem().isEmpty());
        editor.moveStep(1, 5);
        QVERIFY(editor.problem().isEmpty());
        QVERIFY(editor.setStepField(5, QStringLiteral("channel"), QStringLiteral("sms")));
        QVERIFY(editor.setStepField(5, QStringLiteral("onBucket"), QStringLiteral("31-60")));
        QVERIFY(!editor.setStepField(5, QStringLiteral("tone"), QStringLiteral("shouty")));
        QVERIFY(editor.index(5).data(PolicyEditor::SummaryRole).toString().contains(QStringLiteral("31–60")));
        // A bucket step on day 31 between day 30 and day 45 is in order.
        QVERIFY2(editor.problem().isEmpty(), qPrintable(editor.problem()));
        QVERIFY(editor.save());
        const Policy saved = *PolicyRepository(t.book()).byKey(QStringLiteral("standard"));
        QCOMPARE(saved.steps.size(), 7);
        QCOMPARE(saved.steps.at(5).onBucket, QStringLiteral("31-60"));
        QCOMPARE(saved.steps.at(5).channelRule, ChannelRule::Fixed);
        QCOMPARE(saved.steps.at(5).channels, QList<Channel>{Channel::Sms});
        QVERIFY(!editor.dirty());
    }

    void savingAPolicyMovesTheRunningChases()
    {
        TestBook t;
        const QDate due(2026, 11, 20);
        const qint64 client = addEmailClient(t, QStringLiteral("Ann Smith"));
        const qint64 bill = t.addBill(QStringLiteral("INV-1"), client, due, 50000);
        t.clock().setNow(QDateTime(due.addDays(1), QTime(10, 0), Qt::LocalTime));
        QVERIFY(ChaseEngine(t.book()).plan(due.addDays(1)));   // the day-1 reminder is drafted; next: day 7
        const QString chaseSql = QStringLiteral("SELECT next_due_on FROM chases WHERE bill_id = %1").arg(bill);
        QCOMPARE(scalar(t.book(), chaseSql), due.addDays(7).toString(Qt::ISODate));

        AppModels models(unowned(t.book()));
        PolicyEditor &editor = models.policies();
        QSignalSpy bookChanged(&editor, &PolicyEditor::bookChanged);
        QVERIFY(editor.setStepField(2, QStringLiteral("offsetDays"), 10));
        QVERIFY(editor.save());
        QCOMPARE(bookChanged.count(), 1);
        QCOMPARE(scalar(t.book(), chaseSql), due.addDays(10).toString(Qt::ISODate));
        QVERIFY(editor.message().contains(QStringLiteral("Saved")));
        QCOMPARE(scalar(t.book(), QStringLiteral("SELECT kind FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("policy_saved"));
    }

    void aCopiedPolicyIsSavedAsANewOne()
    {
        TestBook t;
        PolicyEditor editor(unowned(t.book()));
        const int before = int(editor.policies().size());
        editor.duplicate(QStringLiteral("Builders"));
        QCOMPARE(editor.policies().size(), before + 1);
        editor.setAutoSend(true);
        QVERIFY(editor.save());
        const std::optional<Policy> saved = [&]() -> std::optional<Policy> {
            for (const Policy &p : PolicyRepository(t.book()).all())
                if (p.name == QLatin1String("Builders"))
                    return p;
            return std::nullopt;
        }();
        QVERIFY(saved);
        QVERIFY(saved->autoSend);
        QCOMPARE(saved->steps.size(), 6);
        QCOMPARE(editor.policies().size(), before + 1);
        QCOMPARE(editor.name(), QStringLiteral("Builders"));
    }

    void quietHoursFromSettingsHoldBackAReminder()
    {
        TestBook t;
        const QDate due(2026, 11, 20);
        const qint64 client = addEmailClient(t, QStringLiteral("Ann Smith"));
        t.addBill(QStringLiteral("INV-1"), client, due, 50000);
        t.clock().setNow(QDateTime(due.addDays(1), QTime(10, 0), Qt::LocalTime));
        ChaseEngine engine(t.book());
        QVERIFY(engine.plan(due.addDays(1)));
        QVERIFY(engine.approveAll());
        QCOMPARE(engine.nextSendable().size(), 1);

        PolicyEditor editor(unowned(t.book()));
        QCOMPARE(editor.quietStart(), QStringLiteral("20:00"));
        QVERIFY(!editor.saveQuietHours(QStringLiteral("25:00"), QStringLiteral("08:00"), true));
        QVERIFY(!editor.message().isEmpty());
        QVERIFY(editor.saveQuietHours(QStringLiteral("9:00"), QStringLiteral("12:00"), true));
        QCOMPARE(editor.quietStart(), QStringLiteral("09:00"));
        QVERIFY(engine.nextSendable().isEmpty());
        t.clock().setNow(QDateTime(due.addDays(1), QTime(12, 0), Qt::LocalTime));
        QCOMPARE(engine.nextSendable().size(), 1);
    }

    void thePreviewFollowsTheTextAndANewDraftUsesTheSavedWording()
    {
        TestBook t;
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater"));
        AppModels models(unowned(t.book()));
        TemplateEditor &editor = models.templates();
        QCOMPARE(editor.kind(), QStringLiteral("reminder"));
        QCOMPARE(editor.channel(), QStringLiteral("email"));
        QVERIFY(!editor.customised());
        QVERIFY(!editor.body().isEmpty());
        QVERIFY(editor.previewError().isEmpty());
        QVERIFY(editor.previewBody().contains(QStringLiteral("Sam")));

        QSignalSpy textChanged(&editor, &TemplateEditor::textChanged);
        editor.setSubject(QStringLiteral("Bill {bill_number}"));
        editor.setBody(QStringLiteral("Hello {first_name}, {amount} is still open.\nThank you, {business_name}"));
        QVERIFY(textChanged.count() >= 2);
        QCOMPARE(editor.previewSubject(), QStringLiteral("Bill INV-1042"));
        QCOMPARE(editor.previewBody(), QStringLiteral("Hello Sam, £1,250.00 is still open.\n\nThank you, Brightwater"));
        editor.setBody(QStringLiteral("Hello {frist_name}"));
        QVERIFY(editor.previewError().contains(QStringLiteral("frist_name")));
        QVERIFY(!editor.save());
        editor.setBody(QStringLiteral("Hello {first_name}, {amount} is still open.\nThank you, {business_name}"));
        QVERIFY2(editor.save(), qPrintable(editor.message()));
        QVERIFY(editor.customised());
        QVERIFY(!editor.dirty());

        const qint64 client = addEmailClient(t, QStringLiteral("Ann Smith"));
        const QDate due(2026, 11, 20);
        t.addBill(QStringLiteral("INV-1"), client, due, 50000);
        t.clock().setNow(QDateTime(due.addDays(1), QTime(10, 0), Qt::LocalTime));
        ChaseEngine engine(t.book());
        QVERIFY(engine.plan(due.addDays(1)));
        const QList<DraftRow> drafts = engine.pendingDrafts();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().subject, QStringLiteral("Bill INV-1"));
        QCOMPARE(drafts.first().body, QStringLiteral("Hello Ann, £500.00 is still open.\n\nThank you, Brightwater"));

        QVERIFY(editor.resetToDefault());
        QVERIFY(!editor.customised());
        QVERIFY(!editor.body().startsWith(QStringLiteral("Hello {first_name}, {amount} is still open.")));
    }

    void smsTextsShowTheirLengthInMessages()
    {
        TestBook t;
        TemplateEditor editor(unowned(t.book()));
        editor.setChannel(QStringLiteral("sms"));
        QVERIFY(editor.subject().isEmpty());
        QCOMPARE(editor.smsSegments(), 1);
        QVERIFY2(editor.smsInfo().contains(QStringLiteral("Text messages: 1")), qPrintable(editor.smsInfo()));
        editor.setBody(QString(170, QLatin1Char('a')));
        QCOMPARE(editor.smsSegments(), 2);
        QCOMPARE(editor.smsInfo(), QStringLiteral("Characters: 170 · Text messages: 2"));
        editor.setBody(QString(69, QLatin1Char('a')) + QStringLiteral("✓"));   // not GSM-7: 70 a message
        QCOMPARE(editor.smsSegments(), 1);
        editor.setBody(QString(70, QLatin1Char('a')) + QStringLiteral("✓"));
        QCOMPARE(editor.smsSegments(), 2);
        QCOMPARE(TemplateEditor::smsSegmentsFor(QString(160, QLatin1Char('a'))), 1);
        QCOMPARE(TemplateEditor::smsSegmentsFor(QString(307, QLatin1Char('a'))), 3);
    }

    void aChannelSecretGoesToTheSecretStoreAndNeverIntoTheBook()
    {
        TestBook t;
        ChannelSettings channels(unowned(t.book()));
        QAbstractItemModelTester tester(&channels, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MemorySecretStore secrets;
        FakeTester network;
        channels.setServices(&secrets, &network);
        const int telegram = rowOf(channels, QStringLiteral("telegram"));
        QVERIFY(telegram >= 0);
        channels.refresh();
        QCOMPARE(channels.index(telegram).data(ChannelSettings::StatusKindRole).toString(), QStringLiteral("none"));
        QVERIFY(!channels.index(telegram).data(ChannelSettings::ConfiguredRole).toBool());

        const QString secret = QStringLiteral("7351:AAH-very-secret-token");
        QSignalSpy stored(&channels, &ChannelSettings::secretStored);
        channels.setSecret(telegram, secret);
        QCOMPARE(stored.count(), 1);
        QVERIFY(channels.index(telegram).data(ChannelSettings::HasSecretRole).toBool());
        QVERIFY(channels.index(telegram).data(ChannelSettings::ConfiguredRole).toBool());
        QCOMPARE(channels.index(telegram).data(ChannelSettings::StatusKindRole).toString(), QStringLiteral("ready"));
        QVERIFY(channels.setField(telegram, QStringLiteral("api_base"), QStringLiteral("http://127.0.0.1:9")));
        QVERIFY(!channels.setField(telegram, QStringLiteral("password"), secret));

        QSignalSpy tested(&channels, &ChannelSettings::tested);
        channels.testConnection(telegram);
        QCOMPARE(tested.count(), 1);
        QCOMPARE(network.lastSecret, secret);
        QCOMPARE(channels.index(telegram).data(ChannelSettings::StatusKindRole).toString(), QStringLiteral("ok"));
        QVERIFY(channels.index(telegram).data(ChannelSettings::StatusRole).toString().contains(QStringLiteral("@brightwater_bot")));

        network.ok = false;
        network.message = QStringLiteral("The service did not accept the token (HTTP 401).");
        channels.testConnection(telegram);
        QCOMPARE(channels.index(telegram).data(ChannelSettings::StatusKindRole).toString(), QStringLiteral("error"));
        QVERIFY(channels.index(telegram).data(ChannelSettings::StatusRole).toString().contains(QStringLiteral("401")));
        // The status survives a restart; the secret is nowhere in the book.
        ChannelSettings later(unowned(t.book()));
        QVERIFY(later.index(telegram).data(ChannelSettings::StatusRole).toString().contains(QStringLiteral("401")));
        for (const QString &path : QStringList{t.path(), t.path() + QStringLiteral("-wal")}) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(path));
        }
        QCOMPARE(scalar(t.book(), QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%very-secret%'")),
                 QStringLiteral("0"));
    }

    void aBackupFromSettingsOpensWithTheSameBills()
    {
        TestBook t;
        const qint64 client = addEmailClient(t, QStringLiteral("Ann Smith"));
        t.addBill(QStringLiteral("INV-1"), client, QDate(2026, 11, 1), 50000);
        t.addBill(QStringLiteral("INV-2"), client, QDate(2026, 11, 2), 20000);
        BackupModel backups(unowned(t.book()));
        QAbstractItemModelTester tester(&backups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(backups.folder().endsWith(QStringLiteral("Backups")));
        backups.setFolder(QUrl::fromLocalFile(t.folder() + QStringLiteral("/mine")).toString());
        QCOMPARE(backups.folder(), QDir::toNativeSeparators(t.folder() + QStringLiteral("/mine")));
        QCOMPARE(backups.rowCount(), 0);
        QVERIFY2(backups.backUpNow(), qPrintable(backups.message()));
        QCOMPARE(backups.rowCount(), 1);
        QVERIFY(!backups.failed());
        const QString path = backups.index(0).data(BackupModel::PathRole).toString();
        QVERIFY(backups.message().contains(path));

        const auto copy = Book::open(QDir::fromNativeSeparators(path), t.clock());
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE(scalar(**copy, QStringLiteral("SELECT count(*) FROM bills")), QStringLiteral("2"));
        QCOMPARE(scalar(**copy, QStringLiteral("SELECT sum(amount_minor) FROM bills")), QStringLiteral("70000"));
        // The folder is remembered in the book.
        QCOMPARE(BackupModel(unowned(t.book())).rowCount(), 1);
    }

    void windowShowsEverySection()
    {
        TestBook t;
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater Plumbing & Heating"));
        const qint64 client = addEmailClient(t, QStringLiteral("Ann Smith"));
        t.addBill(QStringLiteral("INV-1"), client, QDate(2026, 11, 1), 50000);
        AppModels models(unowned(t.book()));
        MemorySecretStore secrets;
        FakeTester network;
        models.channels().setServices(&secrets, &network);
        const int email = rowOf(models.channels(), QStringLiteral("email"));
        const int telegram = rowOf(models.channels(), QStringLiteral("telegram"));
        models.channels().setField(email, QStringLiteral("smtp_host"), QStringLiteral("smtp.brightwater.example"));
        models.channels().setField(email, QStringLiteral("smtp_port"), QStringLiteral("587"));
        models.channels().setField(email, QStringLiteral("username"), QStringLiteral("accounts@brightwater.example"));
        models.channels().setField(email, QStringLiteral("from_address"), QStringLiteral("accounts@brightwater.example"));
        models.channels().setSecret(email, QStringLiteral("mail-password"));
        network.message = QStringLiteral("The mail server answered: smtp.brightwater.example ESMTP");
        models.channels().testConnection(email);
        models.channels().setSecret(telegram, QStringLiteral("1:bad"));
        network.ok = false;
        network.message = QStringLiteral("The service did not accept the token (HTTP 401).");
        models.channels().testConnection(telegram);

        QQmlApplicationEngine engine;
        // The app's own wiring of a language chosen in Settings (app/gui/main.cpp).
        connect(&models.business(), &BusinessProfile::appLanguageChanged, &engine, [&engine](const QString &code) {
            installTranslations(code == QLatin1String("system") ? QString() : code);
            engine.retranslate();
        });
        engine.setInitialProperties(models.initialProperties());
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *root = window->contentItem();

        click(window, itemNamed(window, QStringLiteral("settingsTab")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("businessName")));
        QCOMPARE(itemNamed(window, QStringLiteral("businessName"))->property("text").toString(),
                 QStringLiteral("Brightwater Plumbing & Heating"));
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("settings-business.png")));

        // Editing the name in the window and saving it reaches the book and the header.
        QQuickItem *nameField = itemNamed(window, QStringLiteral("businessName"));
        nameField->setProperty("text", QStringLiteral("Brightwater Heating"));
        click(window, itemNamed(window, QStringLiteral("saveBusiness")));
        QTRY_COMPARE(t.book().setting(QStringLiteral("business_name")), QStringLiteral("Brightwater Heating"));
        QTRY_VERIFY(visibleTexts(root).contains(QStringLiteral("Brightwater Heating")));

        click(window, itemNamed(window, QStringLiteral("settings_reminders")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("policyName")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("removeStep5")));
        QStringList texts = visibleTexts(root);
        QVERIFY2(texts.contains(QStringLiteral("Quiet hours")), qPrintable(texts.join(QLatin1String(" | "))));
        QVERIFY(texts.contains(QStringLiteral("6. ") + models.policies().index(5).data(PolicyEditor::SummaryRole).toString()));
        window->resize(1120, 1400);   // tall enough for every step in the picture
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("settings-reminders.png")));
        window->resize(760, 520);
        settle(window);
        QTest::qWait(100);
        QVERIFY(window->grabWindow().save(QStringLiteral("settings-reminders-small.png")));
        QVERIFY(itemNamed(window, QStringLiteral("settingsTab_reminders")));
        QVERIFY(!itemNamed(window, QStringLiteral("settings_reminders")));
        window->resize(1120, 720);
        // Removing a step in the window removes it from the edited policy, not yet from the book.
        click(window, itemNamed(window, QStringLiteral("removeStep0")));
        QTRY_COMPARE(models.policies().rowCount(), 5);
        QVERIFY(models.policies().dirty());
        QCOMPARE(PolicyRepository(t.book()).byKey(QStringLiteral("standard"))->steps.size(), 6);

        click(window, itemNamed(window, QStringLiteral("settings_templates")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("templateBody")));
        QQuickItem *body = itemNamed(window, QStringLiteral("templateBody"));
        body->setProperty("text", QStringLiteral("Hello {first_name}, a quick note about {bill_number}.\n{no_pay_link}Reply to this email to pay.\nPay here: {pay_link}"));
        QTRY_COMPARE(itemNamed(window, QStringLiteral("previewBody"))->property("text").toString(),
                     QStringLiteral("Hello Sam, a quick note about INV-1042.\n\nPay here: https://pay.example.com/INV-1042"));
        QVERIFY(models.templates().dirty());
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("settings-templates.png")));
        QVERIFY(useDarkTheme(window));
        QVERIFY(window->grabWindow().save(QStringLiteral("settings-templates-dark.png")));
        QQmlProperty theme(window, QStringLiteral("Material.theme"), qmlContext(window));
        QVERIFY(theme.write(0));   // Material.Light
        window->resize(760, 520);   // the smallest window: the sections become tabs above the content
        QTRY_VERIFY(itemNamed(window, QStringLiteral("settingsTab_templates")));
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("settings-templates-small.png")));
        window->resize(1120, 720);
        QTRY_VERIFY(itemNamed(window, QStringLiteral("settings_channels")));

        click(window, itemNamed(window, QStringLiteral("settings_channels")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("channel_email")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("status_email"))->property("text").toString().contains(QStringLiteral("ESMTP")));
        QVERIFY(itemNamed(window, QStringLiteral("status_telegram"))->property("text").toString().contains(QStringLiteral("401")));
        QCOMPARE(itemNamed(window, QStringLiteral("email_smtp_host"))->property("text").toString(),
                 QStringLiteral("smtp.brightwater.example"));
        window->resize(1120, 1200);
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("settings-channels.png")));
        QVERIFY(useDarkTheme(window));
        QVERIFY(window->grabWindow().save(QStringLiteral("settings-channels-dark.png")));
        QVERIFY(theme.write(0));   // Material.Light
        window->resize(1120, 720);

        click(window, itemNamed(window, QStringLiteral("settings_backups")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("backUpNow")));
        models.backups().setFolder(t.folder() + QStringLiteral("/backups"));
        click(window, itemNamed(window, QStringLiteral("backUpNow")));
        QTRY_COMPARE(models.backups().rowCount(), 1);
        QTRY_VERIFY(!itemNamed(window, QStringLiteral("backupMessage"))->property("text").toString().isEmpty());
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("settings-backups.png")));

        // The app's language changes at once, and is remembered per user.
        const QString before = itemNamed(window, QStringLiteral("dashboardTab"))->property("text").toString();
        QCOMPARE(before, QStringLiteral("Dashboard"));
        models.business().setAppLanguage(QStringLiteral("es"));
        QCOMPARE(QSettings(QStringLiteral("DueDesk"), QStringLiteral("DueDesk")).value(BusinessProfile::appLanguageKey()).toString(),
                 QStringLiteral("es"));
        QCOMPARE(BusinessProfile::savedAppLanguage(), QStringLiteral("es"));
        QTRY_COMPARE(itemNamed(window, QStringLiteral("dashboardTab"))->property("text").toString(), QStringLiteral("Resumen"));
        models.business().setAppLanguage(QStringLiteral("system"));
        QCOMPARE(BusinessProfile::savedAppLanguage(), QString());
        QTRY_COMPARE(itemNamed(window, QStringLiteral("dashboardTab"))->property("text").toString(), QStringLiteral("Dashboard"));
    }
};

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
