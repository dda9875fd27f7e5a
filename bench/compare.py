#!/usr/bin/env python3
"""An A/B run: two release binaries serve copies of one seeded database at the same time, page cache off, and wrk
alternates between them route by route, so that a noisy machine affects both alike.

    bench/compare.py BEFORE_BINARY AFTER_BINARY        # scale from BENCH_SCALES (first one), SQLite only

Both binaries must share the schema (the seed is made with the second). Prints req/s per route and run, and
the median of each. See docs/PERFORMANCE.md."""
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402  (the benchmark's own helpers: wrk, sign_in, free_port)

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
SECONDS = int(os.environ.get("BENCH_DURATION", "5"))


def serve(binary: Path, database: Path, log: Path) -> tuple[subprocess.Popen, str]:
    port = run.free_port()
    env = dict(os.environ, HUBBEN_SQLITE_PATH=str(database), LOG_LEVEL="warning", HUBBEN_PAGE_CACHE="false")
    env.pop("DATABASE_URL", None)
    process = subprocess.Popen([str(binary), "serve", "--env", "production", "--hostname", "127.0.0.1", "--port", str(port)],
                               cwd=run.ROOT, env=env, stdout=open(log, "w"), stderr=subprocess.STDOUT)
    run.started.append(process)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            with urllib.request.urlopen(base + "/healthz", timeout=2):
                return process, base
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"compare: {binary} did not start; see {log}")


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    before, after = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    scale = run.SCALES[0]
    workdir = Path(tempfile.mkdtemp(prefix="hubben-compare-"))
    try:
        database = run.Database(scale, workdir)
        run.BINARY = after
        run.seed(database, workdir)
        copy = workdir / "before.sqlite"
        with sqlite3.connect(database.path) as source, sqlite3.connect(copy) as target:
            source.backup(target)
        first_idea = database.scalar("SELECT MIN(id) FROM ideas")
        project = database.scalar("SELECT MIN(id) FROM projects WHERE visibility = 'public' AND outcome IS NOT NULL")
        servers = {"before": serve(before, copy, workdir / "before.log"), "after": serve(after, database.path, workdir / "after.log")}
        coach = {name: run.sign_in(base, "coach@demo.hubben.example", "hubben-demo-2026") for name, (_, base) in servers.items()}
        rare = urllib.parse.quote("kolonilottsföreningen")
        routes = [("healthz", "/healthz", False), ("home", "/", False), ("ideas", "/ideas", False),
                  ("search common word", "/ideas?q=cykel", False), ("search rare word", f"/ideas?q={rare}", False),
                  ("idea with 50 comments", f"/ideas/{first_idea}", False), ("projects board", "/projects", False),
                  ("project page", f"/projects/{project}", False), ("coach: idea", f"/ideas/{first_idea}", True),
                  ("coach: board", "/projects", True), ("coach: triage", "/triage", True)]
        print(f"{'route':<24} {'before req/s':>30} {'after req/s':>30} {'median before':>14} {'median after':>13}")
        for name, path, signed_in in routes:
            figures = {"before": [], "after": []}
            for _ in range(ROUNDS):
                for which, (_, base) in servers.items():
                    run.wrk(base + path, 1, cookie=coach[which] if signed_in else None)
                    figures[which].append(run.wrk(base + path, SECONDS, cookie=coach[which] if signed_in else None)["requests_per_second"])
            row = {which: " / ".join(f"{value:,.0f}" for value in values) for which, values in figures.items()}
            print(f"{name:<24} {row['before']:>30} {row['after']:>30} {statistics.median(figures['before']):>14,.0f} "
                  f"{statistics.median(figures['after']):>13,.0f}", flush=True)
    finally:
        run.stop_everything()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
