// `duedesk-cli bench --suite startup`: how long the desktop app takes to show the dashboard of a large book,
// against a bare Qt Quick window started the same way on the same machine, alternating, in the same run.
// Both programs print {"first_frame_ms", "rss_kb"} at their first frame and quit; this driver also times
// each one from outside, from the moment it is started until that line arrives (libraries loading included).

#include "BenchSupport.h"
#include "CliContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace duedesk::cli {

namespace {

struct StartupSample {
    double outsideMs = -1;   // started → first-frame line, measured by this driver
    double insideMs = -1;    // main() → first frame, measured by the program
    double rssMiB = -1;
};

StartupSample startOnce(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    QByteArray line;
    while (!line.contains('\n') && p.waitForReadyRead(60'000))
        line += p.readAllStandardOutput();
    StartupSample sample;
    sample.outsideMs = double(timer.nsecsElapsed()) / 1e6;
    p.waitForFinished(60'000);
    const QJsonObject o = QJsonDocument::fromJson(line.trimmed()).object();
    if (!o.contains(QStringLiteral("first_frame_ms"))) {
        *error = Cli::tr("%1 did not report its first frame: %2")
                     .arg(program, QString::fromLocal8Bit(line + p.readAllStandardError()).trimmed());
        return {};
    }
    sample.insideMs = o.value(QStringLiteral("first_frame_ms")).toDouble();
    const double rssKiB = o.value(QStringLiteral("rss_kb")).toDouble(-1);
    sample.rssMiB = rssKiB < 0 ? -1 : rssKiB / 1024;
    return sample;
}

// The programs next to this one in a build tree (app/gui/duedesk, tests/bench/duedesk-bare-window) or in an
// installed bin/ folder.
QString sibling(const QStringList &candidates)
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &c : candidates) {
        const QString path = QDir::cleanPath(here.filePath(c));
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

double rounded(double v) { return qRound(v * 100) / 100.0; }

} // namespace

int benchStartup(CliContext &ctx)
{
    const QString app = ctx.args.takeOption(QStringLiteral("--app"))
                            .value_or(sibling({QStringLiteral("gui/duedesk"), QStringLiteral("duedesk")}));
    const QString bare = ctx.args.takeOption(QStringLiteral("--bare"))
                             .value_or(sibling({QStringLiteral("../tests/bench/duedesk-bare-window"),
                                                QStringLiteral("duedesk-bare-window")}));
    // --book, not the global --db (which names the book of the other commands): without it a book is seeded.
    QString db = ctx.args.takeOption(QStringLiteral("--book")).value_or(QString());
    const bool seeded = db.isEmpty();
    bool ok = true;
    const qint64 bills = ctx.args.takeOption(QStringLiteral("--bills")).value_or(QStringLiteral("100000")).toLongLong(&ok);
    bool runsOk = true;
    const int runs = ctx.args.takeOption(QStringLiteral("--runs")).value_or(QStringLiteral("7")).toInt(&runsOk);
    if (!ok || !runsOk || bills < 1 || runs < 1)
        return ctx.usage(Cli::tr("--bills and --runs take whole numbers of at least 1"));
    if (!ctx.args.finish())
        return ctx.usage();
    if (app.isEmpty() || bare.isEmpty())
        return ctx.fail(ExitFailure, Cli::tr("cannot find the desktop app or the bare window program: give --app and --bare"));

    QTemporaryDir dir;
    double seedMs = 0;
    if (db.isEmpty()) {
        db = dir.filePath(QStringLiteral("startup.duedesk"));
        seedMs = seedBook(ctx, db, bills);
        if (seedMs < 0)
            return ExitFailure;
    }
    const QStringList appArgs{QStringLiteral("--db"), db, QStringLiteral("--benchmark-startup")};
    QString error;
    // One start of each first, unmeasured, so both find the libraries and the book in the page cache.
    if (startOnce(bare, {}, &error).outsideMs < 0 || startOnce(app, appArgs, &error).outsideMs < 0)
        return ctx.fail(ExitFailure, error);
    QList<double> appOutside, appInside, appRss, bareOutside, bareInside, bareRss;
    for (int run = 0; run < runs; ++run) {
        const StartupSample b = startOnce(bare, {}, &error);
        const StartupSample a = startOnce(app, appArgs, &error);
        if (a.outsideMs < 0 || b.outsideMs < 0)
            return ctx.fail(ExitFailure, error);
        bareOutside.append(b.outsideMs);
        bareInside.append(b.insideMs);
        bareRss.append(b.rssMiB);
        appOutside.append(a.outsideMs);
        appInside.append(a.insideMs);
        appRss.append(a.rssMiB);
    }
    const double ratio = median(appOutside) / median(bareOutside);
    const double rssDelta = median(appRss) - median(bareRss);
    const QJsonObject result{
        {QStringLiteral("benchmark"), QStringLiteral("desktop start to the first frame of the dashboard")},
        {QStringLiteral("book"), seeded ? QStringLiteral("seeded") : db},
        {QStringLiteral("bills"), seeded ? bills : -1},
        {QStringLiteral("seed_ms"), seedMs},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("app_ms"), toArray(appOutside)},
        {QStringLiteral("bare_ms"), toArray(bareOutside)},
        {QStringLiteral("app_median_ms"), rounded(median(appOutside))},
        {QStringLiteral("bare_median_ms"), rounded(median(bareOutside))},
        {QStringLiteral("app_in_process_median_ms"), rounded(median(appInside))},
        {QStringLiteral("bare_in_process_median_ms"), rounded(median(bareInside))},
        {QStringLiteral("ratio"), qRound(ratio * 1000) / 1000.0},
        {QStringLiteral("target_ratio"), 2.0},
        {QStringLiteral("app_rss_mib"), rounded(median(appRss))},
        {QStringLiteral("bare_rss_mib"), rounded(median(bareRss))},
        {QStringLiteral("rss_delta_mib"), rounded(rssDelta)},
        {QStringLiteral("target_rss_delta_mib"), 80},
    };
    *ctx.out << QString::fromUtf8(QJsonDocument(result).toJson(ctx.json ? QJsonDocument::Compact : QJsonDocument::Indented));
    return ExitOk;
}

} // namespace duedesk::cli
