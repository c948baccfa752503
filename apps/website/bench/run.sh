#!/usr/bin/env bash
# The website benchmark, every figure measured in this one run (PERF.md): wrk -t1 -c50 -d10s, 3 runs
# each after a 5 s warm-up, alternating between the website with its page cache, without it, the
# anchors kit's plain node:http server and nginx (Debian) serving the same page's bytes from a file,
# on two event pages (the median-size one and the heaviest); then the static export of the whole site
# and Hugo (Debian) building the anchors kit's equivalent Markdown, alternating, 3 builds each.
# Results: bench/out/, summary RESULTS.md. RUNS, DUR, WARM and BUILDS (0: no export) shorten it for a
# spot check.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
APP=$(cd "$HERE/.." && pwd)
OUT="$HERE/out"
ANCHORS=${ANCHORS:-$(cd "$APP/../../../shared/bench/anchors" && pwd)}
RUNS=${RUNS:-3}; DUR=${DUR:-10s}; WARM=${WARM:-5s}
mkdir -p "$OUT/www" "$OUT/nginx/logs"
DB="$OUT/bench.db"
[ -f "$DB" ] || (cd "$APP" && node bench/make-db.mjs "$DB")
(cd "$APP" && npx tsup >/dev/null)
# Two event pages (bench/pick-event.mjs): the median-size one, like-for-like with the anchors kit's
# ~20 KB page, and the heaviest one.
mapfile -t SLUGS < <(cd "$APP" && node bench/pick-event.mjs "$DB")
declare -A PAGE=([median]="/wydarzenia/${SLUGS[0]}" [heaviest]="/wydarzenia/${SLUGS[1]}")
PAGES="median heaviest"
for p in $PAGES; do echo "$p event page: ${PAGE[$p]}"; done
printf '%s\n%s\n' "${PAGE[median]}" "${PAGE[heaviest]}" > "$OUT/pages.txt"

: > "$OUT/load.txt"
load() { echo "$1 $(cut -d' ' -f1 /proc/loadavg)" >> "$OUT/load.txt"; }
wrk_once() { # label url run
  wrk -t1 -c50 -d"$DUR" --latency "$2" | tee -a "$OUT/wrk-$1.txt" | grep -E 'Requests/sec|99%' | tr -s ' ' | paste -sd' ' | sed "s/^/$1 run $3: /"
}
# The server runs as its start script runs it (package.json: node and its flags before dist/server.js).
NODE_FLAGS=$(cd "$APP" && node -p "require('./package.json').scripts.start.split(' ').filter((w) => w.startsWith('--')).join(' ')")
echo "website: node $NODE_FLAGS dist/server.js"
serve_node() { # label cache port [workers]
  # One SITE_URL for all: without it each server links its own port, and their pages would differ by it.
  (cd "$APP" && DATABASE_URL="$DB" SITE_URL=http://localhost:3000 CACHE=$2 PORT=$3 WORKERS=${4:-1} HOST=127.0.0.1 exec node $NODE_FLAGS dist/server.js > "$OUT/server-$1.log" 2>&1) &
  echo $! > "$OUT/server-$1.pid"
  for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$3${PAGE[median]}" && break; sleep 0.1; done
  for p in $PAGES; do curl -fs -o "$OUT/www/$p-$1.html" "http://127.0.0.1:$3${PAGE[$p]}"; done
}
# The anchors kit's plain node:http server answering one page's bytes (`buffer`), or the same page held
# as a JS string and encoded to UTF-8 per response (`string`): the least any server does that renders
# the page per request, since a rendered page is a string until it is encoded.
serve_anchor() { # label file port mode
  node "$ANCHORS/serve/node-server.mjs" "$2" "$3" "$4" > "$OUT/server-$1.log" 2>&1 &
  echo $! > "$OUT/server-$1.pid"
  for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$3/event.html" && break; sleep 0.1; done
  curl -fs "http://127.0.0.1:$3/event.html" | cmp - "$2" && echo "$1 serves the same bytes"
}

# The servers run side by side and their runs alternate (cached and uncached, each in one and in two
# processes, the plain node:http anchors, nginx; for each page; three times), so a change of the
# machine's load during the run falls on all alike instead of on one. nginx runs `worker_processes
# auto` (two here); the website's `WORKERS=2` is the same setting.
serve_node cached on 3101
serve_node cached2 on 3104 2
serve_node uncached off 3102
serve_node uncached2 off 3103 2
css=$(grep -o '/assets/site-[a-z0-9]*\.css' "$OUT/www/median-cached.html" | head -1)
curl -fs -o "$OUT/www/site.css" "http://127.0.0.1:3101$css"
for p in $PAGES; do
  cp "$OUT/www/$p-cached.html" "$OUT/www/$p.html"
  for other in cached2 uncached uncached2; do cmp "$OUT/www/$p-cached.html" "$OUT/www/$p-$other.html"; done && echo "$p: cached and uncached bodies identical"
done
serve_anchor nodehttp-median "$OUT/www/median.html" 8091 buffer
serve_anchor nodehttp-heaviest "$OUT/www/heaviest.html" 8092 buffer
serve_anchor nodestring-median "$OUT/www/median.html" 8093 string
serve_anchor nodestring-heaviest "$OUT/www/heaviest.html" 8094 string
cp "$HERE/nginx.conf" "$OUT/nginx/nginx.conf"
/usr/sbin/nginx -p "$OUT/nginx/" -c nginx.conf -e logs/error.log
sleep 0.5
for p in $PAGES; do curl -fs "http://127.0.0.1:8089/$p.html" | cmp - "$OUT/www/$p.html" && echo "nginx serves the same bytes ($p)"; done
declare -A URL=(
  [cached-median]="http://127.0.0.1:3101${PAGE[median]}" [cached-heaviest]="http://127.0.0.1:3101${PAGE[heaviest]}"
  [cached2-median]="http://127.0.0.1:3104${PAGE[median]}" [cached2-heaviest]="http://127.0.0.1:3104${PAGE[heaviest]}"
  [uncached-median]="http://127.0.0.1:3102${PAGE[median]}" [uncached-heaviest]="http://127.0.0.1:3102${PAGE[heaviest]}"
  [uncached2-median]="http://127.0.0.1:3103${PAGE[median]}" [uncached2-heaviest]="http://127.0.0.1:3103${PAGE[heaviest]}"
  [nodehttp-median]="http://127.0.0.1:8091/event.html" [nodehttp-heaviest]="http://127.0.0.1:8092/event.html"
  [nodestring-median]="http://127.0.0.1:8093/event.html" [nodestring-heaviest]="http://127.0.0.1:8094/event.html"
  [nginx-median]="http://127.0.0.1:8089/median.html" [nginx-heaviest]="http://127.0.0.1:8089/heaviest.html"
)
SERIES=""
for p in $PAGES; do for s in cached cached2 nodehttp nodestring uncached uncached2 nginx; do SERIES="$SERIES $s-$p"; done; done
for label in $SERIES; do wrk -t1 -c50 -d"$WARM" "${URL[$label]}" > /dev/null; : > "$OUT/wrk-$label.txt"; done
for i in $(seq 1 "$RUNS"); do
  for label in $SERIES; do load "$label-$i"; wrk_once "$label" "${URL[$label]}" "$i"; done
done
for label in cached cached2 uncached uncached2 nodehttp-median nodehttp-heaviest nodestring-median nodestring-heaviest; do
  kill "$(cat "$OUT/server-$label.pid")"
done
kill -QUIT "$(cat "$OUT/nginx/logs/nginx.pid")"
wait 2>/dev/null || true

# Size: each event page and the stylesheet, gzip -9.
for p in $PAGES; do
  printf '%s %s %s %s %s\n' "$p" "$(stat -c %s "$OUT/www/$p.html")" "$(gzip -9c "$OUT/www/$p.html" | wc -c)" \
    "$(stat -c %s "$OUT/www/site.css")" "$(gzip -9c "$OUT/www/site.css" | wc -c)"
done | tee "$OUT/sizes.txt"

# Static export of the whole site vs Hugo on the anchors kit's equivalent content, alternating,
# BUILDS times each, every build from nothing (output, and Hugo's cache, removed and synced first).
rm -rf "$OUT/hugo" && mkdir -p "$OUT/hugo" && cp -r "$ANCHORS/gen" "$ANCHORS/site" "$OUT/hugo/"
(cd "$OUT/hugo" && node gen/generate.mjs site > /dev/null)
rm -f "$OUT"/export-*.txt "$OUT"/export-*.time "$OUT"/hugo-*.txt "$OUT"/hugo-*.time
for i in $(seq 1 "${BUILDS:-3}"); do
  rm -rf "$OUT/site"; sync
  load "export-$i"
  DATABASE_URL="$DB" /usr/bin/time -v -o "$OUT/export-$i.time" node "$APP/dist/export-static.js" --out "$OUT/site" | tee "$OUT/export-$i.txt"
  rm -rf "$OUT/hugo/site/public" "$OUT/hugo/site/resources" "$OUT/hugo/.cache"; sync
  load "hugo-$i"
  (cd "$OUT/hugo/site" && HUGO_CACHEDIR="$OUT/hugo/.cache" /usr/bin/time -v -o "$OUT/hugo-$i.time" hugo --quiet --minify=false)
  echo "hugo html files: $(find "$OUT/hugo/site/public" -name '*.html' | wc -l)" | tee "$OUT/hugo-$i.txt"
done
load end
# The generated part replaces the top of RESULTS.md; the notes written by hand below it are kept.
notes=$(sed -n '/^## What changed/,$p' "$HERE/RESULTS.md" 2>/dev/null || true)
python3 "$HERE/summarize.py" "$OUT" | tee "$OUT/summary.md"
{ cat "$OUT/summary.md"; if [ -n "$notes" ]; then printf '\n%s\n' "$notes"; fi; } > "$HERE/RESULTS.md"
# As the repository's formatter writes Markdown tables, so that `biome check` in CI passes unchanged.
(cd "$APP" && npx biome format --write "$HERE/RESULTS.md" > /dev/null)
