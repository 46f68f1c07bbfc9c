"""`make bench-search`: indexing speed, query latency and size of the search index.

For each backend (SQLite FTS5, then PostgreSQL full-text search) this builds its
own database, never the demo's: `var/bench-search/search.sqlite3`, and the
PostgreSQL database `akhbar_bench_search` on BENCH_PG_URL (default
postgres://postgres@127.0.0.1:5432/), created at the start and dropped at the
end. It then:

1. generates 10,000 Arabic articles (see `ArticleWriter`: a word-level Markov
   chain trained on the demo's own Arabic stories, and 400 topics of words
   built from Arabic roots, patterns and affixes, and names, drawn with Zipf
   laws; about 100 articles a day, so 100,000 span three years: no downloads,
   the same text every run);
2. indexes them with `rebuild_index()` (what `akhbar search-rebuild` runs);
3. times queries: 1, 2 and 3 words, and quoted two-word phrases, taken from
   the generated articles (words that occur together, so most queries find
   something), each run through the backend as the search page asks it
   (Arabic, 10 per page, with the total count);
4. grows the collection to 100,000 articles, indexing the new 90,000 as
   publishing would (`refresh_articles`), and times the queries again.

Prints a table and writes var/bench-search/search.json. BENCH_ARTICLES (100000)
sets the final size, BENCH_QUERIES (300) the queries per kind, BENCH_BACKENDS
(sqlite,postgresql) which backends run; BENCH_KEEP=1 keeps the PostgreSQL
database afterwards. A full run takes a few minutes.
"""

import bisect
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VAR = ROOT / "var" / "bench-search"
RESULTS = VAR / "search.json"
SQLITE_FILE = VAR / "search.sqlite3"
PG_SERVER = os.environ.get("BENCH_PG_URL", "postgres://postgres@127.0.0.1:5432/")
PG_DATABASE = "akhbar_bench_search"
FIRST = 10_000
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "100000"))
QUERIES = int(os.environ.get("BENCH_QUERIES", "300"))
BACKENDS = os.environ.get("BENCH_BACKENDS", "sqlite,postgresql").split(",")
# Keep the PostgreSQL database afterwards, to look into it (drop it yourself).
KEEP = os.environ.get("BENCH_KEEP") == "1"
WARM_UP = 30
PAGE_SIZE = 10
BATCH = 2000
SEED = 2026

# -- the text generator ---------------------------------------------------

CONSONANTS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي"
# Arabic noun and verb patterns over a root (1, 2, 3 stand for its letters).
PATTERNS = [
    "123", "1a23", "12i3", "ma123", "ma12u3", "ta12i3", "i1ti2a3", "ista12a3",
    "1a2i3", "1u2a3a", "ma1a2i3", "1a2a3a", "mu1a22i3", "ta1a2u3", "in1i2a3",
]  # fmt: skip
VOWEL_LETTERS = {"a": "ا", "i": "ي", "u": "و"}
PREFIXES = ["", "", "", "ال", "ال", "وال", "بال", "لل", "و", "ب", "ف"]
SUFFIXES = ["", "", "", "ة", "ات", "ون", "ين", "ي", "ية", "ها", "هم", "ان"]
SYLLABLES = ["با", "تي", "را", "لو", "ما", "نا", "سي", "كو", "دي", "شا", "غو", "زي"]
LATIN_NAMES = ["BRICS+", "AUKUS", "SCO", "G20", "OPEC+", "NATO", "ASEAN", "IMF"]


def _zipf_weights(count: int, exponent: float = 1.05) -> list[float]:
    return list(itertools.accumulate(1 / (rank**exponent) for rank in range(1, count)))


class ArticleWriter:
    """Arabic news-like text: a Markov chain for the grammar, topics for the rest.

    Function words and common words come from the chain, trained on the demo's
    Arabic stories. Each article is about one or two of 400 topics (popular
    ones more often, by a Zipf law); most of its other words and its names come
    from those topics, also by a Zipf law, as in a real archive, where a
    word like "desalination" is frequent in a few stories and absent from most.
    """

    TOPICS = 400
    TOPIC_WORDS = 150
    TOPIC_NAMES = 25

    def __init__(self, rng: random.Random):
        from akhbar.demo.datafiles import read_content

        self.rng = rng
        _taxonomy, stories = read_content()
        words = [
            word
            for story in stories
            for version in story.versions
            if version.language == "ar"
            for paragraph in [version.title, *version.body]
            for word in paragraph.split()
        ]
        self.chain: dict[str, list[str]] = {}
        for current, following in itertools.pairwise(words):
            self.chain.setdefault(current, []).append(following)
        self.starts = [w for w in words if not w.endswith(("،", ".", ":"))]
        vocabulary = self._topic_words(self.TOPICS * self.TOPIC_WORDS)
        self.topics = [
            (
                vocabulary[n * self.TOPIC_WORDS : (n + 1) * self.TOPIC_WORDS],
                [self._name() for _ in range(self.TOPIC_NAMES)],
            )
            for n in range(self.TOPICS)
        ]
        self.topic_weights = _zipf_weights(self.TOPICS + 1, 0.9)
        self.word_weights = _zipf_weights(self.TOPIC_WORDS + 1)
        self.name_weights = _zipf_weights(self.TOPIC_NAMES + 1)
        self.current = self.topics[:1]

    def _topic_words(self, count: int) -> list[str]:
        words = []
        while len(words) < count:
            root = self.rng.sample(CONSONANTS, 3)
            pattern = self.rng.choice(PATTERNS)
            stem = "".join(
                root[int(c) - 1] if c.isdigit() else VOWEL_LETTERS.get(c, c)
                for c in pattern
                if c != "a" or self.rng.random() < 0.5
            )
            words.append(stem)
        return words

    def _name(self) -> str:
        return "".join(self.rng.choices(SYLLABLES, k=self.rng.randint(2, 4)))

    def _pick(self, population, weights) -> str:
        point = self.rng.random() * weights[-1]
        return population[bisect.bisect(weights, point)]

    def sentence(self, length: int) -> str:
        rng = self.rng
        word = rng.choice(self.starts)
        out = []
        for _ in range(length):
            roll = rng.random()
            if roll < 0.3:
                topic_words, _names = rng.choice(self.current)
                topic = self._pick(topic_words, self.word_weights)
                out.append(rng.choice(PREFIXES) + topic + rng.choice(SUFFIXES))
            elif roll < 0.34:
                _words, names = rng.choice(self.current)
                out.append(self._pick(names, self.name_weights))
            elif roll < 0.342:
                out.append(rng.choice(LATIN_NAMES))
            else:
                out.append(word.rstrip("،.:"))
            following = self.chain.get(word)
            word = rng.choice(following) if following else rng.choice(self.starts)
        return " ".join(out)

    def article(self) -> tuple[str, str, list[str]]:
        rng = self.rng
        self.current = [
            self._pick(self.topics, self.topic_weights)
            for _ in range(rng.randint(1, 2))
        ]
        title = self.sentence(rng.randint(6, 12))
        summary = self.sentence(rng.randint(18, 32)) + "."
        body = [
            "، ".join(
                self.sentence(rng.randint(10, 20)) for _ in range(rng.randint(2, 3))
            )
            + "."
            for _ in range(rng.randint(3, 6))
        ]
        return title, summary, body


# -- one backend, in its own process ----------------------------------------


def _percentiles(samples: list[float]) -> dict:
    ordered = sorted(samples)

    def at(share: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))], 2)

    return {
        "p50": at(0.50),
        "p95": at(0.95),
        "p99": at(0.99),
        "mean": round(statistics.fmean(ordered), 2),
    }


def _make_articles(writer, sections, start: int, count: int, keep: list) -> list[int]:
    from django.db import transaction
    from django.utils import timezone

    from akhbar.news.models import Article, ArticleStatus

    now = timezone.now()
    ids = []
    for offset in range(0, count, BATCH):
        batch = []
        for n in range(start + offset, start + min(count, offset + BATCH)):
            title, summary, body = writer.article()
            if len(keep) < 3000 and writer.rng.random() < 0.05:
                keep.append(f"{title} {summary} {' '.join(body)}")
            batch.append(
                Article(
                    title=title[:300],
                    slug=f"bench-{n}",
                    summary=summary[:600],
                    body="".join(f"<p>{p}</p>" for p in body),
                    language="ar",
                    section=sections[n % len(sections)],
                    status=ArticleStatus.PUBLISHED,
                    # About 100 a day: 100,000 articles span three years.
                    published_at=now - timedelta(minutes=15 * n),
                    word_count=sum(len(p.split()) for p in body),
                )
            )
        with transaction.atomic():
            ids += [a.pk for a in Article.objects.bulk_create(batch)]
    return ids


def _queries(texts: list[str], rng: random.Random) -> dict[str, list[str]]:
    from akhbar.text import words
    from akhbar.text.vocabulary import is_stopword

    def content_words(text):
        return [w for w in words(text) if not is_stopword(w) and len(w) > 2]

    kinds: dict[str, list[str]] = {"1 word": [], "2 words": [], "3 words": []}
    kinds["phrase"] = []
    while min(len(v) for v in kinds.values()) < QUERIES + WARM_UP:
        found = content_words(rng.choice(texts))
        if len(found) < 6:
            continue
        for size in (1, 2, 3):
            kinds[f"{size} word" + ("s" if size > 1 else "")].append(
                " ".join(rng.sample(found, size))
            )
        at = rng.randrange(len(found) - 1)
        kinds["phrase"].append(f'"{found[at]} {found[at + 1]}"')
    return {kind: texts[: QUERIES + WARM_UP] for kind, texts in kinds.items()}


def _time_queries(queries: dict[str, list[str]]) -> dict:
    from akhbar.search.backends import backends
    from akhbar.search.queries import filters_for, read_query

    backend = backends["default"]
    results = {}
    for kind, texts in queries.items():
        samples, found = [], 0
        for n, text in enumerate(texts):
            query = read_query(text)
            started = time.perf_counter()
            hits = backend.search(
                query, filters=filters_for(language="ar"), limit=PAGE_SIZE
            )
            elapsed = (time.perf_counter() - started) * 1000
            if n >= WARM_UP:
                samples.append(elapsed)
                found += bool(hits.total)
        results[kind] = _percentiles(samples) | {
            "found": round(found / len(samples), 2)
        }
    return results


def _size(vendor: str) -> dict:
    from django.db import connection

    with connection.cursor() as cursor:
        if vendor == "sqlite":
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            total = SQLITE_FILE.stat().st_size
            try:
                cursor.execute(
                    "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_%'"
                )
                index = cursor.fetchone()[0]
            except Exception:  # dbstat is not compiled into every SQLite
                index = None
        else:
            cursor.execute("SELECT pg_database_size(current_database())")
            total = cursor.fetchone()[0]
            cursor.execute("SELECT pg_total_relation_size('search_document')")
            index = cursor.fetchone()[0]
    mib = 1024 * 1024
    return {
        "database_mib": round(total / mib, 1),
        "index_mib": round(index / mib, 1) if index else None,
    }


def run_backend(vendor: str) -> dict:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from akhbar.news.models import Section
    from akhbar.search.services import rebuild_index, refresh_articles

    call_command("migrate", verbosity=0)
    assert connection.vendor == vendor, connection.vendor
    rng = random.Random(SEED)
    writer = ArticleWriter(rng)
    sections = [
        Section.objects.create(slug=f"bench-{n}", names={"ar": f"قسم {n}"}, position=n)
        for n in range(5)
    ]
    kept: list[str] = []
    report: dict = {"backend": vendor, "stages": []}

    started = time.perf_counter()
    ids = _make_articles(writer, sections, 0, min(FIRST, ARTICLES), kept)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    rebuild_index()
    indexing = time.perf_counter() - started
    queries = _queries(kept, random.Random(SEED + 1))
    report["stages"].append(
        {
            "articles": len(ids),
            "generate_s": round(generated, 1),
            "index_s": round(indexing, 1),
            "index_per_s": round(len(ids) / indexing),
            "queries_ms": _time_queries(queries),
            "size": _size(vendor),
        }
    )
    print(f"  {vendor}: {len(ids)} articles indexed", file=sys.stderr, flush=True)

    if ARTICLES > FIRST:
        started = time.perf_counter()
        more = _make_articles(writer, sections, FIRST, ARTICLES - FIRST, kept)
        generated = time.perf_counter() - started
        started = time.perf_counter()
        refresh_articles(article_ids=more)
        from akhbar.search.backends import backends

        backends["default"].optimize()
        indexing = time.perf_counter() - started
        queries = _queries(kept, random.Random(SEED + 2))
        report["stages"].append(
            {
                "articles": len(ids) + len(more),
                "generate_s": round(generated, 1),
                "index_s": round(indexing, 1),
                "index_per_s": round(len(more) / indexing),
                "queries_ms": _time_queries(queries),
                "size": _size(vendor),
            }
        )
    return report


# -- the driver -------------------------------------------------------------


def _pg(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_SERVER.rstrip("/") + "/postgres", autocommit=True) as c:
        c.execute(sql)


def _child_env(vendor: str) -> dict:
    env = dict(os.environ)
    env.pop("REDIS_URL", None)
    env.update(
        {
            "AKHBAR_VAR_DIR": str(VAR),
            "DJANGO_SETTINGS_MODULE": os.environ.get(
                "BENCH_SETTINGS", "akhbar.settings.demo"
            ),
            "DATABASE_URL": (
                f"sqlite:///{SQLITE_FILE}"
                if vendor == "sqlite"
                else PG_SERVER.rstrip("/") + "/" + PG_DATABASE
            ),
        }
    )
    return env


def main() -> int:
    VAR.mkdir(parents=True, exist_ok=True)
    reports = []
    for vendor in BACKENDS:
        print(f"{vendor}: {ARTICLES} articles …", file=sys.stderr, flush=True)
        if vendor == "sqlite":
            for path in VAR.glob("search.sqlite3*"):
                path.unlink()
        else:
            _pg(f"DROP DATABASE IF EXISTS {PG_DATABASE}")
            _pg(f"CREATE DATABASE {PG_DATABASE}")
        try:
            child = subprocess.run(
                [sys.executable, __file__, "--backend", vendor],
                env=_child_env(vendor),
                capture_output=True,
                text=True,
            )
        finally:
            if vendor != "sqlite" and not KEEP:
                _pg(f"DROP DATABASE IF EXISTS {PG_DATABASE}")
        if child.returncode:
            print(child.stdout, child.stderr, sep="\n", file=sys.stderr)
            return child.returncode
        print(child.stderr, end="", file=sys.stderr)
        reports.append(json.loads(child.stdout))
    RESULTS.write_text(json.dumps(reports, indent=2, ensure_ascii=False))
    print_table(reports)
    print(f"\nWritten to {RESULTS.relative_to(ROOT)}")
    return 0


def print_table(reports: list[dict]) -> None:
    for report in reports:
        print(f"\n{report['backend']}")
        for stage in report["stages"]:
            size = stage["size"]
            print(
                f"  {stage['articles']:>7} articles: indexed {stage['index_per_s']}/s "
                f"({stage['index_s']} s), database {size['database_mib']} MiB"
                + (f", index {size['index_mib']} MiB" if size["index_mib"] else "")
            )
            print(f"    {'query':<9} {'p50':>7} {'p95':>7} {'p99':>7}   found")
            for kind, timing in stage["queries_ms"].items():
                print(
                    f"    {kind:<9} {timing['p50']:>6}ms {timing['p95']:>6}ms "
                    f"{timing['p99']:>6}ms   {timing['found']:.0%}"
                )


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--backend":
        sys.path.insert(0, str(ROOT / "src"))
        print(json.dumps(run_backend(sys.argv[2])))
        sys.exit(0)
    sys.exit(main())
