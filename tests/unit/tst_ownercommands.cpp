// The owner's commands understood offline: one table per action (from tests/data/nlu/owner-heldout.jsonl, examples
// written for DueDesk and never tuned on), several instructions in order, corrections, pronouns, amount and date
// forms, the JSON shape of ../shared/nlu-dev/README.md, and the accuracy on the dev and held-out sets.

#include <OwnerCommands.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace duedesk;

namespace {

const QDate today(2026, 11, 23); // a Monday, the README's reference date

// Exact-match figures measured on the two sets (examples right, of 80 and of 295); a test fails when the parser
// gets more than one more example wrong.
constexpr int devExpectedRight = 80;
constexpr int heldOutExpectedRight = 295;

// An action as compared in the README: client ignoring case and a leading "the"; numbers to two decimals.
QJsonObject normalized(QJsonObject o)
{
    if (o.value(QStringLiteral("client")).isString()) {
        QString c = o.value(QStringLiteral("client")).toString().trimmed().toLower();
        if (c.startsWith(QStringLiteral("the ")))
            c.remove(0, 4);
        o.insert(QStringLiteral("client"), c);
    }
    if (o.value(QStringLiteral("amount")).isDouble())
        o.insert(QStringLiteral("amount"), qRound64(o.value(QStringLiteral("amount")).toDouble() * 100) / 100.0);
    return o;
}

QJsonArray normalized(const QJsonArray &actions)
{
    QJsonArray out;
    for (const QJsonValue &v : actions)
        out.append(normalized(v.toObject()));
    return out;
}

QJsonArray toJson(const QList<OwnerAction> &actions)
{
    QJsonArray out;
    for (const OwnerAction &a : actions)
        out.append(a.toJson());
    return out;
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// Expected actions are written with ` for " (moc does not read raw string literals).
QJsonArray parseArray(QString json)
{
    json.replace(QLatin1Char('`'), QLatin1Char('"'));
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

struct Example {
    QString id;
    QString text;
    QJsonArray actions;
};

QList<Example> loadExamples(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, f.errorString());
        return {};
    }
    QList<Example> out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        out.append({ o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("text")).toString(),
            o.value(QStringLiteral("actions")).toArray() });
    }
    return out;
}

struct Score {
    int right = 0;
    int total = 0;
    QStringList mistakes;
};

Score evaluate(const QList<Example> &examples)
{
    Score s;
    for (const Example &e : examples) {
        const QJsonArray got = toJson(OwnerCommandParser::parse(e.text, today));
        ++s.total;
        if (normalized(got) == normalized(e.actions))
            ++s.right;
        else
            s.mistakes.append(QStringLiteral("%1: %2\n    expected %3\n    got      %4")
                                  .arg(e.id, e.text, compact(e.actions), compact(got)));
    }
    return s;
}

} // namespace

class tst_OwnerCommands : public QObject
{
    Q_OBJECT

    void addRows(const QList<QPair<const char *, const char *>> &rows)
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        for (const auto &[text, expected] : rows)
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QJsonArray got = toJson(OwnerCommandParser::parse(text, today));
        QCOMPARE(compact(normalized(got)), compact(normalized(parseArray(expected))));
    }

private Q_SLOTS:
    void chase_data()
    {
        addRows({
            { "chase the Henderson invoice", "[{`action`:`chase`,`client`:`Henderson`}]" },
            { "nudge Priya about the deposit", "[{`action`:`chase`,`client`:`Priya`}]" },
            { "can u remind the Okafors their bill is overdue", "[{`action`:`chase`,`client`:`the Okafors`}]" },
            { "send a chaser to Brennan Electrical re INV-2210",
                "[{`action`:`chase`,`client`:`Brennan Electrical`,`invoice`:`INV-2210`}]" },
            { "Ping Mrs O'Neill about INV-0415", "[{`action`:`chase`,`client`:`Mrs O'Neill`,`invoice`:`INV-0415`}]" },
            { "follow up with Grace Liu on the bathroom job", "[{`action`:`chase`,`client`:`Grace Liu`}]" },
            { "Could you send Ms Kaur a gentle reminder", "[{`action`:`chase`,`client`:`Ms Kaur`}]" },
            { "chase Gupta for inv-5521", "[{`action`:`chase`,`client`:`Gupta`,`invoice`:`inv-5521`}]" },
            { "chase Bell Street Dental about the two invoices", "[{`action`:`chase`,`client`:`Bell Street Dental`}]" },
        });
    }
    void chase() { check(); }

    void markPaid_data()
    {
        addRows({
            { "Rachel paid", "[{`action`:`mark_paid`,`client`:`Rachel`}]" },
            { "The Patels settled up this morning", "[{`action`:`mark_paid`,`client`:`the Patels`}]" },
            { "Fitzgerald's cheque cleared", "[{`action`:`mark_paid`,`client`:`Fitzgerald`}]" },
            { "Dunne paid INV-1187 in full", "[{`action`:`mark_paid`,`client`:`Dunne`,`invoice`:`INV-1187`}]" },
            { "Whitfield & Daughters cleared their balance",
                "[{`action`:`mark_paid`,`client`:`Whitfield & Daughters`}]" },
            { "tick off the Bradleys", "[{`action`:`mark_paid`,`client`:`the Bradleys`}]" },
            { "mark Okafor as paid, she sent two hundred", "[{`action`:`mark_paid`,`client`:`Okafor`,`amount`:200}]" },
        });
    }
    void markPaid() { check(); }

    void stopReminders_data()
    {
        addRows({
            { "leave Dave alone till friday", "[{`action`:`stop_reminders`,`client`:`Dave`,`until`:`2026-11-27`}]" },
            { "don't chase Meera, she's good for it", "[{`action`:`stop_reminders`,`client`:`Meera`}]" },
            { "stop sending reminders to the Harrisons", "[{`action`:`stop_reminders`,`client`:`the Harrisons`}]" },
            { "No more reminders for Coastal Cafe please", "[{`action`:`stop_reminders`,`client`:`Coastal Cafe`}]" },
            { "leave the Fitzpatricks alone for now", "[{`action`:`stop_reminders`,`client`:`the Fitzpatricks`}]" },
            { "hold off on Singh till next week",
                "[{`action`:`stop_reminders`,`client`:`Singh`,`until`:`2026-11-30`}]" },
            { "go easy on Mr Chen, stop the reminders till the 15th",
                "[{`action`:`stop_reminders`,`client`:`Mr Chen`,`until`:`2026-12-15`}]" },
        });
    }
    void stopReminders() { check(); }

    void addClient_data()
    {
        addRows({
            { "add a new client Tom Baker 07700 900123",
                "[{`action`:`add_client`,`client`:`Tom Baker`,`phone`:`07700 900123`,`email`:null}]" },
            { "new client: Sophie Turner, sophie.t@example.co.uk",
                "[{`action`:`add_client`,`client`:`Sophie Turner`,`phone`:null,`email`:`sophie.t@example.co.uk`}]" },
            { "add Liam O'Brien as a customer, his number is 087 555 0123",
                "[{`action`:`add_client`,`client`:`Liam O'Brien`,`phone`:`087 555 0123`,`email`:null}]" },
            { "new customer Arjun Mehta 98765 43210",
                "[{`action`:`add_client`,`client`:`Arjun Mehta`,`phone`:`98765 43210`,`email`:null}]" },
            { "add Bondi Physio 0412 345 678 admin@bondiphysio.example.com.au",
                "[{`action`:`add_client`,`client`:`Bondi Physio`,`phone`:`0412 345 "
                "678`,`email`:`admin@bondiphysio.example.com.au`}]" },
            { "put Carlos Ruiz in as a client, (212) 555-0187",
                "[{`action`:`add_client`,`client`:`Carlos Ruiz`,`phone`:`(212) 555-0187`,`email`:null}]" },
            { "new customer Emily Watts, +1 415 555 0132",
                "[{`action`:`add_client`,`client`:`Emily Watts`,`phone`:`+1 415 555 0132`,`email`:null}]" },
            { "add Declan Byrne +353 87 555 0198",
                "[{`action`:`add_client`,`client`:`Declan Byrne`,`phone`:`+353 87 555 0198`,`email`:null}]" },
            { "mike o'connor is a new client 086 555 0123",
                "[{`action`:`add_client`,`client`:`Mike O'Connor`,`phone`:`086 555 0123`,`email`:null}]" },
        });
    }
    void addClient() { check(); }

    void addBill_data()
    {
        addRows({
            { "bill Hughes £450 for the boiler service",
                "[{`action`:`add_bill`,`client`:`Hughes`,`amount`:450,`due`:null}]" },
            { "invoice the Morgans 2.5k due next Friday",
                "[{`action`:`add_bill`,`client`:`the Morgans`,`amount`:2500,`due`:`2026-12-04`}]" },
            { "charge Pritchard forty quid, due tomorrow",
                "[{`action`:`add_bill`,`client`:`Pritchard`,`amount`:40,`due`:`2026-11-24`}]" },
            { "new invoice for Lakeside Dental, $1,340, net 30",
                "[{`action`:`add_bill`,`client`:`Lakeside Dental`,`amount`:1340,`due`:`2026-12-23`}]" },
            { "bill ellis two hundred due on receipt",
                "[{`action`:`add_bill`,`client`:`Ellis`,`amount`:200,`due`:`2026-11-23`}]" },
            { "put £85 on the Wards' account due Friday week",
                "[{`action`:`add_bill`,`client`:`the Wards`,`amount`:85,`due`:`2026-12-04`}]" },
            { "Wright owes me 350 for the gate, due next Wednesday",
                "[{`action`:`add_bill`,`client`:`Wright`,`amount`:350,`due`:`2026-12-02`}]" },
        });
    }
    void addBill() { check(); }

    void status_data()
    {
        addRows({
            { "who owes me?", "[{`action`:`status`}]" },
            { "how much am I owed in total?", "[{`action`:`status`}]" },
            { "give me the weekly snapshot", "[{`action`:`status`}]" },
            { "has Kowalski paid yet?", "[{`action`:`status`,`client`:`Kowalski`}]" },
            { "how much does Brennan Electrical owe me", "[{`action`:`status`,`client`:`Brennan Electrical`}]" },
            { "any payments come in today?", "[{`action`:`status`}]" },
            { "Is Patel Brothers behind on anything?", "[{`action`:`status`,`client`:`Patel Brothers`}]" },
            { "can you check if Donnelly has paid", "[{`action`:`status`,`client`:`Donnelly`}]" },
        });
    }
    void status() { check(); }

    void approveReject_data()
    {
        addRows({
            { "yes", "[{`action`:`approve`}]" },
            { "go ahead and send it", "[{`action`:`approve`}]" },
            { "looks good 👍", "[{`action`:`approve`}]" },
            { "sweet as, send it", "[{`action`:`approve`}]" },
            { "haan theek hai bhej do", "[{`action`:`approve`}]" },
            { "no", "[{`action`:`reject`}]" },
            { "nah leave it", "[{`action`:`reject`}]" },
            { "👎", "[{`action`:`reject`}]" },
            // A refusal with its reason is only a refusal.
            { "cancel that, he's just paid me", "[{`action`:`reject`}]" },
            { "no don't send it, I'll call her", "[{`action`:`reject`}]" },
        });
    }
    void approveReject() { check(); }

    void unknown_data()
    {
        addRows({
            { "what's the weather like tomorrow", "[{`action`:`unknown`}]" },
            { "hi", "[{`action`:`unknown`}]" },
            { "Henderson", "[{`action`:`unknown`}]" },
            { "can you do my tax return", "[{`action`:`unknown`}]" },
            { "what's 15% of 2400", "[{`action`:`unknown`}]" },
            { "thanks", "[{`action`:`unknown`}]" },
        });
    }
    void unknown() { check(); }

    void severalInOrder_data()
    {
        addRows({
            { "Rachel paid, chase Tom Baker and add Zoe Clarke 07700 900456",
                "[{`action`:`mark_paid`,`client`:`Rachel`},{`action`:`chase`,`client`:`Tom Baker`},"
                "{`action`:`add_client`,`client`:`Zoe Clarke`,`phone`:`07700 900456`,`email`:null}]" },
            { "chase Moran and Keane", "[{`action`:`chase`,`client`:`Moran`},{`action`:`chase`,`client`:`Keane`}]" },
            { "Dylan paid and so did the Kellys",
                "[{`action`:`mark_paid`,`client`:`Dylan`},{`action`:`mark_paid`,`client`:`the Kellys`}]" },
            { "Zhang paid, Ito paid, and chase Moreno",
                "[{`action`:`mark_paid`,`client`:`Zhang`},{`action`:`mark_paid`,`client`:`Ito`},{`action`:`chase`,`"
                "client`:`Moreno`}]" },
            { "Approved, and chase Wilson too", "[{`action`:`approve`},{`action`:`chase`,`client`:`Wilson`}]" },
            { "pause reminders for Clarke and bill Evans £60",
                "[{`action`:`stop_reminders`,`client`:`Clarke`},{`action`:`add_bill`,`client`:`Evans`,`amount`:60,`due`"
                ":null}]" },
            // Voice notes without punctuation.
            { "right so um Fiona Walsh paid the full amount and uh can you chase Derek for the kitchen one",
                "[{`action`:`mark_paid`,`client`:`Fiona Walsh`},{`action`:`chase`,`client`:`Derek`}]" },
            { "Rachel paid chase Tom Baker",
                "[{`action`:`mark_paid`,`client`:`Rachel`},{`action`:`chase`,`client`:`Tom Baker`}]" },
        });
    }
    void severalInOrder() { check(); }

    void corrections_data()
    {
        addRows({
            { "chase Henderson — no sorry, Hendry", "[{`action`:`chase`,`client`:`Hendry`}]" },
            { "chase Henderson no sorry Hendry", "[{`action`:`chase`,`client`:`Hendry`}]" },
            { "Okafor paid £300, sorry £350", "[{`action`:`mark_paid`,`client`:`Okafor`,`amount`:350}]" },
            { "pause Gallagher till Thursday, no, Saturday",
                "[{`action`:`stop_reminders`,`client`:`Gallagher`,`until`:`2026-11-28`}]" },
            { "bill Reyes 500, I mean 550, due Friday",
                "[{`action`:`add_bill`,`client`:`Reyes`,`amount`:550,`due`:`2026-11-27`}]" },
            { "chase the Nguyens, actually no, leave them till Monday",
                "[{`action`:`stop_reminders`,`client`:`the Nguyens`,`until`:`2026-11-30`}]" },
            { "Rossi paid, sorry I mean Russo", "[{`action`:`mark_paid`,`client`:`Russo`}]" },
            { "chase Dave, sorry, chase Sarah", "[{`action`:`chase`,`client`:`Sarah`}]" },
        });
    }
    void corrections() { check(); }

    void pronouns_data()
    {
        addRows({
            { "add Ben Carter 07700 900789 and bill him £95 due Wednesday",
                "[{`action`:`add_client`,`client`:`Ben Carter`,`phone`:`07700 900789`,`email`:null},"
                "{`action`:`add_bill`,`client`:`Ben Carter`,`amount`:95,`due`:`2026-11-25`}]" },
            { "bill Jo Lam 80 quid and remind her about the old one",
                "[{`action`:`add_bill`,`client`:`Jo Lam`,`amount`:80,`due`:null},{`action`:`chase`,`client`:`Jo "
                "Lam`}]" },
            { "Sanjay's paid, stop chasing him",
                "[{`action`:`mark_paid`,`client`:`Sanjay`},{`action`:`stop_reminders`,`client`:`Sanjay`}]" },
            { "okay so basically the Doyles have paid and Lopez is still late so give him a nudge",
                "[{`action`:`mark_paid`,`client`:`the Doyles`},{`action`:`chase`,`client`:`Lopez`}]" },
            { "the Hendersons, chase them", "[{`action`:`chase`,`client`:`the Hendersons`}]" },
            { "Baker & Sons still haven't paid, chase them", "[{`action`:`chase`,`client`:`Baker & Sons`}]" },
        });
    }
    void pronouns() { check(); }

    void pronounWithoutAntecedentAsksTheConversation()
    {
        const QList<OwnerAction> a = OwnerCommandParser::parse(QStringLiteral("chase him too"), today);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().kind, OwnerActionKind::Chase);
        QVERIFY(a.first().client.isEmpty());
        QVERIFY(a.first().clientFromContext);
        QVERIFY(a.first().toJson().value(QStringLiteral("client")).isNull());
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("amount");
        QTest::newRow("£250") << QStringLiteral("bill Hughes £250") << 250.0;
        QTest::newRow("1.2k") << QStringLiteral("got 1.2k from Donnelly Roofing") << 1200.0;
        QTest::newRow("two hundred") << QStringLiteral("bill ellis two hundred") << 200.0;
        QTest::newRow("forty quid") << QStringLiteral("charge Pritchard forty quid") << 40.0;
        QTest::newRow("₹3,200") << QStringLiteral("invoice Vikram ₹3,200") << 3200.0;
        QTest::newRow("€1.5k") << QStringLiteral("Got €1.5k from Tierney") << 1500.0;
        QTest::newRow("£72.25") << QStringLiteral("Kim transferred £72.25") << 72.25;
        QTest::newRow("$99.99") << QStringLiteral("invoice MacLeod Joinery $99.99") << 99.99;
        QTest::newRow("Rs 8,000") << QStringLiteral("bill Ananya Rao Rs 8,000") << 8000.0;
        QTest::newRow("300 bucks") << QStringLiteral("Andrews paid 300 bucks") << 300.0;
        QTest::newRow("₹1,25,000") << QStringLiteral("received ₹1,25,000 from Iyer Constructions") << 125000.0;
        QTest::newRow("bare 380") << QStringLiteral("bill Fenwick 380") << 380.0;
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(double, amount);
        const QList<OwnerAction> a = OwnerCommandParser::parse(text, today);
        QCOMPARE(a.size(), 1);
        QVERIFY2(a.first().amount.has_value(), qPrintable(text));
        QCOMPARE(*a.first().amount, amount);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        const auto d = [](int m, int day, int y = 2026) { return QDate(y, m, day); };
        QTest::newRow("friday") << QStringLiteral("leave Dave alone till friday") << d(11, 27);
        QTest::newRow("tmrw") << QStringLiteral("hold off on Petrov till tmrw") << d(11, 24);
        QTest::newRow("next week") << QStringLiteral("pause Singh till next week") << d(11, 30);
        QTest::newRow("next Tuesday") << QStringLiteral("snooze Rossi until next Tuesday") << d(12, 1);
        QTest::newRow("the 1st") << QStringLiteral("pause Murphy until the 1st") << d(12, 1);
        QTest::newRow("30/11") << QStringLiteral("stop chasing Okoro until 30/11") << d(11, 30);
        QTest::newRow("Dec 3rd") << QStringLiteral("hold reminders for Quinn until Dec 3rd") << d(12, 3);
        QTest::newRow("11 December") << QStringLiteral("put a hold on Castillo until 11 December") << d(12, 11);
        QTest::newRow("after Christmas") << QStringLiteral("lay off Thompson until after Christmas") << d(12, 28);
        QTest::newRow("end of the month") << QStringLiteral("give Adeyemi till the end of the month") << d(11, 30);
        QTest::newRow("15 January") << QStringLiteral("bill Ferreira 3k due 15 January") << d(1, 15, 2027);
        QTest::newRow("in 10 days") << QStringLiteral("invoice Nair 1500 rupees due in 10 days") << d(12, 3);
        QTest::newRow("end of next week")
            << QStringLiteral("new bill Sunrise Bakery 275.50 due end of next week") << d(12, 4);
        QTest::newRow("by Christmas") << QStringLiteral("charge the Lees five hundred, due by Christmas") << d(12, 25);
        QTest::newRow("before Christmas")
            << QStringLiteral("add a bill: Keogh, €1,250, due before Christmas") << d(12, 24);
        QTest::newRow("in 48 hours") << QStringLiteral("bill Kamau 1,340 due in 48 hours") << d(11, 25);
        QTest::newRow("net 30") << QStringLiteral("new invoice for Lakeside Dental, $1,340, net 30") << d(12, 23);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const QList<OwnerAction> a = OwnerCommandParser::parse(text, today);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().kind == OwnerActionKind::AddBill ? a.first().due : a.first().until, date);
    }

    void capitalsAreRestoredForLowerCaseNames()
    {
        QCOMPARE(OwnerCommandParser::parse(QStringLiteral("chase maple leaf childcare"), today).first().client,
            QStringLiteral("Maple Leaf Childcare"));
        QCOMPARE(OwnerCommandParser::parse(QStringLiteral("remind mrs o'neill"), today).first().client,
            QStringLiteral("Mrs O'Neill"));
        QCOMPARE(OwnerCommandParser::parse(QStringLiteral("chase abbott & co"), today).first().client,
            QStringLiteral("Abbott & Co"));
        QCOMPARE(OwnerCommandParser::parse(QStringLiteral("the hendersons sent £1,200"), today).first().client,
            QStringLiteral("the Hendersons"));
    }

    void namesThatAreAlsoWords_data()
    {
        addRows({
            {"chase Will Smith", "[{`action`:`chase`,`client`:`Will Smith`}]"},
            {"mark May Lee as paid", "[{`action`:`mark_paid`,`client`:`May Lee`}]"},
            {"Grace paid £40", "[{`action`:`mark_paid`,`client`:`Grace`,`amount`:40}]"},
            {"Bill Turner paid", "[{`action`:`mark_paid`,`client`:`Bill Turner`}]"},
            {"Hassan paid ₹2,500 on UPI", "[{`action`:`mark_paid`,`client`:`Hassan`,`amount`:2500}]"},
            {"please chase Kelly O'Brien for inv 2231",
             "[{`action`:`chase`,`client`:`Kelly O'Brien`,`invoice`:`inv 2231`}]"},
        });
    }
    void namesThatAreAlsoWords() { check(); }

    void everyoneIsNobodyInParticular()
    {
        const QList<OwnerAction> a = OwnerCommandParser::parse(QStringLiteral("chase them all"), today);
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().kind, OwnerActionKind::Chase);
        QVERIFY(a.first().client.isEmpty());
        QVERIFY(!a.first().clientFromContext);
    }

    void typosInVerbs_data()
    {
        addRows({
            { "chsae Dawson pls", "[{`action`:`chase`,`client`:`Dawson`}]" },
            { "Hendrix piad", "[{`action`:`mark_paid`,`client`:`Hendrix`}]" },
            { "stpo chasing Lynch", "[{`action`:`stop_reminders`,`client`:`Lynch`}]" },
        });
    }
    void typosInVerbs() { check(); }

    void toJsonHasExactlyTheReadmeFields()
    {
        const auto keys = [](const OwnerAction &a) { return a.toJson().keys(); };
        OwnerAction chase;
        chase.kind = OwnerActionKind::Chase;
        chase.client = QStringLiteral("Henderson");
        QCOMPARE(keys(chase), (QStringList{ "action", "client" }));
        chase.invoice = QStringLiteral("INV-1042");
        QCOMPARE(chase.toJson(),
            (QJsonObject{ { "action", "chase" }, { "client", "Henderson" }, { "invoice", "INV-1042" } }));

        OwnerAction paid;
        paid.kind = OwnerActionKind::MarkPaid;
        paid.client = QStringLiteral("Moss");
        paid.amount = 72.25;
        QCOMPARE(paid.toJson(), (QJsonObject{ { "action", "mark_paid" }, { "client", "Moss" }, { "amount", 72.25 } }));

        OwnerAction stop;
        stop.kind = OwnerActionKind::StopReminders;
        stop.client = QStringLiteral("Dave");
        QCOMPARE(keys(stop), (QStringList{ "action", "client" }));
        stop.until = QDate(2026, 11, 27);
        QCOMPARE(stop.toJson().value(QStringLiteral("until")).toString(), QStringLiteral("2026-11-27"));

        OwnerAction client;
        client.kind = OwnerActionKind::AddClient;
        client.client = QStringLiteral("Tom Baker");
        client.phone = QStringLiteral("07700 900123");
        const QJsonObject c = client.toJson();
        QCOMPARE(c.keys(), (QStringList{ "action", "client", "email", "phone" }));
        QVERIFY(c.value(QStringLiteral("email")).isNull());
        QCOMPARE(c.value(QStringLiteral("phone")).toString(), QStringLiteral("07700 900123"));

        OwnerAction bill;
        bill.kind = OwnerActionKind::AddBill;
        bill.client = QStringLiteral("Nadia");
        bill.amount = 40;
        const QJsonObject b = bill.toJson();
        QCOMPARE(b.keys(), (QStringList{ "action", "amount", "client", "due" }));
        QVERIFY(b.value(QStringLiteral("due")).isNull());
        QCOMPARE(QJsonDocument(b).toJson(QJsonDocument::Compact),
            QByteArray("{\"action\":\"add_bill\",\"amount\":40,\"client\":\"Nadia\",\"due\":null}"));

        OwnerAction status;
        status.kind = OwnerActionKind::Status;
        QCOMPARE(keys(status), QStringList{ "action" });
        status.client = QStringLiteral("Mags");
        QCOMPARE(keys(status), (QStringList{ "action", "client" }));

        for (const OwnerActionKind k :
            { OwnerActionKind::Approve, OwnerActionKind::Reject, OwnerActionKind::Unknown }) {
            OwnerAction a;
            a.kind = k;
            a.client = QStringLiteral("ignored");
            QCOMPARE(keys(a), QStringList{ "action" });
            QCOMPARE(ownerActionKindFromKey(ownerActionKey(k)), std::optional<OwnerActionKind>(k));
        }
    }

    void devSetAccuracy()
    {
        const QString path = QStringLiteral(DUEDESK_SOURCE_DIR "/../shared/nlu-dev/owner.jsonl");
        if (!QFile::exists(path))
            QFAIL(qPrintable(QStringLiteral("The dev set %1 is missing: it lives beside the repository in "
                                            "../shared/nlu-dev (see its README.md).")
                                 .arg(path)));
        QString error;
        const QList<Example> examples = loadExamples(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(examples.size(), 80);
        const Score s = evaluate(examples);
        qInfo("dev set: %d/%d exact (%.1f%%)", s.right, s.total, 100.0 * s.right / s.total);
        for (const QString &m : s.mistakes)
            qInfo("%s", qPrintable(m));
        QVERIFY2(s.right >= devExpectedRight - 1, qPrintable(QStringLiteral("%1/%2").arg(s.right).arg(s.total)));
    }

    void heldOutAccuracy()
    {
        QString error;
        const QList<Example> examples
            = loadExamples(QStringLiteral(DUEDESK_TEST_DATA "/nlu/owner-heldout.jsonl"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(examples.size(), 295);
        const Score s = evaluate(examples);
        qInfo("held-out set: %d/%d exact (%.1f%%)", s.right, s.total, 100.0 * s.right / s.total);
        for (const QString &m : s.mistakes)
            qInfo("%s", qPrintable(m));
        QVERIFY2(s.right >= heldOutExpectedRight - 1, qPrintable(QStringLiteral("%1/%2").arg(s.right).arg(s.total)));
    }
};

QTEST_GUILESS_MAIN(tst_OwnerCommands)
#include "tst_ownercommands.moc"
