#pragma once

#include "Aging.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>

namespace duedesk {

class Book;

// The figures of one week (Monday to Sunday), in the book's currency, as they stood at the week's end.
struct WeekFigures {
    QDate weekStart;
    QDate asOf;                    // the day the figures stand at: the week's Sunday, or today for the current week
    qint64 outstandingMinor = 0;
    qint64 overdueMinor = 0;
    qint64 paidMinor = 0;          // payments received during the week
    qint64 promisedMinor = 0;      // balances of bills promised for a day in the week
    std::array<qint64, 5> bucketMinor{};
    double dsoDays = 0;            // days sales outstanding, see CashSnapshot::dso
};

struct PromisedPayment {
    QString billNumber;
    QString clientName;
    qint64 amountMinor = 0;
    QDate promisedOn;
};

struct Debtor {
    qint64 clientId = 0;
    QString clientName;
    qint64 outstandingMinor = 0;
    qint64 overdueMinor = 0;
    int bills = 0;
    double dsoDays = 0;
};

struct CashSnapshot {
    QString currency;
    QDate weekOf;                       // the Monday of the week asked for
    WeekFigures week;
    QList<PromisedPayment> promised;    // promises falling in the week, by date
    QList<Debtor> topDebtors;           // the five largest outstanding balances
    QList<WeekFigures> trend;           // the 12 weeks before, oldest first
    QString error;                      // translated; set when the book could not be read (figures then incomplete)
};

// The two figures of the current week the dashboard shows, without the twelve-week history: what came in since
// Monday and today's DSO, with the snapshot's definitions (CashSnapshot.cpp).
struct CashHeadline {
    qint64 paidThisWeekMinor = 0;
    double dsoDays = 0;
    QString error;                      // translated; set when the book could not be read
};

// The weekly cash snapshot of DESIGN.md. Figures count bills in the book's currency only.
class CashSnapshotBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CashSnapshotBuilder)
public:
    // weekOf may be any day of the week; the week runs Monday to Sunday.
    static CashSnapshot build(const Book &book, const QDate &weekOf);
    // This week's paid and DSO as build() computes them for the current week, reading only today's balances.
    static CashHeadline headline(const Book &book);
    // {"currency":"GBP","week_of":"…","as_of":"…","outstanding":"…","overdue":"…","paid":"…",
    //  "promised":"…","buckets":{"not_due":…},"dso":12.3,"promised_payments":[…],"top_debtors":[…],"trend":[…]}
    // Keys in that order. Money as decimal strings in the currency's digits, dates ISO, dso a number with one
    // decimal. promised_payments: {"bill_number","client","amount","promised_on"}; top_debtors: {"client_id",
    // "client","outstanding","overdue","bills","dso"}; trend: {"week_of","as_of","outstanding","overdue","paid",
    // "promised","buckets","dso"} per week, oldest first.
    static QByteArray toJson(const CashSnapshot &snapshot);
};

} // namespace duedesk
