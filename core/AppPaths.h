#pragma once

#include <QString>

namespace duedesk {

// The owner's own book, in the user's data folder (created on first use by the caller).
QString defaultBookPath();
// The demo book that `duedesk --demo` opens, next to the owner's book.
QString demoBookPath();

} // namespace duedesk
