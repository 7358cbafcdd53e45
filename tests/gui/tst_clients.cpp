// The Clients page: the client list (QAbstractItemModelTester, its figures against plain SQL, the text filter and
// the sorts), the client's panel (formatted phones, the conversation in time order, DSO) and the owner's changes
// through it (a channel turned off cancels that channel's drafts; segment and policy changes are kept and
// re-schedule the chases), and the page itself in the window. Writes clients.png, clients-thread.png,
// clients-dark.png and clients-narrow.png into the test's build folder for a human to look at.

#include "QuickTestHelpers.h"
#include "TestBook.h"

#include <AppModels.h>
#include <BillDetails.h>
#include <ChaseEngine.h>
#include <ClientDetails.h>
#include <ClientDso.h>
#include <ClientListModel.h>
#include <DraftListModel.h>
#include <PolicyRepository.h>
#include <ReplyHandler.h>
#include <Repositories.h>
#include <Seeder.h>

#include <QAbstractItemModelTester>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(DueDeskPlugin)

using namespace duedesk;
using namespace quicktest;

namespace {

std::shared_ptr<Book> unowned(Book &book)
{
    return std::shared_ptr<Book>(&book, [](Book *) {});
}

QList<qint64> idsOf(const ClientListModel &model)
{
    QList<qint64> ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids << model.data(model.index(i), ClientListModel::ClientIdRole).toLongLong();
    return ids;
}

struct PlainClient {
    qint64 id = 0;
    QString name;
    QString company;
    QString email;
    QString phone;
    qint64 outstanding = 0;
    qint64 overdue = 0;
    int openBills = 0;
};

// Every client with its figures, summed bill by bill in C++ (no aggregate SQL), in id order.
QList<PlainClient> plainClients(Book &book)
{
    QMap<qint64, PlainClient> clients;
    QSqlQuery q(book.database());
    q.exec(QStringLiteral("SELECT id, name, company, email, phone_e164 FROM clients"));
    while (q.next())
        clients.insert(q.value(0).toLongLong(), {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toString(), q.value(4).toString()});
    const QString today = book.clock().today().toString(Qt::ISODate);
    q.exec(QStringLiteral("SELECT client_id, amount_minor - paid_minor, currency, due_on, status FROM bills"));
    while (q.next()) {
        const qint64 balance = q.value(1).toLongLong();
        const QString status = q.value(4).toString();
        if (balance <= 0 || (status != QLatin1String("open") && status != QLatin1String("disputed")))
            continue;
        PlainClient &c = clients[q.value(0).toLongLong()];
        ++c.openBills;
        if (q.value(2).toString() != book.currency())
            continue;
        c.outstanding += balance;
        if (!q.value(3).isNull() && q.value(3).toString() < today)
            c.overdue += balance;
    }
    return clients.values();
}

QString draftStateOf(Book &book, qint64 draftId)
{
    QSqlQuery q(book.database());
    q.prepare(QStringLiteral("SELECT state FROM drafts WHERE id = ?"));
    q.addBindValue(draftId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QVariant scalar(Book &book, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(book.database());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

void setToday(TestBook &t, const QDate &day, const QTime &time)
{
    t.clock().setNow(QDateTime(day, time, Qt::UTC));
}

// A client reachable by email and, with consent, by text message at `phone`.
qint64 addTextingClient(TestBook &t, const QString &name, const QString &phone, Segment segment = Segment::Standard)
{
    ClientRow c;
    c.name = name;
    c.company = name.section(QLatin1Char(' '), 1) + QStringLiteral(" Interiors");
    c.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com");
    c.phoneE164 = phone;
    c.segment = segment;
    c.preferredChannel = Channel::Sms;
    c.relationshipStart = QDate(2023, 3, 1);
    ChannelConsent sms;
    sms.channel = Channel::Sms;
    sms.optedInAt = t.clock().now().addDays(-100);
    sms.optedInBy = QStringLiteral("import");
    c.consents.append(sms);
    const auto id = ClientRepository(t.book()).insert(c);
    return id ? *id : 0;
}

// Rachel Green on a GB book: one bill 3 days overdue (drafted, approved, sent by text and delivered), one paid
// bill, and two replies of hers. Returns her id. Today stays 2026-11-23.
qint64 addRachel(TestBook &t)
{
    const QDate today(2026, 11, 23);
    const qint64 rachel = addTextingClient(t, QStringLiteral("Rachel Green"), QStringLiteral("+447911123456"));
    t.addBill(QStringLiteral("RG-1"), rachel, today.addDays(-3), 25000);       // issued 2026-10-21
    t.addBill(QStringLiteral("RG-2"), rachel, today.addDays(10), 50000);       // issued 2026-11-03
    ChaseEngine engine(t.book());
    setToday(t, today, QTime(9, 0));
    QString error;
    if (!engine.recordPayment(QStringLiteral("RG-2"), Money(50000, QStringLiteral("GBP")), today, PaymentSource::Manual,
                              QStringLiteral("owner"), &error))
        qWarning("payment: %s", qPrintable(error));
    if (!engine.plan(today))
        qWarning("plan failed");
    for (const DraftRow &d : engine.pendingDrafts()) {
        if (d.clientId != rachel)
            continue;
        const auto outboxId = engine.approve(d.id);
        if (!outboxId || !engine.markSending(*outboxId) || !engine.markSent(*outboxId, QStringLiteral("SM-RG-1"))
            || !engine.recordDeliveryStatus(QStringLiteral("SM-RG-1"), OutboxState::Delivered))
            qWarning("could not send Rachel's reminder");
    }
    setToday(t, today, QTime(11, 30));
    if (!ReplyHandler(t.book()).handle(Channel::Sms, QStringLiteral("+447911123456"), QStringLiteral("SM-IN-1"),
                                       QStringLiteral("Sorry! I will pay it on Friday")))
        qWarning("reply 1 failed");
    setToday(t, today, QTime(11, 45));
    if (!ReplyHandler(t.book()).handle(Channel::Email, QStringLiteral("rachel@example.com"), QStringLiteral("EM-IN-2"),
                                       QStringLiteral("Could you send me a copy of the invoice please?")))
        qWarning("reply 2 failed");
    setToday(t, today, QTime(12, 0));
    return rachel;
}

} // namespace

class tst_Clients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QVERIFY(m_big.isValid());
        QVERIFY(Seeder::seed(m_big.book(), {.clients = 2500, .bills = 20000, .seed = 12}));
    }

    void modelPassesTheItemModelTesterThroughFiltersSortsAndRefreshes()
    {
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 60, .bills = 500, .seed = 3}));
        ClientListModel model(unowned(t.book()));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 60);
        QCOMPARE(model.bookClientCount(), 60);
        model.setSort(ClientListModel::OutstandingDescending);
        const QString mostOwed = model.data(model.index(0), ClientListModel::NameRole).toString();
        model.setFilterText(mostOwed.toUpper());
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 60);
        QCOMPARE(model.data(model.index(0), ClientListModel::NameRole).toString(), mostOwed);
        model.setSort(ClientListModel::OverdueDescending);
        model.setFilterText({});
        model.setSort(ClientListModel::NameAscending);
        QCOMPARE(model.rowCount(), 60);

        // A payment changes figures, not the order by name: the rows are updated in place.
        const qint64 first = model.data(model.index(0), ClientListModel::ClientIdRole).toLongLong();
        QSqlQuery q(t.book().database());
        q.prepare(QStringLiteral("SELECT number FROM bills WHERE client_id = ? AND status = 'open' "
                                 "AND amount_minor - paid_minor > 0 AND currency = 'GBP' LIMIT 1"));
        q.addBindValue(first);
        QVERIFY(q.exec());
        if (q.next()) {
            const QString number = q.value(0).toString();
            q.finish();
            const qint64 before = model.data(model.index(0), ClientListModel::OutstandingMinorRole).toLongLong();
            QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
            QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
            QString error;
            QVERIFY2(ChaseEngine(t.book()).recordPayment(number, Money(100, QStringLiteral("GBP")), t.clock().today(),
                                                         PaymentSource::Manual, QStringLiteral("owner"), &error),
                     qPrintable(error));
            model.refresh();
            QCOMPARE(changed.count(), 1);
            QCOMPARE(reset.count(), 0);
            QCOMPARE(model.data(model.index(0), ClientListModel::OutstandingMinorRole).toLongLong(), before - 100);
        }
        model.setFilterText(QStringLiteral("nobody is called this"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.bookClientCount(), 60);
    }

    void figuresMatchTheBillsOfEveryClient()
    {
        ClientListModel model(unowned(m_big.book()));
        const QList<PlainClient> expected = plainClients(m_big.book());
        QCOMPARE(model.rowCount(), int(expected.size()));
        QCOMPARE(model.rowCount(), 2500);
        int owing = 0;
        for (const PlainClient &c : expected) {
            const int row = model.rowOfClient(c.id);
            QVERIFY(row >= 0);
            const QModelIndex i = model.index(row);
            QCOMPARE(i.data(ClientListModel::NameRole).toString(), c.name);
            QCOMPARE(i.data(ClientListModel::OutstandingMinorRole).toLongLong(), c.outstanding);
            QCOMPARE(i.data(ClientListModel::OverdueMinorRole).toLongLong(), c.overdue);
            QCOMPARE(i.data(ClientListModel::OpenBillsRole).toInt(), c.openBills);
            QCOMPARE(i.data(ClientListModel::OutstandingTextRole).toString(),
                     Money(c.outstanding, QStringLiteral("GBP")).toDisplayString(m_big.book().locale()));
            owing += c.outstanding > 0 ? 1 : 0;
        }
        QVERIFY(owing > 100);
    }

    void filterFindsClientsByNameEmailOrPhone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");   // what must contain the text: name (or company), email, phone digits
        QTest::newRow("part of a name, any case") << "GREEN" << "name";
        QTest::newRow("part of an email") << "@example.com" << "email";
        QTest::newRow("national phone form") << "07911 123" << "phone";
        QTest::newRow("international phone form") << "+44 7911 123456" << "phone";
    }
    void filterFindsClientsByNameEmailOrPhone()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        TestBook t;
        QVERIFY(Seeder::seed(t.book(), {.clients = 40, .bills = 100, .seed = 8}));
        const qint64 rachel = addTextingClient(t, QStringLiteral("Rachel Green"), QStringLiteral("+447911123456"));
        addTextingClient(t, QStringLiteral("Joey Tribbiani"), QStringLiteral("+12025550143"));
        ClientListModel model(unowned(t.book()));
        model.setFilterText(text);
        QVERIFY(model.rowOfClient(rachel) >= 0);
        QList<qint64> expected;
        for (const PlainClient &c : plainClients(t.book())) {
            const bool match = field == QLatin1String("name")
                ? c.name.contains(text, Qt::CaseInsensitive) || c.company.contains(text, Qt::CaseInsensitive)
                             : field == QLatin1String("email") ? c.email.contains(text, Qt::CaseInsensitive)
                                                               : c.phone.contains(QStringLiteral("7911123"));
            if (match)
                expected << c.id;
        }
        QList<qint64> ids = idsOf(model);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, expected);
    }

    void sortingOrdersTheClients_data()
    {
        QTest::addColumn<int>("sort");
        QTest::newRow("name") << int(ClientListModel::NameAscending);
        QTest::newRow("most owed") << int(ClientListModel::OutstandingDescending);
        QTest::newRow("most overdue") << int(ClientListModel::OverdueDescending);
    }
    void sortingOrdersTheClients()
    {
        QFETCH(int, sort);
        ClientListModel model(unowned(m_big.book()));
        model.setSort(ClientListModel::Sort(sort));
        QList<PlainClient> clients = plainClients(m_big.book());
        std::sort(clients.begin(), clients.end(), [sort](const PlainClient &a, const PlainClient &b) {
            const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
            const auto named = [&] { return byName != 0 ? byName < 0 : a.id < b.id; };
            switch (ClientListModel::Sort(sort)) {
            case ClientListModel::NameAscending:
                return named();
            case ClientListModel::OutstandingDescending:
                return a.outstanding != b.outstanding ? a.outstanding > b.outstanding : named();
            case ClientListModel::OverdueDescending:
                if (a.overdue != b.overdue)
                    return a.overdue > b.overdue;
                return a.outstanding != b.outstanding ? a.outstanding > b.outstanding : named();
            }
            return false;
        });
        QList<qint64> expected;
        for (const PlainClient &c : std::as_const(clients))
            expected << c.id;
        QCOMPARE(idsOf(model), expected);
    }

    void detailsShowContactsThreadAndDsoOfAKnownClient()
    {
        TestBook t;
        const qint64 rachel = addRachel(t);
        const qint64 joey = addTextingClient(t, QStringLiteral("Joey Tribbiani"), QStringLiteral("+12025550143"));
        ClientDetails details(unowned(t.book()));
        details.setClientId(rachel);
        QVERIFY(details.isValid());
        QCOMPARE(details.name(), QStringLiteral("Rachel Green"));
        QCOMPARE(details.phoneText(), QStringLiteral("07911 123456"));   // at home in a GB book
        QCOMPARE(details.segment(), QStringLiteral("standard"));
        QCOMPARE(details.policyText(), QStringLiteral("Standard"));
        QCOMPARE(details.policyOverrideId(), qint64(0));
        QCOMPARE(details.billCount(), 2);
        QCOMPARE(details.bills().first().toMap().value(QStringLiteral("number")).toString(), QStringLiteral("RG-1"));
        QCOMPARE(details.outstandingText(), QStringLiteral("£250.00"));
        QCOMPARE(details.overdueText(), QStringLiteral("£250.00"));

        // DSO: £250 owed against £750 billed in the last 90 days (RG-2 paid today counts as a sale only).
        QCOMPARE(details.dsoDays(), 30.0);
        QCOMPARE(details.dsoText(), QStringLiteral("30"));
        QCOMPARE(details.dsoDays(), ClientDsoCalculator::compute(t.book(), rachel, t.clock().today()).days);

        // The conversation, oldest first: the reminder out by text, her text reply, her email.
        const QVariantList thread = details.thread();
        QCOMPARE(thread.size(), 3);
        QStringList directions, channels;
        for (const QVariant &v : thread) {
            directions << v.toMap().value(QStringLiteral("direction")).toString();
            channels << v.toMap().value(QStringLiteral("channel")).toString();
        }
        QCOMPARE(directions, QStringList({QStringLiteral("out"), QStringLiteral("in"), QStringLiteral("in")}));
        QCOMPARE(channels, QStringList({QStringLiteral("sms"), QStringLiteral("sms"), QStringLiteral("email")}));
        for (int i = 1; i < thread.size(); ++i)
            QVERIFY(thread.at(i - 1).toMap().value(QStringLiteral("at")).toString()
                    < thread.at(i).toMap().value(QStringLiteral("at")).toString());
        const QVariantMap out = thread.at(0).toMap();
        QCOMPARE(out.value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(out.value(QStringLiteral("statusText")).toString(), QStringLiteral("Delivered"));
        QCOMPARE(out.value(QStringLiteral("billNumber")).toString(), QStringLiteral("RG-1"));
        const QVariantMap reply = thread.at(1).toMap();
        QCOMPARE(reply.value(QStringLiteral("text")).toString(), QStringLiteral("Sorry! I will pay it on Friday"));
        QCOMPARE(reply.value(QStringLiteral("intent")).toString(), QStringLiteral("promise"));
        QCOMPARE(reply.value(QStringLiteral("intentText")).toString(), QStringLiteral("Promises to pay"));
        QCOMPARE(thread.at(2).toMap().value(QStringLiteral("intent")).toString(), QStringLiteral("invoice_copy"));

        // Consent as the planner sees it: text messages agreed, email allowed by default, the others not.
        QMap<QString, bool> allowed;
        for (const QVariant &v : details.consents())
            allowed.insert(v.toMap().value(QStringLiteral("channel")).toString(),
                           v.toMap().value(QStringLiteral("allowed")).toBool());
        QCOMPARE(allowed.value(QStringLiteral("sms")), true);
        QCOMPARE(allowed.value(QStringLiteral("email")), true);
        QCOMPARE(allowed.value(QStringLiteral("whatsapp")), false);
        QCOMPARE(allowed.value(QStringLiteral("telegram")), false);

        // A foreign number reads in its international form.
        details.setClientId(joey);
        QCOMPARE(details.phoneText(), QStringLiteral("+1 202-555-0143"));
        QVERIFY(details.thread().isEmpty());
        QCOMPARE(details.dsoDays(), 0.0);
        details.setClientId(0);
        QVERIFY(!details.isValid());
        QVERIFY(details.contacts().isEmpty());
    }

    void turningAChannelOffCancelsThatClientsPendingDraftsThere()
    {
        TestBook t;
        const QDate today = t.clock().today();
        const qint64 monica = addTextingClient(t, QStringLiteral("Monica Geller"), QStringLiteral("+447700900111"));
        const qint64 ross = addTextingClient(t, QStringLiteral("Ross Geller"), QStringLiteral("+447700900222"));
        t.addBill(QStringLiteral("MG-1"), monica, today.addDays(-1), 12000);
        t.addBill(QStringLiteral("MG-2"), monica, today.addDays(-7), 8000);
        t.addBill(QStringLiteral("RG-1"), ross, today.addDays(-1), 9000);
        setToday(t, today, QTime(10, 0));
        ChaseEngine engine(t.book());
        QVERIFY(engine.plan(today));
        QList<DraftRow> monicas, rosses;
        for (const DraftRow &d : engine.pendingDrafts())
            (d.clientId == monica ? monicas : rosses).append(d);
        QCOMPARE(monicas.size(), 2);
        QCOMPARE(rosses.size(), 1);
        QCOMPARE(monicas.first().channel, Channel::Sms);
        // One of Monica's is approved already: its queued message must not go either.
        const auto queued = engine.approve(monicas.takeFirst().id);
        QVERIFY(queued);

        AppModels models(unowned(t.book()));
        models.clients().activate();   // as showing the Clients page does
        ClientDetails &details = models.clientDetails();
        DraftListModel &drafts = models.drafts();
        QCOMPARE(drafts.rowCount(), 2);
        details.setClientId(monica);
        QSignalSpy bookChanged(&details, &ClientDetails::bookChanged);
        QVERIFY2(details.setChannelAllowed(QStringLiteral("sms"), false), qPrintable(details.lastError()));
        QCOMPARE(bookChanged.count(), 1);

        QCOMPARE(draftStateOf(t.book(), monicas.first().id), QStringLiteral("cancelled"));
        QCOMPARE(draftStateOf(t.book(), rosses.first().id), QStringLiteral("pending"));
        QCOMPARE(scalar(t.book(), QStringLiteral("SELECT state FROM outbox WHERE id = ?"), {*queued}).toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(!scalar(t.book(), QStringLiteral("SELECT opted_out_at FROM consents WHERE client_id = ? AND channel = 'sms'"),
                        {monica}).isNull());
        QCOMPARE(scalar(t.book(), QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'opt_out' AND client_id = ?"),
                        {monica}).toInt(), 1);
        QCOMPARE(drafts.rowCount(), 1);   // the approvals list followed
        const auto sms = [&details] {
            for (const QVariant &v : details.consents())
                if (v.toMap().value(QStringLiteral("channel")).toString() == QLatin1String("sms"))
                    return v.toMap();
            return QVariantMap();
        };
        QCOMPARE(sms().value(QStringLiteral("allowed")).toBool(), false);
        QCOMPARE(sms().value(QStringLiteral("state")).toString(), QStringLiteral("out"));

        // Back on, by the owner: allowed again, and recorded as the owner's doing.
        QVERIFY2(details.setChannelAllowed(QStringLiteral("sms"), true), qPrintable(details.lastError()));
        QCOMPARE(sms().value(QStringLiteral("allowed")).toBool(), true);
        QVERIFY(scalar(t.book(), QStringLiteral("SELECT opted_out_at FROM consents WHERE client_id = ? AND channel = 'sms'"),
                       {monica}).isNull());
        QCOMPARE(scalar(t.book(), QStringLiteral("SELECT opted_in_by FROM consents WHERE client_id = ? AND channel = 'sms'"),
                        {monica}).toString(), QStringLiteral("owner"));
        QCOMPARE(draftStateOf(t.book(), monicas.first().id), QStringLiteral("cancelled"));   // nothing comes back

        QVERIFY(!details.setChannelAllowed(QStringLiteral("pigeon"), false));
        QVERIFY(!details.lastError().isEmpty());
    }

    void policyOverrideAndSegmentAreKeptAndMoveTheNextReminder()
    {
        TestBook t;
        const QDate due(2026, 11, 25);
        const qint64 phoebe = addTextingClient(t, QStringLiteral("Phoebe Buffay"), QStringLiteral("+447700900333"));
        const qint64 billId = t.addBill(QStringLiteral("PB-1"), phoebe, due, 30000);
        // The heads-up (3 days before due) is drafted: the next step is the first reminder.
        QVERIFY(ChaseEngine(t.book()).plan(t.clock().today()));
        const auto nextDue = [&] {
            return scalar(t.book(), QStringLiteral("SELECT next_due_on FROM chases WHERE bill_id = ?"), {billId}).toString();
        };
        QCOMPARE(nextDue(), due.addDays(1).toString(Qt::ISODate));   // Standard: 1 day after due

        AppModels models(unowned(t.book()));
        models.clients().activate();   // as showing the Clients page does
        ClientDetails &details = models.clientDetails();
        details.setClientId(phoebe);
        const QVariantList choices = details.policyChoices();
        QCOMPARE(choices.first().toMap().value(QStringLiteral("policyId")).toLongLong(), qint64(0));
        QCOMPARE(choices.first().toMap().value(QStringLiteral("text")).toString(), QStringLiteral("Segment default (Standard)"));
        const qint64 gentle = PolicyRepository(t.book()).byKey(QStringLiteral("gentle"))->id;
        QVERIFY(std::any_of(choices.begin(), choices.end(), [gentle](const QVariant &v) {
            return v.toMap().value(QStringLiteral("policyId")).toLongLong() == gentle;
        }));

        QVERIFY2(details.setPolicyOverride(gentle), qPrintable(details.lastError()));
        QCOMPARE(details.policyOverrideId(), gentle);
        QCOMPARE(details.policyText(), QStringLiteral("Gentle"));
        QCOMPARE(scalar(t.book(), QStringLiteral("SELECT policy_id FROM clients WHERE id = ?"), {phoebe}).toLongLong(), gentle);
        QCOMPARE(nextDue(), due.addDays(3).toString(Qt::ISODate));   // Gentle: 3 days after due
        QCOMPARE(scalar(t.book(), QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'policy_override'"), {}).toInt(), 1);
        ClientDetails again(unowned(t.book()));                      // kept in the book
        again.setClientId(phoebe);
        QCOMPARE(again.policyOverrideId(), gentle);

        QVERIFY2(details.setPolicyOverride(0), qPrintable(details.lastError()));
        QVERIFY(scalar(t.book(), QStringLiteral("SELECT policy_id FROM clients WHERE id = ?"), {phoebe}).isNull());
        QCOMPARE(nextDue(), due.addDays(1).toString(Qt::ISODate));

        // A new segment brings its default policy: VIP clients get Gentle.
        QVERIFY2(details.setSegment(QStringLiteral("vip")), qPrintable(details.lastError()));
        QCOMPARE(details.segment(), QStringLiteral("vip"));
        QCOMPARE(details.segmentText(), QStringLiteral("VIP"));
        QCOMPARE(details.policyText(), QStringLiteral("Gentle"));
        QCOMPARE(scalar(t.book(), QStringLiteral("SELECT segment FROM clients WHERE id = ?"), {phoebe}).toString(),
                 QStringLiteral("vip"));
        QCOMPARE(nextDue(), due.addDays(3).toString(Qt::ISODate));
        QCOMPARE(models.clients().data(models.clients().index(models.clients().rowOfClient(phoebe)),
                                       ClientListModel::SegmentRole).toString(),
                 QStringLiteral("vip"));   // the list followed

        QVERIFY(!details.setPolicyOverride(987654));
        QVERIFY(!details.lastError().isEmpty());
        QCOMPARE(details.policyOverrideId(), qint64(0));
        QVERIFY(!details.setSegment(QStringLiteral("royalty")));
    }

    void aPaymentOnTheBillsPageUpdatesTheClient()
    {
        TestBook t;
        const qint64 rachel = addRachel(t);
        AppModels models(unowned(t.book()));
        models.clients().activate();   // as showing the Clients page does
        ClientDetails &details = models.clientDetails();
        ClientListModel &clients = models.clients();
        details.setClientId(rachel);
        QCOMPARE(details.outstandingText(), QStringLiteral("£250.00"));
        models.billDetails().setBillId(BillRepository(t.book()).byNumber(QStringLiteral("RG-1"))->id);
        QVERIFY2(models.billDetails().recordPayment(QStringLiteral("100")), qPrintable(models.billDetails().lastError()));
        QCOMPARE(details.outstandingText(), QStringLiteral("£150.00"));
        QCOMPARE(clients.data(clients.index(clients.rowOfClient(rachel)), ClientListModel::OutstandingMinorRole).toLongLong(),
                 qint64(15000));
        QCOMPARE(details.dsoDays(), 15000.0 / 75000.0 * 90);
    }

    void clientsPageShowsTheChosenClient()
    {
        TestBook t;
        t.book().setSetting(QStringLiteral("business_name"), QStringLiteral("Brightwater Plumbing & Heating"));
        QVERIFY(Seeder::seed(t.book(), {.clients = 40, .bills = 400, .seed = 7}));
        const qint64 rachel = addRachel(t);
        AppModels models(unowned(t.book()));
        ClientDetails &details = models.clientDetails();
        ClientListModel &clients = models.clients();

        QQmlApplicationEngine engine;
        engine.setInitialProperties(models.initialProperties());
        engine.load(QUrl(QStringLiteral("qrc:/DueDesk/qml/Main.qml")));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        QVERIFY(window);
        window->resize(1120, 720);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QQuickItem *tab = nullptr;
        QTRY_VERIFY((tab = itemNamed(window, QStringLiteral("clientsTab"))));
        click(window, tab);
        QTRY_VERIFY(itemNamed(window, QStringLiteral("clientList")));

        // Find her with the search field, by her phone number as the owner would type it.
        QQuickItem *search = itemNamed(window, QStringLiteral("clientSearch"));
        QVERIFY(search);
        search->forceActiveFocus();
        for (const QChar ch : QStringLiteral("07911 123"))
            QTest::keyClick(window, ch.toLatin1());
        QTRY_COMPARE(clients.filterText(), QStringLiteral("07911 123"));
        QCOMPARE(clients.rowCount(), 1);
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = itemNamed(window, QStringLiteral("clientRow_%1").arg(rachel))));
        click(window, row);
        QTRY_COMPARE(details.clientId(), rachel);
        QQuickItem *panel = nullptr;
        QTRY_VERIFY((panel = itemNamed(window, QStringLiteral("clientPanel"))));
        settle(window);
        QStringList texts = visibleTexts(panel);
        QString all = texts.join(QLatin1String(" | "));
        QVERIFY2(texts.contains(QStringLiteral("Rachel Green")), qPrintable(all));
        QVERIFY2(texts.contains(QStringLiteral("07911 123456")), qPrintable(all));
        QVERIFY2(texts.contains(QStringLiteral("£250.00")), qPrintable(all));
        QVERIFY2(texts.contains(QStringLiteral("30 days")), qPrintable(all));
        QVERIFY2(texts.contains(QStringLiteral("Text message")), qPrintable(all));
        QCOMPARE(itemNamed(window, QStringLiteral("segmentBox"))->property("currentText").toString(), QStringLiteral("Standard"));
        // The segment chip holds its whole word (nothing laid over the company beside it).
        QQuickItem *chip = itemNamed(window, QStringLiteral("clientSegmentChip"));
        QVERIFY(chip);
        QVERIFY2(chip->width() > chip->childItems().value(0)->implicitWidth(), qPrintable(QString::number(chip->width())));
        // Clearing the search brings every client back; hers stays open.
        search->setProperty("text", QString());
        QTRY_COMPARE(clients.rowCount(), 41);
        QCOMPARE(details.clientId(), rachel);
        settle(window);
        QVERIFY(window->grabWindow().save(QStringLiteral("clients.png")));

        // The email switch off, from the window: the book records the opt-out.
        QQuickItem *emailSwitch = itemNamed(window, QStringLiteral("consent_email"));
        QVERIFY(emailSwitch);
        QVERIFY(emailSwitch->property("checked").toBool());
        click(window, emailSwitch);
        QTRY_VERIFY(!scalar(t.book(), QStringLiteral("SELECT opted_out_at FROM consents WHERE client_id = ? AND channel = 'email'"),
                            {rachel}).isNull());
        QTRY_VERIFY(!itemNamed(window, QStringLiteral("consent_email"))->property("checked").toBool());

        // The conversation tab.
        click(window, itemNamed(window, QStringLiteral("clientThreadTab")));
        QQuickItem *thread = nullptr;
        QTRY_VERIFY((thread = itemNamed(window, QStringLiteral("clientThread"))));
        settle(window);
        texts = visibleTexts(thread);
        all = texts.join(QLatin1String(" | "));
        QVERIFY2(texts.contains(QStringLiteral("Sorry! I will pay it on Friday")), qPrintable(all));
        QVERIFY2(texts.contains(QStringLiteral("Understood: Promises to pay")), qPrintable(all));
        QVERIFY2(texts.contains(QStringLiteral("Delivered")), qPrintable(all));
        QVERIFY(window->grabWindow().save(QStringLiteral("clients-thread.png")));

        // A bill opens on the Bills page.
        click(window, itemNamed(window, QStringLiteral("clientBillsTab")));
        QQuickItem *bill = nullptr;
        QTRY_VERIFY((bill = itemNamed(window, QStringLiteral("clientBill_RG-1"))));
        QTest::qWait(400);   // the tab's underline slides over; the screenshot is for a human
        QVERIFY(window->grabWindow().save(QStringLiteral("clients-bills.png")));
        click(window, bill);
        QTRY_COMPARE(models.billDetails().billNumber(), QStringLiteral("RG-1"));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("billPanel")));
        click(window, itemNamed(window, QStringLiteral("clientsTab")));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("clientPanel")));
        click(window, itemNamed(window, QStringLiteral("clientOverviewTab")));

        // The smallest window: the list gives way to the panel, which offers a way back.
        window->resize(760, 520);
        settle(window);
        QTRY_VERIFY(!itemNamed(window, QStringLiteral("clientList")));
        QVERIFY(itemNamed(window, QStringLiteral("clientPanel")));
        QQuickItem *back = itemNamed(window, QStringLiteral("clientBackButton"));
        QVERIFY(back);
        QQuickItem *name = itemNamed(window, QStringLiteral("clientName"));
        QTRY_VERIFY(back->mapToScene(QPointF(back->width(), 0)).x() <= name->mapToScene(QPointF(0, 0)).x());
        QTest::qWait(400);   // the tab's underline slides over; the screenshot is for a human
        QVERIFY(window->grabWindow().save(QStringLiteral("clients-narrow.png")));

        // Dark.
        window->resize(1120, 720);
        QVERIFY(useDarkTheme(window));
        QTRY_VERIFY(itemNamed(window, QStringLiteral("clientList")));
        QTest::qWait(400);
        QVERIFY(window->grabWindow().save(QStringLiteral("clients-dark.png")));
    }

private:
    TestBook m_big;
};

QTEST_MAIN(tst_Clients)
#include "tst_clients.moc"
