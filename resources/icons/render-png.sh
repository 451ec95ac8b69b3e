#!/usr/bin/env bash
# Renders the committed hicolor PNGs from the SVG sources (run after editing an SVG;
# the build itself needs no converter). Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/hicolor"
for svg in scalable/apps/*.svg scalable/mimetypes/*.svg; do
    context="$(basename "$(dirname "$svg")")"
    name="$(basename "$svg" .svg)"
    for size in 16 24 32 48 64 128 256 512; do
        mkdir -p "${size}x${size}/$context"
        rsvg-convert --width "$size" --height "$size" "$svg" -o "${size}x${size}/$context/$name.png"
    done
done
