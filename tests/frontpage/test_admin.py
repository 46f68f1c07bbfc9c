"""The newsroom's front page screen and the reader pages that show a front."""

import pytest
from django.urls import reverse

from akhbar.frontpage.models import Arrangement, ArrangementState, Front
from akhbar.newsroom import frontpage
from tests.factories import make_article, make_user

from .conftest import pictured

pytestmark = pytest.mark.django_db


def form_data(*, lead="", top=("", "", "", ""), blocks=(), **extra):
    data = {
        "lead": lead, "scheduled_lead": "", "scheduled_lead_at": "",
        "top-TOTAL_FORMS": "4", "top-INITIAL_FORMS": "4",
        "top-MIN_NUM_FORMS": "4", "top-MAX_NUM_FORMS": "4",
        "blocks-TOTAL_FORMS": str(len(blocks)), "blocks-INITIAL_FORMS": "0",
        "blocks-MIN_NUM_FORMS": "0", "blocks-MAX_NUM_FORMS": "11",
    }  # fmt: skip
    for index, story in enumerate(top):
        data[f"top-{index}-article"] = story
        data[f"top-{index}-order"] = str(index)
    for index, (kind, size) in enumerate(blocks):
        data[f"blocks-{index}-kind"] = kind
        data[f"blocks-{index}-size"] = str(size)
        data[f"blocks-{index}-order"] = str(index)
    data.update(extra)
    return data


@pytest.fixture
def home(editor):
    return frontpage.open_front(language="ar", section=None, by=editor)


def change_url(front):
    return reverse("admin:frontpage_front_change", args=[front.pk])


def test_editor_arranges_previews_and_publishes(
    client, editor, home, django_capture_on_commit_callbacks
):
    newest, chosen = pictured(title="أحدث قصة"), pictured(title="قصة اختارها المحرر")
    client.force_login(editor)
    assert client.get(change_url(home)).status_code == 200
    response = client.post(
        change_url(home),
        form_data(lead=chosen.pk, blocks=[("latest", 4)], _preview="1"),
    )
    preview = reverse("admin:frontpage_front_preview", args=[home.pk])
    assert response["Location"] == preview
    html = client.get(preview).content.decode()
    assert "front-preview" in html and "قصة اختارها المحرر" in html
    # Readers still see the newest story lead.
    client.logout()
    assert client.get("/ar/").context["front"].lead == newest
    client.force_login(editor)
    # Publishing purges the cached home page.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:frontpage_front_publish", args=[home.pk]))
    client.logout()
    assert client.get("/ar/").context["front"].lead == chosen


def test_up_button_without_javascript_moves_a_top_story(client, editor, home):
    first, second = make_article(), make_article()
    client.force_login(editor)
    client.post(
        change_url(home),
        form_data(top=(first.pk, second.pk, "", ""), move="top-1-up"),
    )
    draft = Arrangement.objects.get(front=home, state=ArrangementState.DRAFT)
    assert [(s.position, s.article) for s in draft.top_slots.all()] == [
        (0, second),
        (1, first),
    ]


def test_unpin_button_empties_the_lead(client, editor, home):
    story = make_article()
    client.force_login(editor)
    client.post(change_url(home), form_data(lead=story.pk))
    client.post(change_url(home), form_data(lead=story.pk, unpin="lead"))
    assert Arrangement.objects.get(front=home, state="draft").lead is None


def test_bad_input_is_a_message_not_a_500(client, editor, home):
    english = make_article(language="en")
    client.force_login(editor)
    response = client.post(change_url(home), form_data(lead=english.pk))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()


@pytest.mark.parametrize("role", ["reporter", "translator"])
def test_reporter_cannot_open_or_post_to_the_front_screen(client, home, role):
    client.force_login(make_user(role=role))
    story = make_article()
    assert client.get(change_url(home)).status_code == 403
    assert client.post(change_url(home), form_data(lead=story.pk)).status_code == 403
    publish = reverse("admin:frontpage_front_publish", args=[home.pk])
    assert client.post(publish).status_code == 403
    assert not Arrangement.objects.exists()


def test_dashboard_links_the_fronts_for_editors_only(client, editor):
    url = reverse("admin:frontpage_front_changelist")
    client.force_login(editor)
    assert url in client.get(reverse("admin:index")).content.decode()
    client.force_login(make_user(role="reporter"))
    assert url not in client.get(reverse("admin:index")).content.decode()


def test_adding_a_front_opens_it(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("admin:frontpage_front_add"), {"language": "en", "section": ""}
    )
    front = Front.objects.get(language="en", section=None)
    assert response["Location"] == change_url(front)


def test_home_shows_text_led_lead_without_picture_box(client, editor, home):
    bare = make_article(title="عنوان كبير بلا صورة", summary="ملخص الخبر")
    pictured()
    frontpage.save_draft(front=home, lead=bare, top=[], blocks=[], by=editor)
    frontpage.publish_front(front=home, by=editor)
    html = client.get("/ar/").content.decode()
    lead = html[html.index("front-lead") : html.index("</section>")]
    assert "front-lead--text" in lead and "عنوان كبير بلا صورة" in lead
    assert "ملخص الخبر" in lead and "<img" not in lead


def test_a_lead_change_that_has_happened_shows_as_the_lead(client, editor, home, clock):
    from datetime import timedelta

    from django.utils import timezone

    first, second = make_article(), make_article()
    frontpage.save_draft(
        front=home, lead=first, top=[], blocks=[], by=editor,
        scheduled_lead=second, scheduled_lead_at=timezone.now() + timedelta(hours=1),
    )  # fmt: skip
    clock.advance(2 * 3600)
    client.force_login(editor)
    form = client.get(change_url(home)).context["form"]
    assert form.initial == {"lead": second}
    # Saving it as shown is accepted (no schedule in the past).
    response = client.post(change_url(home), form_data(lead=second.pk))
    assert response.status_code == 302
    assert Arrangement.objects.get(front=home, state="draft").lead == second
