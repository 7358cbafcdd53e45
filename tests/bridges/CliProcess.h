#pragma once

// `duedesk-cli` as a process, for the tests that run it (DUEDESK_CLI is its path, a compile definition): its
// environment, its arguments, and a run waited for without blocking this thread's event loop, so that a fake server
// in the test answers meanwhile (never QProcess::waitForFinished()).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <utility>

namespace clitest {

struct Run {
    int code = -1; // the exit code; -1: still running at the time limit (then killed), -2: it crashed
    QString out;
    QString err;
    QJsonObject json; // stdout as one JSON object (--json)
    QList<QJsonObject> lines; // stdout as JSON Lines
};

// This test's environment, with `unset` removed (a name ending in '*': every variable it begins) and `set` added.
inline QProcessEnvironment environment(
    const QList<std::pair<QString, QString>> &set, const QStringList &unset = QStringList())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : unset) {
        if (!name.endsWith(QLatin1Char('*'))) {
            env.remove(name);
            continue;
        }
        for (const QString &key : env.keys())
            if (key.startsWith(name.chopped(1)))
                env.remove(key);
    }
    for (const auto &[name, value] : set)
        env.insert(name, value);
    return env;
}

// `--db <book> --now <now> --json`, then the command.
inline QStringList bookArguments(const QString &bookPath, const QString &now, const QStringList &command)
{
    return QStringList{ QStringLiteral("--db"), bookPath, QStringLiteral("--now"), now, QStringLiteral("--json") }
    + command;
}

inline void start(QProcess &p, const QProcessEnvironment &env, const QStringList &arguments)
{
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DUEDESK_CLI), arguments);
}

// Waits while this thread's event loop runs; false at the time limit (a wall-clock limit: the process does I/O).
inline bool waitUntilFinished(QProcess &p, int timeoutMs = 60000)
{
    return QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs);
}

// Runs the CLI to its end; `input`, when not null, is its stdin (then closed).
inline Run run(const QProcessEnvironment &env, const QStringList &arguments, const QByteArray &input = QByteArray())
{
    QProcess p;
    start(p, env, arguments);
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    Run r;
    if (!waitUntilFinished(p)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        r.lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return r;
}

// The entry for `channel` in a run summary's list of channels ("channels", or "owner_channels"); empty if none.
inline QJsonObject channelEntry(
    const QJsonObject &summary, const QString &channel, const QString &list = QStringLiteral("channels"))
{
    for (const QJsonValue &c : summary.value(list).toArray())
        if (c.toObject().value(QStringLiteral("channel")).toString() == channel)
            return c.toObject();
    return QJsonObject();
}

// The bridge's state ("idle", "not_configured", ...) in a run summary; empty if the channel is not listed.
inline QString channelState(const QJsonObject &summary, const QString &channel)
{
    return channelEntry(summary, channel).value(QStringLiteral("state")).toString();
}

} // namespace clitest
