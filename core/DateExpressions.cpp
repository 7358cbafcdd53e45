// The public face of the date grammar (DateParser.h and the files it names): DateExpressions, nlu::findDates and
// nlu::bestDate, and the date order of a region.

#include "DateExpressions.h"

#include "DateParser.h"
#include "NluText.h"

#include <QSet>

namespace duedesk {

using nlu::DateSpan;
using nlu::TokenizedText;

namespace nlu {

QList<DateSpan> findDates(const TokenizedText &text, const QDate &today, DateOrder order)
{
    QList<DateSpan> out;
    if (!today.isValid())
        return out;
    dates::DateParser parser(text, today, order);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const dates::Hit h = parser.at(i);
        if (!h || h.end <= i)
            continue;
        DateSpan span;
        span.match.date = h.date;
        span.match.vague = h.vague;
        span.match.start = text.tokens[i].start;
        span.match.length = text.tokens[h.end - 1].end - span.match.start;
        span.first = i;
        span.last = h.end;
        out.append(span);
        i = h.end - 1;
    }
    return out;
}

qsizetype bestDate(const TokenizedText &text, const QList<DateSpan> &dates, const QDate &today)
{
    // A date the sender rules out ("instead of the 1st", "not Friday") is not the one they mean.
    const auto &negators = dates::dateWords().negators;
    auto ruledOut = [&](const DateSpan &s) {
        for (qsizetype k = s.first - 1; k >= 0 && k >= s.first - 2; --k) {
            if (negators.contains(text.at(k)))
                return true;
        }
        return false;
    };
    qsizetype future = -1, firstVague = -1, past = -1;
    for (qsizetype k = 0; k < dates.size(); ++k) {
        const DateSpan &s = dates[k];
        if (s.match.vague) {
            if (firstVague < 0)
                firstVague = k;
        } else if (s.match.date >= today) {
            if (!ruledOut(s) || future < 0)
                future = k;
        } else {
            past = k;
        }
    }
    if (future >= 0)
        return future;
    if (firstVague >= 0)
        return firstVague;
    return past;
}

} // namespace nlu

DateOrder dateOrderForRegion(const QString &region)
{
    // Month first: the US and its territories, the Philippines, Belize, the Federated States of Micronesia,
    // the Marshall Islands, Palau. Everyone else DueDesk serves (UK, IE, IN, AU, NZ) writes day first.
    static const QSet<QString> monthFirst = { QStringLiteral("US"), QStringLiteral("PH"), QStringLiteral("BZ"),
        QStringLiteral("FM"), QStringLiteral("MH"), QStringLiteral("PW"), QStringLiteral("PR"), QStringLiteral("GU"),
        QStringLiteral("AS"), QStringLiteral("VI"), QStringLiteral("MP"), QStringLiteral("UM") };
    return monthFirst.contains(region.trimmed().toUpper()) ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

QList<DateMatch> DateExpressions::findAll(const QString &text, const QDate &today, DateOrder order)
{
    const TokenizedText tokens(text);
    const QList<DateSpan> spans = nlu::findDates(tokens, today, order);
    QList<DateMatch> out;
    out.reserve(spans.size());
    for (const DateSpan &s : spans)
        out.append(s.match);
    return out;
}

DateMatch DateExpressions::best(const QString &text, const QDate &today, DateOrder order)
{
    const TokenizedText tokens(text);
    const QList<DateSpan> spans = nlu::findDates(tokens, today, order);
    const qsizetype k = nlu::bestDate(tokens, spans, today);
    return k >= 0 ? spans[k].match : DateMatch();
}

} // namespace duedesk
