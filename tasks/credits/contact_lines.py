"""The byline block's contact lines: between the writer's role and the article's date, an e-mail address, a handle or
the photographer's credit line may stand ("Priya Raman", "Property Correspondent", "priyar@…", "Published Apr 2,
2024"), as Nordic, Singaporean and Malaysian papers stack them; the name over them is the writer's."""

from __future__ import annotations

from schemas import AttributionKind
from tasks.credits.name_lines import is_role_line, without_contact
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.text.segment import LabelledLine

# The contact lines between a byline's role and the date: an e-mail, a handle, the photographer's credit.
MAX_CONTACT_LINES = 2


def over_contact_lines(lines: list[LabelledLine], top: int) -> int | None:
    """Index of the writer's name over the byline block's contact lines over the date (index `top`): "Priya Raman",
    "Property Correspondent", "priyar@…", then the date; or "Ingrid Nilsen", "Journalist", "Håkon Berg (foto)": the
    photographer's credit line between. None when no such line stands there."""
    at = top - 1
    while top - at <= MAX_CONTACT_LINES and at >= 0 and is_contact_line(lines[at].line.text):
        at -= 1
    if at == top - 1 or at < 0:
        return None  # no contact line over the date: the usual slots
    return at - 1 if at >= 1 and is_role_line(lines[at].line.text) else at


def is_contact_line(text: str) -> bool:
    """An e-mail address alone, or a credit line naming the photographer ("Håkon Berg (foto)")."""
    stripped = text.strip()
    if not without_contact(stripped).strip(" |·-–—"):
        return True
    credit = parse_credit_line(stripped)
    return credit is not None and credit.kind in (AttributionKind.PHOTO, AttributionKind.VIDEO) and bool(credit.name)
