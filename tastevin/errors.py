"""Domain errors, named by what the caller should do next. Each carries its HTTP status."""

from __future__ import annotations


class TastevinError(Exception):
    status_code = 500
    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(TastevinError):
    """Also used for another tenant's rows: they do not exist for the caller."""

    status_code = 404
    code = "not_found"


class Forbidden(TastevinError):
    status_code = 403
    code = "forbidden"


class Unauthorized(TastevinError):
    status_code = 401
    code = "unauthorized"


class Conflict(TastevinError):
    status_code = 409
    code = "conflict"


class BadInput(TastevinError):
    """Input that cannot be read. The raw data is kept and the error shown to the user."""

    status_code = 400
    code = "bad_input"

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line is not None else message)
        self.line = line


class Retryable(TastevinError):
    """A passing failure (vendor down, rate limited): try again later."""

    status_code = 503
    code = "retryable"


class CredentialsNeedRenewing(TastevinError):
    """The vendor refused our key: a person must enter a new one; retrying will not help."""

    status_code = 409
    code = "credentials_need_renewing"
