// The weekly cash snapshot to the owner's chat (issue 6): when it is due (once per week, across restarts and
// catch-up, one winner among concurrent claimers), what the message says, and the sender over a fake owner chat.
// Real SQLite books; time only through ManualClock, in local time.

#include "FakeOwnerChannel.h"
#include "TestBook.h"

#include <AuditLog.h>
#include <Book.h>
#include <CashSnapshot.h>
#include <Money.h>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>
#include <SnapshotMessage.h>
#include <WeeklySnapshotSchedule.h>
#include <WeeklySnapshotSender.h>

using namespace duedesk;

namespace {

// Monday 23 November 2026 is the week most tests run in.
const QDate monday(2026, 11, 23);

QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute)); // local time, as the schedule reads it
}

bool exec(Book &book, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(book.database());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec();
}

bool pay(Book &book, qint64 billId, qint64 amountMinor, const QDate &paidOn)
{
    return exec(book,
        QStringLiteral("INSERT INTO payments (bill_id, amount_minor, paid_on, created_at) VALUES (?, ?, ?, ?)"),
        { billId, amountMinor, paidOn.toString(Qt::ISODate),
            QString(paidOn.toString(Qt::ISODate) + QStringLiteral("T10:00:00.000Z")) });
}

bool promise(Book &book, qint64 billId, const QDate &on)
{
    return exec(book,
        QStringLiteral("INSERT INTO promises (bill_id, promised_on, state, created_at) VALUES (?, ?, 'open', ?)"),
        { billId, on.toString(Qt::ISODate), QStringLiteral("2026-11-01T10:00:00.000Z") });
}

QString gbp(const Book &book, qint64 minor)
{
    return Money(minor, QStringLiteral("GBP")).toDisplayString(book.locale());
}

CashSnapshot figures(qint64 paid, qint64 outstanding, qint64 overdue)
{
    CashSnapshot s;
    s.currency = QStringLiteral("GBP");
    s.weekOf = monday.addDays(-7);
    s.week.weekStart = s.weekOf;
    s.week.asOf = s.weekOf.addDays(6);
    s.week.paidMinor = paid;
    s.week.outstandingMinor = outstanding;
    s.week.overdueMinor = overdue;
    return s;
}

} // namespace

class tst_WeeklySnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- the schedule -------------------------------------------------------------------------------------------

    void defaultsAreMondayAtEight()
    {
        TestBook t;
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        const WeeklySnapshotSchedule schedule(t.book());
        QCOMPARE(schedule.day(), 1);
        QCOMPARE(schedule.hour(), 8);
        QVERIFY(schedule.isEnabled());
        QCOMPARE(schedule.slotOf(monday.addDays(3)), at(monday, 8));
        QCOMPARE(schedule.nextSlot(at(monday, 7)), at(monday, 8));
        QCOMPARE(schedule.nextSlotText(at(monday, 7)), QStringLiteral("Next summary: Monday, 23 November 2026 at 08:00"));
    }

    void badSettingsReadAsDefaults_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("hour");
        QTest::newRow("day 0") << QStringLiteral("0") << QStringLiteral("8");
        QTest::newRow("day 8, hour 24") << QStringLiteral("8") << QStringLiteral("24");
        QTest::newRow("words") << QStringLiteral("Friday") << QStringLiteral("eight");
        QTest::newRow("negative hour") << QStringLiteral("1") << QStringLiteral("-1");
        QTest::newRow("fraction") << QStringLiteral("2.5") << QStringLiteral("8.5");
    }

    void badSettingsReadAsDefaults()
    {
        QFETCH(QString, day);
        QFETCH(QString, hour);
        TestBook t;
        QVERIFY(t.book().setSetting(QStringLiteral("snapshot_day"), day));
        QVERIFY(t.book().setSetting(QStringLiteral("snapshot_hour"), hour));
        const WeeklySnapshotSchedule schedule(t.book());
        QCOMPARE(schedule.day(), 1);
        QCOMPARE(schedule.hour(), 8);
        QVERIFY(!schedule.dueWeek(at(monday, 7, 59)));
        QCOMPARE(schedule.dueWeek(at(monday, 8)), std::optional<QDate>(monday));
    }

    void setSlotRejectsBadValuesAndKeepsTheOldOnes()
    {
        TestBook t;
        WeeklySnapshotSchedule schedule(t.book());
        QVERIFY(schedule.setSlot(5, 17));
        QString error;
        QVERIFY(!schedule.setSlot(8, 9, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!schedule.setSlot(2, 24));
        QCOMPARE(schedule.day(), 5);
        QCOMPARE(schedule.hour(), 17);
        QCOMPARE(schedule.nextSlotText(at(monday, 9)), QStringLiteral("Next summary: Friday, 27 November 2026 at 17:00"));
    }

    void dueFromTheSlotOnNotBefore()
    {
        TestBook t;
        const WeeklySnapshotSchedule schedule(t.book());
        QVERIFY(!schedule.dueWeek(at(monday, 7, 59)));
        QCOMPARE(schedule.dueWeek(at(monday, 8)), std::optional<QDate>(monday));
        QCOMPARE(schedule.dueWeek(at(monday.addDays(6), 23, 59)), std::optional<QDate>(monday));
        // A Sunday evening slot is not due on the Monday to Saturday before it.
        TestBook sunday;
        WeeklySnapshotSchedule late(sunday.book());
        QVERIFY(late.setSlot(7, 18));
        QVERIFY(!late.dueWeek(at(monday.addDays(5), 23)));
        QCOMPARE(late.dueWeek(at(monday.addDays(6), 18)), std::optional<QDate>(monday));
    }

    void notDueAgainInTheSameWeekButDueTheNext()
    {
        TestBook t;
        WeeklySnapshotSchedule schedule(t.book());
        QVERIFY(schedule.claim(monday, nullptr));
        QVERIFY(!schedule.dueWeek(at(monday, 8, 1)));
        QVERIFY(!schedule.dueWeek(at(monday.addDays(6), 23, 59)));
        QCOMPARE(schedule.nextSlot(at(monday, 9)), at(monday.addDays(7), 8));
        QVERIFY(!schedule.dueWeek(at(monday.addDays(7), 7)));
        QCOMPARE(schedule.dueWeek(at(monday.addDays(7), 8)), std::optional<QDate>(monday.addDays(7)));
    }

    void catchUpSendsOnceForTheCurrentWeek()
    {
        TestBook t;
        WeeklySnapshotSchedule schedule(t.book());
        QVERIFY(schedule.claim(monday.addDays(-21), nullptr)); // last sent three weeks ago, then DueDesk was off
        const QDateTime wednesday = at(monday.addDays(2), 10);
        QCOMPARE(schedule.dueWeek(wednesday), std::optional<QDate>(monday));
        QVERIFY(schedule.claim(monday, nullptr));
        QVERIFY(!schedule.dueWeek(wednesday));
        QVERIFY(!schedule.dueWeek(wednesday.addSecs(3600)));
    }

    void aRestartDoesNotSendAgain()
    {
        TestBook t;
        QVERIFY(WeeklySnapshotSchedule(t.book()).claim(monday, nullptr));
        // A new process: the same file opened again, on a new Book and a new schedule.
        auto reopened = Book::open(t.path(), t.clock());
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        const WeeklySnapshotSchedule again(*reopened.value());
        QCOMPARE(again.lastClaimedWeek(), monday);
        QVERIFY(!again.dueWeek(at(monday.addDays(2), 9)));
    }

    void twoClaimersOneWins()
    {
        TestBook t;
        auto other = Book::open(t.path(), t.clock()); // its own connection, as a second process would have
        QVERIFY2(other.ok(), qPrintable(other.error()));
        WeeklySnapshotSchedule first(t.book());
        WeeklySnapshotSchedule second(*other.value());
        QVERIFY(first.dueWeek(at(monday, 9)));
        QVERIFY(second.dueWeek(at(monday, 9)));
        QString error;
        const bool a = first.claim(monday, nullptr, &error);
        const bool b = second.claim(monday, nullptr, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(a) + int(b), 1);
        QVERIFY(!first.claim(monday, nullptr));
        QVERIFY(!second.claim(monday.addDays(-7), nullptr)); // an older week never overwrites a newer claim
        QCOMPARE(second.lastClaimedWeek(), monday);
    }

    void releasePutsThePreviousWeekBack()
    {
        TestBook t;
        WeeklySnapshotSchedule schedule(t.book());
        QVERIFY(schedule.claim(monday.addDays(-7), nullptr));
        QString previous;
        QVERIFY(schedule.claim(monday, &previous));
        QCOMPARE(previous, monday.addDays(-7).toString(Qt::ISODate));
        QVERIFY(schedule.release(monday, previous));
        QCOMPARE(schedule.lastClaimedWeek(), monday.addDays(-7));
        QCOMPARE(schedule.dueWeek(at(monday, 9)), std::optional<QDate>(monday));
        QVERIFY(schedule.release(monday, previous)); // twice is harmless
        QCOMPARE(schedule.lastClaimedWeek(), monday.addDays(-7));
        // From nothing claimed, release leaves nothing claimed.
        TestBook fresh;
        WeeklySnapshotSchedule first(fresh.book());
        QVERIFY(first.claim(monday, &previous));
        QVERIFY(previous.isEmpty());
        QVERIFY(first.release(monday, previous));
        QVERIFY(!first.lastClaimedWeek().isValid());
        QCOMPARE(first.dueWeek(at(monday, 9)), std::optional<QDate>(monday));
    }

    void offMeansNeverDue()
    {
        TestBook t;
        WeeklySnapshotSchedule schedule(t.book());
        QVERIFY(schedule.setEnabled(false));
        QVERIFY(!schedule.dueWeek(at(monday.addDays(3), 9)));
        QVERIFY(!schedule.nextSlot(at(monday, 7)).isValid());
        QCOMPARE(schedule.nextSlotText(at(monday, 7)), QStringLiteral("The weekly summary is off."));
        QVERIFY(schedule.setEnabled(true));
        QVERIFY(schedule.dueWeek(at(monday.addDays(3), 9)));
    }

    void earlySlotsReportLastWeekLateOnesTheirOwn()
    {
        TestBook t;
        WeeklySnapshotSchedule schedule(t.book());
        QCOMPARE(schedule.reportedWeek(monday), monday.addDays(-7));
        QVERIFY(schedule.setSlot(5, 17));
        QCOMPARE(schedule.reportedWeek(monday), monday);
    }

    // --- the message --------------------------------------------------------------------------------------------

    void summaryReadsWellForEveryKindOfWeek_data()
    {
        QTest::addColumn<qint64>("paid");
        QTest::addColumn<qint64>("outstanding");
        QTest::addColumn<qint64>("overdue");
        QTest::addColumn<QString>("expected");
        QTest::newRow("money in, some overdue")
            << qint64(124000) << qint64(830000) << qint64(210000)
            << QStringLiteral("£1,240.00 came in last week; £8,300.00 is still owed, £2,100.00 of it overdue.");
        QTest::newRow("money in, nothing overdue")
            << qint64(124000) << qint64(830000) << qint64(0)
            << QStringLiteral("£1,240.00 came in last week; £8,300.00 is still owed, none of it overdue.");
        QTest::newRow("no payments")
            << qint64(0) << qint64(830000) << qint64(210000)
            << QStringLiteral("Nothing came in last week; £8,300.00 is still owed, £2,100.00 of it overdue.");
        QTest::newRow("all paid up") << qint64(50000) << qint64(0) << qint64(0)
                                     << QStringLiteral("£500.00 came in last week, and nobody owes you anything.");
        QTest::newRow("empty") << qint64(0) << qint64(0) << qint64(0)
                               << QStringLiteral("Nothing came in last week, and nobody owes you anything.");
    }

    void summaryReadsWellForEveryKindOfWeek()
    {
        QFETCH(qint64, paid);
        QFETCH(qint64, outstanding);
        QFETCH(qint64, overdue);
        QFETCH(QString, expected);
        TestBook t;
        const QString text = SnapshotMessage::text(figures(paid, outstanding, overdue), t.book().locale(), monday);
        QCOMPARE(text.section(QLatin1Char('\n'), 0, 0), expected);
    }

    void summaryNamesTheWeekFromToday()
    {
        TestBook t;
        const CashSnapshot s = figures(100, 0, 0);
        QVERIFY(SnapshotMessage::summary(s, t.book().locale(), monday).contains(QLatin1String("last week")));
        QVERIFY(SnapshotMessage::summary(s, t.book().locale(), monday.addDays(-1))
                    .contains(QLatin1String("so far this week")));
        QVERIFY(SnapshotMessage::summary(s, t.book().locale(), monday.addDays(14))
                    .contains(QLatin1String("in the week of Mon 16 Nov")));
    }

    void figuresAreTheCashSnapshots()
    {
        TestBook t(at(monday, 9).toUTC());
        Book &book = t.book();
        const qint64 acme = t.addClient(QStringLiteral("Acme Ltd"));
        const qint64 bolt = t.addClient(QStringLiteral("Bolt & Sons"));
        const qint64 a1 = t.addBill(QStringLiteral("A-1"), acme, QDate(2026, 10, 1), 300000); // 53 days overdue
        const qint64 a2 = t.addBill(QStringLiteral("A-2"), acme, QDate(2026, 11, 20), 120000); // 3 days overdue
        const qint64 b1 = t.addBill(QStringLiteral("B-1"), bolt, QDate(2026, 7, 1), 80000); // over 90
        t.addBill(QStringLiteral("B-2"), bolt, QDate(2026, 12, 20), 50000); // not due
        QVERIFY(a1 && a2 && b1);
        QVERIFY(pay(book, a1, 100000, QDate(2026, 11, 18))); // last week
        QVERIFY(pay(book, b1, 5000, QDate(2026, 11, 10))); // the week before
        QVERIFY(promise(book, a2, QDate(2026, 11, 19)));

        const CashSnapshot s = CashSnapshotBuilder::build(book, monday.addDays(-7));
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(
            s.week.paidMinor > 0 && s.week.overdueMinor > 0 && s.week.promisedMinor > 0); // the test means something
        const QString text = SnapshotMessage::text(s, book.locale(), monday);
        const auto has = [&](const QString &line) {
            if (!text.split(QLatin1Char('\n')).contains(line))
                qWarning("missing line \"%s\" in:\n%s", qPrintable(line), qPrintable(text));
            return text.split(QLatin1Char('\n')).contains(line);
        };
        QVERIFY(has(SnapshotMessage::summary(s, book.locale(), monday)));
        QVERIFY(has(QStringLiteral("Outstanding: ") + gbp(book, s.week.outstandingMinor)));
        QVERIFY(has(QStringLiteral("Overdue: ") + gbp(book, s.week.overdueMinor)));
        QVERIFY(has(QStringLiteral("Paid in: ") + gbp(book, s.week.paidMinor)));
        QVERIFY(has(QStringLiteral("Promised: ") + gbp(book, s.week.promisedMinor)));
        QVERIFY(has(QStringLiteral("1-30 days: ") + gbp(book, s.week.bucketMinor[1])));
        QVERIFY(has(QStringLiteral("31-60 days: ") + gbp(book, s.week.bucketMinor[2])));
        QVERIFY(has(QStringLiteral("61-90 days: ") + gbp(book, s.week.bucketMinor[3])));
        QVERIFY(has(QStringLiteral("Over 90 days: ") + gbp(book, s.week.bucketMinor[4])));
        QVERIFY(has(QStringLiteral("DSO: %1 days").arg(book.locale().toString(s.week.dsoDays, 'f', 1))));
        QVERIFY(
            has(QStringLiteral("Thu 19 Nov: Acme Ltd, %1 (bill A-2)").arg(gbp(book, s.promised.first().amountMinor))));
        QCOMPARE(s.topDebtors.size(), 2);
        QVERIFY(has(QStringLiteral("1. Acme Ltd: %1 (%2 overdue)")
                        .arg(gbp(book, s.topDebtors[0].outstandingMinor), gbp(book, s.topDebtors[0].overdueMinor))));
        QVERIFY(text.contains(QLatin1String("2. Bolt & Sons: ")));
        QVERIFY(text.size() < SnapshotMessage::maxLength);
    }

    void emptyBookReadsSensibly()
    {
        TestBook t(at(monday, 9).toUTC());
        const CashSnapshot s = CashSnapshotBuilder::build(t.book(), monday.addDays(-7));
        const QString text = SnapshotMessage::text(s, t.book().locale(), monday);
        QCOMPARE(text.section(QLatin1Char('\n'), 0, 0),
            QStringLiteral("Nothing came in last week, and nobody owes you anything."));
        QVERIFY(text.contains(QStringLiteral("Outstanding: £0.00")));
        QVERIFY(text.contains(QLatin1String("No payments are promised for the week.")));
        QVERIFY(!text.contains(QLatin1String("Owed the most")));
        QVERIFY(!text.contains(QLatin1String("nan")));
    }

    void longListsStayUnderTheChatLimit()
    {
        TestBook t;
        CashSnapshot s = figures(1, 2, 1);
        for (int i = 0; i < 200; ++i)
            s.promised.append(
                PromisedPayment{ QStringLiteral("INV-%1").arg(i), QString(300, QLatin1Char('x')), 100, monday });
        for (int i = 0; i < 5; ++i)
            s.topDebtors.append(Debtor{ i, QString(300, QLatin1Char('y')), 100, 0, 1, 0 });
        const QString text = SnapshotMessage::text(s, t.book().locale(), monday);
        QVERIFY(text.size() <= SnapshotMessage::maxLength);
        QVERIFY(text.contains(QLatin1String("...and 190 more")));
        QVERIFY(text.contains(QLatin1String("5. ")));
    }

    // --- the sender ---------------------------------------------------------------------------------------------

    void notPairedSendsNothingAndClaimsNothing()
    {
        TestBook t(at(monday, 9).toUTC());
        FakeOwnerChannel chat;
        chat.paired = false;
        WeeklySnapshotSender sender(t.book(), { &chat });
        QVERIFY(!sender.check());
        QVERIFY(chat.texts.isEmpty());
        QVERIFY(!WeeklySnapshotSchedule(t.book()).lastClaimedWeek().isValid());
        QString error;
        QVERIFY(!sender.sendNow(&error));
        QVERIFY(error.contains(QLatin1String("paired")));
        // Paired later in the week: it goes out then.
        chat.paired = true;
        QVERIFY(sender.check());
        QCOMPARE(chat.texts.size(), 1);
    }

    void pairedSendsOnceAndRecordsIt()
    {
        TestBook t(at(monday, 7).toUTC());
        FakeOwnerChannel chat;
        WeeklySnapshotSender sender(t.book(), { &chat });
        QSignalSpy finished(&sender, &WeeklySnapshotSender::finished);
        QVERIFY(!sender.check()); // before the slot
        t.clock().setNow(at(monday, 8));
        QVERIFY(sender.check());
        QVERIFY(!sender.check()); // claimed while in flight
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().at(0).toDate(), monday.addDays(-7));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QCOMPARE(finished.first().at(2).toBool(), true);
        QCOMPARE(chat.texts.size(), 1);
        QCOMPARE(chat.texts.first().section(QLatin1Char('\n'), 0, 0),
            QStringLiteral("Nothing came in last week, and nobody owes you anything."));
        const WeeklySnapshotSchedule schedule(t.book());
        QCOMPARE(schedule.lastSentWeek(), monday);
        QCOMPARE(AuditLog(t.book()).count(QStringLiteral("owner_snapshot")), 1);
        QVERIFY(AuditLog(t.book()).verify().ok);
        QCOMPARE(sender.pendingCount(), 0);

        t.clock().setNow(at(monday.addDays(3), 12));
        QVERIFY(!sender.check());
        WeeklySnapshotSender restarted(t.book(), { &chat });
        QVERIFY(!restarted.check());
        QCOMPARE(chat.texts.size(), 1);
        t.clock().setNow(at(monday.addDays(7), 8));
        QVERIFY(restarted.check());
        QCOMPARE(chat.texts.size(), 2);
    }

    void failureIsRetriedAtTheNextCheck()
    {
        TestBook t(at(monday, 9).toUTC());
        FakeOwnerChannel chat;
        chat.answer = FakeOwnerChannel::Answer::Fail;
        WeeklySnapshotSender sender(t.book(), { &chat });
        QSignalSpy finished(&sender, &WeeklySnapshotSender::finished);
        QVERIFY(sender.check());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().at(2).toBool(), false);
        QCOMPARE(finished.first().at(3).toString(), QStringLiteral("scripted failure"));
        QVERIFY(!WeeklySnapshotSchedule(t.book()).lastClaimedWeek().isValid());
        QCOMPARE(AuditLog(t.book()).count(QStringLiteral("owner_snapshot")), 0);

        chat.answer = FakeOwnerChannel::Answer::Ok;
        // Not every round: the chat gets a rest first.
        t.clock().advanceSecs(WeeklySnapshotSender::retryPauseSeconds - 1);
        QVERIFY(!sender.check());
        QCOMPARE(chat.texts.size(), 1);
        t.clock().advanceSecs(1);
        QVERIFY(sender.check());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(finished.last().at(2).toBool(), true);
        QCOMPARE(chat.texts.size(), 2);
        QVERIFY(!sender.check());
        QCOMPARE(chat.texts.size(), 2);
        QCOMPARE(AuditLog(t.book()).count(QStringLiteral("owner_snapshot")), 1);
    }

    // The connection dropped after the summary went out: the owner may have it, so it is not sent again.
    void aSummaryThatMayHaveArrivedIsNotSentAgain()
    {
        TestBook t(at(monday, 9).toUTC());
        FakeOwnerChannel chat;
        chat.answer = FakeOwnerChannel::Answer::Uncertain;
        WeeklySnapshotSender sender(t.book(), { &chat });
        QSignalSpy finished(&sender, &WeeklySnapshotSender::finished);
        QVERIFY(sender.check());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().at(2).toBool(), false);
        chat.answer = FakeOwnerChannel::Answer::Ok;
        QVERIFY(!sender.check());
        QCOMPARE(chat.texts.size(), 1);
        QCOMPARE(WeeklySnapshotSchedule(t.book()).lastClaimedWeek(), monday);
        QVERIFY(!WeeklySnapshotSchedule(t.book()).lastSentWeek().isValid());
    }

    void aCrashAfterTheClaimLosesTheWeekRatherThanSendingTwice()
    {
        TestBook t(at(monday, 9).toUTC());
        FakeOwnerChannel chat;
        chat.answer = FakeOwnerChannel::Answer::Never;
        {
            WeeklySnapshotSender sender(t.book(), { &chat });
            QVERIFY(sender.check());
        } // the process dies before the chat answers
        chat.answer = FakeOwnerChannel::Answer::Ok;
        WeeklySnapshotSender restarted(t.book(), { &chat });
        QVERIFY(!restarted.check());
        QCOMPARE(chat.texts.size(), 1);
        const WeeklySnapshotSchedule schedule(t.book());
        QCOMPARE(schedule.lastClaimedWeek(), monday);
        QVERIFY(!schedule.lastSentWeek().isValid()); // lost, and visibly so
    }

    void anAnswerFromWithinTheSendCountsOnce()
    {
        TestBook t(at(monday, 9).toUTC());
        FakeOwnerChannel chat;
        chat.answer = FakeOwnerChannel::Answer::OkInside;
        WeeklySnapshotSender sender(t.book(), { &chat });
        QSignalSpy finished(&sender, &WeeklySnapshotSender::finished);
        QVERIFY(sender.check());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(sender.pendingCount(), 0);
        QCOMPARE(WeeklySnapshotSchedule(t.book()).lastSentWeek(), monday);
    }

    void aRefusalAtOnceReleasesTheWeek()
    {
        TestBook t(at(monday, 9).toUTC());
        FakeOwnerChannel chat;
        chat.answer = FakeOwnerChannel::Answer::Refuse;
        WeeklySnapshotSender sender(t.book(), { &chat });
        QVERIFY(!sender.check());
        QVERIFY(!WeeklySnapshotSchedule(t.book()).lastClaimedWeek().isValid());
    }

    void theFirstPairedChannelGetsIt()
    {
        TestBook t(at(monday, 9).toUTC());
        FakeOwnerChannel telegram(Channel::Telegram);
        FakeOwnerChannel whatsapp(Channel::WhatsApp);
        telegram.paired = false;
        WeeklySnapshotSender sender(t.book(), { &telegram, &whatsapp });
        QSignalSpy finished(&sender, &WeeklySnapshotSender::finished);
        QVERIFY(sender.check());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(telegram.texts.isEmpty());
        QCOMPARE(whatsapp.texts.size(), 1);
    }

    // Paired once, its token removed since: it cannot take the summary, so the other paired chat gets it.
    void aPairedChatThatIsNoLongerSetUpIsPassedOver()
    {
        TestBook t(at(monday, 9).toUTC());
        FakeOwnerChannel telegram(Channel::Telegram);
        FakeOwnerChannel whatsapp(Channel::WhatsApp);
        telegram.configured = false;
        WeeklySnapshotSender sender(t.book(), { &telegram, &whatsapp });
        QSignalSpy finished(&sender, &WeeklySnapshotSender::finished);
        QVERIFY(sender.check());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QVERIFY(telegram.texts.isEmpty());
        QCOMPARE(whatsapp.texts.size(), 1);
    }

    void sendNowLeavesTheScheduleAlone()
    {
        TestBook t(at(monday, 9).toUTC());
        FakeOwnerChannel chat;
        WeeklySnapshotSender sender(t.book(), { &chat });
        QSignalSpy finished(&sender, &WeeklySnapshotSender::finished);
        QVERIFY(sender.sendNow());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.first().at(1).toBool(), false); // not scheduled
        QCOMPARE(finished.first().at(2).toBool(), true);
        QVERIFY(!WeeklySnapshotSchedule(t.book()).lastClaimedWeek().isValid());
        QCOMPARE(AuditLog(t.book()).count(QStringLiteral("owner_snapshot")), 1);
        // The weekly one still goes out.
        QVERIFY(sender.check());
        QCOMPARE(chat.texts.size(), 2);
        QCOMPARE(chat.texts.at(0), chat.texts.at(1));
    }
};

QTEST_MAIN(tst_WeeklySnapshot)
#include "tst_weeklysnapshot.moc"
