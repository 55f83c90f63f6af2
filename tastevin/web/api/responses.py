"""The error answers API routes document (``responses=``), written once. Every error body
is ``{"error": code, "detail": message}`` (``tastevin.errors``); 422 is FastAPI's own."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

Responses = dict[int | str, dict[str, Any]]


class ErrorOut(BaseModel):
    error: str
    detail: Any


def _answer(description: str) -> dict[str, Any]:
    return {"description": description, "model": ErrorOut}


CSRF: Responses = {403: _answer("Missing or wrong X-CSRF-Token header.")}
SIGNED_IN: Responses = {401: _answer("Not signed in: POST /api/session first.")}
NOT_FOUND: Responses = {404: _answer("No such row in this restaurant (another's answers 404).")}
BAD_INPUT: Responses = {400: _answer("Refused input; the detail says what to fix.")}
CONFLICT: Responses = {409: _answer("Conflicts with the current state.")}
OWNER: Responses = {
    **SIGNED_IN,
    403: _answer("Only the restaurant's owners may do this (or a missing CSRF token)."),
}
WRITE: Responses = {**SIGNED_IN, **CSRF}
"""Any member's write: signed in, with the CSRF header."""


def of(*groups: Responses) -> Responses:
    merged: Responses = {}
    for group in groups:
        merged.update(group)
    return merged
