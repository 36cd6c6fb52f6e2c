"""The date a paragraph's dateline writes: "Piura, 8 de marzo de 2025. Más de 600 familias …" opens the story with its
place and full date, the habit of Spanish, Italian, Polish and Russian regional papers ("ROMA, 3 marzo 2025 -",
"Kraków, 3 marca 2025 r. – …", "Самара, 11 ноября 2025 г. —")."""

from __future__ import annotations

import re

# One to three words of a place, a comma, the date ending in a year written in full (with the Polish "r." or Russian
# "г." after it), then a full stop, a dash or a colon and the story's first words. A news agency's dispatch names the
# agency in brackets after the date and closes the dateline with a full stop and a dash ("KINSHASA, 14 août 2025
# (ACP).- …", "LOMÉ, 3 mars 2025 (AFP) - …", the French-speaking African agencies' habit).
_DATELINE = re.compile(
    r"^\s*[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,2},\s*(?P<date>[^.:;–—-]{4,40}?(?:19|20)\d\d)\b\s*(?:r\.|г\.)?\s*"
    r"(?:\([^\W\d_][^()]{0,20}\)\s*)?(?:[.:–—-]|\.[–—-])\s"
)


def dateline_date_text(text: str) -> str | None:
    """The date part of a paragraph that opens with a dateline ("8 de marzo de 2025" of "Piura, 8 de marzo de 2025.
    Más de …"), else None."""
    match = _DATELINE.match(text)
    return match.group("date") if match else None
