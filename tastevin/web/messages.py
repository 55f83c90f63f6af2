"""Errors in the user's language.

Domain errors carry an English template and its values (``tastevin.errors``): a page
translates the template and fills in the values. Messages stored as text (why an import
failed, a connection's last error) are read back against the catalog's templates: the
stored English "line 3: the received file is not readable JSON (line 3)" matches the
msgids "line %(line)s: %(detail)s" and "… (line %(at)s)", so the French reader gets
"ligne 3 : Le fichier reçu n'est pas un JSON lisible (ligne 3)". Text that matches no
template is returned unchanged (the caller may show it as a technical detail).

Failures stored since the messages are kept as data (``RawImport.error_message``,
``PosConnection.last_error_message``) need no guessing: ``translate_message`` translates
the template and each nested message (``translate_stored`` takes either form)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tastevin.errors import LINE, N_, Message, TastevinError, is_message, render
from tastevin.web.i18n import translations

_PLACEHOLDER = re.compile(r"%\((\w+)\)[sr]")
_DEPTH = 3
# Names a domain error may carry as a value (a repository's NotFound names its model).
WHAT = (N_("Beverage"), N_("PosProduct"), N_("PosConnection"), N_("RawImport"), N_("Link"))


@dataclass(frozen=True, slots=True)
class _Template:
    msgid: str
    pattern: re.Pattern[str]
    weight: int
    """Length of the literal text: the most specific template wins."""


def _compile(msgid: str) -> _Template | None:
    names = _PLACEHOLDER.findall(msgid)
    if not names or len(set(names)) != len(names):
        return None
    parts = _PLACEHOLDER.split(msgid)
    regex, literal = "", 0
    for index, part in enumerate(parts):
        if index % 2 == 0:
            regex += re.escape(part)
            literal += len(part)
        else:
            regex += f"(?P<{part}>.+?)"
    return _Template(msgid, re.compile(f"^{regex}$", re.DOTALL), literal)


@lru_cache(maxsize=4)
def _templates(locale: str) -> tuple[_Template, ...]:
    catalog = translations(locale)._catalog  # gettext's own msgid table
    found = [_compile(key) for key in catalog if isinstance(key, str) and key]
    return tuple(sorted((t for t in found if t), key=lambda t: -t.weight))


def _gettext(locale: str, message: str) -> str:
    text: str = translations(locale).gettext(message)
    return text


def translate_text(text: str, locale: str, _depth: int = 0) -> str:
    """A stored English message in ``locale``; unchanged when no template matches."""
    exact = _gettext(locale, text)
    if exact != text or _depth >= _DEPTH:
        return exact
    for template in _templates(locale):
        match = template.pattern.match(text)
        if match is None:
            continue
        values = {k: translate_text(v, locale, _depth + 1) for k, v in match.groupdict().items()}
        try:
            return _gettext(locale, template.msgid) % values
        except (KeyError, ValueError, TypeError):
            continue
    return text


def is_translated(text: str, locale: str) -> bool:
    """Whether ``text`` is a catalog message (or built from one) in ``locale``."""
    return translate_text(text, locale) != text or _gettext(locale, text) != text


def translate_message(message: Message, locale: str) -> str:
    """A message kept as data, in ``locale``: each template (nested ones too) translated,
    text values translated when they are catalog messages (a field's name)."""
    return render(message, lambda text: _gettext(locale, text))


def translate_stored(shown: Any, locale: str) -> str:
    """What a page shows of a stored failure: the message if kept as data, else the text
    read back against the catalog (imports that failed before messages were data)."""
    if is_message(shown):
        return translate_message(shown, locale)
    return translate_text(str(shown), locale) if shown else ""


def sentence(text: str) -> str:
    """A message shown on its own starts with a capital ("Ligne 1 : choisissez la boisson");
    messages are written lower-case so they nest after a colon."""
    return text[:1].upper() + text[1:]


def translate_error(error: TastevinError, locale: str) -> str:
    """A domain error in ``locale``: its template translated, its values filled in."""
    return translate_message(error.as_message(), locale)


__all__ = [
    "LINE",
    "is_translated",
    "sentence",
    "translate_error",
    "translate_message",
    "translate_stored",
    "translate_text",
]
