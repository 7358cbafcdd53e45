#pragma once

// Internal to the date grammar (DateExpressions and the files split from it). Not a public interface.

#include <QDate>

namespace duedesk::nlu::dates {

// Calendar arithmetic for resolving dates against today, and the holidays with a known date.

QDate mondayOfNextWeek(const QDate &today);

// The weekday on its own: the next such day, a week ahead when it is today ("Monday" said on a Monday).
QDate comingWeekday(const QDate &today, int wd);

QDate previousWeekday(const QDate &today, int wd);

QDate fridayThisWeek(const QDate &today);

QDate saturdayThisWeek(const QDate &today);

QDate endOfMonth(const QDate &d);

QDate firstOfNextMonth(const QDate &d);

// The next date with day number `day` on or after today (months without that day are skipped).
QDate nextDayOfMonth(const QDate &today, int day);

// A stated day and month: this year, or next year when it would be in the past. With a year, as stated.
QDate dayMonth(const QDate &today, int day, int month, int year = 0);

// A month on its own ("in January"): its first day, today when it is this month.
QDate monthStart(const QDate &today, int month);

QDate nextWorkingDayAfter(const QDate &d);

QDate addWorkingDays(const QDate &today, int n);

QDate easterSunday(int year);

QDate fourthThursdayOfNovember(int year);

// Holidays with a known date. `last` is the last day of the holiday period (after Christmas = after Boxing Day).
enum class Holiday {
    None,
    Christmas,
    ChristmasEve,
    BoxingDay,
    NewYearsEve,
    NewYear,
    Easter,
    GoodFriday,
    EasterMonday,
    Thanksgiving,
    Halloween,
    StPatricks,
    AustraliaDay,
    AnzacDay,
    BonfireNight
};

struct HolidayDates {
    QDate day;
    QDate last;
};

HolidayDates holidayIn(Holiday h, int year);

// The next occurrence: this year's, or next year's once this year's is over.
HolidayDates nextHoliday(Holiday h, const QDate &today);

} // namespace duedesk::nlu::dates
