// What a client's reply does through the engine. The understanding is given explicitly here, so these tests
// pin the effects; the classifier has its own tests.

#include "TestBook.h"

#include <ChaseEngine.h>
#include <OwnerTasks.h>
#include <Repositories.h>
#include <ReplyHandler.h>

#include <QSqlQuery>
#include <QtTest>

using namespace duedesk;

namespace {

const QDate today(2026, 11, 23);

ReplyUnderstanding understood(ReplyIntent intent, double confidence = 0.9, const QDate &promise = {},
                              std::optional<double> amount = std::nullopt)
{
    ReplyUnderstanding u;
    u.intent = intent;
    u.confidence = confidence;
    u.promiseDate = promise;
    u.amount = amount;
    return u;
}

struct Fixture {
    TestBook t{QDateTime(today, QTime(10, 0), Qt::LocalTime)};
    qint64 client = 0;
    qint64 bill = 0;
    ChaseEngine engine{t.book()};
    ReplyHandler handler{t.book()};

    Fixture()
    {
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater Plumbing"));
        ClientRow c;
        c.name = QStringLiteral("Rachel Green");
        c.email = QStringLiteral("rachel@example.com");
        c.phoneE164 = QStringLiteral("+447700900123");
        c.whatsappId = QStringLiteral("447700900123");
        for (Channel ch : {Channel::Sms, Channel::WhatsApp}) {
            ChannelConsent consent;
            consent.channel = ch;
            consent.optedInAt = t.clock().now();
            c.consents.append(consent);
        }
        client = *ClientRepository(t.book()).insert(c);
        bill = t.addBill(QStringLiteral("INV-100"), client, today.addDays(-10), 45000);
        engine.plan(today);    // a reminder is drafted and pending
    }
    QString chaseState()
    {
        QSqlQuery q(t.book().database());
        q.prepare(QStringLiteral("SELECT state FROM chases WHERE bill_id = ?"));
        q.addBindValue(bill);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    Result<HandledReply> reply(const ReplyUnderstanding &u, const QString &id = QStringLiteral("wamid.1"),
                               Channel channel = Channel::WhatsApp)
    {
        return handler.handleUnderstood(channel, channel == Channel::WhatsApp ? QStringLiteral("447700900123")
                                                                               : QStringLiteral("+447700900123"),
                                        id, QStringLiteral("a reply"), u);
    }
};

} // namespace

class tst_ReplyHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paidPausesTheChaseAndAsksTheOwnerButNeverMarksPaid()
    {
        Fixture f;
        QCOMPARE(f.engine.pendingDrafts().size(), 1);
        const auto r = f.reply(understood(ReplyIntent::Paid, 0.9, {}, 450.0));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(f.chaseState(), QStringLiteral("paused_review"));
        QCOMPARE(f.engine.pendingDrafts().size(), 0);
        QCOMPARE(BillRepository(f.t.book()).byId(f.bill)->status, BillStatus::Open);
        const QList<OwnerTask> tasks = OwnerTaskRepository(f.t.book()).open();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().kind, QStringLiteral("confirm_payment"));
        QVERIFY2(tasks.first().summary.contains(QStringLiteral("INV-100")), qPrintable(tasks.first().summary));
        // Nothing is planned while the owner has not decided; resuming brings the chase back.
        QCOMPARE(f.engine.plan(today.addDays(20))->drafted, 0);
        QString error;
        QVERIFY(f.engine.resumeChase(QStringLiteral("INV-100"), QStringLiteral("owner"), &error));
        QCOMPARE(f.chaseState(), QStringLiteral("active"));
    }

    void promiseWithADatePausesUntilThenAndDraftsAConfirmation()
    {
        Fixture f;
        const auto r = f.reply(understood(ReplyIntent::Promise, 0.9, today.addDays(4)));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(f.chaseState(), QStringLiteral("paused_promise"));
        QVERIFY(r->draftId > 0);
        const std::optional<DraftRow> d = f.engine.draft(r->draftId);
        QCOMPARE(d->kind, QStringLiteral("promise_confirmation"));
        QCOMPARE(d->channel, Channel::WhatsApp);
        QCOMPARE(d->state, DraftState::Pending);     // through the same approval
        QCOMPARE(f.engine.pendingDrafts().size(), 1); // the old reminder was cancelled
        // The confirmation is sendable although the chase is paused: it is a reply, not a reminder.
        const qint64 outboxId = *f.engine.approve(r->draftId);
        QVERIFY(f.engine.markSending(outboxId));
    }

    void promiseWithoutADateGoesToTheOwner()
    {
        Fixture f;
        const auto r = f.reply(understood(ReplyIntent::Promise));
        QVERIFY(r);
        QCOMPARE(r->draftId, 0);
        QCOMPARE(OwnerTaskRepository(f.t.book()).open().first().kind, QStringLiteral("promise_without_date"));
        QCOMPARE(f.chaseState(), QStringLiteral("active"));
    }

    void disputeSuspendsTheChaseAndGoesToTheOwner()
    {
        Fixture f;
        QVERIFY(f.reply(understood(ReplyIntent::Dispute)));
        QCOMPARE(BillRepository(f.t.book()).byId(f.bill)->status, BillStatus::Disputed);
        QCOMPARE(f.chaseState(), QStringLiteral("paused_dispute"));
        QCOMPARE(OwnerTaskRepository(f.t.book()).open().first().kind, QStringLiteral("dispute"));
    }

    void invoiceCopyDraftsAReplyWithTheBillDetails()
    {
        Fixture f;
        const auto r = f.reply(understood(ReplyIntent::InvoiceCopy));
        QVERIFY2(r, qPrintable(r.error()));
        const std::optional<DraftRow> d = f.engine.draft(r->draftId);
        QVERIFY(d);
        QCOMPARE(d->kind, QStringLiteral("invoice_copy"));
        QVERIFY2(d->body.contains(QStringLiteral("INV-100")) && d->body.contains(QStringLiteral("450.00")), qPrintable(d->body));
    }

    void paymentPlanGoesToTheOwnerWithASuggestedPlan()
    {
        Fixture f;
        QVERIFY(f.reply(understood(ReplyIntent::PaymentPlan)));
        const OwnerTask task = OwnerTaskRepository(f.t.book()).open().first();
        QCOMPARE(task.kind, QStringLiteral("payment_plan"));
        QVERIFY2(task.suggestion.contains(QStringLiteral("£150.00")), qPrintable(task.suggestion));
    }

    void stopOptsOutAtOnceAndConfirmsOnChatButNotBySms()
    {
        Fixture f;
        const auto r = f.reply(understood(ReplyIntent::Stop, 0.3));   // honoured whatever the confidence
        QVERIFY2(r, qPrintable(r.error()));
        const std::optional<ClientRow> c = ClientRepository(f.t.book()).byId(f.client);
        bool optedOut = false;
        for (const ChannelConsent &consent : c->consents)
            optedOut = optedOut || (consent.channel == Channel::WhatsApp && consent.optedOutAt.isValid());
        QVERIFY(optedOut);
        QCOMPARE(f.engine.draft(r->draftId)->kind, QStringLiteral("stop_confirmation"));
        // The one confirmation may still go to the channel just left.
        QVERIFY(f.engine.markSending(*f.engine.approve(r->draftId)));
        const auto sms = f.reply(understood(ReplyIntent::Stop), QStringLiteral("SM9"), Channel::Sms);
        QVERIFY(sms);
        QCOMPARE(sms->draftId, 0);
    }

    void wrongPersonStopsThatContactAndFlagsTheClient()
    {
        Fixture f;
        QVERIFY(f.reply(understood(ReplyIntent::WrongPerson)));
        QSqlQuery q(f.t.book().database());
        QVERIFY(q.exec(QStringLiteral("SELECT flag FROM clients")) && q.next());
        QVERIFY(!q.value(0).toString().isEmpty());
        QCOMPARE(OwnerTaskRepository(f.t.book()).open().first().kind, QStringLiteral("wrong_person"));
    }

    void unclearOrLowConfidenceRepliesGoToTheOwner_data()
    {
        QTest::addColumn<int>("intent");
        QTest::addColumn<double>("confidence");
        QTest::newRow("other") << int(ReplyIntent::Other) << 0.9;
        QTest::newRow("unsure paid") << int(ReplyIntent::Paid) << 0.4;
        QTest::newRow("unsure dispute") << int(ReplyIntent::Dispute) << 0.5;
    }
    void unclearOrLowConfidenceRepliesGoToTheOwner()
    {
        QFETCH(int, intent);
        QFETCH(double, confidence);
        Fixture f;
        QVERIFY(f.reply(understood(ReplyIntent(intent), confidence)));
        QCOMPARE(OwnerTaskRepository(f.t.book()).open().first().kind, QStringLiteral("unclear"));
        QCOMPARE(f.chaseState(), QStringLiteral("active"));
        QCOMPARE(BillRepository(f.t.book()).byId(f.bill)->status, BillStatus::Open);
    }

    void theSameMessageDeliveredTwiceIsHandledOnce()
    {
        Fixture f;
        QVERIFY(f.reply(understood(ReplyIntent::PaymentPlan)));
        const auto again = f.reply(understood(ReplyIntent::PaymentPlan));
        QVERIFY(again);
        QVERIFY(again->duplicate);
        QCOMPARE(OwnerTaskRepository(f.t.book()).open().size(), 1);
    }

    // "3/12" from a US client is March 12; from a UK client, 3 December: in the same GB book, the client's own
    // region decides (their phone number's country, else their language's region), not the book's.
    void theClientsRegionDecidesHowANumericDateReads_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("language");
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QDate>("promised");
        QTest::newRow("US phone, SMS") << QStringLiteral("+12125550147") << QString() << Channel::Sms
                                       << QStringLiteral("+12125550147") << QDate(2027, 3, 12);
        QTest::newRow("US phone, email") << QStringLiteral("+12125550147") << QString() << Channel::Email
                                         << QStringLiteral("sam@example.com") << QDate(2027, 3, 12);
        QTest::newRow("GB phone, SMS") << QStringLiteral("+447700900456") << QString() << Channel::Sms
                                       << QStringLiteral("+447700900456") << QDate(2026, 12, 3);
        QTest::newRow("no phone, en-US, email") << QString() << QStringLiteral("en-US") << Channel::Email
                                                << QStringLiteral("sam@example.com") << QDate(2027, 3, 12);
        QTest::newRow("no phone, no region: the book's") << QString() << QStringLiteral("en") << Channel::Email
                                                         << QStringLiteral("sam@example.com") << QDate(2026, 12, 3);
    }
    void theClientsRegionDecidesHowANumericDateReads()
    {
        QFETCH(QString, phone);
        QFETCH(QString, language);
        QFETCH(Channel, channel);
        QFETCH(QString, address);
        QFETCH(QDate, promised);
        Fixture f;
        QCOMPARE(f.t.book().region(), QStringLiteral("GB"));
        ClientRow c;
        c.name = QStringLiteral("Sam Rivera");
        c.email = QStringLiteral("sam@example.com");
        c.phoneE164 = phone;
        c.language = language;
        const qint64 client = *ClientRepository(f.t.book()).insert(c);
        f.t.addBill(QStringLiteral("INV-200"), client, today.addDays(-10), 30000);
        const auto r = f.handler.handle(channel, address, QStringLiteral("msg.3-12"), QStringLiteral("I'll pay on 3/12"));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->understanding.intent, ReplyIntent::Promise);
        QCOMPARE(r->understanding.promiseDate, promised);
    }

    void aMessageFromAStrangerGoesToTheOwner()
    {
        Fixture f;
        const auto r = f.handler.handleUnderstood(Channel::Sms, QStringLiteral("+15550100"), QStringLiteral("SM77"),
                                                  QStringLiteral("who is this"), understood(ReplyIntent::Other));
        QVERIFY(r);
        QCOMPARE(OwnerTaskRepository(f.t.book()).open().first().kind, QStringLiteral("unknown_sender"));
    }
};

QTEST_GUILESS_MAIN(tst_ReplyHandler)
#include "tst_replyhandler.moc"
