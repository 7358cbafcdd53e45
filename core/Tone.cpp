#include "Tone.h"

namespace duedesk {

QString toneKey(Tone tone)
{
    switch (tone) {
    case Tone::Friendly:
        return QStringLiteral("friendly");
    case Tone::Neutral:
        return QStringLiteral("neutral");
    case Tone::Firm:
        return QStringLiteral("firm");
    case Tone::Final:
        return QStringLiteral("final");
    }
    return {};
}

std::optional<Tone> toneFromKey(const QString &key)
{
    for (Tone t : {Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final})
        if (toneKey(t) == key)
            return t;
    return std::nullopt;
}

} // namespace duedesk
