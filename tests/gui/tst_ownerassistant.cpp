// The owner's assistant on the desktop: pairing the owner's phone with a one-time code (Settings > Channels), the
// weekly summary's day and hour, the live status of the running bridges, and "Send to my phone now" on the Cash
// page, which goes through the real bridges (BridgeHost on its worker thread) to a fake Bot API on 127.0.0.1.
// Writes settings-assistant.png, settings-assistant-paired.png and cash-send.png for a human to look at.

#include "FakeTelegramServer.h"
#include "QuickTestHelpers.h"
#include "TestBook.h"

#include <AppModels.h>
#include <BridgeHost.h>
#include <ChannelSettings.h>
#include <ConnectionTest.h>
#include <OwnerAssistant.h>
#include <OwnerPairing.h>
#include <Repositories.h>
#include <SecretStore.h>
#include <WeeklySnapshotSchedule.h>

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(DueDeskPlugin)

using namespace duedesk;
using namespace quicktest;

namespace {

const QString ownerToken = QStringLiteral("555000222:TEST-owner_gui_fake_token_abcdefghij");

std::shared_ptr<Book> unowned(Book &book)
{
    return std::shared_ptr<Book>(&book, [](Book *) {});
}

int rowOf(const ChannelSettings &channels, const QString &key)
{
    for (int i = 0; i < channels.rowCount(); ++i)
        if (channels.index(i).data(ChannelSettings::KeyRole).toString() == key)
            return i;
    return -1;
}

QString digitsOf(const QString &code)
{
    QString digits = code;
    digits.remove(QLatin1Char(' '));
    return digits;
}

} // namespace

class tst_OwnerAssistant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairingShowsACodeUntilThePhoneUsesIt()
    {
        TestBook t(QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::LocalTime));
        OwnerAssistant assistant(unowned(t.book()));
        QVERIFY(!assistant.paired());
        QVERIFY(assistant.pairingCode().isEmpty());
        QVERIFY(!assistant.canSendNow());

        assistant.startPairing();
        const QString code = digitsOf(assistant.pairingCode());
        QCOMPARE(code.size(), 6);
        QVERIFY(assistant.pairingCode().contains(QLatin1Char(' '))); // "482 913": easier to type
        QVERIFY(assistant.pairingHint().contains(QStringLiteral("/start ") + code));

        // The bridges pair the chat on their own thread; the desktop notices when it looks again.
        QCOMPARE(OwnerPairing(t.book()).pair(Channel::Telegram, QStringLiteral("4242"), code), OwnerPairing::Outcome::Paired);
        QSignalSpy changed(&assistant, &OwnerAssistant::changed);
        assistant.refresh();
        QVERIFY(changed.count() >= 1);
        QVERIFY(assistant.paired());
        QVERIFY(assistant.pairingCode().isEmpty());
        QVERIFY(!assistant.canSendNow()); // paired, but no bridges are running here

        // A stranger's attempts are shown to the owner.
        QVERIFY(assistant.strangers().isEmpty());
        QVERIFY(OwnerPairing(t.book()).recordRefusal(Channel::Telegram, QStringLiteral("9999"), QStringLiteral("message")));
        assistant.refresh();
        QVERIFY(assistant.strangers().contains(QStringLiteral("1 time")));

        assistant.unpair();
        QVERIFY(!assistant.paired());
        QVERIFY(!OwnerPairing(t.book()).isPaired(Channel::Telegram));
    }

    void aCodeThatRanOutIsNoLongerShown()
    {
        TestBook t(QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::LocalTime));
        OwnerAssistant assistant(unowned(t.book()));
        assistant.startPairing();
        QVERIFY(!assistant.pairingCode().isEmpty());
        t.clock().advanceSecs(OwnerPairing::codeLifetimeSeconds + 1);
        assistant.refresh();
        QVERIFY(assistant.pairingCode().isEmpty());
        QVERIFY(assistant.pairingHint().isEmpty());
    }

    void theWeeklySummaryTimeIsTheSchedulesTime()
    {
        TestBook t(QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::LocalTime)); // a Wednesday
        OwnerAssistant assistant(unowned(t.book()));
        QCOMPARE(assistant.snapshotDay(), 1);
        QCOMPARE(assistant.snapshotHour(), 8);
        QVERIFY(assistant.snapshotEnabled());
        QCOMPARE(assistant.dayNames().size(), 7);
        QCOMPARE(assistant.dayNames().first(), QStringLiteral("Monday"));

        // Monday 08:00 has passed this week and nothing was sent (no phone is paired): it is still to come.
        QCOMPARE(assistant.nextSnapshot(), QStringLiteral("This week's summary goes out as soon as your phone is paired."));
        assistant.setSnapshotSchedule(true, 5, 17); // Friday 17:00
        QVERIFY(assistant.error().isEmpty());
        const WeeklySnapshotSchedule schedule(t.book());
        QCOMPARE(schedule.day(), 5);
        QCOMPARE(schedule.hour(), 17);
        QCOMPARE(assistant.nextSnapshot(), schedule.nextSlotText(t.clock().now()));
        QVERIFY(assistant.nextSnapshot().contains(QStringLiteral("17:00")));

        assistant.setSnapshotSchedule(false, 5, 17);
        QVERIFY(!WeeklySnapshotSchedule(t.book()).isEnabled());
        assistant.setSnapshotSchedule(true, 9, 30); // refused: the stored time stays
        QVERIFY(!assistant.error().isEmpty());
        QCOMPARE(WeeklySnapshotSchedule(t.book()).day(), 5);
    }

    void theRunningBridgesShowTheirStatusAndSendTheSummaryNow()
    {
        TestBook t(QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::LocalTime));
        FakeTelegramServer server;
        QVERIFY(server.isListening());
        // The assistant's bot, set up as the owner would in Settings > Channels (the token in the secret store).
        QVERIFY(t.book().setSetting(QStringLiteral("channel.telegram_owner.api_base"), server.url().toString()));
        MemorySecretStore secrets;
        secrets.write(QStringLiteral("telegram_owner"), ownerToken, [](const QString &) {});
        const auto code = OwnerPairing(t.book()).issueCode(Channel::Telegram);
        QVERIFY(code);
        QCOMPARE(OwnerPairing(t.book()).pair(Channel::Telegram, QStringLiteral("4242"), *code), OwnerPairing::Outcome::Paired);

        AppModels models(unowned(t.book()));
        BridgeHost host(t.book(), secrets);
        models.channels().setBridgeHost(&host);
        models.assistant().setBridgeHost(&host);
        QSignalSpy started(&host, &BridgeHost::started);
        host.start();
        QTRY_VERIFY(host.isRunning());

        const QModelIndex row = models.channels().index(rowOf(models.channels(), QStringLiteral("telegram_owner")));
        QVERIFY(row.isValid());
        QVERIFY(row.data(ChannelSettings::OwnerRole).toBool());
        QTRY_VERIFY2(row.data(ChannelSettings::LiveStatusRole).toString().startsWith(QStringLiteral("Paired")),
                     qPrintable(row.data(ChannelSettings::LiveStatusRole).toString()));
        QCOMPARE(row.data(ChannelSettings::LiveKindRole).toString(), QStringLiteral("ok"));
        // The business bot has no token: nothing runs for it, and its row says nothing live.
        const QModelIndex business = models.channels().index(rowOf(models.channels(), QStringLiteral("telegram")));
        QVERIFY(business.data(ChannelSettings::LiveStatusRole).toString().isEmpty());

        QTRY_VERIFY(models.assistant().canSendNow());
        models.assistant().sendSnapshotNow();
        QTRY_COMPARE(models.assistant().sendResult(), QStringLiteral("Sent to your phone."));
        int summaries = 0;
        for (const FakeTelegramServer::Request &r : server.requests(QStringLiteral("sendMessage")))
            if (r.token == ownerToken && r.json.value(QStringLiteral("chat_id")).toInteger() == 4242
                && r.json.value(QStringLiteral("text")).toString().contains(QStringLiteral("Outstanding")))
                ++summaries;
        QCOMPARE(summaries, 1);
        host.stop();
        QVERIFY(!host.isRunning());
        QVERIFY(row.data(ChannelSettings::LiveStatusRole).toString().isEmpty());
    }

    void theWindowShowsPairingAndTheSendButton()
    {
        TestBook t(QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::LocalTime));
        AppModels models(unowned(t.book()));
        MemorySecretStore secrets;
        NetworkConnectionTester tester; // never asked: no test is run here
        models.channels().setServices(&secrets, &tester);
        QQmlApplicationEngine engine;
        engine.setInitialProperties(models.initialProperties());
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        // Cash: the button waits for a paired phone.
        click(window, itemNamed(window, QStringLiteral("cashTab")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("cashSendToChat")));
        QVERIFY(!itemNamed(window, QStringLiteral("cashSendToChat"))->isEnabled());

        click(window, itemNamed(window, QStringLiteral("settingsTab")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("settings_channels")));
        click(window, itemNamed(window, QStringLiteral("settings_channels")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("channel_telegram_owner")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("assistantPair")));
        window->resize(1120, 2900); // the assistant's card is the last one
        settle(window);
        click(window, itemNamed(window, QStringLiteral("assistantPair")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("assistantCode")));
        QCOMPARE(itemNamed(window, QStringLiteral("assistantCode"))->property("text").toString(),
                 models.assistant().pairingCode());
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("settings-assistant.png")));

        // The phone sends the code: the card says so without a restart.
        QCOMPARE(OwnerPairing(t.book()).pair(Channel::Telegram, QStringLiteral("4242"), digitsOf(models.assistant().pairingCode())),
                 OwnerPairing::Outcome::Paired);
        models.assistant().refresh();
        QTRY_VERIFY(itemNamed(window, QStringLiteral("assistantPaired")));
        QVERIFY(!itemNamed(window, QStringLiteral("assistantCode"))); // hidden: no code left to show
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("settings-assistant-paired.png")));

        window->resize(1120, 720);
        click(window, itemNamed(window, QStringLiteral("cashTab")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("cashSendToChat")));
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("cash-send.png")));
    }
};

QTEST_MAIN(tst_OwnerAssistant)
#include "tst_ownerassistant.moc"
