#include "DateCalendar.h"

namespace duedesk::nlu::dates {

QDate mondayOfNextWeek(const QDate &today)
{
    return today.addDays(8 - today.dayOfWeek());
}

QDate comingWeekday(const QDate &today, int wd)
{
    int d = (wd - today.dayOfWeek() + 7) % 7;
    return today.addDays(d == 0 ? 7 : d);
}

QDate previousWeekday(const QDate &today, int wd)
{
    int d = (today.dayOfWeek() - wd + 7) % 7;
    return today.addDays(-(d == 0 ? 7 : d));
}

QDate fridayThisWeek(const QDate &today)
{
    return today.dayOfWeek() <= 5 ? today.addDays(5 - today.dayOfWeek()) : today;
}

QDate saturdayThisWeek(const QDate &today)
{
    return today.dayOfWeek() <= 6 ? today.addDays(6 - today.dayOfWeek()) : today;
}

QDate endOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

QDate firstOfNextMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1).addMonths(1);
}

QDate nextDayOfMonth(const QDate &today, int day)
{
    QDate month(today.year(), today.month(), 1);
    for (int k = 0; k < 13; ++k, month = month.addMonths(1)) {
        if (day > month.daysInMonth())
            continue;
        const QDate d(month.year(), month.month(), day);
        if (d >= today)
            return d;
    }
    return {};
}

QDate dayMonth(const QDate &today, int day, int month, int year)
{
    if (year > 0)
        return QDate(year, month, day);
    QDate d(today.year(), month, day);
    if (d.isValid() && d >= today)
        return d;
    d = QDate(today.year() + 1, month, day);
    if (!d.isValid())
        d = QDate(today.year() + 4 - (today.year() % 4), month, day); // 29 February: the next leap year
    return d;
}

QDate monthStart(const QDate &today, int month)
{
    if (month == today.month())
        return today;
    return dayMonth(today, 1, month);
}

QDate nextWorkingDayAfter(const QDate &d)
{
    QDate r = d.addDays(1);
    while (r.dayOfWeek() > 5)
        r = r.addDays(1);
    return r;
}

QDate addWorkingDays(const QDate &today, int n)
{
    QDate r = today;
    for (int k = 0; k < n; ++k)
        r = nextWorkingDayAfter(r);
    return r;
}

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm.
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QDate fourthThursdayOfNovember(int year)
{
    QDate d(year, 11, 1);
    while (d.dayOfWeek() != 4)
        d = d.addDays(1);
    return d.addDays(21);
}

HolidayDates holidayIn(Holiday h, int year)
{
    switch (h) {
    case Holiday::Christmas:
        return { QDate(year, 12, 25), QDate(year, 12, 26) };
    case Holiday::ChristmasEve:
        return { QDate(year, 12, 24), QDate(year, 12, 24) };
    case Holiday::BoxingDay:
        return { QDate(year, 12, 26), QDate(year, 12, 26) };
    case Holiday::NewYearsEve:
        return { QDate(year, 12, 31), QDate(year, 12, 31) };
    case Holiday::NewYear:
        return { QDate(year, 1, 1), QDate(year, 1, 1) };
    case Holiday::Easter:
        return { easterSunday(year), easterSunday(year).addDays(1) };
    case Holiday::GoodFriday:
        return { easterSunday(year).addDays(-2), easterSunday(year).addDays(-2) };
    case Holiday::EasterMonday:
        return { easterSunday(year).addDays(1), easterSunday(year).addDays(1) };
    case Holiday::Thanksgiving:
        return { fourthThursdayOfNovember(year), fourthThursdayOfNovember(year) };
    case Holiday::Halloween:
        return { QDate(year, 10, 31), QDate(year, 10, 31) };
    case Holiday::StPatricks:
        return { QDate(year, 3, 17), QDate(year, 3, 17) };
    case Holiday::AustraliaDay:
        return { QDate(year, 1, 26), QDate(year, 1, 26) };
    case Holiday::AnzacDay:
        return { QDate(year, 4, 25), QDate(year, 4, 25) };
    case Holiday::BonfireNight:
        return { QDate(year, 11, 5), QDate(year, 11, 5) };
    case Holiday::None:
        break;
    }
    return {};
}

HolidayDates nextHoliday(Holiday h, const QDate &today)
{
    HolidayDates d = holidayIn(h, today.year());
    if (d.last < today)
        d = holidayIn(h, today.year() + 1);
    return d;
}

} // namespace duedesk::nlu::dates
