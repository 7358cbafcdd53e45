// `duedesk-cli bench`: the benchmark suite. Each figure is a ratio against a baseline measured in the same
// run, alternating, so a noisy shared machine moves both sides alike.

#include "CliContext.h"

#include <Seeder.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace duedesk::cli {

namespace {

// Runs program to completion; returns wall milliseconds, or -1 (with *error set) when it fails.
double timedRun(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForFinished(300'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = Cli::tr("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2);
}

QJsonArray toArray(const QList<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(qRound(v * 100) / 100.0);
    return a;
}

} // namespace

int runBench(CliContext &ctx)
{
    qint64 bills = 1'000'000;
    int runs = 9;
    if (const auto b = ctx.args.takeOption(QStringLiteral("--bills"))) {
        bool ok = false;
        bills = b->toLongLong(&ok);
        if (!ok || bills < 1)
            return ctx.usage(Cli::tr("--bills takes a whole number of at least 1"));
    }
    if (const auto r = ctx.args.takeOption(QStringLiteral("--runs"))) {
        bool ok = false;
        runs = r->toInt(&ok);
        if (!ok || runs < 1)
            return ctx.usage(Cli::tr("--runs takes a whole number of at least 1"));
    }
    if (!ctx.args.finish())
        return ctx.usage();
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return ctx.fail(ExitFailure, Cli::tr("the benchmark needs the sqlite3 shell as its baseline (apt-get install sqlite3)"));

    QTemporaryDir dir;
    if (!dir.isValid())
        return ctx.fail(ExitFailure, Cli::tr("cannot create a temporary folder: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("bench.duedesk"));
    const QDate today = ctx.clock->today();

    // Seed: a book of `bills` bills over bills/20 clients.
    QElapsedTimer timer;
    timer.start();
    {
        auto book = Book::open(path, *ctx.clock, {.create = true});
        if (!book)
            return ctx.fail(ExitFailure, book.error());
        SeedOptions options;
        options.bills = bills;
        options.clients = int(qMax<qint64>(1, bills / 20));
        const auto seeded = Seeder::seed(**book, options);
        if (!seeded)
            return ctx.fail(ExitFailure, seeded.error());
    }
    const double seedMs = double(timer.elapsed());

    const QString self = QCoreApplication::applicationFilePath();
    const QStringList reportArgs{QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("report"),
                                 QStringLiteral("aging"), QStringLiteral("--today"), today.toString(Qt::ISODate)};
    const QStringList scanArgs{path, QStringLiteral("SELECT count(*), total(amount_minor), total(length(due_on)) FROM bills")};

    QString error;
    // One warm-up each: page cache and dynamic linking, then alternate.
    if (timedRun(self, reportArgs, &error) < 0 || timedRun(sqlite3, scanArgs, &error) < 0)
        return ctx.fail(ExitFailure, error);
    QList<double> report, scan;
    for (int i = 0; i < runs; ++i) {
        const double r = timedRun(self, reportArgs, &error);
        const double s = timedRun(sqlite3, scanArgs, &error);
        if (r < 0 || s < 0)
            return ctx.fail(ExitFailure, error);
        report.append(r);
        scan.append(s);
    }
    const double ratio = median(report) / median(scan);
    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("report aging vs sqlite3 full scan")},
        {QStringLiteral("bills"), bills},
        {QStringLiteral("seed_ms"), seedMs},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("report_ms"), toArray(report)},
        {QStringLiteral("scan_ms"), toArray(scan)},
        {QStringLiteral("report_median_ms"), qRound(median(report) * 100) / 100.0},
        {QStringLiteral("scan_median_ms"), qRound(median(scan) * 100) / 100.0},
        {QStringLiteral("ratio"), qRound(ratio * 1000) / 1000.0},
        {QStringLiteral("target_ratio"), 1.5},
    };
    *ctx.out << QString::fromUtf8(QJsonDocument(result).toJson(ctx.json ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (ctx.json)
        *ctx.out << '\n';
    return ExitOk;
}

} // namespace duedesk::cli
