#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace hive {

// The error half of an Expected: what went wrong, said so that the user
// knows what to do next.
struct Unexpected
{
    QString error;
};

inline Unexpected unexpected(QString error)
{
    return Unexpected{std::move(error)};
}

// A value, or the reason there is none. New and touched code returns this
// instead of `bool f(…, QString &error)`, `lastError()` or an empty string
// meaning success:
//
//     Expected<QString> key = SshKeyPair::publicKeyLine(path);
//     if (!key)
//         return fail(key.error());
//
// Shaped after C++23's std::expected<T, QString> (has_value, value, error,
// value_or, operator*), so that it can give way to it when the project's
// compilers reach C++23.
template<typename T> class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    Expected(Unexpected e) : m_error(std::move(e.error)) {}

    bool has_value() const { return m_value.has_value(); }
    explicit operator bool() const { return has_value(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    template<typename U> T value_or(U &&fallback) const &
    {
        return m_value ? *m_value : T(std::forward<U>(fallback));
    }

    // Empty when there is a value.
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// Success with nothing to return, or the reason it failed.
template<> class Expected<void>
{
public:
    Expected() = default;
    Expected(Unexpected e) : m_ok(false), m_error(std::move(e.error)) {}

    bool has_value() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    bool m_ok = true;
    QString m_error;
};

} // namespace hive
