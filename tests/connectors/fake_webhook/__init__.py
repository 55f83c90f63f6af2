"""An eighth till, pushed by webhook, that lives in the test tree: one package, one ``SPEC``
with a typed credential model and its own ingress path, registered at run time."""

from __future__ import annotations

from pydantic import BaseModel, Field

from tastevin.connectors.base import Capabilities, Channel, ConnectorSpec
from tastevin.connectors.generic.parser import parse

KEY = "caisse_huit"
PATH = "/caisse-huit/restaurants/{restaurant_id}/tickets"


class HuitCredentials(BaseModel):
    site_code: str = Field(
        title="Site code",
        description="The till's site number, H8- and four digits.",
        pattern=r"^H8-\d{4}$",
        json_schema_extra={"placeholder": "H8-0001"},
    )


SPEC = ConnectorSpec(
    vendor=KEY,
    title="Caisse Huit",
    capabilities=Capabilities(Channel.WEBHOOK, sends_catalogue=True, updates_prices=False),
    parse=parse,
    position=8,
    credentials=HuitCredentials,
    ingress_path=PATH,
    setup="Ask Caisse Huit to post each ticket to the address below.",
)
