"""POS label matcher (S-10): proposes the library drink that best matches a POS label.

A pure library: the caller passes the restaurant's library and its confirmed pairs.
"""

from tastevin.matching.explain import Reason
from tastevin.matching.matcher import Matcher
from tastevin.matching.normalise import label_key, parse_label
from tastevin.matching.types import Candidate, LibraryEntry, ParsedLabel, Suggestion

__all__ = [
    "Candidate",
    "LibraryEntry",
    "Matcher",
    "ParsedLabel",
    "Reason",
    "Suggestion",
    "label_key",
    "parse_label",
]
