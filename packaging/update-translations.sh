#!/bin/sh
# Updates resources/translations/leverboard_zh_CN.ts from the sources (ui/ and app/):
# new messages arrive unfinished, vanished ones are dropped (-no-obsolete). A new message
# whose exact source text is already translated in another context gets that translation
# (review it); the rest stay unfinished and are listed. Translate them (Qt Linguist, or edit
# the XML) until packaging/check-translations.sh passes.
# Usage: update-translations.sh [path/to/lupdate]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${1:-${LUPDATE:-}}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then lupdate=$candidate; break; fi
    done
fi
[ -n "$lupdate" ] || { echo "update-translations: lupdate not found" >&2; exit 2; }
ts="$root/resources/translations/leverboard_zh_CN.ts"
cd "$root"
# The registry's meanings (plain C++, no Qt) listed for lupdate in a temporary file.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 packaging/registry-strings.py . > "$tmp/registry_strings.cpp"
"$lupdate" -silent -no-obsolete -locations none -source-language en -target-language zh_CN ui app \
    "$tmp/registry_strings.cpp" -ts "$ts"
python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
path = sys.argv[1]
tree = ET.parse(path)
messages = [m for c in tree.getroot().iter("context") for m in c.iter("message")]
def unfinished(m):
    t = m.find("translation")
    return t.get("type") == "unfinished" or not ((t.text or "").strip() or any((f.text or "").strip() for f in t))
known = {}
for m in messages:
    if not unfinished(m): known.setdefault((m.findtext("source"), m.get("numerus")), m.find("translation"))
reused, left = 0, []
for m in messages:
    if not unfinished(m): continue
    done = known.get((m.findtext("source"), m.get("numerus")))
    if done is None:
        left.append(m.findtext("source")); continue
    t = m.find("translation")
    t.attrib.pop("type", None); t.text = done.text
    for f in list(t): t.remove(f)
    for f in done: ET.SubElement(t, f.tag).text = f.text
    reused += 1
if reused:
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
print(f"update-translations: {reused} reused from identical sources, {len(left)} left to translate")
for s in left: print("  " + repr(s))
PY
# lupdate again: its own formatting, so the diff shows only real changes.
"$lupdate" -silent -no-obsolete -locations none ui app "$tmp/registry_strings.cpp" -ts "$ts"
