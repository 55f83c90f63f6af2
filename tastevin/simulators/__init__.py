"""Fake POS vendors for the demo and the tests: they speak each vendor's documented format.
Never used by the connectors' own code paths."""
