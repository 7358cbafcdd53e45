#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace duedesk::cli {

struct CliContext;

// Shared pieces of the `duedesk-cli bench` suites.

// Runs program to completion; returns wall milliseconds, or -1 (with *error set) when it fails.
double timedRun(const QString &program, const QStringList &arguments, QString *error);

double median(QList<double> values);

// The values rounded to 0.01, for the JSON report.
QJsonArray toArray(const QList<double> &values);

// Seeds a fresh book of `bills` bills over bills/20 clients; returns the seeding milliseconds, or -1.
double seedBook(CliContext &ctx, const QString &path, qint64 bills);

} // namespace duedesk::cli
