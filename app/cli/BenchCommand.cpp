// `duedesk-cli bench`: the benchmark suite. Each figure is a ratio against a baseline measured in the same
// run, alternating, so a noisy shared machine moves both sides alike.

#include "BenchSupport.h"
#include "CliContext.h"

#include <ChaseEngine.h>
#include <OwnerCommands.h>
#include <ReplyClassifier.h>
#include <Seeder.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace duedesk::cli {

int benchAging(CliContext &ctx);
int benchStartup(CliContext &ctx);

namespace {

// Planning: the first plan of a seeded book (every open bill catches up once), then daily plans, each
// timed against an in-process scan of the open bills in the same run, alternating.
int benchPlan(CliContext &ctx, qint64 bills, int runs)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return ctx.fail(ExitFailure, Cli::tr("cannot create a temporary folder: %1").arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("bench.duedesk"));
    const double seedMs = seedBook(ctx, path, bills);
    if (seedMs < 0)
        return ExitFailure;
    ManualClock clock(ctx.clock->now());
    auto book = Book::open(path, clock);
    if (!book)
        return ctx.fail(ExitFailure, book.error());
    ChaseEngine engine(**book);
    QElapsedTimer timer;
    timer.start();
    const auto first = engine.plan(clock.today());
    if (!first)
        return ctx.fail(ExitFailure, first.error());
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    // The owner approves the first batch, as they would before the next day's plan.
    engine.approveAll();

    auto scanOpenBills = [&] {
        QSqlQuery q((*book)->database());
        q.setForwardOnly(true);
        // A true full scan (the unary + keeps SQLite off the status index, which is slower for this): the
        // strictest baseline.
        q.exec(QStringLiteral("SELECT count(*), total(amount_minor - paid_minor), total(length(due_on)) FROM bills "
                              "WHERE +status = 'open'"));
        q.next();
    };
    scanOpenBills(); // warm
    QList<double> plan, scan;
    int drafted = 0;
    for (int day = 1; day <= runs; ++day) {
        clock.advanceDays(1);
        timer.restart();
        const auto r = engine.plan(clock.today());
        plan.append(double(timer.nsecsElapsed()) / 1e6);
        if (!r)
            return ctx.fail(ExitFailure, r.error());
        drafted += r->drafted;
        timer.restart();
        scanOpenBills();
        scan.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const double ratio = median(plan) / median(scan);
    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("daily plan vs a scan of the open bills")},
        {QStringLiteral("bills"), bills},
        {QStringLiteral("seed_ms"), seedMs},
        {QStringLiteral("first_plan_ms"), qRound(firstMs * 100) / 100.0},
        {QStringLiteral("first_plan_drafts"), first->drafted},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("daily_drafts"), drafted},
        {QStringLiteral("plan_ms"), toArray(plan)},
        {QStringLiteral("scan_ms"), toArray(scan)},
        {QStringLiteral("plan_median_ms"), qRound(median(plan) * 100) / 100.0},
        {QStringLiteral("scan_median_ms"), qRound(median(scan) * 100) / 100.0},
        {QStringLiteral("ratio"), qRound(ratio * 1000) / 1000.0},
        {QStringLiteral("target_ratio"), 3.0},
        {QStringLiteral("target_ms"), 1000},
    };
    *ctx.out << QString::fromUtf8(QJsonDocument(result).toJson(ctx.json ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (ctx.json)
        *ctx.out << '\n';
    return ExitOk;
}

// Understanding: messages per second on one thread, classifying client replies and parsing owner commands
// (the messages of the dev set, or a small built-in sample, repeated). The baseline in the same run is the
// cheapest text work any understanding needs: lower-casing and splitting the same messages into words.
int benchNlu(CliContext &ctx, int runs)
{
    QStringList replies, owner;
    auto load = [](const QString &path, QStringList *into) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return;
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            if (o.value(QStringLiteral("text")).isString())
                into->append(o.value(QStringLiteral("text")).toString());
        }
    };
    const QString dir = ctx.args.takeOption(QStringLiteral("--nlu-dir")).value_or(QStringLiteral("../shared/nlu-dev"));
    if (!ctx.args.finish())
        return ctx.usage();
    load(dir + QStringLiteral("/replies.jsonl"), &replies);
    load(dir + QStringLiteral("/owner.jsonl"), &owner);
    if (replies.isEmpty())
        replies = {QStringLiteral("paid it yesterday, thanks"), QStringLiteral("can you do Friday?"),
                   QStringLiteral("this isn't what I was quoted"), QStringLiteral("STOP"), QStringLiteral("ok thx")};
    if (owner.isEmpty())
        owner = {QStringLiteral("chase the Henderson invoice"), QStringLiteral("Rachel paid"),
                 QStringLiteral("add a new client Tom Baker 07700 900123"), QStringLiteral("who owes me?")};
    const QDate today(2026, 11, 23);
    const int repeat = 200;
    volatile qsizetype sink = 0;
    auto timeIt = [&](const auto &work) {
        QElapsedTimer t;
        t.start();
        for (int r = 0; r < repeat; ++r)
            work();
        return double(t.nsecsElapsed()) / 1e9;
    };
    QList<double> replyRate, ownerRate, baselineRate;
    for (int run = 0; run < runs; ++run) {
        const double tr = timeIt([&] { for (const QString &m : replies) sink = sink + int(ReplyClassifier::classify(m, today).intent); });
        const double to = timeIt([&] { for (const QString &m : owner) sink = sink + OwnerCommandParser::parse(m, today).size(); });
        const double tb = timeIt([&] {
            for (const QString &m : replies)
                sink = sink + m.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
        });
        replyRate.append(replies.size() * repeat / tr);
        ownerRate.append(owner.size() * repeat / to);
        baselineRate.append(replies.size() * repeat / tb);
    }
    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("understanding, messages per second on one thread")},
        {QStringLiteral("reply_messages"), replies.size()},
        {QStringLiteral("owner_messages"), owner.size()},
        {QStringLiteral("replies_per_s"), qRound(median(replyRate))},
        {QStringLiteral("owner_commands_per_s"), qRound(median(ownerRate))},
        {QStringLiteral("baseline_split_per_s"), qRound(median(baselineRate))},
        {QStringLiteral("replies_cost_vs_baseline"), qRound(median(baselineRate) / median(replyRate) * 10) / 10.0},
        {QStringLiteral("target_per_s"), 50000},
    };
    *ctx.out << QString::fromUtf8(QJsonDocument(result).toJson(ctx.json ? QJsonDocument::Compact : QJsonDocument::Indented));
    return ExitOk;
}

} // namespace

int runBench(CliContext &ctx)
{
    const QString suite = ctx.args.takeOption(QStringLiteral("--suite")).value_or(QStringLiteral("aging"));
    if (suite == QLatin1String("plan")) {
        qint64 bills = 100'000;
        int runs = 7;
        if (const auto b = ctx.args.takeOption(QStringLiteral("--bills")))
            bills = b->toLongLong();
        if (const auto r = ctx.args.takeOption(QStringLiteral("--runs")))
            runs = r->toInt();
        if (bills < 1 || runs < 1)
            return ctx.usage(Cli::tr("--bills and --runs take whole numbers of at least 1"));
        if (!ctx.args.finish())
            return ctx.usage();
        return benchPlan(ctx, bills, runs);
    }
    if (suite == QLatin1String("nlu")) {
        const int runs = ctx.args.takeOption(QStringLiteral("--runs")).value_or(QStringLiteral("5")).toInt();
        return benchNlu(ctx, qMax(1, runs));
    }
    if (suite == QLatin1String("startup"))
        return benchStartup(ctx);
    if (suite != QLatin1String("aging"))
        return ctx.usage(Cli::tr("unknown benchmark suite \"%1\" (aging, plan, nlu or startup)").arg(suite));
    return benchAging(ctx);
}

int benchAging(CliContext &ctx)
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

    const double seedMs = seedBook(ctx, path, bills);
    if (seedMs < 0)
        return ExitFailure;

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
