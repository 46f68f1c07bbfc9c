"""The newsroom's start page: what is waiting, for whom, and what is missing.

Each block is one query for its first rows and one for its count, whatever the
size of the archive, so the numbers are exact and the page stays fast.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from akhbar.news.models import Article, ArticleStatus

from .models import AuditAction, AuditEntry
from .permissions import can_publish, can_translate, visible_articles
from .translations import stale_links

BLOCK_SIZE = 8


@dataclass
class Block:
    key: str
    title: str
    rows: list
    count: int
    empty: str
    hint: str = ""
    extra: dict = field(default_factory=dict)


def _block(key, title, queryset: QuerySet, *, empty, hint="", size=BLOCK_SIZE):
    return Block(key, title, list(queryset[:size]), queryset.count(), empty, hint)


def _cards(queryset: QuerySet) -> QuerySet:
    return queryset.select_related("section", "created_by", "status_changed_by").defer(
        "body", "summary", "lead_image_renditions"
    )


def blocks_for(user, *, now=None) -> list[Block]:
    """Return the dashboard's blocks for this member of staff."""
    now = now or timezone.now()
    mine = visible_articles(user, Article.objects.not_trashed())
    publisher = can_publish(user)
    review = _cards(
        mine.filter(status__in=[ArticleStatus.IN_REVIEW, ArticleStatus.APPROVED])
    ).order_by("status_changed_at", "id")
    blocks = [
        _block(
            "review",
            _("Waiting for you: in review")
            if publisher
            else _("Your articles in review"),
            review,
            empty=_("Nothing is waiting for review."),
            hint=_("Oldest first. Approve, send back, schedule or publish.")
            if publisher
            else _("The editors have them."),
        ),
        _block(
            "scheduled",
            _("Scheduled"),
            _cards(mine.scheduled(now=now)),
            empty=_("Nothing is scheduled."),
            hint=_("Each appears by itself at its time."),
        ),
        _block(
            "published",
            _("Recently published"),
            _cards(mine.published(now=now).newest_first()),
            empty=_("Nothing is published yet."),
        ),
        _block(
            "drafts",
            _("My drafts"),
            _cards(
                Article.objects.not_trashed()
                .filter(created_by=user, status=ArticleStatus.DRAFT)
                .annotate(returned_with=_last_return_comment())
                .order_by("-updated_at", "-id")
            ),
            empty=_("You have no drafts."),
        ),
    ]
    if can_translate(user) or publisher:
        languages = [code for code, _name in settings.LANGUAGES]
        missing = _block(
            "missing",
            _("Missing translations"),
            _cards(Article.objects.missing_a_translation(languages).newest_first()),
            empty=_("Every published story exists in every language."),
            hint=_("Published stories that exist in one language but not another."),
        )
        for article in missing.rows:
            article.missing_languages = [
                code for code in languages if getattr(article, f"missing_{code}")
            ]
        blocks.append(missing)
        blocks.append(
            _block(
                "stale",
                _("Translations to bring up to date"),
                stale_links()
                .select_related("translation", "source")
                .order_by("-translation__updated_at"),
                empty=_("Every translation follows its source."),
                hint=_("Their source changed after they were made."),
            )
        )
    return blocks


def _last_return_comment():
    """Annotate each draft with the comment of its latest "sent back", if any."""
    returns = AuditEntry.objects.filter(
        article_id=OuterRef("pk"), action=AuditAction.RETURNED
    ).order_by("-at", "-id")
    return Subquery(returns.values("comment")[:1])
