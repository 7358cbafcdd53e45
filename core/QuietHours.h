#pragma once

#include "ChaseTypes.h"

#include <QCoreApplication>
#include <QTime>

namespace duedesk {

class Book;

// The book's quiet hours: no reminder goes out between start and end (which may wrap midnight, 20:00-08:00),
// nor on Sundays when sundaysOff. Stored in the book settings (quiet_start, quiet_end, quiet_sundays) and
// copied into every reminder policy, where the outbox reads them before each send.
struct QuietHours {
    Q_DECLARE_TR_FUNCTIONS(QuietHours)
public:
    QTime start{20, 0};
    QTime end{8, 0};
    bool sundaysOff = true;

    // The book's quiet hours; missing or unreadable settings give 20:00-08:00 with Sundays off.
    static QuietHours fromBook(const Book &book);
    // Empty when usable; otherwise why not (translated).
    QString problem() const;
    // Stores the settings, applies them to every policy and records "quiet_hours_saved" in the audit log, in one
    // transaction. Fails with problem() too.
    bool save(const Book &book, QString *error = nullptr) const;
    // Sets the quiet hours and days of policy to these.
    void applyTo(Policy &policy) const;
};

} // namespace duedesk
