"""Who may do what in the newsroom. Admin classes and services ask these.

Roles are groups made by migrations (roles.py): a reporter edits their own
drafts and submits them; a translator does the same with the translations they
start; an editor reviews, publishes, corrects and edits anything; an admin also
restores from the trash and reads the audit log.

The answers do not depend on an article's state, except for editing: whether a
step is legal from the state an article is in is the workflow's business, so a
double-posted step gets "already done" rather than "not allowed".
"""

from typing import TYPE_CHECKING, TypeGuard

from django.contrib.auth.models import Group, Permission
from django.db.models import Q, QuerySet

from akhbar.news.models import Article, ArticleStatus
from akhbar.news.querysets import ArticleQuerySet

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User

# Who asks: a signed-in member of staff, a visitor, or nobody (a command).
type Asker = User | AnonymousUser | None

REPORTER, TRANSLATOR, EDITOR, ADMIN = "reporter", "translator", "editor", "admin"
PUBLISH_PERMISSION = "news.publish_article"
TRANSLATE_PERMISSION = "news.translate_article"
NOTE_PERMISSION = "news.add_articlenote"
TRASH_PERMISSION = "news.delete_article"
UNTRASH_PERMISSION = "news.restore_trashed_article"
AUDIT_PERMISSION = "newsroom.view_auditentry"
CHANGE_USER_PERMISSION = "auth.change_user"


def _has(user: Asker, permission: str) -> TypeGuard["User"]:
    return bool(user and user.is_active and user.has_perm(permission))


def can_publish(user: Asker) -> bool:
    """Approve, send back, schedule, publish, unschedule and unpublish."""
    return _has(user, PUBLISH_PERMISSION)


def can_edit(user: Asker, article: Article | None) -> bool:
    if not _has(user, "news.change_article"):
        return False
    if article is not None and article.is_trashed:
        return False  # restore it from the trash first
    if article is None or can_publish(user):
        return True
    return article.created_by_id == user.pk and article.status == ArticleStatus.DRAFT


def can_submit(user: Asker, article: Article) -> bool:
    if not _has(user, "news.change_article"):
        return False
    return can_publish(user) or article.created_by_id == user.pk


def can_translate(user: Asker) -> bool:
    return _has(user, TRANSLATE_PERMISSION)


def can_add_note(user: Asker) -> bool:
    return _has(user, NOTE_PERMISSION)


def can_trash(user: Asker) -> bool:
    return _has(user, TRASH_PERMISSION) and can_publish(user)


def can_untrash(user: Asker) -> bool:
    return _has(user, UNTRASH_PERMISSION)


def can_see_trash(user: Asker) -> bool:
    return can_trash(user) or can_untrash(user)


def can_view_audit(user: Asker) -> bool:
    return _has(user, AUDIT_PERMISSION)


def openable_articles(user: "User", queryset: ArticleQuerySet) -> ArticleQuerySet:
    """Return the articles this member of staff may open anywhere in the newsroom.

    The article editor, its pages (revisions, translations, notes), the trash
    and the reader-page preview all ask this one rule: what is not here answers
    404, whichever way it is asked for.
    """
    if not can_see_trash(user):
        queryset = queryset.not_trashed()
    return visible_articles(user, queryset)


def visible_articles(user: "User", queryset: ArticleQuerySet) -> ArticleQuerySet:
    """Return the articles this member of staff may open in the newsroom.

    Translators also see what is published or scheduled: the stories they may
    translate.
    """
    if can_publish(user):
        return queryset
    if can_translate(user):
        return queryset.filter(Q(created_by=user) | Q(status=ArticleStatus.PUBLISHED))
    return queryset.filter(created_by=user)


# People: who may manage whom. Nobody raises privileges above their own.


def held_permissions(user: "User") -> set[str]:
    """Return the permissions a user's groups and own grants give, active or not.

    (`get_all_permissions()` is empty for an inactive account, which would make
    a deactivated editor look harmless to manage and then reactivate.)
    """
    granted = Permission.objects.filter(Q(user=user) | Q(group__user=user))
    return {
        f"{app_label}.{codename}"
        for app_label, codename in granted.values_list(
            "content_type__app_label", "codename"
        ).distinct()
    }


def can_manage_user(actor: "User", target: "User | None") -> bool:
    """Edit a person's account: never a superuser, never anyone holding more.

    Superusers manage everyone. Others with the user permission manage people
    whose every permission they hold themselves (peers included).
    """
    if not _has(actor, CHANGE_USER_PERMISSION):
        return False
    if actor.is_superuser or target is None:
        return True
    if target.is_superuser:
        return False
    return held_permissions(target) <= actor.get_all_permissions()


def can_set_password(actor: "User", target: "User | None") -> bool:
    """Set someone else's password: superusers only; others recover by code."""
    return bool(actor.is_active and actor.is_superuser)


def can_change_own_privileges(actor: "User") -> bool:
    return bool(actor.is_active and actor.is_superuser)


def grantable_permissions(actor: "User") -> QuerySet[Permission]:
    """Return the permissions the actor may give: those they hold."""
    if actor.is_superuser:
        return Permission.objects.all()
    held = Permission.objects.filter(Q(user=actor) | Q(group__user=actor))
    return Permission.objects.filter(pk__in=held.values("pk"))


def grantable_groups(actor: "User") -> QuerySet[Group]:
    """Return the groups (roles) the actor may give: none grants more than they hold."""
    if actor.is_superuser:
        return Group.objects.all()
    beyond = Permission.objects.exclude(
        pk__in=grantable_permissions(actor).values("pk")
    )
    return Group.objects.exclude(permissions__in=beyond)
