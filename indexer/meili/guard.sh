#!/bin/sh
# Runs the command given as arguments and ends it when our parent dies, however it dies.
# The parent holds our stdin open; EOF on it (parent exited, crashed or was SIGKILLed)
# means nobody will stop the engine cleanly, so we do it. SIGTERM/SIGINT are forwarded.
# When GUARD_PID_FILE is set, the engine's own pid is written there: the parent needs it to
# tell a frozen engine from a busy one and to kill the engine itself (SIGKILL to this shell
# would leave the engine running).
exec 3<&0
"$@" </dev/null &
pid=$!
if [ -n "$GUARD_PID_FILE" ]; then echo "$pid" > "$GUARD_PID_FILE"; fi
# The shell itself reads (no `cat` child), so killing the watcher leaves nothing behind.
( while read -r _; do :; done <&3; kill -TERM "$pid" 2>/dev/null ) &
watcher=$!
trap 'kill -TERM "$pid" 2>/dev/null' TERM INT HUP
wait "$pid"
status=$?
# wait returns early when a trapped signal arrives: wait again for the engine to finish.
while kill -0 "$pid" 2>/dev/null; do wait "$pid"; status=$?; done
kill "$watcher" 2>/dev/null
exit "$status"
