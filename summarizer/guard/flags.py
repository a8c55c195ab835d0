"""The flag: one thing in an output that the source does not support (a figure or a name)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from summarizer.guard.figures import DateValue


@dataclass(frozen=True)
class Flag:
    """Something in the output that the source does not support.

    ``category`` is "figure" or "entity".  ``kind`` is the figure's kind ("amount",
    "percentage", "date", "year", "number", "ordinal", "time") or the name's ("person",
    "organization", "place", "other").  ``start``/``end`` are its span in the output;
    ``source_text`` is the closest candidate found in the source, if any.
    """

    text: str
    kind: str
    reason: str
    start: int
    end: int
    value: float | DateValue | None = None
    unit: str | None = None
    code: str = "absent"  # absent | value_mismatch | unit_mismatch | currency_mismatch | date_mismatch | name_mismatch
    source_text: str | None = None  # the closest figure or name of the source, if any
    category: str = "figure"  # figure | entity

    def to_dict(self) -> dict[str, Any]:
        """Return the flag as JSON-serialisable fields."""
        out = asdict(self)
        if isinstance(self.value, tuple):
            out["value"] = list(self.value)
        return out
