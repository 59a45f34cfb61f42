#!/usr/bin/env bash
# Builds the .deb from the current build tree with cpack and checks what a user would install.
# Usage: check_deb.sh CPACK CPackConfig.cmake APP_ID VERSION LINTIAN
set -euo pipefail

if [ $# -ne 5 ]; then
  echo "usage: $0 CPACK CPackConfig.cmake APP_ID VERSION LINTIAN" >&2
  exit 2
fi
cpack="$1"
config="$2"
app_id="$3"
version="$4"
lintian="$5"

# A private directory keeps parallel or repeated runs from packing into each other's output.
work="$(mktemp -d "${TMPDIR:-/tmp}/hourglass-deb.XXXXXX")"
trap 'rm -rf "$work"' EXIT

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

if ! "$cpack" -G DEB --config "$config" -B "$work" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  echo "FAIL: cpack -G DEB failed" >&2
  exit 1
fi

shopt -s nullglob
debs=("$work"/*.deb)
if [ ${#debs[@]} -ne 1 ]; then
  cat "$work/cpack.log" >&2
  echo "FAIL: expected one .deb in $work, found ${#debs[@]}" >&2
  exit 1
fi
deb="${debs[0]}"
echo "built $(basename "$deb")"

# dpkg-deb -c prints paths as ./usr/bin/...; compare on the last column only.
contents="$(dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's|^\./||')"
for path in \
  usr/bin/hourglass \
  usr/bin/hourglass-cli \
  "usr/share/applications/$app_id.desktop" \
  "usr/share/metainfo/$app_id.metainfo.xml" \
  "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
  usr/share/doc/hourglass/copyright \
  usr/share/doc/hourglass/changelog.Debian.gz \
  usr/share/man/man1/hourglass.1.gz \
  usr/share/man/man1/hourglass-cli.1.gz \
  usr/share/lintian/overrides/hourglass; do
  if grep -qxF "$path" <<<"$contents"; then
    echo "contains $path"
  else
    fail "the package lacks $path"
  fi
done

field() { dpkg-deb -f "$deb" "$1"; }

[ "$(field Package)" = hourglass ] || fail "Package is '$(field Package)', expected hourglass"
case "$(field Version)" in
  "$version" | "$version"-*) echo "Version: $(field Version)" ;;
  *) fail "Version is '$(field Version)', expected $version" ;;
esac

depends="$(field Depends)"
echo "Depends: $depends"
if [ -z "$depends" ]; then
  fail "Depends is empty"
fi
# libc and Qt Widgets only appear if dpkg-shlibdeps really read the binaries; the hand-written
# list names neither, so their absence means the computed dependencies were lost.
for lib in libc6 libqt6widgets6; do
  grep -qE "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends lacks $lib: was dpkg-shlibdeps run?"
done

# Validating the unpacked tree, as a software centre's indexer does, also checks that the
# metainfo's launchable names a desktop file the package really ships.
mkdir "$work/root"
dpkg-deb -x "$deb" "$work/root"
if ! appstreamcli validate-tree --no-net "$work/root"; then
  fail "appstreamcli validate-tree rejects the installed tree"
fi

# The changelog's latest entry is this very package, or apt changelog would tell another story.
changelog_version="$(gzip -dc "$work/root/usr/share/doc/hourglass/changelog.Debian.gz" \
  | sed -n '1s/^hourglass (\([^)]*\)).*/\1/p')"
if [ "$changelog_version" = "$(field Version)" ]; then
  echo "changelog.Debian: $changelog_version"
else
  fail "changelog.Debian's latest entry is '$changelog_version', the package is $(field Version)"
fi

# Errors fail the test; warnings and the rest are shown for whoever reads the log. The
# package's own overrides (with their reasons) are honoured, as they would be for a user.
if "$lintian" --fail-on error --tag-display-limit 0 --display-level '>=pedantic' "$deb" \
  >"$work/lintian.log" 2>&1; then
  echo "lintian reports no error"
else
  fail "lintian reports errors"
fi
grep -v 'running with root privileges' "$work/lintian.log" || true

# A simulated install resolves every Depends entry, so a misspelt hand-written one fails here
# rather than on a user's machine; it changes nothing and needs no root.
if command -v apt-get >/dev/null 2>&1; then
  if ! apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1; then
    cat "$work/apt.log" >&2
    fail "apt-get cannot install the package"
  else
    echo "apt-get would install it"
  fi
else
  echo "no apt-get here: skipping the simulated install"
fi

if [ "$failures" -ne 0 ]; then
  echo "contents of $(basename "$deb"):" >&2
  dpkg-deb -c "$deb" >&2
  exit 1
fi
echo "OK: $(basename "$deb") is complete"
