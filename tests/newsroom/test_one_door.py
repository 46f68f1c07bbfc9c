"""One door for an article's state: nothing outside the workflow assigns it."""

import ast
from pathlib import Path

import pytest

from akhbar.newsroom import workflow
from tests.factories import make_article, make_user

SRC = Path(__file__).resolve().parents[2] / "src" / "akhbar"
WRITES = {"update", "create", "update_or_create", "get_or_create", "Article"}


def status_writes(path: Path) -> list[int]:
    """Return the lines of a module that assign an article's status."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets = [node.target]
        for target in targets:
            for part in ast.walk(target):
                if isinstance(part, ast.Attribute) and part.attr == "status":
                    lines.append(node.lineno)
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in WRITES and any(k.arg == "status" for k in node.keywords):
                lines.append(node.lineno)
    return lines


def test_only_the_workflow_assigns_an_articles_status():
    found = {
        str(path.relative_to(SRC)): status_writes(path)
        for path in SRC.rglob("*.py")
        if "migrations" not in path.parts
    }
    writers = {path: lines for path, lines in found.items() if lines}
    assert list(writers) == ["newsroom/workflow.py"]
    assert len(writers["newsroom/workflow.py"]) == 1  # `_move`, and nowhere else


def test_the_scan_finds_a_status_write(tmp_path):
    # Guard against the scan above passing because it finds nothing.
    module = tmp_path / "sneaky.py"
    module.write_text(
        "article.status = 'published'\n"
        "Article.objects.filter(pk=1).update(status='draft')\n"
        "Article.objects.filter(status='draft')\n",
        encoding="utf-8",
    )
    assert status_writes(module) == [1, 2]


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(workflow.STEPS))
def test_every_step_takes_the_one_signature(name):
    """Each registered step answers take(name, article, by, comment, at)."""
    editor = make_user(role="admin")
    article = make_article(published=False, created_by=editor)
    try:
        outcome = workflow.take(
            name, article=article, by=editor, comment="سبب الخطوة", at=None
        )
    except workflow.WorkflowError as refused:
        assert refused.message  # refused for the article's state, with a reason
    else:
        assert outcome.message


@pytest.mark.django_db
def test_an_unknown_step_is_refused_not_a_500():
    editor = make_user(role="editor")
    with pytest.raises(workflow.WorkflowError):
        workflow.take("delete-everything", article=make_article(), by=editor)
