#pragma once

#include "Tone.h"

#include <QCoreApplication>
#include <QStringList>

namespace duedesk {

// What the grader knows about a bill and its client at the moment a step is due.
struct ToneInputs {
    Tone stepTone = Tone::Friendly;   // the tone the policy step asks for: the starting point
    bool finalStep = false;           // the policy's final notice: stays Final whatever the history
    qint64 daysOverdue = 0;           // negative before the due date
    int remindersIgnored = 0;         // reminders sent for this bill since the client last replied or paid
    int promisesBroken = 0;           // promises to pay on this bill that passed unpaid
    qint64 relationshipDays = 0;      // days since the relationship started (0 when unknown)
    int pastBills = 0;                // the client's settled bills before this one
    double onTimeRatio = 1.0;         // share of those paid by their due date (1.0 when there are none)
    int otherOverdueBills = 0;        // the client's other bills that are overdue now
};

struct ToneGrade {
    Tone tone = Tone::Friendly;
    QStringList reasons;              // translated, most important first: "2 reminders ignored", "35 days overdue"
    // "firm: 2 reminders ignored, 35 days overdue" (translated), as shown to the owner.
    QString summary() const;
};

// Grades the tone of a reminder: friendly -> neutral -> firm -> final. Starts from the step's tone, goes
// one firmer for each broken promise and for a pattern of ignored reminders or several overdue bills,
// and one softer for a long, reliable relationship. Never firmer than Final, never softer than Friendly;
// a heads-up before the due date is always Friendly. The result always carries its reasons.
class ToneGrader
{
    Q_DECLARE_TR_FUNCTIONS(ToneGrader)
public:
    static ToneGrade grade(const ToneInputs &inputs);
};

} // namespace duedesk
