#!/bin/sh
# Runs the command given as arguments and ends it when our parent dies, however it dies.
# The parent holds our stdin open; EOF on it (parent exited, crashed or was SIGKILLed)
# means nobody will stop the engine cleanly, so we do it. SIGTERM/SIGINT are forwarded.
exec 3<&0
"$@" </dev/null &
pid=$!
( cat <&3 >/dev/null; kill -TERM "$pid" 2>/dev/null ) &
watcher=$!
trap 'kill -TERM "$pid" 2>/dev/null' TERM INT HUP
wait "$pid"
status=$?
# wait returns early when a trapped signal arrives: wait again for the engine to finish.
while kill -0 "$pid" 2>/dev/null; do wait "$pid"; status=$?; done
kill "$watcher" 2>/dev/null
exit "$status"
