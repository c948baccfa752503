#!/usr/bin/env bash
# The website benchmark, every figure measured in this one run (PERF.md): wrk -t1 -c50 -d10s, 3 runs
# each after a 5 s warm-up, alternating between the website with its page cache, without it, and
# nginx (Debian) serving the same page's bytes from a file; then the static export of the whole site
# and Hugo (Debian) building the anchors kit's equivalent Markdown, alternating, 3 builds each.
# Results: bench/out/, summary RESULTS.md. RUNS, DUR, WARM and BUILDS shorten it for a spot check.
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
SLUG=$(cd "$APP" && node bench/pick-event.mjs "$DB")
PAGE="/wydarzenia/$SLUG"
echo "event page: $PAGE"

: > "$OUT/load.txt"
load() { echo "$1 $(cut -d' ' -f1 /proc/loadavg)" >> "$OUT/load.txt"; }
wrk_once() { # label url run
  wrk -t1 -c50 -d"$DUR" --latency "$2" | tee -a "$OUT/wrk-$1.txt" | grep -E 'Requests/sec|99%' | tr -s ' ' | paste -sd' ' | sed "s/^/$1 run $3: /"
}
serve_node() { # label cache port [workers]
  (cd "$APP" && DATABASE_URL="$DB" CACHE=$2 PORT=$3 WORKERS=${4:-1} HOST=127.0.0.1 exec node dist/server.js > "$OUT/server-$1.log" 2>&1) &
  echo $! > "$OUT/server-$1.pid"
  for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$3$PAGE" && break; sleep 0.1; done
  curl -fs -o "$OUT/www/event-$1.html" "http://127.0.0.1:$3$PAGE"
}

# The servers run side by side and their runs alternate (cached and uncached, each in one and in two
# processes, the plain node:http anchor, nginx; three times), so a change of the machine's load during the run falls on all alike instead of
# on one. nginx runs `worker_processes auto` (two here); the website's `WORKERS=2` is the same setting.
serve_node cached on 3101
serve_node cached2 on 3104 2
serve_node uncached off 3102
serve_node uncached2 off 3103 2
css=$(grep -o '/assets/site-[a-z0-9]*\.css' "$OUT/www/event-cached.html" | head -1)
curl -fs -o "$OUT/www/site.css" "http://127.0.0.1:3101$css"
cp "$OUT/www/event-cached.html" "$OUT/www/event.html"
for other in cached2 uncached uncached2; do cmp "$OUT/www/event-cached.html" "$OUT/www/event-$other.html"; done && echo "cached and uncached bodies identical"
# The anchors kit's plain node:http server answering the same bytes from a Buffer: what one node
# process can serve at all, the ceiling of the single-process cached figure.
node "$ANCHORS/serve/node-server.mjs" "$OUT/www/event.html" 8091 > "$OUT/server-nodehttp.log" 2>&1 &
echo $! > "$OUT/server-nodehttp.pid"
for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:8091/event.html" && break; sleep 0.1; done
curl -fs "http://127.0.0.1:8091/event.html" | cmp - "$OUT/www/event.html" && echo "node:http serves the same bytes"
cp "$HERE/nginx.conf" "$OUT/nginx/nginx.conf"
/usr/sbin/nginx -p "$OUT/nginx/" -c nginx.conf -e logs/error.log
sleep 0.5
curl -fs "http://127.0.0.1:8089/event.html" | cmp - "$OUT/www/event.html" && echo "nginx serves the same bytes"
declare -A URL=([cached]="http://127.0.0.1:3101$PAGE" [cached2]="http://127.0.0.1:3104$PAGE" [nodehttp]="http://127.0.0.1:8091/event.html" [uncached]="http://127.0.0.1:3102$PAGE" [uncached2]="http://127.0.0.1:3103$PAGE" [nginx]="http://127.0.0.1:8089/event.html")
SERIES="cached cached2 nodehttp uncached uncached2 nginx"
for label in $SERIES; do wrk -t1 -c50 -d"$WARM" "${URL[$label]}" > /dev/null; : > "$OUT/wrk-$label.txt"; done
for i in $(seq 1 "$RUNS"); do
  for label in $SERIES; do load "$label-$i"; wrk_once "$label" "${URL[$label]}" "$i"; done
done
for label in cached cached2 nodehttp uncached uncached2; do kill "$(cat "$OUT/server-$label.pid")"; done
kill -QUIT "$(cat "$OUT/nginx/logs/nginx.pid")"
wait 2>/dev/null || true

# Size: the event page and its stylesheet, gzip -9.
printf '%s %s %s %s\n' "$(stat -c %s "$OUT/www/event.html")" "$(gzip -9c "$OUT/www/event.html" | wc -c)" \
  "$(stat -c %s "$OUT/www/site.css")" "$(gzip -9c "$OUT/www/site.css" | wc -c)" | tee "$OUT/sizes.txt"

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
python3 "$HERE/summarize.py" "$OUT" "$PAGE" | tee "$OUT/summary.md"
{ cat "$OUT/summary.md"; if [ -n "$notes" ]; then printf '\n%s\n' "$notes"; fi; } > "$HERE/RESULTS.md"
# As the repository's formatter writes Markdown tables, so that `biome check` in CI passes unchanged.
(cd "$APP" && npx biome format --write "$HERE/RESULTS.md" > /dev/null)
