#pragma once

// Internal to the message-understanding code (DateExpressions, ReplyClassifier): the tokenizer the date grammar,
// the amount grammar and the reply lexicon share, so that a message is scanned once. Not a public interface.

#include "DateExpressions.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace duedesk::nlu {

enum class TokenKind : quint8 {
    Word, // letters, with inner apostrophes ("don't", "i'll")
    Number, // digits, with inner ',' or '.' between digits ("1,340.50", "30.11.2026")
    Alnum, // letters and digits mixed ("5pm", "3k", "12th", "2moro", "inv1042")
    Symbol, // one punctuation mark, currency sign or emoji (with its modifiers)
};

struct Token {
    QStringView text; // lower case, curly apostrophes made straight (a view into TokenizedText::lower)
    QStringView norm; // the canonical spelling of a known variant ("tmrw" -> "tomorrow"), else == text
    qsizetype start = 0; // position in the original text
    qsizetype end = 0; // one past the last character
    TokenKind kind = TokenKind::Word;
    bool spaceBefore = false; // white space between this token and the previous one (true for the first)
    bool capitalized = false; // the original starts with an upper-case letter
};

// A message split into tokens. The views point into `lower`, so the object is neither copied nor moved.
class TokenizedText
{
public:
    explicit TokenizedText(const QString &text);
    TokenizedText(const TokenizedText &) = delete;
    TokenizedText &operator=(const TokenizedText &) = delete;

    QString lower; // same length as the original: one QChar for one QChar
    QList<Token> tokens;

    qsizetype size() const { return tokens.size(); }
    // The canonical word at i, or an empty view outside the text.
    QStringView at(qsizetype i) const { return i >= 0 && i < tokens.size() ? tokens[i].norm : QStringView(); }
    bool isWord(qsizetype i) const { return i >= 0 && i < tokens.size() && tokens[i].kind == TokenKind::Word; }
    // ".", "!", "?", ";" and line breaks end a sentence (a '.' inside "a.s.a.p" or "Rs." too: harmless).
    bool isSentenceEnd(qsizetype i) const;
    // Tokens i and i + 1 touch (no white space between them).
    bool glued(qsizetype i) const { return i + 1 < tokens.size() && !tokens[i + 1].spaceBefore; }
};

// The canonical spelling of a variant, typo or abbreviation ("tmrw" -> "tomorrow", "pls" -> "please",
// "recieved" -> "received", "dont" -> "don't"); the word itself when none is known.
QStringView canonicalWord(QStringView lowerWord);

// Spans found by the grammars, in token indices [first, last) as well as text positions.
struct DateSpan {
    DateMatch match;
    qsizetype first = 0;
    qsizetype last = 0;
};
struct AmountSpan {
    AmountMatch match;
    qsizetype first = 0;
    qsizetype last = 0;
};

QList<DateSpan> findDates(const TokenizedText &text, const QDate &today, DateOrder order);
QList<AmountSpan> findAmounts(const TokenizedText &text);
// The index in `dates` of the match DateExpressions::best() would give, or -1.
qsizetype bestDate(const TokenizedText &text, const QList<DateSpan> &dates, const QDate &today);

// Optimal string alignment (Damerau) distance between a and b; cap + 1 as soon as it is certain to exceed cap.
int editDistance(QStringView a, QStringView b, int cap);

} // namespace duedesk::nlu
