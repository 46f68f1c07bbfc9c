"""Managing people never raises anyone's privileges (SECURITY.md N2)."""

import pytest
from django.contrib.auth.models import Group, Permission

from akhbar.newsroom.roles import ROLE_PERMISSIONS
from tests.factories import make_user

from .conftest import ROLES

USERS = "/ar/newsroom/auth/user/"
GROUPS = "/ar/newsroom/auth/group/"
PASSWORD = "a-long-test-password"


def change(user) -> str:
    return f"{USERS}{user.pk}/change/"


def password_form(user) -> str:
    return f"{USERS}{user.pk}/password/"


def form_data(user, **overrides) -> dict:
    """Return the user change form as the admin page would post it now."""
    data = {
        "username": user.username,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_active": "on" if user.is_active else "",
        "is_staff": "on" if user.is_staff else "",
        "is_superuser": "on" if user.is_superuser else "",
        "groups": [group.pk for group in user.groups.all()],
        "user_permissions": [p.pk for p in user.user_permissions.all()],
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value != ""}


def perm(name: str) -> Permission:
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def privileges(user) -> tuple:
    user.refresh_from_db()
    return (
        user.is_superuser,
        user.is_staff,
        user.is_active,
        sorted(user.groups.values_list("name", flat=True)),
        sorted(user.user_permissions.values_list("codename", flat=True)),
        user.password,
    )


@pytest.fixture
def superuser(db):
    return make_user(is_staff=True, is_superuser=True)


@pytest.fixture
def mighty_group(db):
    """A role that grants what the admin role does not have."""
    group = Group.objects.create(name="owners")
    group.permissions.add(perm("auth.delete_user"), perm("auth.change_group"))
    return group


@pytest.mark.parametrize("role", [r for r in ROLES if r != "admin"])
def test_roles_without_people_management_cannot_open_or_change_users(
    client, role, superuser
):
    actor = make_user(role=role)
    victim = make_user(role="reporter")
    client.force_login(actor)
    for target in (actor, victim, superuser):
        before = privileges(target)
        assert client.get(change(target)).status_code in (302, 403)
        response = client.post(
            change(target), form_data(target, is_superuser="on", is_staff="on")
        )
        assert response.status_code in (302, 403)
        response = client.post(
            password_form(target), {"password1": "x-new-pass-9", "password2": "x"}
        )
        assert response.status_code in (302, 403, 404)
        assert privileges(target) == before


def test_admin_cannot_raise_its_own_privileges_through_any_field(
    client, admin_user, mighty_group
):
    client.force_login(admin_user)
    before = privileges(admin_user)
    every_group = [group.pk for group in Group.objects.all()]
    every_permission = list(Permission.objects.values_list("pk", flat=True))
    for field, value in [
        ("is_superuser", "on"),
        ("is_active", ""),
        ("is_staff", ""),
        ("groups", every_group),
        ("groups", [mighty_group.pk]),
        ("groups", []),
        ("user_permissions", every_permission),
        ("user_permissions", [perm("auth.delete_user").pk]),
    ]:
        client.post(change(admin_user), form_data(admin_user, **{field: value}))
        assert privileges(admin_user) == before, field
    admin_user.refresh_from_db()
    assert not admin_user.has_perm("auth.delete_user")


def test_admin_may_change_its_own_name_and_address(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        change(admin_user),
        form_data(admin_user, first_name="سلمى", email="salma@example.org"),
    )
    assert response.status_code == 302
    admin_user.refresh_from_db()
    assert (admin_user.first_name, admin_user.email) == ("سلمى", "salma@example.org")


def test_admin_cannot_make_anyone_superuser(client, admin_user):
    reporter = make_user(role="reporter")
    client.force_login(admin_user)
    client.post(change(reporter), form_data(reporter, is_superuser="on"))
    reporter.refresh_from_db()
    assert not reporter.is_superuser
    html = client.get(change(reporter)).content.decode()
    assert 'name="is_superuser"' not in html


def test_admin_cannot_grant_a_permission_or_role_it_does_not_hold(
    client, admin_user, mighty_group
):
    reporter = make_user(role="reporter")
    client.force_login(admin_user)
    before = privileges(reporter)
    for field, value in [
        ("user_permissions", [perm("auth.delete_user").pk]),
        ("groups", [mighty_group.pk]),
    ]:
        response = client.post(change(reporter), form_data(reporter, **{field: value}))
        assert response.status_code == 200  # the form, with its error
        assert response.context["adminform"].form.errors[field]
        assert privileges(reporter) == before
    html = client.get(change(reporter)).content.decode()
    assert f'value="{mighty_group.pk}"' not in html


def test_admin_manages_roles_within_its_own(client, admin_user):
    reporter = make_user(role="reporter")
    client.force_login(admin_user)
    editor = Group.objects.get(name="editor")
    response = client.post(change(reporter), form_data(reporter, groups=[editor.pk]))
    assert response.status_code == 302
    assert list(reporter.groups.values_list("name", flat=True)) == ["editor"]
    # Taking a role away is managing within the role too.
    client.post(change(reporter), form_data(reporter, groups=[], is_active=""))
    reporter.refresh_from_db()
    assert not reporter.groups.exists() and not reporter.is_active


def test_superusers_are_out_of_reach_even_by_walking_ids(client, admin_user, superuser):
    client.force_login(admin_user)
    before = privileges(superuser)
    assert client.get(change(superuser)).status_code == 302  # "does not exist"
    client.post(change(superuser), form_data(superuser, is_active=""))
    assert client.get(password_form(superuser)).status_code == 404
    response = client.post(
        password_form(superuser),
        {
            "password1": "taken-over-2026",
            "password2": "taken-over-2026",
            "usable_password": "true",
        },
    )
    assert response.status_code == 404
    assert privileges(superuser) == before
    assert superuser.username not in client.get(USERS).content.decode()


def test_someone_holding_more_than_the_admin_is_view_only(client, admin_user):
    owner = make_user(role="admin")
    owner.user_permissions.add(perm("auth.delete_user"))
    client.force_login(admin_user)
    before = privileges(owner)
    response = client.post(change(owner), form_data(owner, is_active=""))
    assert response.status_code == 403
    assert privileges(owner) == before


def test_a_deactivated_account_keeps_the_privileges_it_would_regain(
    client, admin_user, mighty_group
):
    dormant = make_user(is_staff=True, is_active=False)
    dormant.groups.add(mighty_group)
    client.force_login(admin_user)
    client.post(change(dormant), form_data(dormant, is_active="on"))
    dormant.refresh_from_db()
    assert not dormant.is_active


@pytest.mark.parametrize("target_role", ["reporter", "admin", None])
def test_only_superusers_set_other_peoples_passwords(
    client, admin_user, superuser, target_role
):
    target = make_user(role=target_role)
    client.force_login(admin_user)
    new = {
        "password1": "newsroom-takeover-9",
        "password2": "newsroom-takeover-9",
        "usable_password": "true",
    }
    before = privileges(target)
    assert client.get(password_form(target)).status_code == 403
    assert client.post(password_form(target), new).status_code == 403
    assert privileges(target) == before
    assert "/password/" not in client.get(change(target)).content.decode()

    client.force_login(superuser)
    assert client.post(password_form(target), new).status_code == 302
    target.refresh_from_db()
    assert target.check_password("newsroom-takeover-9")


def test_the_admin_cannot_set_its_own_password_without_the_current_one(
    client, admin_user
):
    client.force_login(admin_user)
    new = {"password1": "no-current-needed-1", "password2": "no-current-needed-1"}
    assert client.post(password_form(admin_user), new).status_code == 403
    admin_user.refresh_from_db()
    assert admin_user.check_password(PASSWORD)


def test_new_people_are_created_without_privileges(client, admin_user):
    client.force_login(admin_user)
    response = client.post(
        f"{USERS}add/",
        {
            "username": "new-reporter",
            "usable_password": "false",
            "is_superuser": "on",
            "is_staff": "on",
        },
    )
    assert response.status_code == 302
    from django.contrib.auth import get_user_model

    created = get_user_model().objects.get(username="new-reporter")
    assert not created.is_superuser and not created.is_staff


def test_roles_that_grant_more_cannot_be_edited_or_widened(
    client, admin_user, mighty_group
):
    admin_user.user_permissions.add(perm("auth.change_group"))
    client.force_login(admin_user)
    response = client.post(
        f"{GROUPS}{mighty_group.pk}/change/",
        {"name": "owners", "permissions": []},
    )
    assert response.status_code == 403
    reporter = Group.objects.get(name="reporter")
    response = client.post(
        f"{GROUPS}{reporter.pk}/change/",
        {"name": "reporter", "permissions": [perm("auth.delete_user").pk]},
    )
    assert response.status_code == 200
    assert not reporter.permissions.filter(codename="delete_user").exists()
    assert reporter.permissions.count() == len(ROLE_PERMISSIONS["reporter"])


def test_superuser_still_manages_everything(client, superuser, mighty_group):
    reporter = make_user(role="reporter")
    client.force_login(superuser)
    response = client.post(
        change(reporter),
        form_data(reporter, is_superuser="on", groups=[mighty_group.pk]),
    )
    assert response.status_code == 302
    reporter.refresh_from_db()
    assert reporter.is_superuser and reporter.groups.get() == mighty_group
