"""Codes and notices on their way out, and the answer when one cannot go.

`send_code()` is the one way a code leaves akhbar, whatever it is for (sign-up,
sign-in, recovery, "confirm it is you") and however it travels: it writes the
ledger row and the audit line, then sends the mail allauth rendered, or a text.
`send_notice()` does the same for a notice sent where a code would have gone,
so that both cost alike (SECURITY.md N3). A mail or text that cannot be handed
over raises CodeNotDelivered, which `undelivered()` turns into the answer.
"""

import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.contrib import messages
from django.core.mail import EmailMessage
from django.http import HttpRequest, HttpResponseRedirect
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from . import audit, codes, conf, sms
from .allauth_bridge import clear_login
from .exceptions import CodeNotDelivered
from .models import CodePurpose

logger = logging.getLogger("akhbar.accounts")

#: The text that carries a code, by what the code is for.
CODE_TEXTS = {
    CodePurpose.LOGIN: "accounts/sms/code.txt",
    CodePurpose.PHONE: "accounts/sms/code.txt",
    CodePurpose.REAUTHENTICATE: "accounts/sms/code.txt",
    CodePurpose.RESET: "accounts/sms/reset_code.txt",
}


@dataclass(frozen=True)
class SiteInfo:
    """What allauth's mail templates call `current_site`, from the settings
    rather than the request's Host header (SECURITY.md R1)."""

    name: str
    domain: str


def site_info() -> SiteInfo:
    return SiteInfo(conf.site_name(), urlsplit(conf.site_url()).netloc)


@dataclass(frozen=True)
class Mail:
    """A mail allauth rendered, and its template (named in the log if it fails)."""

    template: str
    message: EmailMessage


def send_code(
    *,
    request: HttpRequest,
    purpose: str,
    code: str,
    to: str,
    user=None,
    mail: Mail | None = None,
) -> None:
    """Record a code in the ledger and the audit log, then send it: as `mail`,
    or else as a text to the phone number `to`. Raise CodeNotDelivered."""
    codes.issue(request=request, purpose=purpose, code=code, address=to, user=user)
    audit.log_event(request, "code_sent", "ok", user=user, purpose=purpose)
    if mail is not None:
        send_mail(mail)
    else:
        send_text(to, CODE_TEXTS[purpose], {"code": code})


def send_notice(
    *,
    request: HttpRequest,
    instead_of: str,
    to: str,
    outcome: str,
    mail: Mail | None = None,
    text_template: str = "",
) -> None:
    """Send a notice where a code for `instead_of` would have gone, at the cost
    of a code: a ledger row for a code sent to no one and an audit line. The
    notice is `mail`, a text rendered from `text_template`, or nothing at all
    (a mail withheld after it was rendered). Raise CodeNotDelivered."""
    codes.issue_decoy(request=request, purpose=instead_of, address=to)
    audit.log_event(request, "code_sent", outcome, identifier=to, purpose=instead_of)
    if mail is not None:
        send_mail(mail)
    elif text_template:
        send_text(to, text_template)


def send_text(to: str, template: str, context: dict | None = None) -> None:
    """Render a text message in the active language and send it to `to`;
    raise CodeNotDelivered."""
    body = render_to_string(template, {"site": site_info(), **(context or {})})
    body = body.strip()
    try:
        sms.send_sms(to=to, body=body)
    except sms.SmsError:
        # send_sms logged who and why.
        raise CodeNotDelivered(
            _("We could not send the text message. Please try again in a minute.")
        ) from None


def send_mail(mail: Mail) -> None:
    """Hand a rendered mail to the mail server; raise CodeNotDelivered."""
    try:
        mail.message.send()
    except Exception as error:
        logger.exception("Mail %s could not be sent", mail.template)
        raise CodeNotDelivered(
            _("We could not send the email. Please try again in a minute.")
        ) from error


def undelivered(request: HttpRequest, failure: CodeNotDelivered):
    """Send the reader back to the form to try again, with no sign-in half-made."""
    clear_login(request)
    messages.error(request, failure.message)
    return HttpResponseRedirect(request.get_full_path())
