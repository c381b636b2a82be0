#include "pollschedule.h"

#include <algorithm>

namespace Desk {

std::chrono::milliseconds PollSchedule::afterFailure(int failures,
                                                     std::optional<int> retryAfterSeconds) const
{
    using std::chrono::milliseconds;
    const int doublings = std::clamp(failures - 1, 0, 16);
    const milliseconds backoff = std::min<milliseconds>(
        interval * (1 << doublings), std::max<milliseconds>(maxBackoff, interval));
    const milliseconds requested = std::chrono::seconds(std::max(0, retryAfterSeconds.value_or(0)));
    return std::max(backoff, requested);
}

} // namespace Desk
