#!/usr/bin/env bash
# Hourglass against Perl Business::Hours (Request Tracker's SLA arithmetic) on the same add
# queries: the speed of each and whether every deadline agrees.
# Usage: compare_business_hours.sh [--quick] BUILD_DIR [N]
#   BUILD_DIR  a build tree with app/hourglass-cli and tests/benchmarks/bench_businesscalendar;
#              a release one for meaningful figures (cmake --preset release &&
#              cmake --build build/release, then pass build/release)
#   N          random queries (default 300), plus the fixed edge cases below
#   --quick    agreement only: no timings, no Google Benchmark, no 100x run (the ctest)
# Exits 1 when a deadline disagrees other than by the one convention normalised below; the
# speed figures are reported, never enforced, as they depend on the machine.
set -euo pipefail

usage() {
  echo "usage: $0 [--quick] BUILD_DIR [N]" >&2
  exit 2
}

quick=false
if [ "${1:-}" = "--quick" ]; then
  quick=true
  shift
fi
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  usage
fi
build="$1"
count="${2:-300}"
[[ "$count" =~ ^[1-9][0-9]*$ ]] || usage

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
calendar="$here/../../resources/calendars/netmon-support-hours.json"
driver="$here/business_hours_add.pl"
cli="$build/app/hourglass-cli"
bench="$build/tests/benchmarks/bench_businesscalendar"
perl="${PERL:-perl}"
for file in "$cli" "$calendar" "$driver"; do
  [ -e "$file" ] || { echo "$0: $file not found (is $build a built tree?)" >&2; exit 2; }
done
if ! $quick && [ ! -x "$bench" ]; then
  echo "$0: $bench not found (configure with HOURGLASS_BUILD_BENCHMARKS=ON)" >&2
  exit 2
fi

# Everything below is in UTC unless a calendar-local time is asked for explicitly; C numbers.
export TZ=UTC LC_ALL=C
zone="$("$perl" -MJSON::PP -0777 -e 'print decode_json(<>)->{zone}' "$calendar")"

work="$(mktemp -d "${TMPDIR:-/tmp}/hourglass-bh.XXXXXX")"
trap 'rm -rf "$work"' EXIT

hourglass_add() { # QUERIES > DEADLINES
  "$cli" calendar add --calendar "$calendar" --batch "$1"
}

# Wall-clock seconds of a whole hourglass-cli process over QUERIES (start-up, reading the
# calendar and the queries, printing included): the best of three, the least disturbed.
time_hourglass_add() { # QUERIES
  local best="" start end elapsed
  for _ in 1 2 3; do
    start="$EPOCHREALTIME"
    hourglass_add "$1" >/dev/null
    end="$EPOCHREALTIME"
    elapsed="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }')"
    if [ -z "$best" ] || awk -v a="$elapsed" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best="$elapsed"
    fi
  done
  echo "$best"
}

# The driver's summary line goes to SUMMARY; if it fails, its message goes to stderr.
business_hours() { # SUMMARY DRIVER-ARGUMENTS... > DRIVER-OUTPUT
  local summary="$1"
  shift
  if ! "$perl" "$driver" "$@" 2>"$summary"; then
    cat "$summary" >&2
    exit 1
  fi
}

local_time() { # ISO_INSTANT
  TZ="$zone" date -d "$1" '+%a %Y-%m-%d %H:%M:%S %Z'
}

# --- Queries -----------------------------------------------------------------------------------
# The distribution of bench_businesscalendar's own set: starts uniform over 2026 (nights,
# weekends and holidays included), durations uniform from 1 s to 20 business days of 18 h.
# MINSTD rather than $RANDOM: the same queries from every bash on every machine.
seed=20260101
next_random() { seed=$((seed * 48271 % 2147483647)); }
year_start="$(date -d 2026-01-01T00:00:00Z +%s)"
year_seconds=$((365 * 86400))
max_seconds=$((20 * 18 * 3600))
# Enough candidates for N answerable ones: a few percent reach past Business::Hours' window.
for ((i = 0; i < 2 * count + 20; i++)); do
  next_random
  from=$((year_start + seed % year_seconds))
  next_random
  printf '%(%Y-%m-%dT%H:%M:%SZ)T %d\n' "$from" $((1 + seed % max_seconds))
done >"$work/candidates.txt"

# Hand-picked cases where implementations typically part ways, each with its local time in
# America/New_York (EST = UTC-5 until 2026-03-08 02:00 and from 2026-11-01 02:00, else EDT).
sed -e 's/ *#.*//' -e '/^$/d' >"$work/edge-candidates.txt" <<'EOF'
2026-03-09T08:00:00Z 64800    # Mon 04:00 EDT + 18 h: Monday's close, 22:00
2026-03-13T18:00:00Z 28800    # Fri 14:00 EDT + 8 h: Friday's close
2026-01-05T09:00:00Z 1296000  # Mon 04:00 EST + 20 business days: a Friday's close
2026-03-10T01:59:59Z 1        # Mon 21:59:59 EDT + 1 s: the last second of a day
2026-03-10T02:00:00Z 1        # from Mon 22:00 EDT exactly, a close
2026-03-10T08:00:00Z 1        # from Tue 04:00 EDT exactly, an opening
2026-02-11T23:00:00Z 7200     # Wed 18:00 EST + 2 h: a span Hourglass compiles in two chunks
2026-03-07T02:30:00Z 5400     # Fri 21:30 EST + 1.5 h, over the spring-forward weekend
2026-03-08T06:59:59Z 3600     # Sun 01:59:59 EST, just before the skipped hour
2026-03-08T07:30:00Z 3600     # Sun 03:30 EDT, just after it
2026-03-06T09:00:00Z 100000   # Fri 04:00 EST + 100000 s: into Monday, EDT
2026-10-31T01:30:00Z 5400     # Fri 21:30 EDT + 1.5 h, over the fall-back weekend
2026-11-01T05:30:00Z 1        # Sun 01:30 EDT, the first 01:30
2026-11-01T06:30:00Z 1        # Sun 01:30 EST, the second
2026-11-01T06:00:00Z 64800    # Sun 01:00 EST (the repeated hour) + 18 h: Monday's close
2026-07-02T20:00:00Z 28800    # Thu 16:00 EDT + 8 h, over Independence Day (observed)
2026-07-03T12:00:00Z 60       # from that holiday
2026-05-22T12:00:00Z 64800    # Fri 08:00 EDT + 18 h, over Memorial Day
2026-09-04T20:00:00Z 28800    # Fri 16:00 EDT + 8 h, over Labor Day
2026-11-26T15:00:00Z 3600     # from Thanksgiving, 10:00 EST
2026-12-24T21:00:00Z 86400    # Thu 16:00 EST + 24 h, over Christmas: Monday's close
2026-12-31T21:00:00Z 21600    # Thu 16:00 EST + 6 h: New Year's Eve's close
2026-12-31T21:00:00Z 21601    # one second more: over New Year's Day, into 2027
2026-01-01T10:00:00Z 3600     # from New Year's Day, 05:00 EST
EOF

# Only queries Business::Hours can answer: add_seconds gives up (-1) when the deadline is
# further than its 29-day search window, which 20 business days plus holidays can be.
business_hours "$work/answerable.txt" --answerable "$count" "$calendar" \
  "$work/candidates.txt" >"$work/queries.txt"
read -r _ kept dropped <"$work/answerable.txt"
# Every edge case must be answerable: the driver fails otherwise.
edges="$(wc -l <"$work/edge-candidates.txt")"
business_hours "$work/edge-answerable.txt" --answerable "$edges" "$calendar" \
  "$work/edge-candidates.txt" >"$work/edges.txt"
cat "$work/queries.txt" "$work/edges.txt" >"$work/all.txt"
echo "Queries: $kept random + $edges edge cases. $dropped random candidates were dropped on the"
echo "  way: their deadlines lie past the 29 days Business::Hours searches, where it returns -1."

# --- Answers -----------------------------------------------------------------------------------
business_hours "$work/perl-time.txt" "$calendar" "$work/queries.txt" >"$work/perl.txt"
business_hours "$work/perl-edge-time.txt" "$calendar" "$work/edges.txt" >>"$work/perl.txt"
read -r _ _ perl_seconds <"$work/perl-time.txt"
hourglass_add "$work/all.txt" >"$work/hourglass.txt"
# The same queries one second longer: Hourglass's answer minus one second is then the start of
# the (d+1)-th business second, which is what Business::Hours returns (see below).
while read -r from seconds; do
  echo "$from $((seconds + 1))"
done <"$work/all.txt" >"$work/all-plus-one.txt"
hourglass_add "$work/all-plus-one.txt" >"$work/hourglass-plus-one.txt"
asked="$(wc -l <"$work/all.txt")"
for answers in perl hourglass hourglass-plus-one; do
  answered="$(wc -l <"$work/$answers.txt")"
  if [ "$answered" -ne "$asked" ]; then
    echo "$0: $answers.txt has $answered answers to $asked queries" >&2
    exit 1
  fi
done

# --- Agreement ---------------------------------------------------------------------------------
# Hourglass returns the earliest T with exactly d business seconds in [start, T).
# Business::Hours returns element d (from 0) of the set of business seconds from start: the
# start of the (d+1)-th business second. The two are the same instant except when the d-th
# second is the last of a working interval: then Hourglass says the interval's end (22:00),
# where d seconds are done, and Business::Hours the next opening (04:00 the next business day).
# That one difference is normalised, and only when Business::Hours' answer is exactly
# Hourglass's answer for d + 1 seconds minus one second; everything else must be identical.
agree=0
convention=0
disagree=0
: >"$work/convention.txt"
: >"$work/disagree.txt"
paste -d ' ' "$work/all.txt" "$work/perl.txt" "$work/hourglass.txt" \
  <(date -f "$work/perl.txt" +%s) <(date -f "$work/hourglass-plus-one.txt" +%s) \
  >"$work/joined.txt"
while read -r from seconds perl_due hourglass_due perl_epoch plus_one_epoch; do
  if [ "$perl_due" = "$hourglass_due" ]; then
    agree=$((agree + 1))
    continue
  fi
  if [ $((perl_epoch + 1)) -eq "$plus_one_epoch" ]; then
    convention=$((convention + 1))
    list="$work/convention.txt"
  else
    disagree=$((disagree + 1))
    list="$work/disagree.txt"
  fi
  if [ "$(wc -l <"$list")" -lt 30 ]; then
    {
      echo "  from $(local_time "$from") + ${seconds} s"
      echo "    Business::Hours $(local_time "$perl_due")"
      echo "    Hourglass       $(local_time "$hourglass_due")"
    } >>"$list"
  fi
done <"$work/joined.txt"

# --- Speed -------------------------------------------------------------------------------------
if ! $quick; then
  build_type="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt" 2>/dev/null)"
  [ "$build_type" = "Release" ] \
    || echo "warning: $build is a ${build_type:-unknown} build; the figures want Release" >&2

  cli_seconds="$(time_hourglass_add "$work/queries.txt")"
  # 100 times the queries: start-up (Qt, the zone database, the calendar file) amortised.
  for ((i = 0; i < 100; i++)); do cat "$work/queries.txt"; done >"$work/queries-100x.txt"
  cli100_seconds="$(time_hourglass_add "$work/queries-100x.txt")"

  "$bench" --queries="$work/queries.txt" \
    --benchmark_filter='^BM_(CalendarAdd|UpperBoundFloor|CompileTenYears)$' \
    --benchmark_format=json >"$work/bench.json"
  # shellcheck disable=SC2016 # Perl's variables, not the shell's
  read -r core_rate floor_rate compile_ms bytes_per_year spans < <(
    "$perl" -MJSON::PP -0777 -ne '
      my %b = map { $_->{name} => $_ } @{decode_json($_)->{benchmarks}};
      print join(" ", $b{BM_CalendarAdd}{items_per_second},
                 $b{BM_UpperBoundFloor}{items_per_second}, $b{BM_CompileTenYears}{real_time},
                 $b{BM_CompileTenYears}{bytes_per_year}, $b{BM_CalendarAdd}{spans}), "\n"' \
      "$work/bench.json")

  awk -v n="$kept" -v perl_s="$perl_seconds" -v cli_s="$cli_seconds" -v cli100_s="$cli100_seconds" \
    -v core_rate="$core_rate" -v floor_rate="$floor_rate" -v compile_ms="$compile_ms" \
    -v bytes="$bytes_per_year" -v spans="$spans" '
    function cost(s) {
      if (s >= 1e-3) return sprintf("%.2f ms", s * 1e3)
      if (s >= 1e-6) return sprintf("%.2f us", s * 1e6)
      return sprintf("%.1f ns", s * 1e9)
    }
    function row(what, s, ratio) {
      printf "  %-44s %12s %14.0f %12s\n", what, cost(s), 1 / s, ratio
    }
    function verdict(ok) { return ok ? "meets" : "MISSES" }
    BEGIN {
      perl = perl_s / n; cli = cli_s / n; cli100 = cli100_s / (100 * n)
      core = 1 / core_rate; floor = 1 / floor_rate
      printf "\n  %-44s %12s %14s %12s\n", "", "per add", "adds/s", "vs Perl"
      row("Perl Business::Hours add_seconds", perl, "1x")
      row(sprintf("hourglass-cli calendar add --batch, %d", n), cli, sprintf("%.0fx", perl / cli))
      row(sprintf("hourglass-cli calendar add --batch, %d", 100 * n), cli100,
          sprintf("%.0fx", perl / cli100))
      row("BusinessCalendar::add (core)", core, sprintf("%.0fx", perl / core))
      row(sprintf("std::upper_bound floor, %d values", spans), floor,
          sprintf("%.0fx", perl / floor))
      printf "  (core and floor: the same %d queries, shuffled copies of them", n
      printf " making 4096 lookups a pass)\n\n"
      printf "  core add / Perl        %9.0fx   target >= 10000x: %s\n", perl / core,
             verdict(perl / core >= 10000)
      printf "  CLI / Perl, %6d adds %9.0fx   target >= 1000x: %s (process start-up included)\n",
             n, perl / cli, verdict(perl / cli >= 1000)
      printf "  CLI / Perl, %6d adds %9.0fx   target >= 1000x: %s (start-up amortised)\n",
             100 * n, perl / cli100, verdict(perl / cli100 >= 1000)
      printf "  core add / floor       %9.2fx   target <= 3x: %s\n", core / floor,
             verdict(core / floor <= 3)
      printf "  compile 10 years       %9.2f ms  target < 20 ms: %s\n", compile_ms,
             verdict(compile_ms < 20)
      printf "  compiled bytes / year  %9.0f B   target < 100 KB: %s\n", bytes,
             verdict(bytes < 100 * 1024)
    }'
fi

# --- Report ------------------------------------------------------------------------------------
listed() { # LIST: how many cases it shows
  echo $(($(wc -l <"$1") / 3))
}
echo
echo "Deadlines compared: $((agree + convention + disagree))"
echo "  AGREE                                 $agree"
echo "  AGREE once normalised (interval end)  $convention"
echo "  DISAGREE                              $disagree"
if [ "$convention" -gt 0 ]; then
  echo "Interval end: Hourglass names the close that completes the time, Business::Hours the next"
  echo "opening (the first $(listed "$work/convention.txt")):"
  cat "$work/convention.txt"
fi
if [ "$disagree" -gt 0 ]; then
  echo "DISAGREEMENTS (the first $(listed "$work/disagree.txt")):"
  cat "$work/disagree.txt"
  exit 1
fi
