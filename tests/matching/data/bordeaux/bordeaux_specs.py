"""All the cases, till by till."""

from bordeaux_specs_c import C
from bordeaux_specs_r import R
from bordeaux_specs_t import T


def all_specs():
    for till, block in (("R", R), ("T", T), ("C", C)):
        for line in block.strip("\n").split("\n"):
            if line.strip() and not line.startswith("#"):
                yield till, line
