#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace duedesk {

class Book;

// The window of sales that days sales outstanding is measured against, as in the weekly cash snapshot.
constexpr int dsoWindowDays = 90;

// Days sales outstanding by the simple ratio method (no count-back): outstanding / sales * windowDays, and 0 when
// there were no sales in the window (or the window is empty). Pure; the cash snapshot's formula.
double daysSalesOutstanding(qint64 outstandingMinor, qint64 salesMinor, int windowDays = dsoWindowDays);

// One client's DSO at a day, counted exactly as CashSnapshotBuilder counts a top debtor's (see CashSnapshot.cpp):
// book-currency bills only, cancelled ones never; outstanding = the positive balances (amount - payments paid on or
// before asOf) of the bills issued by asOf and not closed by their status by then; sales = the full amounts of the
// bills issued in the dsoWindowDays days up to asOf (asOf - 89 <= issued <= asOf), paid and written-off included.
struct ClientDso {
    qint64 outstandingMinor = 0;
    qint64 salesMinor = 0;
    double days = 0;
    QString error;   // translated; set when the book could not be read (the figures are then 0)
};

class ClientDsoCalculator
{
    Q_DECLARE_TR_FUNCTIONS(ClientDsoCalculator)
public:
    static ClientDso compute(const Book &book, qint64 clientId, const QDate &asOf);
};

} // namespace duedesk
