"""Load generators for the benchmarks: wrk when installed, else a Python client.

Both return the same dict: rps, p50_ms, p99_ms, requests, errors. They only ever
talk to 127.0.0.1 and stop after a fixed duration.
"""

import http.client
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def wrk_version() -> str | None:
    if shutil.which("wrk") is None:
        return None
    # wrk -v prints its version and exits with 1.
    done = subprocess.run(
        ["wrk", "-v"], capture_output=True, text=True, timeout=10, check=False
    )
    return (done.stdout + done.stderr).split("Copyright")[0].strip() or "wrk"


def _check_local(url: str) -> None:
    if urlsplit(url).hostname != "127.0.0.1":
        raise ValueError(f"benchmarks only load 127.0.0.1, not {url}")


def _ms(value: str, unit: str) -> float:
    return float(value) * UNITS_MS[unit]


def parse_wrk(output: str) -> dict:
    """Return rps, p50_ms, p99_ms, requests and errors from `wrk --latency` output."""
    latency = {
        percent: _ms(value, unit)
        for percent, value, unit in re.findall(
            r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE
        )
    }
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    if not (rps and total and {"50", "99"} <= set(latency)):
        raise RuntimeError(f"could not read wrk's output:\n{output}")
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    sockets = re.search(r"Socket errors: (.*)", output)
    socket_errors = (
        sum(int(n) for n in re.findall(r"\d+", sockets.group(1))) if sockets else 0
    )
    return {
        "rps": float(rps.group(1)),
        "p50_ms": latency["50"],
        "p99_ms": latency["99"],
        "requests": int(total.group(1)),
        "errors": (int(bad.group(1)) if bad else 0) + socket_errors,
    }


def run_wrk(
    url: str,
    *,
    seconds: int,
    connections: int,
    threads: int = 2,
    headers: dict | None = None,
    script: Path | None = None,
) -> dict:
    _check_local(url)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    # Uncached pages under 32 connections can queue for seconds: count them as
    # slow, not as failed.
    command += ["--timeout", "30s"]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    if script is not None:
        command += ["-s", str(script)]
    done = subprocess.run(
        [*command, url],
        capture_output=True,
        text=True,
        timeout=seconds + 30,
        check=True,
    )
    return parse_wrk(done.stdout)


def run_python(
    url: str,
    *,
    seconds: int,
    connections: int,
    headers: dict | None = None,
    paths: list[str] | None = None,
) -> dict:
    """Keep-alive clients in threads; far weaker than wrk, so only a fallback."""
    _check_local(url)
    parts = urlsplit(url)
    paths = paths or [parts.path or "/"]
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(offset: int) -> None:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
        mine, failed, n = [], 0, offset
        while time.monotonic() < deadline:
            path = paths[n % len(paths)]
            n += 1
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers or {})
                response = connection.getresponse()
                response.read()
                if response.status >= 400:
                    failed += 1
            except (OSError, http.client.HTTPException):
                failed += 1
                connection.close()
                connection = http.client.HTTPConnection(
                    parts.hostname, parts.port, timeout=5
                )
                continue
            mine.append((time.perf_counter() - started) * 1000)
        connection.close()
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    workers = [
        threading.Thread(target=client, args=(n * 37,), daemon=True)
        for n in range(connections)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=seconds + 30)
    elapsed = time.monotonic() - started
    latencies.sort()
    if not latencies:
        raise RuntimeError(f"no successful responses from {url}")

    def percentile(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(len(latencies) * p))]

    return {
        "rps": len(latencies) / elapsed,
        "p50_ms": percentile(0.50),
        "p99_ms": percentile(0.99),
        "requests": len(latencies) + errors[0],
        "errors": errors[0],
    }


def rotation_script(paths: list[str], target: Path) -> Path:
    """Write a wrk Lua script that walks through `paths`, each thread elsewhere."""
    listing = ",\n".join(f'  "{path}"' for path in paths)
    target.write_text(
        f"""local paths = {{
{listing}
}}
local threads = 0
function setup(thread)
  thread:set("offset", threads * 397)
  threads = threads + 1
end
function init(args)
  position = offset or 0
end
function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end
""",
        encoding="utf-8",
    )
    return target
