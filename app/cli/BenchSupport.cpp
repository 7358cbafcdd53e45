#include "BenchSupport.h"

#include "CliContext.h"

#include <Book.h>
#include <Seeder.h>

#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>

namespace duedesk::cli {

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

double seedBook(CliContext &ctx, const QString &path, qint64 bills)
{
    QElapsedTimer timer;
    timer.start();
    auto book = Book::open(path, *ctx.clock, {.create = true});
    if (!book) {
        ctx.fail(ExitFailure, book.error());
        return -1;
    }
    SeedOptions options;
    options.bills = bills;
    options.clients = int(qMax<qint64>(1, bills / 20));
    const auto seeded = Seeder::seed(**book, options);
    if (!seeded) {
        ctx.fail(ExitFailure, seeded.error());
        return -1;
    }
    return double(timer.elapsed());
}

} // namespace duedesk::cli
