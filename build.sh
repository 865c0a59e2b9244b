#!/usr/bin/env bash
# ./build.sh build | test [asan|tsan] | run | bench [--quick] | fuzz [SECONDS [TARGET...]] | soak [ARGS]
# Installs what is missing (Debian/Ubuntu, apt-get), configures with CMake and does the verb.
set -euo pipefail
cd "$(dirname "$0")"
verb=${1:-build}
shift || true
# Only `test` takes a variant (asan or tsan); the other verbs pass their remaining arguments on.
variant=""
if [ "$verb" = test ]; then variant=${1:-}; fi

need_packages() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "build.sh: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

base_packages=(cmake g++ make ninja-build pkg-config libpoco-dev libssl-dev zlib1g-dev doctest-dev libmimalloc-dev)
# Real clients the integration tests talk to the server with, the openssl command that makes their certificates,
# and the browser for the chat page test.
test_packages=(python3 python3-websockets python3-openssl openssl nodejs node-ws chromium)
# The browser test installs playwright-core from the npm registry; npm comes with NodeSource's nodejs, and
# only Debian's own nodejs needs the separate npm package.
need_npm() { command -v npm >/dev/null 2>&1 || need_packages npm; }

configure() {
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja "$@" >/dev/null
}

build_tree() {
  local dir=build
  local extra=()
  case "$variant" in
    asan) dir=build-asan; extra=(-DFOURD_SANITIZE=address,undefined -DCMAKE_BUILD_TYPE=Debug) ;;
    tsan) dir=build-tsan; extra=(-DFOURD_SANITIZE=thread -DCMAKE_BUILD_TYPE=RelWithDebInfo) ;;
    "") ;;
    *) echo "build.sh: unknown variant '$variant' (asan or tsan)" >&2; exit 2 ;;
  esac
  configure "$dir" "${extra[@]}"
  cmake --build "$dir" -j"$(nproc)"
  BUILD_DIR=$dir
}

case "$verb" in
  build)
    need_packages "${base_packages[@]}"
    build_tree
    ;;
  test)
    need_packages "${base_packages[@]}" "${test_packages[@]}"
    need_npm
    build_tree
    # Sanitizer reports go to files, one per reporting process, so that none is lost when a harness stops the
    # host with a signal and ignores its exit status or stderr (leaks are found at exit); any report fails.
    logs=$PWD/$BUILD_DIR/sanitizer-logs
    rm -rf "$logs"
    mkdir -p "$logs"
    case "$variant" in
      asan) export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:log_path=$logs/asan \
                   LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0 \
                   UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:log_path=$logs/ubsan ;;
      tsan) export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:log_path=$logs/tsan:suppressions=$PWD/tests/tsan.supp ;;
    esac
    status=0
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 600 || status=$?
    if [ -n "$variant" ] && [ -n "$(ls -A "$logs")" ]; then
      echo "build.sh: $variant reports (also in $logs):" >&2
      cat "$logs"/* >&2
      status=1
    fi
    exit $status
    ;;
  run)
    need_packages "${base_packages[@]}"
    build_tree
    echo "Chat: open http://localhost:8080/ in a browser (Ctrl+C stops the server)"
    exec "$BUILD_DIR/bin/headless-host" examples/chat
    ;;
  bench)
    need_packages "${base_packages[@]}" python3 python3-websockets nodejs node-ws lua5.4 openssl
    build_tree
    exec bench/run.sh "$BUILD_DIR" "$@"
    ;;
  fuzz)
    need_packages "${base_packages[@]}" clang libclang-rt-14-dev
    exec tests/fuzz/run.sh "$@"
    ;;
  soak)
    need_packages "${base_packages[@]}" python3 python3-websockets
    build_tree
    exec /usr/bin/python3 tests/soak/soak.py --host "$BUILD_DIR/bin/headless-host" "$@"
    ;;
  *)
    echo "usage: ./build.sh build | test [asan|tsan] | run | bench | fuzz | soak" >&2
    exit 2
    ;;
esac
