#pragma once
// How the start-up programs tell bench/cold-start when their window was on screen: one line
// "shown <microseconds>" on standard output, read from the monotonic clock that the script's own
// clock (Python's time.monotonic, CLOCK_MONOTONIC on Linux) also reads. The script subtracts the
// moment it started the process, so the figure is launch to first frame, without the teardown.

#include <chrono>
#include <cstdio>

inline void reportShown()
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    std::printf(
        "shown %lld\n",
        static_cast<long long>(std::chrono::duration_cast<std::chrono::microseconds>(now).count()));
    std::fflush(stdout);
}
