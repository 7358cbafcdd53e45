#include "DateParser.h"

namespace duedesk::nlu::dates {

// "Christmas", "by Christmas", "before Christmas" (Christmas Eve), "after Christmas" (the first working day after
// Boxing Day), "new year's day", "after the new year", "Easter", "Thanksgiving"...
Holiday DateParser::holidayName(qsizetype i, qsizetype *end) const
{
    qsizetype j = opt(i, { u"the" });
    if (is(j, u"christmas")) {
        if (isAny(j + 1, { u"eve" })) {
            *end = j + 2;
            return Holiday::ChristmasEve;
        }
        *end = opt(j + 1, { u"day" });
        return Holiday::Christmas;
    }
    if (is(j, u"boxing") && is(j + 1, u"day")) {
        *end = j + 2;
        return Holiday::BoxingDay;
    }
    if (is(j, u"nye")) {
        *end = j + 1;
        return Holiday::NewYearsEve;
    }
    if (is(j, u"new") && isAny(j + 1, { u"year", u"year's", u"years", u"yr" })) {
        if (is(j + 2, u"eve")) {
            *end = j + 3;
            return Holiday::NewYearsEve;
        }
        *end = opt(j + 2, { u"day" });
        return Holiday::NewYear;
    }
    if (is(j, u"easter")) {
        if (is(j + 1, u"monday")) {
            *end = j + 2;
            return Holiday::EasterMonday;
        }
        *end = opt(j + 1, { u"sunday", u"weekend" });
        return Holiday::Easter;
    }
    if (is(j, u"good") && is(j + 1, u"friday")) {
        *end = j + 2;
        return Holiday::GoodFriday;
    }
    if (is(j, u"thanksgiving")) {
        *end = j + 1;
        return Holiday::Thanksgiving;
    }
    if (is(j, u"halloween")) {
        *end = j + 1;
        return Holiday::Halloween;
    }
    qsizetype k = opt(j, { u"st", u"saint" });
    if (isAny(k, { u"patrick's", u"paddy's", u"patricks", u"paddys", u"patty's" }) && is(k + 1, u"day")) {
        *end = k + 2;
        return Holiday::StPatricks;
    }
    if (is(j, u"australia") && is(j + 1, u"day")) {
        *end = j + 2;
        return Holiday::AustraliaDay;
    }
    if (is(j, u"anzac") && is(j + 1, u"day")) {
        *end = j + 2;
        return Holiday::AnzacDay;
    }
    if (isAny(j, { u"bonfire", u"guy" }) && isAny(j + 1, { u"night" })) {
        *end = j + 2;
        return Holiday::BonfireNight;
    }
    return Holiday::None;
}

Hit DateParser::holiday(qsizetype i) const
{
    // "lunar/chinese new year" is a festival with no fixed date: vague() takes it.
    if (isAny(i, { u"lunar", u"chinese" }))
        return {};
    enum { On, Before, After } when = On;
    qsizetype j = i;
    if (is(i, u"before") || is(i, u"b4")) {
        when = Before;
        ++j;
    } else if (is(i, u"after") || (is(i, u"until") && is(i + 1, u"after")) || (is(i, u"till") && is(i + 1, u"after"))) {
        when = After;
        j = is(i, u"after") ? i + 1 : i + 2;
    } else if (isAny(i, { u"by", u"at", u"over", u"for", u"on", u"in", u"around", u"till", u"until" })) {
        ++j;
    }
    const bool inOrTill = when == On && isAny(i, { u"in", u"till", u"until" });
    qsizetype end = -1;
    const Holiday h = holidayName(j, &end);
    if (h == Holiday::None)
        return {};
    if (is(i, u"in") && h != Holiday::NewYear)
        return {};
    const HolidayDates d = nextHoliday(h, today);
    switch (when) {
    case Before:
        return dateHit(d.day.addDays(-1), end);
    case After:
        return dateHit(nextWorkingDayAfter(d.last), end);
    case On:
        break;
    }
    // "in the new year", "till the new year": its first working day.
    if (h == Holiday::NewYear && inOrTill)
        return dateHit(nextWorkingDayAfter(d.day), end);
    return dateHit(d.day, end);
}

// end of the week/month/year, end of next week/month, start/beginning of next month, mid-month, mid December,
// early next week, later this week, eow/eom (the end of a day: endOfDay()).
Hit DateParser::boundary(qsizetype i) const
{
    if (is(i, u"eow"))
        return dateHit(fridayThisWeek(today), i + 1);
    if (is(i, u"eom"))
        return dateHit(endOfMonth(today), i + 1);
    if (is(i, u"eoy"))
        return dateHit(QDate(today.year(), 12, 31), i + 1);
    if (isAny(i, { u"month", u"year" }) && (is(i + 1, u"end") || (isSymbol(i + 1, u"-") && is(i + 2, u"end")))) {
        const qsizetype e = is(i + 1, u"end") ? i + 2 : i + 3;
        return dateHit(is(i, u"month") ? endOfMonth(today) : QDate(today.year(), 12, 31), e);
    }
    if (isAny(i, { u"midweek", u"mid-week" }))
        return dateHit(today.dayOfWeek() <= 3 ? today.addDays(3 - today.dayOfWeek()) : today, i + 1);
    if (is(i, u"midmonth"))
        return dateHit(nextDayOfMonth(today, 15), i + 1);

    enum class Part { End, Start, Middle } part;
    qsizetype j = opt(i, { u"the" });
    if (isAny(j, { u"end", u"ending" })) {
        part = Part::End;
        ++j;
    } else if (isAny(j, { u"start", u"beginning", u"early", u"begining", u"starting" })) {
        part = Part::Start;
        ++j;
    } else if (isAny(j, { u"mid", u"middle" })) {
        part = Part::Middle;
        ++j;
    } else if (is(j, u"late")) {
        part = Part::End;
        ++j;
    } else if (is(j, u"later") && isAny(j + 1, { u"this", u"next", u"in" })) {
        part = Part::End;
        ++j;
    } else {
        return {};
    }
    if (isSymbol(j, u"-") && t.glued(j - 1))
        ++j;
    j = opt(j, { u"of", u"in" });
    // "end of today" ("end of day", "end of play": endOfDay())
    if (part == Part::End && is(opt(j, { u"the" }), u"today"))
        return dateHit(today, opt(j, { u"the" }) + 1);
    qsizetype k = opt(j, { u"the", u"this" });
    const bool thisWeekWord = is(k, u"week") || (is(k, u"wk"));
    if (is(k, u"weekend")) {
        const QDate sat = saturdayThisWeek(today);
        return dateHit(part == Part::End ? sat.addDays(1) : sat, k + 1);
    }
    if (thisWeekWord && !isAny(k + 1, { u"after" })) {
        if (part == Part::End)
            return dateHit(fridayThisWeek(today), k + 1);
        if (part == Part::Middle)
            return dateHit(today.dayOfWeek() <= 3 ? today.addDays(3 - today.dayOfWeek()) : today, k + 1);
        return dateHit(today, k + 1);
    }
    if (is(k, u"month")) {
        if (part == Part::End)
            return dateHit(endOfMonth(today), k + 1);
        if (part == Part::Middle)
            return dateHit(nextDayOfMonth(today, 15), k + 1);
        return dateHit(nextDayOfMonth(today, 1), k + 1);
    }
    if (is(k, u"year")) {
        if (part == Part::End)
            return dateHit(QDate(today.year(), 12, 31), k + 1);
        return {};
    }
    if (is(j, u"next")) {
        const QDate monday = mondayOfNextWeek(today);
        if (isAny(j + 1, { u"week", u"wk" })) {
            if (part == Part::End)
                return dateHit(monday.addDays(4), j + 2);
            if (part == Part::Middle)
                return dateHit(monday.addDays(2), j + 2);
            return dateHit(monday, j + 2);
        }
        if (is(j + 1, u"month")) {
            const QDate first = firstOfNextMonth(today);
            if (part == Part::End)
                return dateHit(endOfMonth(first), j + 2);
            if (part == Part::Middle)
                return dateHit(first.addDays(14), j + 2);
            return dateHit(first, j + 2);
        }
        if (is(j + 1, u"year")) {
            if (part == Part::End)
                return dateHit(QDate(today.year() + 1, 12, 31), j + 2);
            if (part == Part::Start)
                return dateHit(QDate(today.year() + 1, 1, 1), j + 2);
            return {};
        }
        return {};
    }
    if (const int m = monthOf(t, k)) {
        if (part == Part::End) {
            QDate last = endOfMonth(QDate(today.year(), m, 1));
            if (last < today)
                last = endOfMonth(QDate(today.year() + 1, m, 1));
            return dateHit(last, k + 1);
        }
        if (part == Part::Middle)
            return dateHit(dayMonth(today, 15, m), k + 1);
        return dateHit(monthStart(today, m), k + 1);
    }
    return {};
}

// today, tonight, this evening/arvo/afternoon/morning, later today, tomorrow (+ time of day), the day after
// tomorrow, in the morning, first thing (tomorrow), yesterday, last night.
Hit DateParser::relativeDay(qsizetype i)
{
    if (isAny(i, { u"today", u"today's", u"tonight", u"tonight's" }))
        return absorbTime(dateHit(today, i + 1));
    if (is(i, u"later") && isAny(i + 1, { u"today", u"tonight" }))
        return dateHit(today, i + 2);
    if (is(i, u"later") && is(i + 1, u"on") && isAny(i + 2, { u"today", u"tonight" }))
        return dateHit(today, i + 3);
    if (is(i, u"this")
        && isAny(i + 1, { u"evening", u"eve", u"arvo", u"afternoon", u"morning", u"lunchtime", u"lunch", u"aft" }))
        return dateHit(today, i + 2);
    if (isAny(i, { u"tomorrow", u"tomorrow's" }))
        return absorbTime(dateHit(today.addDays(1), i + 1));
    if (qsizetype e = seq(opt(i, { u"the" }), { u"day", u"after", u"tomorrow" }); e > 0)
        return absorbTime(dateHit(today.addDays(2), e));
    if (is(i, u"overmorrow"))
        return dateHit(today.addDays(2), i + 1);
    if (qsizetype e = seq(i, { u"in", u"the", u"morning" }); e > 0)
        return dateHit(today.addDays(1), e);
    if (is(i, u"first") && is(i + 1, u"thing")) {
        const qsizetype j = opt(i + 2, { u"on", u"in" });
        if (j < n) {
            Hit next = at(j);
            if (next && !next.vague)
                return next;
        }
        if (qsizetype e = seq(j, { u"the", u"morning" }); e > 0)
            return dateHit(today.addDays(1), e);
        return dateHit(today.addDays(1), i + 2);
    }
    if (is(i, u"yesterday"))
        return absorbTime(dateHit(today.addDays(-1), i + 1));
    if (is(i, u"last") && is(i + 1, u"night"))
        return dateHit(today.addDays(-1), i + 2);
    if (is(i, u"earlier") && is(i + 1, u"today"))
        return dateHit(today, i + 2);
    return {};
}

// this/next/last + week, weekend, month, year, weekday; "the week after next".
Hit DateParser::thisNextLast(qsizetype i) const
{
    const QDate monday = mondayOfNextWeek(today);
    if (is(i, u"this")) {
        if (isAny(i + 1, { u"week", u"wk" }))
            return dateHit(fridayThisWeek(today), i + 2);
        if (is(i + 1, u"weekend"))
            return dateHit(saturdayThisWeek(today), i + 2);
        if (is(i + 1, u"month"))
            return dateHit(endOfMonth(today), i + 2);
        // "this year" is a period ("a hard year"), not a deadline: "by the end of this year" is (boundary()).
        if (is(i + 1, u"time") && is(i + 2, u"next") && is(i + 3, u"week"))
            return dateHit(today.addDays(7), i + 4);
        return {};
    }
    if (is(i, u"next")) {
        if (isAny(i + 1, { u"week", u"wk" }))
            return dateHit(monday, i + 2);
        if (is(i + 1, u"weekend"))
            return dateHit(monday.addDays(5), i + 2);
        if (is(i + 1, u"month"))
            return dateHit(firstOfNextMonth(today), i + 2);
        if (is(i + 1, u"year"))
            return dateHit(QDate(today.year() + 1, 1, 1), i + 2);
        return {};
    }
    // "after the weekend": the Monday after it; "before the weekend": Friday.
    if (is(i, u"after") && is(opt(i + 1, { u"the", u"this" }), u"weekend"))
        return dateHit(saturdayThisWeek(today).addDays(2), opt(i + 1, { u"the", u"this" }) + 1);
    if (is(i, u"before") && is(opt(i + 1, { u"the", u"this" }), u"weekend"))
        return dateHit(fridayThisWeek(today), opt(i + 1, { u"the", u"this" }) + 1);
    if (is(opt(i, { u"the" }), u"weekend"))
        return dateHit(saturdayThisWeek(today), opt(i, { u"the" }) + 1);
    if (qsizetype e = seq(opt(i, { u"the" }), { u"week", u"after", u"next" }); e > 0)
        return dateHit(monday.addDays(7), e);
    if (is(i, u"last")) {
        if (isAny(i + 1, { u"week", u"wk" }))
            return dateHit(today.addDays(-7), i + 2);
        if (is(i + 1, u"weekend"))
            return dateHit(previousWeekday(today, 6), i + 2);
        if (is(i + 1, u"month"))
            return dateHit(QDate(today.year(), today.month(), 1).addDays(-1), i + 2);
        return {};
    }
    return {};
}

// Weekdays: "Friday", "this Friday", "this coming Friday", "next Friday", "Friday week", "Friday after next",
// "Friday next week", "last Friday", "Friday the 4th" (the explicit date), "Friday morning", "fri at 5".
Hit DateParser::weekday(qsizetype i)
{
    enum class Mod { Plain, This, Next, Last, Coming } mod = Mod::Plain;
    qsizetype j = i;
    if (is(i, u"this") && is(i + 1, u"coming")) {
        mod = Mod::Coming;
        j = i + 2;
    } else if (is(i, u"this")) {
        mod = Mod::This;
        j = i + 1;
    } else if (is(i, u"next")) {
        mod = Mod::Next;
        j = i + 1;
    } else if (is(i, u"last")) {
        mod = Mod::Last;
        j = i + 1;
    } else if (is(i, u"coming")) {
        mod = Mod::Coming;
        j = i + 1;
    }
    const int wd = weekdayOf(t, j, mod == Mod::Plain);
    if (!wd)
        return {};
    qsizetype e = j + 1;
    // "Friday the 4th", "Friday 4th December", "Fri 4/12": the explicit date decides.
    {
        qsizetype k = opt(e, { u"," });
        if (isSymbol(k, u","))
            ++k;
        const qsizetype startDay = k;
        if (Hit h = dayOfMonth(startDay); h && !h.vague)
            return absorbTime(h);
        if (Hit h = monthFirst(startDay); h && !h.vague)
            return absorbTime(h);
        if (Hit h = numericDate(startDay); h && !h.vague)
            return absorbTime(h);
    }
    QDate d;
    switch (mod) {
    case Mod::Plain:
    case Mod::Coming:
        d = comingWeekday(today, wd);
        break;
    case Mod::This: {
        const int ahead = (wd - today.dayOfWeek() + 7) % 7;
        d = today.addDays(ahead);
        break;
    }
    case Mod::Next:
        d = mondayOfNextWeek(today).addDays(wd - 1);
        break;
    case Mod::Last:
        d = previousWeekday(today, wd);
        break;
    }
    if (mod == Mod::Plain || mod == Mod::Coming) {
        if (isAny(e, { u"week", u"wk" }) && !is(e + 1, u"after")) {
            d = d.addDays(7); // UK "Tuesday week"
            ++e;
        } else if (is(e, u"after") && is(e + 1, u"next")) {
            d = d.addDays(7); // not the coming one, the one after it
            e += 2;
        } else if (is(e, u"next") && isAny(e + 1, { u"week", u"wk" })) {
            d = mondayOfNextWeek(today).addDays(wd - 1);
            e += 2;
        } else if (is(e, u"this") && is(e + 1, u"week")) {
            d = today.addDays((wd - today.dayOfWeek() + 7) % 7);
            e += 2;
        } else if (isAny(e, { u"gone", u"just" }) && (is(e, u"gone") || is(e + 1, u"gone"))) {
            d = previousWeekday(today, wd);
            e = is(e, u"gone") ? e + 1 : e + 2;
        }
    }
    return absorbTime(dateHit(d, e));
}

// Durations: "in 5 days", "5 days", "in 48 hours", "within a week", "in two weeks", "a fortnight", "in a month",
// "in 10 working days", "in a couple of days" (2), "in a few days" (vague), "2 days ago" (past), "a week today",
// "a week on Friday", "14 days' time". Not a length of time: "for 3 weeks", "£40 a week", "40 days overdue".
Hit DateParser::duration(qsizetype i) const
{
    const auto &l = dateWords();
    qsizetype j = i;
    const bool lead = isAny(i, { u"in", u"within", u"inside" });
    if (lead) {
        j = opt(i + 1, { u"the" });
        j = opt(j, { u"next", u"coming" });
        j = opt(j,
            { u"another", u"about", u"around", u"roughly", u"approx", u"approximately", u"under", u"less", u"just",
                u"only" });
        j = opt(j, { u"than" });
        // "in the next hour", "within the hour", "within the week": one of the unit
        if (is(j - 1, u"next") || is(j - 1, u"the")) {
            if (isAny(j, { u"hour", u"minute" }))
                return dateHit(today, j + 1);
            if (is(j, u"day"))
                return dateHit(today.addDays(1), j + 1);
        }
    } else {
        if (l.durationBlockers.contains(w(i - 1)))
            return {};
        if (i > 0 && (t.tokens[i - 1].kind == TokenKind::Number || t.tokens[i - 1].kind == TokenKind::Alnum))
            return {}; // "£40 a week", "3 x 2 weeks"
        // Bare durations need a number or an article: "5 days", "two weeks", "a week", "a fortnight".
        if (j >= n
            || !(t.tokens[j].kind == TokenKind::Number || l.numbers.contains(w(j))
                || isAny(j, { u"a", u"an", u"couple", u"fortnight" })))
            return {};
    }
    Count c;
    qsizetype unitAt;
    if (is(j, u"fortnight") || is(j, u"fortnight's")) {
        c = { 1, j };
        unitAt = j;
    } else {
        c = count(j, true);
        if (!c)
            return {};
        unitAt = c.end;
        if (isSymbol(unitAt, u"-") && t.glued(unitAt - 1))
            ++unitAt; // "30-day", "two-week"
        unitAt = opt(unitAt, { u"more", u"working", u"business", u"clear", u"extra", u"full" });
    }
    const bool working = isAny(unitAt - 1, { u"working", u"business" });
    const int v = c.value;
    int days = -1;
    int months = 0;
    bool sameDay = false;
    if (isAny(unitAt, { u"day", u"days", u"day's", u"days'" }))
        days = v * 1;
    else if (isAny(unitAt, { u"week", u"weeks", u"week's", u"weeks'" }))
        days = v * 7;
    else if (isAny(unitAt, { u"fortnight", u"fortnights", u"fortnight's" }))
        days = v * 14;
    else if (isAny(unitAt, { u"month", u"months", u"month's", u"months'" }))
        months = v;
    else if (isAny(unitAt, { u"hour", u"hours", u"hour's", u"hours'" })) {
        // 48 hours = 2 days; a few hours = today
        if (v < 12)
            sameDay = true;
        else
            days = (v + 12) / 24;
    } else if (isAny(unitAt, { u"minute", u"minutes", u"sec", u"secs", u"seconds" }))
        sameDay = true;
    else
        return {};
    qsizetype e = unitAt + 1;
    // Past: "2 days ago", "a week ago", "10 minutes ago".
    if (is(e, u"ago")) {
        if (lead || v < 0)
            return {};
        if (sameDay)
            return dateHit(today, e + 1);
        return dateHit(months ? today.addMonths(-months) : today.addDays(-days), e + 1);
    }
    if (l.durationAfterBlockers.contains(w(e)))
        return {};
    if (sameDay)
        return dateHit(today, e);
    if (v < 0)
        return vagueHit(e); // "in a few days", "a few weeks"
    // "a week today", "a week tomorrow", "a week on Friday", "a week from now", "14 days' time"
    QDate base = today;
    if (is(e, u"today")) {
        ++e;
    } else if (is(e, u"tomorrow")) {
        base = today.addDays(1);
        ++e;
    } else if (is(e, u"from") && isAny(e + 1, { u"today", u"now" })) {
        e += 2;
    } else if (is(e, u"time") || is(e, u"time's")) {
        ++e;
    } else if (days == 7 && !lead && v == 1) {
        const qsizetype k = opt(e, { u"on" });
        if (const int wd = weekdayOf(t, k, false))
            return absorbTime(dateHit(comingWeekday(today, wd).addDays(7), k + 1));
    }
    if (months)
        return dateHit(base.addMonths(months), e);
    if (working)
        return dateHit(addWorkingDays(base, days), e);
    return dateHit(base.addDays(days), e);
}

// Clock times: "5pm", "5 pm", "5:30", "17:00", "10.30am", "noon", "midday", "lunchtime", "midnight": today,
// unless a day follows ("5pm tomorrow", "noon on Friday").
Hit DateParser::clockTime(qsizetype i)
{
    if (i >= n)
        return {};
    const Token &tok = t.tokens[i];
    qsizetype e = -1;
    if (tok.kind == TokenKind::Alnum) {
        const QStringView s = tok.text;
        if (s.size() >= 3 && (s.endsWith(u"am") || s.endsWith(u"pm"))) {
            const QStringView num = s.chopped(2);
            const qsizetype dot = num.indexOf(u'.');
            const int h = digitsValue(dot < 0 ? num : num.left(dot), 12);
            const int m = dot < 0 ? 0 : digitsValue(num.mid(dot + 1), 59);
            if (h >= 0 && m >= 0)
                e = i + 1;
        }
    } else if (tok.kind == TokenKind::Number) {
        const QStringView s = tok.text;
        const qsizetype dot = s.indexOf(u'.');
        const int h = digitsValue(dot < 0 ? s : s.left(dot), 24);
        if (h >= 0 && isAny(i + 1, { u"am", u"pm", u"o'clock", u"oclock" }) && (dot < 0 || s.size() - dot == 3)) {
            e = i + 2;
        } else if (h >= 0 && isSymbol(i + 1, u":") && t.glued(i) && t.glued(i + 1) && i + 2 < n
            && t.tokens[i + 2].text.size() == 2 && digitsValue(t.tokens[i + 2].text, 59) >= 0) {
            e = opt(i + 3, { u"am", u"pm" });
        } else if (h >= 0 && h <= 12 && isAny(i + 1, { u"p", u"a" }) && isSymbol(i + 2, u".") && is(i + 3, u"m")) {
            e = isSymbol(i + 4, u".") ? i + 5 : i + 4; // "5 p.m."
        }
    } else if (isAny(i, { u"noon", u"midday", u"lunchtime", u"midnight" })) {
        e = i + 1;
    } else if (is(i, u"lunch") && isAny(i - 1, { u"by", u"at", u"before", u"after" })) {
        e = i + 1;
    }
    if (e < 0)
        return {};
    return onDayAfter(e);
}

// The end of a working day: "eod", "cob", "close of business", "end of play", "end of the day": today, unless a
// day follows ("COB Friday", "end of play tomorrow", "close of business on the 4th").
Hit DateParser::endOfDay(qsizetype i)
{
    qsizetype e = -1;
    if (isAny(i, { u"eod", u"cob", u"eop", u"eob" })) {
        e = i + 1;
    } else if (is(i, u"close") && is(i + 1, u"of") && isAny(i + 2, { u"business", u"play" })) {
        e = i + 3;
    } else if (const qsizetype j = opt(i, { u"the" }); is(j, u"end") && is(j + 1, u"of")) {
        const qsizetype k = opt(j + 2, { u"the" });
        if (isAny(k, { u"day", u"play", u"business" }))
            e = k + 1;
    }
    return e < 0 ? Hit{} : onDayAfter(e);
}

} // namespace duedesk::nlu::dates
