"""The error answers of the API, for the OpenAPI description of each route."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

DESCRIPTIONS = {
    400: "The input cannot be used (the message says why)",
    401: "Not signed in, or the session has ended",
    403: "Not allowed (staff on an owner-only action), or a missing CSRF token",
    404: "No such row in this restaurant",
    409: "Conflicts with the current state",
    422: "A value is out of bounds or of the wrong type (one message per field)",
    429: "Too many attempts: wait the number of seconds in Retry-After",
    503: "Busy or unavailable for a moment: try again",
}


class FieldProblem(BaseModel):
    field: str
    type: str
    message: str


class Problem(BaseModel):
    """Every error: a code, a sentence in the user's language, and per-field details for
    validation errors."""

    error: str
    detail: str
    errors: list[FieldProblem] | None = None


def ERRORS(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": Problem, "description": DESCRIPTIONS[code]} for code in codes}
