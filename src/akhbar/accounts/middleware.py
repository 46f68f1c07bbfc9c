"""Request checks for account pages and the newsroom."""

from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.contrib import messages
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import conf, delivery
from .exceptions import CodeNotDelivered

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
ELEVATED_SESSION_KEY = "akhbar_staff_elevated"
#: what sits behind the staff second factor: the newsroom (its own pages,
#: Django's admin and the reader-page preview of unpublished articles)
STAFF_NAMESPACES = {"admin"}


class AccountRequestGuard:
    """Refuse account POSTs that repeat a field or are not form-encoded, and
    answer a code that could not be sent with "try again".

    `email=victim&email=attacker` must not reach a form that reads one value
    and mails another (CVE-2023-7028, SECURITY.md R2).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or not _is_account_view(view_func):
            return None
        if request.content_type not in FORM_TYPES:
            return HttpResponseBadRequest(_("This form must be sent by a browser."))
        if any(len(values) > 1 for _key, values in request.POST.lists()):
            return HttpResponseBadRequest(_("A field was sent more than once."))
        return None

    def process_exception(self, request, exception):
        # Raised from inside allauth's flows (sign-in and recovery codes,
        # verification, address changes): never a 500, never a silent success.
        if isinstance(exception, CodeNotDelivered):
            return delivery.undelivered(request, exception)
        return None


def _is_account_view(view_func) -> bool:
    module = getattr(view_func, "__module__", "") or ""
    return module.startswith(("allauth.", "akhbar.accounts."))


class StaffTwoFactorMiddleware:
    """With AKHBAR_STAFF_REQUIRE_2FA, staff reach the newsroom only after setting
    up an authenticator app and passing it in this session (allauth's MFA)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not conf.staff_require_2fa():
            return None
        user = request.user
        if not (user.is_authenticated and user.is_staff):
            return None
        match = request.resolver_match
        if not (
            match.namespace in STAFF_NAMESPACES
            and match.url_name not in {"login", "logout"}
        ):
            return None
        query = urlencode({"next": request.get_full_path()})
        if not Authenticator.objects.filter(
            user=user, type=Authenticator.Type.TOTP
        ).exists():
            messages.info(
                request,
                _("The newsroom needs two-step sign-in. Set up an authenticator app."),
            )
            return HttpResponseRedirect(f"{reverse('mfa_activate_totp')}?{query}")
        records = get_authentication_records(request, user)
        if not any(record.get("method") == "mfa" for record in records):
            return HttpResponseRedirect(f"{reverse('mfa_reauthenticate')}?{query}")
        if request.session.get(ELEVATED_SESSION_KEY) != user.pk:
            # A new session id once the second factor is passed (ASVS 7.2.4).
            request.session.cycle_key()
            request.session[ELEVATED_SESSION_KEY] = user.pk
        return None
