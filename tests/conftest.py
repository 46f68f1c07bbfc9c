import pytest


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    # Uploaded files and renditions go to a fresh folder per test.
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _publication_clock():
    from tests.factories import reset_publication_clock

    reset_publication_clock()


@pytest.fixture
def clock(monkeypatch):
    """Move time forward without sleeping: time.time() and timezone.now()."""
    import time

    from django.utils import timezone

    class Clock:
        offset = 0.0

        def advance(self, seconds: float) -> None:
            self.offset += seconds

    clock = Clock()
    real_time, real_now = time.time, timezone.now
    monkeypatch.setattr(time, "time", lambda: real_time() + clock.offset)
    monkeypatch.setattr(
        timezone, "now", lambda: real_now() + timezone.timedelta(seconds=clock.offset)
    )
    return clock


@pytest.fixture
def nh3_calls(monkeypatch):
    """Record the length of every input handed to nh3 (refused bodies: none)."""
    import nh3

    calls = []
    clean = nh3.clean

    def counting_clean(html, *args, **kwargs):
        calls.append(len(html))
        return clean(html, *args, **kwargs)

    monkeypatch.setattr(nh3, "clean", counting_clean)
    return calls
