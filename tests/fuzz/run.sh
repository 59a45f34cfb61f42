#!/bin/sh
# Builds the libFuzzer harnesses (build/fuzz, clang) if needed and runs each for SECONDS
# (default 60) on a copy of its seed corpus; exits non-zero when any harness finds something.
set -eu

seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/fuzz"
names="calendar policy ticket batch csv url ics"

if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DHOURGLASS_FUZZ=ON \
        -DHOURGLASS_BUILD_TESTS=OFF -DHOURGLASS_BUILD_BENCHMARKS=OFF \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target fuzzers --parallel 2

status=0
for name in $names; do
    corpus="$build/corpus/$name"
    artifacts="$build/crashes/$name"
    mkdir -p "$corpus" "$artifacts"
    # New inputs go to the copy; the repository's seeds stay as they are.
    for seed in "$root/tests/fuzz/corpus/$name/"*; do
        [ -e "$corpus/$(basename "$seed")" ] || cp "$seed" "$corpus/"
    done
    log="$build/fuzz_$name.log"
    set +e
    "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=65536 \
        -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1
    rc=$?
    set -e
    runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
    if [ "$rc" -eq 0 ]; then
        echo "fuzz_$name: ${runs:-?} executions, nothing found"
    else
        status=1
        echo "fuzz_$name: FINDING (exit $rc), log $log"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -n 5 || true
        sed -n 's/.*Test unit written to \(.*\)/  input: \1/p' "$log"
    fi
done
exit "$status"
