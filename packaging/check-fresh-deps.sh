#!/usr/bin/env bash
# Proves the fresh-machine path: every file a build used must come from a
# Debian package that packaging/debian-packages.txt brings in (the list, what
# it depends on recursively, or what every Debian system has). A package this
# machine happens to have for another reason fails the check, because a new
# user's machine would not have it.
#
#   packaging/check-fresh-deps.sh BUILD_DIR [BUILD_DIR ...] [--tools CMD ...]
#   (KEEP_WORK=1 keeps its work folder: used files, owners, closure)
#
# What counts as used: every CMake package config the configure step found
# (*_DIR in CMakeCache), the toolchain it chose (compilers, archiver,
# linker), every system header the compiler read (ninja's deps
# log), every system library on a link line, and the tools named after
# --tools (the commands the scripts and tests run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
list_file="$here/packaging/debian-packages.txt"

build_dirs=()
tools=()
while (($#)); do
    case "$1" in
        --tools) shift; tools+=("$@"); break ;;
        *) build_dirs+=("$1"); shift ;;
    esac
done
((${#build_dirs[@]})) || { echo "usage: $0 BUILD_DIR [BUILD_DIR ...] [--tools CMD ...]" >&2; exit 2; }

work="$(mktemp -d)"
trap '[[ -n "${KEEP_WORK:-}" ]] || rm -rf "$work"' EXIT

# ---- the files the builds used ------------------------------------------------
used="$work/used"
: >"$used"
for dir in "${build_dirs[@]}"; do
    cache="$dir/CMakeCache.txt"
    [[ -f "$cache" ]] || { echo "check-fresh-deps: no CMakeCache.txt in $dir" >&2; exit 2; }
    # The project's own files (source and build trees) are not packages.
    source_dir="$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$cache")"
    [[ -n "$source_dir" ]] || source_dir="$here"
    # CMake package configs: the directory a find_package() call settled on.
    grep -E '^[A-Za-z0-9_]+_DIR:PATH=/' "$cache" | cut -d= -f2- | while read -r config_dir; do
        find "$config_dir" -maxdepth 1 -name '*.cmake' -print -quit 2>/dev/null || true
    done >>"$used"
    # The toolchain the build runs (compilers, archiver, ninja). CMAKE_LINKER and
    # other FILEPATH entries are finds the build never runs (clang links through
    # its driver, whatever ld.lld CMake noticed).
    grep -E '^CMAKE_((C|CXX)_COMPILER(_AR|_RANLIB)?|AR|RANLIB|MAKE_PROGRAM):FILEPATH=/' "$cache" | cut -d= -f2- | while read -r path; do
        if [[ -e "$path" && ! -d "$path" ]]; then echo "$path"; fi
    done >>"$used"
    # Headers the compiler read, libraries the linker took.
    ninja -C "$dir" -t deps 2>/dev/null | sed -n 's/^[[:space:]]\+\(\/[^[:space:]]*\)$/\1/p' |
        grep -v -F -e "$source_dir" -e "$(cd "$dir" && pwd)" >>"$used" || true
    ninja -C "$dir" -t commands 2>/dev/null | grep -oE '(^|[[:space:]])/(usr|lib)/[^[:space:]]+\.(so[.0-9]*|a)\b' |
        tr -d ' \t' >>"$used" || true
done
for tool in "${tools[@]}"; do
    path="$(command -v "$tool" || true)"
    [[ -n "$path" ]] || { echo "check-fresh-deps: tool '$tool' is not installed" >&2; echo "missing-tool:$tool" >>"$used"; continue; }
    echo "$path" >>"$used"
done
sort -u -o "$used" "$used"
[[ -s "$used" ]] || { echo "check-fresh-deps: found no files the build used; is $build_dirs built?" >&2; exit 2; }

# ---- which package owns each file ------------------------------------------------
# dpkg's file lists, read once; bookworm merges /usr, so a file may be listed
# as /lib/... or /usr/lib/..., and the build may have reached it by a symlink.
owned="$work/owned"
while read -r path; do
    if [[ "$path" == missing-tool:* ]]; then
        printf '%s\t%s\n' "$path" "$path"
        continue
    fi
    real="$(readlink -f "$path" 2>/dev/null || echo "$path")"
    for form in "$path" "$real"; do
        printf '%s\t%s\n%s\t%s\n%s\t%s\n' "$path" "$form" "$path" "${form#/usr}" "$path" "/usr$form"
    done
done <"$used" >"$work/forms"
awk -F'\t' '
    FILENAME ~ /\.list$/ { p = FILENAME; sub(/.*\//, "", p); sub(/\.list$/, "", p); sub(/:.*/, "", p); owner[$0] = p; next }
    !($1 in found) && ($2 in owner) { found[$1] = owner[$2] }
    { seen[$1] = 1 }
    END { for (f in seen) print f "\t" ((f in found) ? found[f] : "") }
' /var/lib/dpkg/info/*.list "$work/forms" >"$owned"

# ---- what a fresh machine gets from the list ------------------------------------------
mapfile -t listed < <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$list_file")
closure="$work/closure"
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "${listed[@]}" 2>/dev/null |
    sed -n 's/^<\?\([a-z0-9][a-z0-9.+-]*\)\(:[a-z0-9]*\)\?>\?$/\1/p' >"$closure"
printf '%s\n' "${listed[@]}" >>"$closure"
# Every Debian system has its essential and required packages.
dpkg-query -W -f='${Package}\t${Essential}\t${Priority}\n' |
    awk -F'\t' '$2 == "yes" || $3 == "required" { print $1 }' >>"$closure"
sort -u -o "$closure" "$closure"
declare -A in_closure=()
while read -r pkg; do in_closure["$pkg"]=1; done <"$closure"

# ---- compare ----------------------------------------------------------------------
declare -A outside=()
unowned=()
files=0
while IFS=$'\t' read -r path pkg; do
    files=$((files + 1))
    if [[ "$path" == missing-tool:* ]]; then
        unowned+=("${path#missing-tool:} (a tool the scripts run, not installed)")
        continue
    fi
    if [[ -z "$pkg" ]]; then
        unowned+=("$path (no Debian package owns it)")
        continue
    fi
    if [[ -z "${in_closure[$pkg]:-}" ]]; then
        outside["$pkg"]+="${outside[$pkg]:+, }$path"
    fi
done <"$owned"

status=0
if ((${#outside[@]})); then
    status=1
    echo "check-fresh-deps: the build uses packages a fresh machine would not get from packaging/debian-packages.txt:"
    for pkg in "${!outside[@]}"; do
        example="${outside[$pkg]%%, *}"
        echo "  $pkg  (e.g. $example)"
    done | sort
    echo "  Add them (or a package that depends on them) to packaging/debian-packages.txt."
fi
if ((${#unowned[@]})); then
    status=1
    echo "check-fresh-deps: the build uses files that no package in the list provides:"
    printf '  %s\n' "${unowned[@]}"
fi
((status)) || echo "check-fresh-deps: ok: ${files} files used by ${#build_dirs[@]} build(s) all come from the ${#listed[@]} listed packages' closure ($(wc -l <"$closure") packages)"
exit "$status"
