"""Password recovery by a code sent as a text message.

allauth recovers passwords by email only. This process reuses allauth's own
(the session state, attempt counting, the confirm and complete views); only
sending differs: the code goes out by SMS to the verified number on file.
"""

from allauth.account.adapter import get_adapter

from . import delivery
from .allauth_bridge import PasswordResetVerificationProcess
from .models import CodePurpose


class PhonePasswordResetProcess(PasswordResetVerificationProcess):
    def send(self) -> None:
        adapter = get_adapter()
        phone = self.state["phone"]
        if not self.user:
            adapter.send_unknown_account_sms(phone)
            return
        code = adapter.generate_password_reset_code()
        self.state["code"] = code
        delivery.send_code(
            request=self.request,
            purpose=CodePurpose.RESET,
            code=code,
            to=phone,
            user=self.user,
        )

    @classmethod
    def initiate_by_phone(cls, *, request, user, phone: str):
        state = cls.initial_state(user, phone=phone)
        # allauth's confirm and complete views read state["email"].
        state["email"] = ""
        process = cls(request, state=state, user=user)
        process.send()
        process.persist()
        return process
