#!/usr/bin/env bash
# CI: build the .deb from an existing (already built) Release build directory, unpack it
# into a temporary root and check it there: files in place, validators clean, Depends
# computed, and the installed binary runs --version and a headless render.
#
#   .ci/package.sh BUILD_DIR
#
# Needs: dpkg-dev (dpkg-shlibdeps), desktop-file-utils, appstream, shared-mime-info.
set -euo pipefail

fail() { echo "package.sh: $*" >&2; exit 1; }

[[ $# -eq 1 ]] || { echo "usage: .ci/package.sh BUILD_DIR" >&2; exit 2; }
source_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$(cd "$1" 2>/dev/null && pwd)" || fail "build directory $1 does not exist"
[[ -f "$build_dir/CPackConfig.cmake" ]] || fail "$build_dir has no CPackConfig.cmake; configure and build it first"

for tool in cpack:cmake dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev desktop-file-validate:desktop-file-utils \
            appstreamcli:appstream update-mime-database:shared-mime-info; do
    command -v "${tool%%:*}" >/dev/null || fail "${tool%%:*} not found (Debian package ${tool#*:})"
done

# Re-runs CMake if a CMakeLists changed (CPackConfig.cmake is written at configure time) and
# brings the binary up to date; a no-op on a fresh Release build.
cmake --build "$build_dir" --target leverboard >/dev/null || fail "building leverboard in $build_dir failed"

app_id=io.github.leverboard.Leverboard
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")"
[[ -n "$version" ]] || fail "no CPACK_PACKAGE_VERSION in $build_dir/CPackConfig.cmake"
deb_name="leverboard_${version}_$(dpkg --print-architecture).deb"
deb="$build_dir/$deb_name"
rm -f "$deb"
(cd "$build_dir" && cpack -G DEB) || fail "cpack -G DEB failed"
[[ -f "$deb" ]] || fail "cpack did not write $deb_name"

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root/pkg"
pkg="$root/pkg"

# Files in place.
expect=(
    usr/bin/leverboard
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/mime/packages/$app_id.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/icons/hicolor/scalable/mimetypes/application-x-leverboard.svg
)
for size in 16 24 32 48 64 128 256 512; do
    expect+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
             "usr/share/icons/hicolor/${size}x${size}/mimetypes/application-x-leverboard.png")
done
for file in "${expect[@]}"; do
    [[ -s "$pkg/$file" ]] || fail "the package has no /$file"
done
[[ -x "$pkg/usr/bin/leverboard" ]] || fail "/usr/bin/leverboard is not executable"

# Each PNG is the size its directory says (width and height from the IHDR chunk).
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'; }
while IFS= read -r png; do
    want="$(basename "$(dirname "$(dirname "$png")")")"
    got="$(png_size "$png")"
    [[ "$got" == "$want" ]] || fail "${png#"$pkg"} is $got, not $want"
done < <(find "$pkg/usr/share/icons/hicolor" -name '*.png')

# Validators.
desktop-file-validate "$pkg/usr/share/applications/$app_id.desktop" ||
    fail "desktop-file-validate rejects $app_id.desktop"
grep -qx 'Exec=leverboard %f' "$pkg/usr/share/applications/$app_id.desktop" ||
    fail "$app_id.desktop does not say Exec=leverboard %f"
grep -qx 'MimeType=application/x-leverboard;' "$pkg/usr/share/applications/$app_id.desktop" ||
    fail "$app_id.desktop does not declare MimeType=application/x-leverboard;"
appstreamcli validate --no-net "$pkg/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli rejects $app_id.metainfo.xml"

# The MIME package compiles and maps *.leverboard to application/x-leverboard.
mkdir -p "$root/mime/packages"
cp "$pkg/usr/share/mime/packages/$app_id.xml" "$root/mime/packages/"
update-mime-database "$root/mime" >"$root/mime.log" 2>&1 ||
    { cat "$root/mime.log" >&2; fail "update-mime-database rejects $app_id.xml"; }
grep -q '^application/x-leverboard:\*\.leverboard$' "$root/mime/globs" ||
    fail "the MIME database has no glob *.leverboard for application/x-leverboard"
grep -q '^application/x-leverboard:application-x-leverboard$' "$root/mime/icons" ||
    fail "application/x-leverboard does not name the icon application-x-leverboard"

# Depends computed by dpkg-shlibdeps.
depends="$(dpkg-deb -f "$deb" Depends)"
[[ -n "$depends" ]] || fail "the package has an empty Depends field"
[[ "$depends" == *libqt6* ]] || fail "Depends does not mention libqt6: $depends"

# The unpacked binary runs.
export QT_QPA_PLATFORM=offscreen
version_line="$("$pkg/usr/bin/leverboard" --version)" || fail "leverboard --version failed"
[[ "$version_line" == "leverboard $version" ]] || fail "leverboard --version printed '$version_line', not 'leverboard $version'"
"$pkg/usr/bin/leverboard" render "$source_dir/resources/default.leverboard" --out "$root/render" >/dev/null ||
    fail "leverboard render failed"
for file in report.pdf kpis.json; do
    [[ -s "$root/render/$file" ]] || fail "leverboard render wrote no $file"
done
compgen -G "$root/render/*.png" >/dev/null || fail "leverboard render wrote no PNG"
compgen -G "$root/render/*.csv" >/dev/null || fail "leverboard render wrote no CSV"

echo "package: $deb_name ($(stat -c %s "$deb") bytes)"
echo "Depends: $depends"
