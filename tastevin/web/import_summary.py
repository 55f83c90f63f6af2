"""How a connection's unfinished imports are said on screen and in the API:
"2 imports en échec · 3 imports en attente" (French first, English complete)."""

from __future__ import annotations

from babel.support import NullTranslations

from tastevin.models.enums import ImportStatus

FAILED = str(ImportStatus.FAILED)
WAITING = (str(ImportStatus.RECEIVED), str(ImportStatus.PROCESSING))


def import_summary(tr: NullTranslations, counts: dict[str, int]) -> str | None:
    failed = counts.get(FAILED, 0)
    waiting = sum(counts.get(state, 0) for state in WAITING)
    parts = []
    if failed:
        text = tr.ngettext("%(num)d import failed", "%(num)d imports failed", failed)
        parts.append(text % {"num": failed})
    if waiting:
        text = tr.ngettext("%(num)d import waiting", "%(num)d imports waiting", waiting)
        parts.append(text % {"num": waiting})
    return " · ".join(parts) or None
