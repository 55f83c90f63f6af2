"""Setup forms drawn from a vendor's typed credential model (as Netflix/dispatch draws plugin
forms from typed configuration): the fields, their labels, which are secret, and the
validation of what the restaurant typed. No vendor knowledge here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, get_args

from pydantic import BaseModel, SecretStr, ValidationError

from tastevin.connectors.base import ConnectorSpec
from tastevin.errors import BadInput


@dataclass(frozen=True, slots=True)
class FormField:
    name: str
    label: str
    """A Babel message id (the model field's ``title``)."""
    description: str = ""
    secret: bool = False
    required: bool = True
    placeholder: str = ""
    advanced: bool = False
    """Only for a test environment (an API address): folded away on the setup form."""


def _is_secret(annotation: Any) -> bool:
    return annotation is SecretStr or SecretStr in get_args(annotation)


def form_fields(spec: ConnectorSpec) -> tuple[FormField, ...]:
    """The fields of the vendor's credential model, in declaration order."""
    if spec.credentials is None:
        return ()
    fields = []
    for name, info in spec.credentials.model_fields.items():
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        fields.append(
            FormField(
                name=name,
                label=info.title or name,
                description=info.description or "",
                secret=_is_secret(info.annotation),
                required=info.is_required(),
                placeholder=str(extra.get("placeholder", "")),
                advanced=bool(extra.get("advanced", False)),
            )
        )
    return tuple(fields)


def _title(model: type[BaseModel], name: str) -> str:
    info = model.model_fields.get(name)
    return (info.title if info is not None else None) or name


def _problem(error: ValidationError, model: type[BaseModel]) -> BadInput:
    """The first problem in the owner's words: the field's title (a catalog message, so it
    is translated where shown), and the validator's own message when it wrote one."""
    missing = [
        str(e["loc"][0]) for e in error.errors() if e["type"] in ("missing", "string_too_short")
    ]
    if missing:
        return BadInput("%(field)s is missing", field=_title(model, missing[0]))
    first = error.errors()[0]
    where = _title(model, str(first["loc"][0])) if first["loc"] else model.__name__
    if first["type"] == "value_error":
        why = str(first.get("ctx", {}).get("error") or first["msg"])
        return BadInput("%(field)s: %(why)s", field=where, why=why)
    return BadInput("%(field)s is not valid", field=where)


def clean_credentials(spec: ConnectorSpec, values: dict[str, str]) -> dict[str, Any]:
    """Validates the typed values with the vendor's model; returns what is stored (encrypted):
    the non-empty fields, secrets in clear inside the ciphertext only."""
    if spec.credentials is None:
        return {}
    given = {k: v.strip() for k, v in values.items() if isinstance(v, str) and v.strip()}
    try:
        model = spec.credentials.model_validate(given)
    except ValidationError as error:
        raise _problem(error, spec.credentials) from error
    stored: dict[str, Any] = {}
    for name in spec.credentials.model_fields:
        value = getattr(model, name)
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        if value is not None and value != "":
            stored[name] = value
    return stored
