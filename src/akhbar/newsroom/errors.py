"""What the newsroom's services refuse, each with a message for the user."""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied


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

    def __init__(self, message: str, *, article, since: int, revisions=()):
        super().__init__(message)
        self.article = article
        self.since = since
        self.revisions = list(revisions)


@dataclass
class Outcome:
    """What a step did: `changed` is False when it had already been done."""

    article: object
    changed: bool
    message: str
    details: dict = field(default_factory=dict)
