#!/usr/bin/env bash
# The website benchmark, every figure measured in this one run (PERF.md): wrk -t1 -c50 -d10s, 3 runs
# after a 5 s warm-up, against the website with its page cache, without it, and nginx (Debian)
# serving the same page's bytes from a file; then the static export of the whole site beside Hugo
# (Debian) building the anchors kit's equivalent Markdown. Results: bench/out/, summary RESULTS.md.
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
wrk_runs() { # label url
  local label=$1 url=$2
  load "$label"
  wrk -t1 -c50 -d"$WARM" "$url" > /dev/null
  : > "$OUT/wrk-$label.txt"
  for i in $(seq 1 "$RUNS"); do
    wrk -t1 -c50 -d"$DUR" --latency "$url" | tee -a "$OUT/wrk-$label.txt" | grep -E 'Requests/sec|99%' | tr -s ' ' | paste -sd' ' | sed "s/^/$label run $i: /"
  done
}
serve_node() { # label cache port
  (cd "$APP" && DATABASE_URL="$DB" CACHE=$2 PORT=$3 HOST=127.0.0.1 exec node dist/server.js > "$OUT/server-$1.log" 2>&1) &
  local pid=$!
  for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$3$PAGE" && break; sleep 0.1; done
  curl -fs -o "$OUT/www/event-$1.html" "http://127.0.0.1:$3$PAGE"
  local css; css=$(grep -o '/assets/site-[a-z0-9]*\.css' "$OUT/www/event-$1.html" | head -1)
  curl -fs -o "$OUT/www/site.css" "http://127.0.0.1:$3$css"
  wrk_runs "$1" "http://127.0.0.1:$3$PAGE"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

serve_node cached on 3101
serve_node uncached off 3102
cp "$OUT/www/event-cached.html" "$OUT/www/event.html"
cmp "$OUT/www/event-cached.html" "$OUT/www/event-uncached.html" && echo "cached and uncached bodies identical"
cp "$HERE/nginx.conf" "$OUT/nginx/nginx.conf"
/usr/sbin/nginx -p "$OUT/nginx/" -c nginx.conf -e logs/error.log
sleep 0.5
curl -fs "http://127.0.0.1:8089/event.html" | cmp - "$OUT/www/event.html" && echo "nginx serves the same bytes"
wrk_runs nginx "http://127.0.0.1:8089/event.html"
kill -QUIT "$(cat "$OUT/nginx/logs/nginx.pid")"

# Size: the event page and its stylesheet, gzip -9.
printf '%s %s %s %s\n' "$(stat -c %s "$OUT/www/event.html")" "$(gzip -9c "$OUT/www/event.html" | wc -c)" \
  "$(stat -c %s "$OUT/www/site.css")" "$(gzip -9c "$OUT/www/site.css" | wc -c)" | tee "$OUT/sizes.txt"

# Static export of the whole site vs Hugo on the anchors kit's equivalent content.
rm -rf "$OUT/site"
load export
DATABASE_URL="$DB" /usr/bin/time -v -o "$OUT/export.time" node "$APP/dist/export-static.js" --out "$OUT/site" | tee "$OUT/export.txt"
load hugo
rm -rf "$OUT/hugo" && mkdir -p "$OUT/hugo" && cp -r "$ANCHORS/gen" "$ANCHORS/site" "$OUT/hugo/"
(cd "$OUT/hugo" && node gen/generate.mjs site > /dev/null)
(cd "$OUT/hugo/site" && rm -rf public resources && HUGO_CACHEDIR="$OUT/hugo/.cache" /usr/bin/time -v -o "$OUT/hugo.time" hugo --quiet --minify=false)
echo "hugo html files: $(find "$OUT/hugo/site/public" -name '*.html' | wc -l)" | tee "$OUT/hugo.txt"
load end
python3 "$HERE/summarize.py" "$OUT" "$PAGE" | tee "$HERE/RESULTS.md"
