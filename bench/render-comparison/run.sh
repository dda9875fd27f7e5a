#!/usr/bin/env bash
# The renderer comparison in docs/PERFORMANCE.md: the board's shape rendered by Hubben's Node renderer and by
# Plot 0.14, compiled the same way (-O, whole module), timed, and counted for allocations under valgrind.
#   bench/render-comparison/run.sh PLOT_SOURCES     e.g. a checkout of github.com/JohnSundell/Plot at 0.14.0: Sources/Plot
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
plot=${1:?"usage: $0 PLOT_SOURCES (the Sources/Plot folder of Plot 0.14)"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Top-level code must be in a file called main.swift.
mkdir "$work/node-src" "$work/plot-src"
cp "$here/node.swift" "$work/node-src/main.swift"
cp "$here/plot.swift" "$work/plot-src/main.swift"
swiftc -O -wmo "$here/page.swift" "$work/node-src/main.swift" "$here"/../../Sources/HubbenApp/Web/HTML/*.swift -o "$work/node"
swiftc -O -wmo "$here/page.swift" "$work/plot-src/main.swift" $(find "$plot" -name '*.swift') -o "$work/plot"
"$work/node" 1 "$work/node.html"; "$work/plot" 1 "$work/plot.html"
cmp -s "$work/node.html" "$work/plot.html" && echo "both write the same $(wc -c < "$work/node.html") bytes"
for round in 1 2 3; do echo "node: $("$work/node" 2000)"; echo "plot: $("$work/plot" 2000)"; done
if command -v valgrind > /dev/null; then
    for renderer in node plot; do
        one=$(valgrind "$work/$renderer" 1 2>&1 | grep "total heap usage")
        hundred=$(valgrind "$work/$renderer" 101 2>&1 | grep "total heap usage")
        python3 - "$renderer" "$one" "$hundred" <<'PY'
import re, sys
name, one, hundred = sys.argv[1:]
def parse(line):
    allocs, nbytes = re.search(r"([\d,]+) allocs, [\d,]+ frees, ([\d,]+) bytes", line).groups()
    return int(allocs.replace(",", "")), int(nbytes.replace(",", ""))
(a1, b1), (a100, b100) = parse(one), parse(hundred)
print(f"{name}: {(a100 - a1) / 100:,.0f} allocations and {(b100 - b1) / 100 / 1024:,.0f} KB allocated per page")
PY
    done
fi
