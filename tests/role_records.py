"""The records the pipeline makes of one line in its role on a page (credit, byline, above, body, first, last): what
the attribution round tests (tests/test_blind*_round.py) compare with the records a pattern should give."""

from __future__ import annotations

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.report.attributions import Example, attributions_of

AGENCY, AUTHOR, PHOTO, SOURCE, VIDEO = (AttributionKind.AGENCY, AttributionKind.AUTHOR, AttributionKind.PHOTO,
                                        AttributionKind.SOURCE, AttributionKind.VIDEO)  # fmt: skip


def role_records(role: str, text: str) -> list[tuple[AttributionKind, str | None]]:
    """(kind, name) of every record the line makes in its role."""
    found = attributions_of(Example("t", "xx", role, text, ()), load_gazetteer())
    return [(f.kind, f.name) for f in found]
