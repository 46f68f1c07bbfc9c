"""`make bench`: requests per second and latency of the reader pages.

Builds its own site under var/bench/ (never the demo's database): 10,000
generated Arabic articles, collected static files, then the production server
(`akhbar serve --no-worker`, granian, 2 workers) on a free port of 127.0.0.1,
and loads it with wrk (a Python client when wrk is missing):

- the ceiling: the article's HTML saved as a file and served by granian itself;
- the home page and an article page, cached (anonymous readers hit the page
  cache) and uncached (a session cookie makes the page cache step aside; the
  session lookup is one indexed query);
- 1,000 different articles in turn, uncached.

Each gets requests per second and p50/p99 latency under load, and "alone": the
median of 20 requests sent one at a time (the page's own cost, no queueing).
Prints a table and writes var/bench/pages.json. BENCH_SECONDS (10),
BENCH_CONNECTIONS (32) and BENCH_ARTICLES (10000) shorten or lengthen a run;
BENCH_TOOL=python uses the Python client even when wrk is installed.
"""

import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "bench"
DATABASE = VAR / "bench.sqlite3"
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "32"))
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "10000"))
ROTATION = 1000
WARM_UP_SECONDS = 2
SERVER_START_TIMEOUT = 30
SETTLE_TIMEOUT = 30
ALONE_REQUESTS = 20
NO_CACHE_COOKIE = "bench-no-cache"

SERVER_ENV = {
    "AKHBAR_VAR_DIR": str(VAR),
    "DATABASE_URL": f"sqlite:///{DATABASE}",
    "DJANGO_SETTINGS_MODULE": "akhbar.settings.demo",
}
os.environ.update(SERVER_ENV)
# Measure the default cache (local memory, one per worker) whatever the shell says.
os.environ.pop("REDIS_URL", None)
sys.path.insert(0, str(Path(__file__).resolve().parent))

import django  # noqa: E402

django.setup()

import corpus  # noqa: E402
import loadgen  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connections  # noqa: E402
from django.utils.encoding import iri_to_uri  # noqa: E402

from akhbar.news.models import Article  # noqa: E402


def build_site() -> list[str]:
    """Make a fresh bench database and static root; return 1,000 article paths."""
    VAR.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DATABASE}{suffix}").unlink(missing_ok=True)
    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    pks = corpus.fill(ARTICLES)
    print(f"{len(pks)} articles in {time.monotonic() - started:.1f}s")
    call_command("collectstatic", interactive=False, verbosity=0)
    chosen = random.Random(7).sample(pks, min(ROTATION, len(pks)))
    articles = Article.objects.in_bulk(chosen)
    # reverse() already percent-encodes the Arabic slugs; iri_to_uri keeps that.
    paths = [iri_to_uri(articles[pk].get_absolute_url()) for pk in chosen]
    connections.close_all()
    return paths


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port: int, path: str, headers: dict | None = None):
    """GET without following redirects; return (status, headers, body)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        # granian sends header names in lower case: HTTPMessage ignores case.
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def start_server(port: int, log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "akhbar", "serve", "--port", str(port)]
    # No task worker: nothing is published during the run.
    command += ["--workers", "2", "--no-worker", "--static-ceiling"]
    with log.open("wb") as output:
        # A session of its own, so stopping it also stops granian's workers.
        return subprocess.Popen(
            command,
            cwd=ROOT,
            env={**os.environ, **SERVER_ENV},
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def wait_until_ready(server: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"server exited:\n{log.read_text()[-3000:]}")
        try:
            status = fetch(port, "/ar/")[0]
        except OSError:
            status = None
        if status == 200:
            return
        if status is not None:
            raise RuntimeError(f"/ar/ answered {status}:\n{log.read_text()[-3000:]}")
        time.sleep(0.3)
    raise RuntimeError(f"server not ready in {SERVER_START_TIMEOUT}s: see {log}")


def stop_server(server: subprocess.Popen | None) -> None:
    if server is None or server.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(server.pid, sig)
        except ProcessLookupError:
            return
        try:
            server.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def check_targets(port: int, home: str, article: str, paths: list[str]) -> bytes:
    """Fail unless every page answers 200 and the cache behaves as claimed."""
    no_cache = {"Cookie": f"{settings.SESSION_COOKIE_NAME}={NO_CACHE_COOKIE}"}
    for path in [home, *paths[:: max(1, len(paths) // 50)]]:
        status = fetch(port, path)[0]
        if status != 200:
            raise RuntimeError(f"{path} answered {status}, not 200")
    # Two workers, one cache each: a few tries reach both.
    hits = [fetch(port, article)[1].get("X-Cache") for _ in range(6)]
    if "hit" not in hits:
        raise RuntimeError(f"{article} is never served from the page cache")
    uncached = [fetch(port, article, no_cache) for _ in range(4)]
    if any(status != 200 or hdrs.get("X-Cache") for status, hdrs, _ in uncached):
        raise RuntimeError(f"{article} with a session cookie came from the cache")
    return fetch(port, article)[2]


def settle(port: int) -> None:
    """Wait until requests abandoned by the last run have left the workers' queue."""
    deadline = time.monotonic() + SETTLE_TIMEOUT
    while time.monotonic() < deadline:
        started = time.perf_counter()
        try:
            fetch(port, "/ar/")
        except OSError:  # timed out behind the backlog: try again
            continue
        if time.perf_counter() - started < 0.1:
            return


def alone(port: int, paths: list[str], headers: dict) -> float:
    """Return the median latency of requests sent one at a time (no queueing)."""
    latencies = []
    for n in range(ALONE_REQUESTS):
        started = time.perf_counter()
        fetch(port, paths[n % len(paths)], headers)
        latencies.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(latencies), 2)


def measure(port: int, paths: list[str], *, headers=None, script=None) -> dict:
    """Load the first path (or all of them in turn) after a short warm-up."""
    url = f"http://127.0.0.1:{port}{paths[0]}"
    for seconds in (WARM_UP_SECONDS, SECONDS):
        settle(port)
        if WRK:
            result = loadgen.run_wrk(
                url,
                seconds=seconds,
                connections=CONNECTIONS,
                headers=headers,
                script=script,
            )
        else:
            result = loadgen.run_python(
                url,
                seconds=seconds,
                connections=CONNECTIONS,
                headers=headers,
                paths=paths,
            )
    settle(port)
    return {**result, "alone_ms": alone(port, paths, headers or {})}


def print_table(rows: list[dict]) -> None:
    print(
        f"\n{'page':<30} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'alone ms':>8} {'errors':>6} {'vs ceiling':>10}"
    )
    print("-" * 84)
    for row in rows:
        rps = f"{row['rps']:.0f}" if row["rps"] >= 100 else f"{row['rps']:.1f}"
        print(
            f"{row['name']:<30} {rps:>8} {row['p50_ms']:>8.1f} {row['p99_ms']:>8.1f} "
            f"{row['alone_ms']:>8.1f} {row['errors']:>6} "
            f"{row['ratio_to_ceiling']:>10.2%}"
        )


def run(port: int, paths: list[str]) -> list[dict]:
    home, article = "/ar/", paths[0]
    html = check_targets(port, home, article, paths)
    ceiling = Path(settings.STATIC_ROOT) / "bench" / "article.html"
    ceiling.parent.mkdir(parents=True, exist_ok=True)
    ceiling.write_bytes(html)
    no_cache = {"Cookie": f"{settings.SESSION_COOKIE_NAME}={NO_CACHE_COOKIE}"}
    script = loadgen.rotation_script(paths, VAR / "rotate.lua") if WRK else None
    targets = [
        ("ceiling: article, static file", ["/_static/bench/article.html"], {}),
        ("home, cached", [home], {}),
        ("home, uncached", [home], {"headers": no_cache}),
        ("article, cached", [article], {}),
        ("article, uncached", [article], {"headers": no_cache}),
        (
            f"{len(paths)} articles, uncached",
            paths,
            {"headers": no_cache, "script": script},
        ),
    ]
    rows = []
    for name, target_paths, options in targets:
        print(f"  {name} ...", flush=True)
        result = measure(port, target_paths, **options)
        path = target_paths[0] if len(target_paths) == 1 else "(rotating)"
        rows.append({"name": name, "path": path, **result})
    for row in rows:
        row["ratio_to_ceiling"] = row["rps"] / rows[0]["rps"]
    return rows


def main() -> int:
    started = time.monotonic()
    load_before = round(os.getloadavg()[0], 2)
    if load_before > (os.cpu_count() or 1) / 2:
        print(f"Note: load average is {load_before} already; numbers will be low.")
    print(f"Building the bench site in {VAR} ...", flush=True)
    paths = build_site()
    port = free_port()
    log = VAR / "server.log"
    server = None
    try:
        server = start_server(port, log)
        wait_until_ready(server, port, log)
        print(
            f"Server on 127.0.0.1:{port}; load: {WRK or 'Python client (no wrk)'}",
            flush=True,
        )
        rows = run(port, paths)
    finally:
        stop_server(server)
    print_table(rows)
    report = {
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "articles": ARTICLES,
        "server": "akhbar serve --workers 2 --no-worker (granian WSGI), settings.demo",
        "cache": "local memory, one per worker",
        "load_tool": WRK or "python client (wrk not installed)",
        "seconds": SECONDS,
        "connections": CONNECTIONS,
        "cpus": os.cpu_count(),
        "load_average_before": load_before,
        "uncached_by": f"Cookie {settings.SESSION_COOKIE_NAME}={NO_CACHE_COOKIE}",
        "results": rows,
    }
    output = VAR / "pages.json"
    output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"\nWritten to {output} in {time.monotonic() - started:.0f}s.")
    if not WRK:
        print("Measured with the Python client (wrk missing or BENCH_TOOL=python):")
        print("it saturates before the server does, so treat these as lower bounds.")
    failed = [row["name"] for row in rows if row["errors"] > row["requests"] * 0.01]
    if failed:
        print(f"More than 1% errors: {', '.join(failed)} (see {log})")
        return 1
    return 0


def _terminate(signum, frame):
    raise SystemExit(128 + signum)


WRK = None if os.environ.get("BENCH_TOOL") == "python" else loadgen.wrk_version()

if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _terminate)
    sys.exit(main())
