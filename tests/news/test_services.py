import pytest
from django.core.exceptions import ValidationError

from akhbar.news import rules, services
from akhbar.news.models import Article, ArticleStatus
from akhbar.newsroom.errors import WorkflowError
from tests.factories import image_upload, make_article, make_section, publish

pytestmark = pytest.mark.django_db


def test_arabic_title_gives_arabic_slug():
    article = make_article(title="الصين وروسيا: ممرات أوراسيا الجديدة")
    assert article.slug == "الصين-وروسيا-ممرات-أوراسيا-الجديدة"
    assert article.get_absolute_url().startswith("/ar/article/")


def test_title_without_letters_still_gets_a_slug():
    assert make_article(title="!!!").slug == "article"


def test_editor_given_slug_is_kept():
    assert make_article(slug="my-slug").slug == "my-slug"


def test_saving_sanitizes_body_and_counts_words():
    article = make_article(
        body="<p onclick='x()'>كلمة واحدة اثنتان</p><script>x</script>"
    )
    assert article.body == "<p>كلمة واحدة اثنتان</p>"
    assert article.word_count == 3
    assert article.reading_minutes == 1


@pytest.mark.parametrize(
    "fields, error_field",
    [({"title": "   "}, "title"), ({"body": "<p> </p><script>x</script>"}, "body")],
)
def test_publishing_needs_title_and_body(fields, error_field):
    article = make_article(published=False, **fields)
    with pytest.raises(ValidationError) as caught:
        rules.check_publication(article)
    assert list(caught.value.message_dict) == [error_field]
    with pytest.raises(WorkflowError):
        publish(article)
    assert Article.objects.get(pk=article.pk).status == ArticleStatus.DRAFT


def test_publishing_without_time_publishes_now():
    article = make_article(published=False)
    publish(article)
    assert Article.objects.published().get() == article


def test_lead_image_gets_renditions_for_srcset(settings):
    article = Article(
        title="صورة", body="<p>نص</p>", section=make_section(),
        lead_image=image_upload(size=(1600, 900)),
    )  # fmt: skip
    services.save_article(article=article, image_changed=True)
    widths = sorted(r["width"] for r in article.lead_image_renditions.values())
    assert widths == settings.AKHBAR_IMAGE_WIDTHS
    first = article.lead_image_renditions["480"]
    assert first["height"] == 270
    assert first["url"].startswith("/media/renditions/")


def test_small_image_is_not_upscaled():
    article = Article(
        title="صورة", body="<p>نص</p>", section=make_section(),
        lead_image=image_upload(size=(600, 400)),
    )  # fmt: skip
    services.save_article(article=article, image_changed=True)
    assert sorted(r["width"] for r in article.lead_image_renditions.values()) == [
        480,
        600,
    ]


def test_uploaded_file_name_is_never_used():
    article = Article(
        title="صورة", body="<p>نص</p>", section=make_section(),
        lead_image=image_upload(name="../../settings.py\x00.jpg"),
    )  # fmt: skip
    services.save_article(article=article, image_changed=True)
    name = article.lead_image.name
    assert name.startswith("articles/") and ".." not in name and "settings" not in name


def test_long_title_slug_is_cut_at_a_word_boundary():
    title = " ".join(["كلمة"] * 60)
    slug = make_article(title=title).slug
    assert len(slug) <= 120
    assert slug.endswith("كلمة")


def test_the_rules_refuse_a_time_before_the_embargo_field_by_field():
    from datetime import timedelta

    from django.utils import timezone

    embargo = timezone.now() + timedelta(hours=1)
    article = make_article(published=False, embargo_until=embargo)
    with pytest.raises(ValidationError) as now:
        rules.check_publication(article)
    assert list(now.value.message_dict) == ["embargo_until"]
    with pytest.raises(ValidationError) as early:
        rules.check_publication(article, at=embargo - timedelta(minutes=1))
    assert list(early.value.message_dict) == ["published_at"]
    rules.check_publication(article, at=embargo)  # the end of the embargo is fine
    publish(article, at=embargo)
    assert Article.objects.get(pk=article.pk).published_at == embargo


def test_a_live_article_is_not_scheduled_again_and_keeps_its_embargo_rule():
    from datetime import timedelta

    from django.utils import timezone

    article = make_article()
    with pytest.raises(ValidationError) as caught:
        rules.check_publication(article, at=timezone.now() + timedelta(hours=1))
    assert list(caught.value.message_dict) == ["published_at"]
    article.embargo_until = article.published_at + timedelta(hours=1)
    with pytest.raises(ValidationError) as embargo:
        services.save_article(article=article)
    assert list(embargo.value.message_dict) == ["embargo_until"]


def test_content_changed_queues_nothing_deferred_for_a_live_article(settings):
    from django.tasks import task_backends

    settings.TASKS = {
        "default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}
    }
    article = make_article()
    backend = task_backends["default"]
    backend.clear()
    services.content_changed(article.pk)
    assert [r.task.run_after for r in backend.results] == [None] * len(
        settings.AKHBAR_CONTENT_TASKS
    )
    assert all(r.args == [article.pk] for r in backend.results)
