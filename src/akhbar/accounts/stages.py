"""allauth login stages that akhbar adjusts."""

from allauth.account import stages
from allauth.account.models import EmailAddress


class EmailVerificationStage(stages.EmailVerificationStage):
    """allauth's mandatory email verification, skipped for accounts that have no
    email address at all: those signed up with a phone number, which the phone
    verification stage verifies instead."""

    def handle(self):
        user = self.login.user
        if user is not None and not (
            self.login.email or EmailAddress.objects.filter(user=user).exists()
        ):
            return None, True
        return super().handle()
