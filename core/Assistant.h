#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace duedesk {

class Book;

// A conversation with the business owner, one message at a time (the CLI's `assistant`; a chat panel). Each
// message is understood offline by OwnerCommandParser and its names are found among the book's clients by
// ClientMatcher. Then:
// - status questions are answered at once from AgingReport, CashSnapshot and the client's own bills;
// - every change is confirmed first ("Chase Henderson for INV-000123 (£450.00)? yes/no") and made only after a yes:
//   chases, payments, pauses and stops through ChaseEngine, new clients and bills through the repositories (a new
//   bill gets the next INV- number); the answer then says what was done, or why it could not be;
// - a name that fits two clients is asked about ("Did you mean Henderson (INV-000123) or Hendry (INV-000124)?")
//   and a name, "the first" or "2" answers it;
// - the conversation keeps its context: the last client spoken of ("chase him too") and the drafts last shown
//   ("yes" / "send it" queues them through ChaseEngine::approve, "no" skips them);
// - anything else gets a polite "I can't do that yet" with what it can do.
// Messages that change nothing change nothing: no write happens before a yes. Errors are answered, never thrown.
// One Assistant per conversation; not thread-safe. "Today" is the book's clock's.
class Assistant
{
    Q_DECLARE_TR_FUNCTIONS(Assistant)
public:
    explicit Assistant(Book &book);
    ~Assistant();
    Assistant(const Assistant &) = delete;
    Assistant &operator=(const Assistant &) = delete;

    // The answer to one message from the owner: one or more lines, never empty.
    QString reply(const QString &message);

    // The conversation's context, for a UI and for tests.
    qint64 lastClientId() const; // the client last spoken of; 0 before any
    bool awaitingConfirmation() const; // a "...? yes/no" about changes is open
    bool awaitingAnswer() const; // a "Did you mean ...?" or "Which client?" is open
    QList<qint64> shownDrafts() const; // drafts shown and neither sent nor skipped yet

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace duedesk
