#pragma once

#include <QList>
#include <QString>

namespace duedesk {

class Book;

// A client of the book that a name the owner used may mean.
struct ClientCandidate {
    qint64 clientId = 0;
    QString name; // the client's name in the book
    QString company; // the client's company, when set
    // 1 for the same name (ignoring case, a leading "the", a possessive, punctuation, "&" for "and", titles);
    // 0.95 a family ("the Patels" for "Patel"); 0.9 the surname or the whole company; 0.85 the first name or the
    // company's first word; 0.8-0.65 a typo; 0.65 the start of a name (a voice note cut short).
    double score = 0;
    QString matchedOn; // "name", "company", "family", "surname", "first name", "typo", "start": for tests and logs
};

// Matches the name the owner used ("the Hendersons", "mrs o'neill", "Hendersn", "Rachel", "Baker and Sons") against
// a book's clients and returns every candidate with a score, best first, so that a caller can ask "Did you mean
// Henderson or Hendry?" when two fit. Pure over the list it was built with; fromBook() reads the list once.
class ClientMatcher
{
public:
    struct Client {
        qint64 id = 0;
        QString name;
        QString company;
    };
    explicit ClientMatcher(const QList<Client> &clients);
    // All clients of the book (id, name, company), read on the calling thread's connection.
    static ClientMatcher fromBook(const Book &book);

    static constexpr double minimumScore = 0.6;
    // Candidates whose score is within this of the best one are as likely as it.
    static constexpr double closeMargin = 0.05;

    // Every client the name may mean with a score of at least minimumScore, best first (then by name, then id).
    QList<ClientCandidate> match(const QString &spoken) const;

    enum class Verdict { None, Unique, Ambiguous };
    struct Resolution {
        Verdict verdict = Verdict::None;
        QList<ClientCandidate> candidates; // Unique: the one; Ambiguous: the close ones, best first; None: empty
    };
    // The client meant: Unique when the best candidate is ahead of every other by more than closeMargin.
    Resolution resolve(const QString &spoken) const;

    qsizetype size() const { return m_clients.size(); }

private:
    struct Prepared {
        Client client;
        QStringList nameWords; // normalized, titles dropped
        QStringList companyWords; // normalized, "ltd", "and", "sons" ... kept
        QString title; // "mr", "mrs" ... when the name has one
    };
    QList<Prepared> m_clients;
};

} // namespace duedesk
