"""SQLAlchemy models, one file per aggregate; imported here so metadata is complete."""

from tastevin.models.base import Base
from tastevin.models.beverage import Beverage
from tastevin.models.connection import PosConnection
from tastevin.models.history import AuditEvent, PriceChange
from tastevin.models.lease import LeaseLock
from tastevin.models.link import Link, MatchConfirmation
from tastevin.models.pos_product import PosProduct, PosProductLabel
from tastevin.models.raw_import import RawImport
from tastevin.models.reading import PosDayTotalRow, SetAsideItem
from tastevin.models.restaurant import Membership, Restaurant, User
from tastevin.models.sale_line import SaleLine
from tastevin.models.stock import CountLine, CountSession, Delivery, StockCount, StockMovement

__all__ = [
    "AuditEvent",
    "Base",
    "Beverage",
    "CountLine",
    "CountSession",
    "Delivery",
    "LeaseLock",
    "Link",
    "MatchConfirmation",
    "Membership",
    "PosConnection",
    "PosDayTotalRow",
    "PosProduct",
    "PosProductLabel",
    "PriceChange",
    "RawImport",
    "Restaurant",
    "SaleLine",
    "SetAsideItem",
    "StockCount",
    "StockMovement",
    "User",
]
