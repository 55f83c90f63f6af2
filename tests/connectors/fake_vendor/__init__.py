"""A seventh POS vendor that lives in the test tree: one package, one ``SPEC``, registered at
run time. If it shows up on the connections page, in the API and in the CLI with no other
change, adding a vendor really is adding a package."""

from __future__ import annotations

from pydantic import BaseModel, Field, SecretStr, field_validator

from tastevin.connectors.base import Capabilities, Channel, ConnectorSpec
from tastevin.connectors.generic.parser import parse

KEY = "caisse_sept"


class SeptCredentials(BaseModel):
    shop_code: str = Field(title="Shop code", description="Printed on the till's receipt.")
    secret: SecretStr = Field(title="Secret", json_schema_extra={"placeholder": "cs7-…"})

    @field_validator("secret")
    @classmethod
    def _prefixed(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value().startswith("cs7-"):
            raise ValueError("a Caisse Sept secret starts with cs7-")
        return value


SPEC = ConnectorSpec(
    vendor=KEY,
    title="Caisse Sept",
    capabilities=Capabilities(Channel.PULL, sends_catalogue=False, updates_prices=False),
    parse=parse,
    position=7,
    credentials=SeptCredentials,
    setup="Ask Caisse Sept for the shop code and a cs7- secret.",
)
