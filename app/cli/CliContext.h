#pragma once

#include "CliArgs.h"

#include <Book.h>
#include <Clock.h>

#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace duedesk::cli {

// The translation context of the command line's messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Exit codes of the command line contract.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

// What every command gets: its arguments, the global options, the clock, and stdout/stderr.
struct CliContext {
    CliArgs args;
    QString dbPath;
    bool json = false;
    const Clock *clock = nullptr;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;

    // Prints "duedesk-cli: message" on stderr and returns code.
    int fail(int code, const QString &message) const;
    // Usage error from args (or message) on stderr, exit 2.
    int usage(const QString &message = {}) const;
    // Opens the book; on failure prints the reason and returns null.
    std::shared_ptr<Book> openBook(bool create = false) const;
    // The ISO date given with option `name`, or the clock's today without it. An invalid date sets a usage
    // error in args (so the command's args.finish() fails) and returns an invalid date.
    QDate dateOption(const QString &name);
};

// Parses an ISO date ("2026-11-23"); sets error text and returns an invalid date when it is not one.
QDate parseIsoDate(const QString &text, QString *error);

int runSeed(CliContext &ctx);
int runImport(CliContext &ctx);
int runReport(CliContext &ctx);
int runBench(CliContext &ctx);
int runChase(CliContext &ctx, const QString &command);
bool isChaseCommand(const QString &command);
int runSnapshot(CliContext &ctx);
int runCallQueue(CliContext &ctx);
int runUnderstand(CliContext &ctx);
int runInbound(CliContext &ctx);
int runTasks(CliContext &ctx);
int runAssistant(CliContext &ctx);

} // namespace duedesk::cli
