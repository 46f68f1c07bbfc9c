"""The Arabic newsroom is wholly Arabic, the English one wholly English.

Each screen an admin opens is rendered and its visible text read as a browser
shows it (text, and the labels in title, placeholder, aria-label, alt and
button values); scripts, styles and what people typed (input values, text
areas, the article body) are left out, and so is text marked as in another
language or an unknown one (lang=""), such as what staff wrote in the audit log.
The prose editor's toolbar, drawn by script, is checked by the editor's tests.
"""

import json
import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from akhbar.news.breaking import BreakingAlert
from akhbar.newsroom import revisions
from tests.factories import make_article, make_person, make_section, make_tag, make_user

pytestmark = pytest.mark.django_db

# Names that stay as they are in either language.
PROPER_NAMES = {"akhbar", "LDAP"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’]+")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
SHOWN_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt"}
SKIPPED = {"script", "style", "textarea", "template", "noscript"}
VOID = {
    "area",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}


class VisibleText(HTMLParser):
    """Collect what a reader of the page sees or hears."""

    def __init__(self, html: str, language: str):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.parts: list[str] = []
        self._depth = 0  # inside an element left out, how deep
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # Text marked as in another language (a link to the English newsroom,
        # an English article's title) is meant to be in it.
        other_language = attrs.get("lang", self.language) != self.language
        if self._depth or tag in SKIPPED or other_language:
            if tag not in VOID:
                self._depth += 1
            return
        for name in SHOWN_ATTRIBUTES & attrs.keys():
            self.parts.append(attrs[name] or "")
        if tag == "input" and attrs.get("type") in {"submit", "button", "reset"}:
            self.parts.append(attrs.get("value") or "")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self._depth:
            self._depth -= 1

    def handle_endtag(self, tag):
        if self._depth and tag not in VOID:
            self._depth -= 1

    def handle_data(self, data):
        if not self._depth:
            self.parts.append(data)


def foreign_words(html: str, language: str, allowed=()) -> set[str]:
    text = " ".join(VisibleText(html, language).parts)
    text = text.replace("Single Sign-On", "")  # Django's Arabic names it so
    if language == "ar":
        words = set(LATIN_WORD.findall(text))
        return words - PROPER_NAMES - set(allowed)
    return set(ARABIC_LETTER.findall(text))


@pytest.fixture
def newsroom(client):
    """An admin signed in, and one of everything the newsroom lists."""
    admin = make_user(role="admin", username="admin1")
    client.force_login(admin)
    section = make_section(slug="world", names={"ar": "العالم", "en": "World"})
    tag = make_tag(slug="climate", names={"ar": "المناخ", "en": "Climate"})
    person = make_person(slug="layla", names={"ar": "ليلى", "en": "Layla"})
    article = make_article(
        title="خبر عن المناخ", section=section, tags=[tag], authors=[person]
    )
    english = make_article(
        title="Climate story", language="en", section=section, authors=[person]
    )
    revisions.record_revision(article=article, by=admin)
    make_article(title="مسودة", published=False, section=section)
    now = timezone.now()
    BreakingAlert.objects.create(
        language="ar", text="عاجل: خبر", starts_at=now, ends_at=now + timedelta(hours=1)
    )
    from akhbar.newsroom import live

    coverage = live.start_coverage(article=article, by=admin, summary="ملخص")
    live.post_update(coverage=coverage, body="تحديث أول", by=admin)
    english_coverage = live.start_coverage(article=english, by=admin, summary="So far")
    live.post_update(coverage=english_coverage, body="First news", by=admin)
    return {
        "coverage": coverage,
        "english_coverage": english_coverage,
        "article": article,
        "english": english,
        "section": section,
        "tag": tag,
        "person": person,
        "admin": admin,
        "alert": BreakingAlert.objects.get(),
    }


def screens(objects, language="ar") -> list[str]:
    article = objects["article" if language == "ar" else "english"]
    coverage = objects["coverage" if language == "ar" else "english_coverage"]
    alert = objects["alert"]
    return [
        "",
        "news/article/",
        "news/article/?q=مناخ",
        "news/article/?q=nothing-matches",
        "news/article/?status__exact=draft",
        "news/article/?visibility=scheduled",
        f"news/article/?published_at__year={timezone.now().year}",
        "news/article/?o=5",
        "news/article/add/",
        f"news/article/{article.pk}/change/",
        f"news/article/{article.pk}/revisions/",
        f"news/article/{article.pk}/history/",
        f"news/article/{article.pk}/delete/",
        "trash/",
        "news/breakingalert/",
        "news/breakingalert/add/",
        f"news/breakingalert/{alert.pk}/change/",
        "news/section/",
        "news/section/add/",
        f"news/section/{objects['section'].pk}/change/",
        "news/tag/",
        "news/tag/add/",
        f"news/tag/{objects['tag'].pk}/change/",
        "news/person/",
        "news/person/?role__exact=columnist",
        "news/person/add/",
        f"news/person/{objects['person'].pk}/change/",
        "auth/user/",
        "auth/user/add/",
        f"auth/user/{objects['admin'].pk}/change/",
        "auth/group/",
        "newsroom/auditentry/",
        "password_change/",
        "live/livecoverage/",
        "live/livecoverage/add/",
        f"live/livecoverage/{coverage.pk}/change/",
        f"live/livecoverage/{coverage.pk}/close/",
        "frontpage/front/",
        "frontpage/front/add/",
    ]


# What people or the test data wrote stays as written: titles, names, slugs.
DATA_WORDS = {
    "Climate", "story", "Layla", "World", "climate", "world", "layla", "admin1",
    "nothing", "matches", "desk",
    # Keyboard keys are printed on Arabic keyboards in Latin letters, and named
    # so in Arabic help texts.
    "Ctrl", "Shift",
    # As Arabic technical writing names it.
    "HTML",
}  # fmt: skip


def test_every_newsroom_screen_in_arabic_has_no_english_words(client, newsroom):
    found = {}
    for screen in screens(newsroom):
        response = client.get(f"/ar/newsroom/{screen}", follow=True)
        assert response.status_code == 200, screen
        words = foreign_words(response.content.decode(), "ar", DATA_WORDS)
        if words:
            found[screen] = sorted(words)
    assert not found, "\n".join(f"{screen}: {words}" for screen, words in found.items())


def test_every_newsroom_screen_in_english_has_no_arabic(client, newsroom):
    found = {}
    for screen in screens(newsroom, "en"):
        response = client.get(f"/en/newsroom/{screen}", follow=True)
        assert response.status_code == 200, screen
        html = response.content.decode()
        # Arabic titles and names are data, shown as written.
        for data in ("خبر عن المناخ", "مسودة", "عاجل: خبر", "مناخ", "العالم",
                     "المناخ", "ليلى", "العربية"):  # fmt: skip
            html = html.replace(data, "")
        letters = foreign_words(html, "en")
        if letters:
            found[screen] = "".join(sorted(letters))
    assert not found, "\n".join(f"{screen}: {words}" for screen, words in found.items())


def messages_of(response) -> list[str]:
    # The object's name is a link to it.
    return [re.sub(r"<[^>]+>", "", str(m)) for m in response.context["messages"]]


def test_adding_says_added_and_saving_a_change_says_saved(client, newsroom):
    data = {"slug": "sport", "names_ar": "رياضة", "names_en": "Sport", "position": 7}
    added = client.post("/ar/newsroom/news/section/add/", data, follow=True)
    assert messages_of(added) == ["أُضيف القسم «رياضة»."]
    section = newsroom["section"].__class__.objects.get(slug="sport")
    changed = client.post(
        f"/ar/newsroom/news/section/{section.pk}/change/",
        {**data, "position": 8},
        follow=True,
    )
    assert messages_of(changed) == ["حُفظت التعديلات على القسم «رياضة»."]
    assert not foreign_words(changed.content.decode(), "ar", DATA_WORDS | {"sport"})


def test_every_screen_names_the_time_zone_of_its_times(client, newsroom):
    arabic = client.get("/ar/newsroom/news/article/").content.decode()
    assert "الأوقات بتوقيت مكة المكرمة (غرينتش+3)" in arabic
    assert "3 ديسمبر" in arabic or "ديسمبر" in arabic or "يناير" in arabic
    english = client.get("/en/newsroom/news/breakingalert/add/").content.decode()
    assert "Times are in Mecca time (UTC+3)" in english


def test_yes_and_no_icons_speak_the_newsroom_language(client, newsroom):
    html = client.get("/ar/newsroom/auth/user/").content.decode()
    assert 'alt="نعم"' in html and 'alt="True"' not in html


def test_roles_are_named_in_the_newsroom_language(client, newsroom):
    html = client.get("/ar/newsroom/auth/group/").content.decode()
    assert "مدير غرفة الأخبار" in html and "مراسل" in html


def test_the_admin_scripts_catalog_fills_what_django_lacks_in_arabic(client, newsroom):
    script = client.get("/ar/newsroom/jsi18n/").content.decode()
    # The catalog is JSON: non-ASCII letters come \u-escaped.
    assert f'"Today (%(date)s)": {json.dumps("اليوم (%(date)s)")}' in script
    assert f'"Now": {json.dumps("الآن")}' in script  # Django's own, still there
