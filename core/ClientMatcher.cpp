#include "ClientMatcher.h"

#include "NluText.h"

#include "Book.h"

#include <QSqlQuery>
#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>

namespace duedesk {

namespace {

const QStringList &titles()
{
    static const QStringList words = QString::fromLatin1("mr mrs ms miss mx dr prof sir dame lady lord rev fr aunty "
                                                         "auntie uncle madam")
                                         .split(QLatin1Char(' '));
    return words;
}

// Words that join or end a name and say nothing about who it is.
bool isTail(const QString &w)
{
    static const QStringList words
        = QString::fromLatin1("and of the co ltd limited llc inc corp plc pty gmbh llp sons "
                              "son daughters brothers bros partners associates group company")
              .split(QLatin1Char(' '));
    return words.contains(w);
}

struct Words {
    QStringList words;
    QString title;
    bool family = false; // "the Patels", "Patel family"
};

// Lower case; "&" as "and"; possessives, apostrophes and punctuation dropped; hyphens split; a leading "the" and a
// title taken off; a trailing "family" or "household" taken off.
Words normalize(const QString &text)
{
    Words out;
    QString s = text.toLower();
    s.replace(QLatin1Char('&'), QStringLiteral(" and "));
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    for (QString w : s.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (QChar &c : w)
            if (c == QChar(0x2019) || c == QChar(0x2018))
                c = QLatin1Char('\'');
        if (w.endsWith(QLatin1String("'s")))
            w.chop(2);
        QString clean;
        clean.reserve(w.size());
        for (const QChar c : w)
            if (c.isLetterOrNumber())
                clean.append(c);
        if (!clean.isEmpty())
            out.words.append(clean);
    }
    if (!out.words.isEmpty() && out.words.first() == QLatin1String("the")) {
        out.family = true;
        out.words.removeFirst();
    }
    while (!out.words.isEmpty() && titles().contains(out.words.first())) {
        out.title = out.words.takeFirst();
    }
    if (out.words.size() > 1
        && (out.words.last() == QLatin1String("family") || out.words.last() == QLatin1String("household"))) {
        out.family = true;
        out.words.removeLast();
    }
    return out;
}


// Typos allowed in a word of this length: none below five letters, one up to nine, two beyond.
int allowedTypos(qsizetype length)
{
    return length < 5 ? 0 : length < 10 ? 1 : 2;
}

// "patels" -> {"patel"}, "hendersons" -> {"henderson"}, "joneses" -> {"jones", "jonese"}.
QStringList singulars(const QString &w)
{
    QStringList out;
    if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !w.endsWith(QLatin1String("ss"))) {
        out.append(w.left(w.size() - 1));
        if (w.endsWith(QLatin1String("es")) && w.size() > 4)
            out.append(w.left(w.size() - 2));
    }
    return out;
}

struct Best {
    double score = 0;
    QString on;
    void offer(double s, const char *why)
    {
        if (s > score) {
            score = s;
            on = QString::fromLatin1(why);
        }
    }
};

// How well the spoken words fit one form of a client (its name or its company).
void scoreForm(const QStringList &q, const QStringList &form, bool isCompany, Best *best)
{
    if (form.isEmpty() || q.isEmpty())
        return;
    if (q == form) {
        best->offer(1.0, isCompany ? "company" : "name");
        return;
    }
    QStringList significant;
    for (const QString &w : form)
        if (!isTail(w))
            significant.append(w);
    if (significant.isEmpty())
        significant = form;
    const QString joinedForm = form.join(QString());
    const QString joinedQ = q.join(QString());
    if (q.size() == 1) {
        const QString &w = q.first();
        auto single = [&](const QString &word, double penalty, const char *familyWhy) {
            if (significant.size() == 1 && word == significant.first()) {
                best->offer(0.9 - penalty, penalty > 0 ? familyWhy : isCompany ? "company" : "surname");
                return;
            }
            if (word == significant.last())
                best->offer((isCompany ? 0.8 : 0.9) - penalty, penalty > 0 ? familyWhy : "surname");
            if (word == significant.first())
                best->offer(0.85 - penalty, penalty > 0 ? familyWhy : isCompany ? "company" : "first name");
            for (const QString &s : significant)
                if (word == s)
                    best->offer(0.8 - penalty, penalty > 0 ? familyWhy : "name");
        };
        single(w, 0, "family");
        for (const QString &one : singulars(w)) {
            if (form.size() == 1 && one == form.first())
                best->offer(0.95, "family");
            single(one, 0.05, "family");
        }
        // Typos, against the surname, the first name and the whole name written as one word.
        const int cap = allowedTypos(w.size());
        if (cap > 0) {
            auto typo = [&](const QString &target, double base) {
                if (target.size() < 4)
                    return;
                const int d = nlu::editDistance(w, target, cap);
                if (d >= 1 && d <= cap)
                    best->offer(base - 0.1 * (d - 1), "typo");
            };
            typo(significant.last(), 0.8);
            typo(significant.first(), 0.75);
            typo(joinedForm, 0.8);
            for (const QString &one : singulars(w)) {
                const int d = nlu::editDistance(one, significant.last(), cap);
                if (d >= 1 && d <= cap)
                    best->offer(0.75 - 0.1 * (d - 1), "typo");
            }
        }
        // The start of a name: a voice note cut short ("Hend").
        if (w.size() >= 4)
            for (const QString &s : significant)
                if (s.size() > w.size() && s.startsWith(w))
                    best->offer(0.65, "start");
        return;
    }
    // Several words: all of them in the name, in order ("Rachel Green" for "Rachel Green-Smith").
    qsizetype at = 0;
    bool inOrder = true;
    for (const QString &w : q) {
        const qsizetype found = form.indexOf(w, at);
        if (found < 0) {
            inOrder = false;
            break;
        }
        at = found + 1;
    }
    if (inOrder)
        best->offer(0.9, isCompany ? "company" : "name");
    const int cap = allowedTypos(joinedQ.size());
    const int d = nlu::editDistance(joinedQ, joinedForm, cap);
    if (d <= cap)
        best->offer(d == 0 ? 1.0 : 0.8 - 0.1 * (d - 1), d == 0 ? (isCompany ? "company" : "name") : "typo");
    // Each word fits some word of the name, allowing typos ("Rachel Gren").
    bool each = true;
    for (const QString &w : q) {
        bool ok = false;
        for (const QString &f : form)
            ok = ok || f == w || nlu::editDistance(w, f, allowedTypos(w.size())) <= allowedTypos(w.size());
        each = each && ok;
    }
    if (each)
        best->offer(0.75, "typo");
}

} // namespace

ClientMatcher::ClientMatcher(const QList<Client> &clients)
{
    m_clients.reserve(clients.size());
    for (const Client &c : clients) {
        Prepared p;
        p.client = c;
        const Words name = normalize(c.name);
        p.nameWords = name.words;
        p.title = name.title;
        if (!c.company.trimmed().isEmpty())
            p.companyWords = normalize(c.company).words;
        m_clients.append(p);
    }
}

ClientMatcher ClientMatcher::fromBook(const Book &book)
{
    QList<Client> clients;
    QSqlQuery q(book.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name, company FROM clients ORDER BY id")))
        while (q.next())
            clients.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    return ClientMatcher(clients);
}

QList<ClientCandidate> ClientMatcher::match(const QString &spoken) const
{
    const Words q = normalize(spoken);
    QList<ClientCandidate> out;
    if (q.words.isEmpty())
        return out;
    for (const Prepared &p : m_clients) {
        Best best;
        scoreForm(q.words, p.nameWords, false, &best);
        scoreForm(q.words, p.companyWords, true, &best);
        double score = best.score;
        // "Mr Patel" is not "Mrs Patel".
        if (!q.title.isEmpty() && !p.title.isEmpty() && q.title != p.title)
            score -= 0.1;
        if (score >= minimumScore)
            out.append({ p.client.id, p.client.name, p.client.company, score, best.on });
    }
    std::sort(out.begin(), out.end(), [](const ClientCandidate &a, const ClientCandidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.clientId < b.clientId;
    });
    return out;
}

ClientMatcher::Resolution ClientMatcher::resolve(const QString &spoken) const
{
    Resolution r;
    const QList<ClientCandidate> all = match(spoken);
    if (all.isEmpty())
        return r;
    const double top = all.first().score;
    for (const ClientCandidate &c : all)
        if (c.score >= top - closeMargin - 1e-9)
            r.candidates.append(c);
    r.verdict = r.candidates.size() == 1 ? Verdict::Unique : Verdict::Ambiguous;
    return r;
}

} // namespace duedesk
