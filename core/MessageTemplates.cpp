#include "MessageTemplates.h"

// Stub: being written.
namespace duedesk {
Result<RenderedMessage> MessageTemplates::render(const QString &, Tone, Channel, const QString &, const TemplateValues &,
                                                 const QLocale &)
{
    return Result<RenderedMessage>::failure(tr("templates are not available yet"));
}
QStringList MessageTemplates::languages() { return {}; }
QStringList MessageTemplates::kinds() { return {}; }
bool isGsm7(const QString &) { return false; }
int gsm7Length(const QString &text) { return int(text.size()); }
} // namespace duedesk
