"""The value of a calendar date found in a text (:class:`DateValue`), shared by the figure finders."""

from __future__ import annotations

from typing import NamedTuple


class DateValue(NamedTuple):
    """A calendar date as written: any part may be missing ("en août 2011": no day)."""

    year: int | None
    month: int | None
    day: int | None
