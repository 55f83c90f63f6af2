"""Fuzzing the push parsers (a few hundred inputs here; ``benchmarks/fuzz_parsers.py`` runs
tens of thousands): a parser either reads a body or raises ``BadInput``, never anything
else; and through the inbox every bad body ends as a kept import with a readable error."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy.orm import Session

from tastevin.connectors.base import CanonicalBatch, ParseContext
from tastevin.connectors.pi_elyx import parse as parse_elyx
from tastevin.connectors.pi_monora import parse as parse_monora
from tastevin.connectors.pointex import parse as parse_pointex
from tastevin.errors import BadInput
from tastevin.models import RawImport
from tastevin.models.enums import ImportStatus, Vendor
from tastevin.sales.inbox import process_import, store_raw
from tests import factories as f
from tests.ingress.strategies import any_body, elyx_bodies, monora_bodies, pointex_journals

CONTEXT = ParseContext(ZoneInfo("Europe/Paris"))
PARSERS = {
    Vendor.PI_ELYX: (parse_elyx, any_body(elyx_bodies())),
    Vendor.PI_MONORA: (parse_monora, any_body(monora_bodies())),
    Vendor.POINTEX: (parse_pointex, any_body(pointex_journals())),
}


def _outcome(parse, body: bytes) -> CanonicalBatch | str:
    try:
        return parse(body, CONTEXT)
    except BadInput as error:
        return error.message


def _parses_or_bad_input(parse, body: bytes) -> None:
    outcome = _outcome(parse, body)
    if isinstance(outcome, str):
        assert outcome  # a message for the restaurant
        return
    assert all(len(s.key) <= 200 and len(s.vendor_product_id) <= 200 for s in outcome.sales)


@pytest.mark.parametrize("vendor", list(PARSERS))
def test_parsers_never_crash(vendor: Vendor) -> None:
    parse, bodies = PARSERS[vendor]

    @settings(max_examples=300, deadline=None)
    @given(bodies)
    def check(body: bytes) -> None:
        _parses_or_bad_input(parse, body)

    check()


@pytest.mark.parametrize("vendor", list(PARSERS))
def test_every_body_ends_applied_or_kept_and_reported(vendor: Vendor, session: Session) -> None:
    rest = f.restaurant(session)
    connection = f.connection(session, rest, vendor)
    _, bodies = PARSERS[vendor]

    @settings(
        max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(bodies)
    def check(body: bytes) -> None:
        import_id = store_raw(session, connection, body, channel="fuzz").import_id
        with session.begin_nested():
            process_import(session, import_id)
        raw = session.get_one(RawImport, import_id)
        assert raw.body == body
        assert raw.status in (ImportStatus.APPLIED, ImportStatus.FAILED)
        if raw.status == ImportStatus.FAILED:
            assert raw.error

    check()
