#pragma once
// The outcome of an API call: a value or an ApiError, never both.

#include "apierror.h"

#include <utility>
#include <variant>

namespace Api {

template <typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(ApiError error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const { return std::get<T>(m_data); }
    const ApiError& error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// For calls that answer nothing but success (DELETE).
struct Done {
};

} // namespace Api
