"""What the API accepts (query parameters) and returns (JSON objects)."""

from datetime import UTC, datetime

from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import field_validator
from pydantic_core import PydanticCustomError

from akhbar.news.languages import language_codes
from akhbar.news.models import StoryLabel

MAX_PAGE = 10_000
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
# Letters (any script), digits, "-" and "_": keeps NUL and the like off the database.
SLUG_PATTERN = r"^[-\w]+$"
MAX_SLUG_LENGTH = 80


class PageParams(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")
    page_size: int = Field(
        DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Items per page."
    )


class LanguageParam(Schema):
    lang: str | None = Field(
        None,
        description="A configured language code (ar, en): filters, and picks names.",
    )

    @field_validator("lang", mode="before")
    @classmethod
    def known_language(cls, value):
        if value in (None, ""):
            return None
        code = str(value).strip().lower()
        if code not in language_codes():
            raise PydanticCustomError(
                "unknown_language",
                _("Unknown language. Use one of: %(codes)s.")
                % {"codes": ", ".join(language_codes())},
            )
        return code

    def link_query(self) -> dict:
        """Return the filters to repeat in next/previous links."""
        return {"lang": self.lang}


class ArticleFilters(LanguageParam, PageParams):
    section: str | None = Field(
        None,
        max_length=MAX_SLUG_LENGTH,
        pattern=SLUG_PATTERN,
        description="A section slug.",
    )
    tag: str | None = Field(
        None,
        max_length=MAX_SLUG_LENGTH,
        pattern=SLUG_PATTERN,
        description="A tag slug.",
    )
    updated_since: datetime | None = Field(
        None,
        description="ISO 8601 date and time; without an offset it is read as UTC.",
    )

    @field_validator("section", "tag", "updated_since", mode="before")
    @classmethod
    def blank_is_absent(cls, value):
        return None if value == "" else value

    @field_validator("updated_since")
    @classmethod
    def aware(cls, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        try:
            # The database stores UTC: 0001-01-01T00:00+05:00 has no UTC value.
            return value.astimezone(UTC)
        except OverflowError:
            raise PydanticCustomError("out_of_range", "out of range") from None

    def link_query(self) -> dict:
        since = self.updated_since.isoformat() if self.updated_since else None
        return super().link_query() | {
            "section": self.section,
            "tag": self.tag,
            "updated_since": since,
        }


class ListParams(LanguageParam, PageParams):
    pass


class NamedRef(Schema):
    slug: str
    name: str
    url: str


class PersonOut(NamedRef):
    role: str


class PersonDetailOut(PersonOut):
    bio: str


class SectionOut(NamedRef):
    names: dict[str, str]


class TagOut(NamedRef):
    names: dict[str, str]


class RenditionOut(Schema):
    url: str
    width: int
    height: int


class ImageOut(Schema):
    caption: str
    credit: str
    renditions: list[RenditionOut] = Field(description="Narrowest first.")


class TranslationOut(Schema):
    language: str
    id: int
    url: str


class ArticleOut(Schema):
    id: int
    url: str
    title: str
    slug: str
    label: StoryLabel = Field(
        description="The kind of story (opinion, analysis, interview, report, "
        'video), or "" for none.'
    )
    summary: str
    body_html: str = Field(description="Sanitized HTML, safe to insert as is.")
    language: str
    section: NamedRef
    tags: list[NamedRef]
    authors: list[NamedRef]
    editor: NamedRef | None
    image: ImageOut | None
    published_at: datetime
    updated_at: datetime
    translations: list[TranslationOut]
    reading_minutes: int


class Page(Schema):
    count: int
    next: str | None
    previous: str | None


class ArticlePage(Page):
    results: list[ArticleOut]


class SectionPage(Page):
    results: list[SectionOut]


class TagPage(Page):
    results: list[TagOut]


class PersonPage(Page):
    results: list[PersonOut]


class ErrorOut(Schema):
    detail: str | list[dict]
