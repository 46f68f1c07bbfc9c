import pytest

from akhbar.search.backends import backends


@pytest.fixture
def backend(db):
    """The site's own search backend (FTS5 on SQLite, PostgreSQL on PostgreSQL)."""
    return backends["default"]


@pytest.fixture
def published(django_capture_on_commit_callbacks):
    """Make articles and run their on-commit hooks, so the index task runs."""
    from tests.factories import make_article

    def make(**fields):
        with django_capture_on_commit_callbacks(execute=True):
            return make_article(**fields)

    return make
