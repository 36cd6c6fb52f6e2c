"""A picture's credit on a line of its own with no cue, in the wire style: "Jamal Saidi/Reuters", "Graeme
Robertson/Getty Images", "(Paul Hackett/Reuters)". (A reader of the credit closing a long caption, "… Fla. (AP
Photo/Alan Diaz, File)", "… Credit... Doug Mills/The New York Times", raised the real pages' check half from 0.298 /
0.646 to 0.330 / 0.673 but cost the never-studied dumps_ml16 0.019 of precision, below its floor: left out, see
docs/attributions.md, session 15.)
"""

from __future__ import annotations

from tasks.lexicon.agency_credits import name_slash_agency
from tasks.lexicon.credit_base import CreditLine


def picture_credit(text: str) -> tuple[str, CreditLine] | None:
    """A picture's credit with no cue on the line ("Jamal Saidi/Reuters"), as the text to read it from and the
    credit; None for a line that credits no picture so."""
    slashed = name_slash_agency(text)
    return (text, slashed) if slashed is not None else None
