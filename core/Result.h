#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace duedesk {

// A value or a user-facing (translated) error. Errors are values at API boundaries; no exception
// crosses a library boundary.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    static Result failure(QString error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

} // namespace duedesk
