# The two set-up commands are `make demo` and `make test`; everything else here
# is what they are made of.
SHELL := /bin/sh
PORT ?= 8000
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/$(VENV)
export UV_PYTHON_DOWNLOADS := never
export UV_NO_CONFIG := 1
AKHBAR := $(VENV)/bin/akhbar
# Links in pages, feeds and mails are built from the site URL: follow PORT.
demo: export AKHBAR_SITE_URL ?= http://127.0.0.1:$(PORT)

.PHONY: demo test env lint format bench clean messages bench-search

demo: env
	$(AKHBAR) demo
	PORT=$(PORT) $(AKHBAR) serve

test: env
	$(VENV)/bin/pytest

env: $(VENV)/.synced

# uv itself lives in its own small venv so that `uv sync` (which removes what the
# lock does not list) never uninstalls it.
$(UV):
	@python=$$(scripts/find-python) || exit 1; \
	echo "Using $$python"; \
	"$$python" -m venv $(TOOLS) && $(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	@python=$$(scripts/find-python) || exit 1; \
	$(UV) sync --frozen --python "$$python"
	@touch $@

lint: env
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: env
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

bench: env
	$(VENV)/bin/python bench/pages.py

# The search index on SQLite and PostgreSQL, 10,000 then 100,000 articles.
bench-search: env
	$(VENV)/bin/python bench/search.py

# Does an account request take as long for a known address as for an unknown
# one? Medians and their ratios, with the production password hasher.
.PHONY: bench-accounts
bench-accounts: env
	$(VENV)/bin/python bench/accounts.py

# Needs GNU gettext (xgettext, msgfmt); the compiled .mo files are committed so
# that a fresh machine without gettext still has working translations.
messages: env
	$(AKHBAR) makemessages --locale ar --locale en --no-obsolete \
		--ignore '.venv/*' --ignore '.tools/*' --ignore 'var/*' --ignore 'tests/*' \
		--ignore 'bench/*'
	$(AKHBAR) compilemessages --ignore '.venv/*' --ignore '.tools/*'

clean:
	rm -rf $(VENV) $(TOOLS) var/
