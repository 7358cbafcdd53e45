// ChaseEngine::plan(): turning due policy steps into drafts.

#include "ChaseEngine.h"

#include "AuditLog.h"
#include "Book.h"
#include "ChaseRows.h"
#include "Clock.h"
#include "DraftComposer.h"
#include "ScopedCacheSize.h"
#include "SqlValues.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace duedesk {

Result<PlanResult> ChaseEngine::plan(const QDate &today)
{
    using R = Result<PlanResult>;
    QSqlDatabase db = m_book.database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return R::failure(tr("Cannot plan reminders: %1").arg(tx.error()));
    const QDateTime now = m_book.clock().now();
    const QList<ChaseBill> due = chase::loadDue(db, today);
    const ScopedCacheSize cacheSize(db, due.size() > 1000);
    chase::Saver saver(db);
    DraftComposer composer(m_book, today);
    AuditLog audit(m_book);
    PlanResult result;
    QString error;

    for (ChaseBill bill : due) {
        const Policy *policy = composer.policyForClient(bill.clientId);
        if (!policy)
            continue;
        QString note;
        bool pullForward = false;

        if (!bill.hasChase) {
            bill.anchorOn = bill.dueOn;
            chase::moveTo(bill, *policy, 0);
            bill.hasChase = true;
        } else if (bill.nextPosition == 0 && bill.cycle == 0 && !bill.anchorOn.isValid()) {
            bill.anchorOn = bill.dueOn;
        }
        if (bill.state == ChaseState::PausedPromise) {
            // A promise whose day plus one has passed unpaid: the chase resumes one tone firmer, at once.
            QSqlQuery p(db);
            p.prepare(QStringLiteral("UPDATE promises SET state = 'broken' WHERE bill_id = ? AND state = 'open'"));
            p.addBindValue(bill.billId);
            p.exec();
            ++bill.promisesBroken;
            ++bill.toneBump;
            bill.state = ChaseState::Active;
            ++result.promisesBroken;
            note = tr("The promise to pay by %1 was not kept.").arg(composer.bookLocale().toString(bill.pausedUntil, QLocale::ShortFormat));
            if (!audit.append(QStringLiteral("promise_broken"), QStringLiteral("planner"), bill.billId, bill.clientId,
                              {{QStringLiteral("promised_on"), bill.pausedUntil.toString(Qt::ISODate)}}, &error))
                return R::failure(error);
            bill.pausedUntil = QDate();
            pullForward = true;
        }

        // The latest step due by today; earlier ones that were missed are not sent as a burst.
        int latest = -1;
        for (int p = bill.nextPosition; p < policy->steps.size(); ++p) {
            if (chase::stepDay(bill, *policy, p) <= today)
                latest = p;
        }
        if (latest < 0 && pullForward && bill.nextPosition < policy->steps.size())
            latest = bill.nextPosition;
        if (latest < 0) {
            // Nothing due yet (a fresh chase looked at on its earliest possible day): wait for the real step day.
            chase::moveTo(bill, *policy, bill.nextPosition);
            if (!saver.save(bill, now, &error))
                return R::failure(error);
            continue;
        }

        const QDate stepDay = chase::stepDay(bill, *policy, latest);
        const int missed = latest - bill.nextPosition;
        const bool late = stepDay < today && !pullForward;
        if (late) {
            QString catchUp = missed > 0
                ? tr("DueDesk was not running when %n earlier reminder(s) fell due; only this latest one was drafted.", "", missed)
                : tr("This reminder fell due on %1, when DueDesk was not running.").arg(composer.bookLocale().toString(stepDay, QLocale::ShortFormat));
            note = note.isEmpty() ? catchUp : note + QLatin1Char(' ') + catchUp;
        }
        // A heads-up only makes sense before the due date.
        const PolicyStep &step = policy->steps.at(latest);
        if (step.templateKind == QLatin1String("heads_up") && today >= bill.dueOn) {
            chase::moveTo(bill, *policy, latest + 1);
            if (!saver.save(bill, now, &error))
                return R::failure(error);
            continue;
        }

        const DraftComposer::Composed composed = composer.compose(bill, step, chase::stepKey(bill, latest), note,
                                                                  QStringLiteral("planner"), {});
        switch (composed.outcome) {
        case DraftComposer::Outcome::Drafted:
            ++result.drafted;
            if (late)
                ++result.caughtUp;
            if (composed.autoApproved)
                ++result.autoApproved;
            [[fallthrough]];
        case DraftComposer::Outcome::AlreadyDrafted:
            chase::moveTo(bill, *policy, latest + 1);
            break;
        case DraftComposer::Outcome::NoChannel:
            // Tried again daily: consent or contact details may arrive at any time.
            ++result.noChannel;
            break;
        case DraftComposer::Outcome::OverWeeklyCap:
            // Asleep until the client's week has room again; then the latest due step is drafted.
            ++result.deferredByCap;
            bill.nextDueOn = composer.weekHasRoomOn(bill.clientId);
            break;
        case DraftComposer::Outcome::Failed:
            return R::failure(tr("Cannot draft a reminder for bill %1: %2").arg(bill.number, composed.error));
        }
        // Held back (no channel, weekly cap): the step stays due and is tried again on the next plan.
        if (!saver.save(bill, now, &error))
            return R::failure(error);
    }
    if (!tx.commit())
        return R::failure(tr("Cannot plan reminders: %1").arg(tx.error()));
    return result;
}

} // namespace duedesk
