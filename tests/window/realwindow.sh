#!/usr/bin/env bash
# The real window under Xvfb, driven only by keyboard events: a sandbox runs on loopback, the
# staff window is started with a profile for it, xdotool types the applicant and presses Enter,
# the screen is grabbed, and zbarimg must read a link that the sandbox accepts as its own.
#
#   realwindow.sh DESK_BINARY
set -euo pipefail
desk=$1
work=$(mktemp -d)
cleanup() {
    [ -n "${gui_pid:-}" ] && kill "$gui_pid" 2>/dev/null || true
    [ -n "${sandbox_pid:-}" ] && kill "$sandbox_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/runtime" && mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM DBUS_SESSION_BUS_ADDRESS

"$desk" sandbox >"$work/url" 2>"$work/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 600); do [ -s "$work/url" ] && break; sleep 0.1; done
url=$(head -n 1 "$work/url")
[ -n "$url" ] || fail "the sandbox did not start: $(cat "$work/sandbox.log")"

mkdir -p "$XDG_CONFIG_HOME/EnrolmentDesk"
cat >"$XDG_CONFIG_HOME/EnrolmentDesk/enrolment-desk.conf" <<INI
[General]
activeProfile=QA
[profiles]
QA\\baseUrl=$url
QA\\username=demo
QA\\returnUrl=https://bank.example/done
INI
# No keychain runs here: the window falls back to the variable, as it tells staff it will.
export ENROLMENT_DESK_PASSWORD=demo

cat >"$work/drive.sh" <<'DRIVE'
#!/usr/bin/env bash
set -euo pipefail
trap 'echo "realwindow: the drive script stopped at line $LINENO" >&2' ERR
"$DESK" >"$WORK/gui.log" 2>&1 &
echo $! >"$WORK/gui.pid"
window=$(xdotool search --sync --onlyvisible --name "Enrolment Desk" | head -n 1)
# What docks and task bars read: the class the launcher's StartupWMClass names, and the icon.
xprop -id "$window" -notype WM_CLASS >"$WORK/wm_class"
# Whole, into a file: cut short by a pipe, xprop could die of SIGPIPE and end the script.
xprop -id "$window" _NET_WM_ICON >"$WORK/wm_icon"
# Xvfb runs no window manager: the window must take the keyboard focus by itself, or its
# shortcuts do nothing until it is clicked.
focused=""
for _ in $(seq 240); do
    focused=$(xdotool getwindowfocus 2>/dev/null) || true
    [ "$focused" = "$window" ] && break
    sleep 0.25
done
if [ "$focused" != "$window" ]; then
    echo "the staff window did not take the keyboard focus by itself (focus: $focused)" >&2
    exit 1
fi
sleep 0.5
xdotool type --delay 15 "Jane"
xdotool key Tab
xdotool type --delay 15 "Sample"
xdotool key Tab Tab
xdotool type --delay 15 "1990-04-23"
xdotool key Tab
xdotool type --delay 15 "CASE-17"
xdotool key Return
# Up to a minute: a busy machine is slow, a quick one stops at the first readable code.
for _ in $(seq 240); do
    sleep 0.25
    xwd -root -silent >"$WORK/screen.xwd"
    if zbarimg -q --raw "$WORK/screen.xwd" >"$WORK/decoded.txt" 2>/dev/null; then
        exit 0
    fi
done
exit 1
DRIVE
chmod +x "$work/drive.sh"

DESK="$(dirname "$desk")/enrolment-desk" WORK="$work" \
    "$(dirname "$0")/../support/with-xvfb" "-screen 0 1280x800x24" "$work/drive.sh" || {
    cat "$work/gui.log" >&2 || true
    fail "no QR code could be read from the screen"
}

launcher="$(dirname "$0")/../../packaging/org.enrolmentdesk.EnrolmentDesk.desktop"
wm_class=$(sed -n 's/^StartupWMClass=//p' "$launcher")
[ -n "$wm_class" ] || fail "the launcher names no StartupWMClass"
grep -q "\"$wm_class\"\$" "$work/wm_class" ||
    fail "the window's class is not the launcher's StartupWMClass $wm_class: $(cat "$work/wm_class")"
grep -q "Icon ([0-9]* x [0-9]*)" "$work/wm_icon" ||
    fail "the window has no icon: $(head -n 3 "$work/wm_icon")"
echo "PASS: the window's class is $wm_class, as the launcher says, and it has an icon"

link=$(tr -d '\n' <"$work/decoded.txt")
case "$link" in
"$url/web-enrolment/?token="?*) ;;
*) fail "the code reads '$link', not a link of the sandbox at $url" ;;
esac
# The sandbox serves its page only for a token it issued: the code carries the whole link.
curl -sf -o /dev/null "$link" || fail "the sandbox does not know the link read from the screen"
echo "PASS: the QR code on the screen reads the enrolment link"
echo "2 passed, 0 failed"
