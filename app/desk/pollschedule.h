#pragma once
// When to ask for a session's status next: the profile's interval while things go well, a
// doubling delay after failures (capped), and never sooner than the platform's Retry-After.
// Pure rules, tested without a clock.

#include <chrono>
#include <optional>

namespace Desk {

struct PollSchedule {
    std::chrono::milliseconds interval{std::chrono::seconds(60)}; // API.md: about a minute apart
    std::chrono::milliseconds maxBackoff{std::chrono::seconds(600)};

    std::chrono::milliseconds afterSuccess() const { return interval; }
    // failures counts the failures in a row, this one included (1 for the first).
    std::chrono::milliseconds afterFailure(int failures,
                                           std::optional<int> retryAfterSeconds) const;
};

} // namespace Desk
