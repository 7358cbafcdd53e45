// The core behind Settings: the owner's own template wording (used by new drafts, reset to DueDesk's), the book's
// quiet hours (honoured before a reminder goes out) and backups (a complete book that opens on its own).

#include "TestBook.h"

#include <AuditLog.h>
#include <BookBackup.h>
#include <ChaseEngine.h>
#include <MessageTemplates.h>
#include <QuietHours.h>
#include <Repositories.h>
#include <TemplateOverrides.h>

#include <QFile>
#include <QSqlQuery>
#include <QtTest>

using namespace duedesk;

namespace {

qint64 addEmailClient(TestBook &t, const QString &name)
{
    ClientRow c;
    c.name = name;
    c.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
    c.relationshipStart = QDate(2024, 1, 1);
    return *ClientRepository(t.book()).insert(c);
}

void setNow(TestBook &t, const QDate &day, const QTime &time)
{
    t.clock().setNow(QDateTime(day, time, Qt::LocalTime));
}

TemplateValues sampleValues()
{
    TemplateValues v;
    v.firstName = QStringLiteral("Sam");
    v.billNumber = QStringLiteral("INV-7");
    v.amount = Money(12345, QStringLiteral("GBP"));
    v.dueOn = QDate(2026, 11, 1);
    v.daysOverdue = 22;
    v.businessName = QStringLiteral("Brightwater");
    return v;
}

// The first pending draft after planning the bill's first reminder day.
// The kinds of the audit log's rows, oldest first.
QStringList auditKinds(TestBook &t)
{
    QStringList kinds;
    QSqlQuery q(t.book().database());
    q.exec(QStringLiteral("SELECT kind FROM audit_log ORDER BY id"));
    while (q.next())
        kinds << q.value(0).toString();
    return kinds;
}

DraftRow firstReminderDraft(TestBook &t)
{
    const QDate due(2026, 11, 20);
    const qint64 client = addEmailClient(t, QStringLiteral("Ann Smith"));
    t.addBill(QStringLiteral("INV-1"), client, due, 50000);
    setNow(t, due.addDays(1), QTime(10, 0));   // Standard: a friendly reminder one day after the due date
    ChaseEngine engine(t.book());
    if (!engine.plan(due.addDays(1)))
        return {};
    const QList<DraftRow> drafts = engine.pendingDrafts();
    return drafts.isEmpty() ? DraftRow() : drafts.last();
}

} // namespace

class tst_SettingsCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renderingTheShippedTextGivesWhatRenderGives()
    {
        const QLocale locale(QStringLiteral("en_GB"));
        const auto text = MessageTemplates::shipped(QStringLiteral("reminder"), Tone::Neutral, Channel::Email, QStringLiteral("en"));
        QVERIFY2(text, qPrintable(text.error()));
        const auto viaText = MessageTemplates::renderText(*text, Channel::Email, sampleValues(), locale);
        const auto direct = MessageTemplates::render(QStringLiteral("reminder"), Tone::Neutral, Channel::Email,
                                                     QStringLiteral("en"), sampleValues(), locale);
        QVERIFY(viaText && direct);
        QCOMPARE(viaText->subject, direct->subject);
        QCOMPARE(viaText->body, direct->body);
    }

    void aNewDraftUsesTheOwnersWording()
    {
        TestBook t;
        TemplateText own;
        own.language = QStringLiteral("en");
        own.subject = QStringLiteral("About bill {bill_number}");
        own.parts = {QStringLiteral("Hello {first_name}, {amount} is still open."), QStringLiteral("Thanks, {business_name}")};
        QString error;
        QVERIFY2(TemplateOverrides::save(t.book(), QStringLiteral("reminder"), Tone::Friendly, Channel::Email, own, &error),
                 qPrintable(error));
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater"));

        const DraftRow draft = firstReminderDraft(t);
        QCOMPARE(draft.kind, QStringLiteral("reminder"));
        QCOMPARE(draft.tone, Tone::Friendly);
        QCOMPARE(draft.subject, QStringLiteral("About bill INV-1"));
        QCOMPARE(draft.body, QStringLiteral("Hello Ann, £500.00 is still open.\n\nThanks, Brightwater"));
    }

    void afterAResetNewDraftsUseDueDesksWordingAgain()
    {
        TestBook t;
        TemplateText own;
        own.language = QStringLiteral("en");
        own.subject = QStringLiteral("Mine");
        own.parts = {QStringLiteral("My own words for {first_name}.")};
        QVERIFY(TemplateOverrides::save(t.book(), QStringLiteral("reminder"), Tone::Friendly, Channel::Email, own));
        QVERIFY(TemplateOverrides::reset(t.book(), QStringLiteral("reminder"), Tone::Friendly, Channel::Email,
                                         QStringLiteral("en")));
        const DraftRow draft = firstReminderDraft(t);
        QVERIFY(!draft.body.contains(QStringLiteral("My own words")));
        QVERIFY(draft.body.contains(QStringLiteral("INV-1")));
    }

    void anOverrideForTheBaseLanguageServesItsRegions()
    {
        TestBook t;
        TemplateText own;
        own.language = QStringLiteral("es");
        own.parts = {QStringLiteral("Hola {first_name}")};
        QVERIFY(TemplateOverrides::save(t.book(), QStringLiteral("reminder"), Tone::Firm, Channel::Sms, own));
        const TemplateOverrides overrides(t.book());
        QVERIFY(overrides.find(QStringLiteral("reminder"), Tone::Firm, Channel::Sms, QStringLiteral("es-MX")));
        QVERIFY(!overrides.find(QStringLiteral("reminder"), Tone::Firm, Channel::Sms, QStringLiteral("en")));
        QVERIFY(!overrides.find(QStringLiteral("reminder"), Tone::Friendly, Channel::Sms, QStringLiteral("es")));
    }

    void anEmptyTextOrAnEmailWithoutSubjectIsRefused()
    {
        TestBook t;
        TemplateText empty;
        empty.language = QStringLiteral("en");
        empty.subject = QStringLiteral("Subject");
        empty.parts = {QStringLiteral("   ")};
        QString error;
        QVERIFY(!TemplateOverrides::save(t.book(), QStringLiteral("reminder"), Tone::Friendly, Channel::Email, empty, &error));
        QVERIFY(error.contains(QStringLiteral("empty")));
        TemplateText noSubject;
        noSubject.language = QStringLiteral("en");
        noSubject.parts = {QStringLiteral("Text")};
        QVERIFY(!TemplateOverrides::save(t.book(), QStringLiteral("reminder"), Tone::Friendly, Channel::Email, noSubject, &error));
        QVERIFY(error.contains(QStringLiteral("subject")));
    }

    void quietHoursDefaultToEveningsAndSundays()
    {
        TestBook t;
        const QuietHours hours = QuietHours::fromBook(t.book());
        QCOMPARE(hours.start, QTime(20, 0));
        QCOMPARE(hours.end, QTime(8, 0));
        QVERIFY(hours.sundaysOff);
    }

    void changedQuietHoursHoldBackAnApprovedReminder()
    {
        TestBook t;
        const DraftRow draft = firstReminderDraft(t);   // Saturday 21 Nov 2026, 10:00
        QVERIFY(draft.id != 0);
        ChaseEngine engine(t.book());
        QVERIFY(engine.approve(draft.id));
        QCOMPARE(engine.nextSendable().size(), 1);       // 10:00 is outside 20:00-08:00

        QuietHours hours;
        hours.start = QTime(9, 0);
        hours.end = QTime(17, 0);
        QString error;
        QVERIFY2(hours.save(t.book(), &error), qPrintable(error));
        QVERIFY(engine.nextSendable().isEmpty());        // 10:00 is now quiet

        setNow(t, QDate(2026, 11, 21), QTime(17, 30));
        QCOMPARE(engine.nextSendable().size(), 1);
        setNow(t, QDate(2026, 11, 22), QTime(17, 30));   // a Sunday
        QVERIFY(engine.nextSendable().isEmpty());
        hours.sundaysOff = false;
        QVERIFY(hours.save(t.book()));
        QCOMPARE(engine.nextSendable().size(), 1);
        QCOMPARE(QuietHours::fromBook(t.book()).start, QTime(9, 0));
    }

    void settingsChangesAndBackupsAreRecordedInTheAuditLog()
    {
        TestBook t;
        TemplateText own;
        own.language = QStringLiteral("en");
        own.parts = {QStringLiteral("Hi {first_name}")};
        QVERIFY(TemplateOverrides::save(t.book(), QStringLiteral("reminder"), Tone::Neutral, Channel::Sms, own));
        QVERIFY(TemplateOverrides::reset(t.book(), QStringLiteral("reminder"), Tone::Neutral, Channel::Sms, QStringLiteral("en")));
        QuietHours hours;
        hours.start = QTime(21, 0);
        QVERIFY(hours.save(t.book()));
        QVERIFY(BookBackup::backUp(t.book(), t.folder() + QStringLiteral("/backups")));
        QCOMPARE(auditKinds(t), (QStringList{QStringLiteral("template_saved"), QStringLiteral("template_reset"),
                                             QStringLiteral("quiet_hours_saved"), QStringLiteral("backup_made")}));
        QVERIFY(AuditLog(t.book()).verify().ok);
    }

    void quietHoursThatStartWhenTheyEndAreRefused()
    {
        TestBook t;
        QuietHours hours;
        hours.start = QTime(8, 0);
        hours.end = QTime(8, 0);
        QString error;
        QVERIFY(!hours.save(t.book(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QuietHours::fromBook(t.book()).start, QTime(20, 0));
        QVERIFY(auditKinds(t).isEmpty());
    }

    void aBackupOpensAsABookWithTheSameBills()
    {
        TestBook t;
        const qint64 client = addEmailClient(t, QStringLiteral("Ann Smith"));
        t.addBill(QStringLiteral("INV-1"), client, QDate(2026, 11, 1), 50000);
        t.addBill(QStringLiteral("INV-2"), client, QDate(2026, 11, 5), 7500);
        const QString folder = t.folder() + QStringLiteral("/backups");
        const auto written = BookBackup::backUp(t.book(), folder);
        QVERIFY2(written, qPrintable(written.error()));
        QVERIFY(written->contains(QStringLiteral("2026-11-23")));

        const auto copy = Book::open(*written, t.clock());
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE((*copy)->schemaVersion(), Book::latestSchemaVersion());
        QSqlQuery q((*copy)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(number, ','), sum(amount_minor) FROM bills ORDER BY number")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("INV-1,INV-2"));
        QCOMPARE(q.value(1).toLongLong(), 57500);
    }

    void aSecondBackupInTheSameSecondDoesNotOverwriteTheFirst()
    {
        TestBook t;
        const QString folder = t.folder() + QStringLiteral("/backups");
        const auto first = BookBackup::backUp(t.book(), folder);
        const auto second = BookBackup::backUp(t.book(), folder);
        QVERIFY(first && second);
        QVERIFY(*first != *second);
        QCOMPARE(BookBackup::list(t.book(), folder).size(), 2);
    }

    void aBackupIntoAFolderThatCannotBeMadeFailsWithAReason()
    {
        TestBook t;
        QFile blocker(t.folder() + QStringLiteral("/file"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto written = BookBackup::backUp(t.book(), blocker.fileName() + QStringLiteral("/sub"));
        QVERIFY(!written);
        QVERIFY(!written.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SettingsCore)
#include "tst_settingscore.moc"
