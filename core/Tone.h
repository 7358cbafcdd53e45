#pragma once

#include <QString>

#include <optional>

namespace duedesk {

// How firm a reminder sounds. Always polite; firmer only when the situation calls for it.
enum class Tone { Friendly = 0, Neutral = 1, Firm = 2, Final = 3 };

QString toneKey(Tone tone);                          // "friendly", "neutral", "firm", "final"
std::optional<Tone> toneFromKey(const QString &key);
QString toneDisplayName(Tone tone);                  // translated: "friendly", "freundlich", ...

} // namespace duedesk
