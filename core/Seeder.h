#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace duedesk {

class Book;

struct SeedOptions {
    int clients = 50;
    qint64 bills = 200;
    quint64 seed = 1;
};

struct SeedSummary {
    int clients = 0;
    qint64 bills = 0;
    qint64 payments = 0;
};

// Fills a book with realistic demo data: clients with names, companies, contacts and consent; bills in
// mostly the book's own currency, due over the past 18 months, some paid, some part-paid, a few
// disputed. The same options and clock give the same book, on every platform. All in one transaction.
class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(Seeder)
public:
    static Result<SeedSummary> seed(Book &book, const SeedOptions &options);
};

} // namespace duedesk
