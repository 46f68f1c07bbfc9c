"""Who may do what in the newsroom. Admin classes ask these; they decide nothing.

Roles are groups made by a migration: a reporter edits their own drafts and
cannot publish; an editor edits and publishes anything; an admin also manages
people and settings.
"""

from akhbar.news.models import Article, ArticleStatus

REPORTER, EDITOR, ADMIN = "reporter", "editor", "admin"
PUBLISH_PERMISSION = "news.publish_article"


def can_publish(user) -> bool:
    return user.is_active and user.has_perm(PUBLISH_PERMISSION)


def can_edit(user, article: Article | None) -> bool:
    if not (user.is_active and user.has_perm("news.change_article")):
        return False
    if article is None or can_publish(user):
        return True
    return article.created_by_id == user.pk and article.status == ArticleStatus.DRAFT


def visible_articles(user, queryset):
    """Return the articles this member of staff may open in the newsroom."""
    if can_publish(user):
        return queryset
    return queryset.filter(created_by=user)
