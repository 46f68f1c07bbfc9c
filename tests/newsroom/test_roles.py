import pytest
from django.contrib.auth.models import Group

from akhbar.news.models import ArticleStatus
from akhbar.newsroom.permissions import can_edit, can_publish
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def test_roles_exist_after_migrations():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "reporter",
        "translator",
        "editor",
        "admin",
    }


def test_role_groups_have_exactly_the_permissions_of_the_roles_table():
    from akhbar.newsroom.roles import ROLE_PERMISSIONS

    for role, names in ROLE_PERMISSIONS.items():
        group = Group.objects.get(name=role)
        granted = {
            f"{app}.{codename}"
            for app, codename in group.permissions.values_list(
                "content_type__app_label", "codename"
            )
        }
        assert granted == set(names), role


def test_apply_roles_strictly_finds_every_permission():
    from django.apps import apps

    from akhbar.newsroom.roles import apply_roles

    apply_roles(apps, strict=True)  # raises LookupError on a misspelt permission


@pytest.mark.parametrize(
    "role, publishes, edits_others, edits_own_draft, manages_users",
    [
        ("reporter", False, False, True, False),
        ("translator", False, False, True, False),
        ("editor", True, True, True, False),
        ("admin", True, True, True, True),
        (None, False, False, False, False),
    ],
)
def test_permission_matrix(
    role, publishes, edits_others, edits_own_draft, manages_users
):
    user = make_user(role=role)
    others = make_article(published=False)
    own_draft = make_article(published=False, created_by=user)
    assert can_publish(user) is publishes
    assert can_edit(user, others) is edits_others
    assert can_edit(user, own_draft) is edits_own_draft
    assert user.has_perm("auth.change_user") is manages_users


def test_reporter_loses_edit_right_once_own_article_is_published():
    reporter = make_user(role="reporter")
    article = make_article(created_by=reporter)
    assert article.status == ArticleStatus.PUBLISHED
    assert can_edit(reporter, article) is False


def test_inactive_editor_can_do_nothing():
    editor = make_user(role="editor", is_active=False)
    assert can_publish(editor) is False
    assert can_edit(editor, make_article()) is False
