"""What the newsroom's services refuse, each with a message for the user."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied

if TYPE_CHECKING:
    from akhbar.news.models import Article

    from .models import Revision


class WorkflowError(Exception):
    """A refused step; `message` is translated and safe to show as it is."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotAllowed(WorkflowError, PermissionDenied):
    """The user's role does not allow this step."""


class IllegalTransition(WorkflowError):
    """The step does not lead anywhere from the state the article is in."""


class EditConflict(WorkflowError):
    """Someone saved the article after the version this edit started from."""

    def __init__(
        self,
        message: str,
        *,
        article: "Article",
        since: int,
        revisions: Iterable["Revision"] = (),
    ):
        super().__init__(message)
        self.article = article
        self.since = since
        self.revisions = list(revisions)


@dataclass
class Outcome:
    """What a step did: `changed` is False when it had already been done."""

    article: "Article"
    changed: bool
    message: str
    details: dict[str, object] = field(default_factory=dict)
