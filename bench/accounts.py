"""`make bench-accounts`: does an account request take as long for an address
that has an account as for one that has none? (SECURITY.md N3, E2)

Builds its own database under var/bench-accounts/ (never the demo's), with the
production password hasher (Argon2id, from settings.base), and sends requests
through Django's test client in this process: sign-up, a sign-in code request,
password recovery and a password sign-in, each by email and by phone, for an
address that has an account ("existing"), one that has none ("new"), and for
sign-in also an account without a password ("passwordless"). Rate limits are
off and mail and texts stay in memory, so that only the server's own work is
timed. Each round sends every kind once, in a shuffled order, so that a drift in
the machine's speed hits all kinds alike.

Prints the median time of each kind, the ratio existing/new (and
passwordless/new) with the target 1 ± 0.15, and the load average at the start
and the end, and writes var/bench-accounts/accounts.json. BENCH_ROUNDS (200)
sets the number of rounds; a full run takes a few minutes. Exits with 1 when a
ratio misses the target (on a busy machine, run it again).
"""

import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "bench-accounts"
DATABASE = VAR / "accounts.sqlite3"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "200"))
WARM_UP_ROUNDS = 3
TARGET = 0.15  # ratios within 1 ± TARGET
SEED = 2026
LOCMEM_MAIL = "django.core.mail.backends.locmem.EmailBackend"
LOCMEM_SMS = "akhbar.accounts.sms.backends.locmem.SmsBackend"
LOCMEM_CACHE = "django.core.cache.backends.locmem.LocMemCache"

os.environ.update(
    {
        "AKHBAR_VAR_DIR": str(VAR),
        "DATABASE_URL": f"sqlite:///{DATABASE}",
        "DJANGO_SETTINGS_MODULE": "akhbar.settings.demo",
        # The audit log writes a line per request: keep the console quiet.
        "LOG_LEVEL": "WARNING",
    }
)
os.environ.pop("REDIS_URL", None)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.hashers import get_hasher  # noqa: E402
from django.core import mail  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client, override_settings  # noqa: E402

from akhbar.accounts.sms.backends import locmem as sms_outbox  # noqa: E402

PASSWORD = "a correct horse 2026"
WRONG = "not the password 1"
SIGNUP = "/ar/accounts/signup/"
CODE = "/ar/accounts/login/code/"
RESET = "/ar/accounts/password/reset/"
LOGIN = "/ar/accounts/login/"

EXISTING_EMAIL, EXISTING_PHONE = "reader@bench.example", "+966500000001"
PASSWORDLESS_EMAIL, PASSWORDLESS_PHONE = "nopassword@bench.example", "+966500000002"
UNKNOWN_EMAIL, UNKNOWN_PHONE = "nobody@bench.example", "+966500000003"


class Fresh:
    """New addresses for sign-ups, one per request."""

    count = 0

    @classmethod
    def email(cls) -> str:
        cls.count += 1
        return f"new{cls.count}@bench.example"

    @classmethod
    def phone(cls) -> str:
        cls.count += 1
        return f"+96650{1_000_000 + cls.count:07d}"


# flow -> (path, status expected, {kind: form data (called for fresh values)})
FLOWS = {
    "sign-up, email": (
        SIGNUP,
        302,
        {
            "existing": lambda: {"email": EXISTING_EMAIL, "password1": PASSWORD},
            "new": lambda: {"email": Fresh.email(), "password1": PASSWORD},
        },
    ),
    "sign-up, phone": (
        SIGNUP,
        302,
        {
            "existing": lambda: {"phone": EXISTING_PHONE, "password1": PASSWORD},
            "new": lambda: {"phone": Fresh.phone(), "password1": PASSWORD},
        },
    ),
    "sign-up, email, no password": (
        SIGNUP,
        302,
        {
            "existing": lambda: {"email": EXISTING_EMAIL},
            "new": lambda: {"email": Fresh.email()},
        },
    ),
    "sign-up, phone, no password": (
        SIGNUP,
        302,
        {
            "existing": lambda: {"phone": EXISTING_PHONE},
            "new": lambda: {"phone": Fresh.phone()},
        },
    ),
    "code request, email": (
        CODE,
        302,
        {
            "existing": lambda: {"login": EXISTING_EMAIL},
            "new": lambda: {"login": UNKNOWN_EMAIL},
        },
    ),
    "code request, phone": (
        CODE,
        302,
        {
            "existing": lambda: {"login": EXISTING_PHONE},
            "new": lambda: {"login": UNKNOWN_PHONE},
        },
    ),
    "recovery, email": (
        RESET,
        302,
        {
            "existing": lambda: {"email": EXISTING_EMAIL},
            "new": lambda: {"email": UNKNOWN_EMAIL},
        },
    ),
    "recovery, phone": (
        RESET,
        302,
        {
            "existing": lambda: {"email": EXISTING_PHONE},
            "new": lambda: {"email": UNKNOWN_PHONE},
        },
    ),
    "sign-in, email": (
        LOGIN,
        200,
        {
            "existing": lambda: {"login": EXISTING_EMAIL, "password": WRONG},
            "new": lambda: {"login": UNKNOWN_EMAIL, "password": WRONG},
            "passwordless": lambda: {"login": PASSWORDLESS_EMAIL, "password": WRONG},
        },
    ),
    "sign-in, phone": (
        LOGIN,
        200,
        {
            "existing": lambda: {"login": EXISTING_PHONE, "password": WRONG},
            "new": lambda: {"login": UNKNOWN_PHONE, "password": WRONG},
            "passwordless": lambda: {"login": PASSWORDLESS_PHONE, "password": WRONG},
        },
    ),
}


def build_database() -> None:
    """Make a fresh bench database with a reader with and one without a password."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    from akhbar.accounts.models import PhoneNumber

    # whitenoise looks for collected static files; the bench never collects them.
    (VAR / "static").mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DATABASE}{suffix}").unlink(missing_ok=True)
    call_command("migrate", interactive=False, verbosity=0)
    for email, phone, password in [
        (EXISTING_EMAIL, EXISTING_PHONE, PASSWORD),
        (PASSWORDLESS_EMAIL, PASSWORDLESS_PHONE, None),
    ]:
        user = get_user_model()(username=email.split("@")[0], email=email)
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        PhoneNumber.objects.create(user=user, number=phone, verified=True)


def send(flow: str, kind: str) -> tuple[float, str]:
    """Send one request as a new visitor; return its time in milliseconds and
    where it redirects to."""
    path, expected, kinds = FLOWS[flow]
    data = kinds[kind]()
    client = Client()
    started = time.perf_counter()
    response = client.post(path, data)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != expected:
        raise RuntimeError(f"{flow} ({kind}) answered {response.status_code}")
    return elapsed, response.get("Location", "")


def measure(rounds: int) -> dict[str, dict[str, list[float]]]:
    tasks = [(flow, kind) for flow, (_p, _s, kinds) in FLOWS.items() for kind in kinds]
    shuffle = random.Random(SEED).shuffle
    samples = {flow: {kind: [] for kind in spec[2]} for flow, spec in FLOWS.items()}
    answers = {}
    for number in range(WARM_UP_ROUNDS + rounds):
        shuffle(tasks)
        for flow, kind in tasks:
            elapsed, location = send(flow, kind)
            # Every kind of one flow must answer alike, or timing is moot.
            if answers.setdefault(flow, location) != location:
                raise RuntimeError(f"{flow} ({kind}) redirects to {location}")
            if number >= WARM_UP_ROUNDS:
                samples[flow][kind].append(elapsed)
        mail.outbox.clear()
        sms_outbox.outbox.clear()
        if number % 20 == 0:
            print(f"  round {number + 1}/{WARM_UP_ROUNDS + rounds}", flush=True)
    return samples


def summarise(samples: dict) -> list[dict]:
    rows = []
    for flow, kinds in samples.items():
        medians = {kind: statistics.median(values) for kind, values in kinds.items()}
        for kind, median in medians.items():
            if kind == "new":
                continue
            ratio = median / medians["new"]
            rows.append(
                {
                    "flow": flow,
                    "compared": f"{kind}/new",
                    "median_ms": round(median, 2),
                    "new_median_ms": round(medians["new"], 2),
                    "difference_ms": round(median - medians["new"], 2),
                    "ratio": round(ratio, 3),
                    "within_target": abs(ratio - 1) <= TARGET,
                    "samples": len(kinds[kind]),
                }
            )
    return rows


def print_table(rows: list[dict]) -> None:
    print(
        f"\n{'flow':<28} {'compared':<17} {'median ms':>9} {'new ms':>8} "
        f"{'diff ms':>8} {'ratio':>6}  target 1 ± {TARGET}"
    )
    print("-" * 96)
    for row in rows:
        verdict = "ok" if row["within_target"] else "OUTSIDE"
        print(
            f"{row['flow']:<28} {row['compared']:<17} {row['median_ms']:>9.1f} "
            f"{row['new_median_ms']:>8.1f} {row['difference_ms']:>+8.1f} "
            f"{row['ratio']:>6.3f}  {verdict}"
        )


def main() -> int:
    started = time.monotonic()
    load_before = [round(value, 2) for value in os.getloadavg()]
    print(f"Load average at start: {load_before} on {os.cpu_count()} CPUs")
    print(f"Building the bench database in {VAR} ...", flush=True)
    build_database()
    hasher = get_hasher()
    if hasher.algorithm != "argon2":
        raise RuntimeError(f"expected the production hasher (argon2), not {hasher}")
    print(
        f"Hasher: {hasher.algorithm} (time_cost {hasher.time_cost}, memory_cost "
        f"{hasher.memory_cost} KiB, parallelism {hasher.parallelism}); "
        f"{ROUNDS} rounds of {sum(len(k) for *_, k in FLOWS.values())} requests",
        flush=True,
    )
    with override_settings(
        ACCOUNT_RATE_LIMITS=False,
        AKHBAR_SMS_DAILY_LIMIT=10**9,
        MAILERS={"default": {"BACKEND": LOCMEM_MAIL}},
        SMS_BACKENDS={"default": {"BACKEND": LOCMEM_SMS}},
        CACHES={"default": {"BACKEND": LOCMEM_CACHE}},
        # No collectstatic here: pages name their files without the manifest.
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {
                "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
            },
        },
    ):
        mail.outbox = []
        rows = summarise(measure(ROUNDS))
    load_after = [round(value, 2) for value in os.getloadavg()]
    print_table(rows)
    print(f"\nLoad average at start: {load_before}; at the end: {load_after}")
    report = {
        "generated_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "rounds": ROUNDS,
        "hasher": hasher.algorithm,
        "client": "django.test.Client in process, settings.demo, rate limits off",
        "cpus": os.cpu_count(),
        "load_average_before": load_before,
        "load_average_after": load_after,
        "target": f"1 ± {TARGET}",
        "results": rows,
    }
    output = VAR / "accounts.json"
    output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"Written to {output} in {time.monotonic() - started:.0f}s.")
    missed = [f"{r['flow']} ({r['compared']})" for r in rows if not r["within_target"]]
    if missed:
        print(f"Outside 1 ± {TARGET}: {', '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
