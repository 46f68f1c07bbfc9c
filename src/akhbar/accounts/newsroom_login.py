"""The newsroom (Django admin) login, throttled by allauth's login limits."""

from allauth.account.adapter import get_adapter
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import ValidationError

from . import conf


class NewsroomLoginForm(AdminAuthenticationForm):
    """Authenticate through allauth's adapter, which counts failed attempts per
    IP address and per username (ACCOUNT_RATE_LIMITS["login_failed"])."""

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            if len(password) > conf.login_password_cap():
                raise self.get_invalid_login_error()
            try:
                self.user_cache = get_adapter(self.request).authenticate(
                    self.request, username=username, password=password
                )
            except ValidationError as error:
                raise ValidationError(
                    error.messages[0], code="too_many_attempts"
                ) from None
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data
