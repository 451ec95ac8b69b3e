#!/usr/bin/env bash
# CI, after the normal suite: the whole test suite under AddressSanitizer +
# UndefinedBehaviorSanitizer, then a short libFuzzer run of every fuzz target.
# One clang build directory (build-asan) serves both. Fails on any test
# failure, sanitizer report or fuzz crash, and prints where the crasher is.
#
#   .ci/sanitize-and-fuzz.sh                 # defaults below
#   FUZZ_SECONDS=600 .ci/sanitize-and-fuzz.sh  # longer fuzzing, same checks
#
# Environment: BUILD_DIR (default build-asan), FUZZ_SECONDS per target (30),
# JOBS (2), SKIP_TESTS=1 to fuzz only, ARTIFACT_DIR where crashers are kept
# (default BUILD_DIR/fuzz-artifacts).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build-asan}
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
JOBS=${JOBS:-2}
ARTIFACT_DIR=${ARTIFACT_DIR:-$BUILD_DIR/fuzz-artifacts}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}

# The same options the CTest environment sets (tests/CMakeLists.txt), exported
# too so every process (benchmarks, the fuzzers) runs with them.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

stage_start=0
stage() { stage_start=$SECONDS; echo "== sanitize-and-fuzz: $1"; }
stage_done() { echo "== sanitize-and-fuzz: $1 took $((SECONDS - stage_start)) s"; }

# -O1 with line tables only: readable stacks, a much cheaper build than -g.
stage "configure $BUILD_DIR (clang, ASan + UBSan + libFuzzer)"
CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" \
    -DLEVERBOARD_SANITIZE=ON -DLEVERBOARD_FUZZ=ON "${launcher[@]}" >/dev/null
stage_done configure

stage "build everything"
cmake --build "$BUILD_DIR" --parallel "$JOBS"
stage_done build

if [[ "${SKIP_TESTS:-0}" != 1 ]]; then
    stage "test suite under ASan + UBSan (benchmarks too: about 25 s of it)"
    ctest --test-dir "$BUILD_DIR" --parallel "$JOBS" --output-on-failure
    stage_done "test suite"
fi

stage "fuzz each target for ${FUZZ_SECONDS} s"
mkdir -p "$ARTIFACT_DIR"
corpus_root=$(mktemp -d "${TMPDIR:-/tmp}/leverboard-fuzz-corpus.XXXXXX")
trap 'rm -rf "$corpus_root"' EXIT
fuzz_dir=$ROOT/tests/fuzz
declare -A seeds=(
    [workspace]="$fuzz_dir/regressions/workspace $ROOT/tests/core/data $ROOT/resources"
    [cli]="$fuzz_dir/regressions/cli $fuzz_dir/corpus/cli"
)
declare -A max_len=([workspace]=65536 [cli]=1024)
# stdout closed (the command line prints JSON and CSV); for cli stderr too (one
# error line per bad input); libFuzzer and the sanitizers keep their own copy.
declare -A close_fds=([workspace]=1 [cli]=3)
failed=()
for target in workspace cli; do
    corpus=$corpus_root/$target
    mkdir -p "$corpus"
    log=$BUILD_DIR/fuzz-$target.log
    rm -f "$ARTIFACT_DIR/$target-"*
    start=$SECONDS
    # New inputs go to the temporary corpus (first directory); the committed seeds are read only.
    # shellcheck disable=SC2086
    # TMPDIR: the targets' private directories go under corpus_root too (libFuzzer may
    # exit without running atexit handlers), so the trap removes them.
    if TMPDIR=$corpus_root "$BUILD_DIR/tests/fuzz/fuzz_$target" "$corpus" ${seeds[$target]} \
        -dict="$fuzz_dir/$target.dict" -max_len="${max_len[$target]}" \
        -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
        -close_fd_mask="${close_fds[$target]}" -print_final_stats=1 \
        -artifact_prefix="$ARTIFACT_DIR/$target-" >"$log" 2>&1; then
        echo "fuzz_$target: no crash in $((SECONDS - start)) s; $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') runs, corpus $(find "$corpus" -type f | wc -l) new inputs"
    else
        echo "fuzz_$target: FAILED after $((SECONDS - start)) s; last lines of $log:"
        tail -n 60 "$log"
        for crasher in "$ARTIFACT_DIR/$target-"*; do
            [[ -e "$crasher" ]] || continue
            echo "crasher: $crasher"
            echo "  reproduce: $BUILD_DIR/tests/fuzz/fuzz_$target $crasher"
            echo "  keep as a regression: cp $crasher $fuzz_dir/regressions/$target/"
        done
        failed+=("$target")
    fi
done
stage_done fuzzing

if ((${#failed[@]})); then
    echo "sanitize-and-fuzz: fuzzing found crashes in: ${failed[*]}" >&2
    exit 1
fi
echo "sanitize-and-fuzz: all clean"
