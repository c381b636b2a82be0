# shellcheck shell=bash disable=SC2034 # desk, floor, sandbox_url, window_id: for the caller
# Shared by bench/idle-cpu and bench/peak-memory (sourced, not run): an isolated home, an Xvfb of
# their own, a sandbox in its own process with a staff profile for it (as tests/window/realwindow.sh
# sets it up: the real staff setup), and helpers that start a window, create a session in it with
# xdotool, wait for its QR code on the screen, and read the window's figures from /proc.
# The caller has cd'd to the repository; xwindow_setup BUILD_DIR first.

xwindow_setup() {
    local build=$1
    scripts/install-deps
    if [ ! -f "$build/build.ninja" ] && [ "$build" = build/release ]; then
        cmake --preset release >/dev/null
    fi
    cmake --build "$build" --target enrolment-desk enrolment-desk-gui startup-floor >/dev/null
    desk="$PWD/$build/enrolment-desk"
    floor="$PWD/$build/bench/startup/startup-floor"

    workdir=$(mktemp -d)
    window_pid="" sandbox_pid="" xvfb_pid=""
    trap xwindow_cleanup EXIT
    # Nothing of the user's is read: settings, caches and the session bus all point nowhere real.
    export HOME="$workdir/home" XDG_CONFIG_HOME="$workdir/config" XDG_DATA_HOME="$workdir/data"
    export XDG_CACHE_HOME="$workdir/cache" XDG_RUNTIME_DIR="$workdir/runtime"
    mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    unset QT_QPA_PLATFORM DBUS_SESSION_BUS_ADDRESS

    # A display of our own (the first free number), no window manager, as in the tests.
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$workdir/display" \
        2>"$workdir/xvfb.log" &
    xvfb_pid=$!
    for _ in $(seq 100); do [ -s "$workdir/display" ] && break; sleep 0.1; done
    [ -s "$workdir/display" ] || xwindow_fail "Xvfb did not start: $(cat "$workdir/xvfb.log")"
    DISPLAY=":$(head -n 1 "$workdir/display")"
    export DISPLAY

    "$desk" sandbox >"$workdir/url" 2>"$workdir/sandbox.log" &
    sandbox_pid=$!
    for _ in $(seq 100); do [ -s "$workdir/url" ] && break; sleep 0.1; done
    sandbox_url=$(head -n 1 "$workdir/url")
    [ -n "$sandbox_url" ] || xwindow_fail "the sandbox did not start: $(cat "$workdir/sandbox.log")"
    mkdir -p "$XDG_CONFIG_HOME/EnrolmentDesk"
    cat >"$XDG_CONFIG_HOME/EnrolmentDesk/enrolment-desk.conf" <<INI
[General]
activeProfile=QA
[profiles]
QA\\baseUrl=$sandbox_url
QA\\username=demo
QA\\returnUrl=https://bank.example/done
INI
    # No keychain runs here: the window falls back to the variable, as it tells staff it will.
    export ENROLMENT_DESK_PASSWORD=demo
}

xwindow_cleanup() {
    local pid
    for pid in "$window_pid" "$sandbox_pid" "$xvfb_pid"; do
        if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
    done
    wait 2>/dev/null || true
    rm -rf "$workdir"
}

xwindow_fail() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

# start_window COMMAND...: starts a window program and waits until its window is mapped and has
# had a moment to paint; sets window_pid and window_id.
start_window() {
    "$@" >"$workdir/window.log" 2>&1 &
    window_pid=$!
    window_id=$(timeout 30 xdotool search --sync --onlyvisible --pid "$window_pid" | head -n 1) ||
        xwindow_fail "no window from $*: $(cat "$workdir/window.log")"
    sleep 1
}

stop_window() {
    kill "$window_pid" 2>/dev/null || true
    wait "$window_pid" 2>/dev/null || true
    window_pid=""
}

# Gives the window the keyboard focus as a desktop would (Xvfb runs no window manager).
focus_window() {
    xdotool windowfocus --sync "$window_id"
    sleep 0.5
}

# create_session: types an applicant into the staff window and presses Return, as staff do, then
# waits until the screen shows a QR code that reads a link of the sandbox (any sandbox when
# sandbox_url is empty).
create_session() {
    focus_window
    xdotool type --delay 15 "Jane"
    xdotool key Tab
    xdotool type --delay 15 "Sample"
    xdotool key Tab Tab
    xdotool type --delay 15 "1990-04-23"
    xdotool key Tab
    xdotool type --delay 15 "CASE-17"
    xdotool key Return
    local link=""
    for _ in $(seq 40); do
        sleep 0.25
        xwd -root -silent >"$workdir/screen.xwd"
        link=$(zbarimg -q --raw "$workdir/screen.xwd" 2>/dev/null | tr -d '\n') && break
    done
    case "$link" in
    "$sandbox_url"*"/web-enrolment/?token="?*) ;;
    *) xwindow_fail "no QR code of the sandbox on screen ('$link'): $(cat "$workdir/window.log")" ;;
    esac
}

# proc_sample PID FILE: prints "TICKS THREADS HWM_KIB RSS_KIB" and writes one line per live thread,
# "TID SWITCHES NS", to FILE. TICKS is utime+stime of /proc/PID/stat (all threads, the exited ones
# too; clock ticks); SWITCHES the thread's voluntary context switches (wake-ups after sleeping);
# NS its run time by /proc/PID/task/TID/schedstat (nanoseconds).
proc_sample() {
    local pid=$1 stat thread
    stat=$(cat "/proc/$pid/stat")
    stat=${stat##*) } # fields from the third on: the command name may hold spaces
    read -r -a fields <<<"$stat"
    for thread in /proc/"$pid"/task/*; do
        echo "${thread##*/}" \
            "$(sed -n 's/^voluntary_ctxt_switches:\s*//p' "$thread/status" 2>/dev/null || echo 0)" \
            "$(cut -d ' ' -f 1 "$thread/schedstat" 2>/dev/null || echo 0)"
    done >"$2"
    echo "$((fields[11] + fields[12]))" "$(sed -n 's/^Threads:\s*//p' "/proc/$pid/status")" \
        "$(sed -n 's/^VmHWM:\s*\([0-9]*\).*/\1/p' "/proc/$pid/status")" \
        "$(sed -n 's/^VmRSS:\s*\([0-9]*\).*/\1/p' "/proc/$pid/status")"
}

# proc_delta PID BEFORE AFTER: from two thread files of proc_sample, prints "SWITCHES MAIN NS
# EXITED": the wake-ups of all threads in between, those of the main thread, the run time (ns) of
# the threads still alive, and how many threads exited meanwhile. An exited thread's own figures
# are gone with it: it counts as one wake-up (the one that ended it).
proc_delta() {
    awk -v main="$1" 'NR == FNR { switches[$1] = $2; ns[$1] = $3; next }
        { alive[$1] = 1; s += $2 - switches[$1]; n += $3 - ns[$1] }
        $1 == main { m = $2 - switches[$1] }
        END { for (t in switches) if (!(t in alive)) { s++; exited++ }
              printf "%d %d %d %d\n", s, m, n, exited }' "$2" "$3"
}
