"""What can go wrong in the accounts room, by name."""


class CodeNotDelivered(Exception):
    """A code, or the notice sent in its place, could not be handed to the mail
    server or the SMS gateway. `message` tells the reader to try again."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NoAddress(Exception):
    """The account has no verified email address or phone number."""


class PhoneNumberTaken(Exception):
    """Another account verified this phone number first."""


class NewsroomAccount(PermissionError):
    """Newsroom (staff) accounts are removed by an administrator, not their owner."""
