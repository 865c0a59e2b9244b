#!/usr/bin/env bash
# tests/fuzz/run.sh [seconds] [target...]: builds the libFuzzer targets (all of them, or those named, e.g.
# fuzz_lang_eval) with clang, ASan and UBSan in build-fuzz/ and runs each for `seconds` (default 60), starting
# from its seed corpus tests/fuzz/corpus/<target>/ (plus the source-tree files CMakeLists.txt names for it,
# gathered in build-fuzz/fuzz/seeds/<target>/). New inputs the fuzzer finds go to build-fuzz/fuzz/corpus/<target>/,
# crashes to build-fuzz/fuzz/artifacts/<target>/; the seed corpora in the source tree are never written to; what
# the targets print on stdout is dropped (4D programs under fuzz ALERT a lot). Each target runs as one fuzzing
# process per core (FUZZ_JOBS, default nproc) on the same corpus directory: libFuzzer reloads it every second (the
# evaluator target every 10), so what one process finds the others build on; the executions reported are the
# sum. Options a target needs are its own (the evaluator's LLVMFuzzerInitialize adds them). Exits nonzero when
# any process finds a crash.
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

jobs=${FUZZ_JOBS:-$(nproc)}
# A 16 MiB quarantine instead of 256: a freed block is still caught when used again within the same input (or
# the next few), and an input no longer lands every allocation on fresh pages, which cost the evaluator target
# more than its programs' own run time. No allocation and free stacks: recording one at every allocation took a
# fifth of the evaluator target's time. A report still shows where the bad access happened; for where the memory
# was allocated and freed, run the saved input again with ASAN_OPTIONS=malloc_context_size=30.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:quarantine_size_mb=16:malloc_context_size=0
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
  echo "=== $target: ${seconds}s, $jobs processes"
  pids=()
  logs=()
  for ((job = 0; job < jobs; job++)); do
    logs+=("$build/fuzz/$target.$job.log")
    "$build/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 -close_fd_mask=1 \
      -artifact_prefix="$artifacts/" "$work" "${seeds[@]}" >"${logs[$job]}" 2>&1 &
    pids+=($!)
  done
  failed=()
  for job in "${!pids[@]}"; do wait "${pids[$job]}" || failed+=("$job"); done
  executed=$(grep -ah '^stat::number_of_executed_units' "${logs[@]}" | awk '{sum += $2} END {print sum + 0}')
  echo "executed $executed inputs in ${seconds}s: $((executed / seconds)) a second"
  grep -ah -e '^stat::peak_rss_mb' -e '^lang_eval_fuzz: ' "${logs[@]}" || true
  for job in "${failed[@]}"; do
    status=1
    echo "$target process $job FAILED (log: ${logs[$job]})"
    tail -n 40 "${logs[$job]}"
  done
done
exit $status
