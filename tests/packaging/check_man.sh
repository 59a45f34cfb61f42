#!/usr/bin/env bash
# Renders each man page as man(1) would and fails on any warning groff or man gives.
# Usage: check_man.sh MAN VERSION PAGE...
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: $0 MAN VERSION PAGE..." >&2
  exit 2
fi
man="$1"
version="$2"
shift 2

failures=0
for page in "$@"; do
  name="$(basename "$page")"
  before=$failures
  # No pager, no user preferences, a fixed width: the same rendering on every machine. The
  # rendering does not depend on the date, and man's sandbox refuses a preloaded clock shim
  # (the suite's runs with the clock moved), so none is passed on.
  if ! warnings="$(env -u LD_PRELOAD LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 MAN_KEEP_FORMATTING= \
    "$man" --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)"; then
    echo "FAIL: $name does not render" >&2
    failures=$((failures + 1))
  fi
  if [ -n "$warnings" ]; then
    echo "FAIL: $name renders with warnings:" >&2
    echo "$warnings" >&2
    failures=$((failures + 1))
  fi
  # The footer names the version the page describes; a release must not ship an older one.
  th="$(grep -m1 '^\.TH ' "$page" || true)"
  if ! grep -qF "\"Hourglass $version\"" <<<"$th"; then
    echo "FAIL: $name: '.TH' line '$th' does not name Hourglass $version" >&2
    failures=$((failures + 1))
  fi
  if [ "$failures" -eq "$before" ]; then
    echo "$name renders without warnings"
  fi
done
[ "$failures" -eq 0 ]
