#!/usr/bin/env bash
# tests/fuzz/run.sh [seconds] [target...]: builds the libFuzzer targets (all of them, or those named, e.g.
# fuzz_lang_eval) with clang, ASan and UBSan in build-fuzz/ and runs each for `seconds` (default 60), starting
# from its seed corpus tests/fuzz/corpus/<target>/ (plus the source-tree files CMakeLists.txt names for it,
# gathered in build-fuzz/fuzz/seeds/<target>/). New inputs the fuzzer finds go to build-fuzz/fuzz/corpus/<target>/,
# crashes to build-fuzz/fuzz/artifacts/<target>/; the seed corpora in the source tree are never written to; what
# the targets print on stdout is dropped (4D programs under fuzz ALERT a lot). Exits nonzero when any target
# finds a crash.
set -euo pipefail
seconds=${1:-60}
shift || true
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build-fuzz

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DFOURD_FUZZ=ON >/dev/null
if [ $# -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets <"$build/fuzz/targets.txt"
fi
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
for target in "${targets[@]}"; do
  [ -n "$target" ] || continue
  work=$build/fuzz/corpus/$target
  artifacts=$build/fuzz/artifacts/$target
  mkdir -p "$work" "$artifacts"
  seeds=()
  for dir in "$root/tests/fuzz/corpus/$target" "$build/fuzz/seeds/$target"; do
    [ -d "$dir" ] && seeds+=("$dir")
  done
  echo "=== $target: ${seconds}s"
  log=$build/fuzz/$target.log
  if "$build/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 -close_fd_mask=1 \
      -artifact_prefix="$artifacts/" \
      "$work" "${seeds[@]}" >"$log" 2>&1; then
    grep -aE '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || true
  else
    status=1
    echo "$target FAILED (log: $log)"
    tail -n 40 "$log"
  fi
done
exit $status
