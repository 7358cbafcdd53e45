// A channel's circuit breaker: closed, open after N consecutive failures, half-open with one trial after the
// cool-down, closed again on its success or open for another cool-down on its failure.

#include <CircuitBreaker.h>

#include <QtTest>

using namespace duedesk;

namespace {

const QDateTime t0(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

CircuitBreaker breaker(int threshold = 3, qint64 coolDownMs = 60000)
{
    CircuitBreaker::Settings s;
    s.failureThreshold = threshold;
    s.coolDownMs = coolDownMs;
    return CircuitBreaker(s);
}

void fail(CircuitBreaker &b, int times, const QDateTime &at = t0)
{
    for (int i = 0; i < times; ++i) {
        QVERIFY(b.tryAcquire(at));
        b.recordFailure(at);
    }
}

} // namespace

class tst_CircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staysClosedBelowTheThreshold()
    {
        CircuitBreaker b = breaker(3);
        fail(b, 2);
        QCOMPARE(b.state(t0), CircuitBreaker::State::Closed);
        QVERIFY(b.tryAcquire(t0));
    }

    void aSuccessResetsTheCount()
    {
        CircuitBreaker b = breaker(3);
        fail(b, 2);
        b.recordSuccess();
        fail(b, 2);
        QCOMPARE(b.state(t0), CircuitBreaker::State::Closed);
        QCOMPARE(b.consecutiveFailures(), 2);
    }

    void opensAfterNConsecutiveFailures()
    {
        CircuitBreaker b = breaker(3, 60000);
        fail(b, 3);
        QCOMPARE(b.state(t0), CircuitBreaker::State::Open);
        QCOMPARE(b.openUntil(), t0.addSecs(60));
        QVERIFY(!b.allows(t0.addSecs(59)));
        QVERIFY(!b.tryAcquire(t0.addSecs(59)));
    }

    void halfOpenAfterTheCoolDownLetsOneTrialThrough()
    {
        CircuitBreaker b = breaker(3, 60000);
        fail(b, 3);
        const QDateTime later = t0.addSecs(60);
        QCOMPARE(b.state(later), CircuitBreaker::State::HalfOpen);
        QVERIFY(b.allows(later));
        QVERIFY(b.tryAcquire(later));
        QVERIFY(!b.allows(later));
        QVERIFY(!b.tryAcquire(later)); // the trial is still out
    }

    void aSuccessfulTrialCloses()
    {
        CircuitBreaker b = breaker(3, 60000);
        fail(b, 3);
        QVERIFY(b.tryAcquire(t0.addSecs(60)));
        b.recordSuccess();
        QCOMPARE(b.state(t0.addSecs(60)), CircuitBreaker::State::Closed);
        QCOMPARE(b.consecutiveFailures(), 0);
        QVERIFY(b.tryAcquire(t0.addSecs(60)));
        QVERIFY(b.tryAcquire(t0.addSecs(60)));
    }

    void aFailedTrialOpensForAnotherCoolDown()
    {
        CircuitBreaker b = breaker(3, 60000);
        fail(b, 3);
        const QDateTime trialAt = t0.addSecs(90);
        QVERIFY(b.tryAcquire(trialAt));
        b.recordFailure(trialAt);
        QCOMPARE(b.state(trialAt), CircuitBreaker::State::Open);
        QCOMPARE(b.openUntil(), trialAt.addSecs(60));
        QCOMPARE(b.state(trialAt.addSecs(60)), CircuitBreaker::State::HalfOpen);
    }
};

QTEST_GUILESS_MAIN(tst_CircuitBreaker)
#include "tst_circuitbreaker.moc"
