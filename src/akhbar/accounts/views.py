"""Account pages akhbar adds to allauth's, and thin wrappers around a few of
allauth's views. Flows live in allauth and in this app's modules."""

from functools import wraps
from urllib.parse import urlencode

from allauth.account import app_settings as account_settings
from allauth.account import views as allauth_views
from allauth.account.adapter import get_adapter
from allauth.account.decorators import reauthentication_required
from allauth.account.models import EmailAddress
from allauth.account.utils import get_next_redirect_url
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import delivery, services
from .allauth_bridge import parse_rates, resume_request
from .exceptions import CodeNotDelivered, NoAddress
from .forms import ReauthenticateCodeForm
from .phones import masked
from .reauthentication import (
    ReauthenticationCodeProcess,
    recently_proved,
    verified_address,
)


def retry_after(action: str) -> int:
    """Return the longest window of allauth's rate limit for `action`, in seconds."""
    rates = parse_rates(account_settings.RATE_LIMITS.get(action))
    return int(max((rate.duration for rate in rates), default=60))


def fresh_code_required(view):
    """For accounts without a password, ask for a fresh code first: allauth's own
    reauthentication needs a password or a second factor."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        if (
            user.is_authenticated
            and not user.has_usable_password()
            and not recently_proved(request)
        ):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('akhbar_reauthenticate_code')}?{query}")
        return view(request, *args, **kwargs)

    return wrapper


def login(request, *args, **kwargs):
    """allauth's sign-in; a throttled attempt answers 429 with Retry-After."""
    response = allauth_views.login(request, *args, **kwargs)
    form = (getattr(response, "context_data", None) or {}).get("form")
    if getattr(form, "throttled", False):
        response.status_code = 429
        response["Retry-After"] = str(retry_after("login_failed"))
    return response


def signup(request, *args, **kwargs):
    """allauth's sign-up in one transaction: when the code cannot be delivered,
    no account is left behind half-made."""
    if request.method == "POST" and not request.session.session_key:
        # Created outside the transaction, so that a rollback keeps it.
        request.session.save()
    try:
        with transaction.atomic():
            return allauth_views.signup(request, *args, **kwargs)
    except CodeNotDelivered as failure:
        # Raised inside the block, it rolled the new account back.
        return delivery.undelivered(request, failure)


password_set = fresh_code_required(allauth_views.password_set)
email = fresh_code_required(allauth_views.email)
change_phone = fresh_code_required(allauth_views.change_phone)


@never_cache
@login_required
def account_home(request):
    user = request.user
    phone = get_adapter().get_phone(user)
    return render(
        request,
        "accounts/home.html",
        {
            "emails": EmailAddress.objects.filter(user=user).order_by("-primary"),
            "phone": phone[0] if phone else None,
            "phone_verified": bool(phone and phone[1]),
            "has_password": user.has_usable_password(),
            "mfa_enabled": is_mfa_enabled(user),
            "can_delete": not (user.is_staff or user.is_superuser),
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def reauthenticate_code(request):
    """Send a code to the account's verified address and check it."""
    next_url = get_next_redirect_url(request) or reverse("akhbar_account")
    here = f"{request.path}?{urlencode({'next': next_url})}"
    process = ReauthenticationCodeProcess.resume(request)
    form = None
    if request.method == "POST" and request.POST.get("action") == "send":
        try:
            if ReauthenticationCodeProcess.initiate(request) is None:
                messages.error(request, get_adapter().error_messages["rate_limited"])
        except NoAddress:
            messages.error(request, _("Your account has no verified address yet."))
        return HttpResponseRedirect(here)
    if request.method == "POST" and process:
        form = ReauthenticateCodeForm(request.POST, code=process.code)
        if form.is_valid():
            process.finish()
            return resume_request(request) or HttpResponseRedirect(next_url)
        if not process.record_invalid_attempt():
            messages.error(
                request, get_adapter().error_messages["too_many_login_attempts"]
            )
            return HttpResponseRedirect(here)
    email, phone = verified_address(request.user)
    return render(
        request,
        "accounts/reauthenticate_code.html",
        {
            "form": form or (ReauthenticateCodeForm() if process else None),
            "recipient": email or (masked(phone) if phone else None),
            "next_url": next_url,
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    user = request.user
    if user.is_staff or user.is_superuser:
        messages.error(request, _("Newsroom accounts are removed by an administrator."))
        return redirect("akhbar_account")
    if request.method == "POST":
        services.delete_account(user=user)
        logout(request)
        messages.success(request, _("Your account and its data have been deleted."))
        return redirect("web:home")
    return render(request, "accounts/delete.html")


def _gate_deletion(view):
    checked_with_password = reauthentication_required(view)
    checked_with_code = fresh_code_required(view)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.user.is_authenticated and request.user.has_usable_password():
            return checked_with_password(request, *args, **kwargs)
        return checked_with_code(request, *args, **kwargs)

    return wrapper


delete_account = _gate_deletion(delete_account)


def too_many_requests(request, exception=None):
    """allauth's 429 answer (handler429), with Retry-After and in the site's look."""
    response = render(request, "429.html", status=429)
    response["Retry-After"] = "60"
    return response
