// Token buckets per bridge and per recipient, on the caller's clock: when a message to X may go next, and how
// a provider's Retry-After pushes that time.

#include <RateLimiter.h>

#include <QtTest>

using namespace duedesk;

namespace {

const QDateTime t0(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

RateLimiter::Limits limits(double perSecond, double burst, double perRecipient)
{
    RateLimiter::Limits l;
    l.perSecond = perSecond;
    l.burst = burst;
    l.perRecipientPerSecond = perRecipient;
    l.recipientBurst = 1;
    return l;
}

QString chat(int i)
{
    return QStringLiteral("chat-%1").arg(i);
}

} // namespace

class tst_RateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTelegramChatGetsOneMessagePerSecond()
    {
        RateLimiter limiter(RateLimiter::limitsFor(Channel::Telegram));
        QVERIFY(limiter.tryAcquire(chat(1), t0));
        QVERIFY(!limiter.tryAcquire(chat(1), t0));
        QCOMPARE(limiter.nextAllowed(chat(1), t0), t0.addMSecs(1000));
        QVERIFY(!limiter.tryAcquire(chat(1), t0.addMSecs(999)));
        QVERIFY(limiter.tryAcquire(chat(1), t0.addMSecs(1000)));
        // Another chat is not held back by the first.
        QCOMPARE(limiter.nextAllowed(chat(2), t0), t0);
    }

    void theBotSendsItsBurstThenAtItsRate()
    {
        RateLimiter limiter(RateLimiter::limitsFor(Channel::Telegram)); // 30 msg/s
        for (int i = 0; i < 30; ++i)
            QVERIFY(limiter.tryAcquire(chat(i), t0));
        QVERIFY(!limiter.tryAcquire(chat(30), t0));
        QCOMPARE(limiter.nextAllowed(chat(30), t0), t0.addMSecs(34)); // 1/30 s, rounded up to the millisecond
        QVERIFY(limiter.tryAcquire(chat(30), t0.addMSecs(34)));
    }

    void whatsAppAllowsOneMessagePerSixSecondsToAUser()
    {
        RateLimiter limiter(RateLimiter::limitsFor(Channel::WhatsApp));
        QVERIFY(limiter.tryAcquire(QStringLiteral("447700900123"), t0));
        QCOMPARE(limiter.nextAllowed(QStringLiteral("447700900123"), t0), t0.addMSecs(6000));
        for (int i = 0; i < 79; ++i)
            QVERIFY(limiter.tryAcquire(chat(i), t0));
        QVERIFY(!limiter.tryAcquire(chat(79), t0)); // 80 msg/s for the number
    }

    void aRetryAfterHoldsTheWholeBridgeUntilThen()
    {
        RateLimiter limiter(limits(30, 30, 1));
        limiter.deferUntil(t0.addSecs(30));
        QCOMPARE(limiter.nextAllowed(chat(1), t0), t0.addSecs(30));
        QVERIFY(!limiter.tryAcquire(chat(1), t0.addSecs(29)));
        QVERIFY(limiter.tryAcquire(chat(1), t0.addSecs(30)));
        // An earlier Retry-After arriving late does not shorten the wait.
        limiter.deferUntil(t0.addSecs(60));
        limiter.deferUntil(t0.addSecs(40));
        QCOMPARE(limiter.nextAllowed(chat(2), t0.addSecs(31)), t0.addSecs(60));
    }

    void aRecipientsRetryAfterHoldsOnlyThatRecipient()
    {
        RateLimiter limiter(limits(30, 30, 1));
        limiter.deferRecipientUntil(chat(1), t0.addSecs(10));
        QCOMPARE(limiter.nextAllowed(chat(1), t0), t0.addSecs(10));
        QCOMPARE(limiter.nextAllowed(chat(2), t0), t0);
    }

    void nothingIsTakenWhenOneBucketSaysNo()
    {
        RateLimiter limiter(limits(2, 2, 1));
        limiter.deferRecipientUntil(chat(1), t0.addSecs(10));
        QVERIFY(!limiter.tryAcquire(chat(1), t0)); // refused: the bridge keeps both of its tokens
        QVERIFY(limiter.tryAcquire(chat(2), t0));
        QVERIFY(limiter.tryAcquire(chat(3), t0));
        QVERIFY(!limiter.tryAcquire(chat(4), t0));
    }

    void idleRecipientsAreForgotten()
    {
        RateLimiter limiter(limits(1000, 1000, 1));
        QDateTime now = t0;
        for (int i = 0; i < 5000; ++i) {
            QVERIFY(limiter.tryAcquire(chat(i), now));
            now = now.addMSecs(10);
        }
        QVERIFY2(limiter.trackedRecipients() <= 400, qPrintable(QString::number(limiter.trackedRecipients())));
        // Forgetting never lets a recent recipient through early.
        QVERIFY(!limiter.tryAcquire(chat(4999), now));
    }
};

QTEST_GUILESS_MAIN(tst_RateLimiter)
#include "tst_ratelimiter.moc"
