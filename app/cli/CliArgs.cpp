#include "CliArgs.h"

#include "CliContext.h"

#include <QCoreApplication>

namespace duedesk::cli {

std::optional<QString> CliArgs::takeOption(const QString &name)
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString &a = m_args.at(i);
        if (a == name) {
            if (i + 1 >= m_args.size()) {
                setError(Cli::tr("%1 needs a value").arg(name));
                m_args.removeAt(i);
                return std::nullopt;
            }
            const QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
        if (a.startsWith(name + QLatin1Char('='))) {
            const QString value = a.mid(name.size() + 1);
            m_args.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool CliArgs::takeFlag(const QString &name)
{
    return m_args.removeOne(name);
}

std::optional<QString> CliArgs::takePositional()
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args.at(i) == QLatin1String("--")) {
            if (i + 1 < m_args.size()) {
                const QString value = m_args.at(i + 1);
                m_args.remove(i, 2);
                return value;
            }
            return std::nullopt;
        }
        if (!m_args.at(i).startsWith(QLatin1String("--")) || m_args.at(i) == QLatin1String("-")) {
            const QString value = m_args.at(i);
            m_args.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool CliArgs::finish()
{
    if (hasError())
        return false;
    if (!m_args.isEmpty()) {
        setError(Cli::tr("unexpected argument \"%1\"").arg(m_args.first()));
        return false;
    }
    return true;
}

} // namespace duedesk::cli
