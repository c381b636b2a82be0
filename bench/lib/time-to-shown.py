#!/usr/bin/env python3
"""Launch to first frame of the start-up programs (bench/startup), for bench/cold-start.

Each program prints "shown <microseconds of CLOCK_MONOTONIC>" once its window has been exposed
and painted (bench/startup/shownclock.h), then quits. This script takes the same clock just
before it starts the process, so a run's figure is exactly launch to first frame: the dynamic
loader, the application object, the window and its first paint, and not the teardown after it,
which hyperfine's whole-process time would add (and which differs between the programs: the
staff window saves its geometry when it closes). The programs run in turns, one run of each per
round after a few warm-up rounds, so a slow phase of the machine hits all of them alike.

    time-to-shown.py RUNS OUT.json name=command [name=command ...]

Writes {name: {"shown_ms": [...], "lifetime_ms": [...]}} and prints medians.
"""
import json
import shlex
import statistics
import subprocess
import sys
import time

WARMUP_ROUNDS = 3


def run_once(command):
    started = time.monotonic()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    ended = time.monotonic()
    shown = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("shown ")]
    if done.returncode != 0 or not shown:
        sys.exit(f"time-to-shown: {shlex.join(command)} exited with {done.returncode} "
                 f"without reporting its first frame")
    return (int(shown[0]) / 1e6 - started) * 1000, (ended - started) * 1000


def main():
    runs, out_path = int(sys.argv[1]), sys.argv[2]
    programs = dict(argument.split("=", 1) for argument in sys.argv[3:])
    results = {name: {"shown_ms": [], "lifetime_ms": []} for name in programs}
    for round_number in range(WARMUP_ROUNDS + runs):
        for name, command in programs.items():
            shown, lifetime = run_once(shlex.split(command))
            if round_number >= WARMUP_ROUNDS:
                results[name]["shown_ms"].append(shown)
                results[name]["lifetime_ms"].append(lifetime)
    with open(out_path, "w") as out:
        json.dump(results, out)
    for name, figures in results.items():
        quartiles = statistics.quantiles(figures["shown_ms"], n=4)
        print(f"{name:16} shown {statistics.median(figures['shown_ms']):6.1f} ms "
              f"(quartiles {quartiles[0]:.1f} to {quartiles[2]:.1f}), whole process "
              f"{statistics.median(figures['lifetime_ms']):6.1f} ms", file=sys.stderr)


main()
