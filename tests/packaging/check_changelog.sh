#!/usr/bin/env bash
# Checks that packaging/changelog parses as a Debian changelog whose latest entry is VERSION.
# Usage: check_changelog.sh DPKG_PARSECHANGELOG CHANGELOG VERSION
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 DPKG_PARSECHANGELOG CHANGELOG VERSION" >&2
  exit 2
fi
latest="$("$1" -l "$2" -S Version)"
if [ "$latest" != "$3" ]; then
  echo "FAIL: the latest entry of $2 is $latest; the package is $3: add an entry" >&2
  exit 1
fi
echo "changelog: $latest"
