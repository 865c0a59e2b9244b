#!/usr/bin/env bash
# ./build.sh bench calls this with the build directory; extra arguments go to run.py (e.g. --quick).
set -euo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 bench/run.py "$@"
