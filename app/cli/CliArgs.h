#pragma once

#include <QStringList>

#include <optional>

namespace duedesk::cli {

// Arguments left for a command after the global options, consumed as the command reads them.
// A command calls takeOption/takeFlag/takePositional, then finish(): anything left over is a usage error.
class CliArgs
{
public:
    explicit CliArgs(QStringList args) : m_args(std::move(args)) { }

    // "--name VALUE" or "--name=VALUE". Sets error() when the option is there without a value.
    std::optional<QString> takeOption(const QString &name);
    bool takeFlag(const QString &name);
    std::optional<QString> takePositional();
    // True when nothing is left; otherwise error() names what was not understood.
    bool finish();

    bool hasError() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void setError(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
    }

private:
    QStringList m_args;
    QString m_error;
};

} // namespace duedesk::cli
