#include "ToneGrader.h"

// Stub: being written.
namespace duedesk {
ToneGrade ToneGrader::grade(const ToneInputs &inputs)
{
    return {inputs.stepTone, {}};
}
QString ToneGrade::summary() const
{
    return toneKey(tone);
}
QString toneDisplayName(Tone tone)
{
    return toneKey(tone);
}
} // namespace duedesk
