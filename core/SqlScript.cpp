#include "SqlScript.h"

namespace duedesk {

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    QString word;        // the identifier being read
    QStringList words;   // leading words of the current statement, upper case, for trigger detection
    int depth = 0;       // BEGIN/CASE nesting inside a trigger body
    bool inTrigger = false;

    auto finishWord = [&] {
        if (word.isEmpty())
            return;
        const QString upper = word.toUpper();
        if (words.size() < 4)
            words.append(upper);
        if (!inTrigger && words.size() >= 2 && words.at(0) == QLatin1String("CREATE")
            && words.mid(1).contains(QLatin1String("TRIGGER")))
            inTrigger = true;
        if (inTrigger) {
            if (upper == QLatin1String("BEGIN") || upper == QLatin1String("CASE"))
                ++depth;
            else if (upper == QLatin1String("END") && depth > 0)
                --depth;
        }
        word.clear();
    };
    auto finishStatement = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            statements.append(s);
        current.clear();
        words.clear();
        inTrigger = false;
        depth = 0;
    };

    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            finishWord();
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            finishWord();
            const qsizetype close = script.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current.append(QLatin1Char(' '));
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            finishWord();
            current.append(c);
            ++i;
            while (i < n) {
                current.append(script.at(i));
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) { // doubled quote escapes itself
                        current.append(c);
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            continue;
        }
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            word.append(c);
            current.append(c);
            continue;
        }
        finishWord();
        if (c == QLatin1Char(';') && depth == 0) {
            finishStatement();
            continue;
        }
        current.append(c);
    }
    finishWord();
    finishStatement();
    return statements;
}

} // namespace duedesk
