#include "ToneGrader.h"

#include <QtGlobal>

#include <algorithm>
#include <limits>

namespace duedesk {

namespace {

// The rules, in words an owner can check against the reasons a grade shows:
// - Before the due date, and on it, a reminder is a friendly heads-up, whatever else is known (this wins even over a
//   final step: nothing is owed yet, so nothing can be final).
// - The policy's final notice is final, whatever the history.
// - Otherwise the policy step's tone is the starting point, and:
//   - each broken promise makes it one firmer;
//   - IgnoredPattern or more ignored reminders make it one firmer (once, however many);
//   - OtherOverduePattern or more other overdue bills make it one firmer (once, however many);
//   - a long, reliable relationship (LongRelationshipDays or more, ReliablePastBills or more settled bills,
//     ReliableOnTimeRatio or more of them on time, and no broken promise on this bill) makes it one softer.
//   Firmer and softer steps cancel out; the result is never softer than friendly and never firmer than firm: only
//   the final notice says "final", so no reminder claims to be the last when another will follow (a non-final
//   step the policy marks final is therefore firm).
constexpr int IgnoredPattern = 3;
constexpr int OtherOverduePattern = 2;
constexpr qint64 LongRelationshipDays = 3 * 365;
constexpr int ReliablePastBills = 3;
constexpr double ReliableOnTimeRatio = 0.8;

constexpr int level(Tone tone)
{
    return static_cast<int>(tone);
}

// %n takes an int; a count that large only ever means "very many".
int countArg(qint64 count)
{
    return static_cast<int>(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
}

bool isLongAndReliable(const ToneInputs &in)
{
    return in.relationshipDays >= LongRelationshipDays && in.pastBills >= ReliablePastBills
        && in.onTimeRatio >= ReliableOnTimeRatio && in.promisesBroken <= 0;
}

} // namespace

ToneGrade ToneGrader::grade(const ToneInputs &inputs)
{
    ToneGrade grade;
    if (inputs.daysOverdue < 0) {
        grade.tone = Tone::Friendly;
        grade.reasons << tr("due in %n day(s)", "", countArg(-inputs.daysOverdue));
        return grade;
    }
    if (inputs.daysOverdue == 0) {
        grade.tone = Tone::Friendly;
        grade.reasons << tr("due today");
        return grade;
    }
    const QString overdue = tr("%n day(s) overdue", "", countArg(inputs.daysOverdue));
    if (inputs.finalStep) {
        grade.tone = Tone::Final;
        grade.reasons << tr("final notice") << overdue;
        return grade;
    }

    qint64 firmer = 0; // promisesBroken can be anything an int holds
    if (inputs.promisesBroken > 0) {
        firmer += inputs.promisesBroken;
        grade.reasons << tr("%n promise(s) broken", "", inputs.promisesBroken);
    }
    if (inputs.remindersIgnored >= IgnoredPattern) {
        ++firmer;
        grade.reasons << tr("%n reminders ignored", "", inputs.remindersIgnored);
    }
    if (inputs.otherOverdueBills >= OtherOverduePattern) {
        ++firmer;
        grade.reasons << tr("%n other bills overdue", "", inputs.otherOverdueBills);
    }
    int softer = 0;
    if (isLongAndReliable(inputs)) {
        ++softer;
        const int years = countArg(inputs.relationshipDays / 365);
        const int percentOnTime = qRound(std::min(inputs.onTimeRatio, 1.0) * 100);
        grade.reasons << tr("client for %n years, %1% paid on time", "", years).arg(percentOnTime);
    }
    grade.reasons << overdue;

    const qint64 wanted = level(inputs.stepTone) + firmer - softer;
    grade.tone = static_cast<Tone>(std::clamp<qint64>(wanted, level(Tone::Friendly), level(Tone::Firm)));
    return grade;
}

QString ToneGrade::summary() const
{
    if (reasons.isEmpty())
        return toneDisplayName(tone);
    return ToneGrader::tr("%1: %2", "tone: reasons")
        .arg(toneDisplayName(tone), reasons.join(ToneGrader::tr(", ", "between two reasons for a tone")));
}

QString toneDisplayName(Tone tone)
{
    switch (tone) {
    case Tone::Friendly:
        return ToneGrader::tr("friendly", "tone of a reminder");
    case Tone::Neutral:
        return ToneGrader::tr("neutral", "tone of a reminder");
    case Tone::Firm:
        return ToneGrader::tr("firm", "tone of a reminder");
    case Tone::Final:
        return ToneGrader::tr("final", "tone of a reminder");
    }
    return {};
}

} // namespace duedesk
