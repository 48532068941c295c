#!/bin/sh
# Install django-helpdesk (pinned, requirements.txt) in a virtual environment of its own and
# seed a new SQLite database with N tickets (default 100,000) through its ORM.
#
#   bench/peers/setup_helpdesk.sh [N]
#
# HELPDESK_VENV (default bench/peers/.venv) is where it goes; the database is
# HELPDESK_DATABASE (default $HELPDESK_VENV/helpdesk.sqlite3), made anew on each run.
# PYTHON picks the interpreter (default python3; django-helpdesk 2.6 needs 3.10 or later).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
VENV=${HELPDESK_VENV:-$HERE/.venv}
export HELPDESK_DATABASE=${HELPDESK_DATABASE:-$VENV/helpdesk.sqlite3}
[ -x "$VENV/bin/python" ] || "${PYTHON:-python3}" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$HERE/requirements.txt"
rm -f "$HELPDESK_DATABASE" "$HELPDESK_DATABASE-wal" "$HELPDESK_DATABASE-shm" "$HELPDESK_DATABASE.json"
cd "$HERE"
"$VENV/bin/python" seed_helpdesk.py --tickets "${1:-100000}"
