// The command line contract (DESIGN.md): exit 0 ok, 2 bad usage, 1 other errors with one line on stderr;
// JSON shapes that scripts rely on. Runs the real duedesk-cli on real book files.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(DUEDESK_CLI), args);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db(const QString &name = QStringLiteral("book.duedesk")) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void noCommandIsAUsageError()
    {
        const Run r = cli({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage")));
    }

    void helpSucceeds()
    {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("report aging")));
    }

    void badUsageExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{"--db", "x", "frobnicate"} << "unknown command";
        QTest::newRow("unknown report") << QStringList{"--db", "x", "report", "cash"} << "unknown report";
        QTest::newRow("report without kind") << QStringList{"--db", "x", "report"} << "report needs";
        QTest::newRow("bad --today") << QStringList{"--db", "x", "report", "aging", "--today", "23/11/2026"} << "not a date";
        QTest::newRow("--today without value") << QStringList{"--db", "x", "report", "aging", "--today"} << "needs a value";
        QTest::newRow("bad --now") << QStringList{"--now", "yesterday", "--db", "x", "report", "aging"} << "--now";
        QTest::newRow("extra argument") << QStringList{"--db", "x", "report", "aging", "extra"} << "unexpected argument";
        QTest::newRow("seed without counts") << QStringList{"--db", "x", "seed"} << "--clients";
        QTest::newRow("seed with junk count") << QStringList{"--db", "x", "seed", "--clients", "many", "--bills", "3"} << "whole number";
        QTest::newRow("negative bills") << QStringList{"--db", "x", "seed", "--clients", "2", "--bills", "-3"} << "whole number";
        QTest::newRow("import without file") << QStringList{"--db", "x", "import"} << "CSV file";
    }
    void badUsageExitsTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.err.startsWith(QStringLiteral("duedesk-cli: ")));
        QVERIFY(!QFile::exists(QStringLiteral("x"))); // bad usage touches no book
    }

    void aMissingBookIsAnErrorNotCreatedByAReport()
    {
        const Run r = cli({QStringLiteral("--db"), db(QStringLiteral("missing.duedesk")), QStringLiteral("report"),
                           QStringLiteral("aging")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no book")), qPrintable(r.err));
        QVERIFY(!QFile::exists(db(QStringLiteral("missing.duedesk"))));
    }

    void aFileThatIsNotABookIsRefused()
    {
        const QString path = db(QStringLiteral("letter.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a book");
        f.close();
        const Run r = cli({QStringLiteral("--db"), path, QStringLiteral("seed"), QStringLiteral("--clients"),
                           QStringLiteral("1"), QStringLiteral("--bills"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("not a DueDesk book")), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("not a book"));
    }

    void importOfAMissingFileFails()
    {
        const Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope.csv"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("nope.csv")), qPrintable(r.err));
    }

    void agingJsonHasTheContractShape()
    {
        const QStringList common{QStringLiteral("--db"), db(QStringLiteral("shape.duedesk")), QStringLiteral("--now"),
                                 QStringLiteral("2026-11-23T10:00:00")};
        Run r = cli(common + QStringList{QStringLiteral("seed"), QStringLiteral("--clients"), QStringLiteral("30"),
                                         QStringLiteral("--bills"), QStringLiteral("400"), QStringLiteral("--seed"),
                                         QStringLiteral("5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(common + QStringList{QStringLiteral("report"), QStringLiteral("aging"), QStringLiteral("--today"),
                                     QStringLiteral("2026-11-23"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        const QString line = r.out.trimmed();
        QCOMPARE(line.count(QLatin1Char('\n')), 0);
        // Keys in the contract's order, amounts as decimal strings in the currency's digits.
        static const QRegularExpression shape(QStringLiteral(
            R"(^\{"today":"2026-11-23","currencies":\{("[A-Z]{3}":\{"not_due":"-?\d+(\.\d+)?","1-30":"-?\d+(\.\d+)?",)"
            R"("31-60":"-?\d+(\.\d+)?","61-90":"-?\d+(\.\d+)?","90\+":"-?\d+(\.\d+)?","total":"-?\d+(\.\d+)?"\},?)+\}\}$)"));
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
        const QJsonObject currencies = QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("currencies")).toObject();
        QVERIFY(currencies.contains(QStringLiteral("GBP")));
        for (const QString &code : currencies.keys()) {
            const QJsonObject c = currencies.value(code).toObject();
            qint64 sum = 0;
            for (const char *k : {"not_due", "1-30", "31-60", "61-90", "90+"})
                sum += c.value(QLatin1String(k)).toString().remove(QLatin1Char('.')).toLongLong();
            QCOMPARE(sum, c.value(QStringLiteral("total")).toString().remove(QLatin1Char('.')).toLongLong());
            QVERIFY(c.value(QStringLiteral("total")).toString().contains(QRegularExpression(QStringLiteral(R"(^\d+\.\d\d$)"))));
        }
    }

    void sameSeedAndClockGiveTheSameReport()
    {
        QStringList reports;
        for (const QString &name : {QStringLiteral("a.duedesk"), QStringLiteral("b.duedesk")}) {
            const QStringList common{QStringLiteral("--now"), QStringLiteral("2026-11-23"), QStringLiteral("--db"), db(name)};
            QCOMPARE(cli(common + QStringList{QStringLiteral("seed"), QStringLiteral("--clients"), QStringLiteral("10"),
                                              QStringLiteral("--bills"), QStringLiteral("100")}).code, 0);
            const Run r = cli(common + QStringList{QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("aging")});
            QCOMPARE(r.code, 0);
            reports << r.out;
        }
        QCOMPARE(reports[0], reports[1]);
        QVERIFY(reports[0].startsWith(QStringLiteral("{\"today\":\"2026-11-23\"")));
    }

    // plan -> drafts -> approve -> outbox, then pay / promise / dispute / optout / snapshot / callqueue / audit,
    // through the real binary on one book, with the JSON keys the contract names.
    void chaseCommandsFollowTheContract()
    {
        const QStringList common{QStringLiteral("--db"), db(QStringLiteral("chase.duedesk")), QStringLiteral("--now"),
                                 QStringLiteral("2026-11-23T10:00:00")};
        auto run = [&](const QStringList &args) { return cli(common + args); };
        QCOMPARE(run({"seed", "--clients", "15", "--bills", "120", "--seed", "2"}).code, 0);
        Run r = run({"--json", "plan", "--today", "2026-11-23"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int drafted = QJsonDocument::fromJson(r.out.toUtf8()).object().value("drafted").toInt();
        QVERIFY(drafted > 0);
        r = run({"--json", "drafts"});
        QCOMPARE(r.code, 0);
        const QJsonArray drafts = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(drafts.size(), drafted);
        const QJsonObject first = drafts.first().toObject();
        for (const char *key : {"id", "bill_number", "client", "channel", "tone", "reasons", "text"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QVERIFY(!first.value("text").toString().isEmpty());
        const QString id = QString::number(first.value("id").toInt());
        QCOMPARE(run({"edit", id, "--text", "Hello, a gentle nudge."}).code, 0);
        QCOMPARE(run({"approve", id}).code, 0);
        r = run({"approve", id});
        QCOMPARE(r.code, 1);                               // approving twice queues nothing more
        QVERIFY2(r.err.contains("already"), qPrintable(r.err));
        QCOMPARE(run({"skip", QString::number(drafts.at(1).toObject().value("id").toInt())}).code, 0);
        r = run({"--json", "outbox"});
        const QJsonArray outbox = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(outbox.size(), 1);
        for (const char *key : {"id", "bill_number", "channel", "tone", "state"})
            QVERIFY2(outbox.first().toObject().contains(QLatin1String(key)), key);
        QCOMPARE(outbox.first().toObject().value("state").toString(), QStringLiteral("queued"));
        const QString bill = outbox.first().toObject().value("bill_number").toString();
        QCOMPARE(run({"pay", bill, "1.00", "--on", "2026-11-23"}).code, 0);
        QCOMPARE(run({"pay", bill, "lots"}).code, 2);
        QCOMPARE(run({"pay", "NO-SUCH-BILL", "1.00"}).code, 1);
        QCOMPARE(run({"promise", bill, "2026-12-01"}).code, 0);
        QCOMPARE(run({"promise", bill, "01/12/2026"}).code, 2);
        QCOMPARE(run({"dispute", bill}).code, 0);
        QCOMPARE(run({"dispute", bill, "--resolve"}).code, 0);
        QCOMPARE(run({"chase", bill}).code, 0);
        QCOMPARE(run({"optout", "Nobody Atall", "sms"}).code, 1);
        QCOMPARE(run({"optout", "1", "carrier-pigeon"}).code, 2);
        QCOMPARE(run({"optout", "1", "sms"}).code, 0);
        r = run({"snapshot", "--week-of", "2026-11-23", "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("week_of").toString(), QStringLiteral("2026-11-23"));
        r = run({"callqueue", "--json"});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
        r = run({"audit", "verify"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(run({"audit", "check"}).code, 2);
    }

    void seedReportsWhatItAdded()
    {
        const Run r = cli({QStringLiteral("--db"), db(QStringLiteral("seed.duedesk")), QStringLiteral("--json"),
                           QStringLiteral("seed"), QStringLiteral("--clients"), QStringLiteral("3"), QStringLiteral("--bills"),
                           QStringLiteral("25")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("clients")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("bills")).toInt(), 25);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
