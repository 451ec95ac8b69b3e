#!/bin/sh
# Fails when the committed Chinese translation is not complete for the current sources:
#  - missing:    a message in the sources (ui/, app/, the registry's meanings) that the committed .ts does not hold;
#  - unfinished: a message the .ts holds without a finished translation;
#  - vanished:   a message the .ts holds that the sources no longer use.
# lupdate runs on a temporary copy; the committed file is never touched.
# Fix with packaging/update-translations.sh, then translate what it marks unfinished.
# Usage: check-translations.sh [path/to/lupdate]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${1:-${LUPDATE:-}}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then lupdate=$candidate; break; fi
    done
fi
[ -n "$lupdate" ] || { echo "check-translations: lupdate not found" >&2; exit 2; }
# LEVERBOARD_TS: check another copy (the tests of this script).
committed=${LEVERBOARD_TS:-"$root/resources/translations/leverboard_zh_CN.ts"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$committed" "$tmp/current.ts"
python3 "$root/packaging/registry-strings.py" "$root" > "$tmp/registry_strings.cpp"
(cd "$root" && "$lupdate" -silent -locations none ui app "$tmp/registry_strings.cpp" -ts "$tmp/current.ts") >"$tmp/lupdate.log" 2>&1 || {
    cat "$tmp/lupdate.log" >&2; echo "check-translations: lupdate failed" >&2; exit 2; }
python3 - "$committed" "$tmp/current.ts" <<'PY'
import sys, xml.etree.ElementTree as ET

def messages(path):
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            key = (name, m.findtext("source"), m.findtext("comment") or "")
            t = m.find("translation")
            kind = t.get("type", "") if t is not None else "unfinished"
            forms = [f.text for f in t.iter("numerusform")] if t is not None else []
            empty = t is None or not ((t.text or "").strip() or any((f or "").strip() for f in forms))
            out[key] = "vanished" if kind in ("vanished", "obsolete") else (
                "unfinished" if kind == "unfinished" or empty else "done")
    return out

committed, updated = messages(sys.argv[1]), messages(sys.argv[2])
def show(key):
    context, source, comment = key
    return f"  [{context}] {source!r}" + (f" ({comment})" if comment else "")
problems = {
    "missing (in the sources, not in the .ts)":
        [k for k, v in updated.items() if v != "vanished" and k not in committed],
    "unfinished":
        [k for k, v in committed.items() if v == "unfinished" and updated.get(k) != "vanished"],
    "vanished (in the .ts, no longer in the sources)":
        [k for k, v in committed.items() if v == "vanished" or updated.get(k, "vanished") == "vanished"],
}
count = sum(len(v) for v in problems.values())
for title, keys in problems.items():
    if keys:
        print(f"{len(keys)} {title}:")
        for k in sorted(keys): print(show(k))
if count:
    print(f"check-translations: {count} problem(s) in {sys.argv[1]}; run packaging/update-translations.sh "
          "and translate the unfinished messages", file=sys.stderr)
    sys.exit(1)
print(f"check-translations: all {len(committed)} messages translated")
PY
