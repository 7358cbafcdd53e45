#include <CsvReader.h>

#include <QtTest>

using namespace duedesk;

namespace {

// Records as "line:field|field|..." for compact comparisons.
QStringList flatten(const CsvTable &table)
{
    QStringList out;
    for (const CsvRecord &r : table.records)
        out << QString::number(r.line) + QLatin1Char(':') + r.fields.join(QLatin1Char('|'));
    return out;
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRecordsWithTheLineWhereEachStarts_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("records");
        auto list = [](std::initializer_list<const char *> items) {
            QStringList l;
            for (const char *item : items)
                l << QString::fromUtf8(item);
            return l;
        };
        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << list({"1:a|b", "2:1|2"});
        QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << list({"1:a|b", "2:1|2"});
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << list({"1:a|b", "2:1|2"});
        QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << list({"1:a|b", "2:1|2"});
        QTest::newRow("empty fields kept") << QByteArray("a,b,c\n,,\n1,,3\n") << list({"1:a|b|c", "2:||", "3:1||3"});
        QTest::newRow("quoted delimiter") << QByteArray("a,b\n\"x,y\",2\n") << list({"1:a|b", "2:x,y|2"});
        QTest::newRow("escaped quotes") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << list({"1:a", "2:say \"hi\""});
        QTest::newRow("quoted empty") << QByteArray("a,b\n\"\",\"\"\n") << list({"1:a|b", "2:|"});
        QTest::newRow("quoted LF") << QByteArray("a,b\n\"x\ny\",2\n3,4\n") << list({"1:a|b", "2:x\ny|2", "4:3|4"});
        QTest::newRow("quoted CRLF becomes LF") << QByteArray("a,b\r\n\"x\r\ny\r\nz\",2\r\n3,4\r\n")
                                                << list({"1:a|b", "2:x\ny\nz|2", "5:3|4"});
        QTest::newRow("blank lines skipped, lines still counted")
            << QByteArray("\na,b\n\n   \n1,2\n\n") << list({"2:a|b", "5:1|2"});
        QTest::newRow("BOM stripped") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << list({"1:a|b", "2:1|2"});
        QTest::newRow("UTF-8 text") << QByteArray("name\nCaf\xC3\xA9 M\xC3\xBCller \xE2\x82\xAC\n")
                                    << list({"1:name", "2:Caf\xC3\xA9 M\xC3\xBCller \xE2\x82\xAC"});
        QTest::newRow("spaces before an opening quote") << QByteArray("a,b\n1, \"x,y\"\n")
                                                        << list({"1:a|b", "2:1|x,y"});
        QTest::newRow("quote inside an unquoted field") << QByteArray("a\n5\" pipe\n") << list({"1:a", "2:5\" pipe"});
        QTest::newRow("text after a closing quote") << QByteArray("a\n\"x\"y\n") << list({"1:a", "2:xy"});
        QTest::newRow("semicolons") << QByteArray("a;b\n1,5;2\n") << list({"1:a|b", "2:1,5|2"});
        QTest::newRow("quoted semicolon header") << QByteArray("\"a;x\",b\n1,2\n") << list({"1:a;x|b", "2:1|2"});
    }

    void readsRecordsWithTheLineWhereEachStarts()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, records);
        const CsvTable table = CsvReader::read(csv);
        QVERIFY2(table.ok(), qPrintable(table.error));
        QCOMPARE(flatten(table), records);
    }

    void delimiterIsDetectedFromTheHeaderLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("commas") << QByteArray("a,b,c\n1;2;3;4;5\n") << QChar(u',');
        QTest::newRow("semicolons") << QByteArray("a;b;c\n1,2,3,4,5\n") << QChar(u';');
        QTest::newRow("semicolons outnumber commas") << QByteArray("a,x;b;c\n") << QChar(u';');
        QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";d\n") << QChar(u';');
        QTest::newRow("tie is a comma") << QByteArray("a,b;c\n") << QChar(u',');
        QTest::newRow("single column") << QByteArray("a\n1\n") << QChar(u',');
        QTest::newRow("after blank lines") << QByteArray("\r\n\na;b\n") << QChar(u';');
    }

    void delimiterIsDetectedFromTheHeaderLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QChar, delimiter);
        const CsvTable table = CsvReader::read(csv);
        QVERIFY(table.ok());
        QCOMPARE(table.delimiter, delimiter);
    }

    void emptyInputHasNoRecords_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("blank lines") << QByteArray("\n\r\n  \n");
    }

    void emptyInputHasNoRecords()
    {
        QFETCH(QByteArray, csv);
        const CsvTable table = CsvReader::read(csv);
        QVERIFY(table.ok());
        QVERIFY(table.records.isEmpty());
    }

    void unterminatedQuoteFailsWithTheLineWhereItOpens_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::newRow("last field") << QByteArray("a,b\n1,\"2\n3,4\n") << 2;
        QTest::newRow("after a quoted line break") << QByteArray("a,b\n\"x\ny\",2\n3,\"4\n") << 4;
        QTest::newRow("escaped quote at the end") << QByteArray("a\n\"x\"\"\n") << 2;
    }

    void unterminatedQuoteFailsWithTheLineWhereItOpens()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        const CsvTable table = CsvReader::read(csv);
        QVERIFY(!table.ok());
        QCOMPARE(table.errorLine, line);
        QVERIFY2(table.error.contains(QStringLiteral("line %1").arg(line)), qPrintable(table.error));
        QVERIFY(table.records.isEmpty());
    }

    void nonUtf8FailsWithTheFirstBadLine_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::newRow("Latin-1 on line 1") << QByteArray("caf\xE9\n") << 1;
        QTest::newRow("Latin-1 on line 3") << QByteArray("a\nb\nCaf\xE9\nLef\xE8vre\n") << 3;
        QTest::newRow("CRLF lines") << QByteArray("a\r\nb\r\n\xFF\r\n") << 3;
        QTest::newRow("lone CR lines") << QByteArray("a\rb\r\xFF\r") << 3;
        QTest::newRow("inside a quoted field") << QByteArray("a\n\"x\ny\xE9\"\n") << 3;
        QTest::newRow("truncated sequence at the end") << QByteArray("a\nb\nCaf\xC3") << 3;
        QTest::newRow("truncated sequence before a line break") << QByteArray("a\nCaf\xC3\nb\n") << 2;
        QTest::newRow("overlong encoding") << QByteArray("a\n\xC0\xAF\n") << 2;
        QTest::newRow("encoded surrogate") << QByteArray("a\nb\n\xED\xA0\x80\n") << 3;
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE" "a\0,\0b\0", 8) << 1;
    }

    void nonUtf8FailsWithTheFirstBadLine()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        const CsvTable table = CsvReader::read(csv);
        QVERIFY(!table.ok());
        QCOMPARE(table.errorLine, line);
        QVERIFY2(table.error.contains(QStringLiteral("line %1 is not UTF-8").arg(line)), qPrintable(table.error));
        QVERIFY(table.records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
