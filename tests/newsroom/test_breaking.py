"""Breaking news in the newsroom: who may post it, what is refused, the audit."""

import pytest
from django.test import Client
from django.utils import timezone

from akhbar.news.breaking import BreakingAlert
from akhbar.newsroom import breaking
from akhbar.newsroom.models import AuditAction, AuditEntry
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

ADD_URL = "/ar/newsroom/news/breakingalert/add/"
LIST_URL = "/ar/newsroom/news/breakingalert/"


def change_url(alert):
    return f"/ar/newsroom/news/breakingalert/{alert.pk}/change/"


def delete_url(alert):
    return f"/ar/newsroom/news/breakingalert/{alert.pk}/delete/"


def alert_data(**overrides) -> dict:
    start = timezone.localtime() - timezone.timedelta(minutes=1)
    end = start + timezone.timedelta(hours=1)
    data = {
        "language": "ar",
        "text": "زلزال بقوة ٦ درجات يضرب المنطقة",
        "article": "",
        "starts_at_0": start.strftime("%Y-%m-%d"),
        "starts_at_1": start.strftime("%H:%M:%S"),
        "ends_at_0": end.strftime("%Y-%m-%d"),
        "ends_at_1": end.strftime("%H:%M:%S"),
    }
    data.update(overrides)
    return data


def client_for(role: str) -> Client:
    client = Client()
    client.force_login(make_user(role=role))
    return client


def make_alert(**fields) -> BreakingAlert:
    fields.setdefault("text", "تنبيه قائم")
    return breaking.save_alert(
        alert=BreakingAlert(**fields), by=make_user(role="editor")
    )


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_editor_and_admin_post_an_alert_and_it_is_audited(role):
    response = client_for(role).post(ADD_URL, alert_data())
    assert response.status_code == 302
    alert = BreakingAlert.objects.get()
    assert alert.text == "زلزال بقوة ٦ درجات يضرب المنطقة"
    assert alert.created_by.groups.filter(name=role).exists()
    entry = AuditEntry.objects.get(action=AuditAction.BREAKING_ADDED)
    assert entry.actor == alert.created_by
    assert entry.details["alert"] == alert.pk


def test_a_story_marked_breaking_gives_its_title_and_link():
    story = make_article(title="عنوان القصة العاجلة")
    response = client_for("editor").post(ADD_URL, alert_data(text="", article=story.pk))
    assert response.status_code == 302
    alert = BreakingAlert.objects.get()
    assert alert.text == "عنوان القصة العاجلة"
    assert alert.get_absolute_url() == story.get_absolute_url()
    assert AuditEntry.objects.get(action=AuditAction.BREAKING_ADDED).article_id == (
        story.pk
    )


def test_editor_changes_and_removes_an_alert_with_audit():
    alert = make_alert()
    client = client_for("editor")
    client.post(change_url(alert), alert_data(text="نص مصحح"))
    alert.refresh_from_db()
    assert alert.text == "نص مصحح"
    client.post(delete_url(alert), {"post": "yes"})
    assert not BreakingAlert.objects.exists()
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {
        AuditAction.BREAKING_ADDED,
        AuditAction.BREAKING_CHANGED,
        AuditAction.BREAKING_REMOVED,
    } <= actions


@pytest.mark.parametrize("role", ["reporter", "translator"])
def test_reporter_cannot_add_change_or_delete_alerts(role):
    alert = make_alert(text="قبل")
    audited = AuditEntry.objects.count()
    client = client_for(role)
    assert client.get(LIST_URL).status_code == 403
    assert client.post(ADD_URL, alert_data()).status_code == 403
    assert client.post(change_url(alert), alert_data(text="بعد")).status_code == 403
    assert client.post(delete_url(alert), {"post": "yes"}).status_code == 403
    bulk = {"action": "delete_selected", "_selected_action": [alert.pk], "post": "yes"}
    assert client.post(LIST_URL, bulk).status_code == 403
    assert list(BreakingAlert.objects.values_list("text", flat=True)) == ["قبل"]
    assert AuditEntry.objects.count() == audited


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"text": "   "}, "text"),
        ({"text": "ن" * 201}, "text"),
        ({"ends_at_0": "2020-01-01", "ends_at_1": "00:00:00"}, "ends_at"),
        ({"ends_at_0": "", "ends_at_1": ""}, "ends_at"),
        ({"starts_at_0": "not a date"}, "starts_at"),
        ({"article": "999999"}, "article"),
    ],
)
def test_bad_alerts_get_a_form_error_and_nothing_is_saved(overrides, field):
    response = client_for("editor").post(ADD_URL, alert_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["adminform"].form.errors
    assert not BreakingAlert.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_story_in_another_language_is_refused():
    story = make_article(language="en", title="An English story")
    response = client_for("editor").post(ADD_URL, alert_data(text="", article=story.pk))
    assert response.status_code == 200
    assert "article" in response.context["adminform"].form.errors


def test_alert_text_is_stored_plain_on_one_line_without_bidi_controls():
    alert = make_alert(text="  عاجل\u202e: <script>x</script>\n\u2066سطر\u2069 ")
    assert alert.text == "عاجل: <script>x</script> سطر"


def test_list_shows_which_alerts_are_showing_now():
    make_alert(text="ظاهر الآن")
    make_alert(
        text="قادم لاحقا",
        starts_at=timezone.now() + timezone.timedelta(hours=2),
        ends_at=timezone.now() + timezone.timedelta(hours=3),
    )
    response = client_for("editor").get(LIST_URL)
    alerts = {a.text: a.is_showing_now for a in response.context["cl"].result_list}
    assert alerts == {"ظاهر الآن": True, "قادم لاحقا": False}


def test_pages_are_purged_now_and_again_when_the_alert_starts_and_ends(
    settings, django_capture_on_commit_callbacks
):
    from django.tasks import task_backends

    settings.TASKS = {
        "default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}
    }
    start = timezone.now() + timezone.timedelta(minutes=5)
    end = start + timezone.timedelta(hours=1)
    with django_capture_on_commit_callbacks(execute=True):
        make_alert(starts_at=start, ends_at=end)
    runs = [result.task.run_after for result in task_backends["default"].results]
    assert None in runs and start in runs and end in runs


@pytest.mark.parametrize("role", ["reporter", "translator", None])
def test_the_service_itself_refuses_roles_without_breaking_news(role):
    """No path around the check: a command or another page calls the service."""
    from akhbar.newsroom.errors import NotAllowed

    outsider = make_user(role=role)
    with pytest.raises(NotAllowed):
        breaking.save_alert(alert=BreakingAlert(text="عاجل مزور"), by=outsider)
    alert = make_alert(text="باق")
    with pytest.raises(NotAllowed):
        breaking.remove_alerts(alerts=[alert], by=outsider)
    assert list(BreakingAlert.objects.values_list("text", flat=True)) == ["باق"]
