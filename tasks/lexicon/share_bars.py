"""A share bar set on one line: its label, then the networks' buttons parted by a bar or a dot ("Deil: Facebook |
Messenger | Teldupostur", "Parve bike: Facebook | X | Telegram", "Хуваалцах: Facebook | X")."""

from __future__ import annotations

from tasks.lexicon.vocab import SHARE_BUTTONS

_BAR_SEPARATORS = ("|", "·", "•")
MIN_SHARE_BAR_BUTTONS = 2
MAX_BUTTON_WORDS = 2


def is_share_bar_line(text: str) -> bool:
    """The line is a share bar of buttons on one line, one of them a network's name at least (``share_buttons.csv``):
    the article's foot in any language, whatever the bar's label ("Deil:", "Parve bike:", "Хуваалцах:"), since the
    networks keep their names; between two paragraphs too ("Teilen: Facebook | X | WhatsApp | E-Mail" under the
    head's picture), where the segmenter would read it as a subheading."""
    if not any(sep in text for sep in _BAR_SEPARATORS):
        return False  # two buttons at least, so a separator: most lines have none
    buttons = text.partition(":")[2] if ":" in text else text
    for sep in _BAR_SEPARATORS:
        buttons = buttons.replace(sep, "|")
    items = [b.strip().casefold() for b in buttons.split("|") if b.strip()]
    if len(items) < MIN_SHARE_BAR_BUTTONS or any(len(b.split()) > MAX_BUTTON_WORDS for b in items):
        return False
    return any(b in SHARE_BUTTONS for b in items)
