#include <Aging.h>

#include <QtTest>

using namespace duedesk;

class tst_Aging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bucketsByDaysOverdue_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<qint64>("days");
        QTest::addColumn<QString>("bucket");
        const QDate today(2026, 11, 23);
        QTest::newRow("due in future") << QDate(2026, 12, 20) << today << qint64(-27) << "not_due";
        QTest::newRow("due today (day 0)") << today << today << qint64(0) << "not_due";
        QTest::newRow("day 1") << today.addDays(-1) << today << qint64(1) << "1-30";
        QTest::newRow("day 30") << today.addDays(-30) << today << qint64(30) << "1-30";
        QTest::newRow("day 31") << today.addDays(-31) << today << qint64(31) << "31-60";
        QTest::newRow("day 60") << today.addDays(-60) << today << qint64(60) << "31-60";
        QTest::newRow("day 61") << today.addDays(-61) << today << qint64(61) << "61-90";
        QTest::newRow("day 90") << today.addDays(-90) << today << qint64(90) << "61-90";
        QTest::newRow("day 91") << today.addDays(-91) << today << qint64(91) << "90+";
        QTest::newRow("years late") << QDate(2020, 1, 1) << today << QDate(2020, 1, 1).daysTo(today) << "90+";
        // 2028 is a leap year: due 28 Feb, today 1 Mar is two days late; due 29 Feb, today 30 Mar is 30 days.
        QTest::newRow("over leap day") << QDate(2028, 2, 28) << QDate(2028, 3, 1) << qint64(2) << "1-30";
        QTest::newRow("due on leap day, day 30") << QDate(2028, 2, 29) << QDate(2028, 3, 30) << qint64(30) << "1-30";
        QTest::newRow("due on leap day, day 31") << QDate(2028, 2, 29) << QDate(2028, 3, 31) << qint64(31) << "31-60";
        QTest::newRow("no leap day in 2027") << QDate(2027, 2, 28) << QDate(2027, 3, 1) << qint64(1) << "1-30";
    }
    void bucketsByDaysOverdue()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, today);
        QFETCH(qint64, days);
        QFETCH(QString, bucket);
        QCOMPARE(daysOverdue(due, today), days);
        QCOMPARE(agingBucketKey(agingBucketFor(due, today)), bucket);
        QCOMPARE(agingBucketKey(agingBucketFor(days)), bucket);
    }

    void aBillWithoutADueDateIsNeverOverdue()
    {
        QCOMPARE(agingBucketFor(QDate(), QDate(2026, 11, 23)), AgingBucket::NotDue);
    }

    void bucketKeysAreStable()
    {
        QStringList keys;
        for (AgingBucket b : allAgingBuckets)
            keys << agingBucketKey(b);
        QCOMPARE(keys, (QStringList{"not_due", "1-30", "31-60", "61-90", "90+"}));
    }
};

QTEST_GUILESS_MAIN(tst_Aging)
#include "tst_aging.moc"
