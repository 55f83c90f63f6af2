"""Every error a connector raises is a catalog template with values (issue 15): no f-string,
and each template has its French translation, so a failed import reads in plain French."""

from __future__ import annotations

import ast
from pathlib import Path

from babel.messages.pofile import read_po

import tastevin
from tastevin import errors
from tastevin.connectors.http import PermissionMissing, VendorRefused
from tastevin.connectors.outbound import OutboundRefused

ROOT = Path(tastevin.__file__).parent
ERRORS = {
    cls.__name__
    for cls in (
        *vars(errors).values(),
        VendorRefused,
        PermissionMissing,
        OutboundRefused,
    )
    if isinstance(cls, type) and issubclass(cls, errors.TastevinError)
}
WHERE = [
    ROOT / "connectors",
    ROOT / "pull",
    ROOT / "sales" / "inbox.py",
    ROOT / "sales" / "set_aside.py",
]


def _sources() -> list[Path]:
    return [p for w in WHERE for p in ([w] if w.is_file() else sorted(w.rglob("*.py")))]


def _messages() -> list[tuple[Path, int, ast.expr]]:
    """The first argument of each error built (``BadInput(...)``) and each ``N_(...)``."""
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if name in ERRORS or name == "N_":
                found.append((path, node.lineno, node.args[0]))
    return found


def test_connector_errors_are_templates_not_formatted_text() -> None:
    formatted = [
        f"{path.relative_to(ROOT)}:{line}"
        for path, line, arg in _messages()
        if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str))
        and not (isinstance(arg, ast.Name) and arg.id.isupper())  # a module-level N_ constant
    ]
    assert formatted == []


def test_every_connector_error_has_its_french_words() -> None:
    with (ROOT / "web/translations/fr/LC_MESSAGES/messages.po").open("rb") as handle:
        french = {m.id: m.string for m in read_po(handle) if m.id}
    templates = {
        arg.value
        for _path, _line, arg in _messages()
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    }
    assert len(templates) > 60
    assert sorted(t for t in templates if not french.get(t)) == []
