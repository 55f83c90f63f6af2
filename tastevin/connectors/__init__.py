"""Vendor connectors: each translates its vendor's wire format into canonical records."""
