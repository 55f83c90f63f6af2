"""Errors shown as a page, in the user's language, with a way back."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse

from tastevin.web.render import public_page


def error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
    return public_page(request, "error.html", status_code, status=status_code, message=message)
