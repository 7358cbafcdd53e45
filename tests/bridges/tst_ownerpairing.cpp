// Pairing the owner's assistant chat by a one-time code, over a real test book on a manual clock: codes are random
// six digits stored only as a hash, valid ten minutes, used once, lost after five wrong tries; strangers refused
// are counted and audited; everything is kept per channel.

#include "TestBook.h"

#include <AuditLog.h>
#include <OwnerPairing.h>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtTest>

using namespace duedesk;

namespace {

// Every value in bridge_state, joined: what a thief of the book file could read.
QString bridgeState(TestBook &t)
{
    QStringList values;
    QSqlQuery q(t.book().database());
    q.exec(QStringLiteral("SELECT key || '=' || value FROM bridge_state ORDER BY key"));
    while (q.next())
        values.append(q.value(0).toString());
    return values.join(QLatin1Char('\n'));
}

// A six-digit code that is not `code`.
QString otherCode(const QString &code)
{
    return QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
}

} // namespace

class tst_OwnerPairing : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestBook> m_book;

    OwnerPairing pairing() { return OwnerPairing(m_book->book()); }

    QString issue(Channel channel = Channel::Telegram)
    {
        const auto code = pairing().issueCode(channel);
        return code ? *code : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_book = std::make_unique<TestBook>();
        QVERIFY2(m_book->isValid(), qPrintable(m_book->error()));
    }

    void cleanup()
    {
        QVERIFY(AuditLog(m_book->book()).verify().ok);
        m_book.reset();
    }

    void aCodeIsSixRandomDigitsKeptOnlyAsAHash()
    {
        const QString code = issue();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch());
        QVERIFY(!bridgeState(*m_book).isEmpty());
        QVERIFY2(!bridgeState(*m_book).contains(code), qPrintable(bridgeState(*m_book)));
        QCOMPARE(pairing().codeExpiresAt(Channel::Telegram), m_book->clock().now().addSecs(10 * 60));
        QCOMPARE(AuditLog(m_book->book()).count(QStringLiteral("owner_pairing_code")), 1);
        // Random: twenty codes are not all the same.
        QSet<QString> codes;
        for (int i = 0; i < 20; ++i)
            codes.insert(issue());
        QVERIFY(codes.size() > 1);
    }

    void theRightCodePairsTheChatOnce()
    {
        const QString code = issue();
        QVERIFY(!pairing().isPaired(Channel::Telegram));
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("777"), code), OwnerPairing::Outcome::Paired);
        QCOMPARE(pairing().pairedChat(Channel::Telegram), QStringLiteral("777"));
        QCOMPARE(AuditLog(m_book->book()).count(QStringLiteral("owner_paired")), 1);
        QVERIFY(!pairing().codeExpiresAt(Channel::Telegram).isValid());
        // Used up: the same code from someone else pairs nothing.
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("666"), code), OwnerPairing::Outcome::WrongCode);
        QCOMPARE(pairing().pairedChat(Channel::Telegram), QStringLiteral("777"));
    }

    void aWrongCodePairsNothing()
    {
        const QString code = issue();
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("666"), otherCode(code)),
            OwnerPairing::Outcome::WrongCode);
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("666"), QString()), OwnerPairing::Outcome::WrongCode);
        QVERIFY(!pairing().isPaired(Channel::Telegram));
        QCOMPARE(AuditLog(m_book->book()).count(QStringLiteral("owner_pairing_refused")), 2);
        // The right one still works afterwards.
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("777"), code), OwnerPairing::Outcome::Paired);
    }

    void withoutACodeNothingPairs()
    {
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("666"), QStringLiteral("123456")),
            OwnerPairing::Outcome::WrongCode);
        QVERIFY(!pairing().isPaired(Channel::Telegram));
    }

    void theCodeExpiresAfterTenMinutes_data()
    {
        QTest::addColumn<int>("afterSeconds");
        QTest::addColumn<int>("outcome");
        QTest::newRow("9:59") << 599 << int(OwnerPairing::Outcome::Paired);
        QTest::newRow("10:00") << 600 << int(OwnerPairing::Outcome::Expired);
        QTest::newRow("a day") << 86400 << int(OwnerPairing::Outcome::Expired);
    }

    void theCodeExpiresAfterTenMinutes()
    {
        QFETCH(int, afterSeconds);
        QFETCH(int, outcome);
        const QString code = issue();
        m_book->clock().advanceSecs(afterSeconds);
        QCOMPARE(int(pairing().pair(Channel::Telegram, QStringLiteral("777"), code)), outcome);
        QCOMPARE(pairing().isPaired(Channel::Telegram), outcome == int(OwnerPairing::Outcome::Paired));
        // An expired code is gone for good, even if the clock were set back.
        m_book->clock().advanceSecs(-afterSeconds);
        if (outcome == int(OwnerPairing::Outcome::Expired))
            QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("777"), code), OwnerPairing::Outcome::WrongCode);
    }

    void fiveWrongTriesInvalidateTheCode_data()
    {
        QTest::addColumn<int>("wrongTries");
        QTest::addColumn<bool>("pairs");
        QTest::newRow("4 wrong") << 4 << true;
        QTest::newRow("5 wrong") << 5 << false;
        QTest::newRow("6 wrong") << 6 << false;
    }

    void fiveWrongTriesInvalidateTheCode()
    {
        QFETCH(int, wrongTries);
        QFETCH(bool, pairs);
        const QString code = issue();
        for (int i = 0; i < wrongTries; ++i)
            QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("666"), otherCode(code)),
                OwnerPairing::Outcome::WrongCode);
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("777"), code) == OwnerPairing::Outcome::Paired, pairs);
        QCOMPARE(pairing().isPaired(Channel::Telegram), pairs);
        QCOMPARE(pairing().codeExpiresAt(Channel::Telegram).isValid(), false);
    }

    void aNewCodeReplacesTheOldOne()
    {
        const QString first = issue();
        QString second = issue();
        while (second == first)
            second = issue();
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("777"), first), OwnerPairing::Outcome::WrongCode);
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("777"), second), OwnerPairing::Outcome::Paired);
    }

    void pairingIsKeptPerChannel()
    {
        const QString whatsApp = issue(Channel::WhatsApp);
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("777"), whatsApp), OwnerPairing::Outcome::WrongCode);
        QCOMPARE(pairing().pair(Channel::WhatsApp, QStringLiteral("447700900123"), whatsApp),
            OwnerPairing::Outcome::Paired);
        QVERIFY(!pairing().isPaired(Channel::Telegram));
        QCOMPARE(pairing().pairedChat(Channel::WhatsApp), QStringLiteral("447700900123"));
    }

    void unpairingForgetsTheChatAndIsAudited()
    {
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("777"), issue()), OwnerPairing::Outcome::Paired);
        QVERIFY(pairing().unpair(Channel::Telegram, QStringLiteral("owner")));
        QVERIFY(!pairing().isPaired(Channel::Telegram));
        QCOMPARE(AuditLog(m_book->book()).count(QStringLiteral("owner_unpaired")), 1);
    }

    void strangersRefusedAreCountedAndAudited()
    {
        QCOMPARE(pairing().refusalCount(Channel::Telegram), 0);
        QVERIFY(!pairing().lastRefusalAt(Channel::Telegram).isValid());
        QVERIFY(pairing().recordRefusal(Channel::Telegram, QStringLiteral("666"), QStringLiteral("message")));
        m_book->clock().advanceSecs(30);
        QVERIFY(pairing().recordRefusal(Channel::Telegram, QStringLiteral("666"), QStringLiteral("button")));
        QCOMPARE(pairing().refusalCount(Channel::Telegram), 2);
        QCOMPARE(pairing().refusalCount(Channel::WhatsApp), 0);
        QCOMPARE(pairing().lastRefusalAt(Channel::Telegram), m_book->clock().now());
        // Counted every time, audited once an hour per stranger: a loop cannot flood the trail.
        QCOMPARE(AuditLog(m_book->book()).count(QStringLiteral("owner_stranger_refused")), 1);
        QVERIFY(pairing().recordRefusal(Channel::Telegram, QStringLiteral("777"), QStringLiteral("message")));
        QCOMPARE(AuditLog(m_book->book()).count(QStringLiteral("owner_stranger_refused")), 2);
        m_book->clock().advanceSecs(3600);
        QVERIFY(pairing().recordRefusal(Channel::Telegram, QStringLiteral("777"), QStringLiteral("message")));
        QCOMPARE(AuditLog(m_book->book()).count(QStringLiteral("owner_stranger_refused")), 3);
        QCOMPARE(pairing().refusalCount(Channel::Telegram), 4);
        QVERIFY(AuditLog(m_book->book()).verify().ok);
    }

    void aFailingCallerTransactionPairsNothing()
    {
        const QString code = issue();
        const auto fail = [](QSqlDatabase &, QString *why) {
            *why = QStringLiteral("crash");
            return false;
        };
        QString error;
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("777"), code, &error, fail),
            OwnerPairing::Outcome::Failed);
        QCOMPARE(error, QStringLiteral("crash"));
        QVERIFY(!pairing().isPaired(Channel::Telegram));
        QVERIFY(!pairing().recordRefusal(Channel::Telegram, QStringLiteral("666"), QStringLiteral("message"), &error, fail));
        QCOMPARE(pairing().refusalCount(Channel::Telegram), 0);
        // Rolled back, the code is still valid.
        QCOMPARE(pairing().pair(Channel::Telegram, QStringLiteral("777"), code), OwnerPairing::Outcome::Paired);
    }
};

QTEST_GUILESS_MAIN(tst_OwnerPairing)
#include "tst_ownerpairing.moc"
