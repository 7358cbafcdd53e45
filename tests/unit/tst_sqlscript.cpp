#include <SqlScript.h>

#include <QtTest>

using namespace duedesk;

class tst_SqlScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsPlainStatements()
    {
        const QStringList s = splitSqlScript(QStringLiteral("CREATE TABLE a (x);\n\nINSERT INTO a VALUES (1);  "));
        QCOMPARE(s, (QStringList{"CREATE TABLE a (x)", "INSERT INTO a VALUES (1)"}));
    }

    void keepsSemicolonsInQuotesAndDropsComments()
    {
        const QStringList s = splitSqlScript(
            QStringLiteral("-- a comment; with a semicolon\nINSERT INTO a VALUES ('x;y', \"q;\"\"r\");\n/* c; */ SELECT 1;"));
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(0).contains(QStringLiteral("'x;y'")));
        QVERIFY(s.at(0).contains(QStringLiteral("\"q;\"\"r\"")));
        QCOMPARE(s.at(1), QStringLiteral("SELECT 1"));
    }

    void keepsTriggerBodiesWhole()
    {
        const QStringList s = splitSqlScript(QStringLiteral(
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
            "  UPDATE b SET n = CASE WHEN NEW.x > 0 THEN 1 ELSE 0 END;\n"
            "  DELETE FROM c;\n"
            "END;\n"
            "CREATE TEMP TRIGGER u AFTER DELETE ON a BEGIN SELECT 1; END;\n"
            "SELECT 2;"));
        QCOMPARE(s.size(), 3);
        QVERIFY(s.at(0).startsWith(QStringLiteral("CREATE TRIGGER t")));
        QVERIFY(s.at(0).endsWith(QStringLiteral("END")));
        QVERIFY(s.at(0).contains(QStringLiteral("DELETE FROM c;")));
        QVERIFY(s.at(1).startsWith(QStringLiteral("CREATE TEMP TRIGGER u")));
        QCOMPARE(s.at(2), QStringLiteral("SELECT 2"));
    }
};

QTEST_GUILESS_MAIN(tst_SqlScript)
#include "tst_sqlscript.moc"
