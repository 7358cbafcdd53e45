#include "TestBook.h"

#include <AuditLog.h>
#include <Book.h>
#include <WriteTransaction.h>

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace duedesk;

namespace {

// Simulates someone editing the file outside DueDesk: the append-only triggers go first.
bool dropGuards(Book &book)
{
    QSqlQuery q(book.database());
    return q.exec("DROP TRIGGER audit_log_no_update") && q.exec("DROP TRIGGER audit_log_no_delete");
}

bool exec(Book &book, const QString &sql)
{
    QSqlQuery q(book.database());
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

bool appendMany(Book &book, int n)
{
    AuditLog log(book);
    for (int i = 1; i <= n; ++i) {
        QString error;
        if (!log.append(i % 2 ? QStringLiteral("draft") : QStringLiteral("approve"), QStringLiteral("owner"), i, i % 7,
                        QJsonObject{{"n", i}, {"body", QStringLiteral("Hello %1").arg(i)}},
                        &error)) {
            qWarning("append %d: %s", i, qPrintable(error));
            return false;
        }
    }
    return true;
}

} // namespace

class tst_AuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyLogVerifies()
    {
        TestBook t;
        const AuditLog::Verification v = AuditLog(t.book()).verify();
        QVERIFY(v.ok);
        QCOMPARE(v.rows, qint64(0));
        QCOMPARE(v.firstBrokenId, qint64(0));
        QVERIFY(v.reason.isEmpty());
    }

    void appendWritesAChainedRow()
    {
        TestBook t;
        const qint64 client = t.addClient(QStringLiteral("Rachel Henderson"));
        const qint64 bill = t.addBill(QStringLiteral("INV-1"), client, QDate(2026, 11, 1), 12000);
        AuditLog log(t.book());
        QVERIFY(log.append(QStringLiteral("draft"), QStringLiteral("planner"), bill, client,
                           QJsonObject{{"tone", "friendly"}, {"a", 1}}));
        t.clock().advanceSecs(1);
        QVERIFY(log.append(QStringLiteral("settings"), QStringLiteral("owner"), 0, 0, {}));

        QSqlQuery q(t.book().database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, kind, bill_id, client_id, detail, prev_hash, hash "
                                      "FROM audit_log ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(1));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-11-23T12:00:00.000Z"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("planner"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("draft"));
        QCOMPARE(q.value(4).toLongLong(), bill);
        QCOMPARE(q.value(5).toLongLong(), client);
        QCOMPARE(q.value(6).toString(), QStringLiteral("{\"a\":1,\"tone\":\"friendly\"}"));   // compact, sorted keys
        QCOMPARE(q.value(7).toString(), QString(64, QLatin1Char('0')));
        const QString firstHash = q.value(8).toString();
        QCOMPARE(firstHash.size(), 64);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(2));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-11-23T12:00:01.000Z"));
        QVERIFY(q.value(4).isNull());   // 0 -> NULL
        QVERIFY(q.value(5).isNull());
        QCOMPARE(q.value(6).toString(), QStringLiteral("{}"));
        QCOMPARE(q.value(7).toString(), firstHash);
        QVERIFY(q.value(8).toString() != firstHash);
        QVERIFY(!q.next());

        QCOMPARE(log.count(), qint64(2));
        QCOMPARE(log.count(QStringLiteral("draft")), qint64(1));
        QCOMPARE(log.count(QStringLiteral("send")), qint64(0));
        QVERIFY(log.verify().ok);
    }

    void hundredAppendsVerify()
    {
        TestBook t;
        QVERIFY(appendMany(t.book(), 100));
        const AuditLog::Verification v = AuditLog(t.book()).verify();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.rows, qint64(100));
        QCOMPARE(v.firstBrokenId, qint64(0));
    }

    void changedDetailIsReportedAtThatRow()
    {
        TestBook t;
        QVERIFY(appendMany(t.book(), 100));
        QVERIFY(dropGuards(t.book()));
        QVERIFY(exec(t.book(), "UPDATE audit_log SET detail = '{\"body\":\"Hello 400\",\"n\":40}' WHERE id = 40"));
        const AuditLog::Verification v = AuditLog(t.book()).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.rows, qint64(100));
        QCOMPARE(v.firstBrokenId, qint64(40));
        QCOMPARE(v.reason, QStringLiteral("row 40: its content was changed"));
    }

    void changedActorOrNullIdIsDetected()
    {
        TestBook t;
        QVERIFY(appendMany(t.book(), 10));
        QVERIFY(dropGuards(t.book()));
        QVERIFY(exec(t.book(), QStringLiteral("UPDATE audit_log SET bill_id = NULL WHERE id = 7")));
        QCOMPARE(AuditLog(t.book()).verify().firstBrokenId, qint64(7));
    }

    // A removed row is reported at the row after the gap.
    void removedRowIsReportedAtTheNextRow()
    {
        TestBook t;
        QVERIFY(appendMany(t.book(), 100));
        QVERIFY(dropGuards(t.book()));
        QVERIFY(exec(t.book(), QStringLiteral("DELETE FROM audit_log WHERE id = 40")));
        const AuditLog::Verification v = AuditLog(t.book()).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.rows, qint64(99));
        QCOMPARE(v.firstBrokenId, qint64(41));
        QCOMPARE(v.reason, QStringLiteral("row 41 does not follow row 39: a row was removed"));
    }

    void removedFirstRowIsDetected()
    {
        TestBook t;
        QVERIFY(appendMany(t.book(), 5));
        QVERIFY(dropGuards(t.book()));
        QVERIFY(exec(t.book(), QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
        const AuditLog::Verification v = AuditLog(t.book()).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenId, qint64(2));
    }

    // Removing a row and renumbering the rest to close the gap changes every later row's hashed id.
    void renumberedRowsAreDetected()
    {
        TestBook t;
        QVERIFY(appendMany(t.book(), 20));
        QVERIFY(dropGuards(t.book()));
        QVERIFY(exec(t.book(), QStringLiteral("DELETE FROM audit_log WHERE id = 10")));
        QVERIFY(exec(t.book(), QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id > 10")));
        QCOMPARE(AuditLog(t.book()).verify().firstBrokenId, qint64(10));
    }

    void changedHashIsDetected()
    {
        TestBook t;
        QVERIFY(appendMany(t.book(), 50));
        QVERIFY(dropGuards(t.book()));
        const QString forged(64, QLatin1Char('f'));
        QVERIFY(exec(t.book(), QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE id = 30").arg(forged)));
        const AuditLog::Verification v = AuditLog(t.book()).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenId, qint64(30));
        QCOMPARE(v.reason, QStringLiteral("row 30: its content was changed"));
    }

    // A forger who rewrites a row and its own hash still breaks the link from the next row.
    void rewrittenRowWithItsOwnHashShowsAtTheNextRow()
    {
        TestBook t;
        QVERIFY(appendMany(t.book(), 50));
        // The forged row 20 as a careful forger would write it: append it to a scratch book in the same place.
        TestBook scratch;
        QVERIFY(appendMany(scratch.book(), 19));
        QVERIFY(AuditLog(scratch.book()).append(QStringLiteral("approve"), QStringLiteral("owner"), 20, 20 % 7,
                                                QJsonObject{{"n", 20}, {"body", "forged"}}));
        QSqlQuery f(scratch.book().database());
        QVERIFY(f.exec(QStringLiteral("SELECT detail, hash FROM audit_log WHERE id = 20")) && f.next());
        QVERIFY(dropGuards(t.book()));
        QSqlQuery q(t.book().database());
        q.prepare(QStringLiteral("UPDATE audit_log SET detail = ?, hash = ? WHERE id = 20"));
        q.addBindValue(f.value(0));
        q.addBindValue(f.value(1));
        QVERIFY(q.exec());
        const AuditLog::Verification v = AuditLog(t.book()).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenId, qint64(21));
        QCOMPARE(v.reason, QStringLiteral("row 21 does not match row 20 before it: one of them was changed"));
    }

    void triggersRefuseUpdateAndDeleteOnTheBooksConnection()
    {
        TestBook t;
        QVERIFY(appendMany(t.book(), 3));
        QSqlQuery q(t.book().database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = 2")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QCOMPARE(AuditLog(t.book()).count(), qint64(3));
        QVERIFY(AuditLog(t.book()).verify().ok);
    }

    void appendInARolledBackTransactionLeavesNoRow()
    {
        TestBook t;
        QVERIFY(appendMany(t.book(), 2));
        AuditLog log(t.book());
        {
            WriteTransaction tx(t.book().database());
            QVERIFY(tx.isActive());
            QVERIFY(log.append(QStringLiteral("approve"), QStringLiteral("owner"), 1, 1, {}));
            QCOMPARE(log.count(), qint64(3));
            tx.rollback();
        }
        QCOMPARE(log.count(), qint64(2));
        {
            WriteTransaction tx(t.book().database());
            QVERIFY(log.append(QStringLiteral("skip"), QStringLiteral("owner"), 1, 1, {}));
            // Goes out of scope without commit: rolled back too.
        }
        QCOMPARE(log.count(), qint64(2));
        {
            WriteTransaction tx(t.book().database());
            QVERIFY(log.append(QStringLiteral("send"), QStringLiteral("bridge"), 1, 1, {}));
            QVERIFY(tx.commit());
        }
        QCOMPARE(log.count(), qint64(3));
        QCOMPARE(log.count(QStringLiteral("send")), qint64(1));
        const AuditLog::Verification v = log.verify();
        QVERIFY2(v.ok, qPrintable(v.reason));
    }

    void emptyKindIsRefusedWithAnError()
    {
        TestBook t;
        QString error;
        QVERIFY(!AuditLog(t.book()).append(QStringLiteral(" "), QStringLiteral("owner"), 0, 0, {}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(AuditLog(t.book()).count(), qint64(0));
    }

    // Two threads, two connections, each appending in its own write transactions: one unbroken chain.
    void concurrentAppendsFromTwoConnectionsKeepOneChain()
    {
        TestBook t;
        constexpr int perThread = 200;
        QAtomicInt failures;
        auto work = [&](const QString &actor) {
            AuditLog log(t.book());
            for (int i = 0; i < perThread; ++i) {
                WriteTransaction tx(t.book().database());
                QString error;
                if (!tx.isActive() || !log.append(QStringLiteral("send"), actor, i + 1, 0,
                                                  QJsonObject{{QStringLiteral("i"), i}}, &error)
                    || !tx.commit()) {
                    qWarning("%s: %s %s", qPrintable(actor), qPrintable(tx.error()), qPrintable(error));
                    failures.ref();
                }
            }
        };
        QThread *a = QThread::create(work, QStringLiteral("thread-a"));
        QThread *b = QThread::create(work, QStringLiteral("thread-b"));
        a->start();
        b->start();
        QVERIFY(a->wait(120000));
        QVERIFY(b->wait(120000));
        delete a;
        delete b;
        QCOMPARE(failures.loadRelaxed(), 0);
        AuditLog log(t.book());
        QCOMPARE(log.count(), qint64(2 * perThread));
        QSqlQuery q(t.book().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'thread-a'")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(perThread));
        const AuditLog::Verification v = log.verify();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.rows, qint64(2 * perThread));
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
