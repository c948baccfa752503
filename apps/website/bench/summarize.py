#!/usr/bin/env python3
"""Summarises bench/out into Markdown: medians and ranges of wrk runs, ratios to nginx, export vs Hugo."""
import re, statistics, sys
from pathlib import Path

out = Path(sys.argv[1])

def wrk(label):
    text = (out / f"wrk-{label}.txt").read_text()
    rps = [float(x) for x in re.findall(r"Requests/sec:\s+([\d.]+)", text)]
    def ms(v, unit): return float(v) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    p99 = [ms(v, u) for v, u in re.findall(r"99%\s+([\d.]+)(us|ms|s)", text)]
    return rps, p99

def timev(name):
    t = (out / name).read_text()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (.+)", t).group(1)
    parts = [float(p) for p in wall.split(":")]
    secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
    return secs, rss

load = (out / "load.txt").read_text().strip().splitlines() if (out / "load.txt").exists() else []
paths = dict(zip(("median", "heaviest"), (out / "pages.txt").read_text().split()))
sizes = {}
for line in (out / "sizes.txt").read_text().strip().splitlines():
    p, html, html_gz, css, css_gz = line.split()
    sizes[p] = (int(html), int(html_gz), int(css), int(css_gz))
servers = ("nginx", "nodehttp", "nodestring", "cached", "cached2", "uncached", "uncached2")
goals = {"nginx": "", "nodehttp": "", "nodestring": "", "cached": "≥ 0.6×", "cached2": "≥ 0.6×", "uncached": "≥ 0.25×", "uncached2": "≥ 0.25×"}
names = {
    "nginx": "nginx, static file (`worker_processes auto`: two workers here)",
    "nodehttp": "reference: the anchors kit's plain node:http server answering the page's bytes from a Buffer, one process (no routing, no data version)",
    "nodestring": "reference: the same server holding the page as a JS string, encoded to UTF-8 per response: the least a server that renders per request does",
    "cached": "website, page cache on (bytes from node:http; the data version read once per event-loop turn, so the next request sees any write); one process",
    "cached2": "same, `WORKERS=2`: two processes (node:cluster), as nginx runs two workers",
    "uncached": "website, `CACHE=off`: no page cache, every request renders the page (an event page is built as an escaped string) from the in-memory read snapshot; one process",
    "uncached2": "same, `WORKERS=2`: two processes (node:cluster), as nginx runs two workers",
}
titles = {
    "median": "the event page of median size, like-for-like with the anchors kit's ~20 KB page (shared/PERF.md)",
    "heaviest": "the heaviest event page (longest agenda, most speakers)",
}
print("# Website benchmark results\n")
print("Two event pages of the generator’s 10k events and 10k organisations (`bench/make-db.mjs`, seed 20250601;")
print("`bench/pick-event.mjs` picks them by rendered size among the first 2,000 published events). Same run, same machine")
print("(2 cores shared by server and load tool), same load tool: `wrk -t1 -c50 -d10s --latency`, 3 runs each after")
print("a 5 s warm-up, alternating between all fourteen series; medians with [min–max]. nginx (Debian) serves the byte-identical page from a file with")
print("the anchors kit's minimal config. Reproduce: `pnpm --filter @org/website bench`.")
for p in ("median", "heaviest"):
    rows = {label: wrk(f"{label}-{p}") for label in servers}
    nginx_med = statistics.median(rows["nginx"][0])
    html, html_gz, css, css_gz = sizes[p]
    print(f"\n## {p.capitalize()}: `{paths[p]}`\n")
    print(f"{titles[p][0].upper() + titles[p][1:]}: {html:,} B HTML ({html_gz:,} B gzip -9) + {css:,} B CSS ({css_gz:,} B gzip -9) = **{(html_gz + css_gz) / 1024:.1f} KiB gzip** (goal ≤ 25 KB).\n")
    print("| Server | req/s median [range] | p99 ms median [range] | ratio to nginx | goal |")
    print("|---|---|---|---|---|")
    for label, (rps, p99) in rows.items():
        med = statistics.median(rps)
        print(f"| {names[label]} | {med:,.0f} [{min(rps):,.0f}–{max(rps):,.0f}] | {statistics.median(p99):.2f} [{min(p99):.2f}–{max(p99):.2f}] | {med / nginx_med:.2f}× | {goals[label]} |")

if load:
    print("\nLoad average (1 min) at each step of this run: " + "; ".join(load) + ".")
print()

def builds(prefix):
    runs = sorted(out.glob(f"{prefix}-*.time"), key=lambda p: int(p.stem.split("-")[1]))
    return [timev(p.name) for p in runs]

if not (out / "export-1.txt").exists():
    print("## Static export vs Hugo\n\nNot run (`BUILDS=0`).")
    sys.exit(0)
exp_text = (out / "export-1.txt").read_text()
m = re.search(r"exported (\d+) pages \((\d+) files, ([\d.]+) MB\)", exp_text)
pages, files = int(m.group(1)), int(m.group(2))
e_runs, h_runs = builds("export"), builds("hugo")
h_pages = int(re.search(r"hugo html files: (\d+)", (out / "hugo-1.txt").read_text()).group(1))
def row(name, n, runs):
    walls = [w for w, _ in runs]
    med = statistics.median(walls)
    rate = [n / w for w in walls]
    print(f"| {name} | {n:,} | {med:.1f} [{min(walls):.1f}–{max(walls):.1f}] | {n / med:,.0f} [{min(rate):,.0f}–{max(rate):,.0f}] | {max(r for _, r in runs) / 1024:,.0f} |")
    return n / med
print(f"## Static export vs Hugo ({len(e_runs)} builds each, alternating; medians with [min–max])\n")
print("| Builder | pages | wall s | pages/s | peak RSS MiB (max) |")
print("|---|---|---|---|---|")
ours = row(f"website `export` (both languages, plus {files - pages:,} feed/ICS/sitemap files)", pages, e_runs)
theirs = row("Hugo (Debian), anchors kit content: 10k events + 10k organisations", h_pages, h_runs)
print(f"\nRatio of median pages/s, website / Hugo: **{ours / theirs:.2f}×** (goal ≥ 1×). Wall time includes process start and, for the website, opening the SQLite store.")
