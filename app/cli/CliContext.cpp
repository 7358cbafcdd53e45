#include "CliContext.h"

#include <QCoreApplication>

namespace duedesk::cli {

int CliContext::fail(int code, const QString &message) const
{
    *err << "duedesk-cli: " << message << '\n';
    err->flush();
    return code;
}

int CliContext::usage(const QString &message) const
{
    return fail(ExitUsage, message.isEmpty() ? args.error() : message);
}

std::shared_ptr<Book> CliContext::openBook(bool create) const
{
    Book::OpenOptions options;
    options.create = create;
    auto book = Book::open(dbPath, *clock, options);
    if (!book) {
        fail(ExitFailure, book.error());
        return {};
    }
    return *book;
}

QDate CliContext::dateOption(const QString &name)
{
    const auto text = args.takeOption(name);
    if (!text)
        return clock->today();
    QString error;
    const QDate date = parseIsoDate(*text, &error);
    if (!date.isValid())
        args.setError(error);
    return date;
}

QDate parseIsoDate(const QString &text, QString *error)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid() && error)
        *error = Cli::tr("\"%1\" is not a date (use YYYY-MM-DD)").arg(text);
    return d;
}

} // namespace duedesk::cli
