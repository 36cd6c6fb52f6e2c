"""Credits at a caption's end: "Protesters. FOTO: Ivan Novak", "… Фото: Укрінформ / Олександр Клименко",
"… © Reuters / Mark Ellison", "… EFE/Alejandro Ruiz Pozuelo", the wire's "(AP Photo/Rosa Klein)"; a Korean or
Japanese byline with the cue after the name ("이지은 기자"). A line whose cue was an icon (": Reuters") is
:mod:`tasks.lexicon.separator_credits`'s; a CJK caption's closing bracket with the cue after the name
(" （山田太郎撮影）") is :mod:`tasks.lexicon.bracketed_credits`'s.
"""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.lexicon.agencies import load_gazetteer
from tasks.lexicon.archived_credits import archived_credit
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.lexicon.caption_words import is_family_credit
from tasks.lexicon.credit_base import (
    MAX_CREDIT_WORDS,
    CreditLine,
    is_credited_acronym,
    looks_like_name,
    three_word_name,
)
from tasks.lexicon.credit_names import is_generic
from tasks.lexicon.credit_parts import (
    CREDIT_PARTS,
    agency_and_photographer,
    is_credited_part,
    looks_like_photographer,
    particled_person,
)
from tasks.lexicon.digits import has_digit
from tasks.lexicon.joined_bodies import joined_body
from tasks.lexicon.slash_credits import is_known_supplier
from tasks.lexicon.spaced_credits import spaced_credit
from tasks.lexicon.spans import name_after
from tasks.lexicon.vocabulary import credit_cues, name_words, visual_cues
from tasks.lexicon.word_classes import UNSPACED_SCRIPTS, is_caseless, is_letters

# A cue-less credit names a few words at most.
MAX_BARE_CREDIT_WORDS = 4
# Every photo and video cue as one regex alternation (credit_cues.csv), for the patterns here and the segmenter's.
VISUAL_CUES = "|".join(re.escape(c) for c in visual_cues())
# "Protesters outside parliament. FOTO: Ivan Novak": a caption that ends in a credit.
# The Armenian "՝" stands where other languages write the colon ("… Լուսանկարը՝ Արմեն Ղազարյանի"), and the Ethiopic
# preface colon "፦" in Amharic ("… ሲረከቡ። ፎቶ፦ ኢዜአ").
_TRAILING_CREDIT = re.compile(rf"(?:^|[\s.(|/])((?:{VISUAL_CUES}))\s*[:：՝៖፦]\s*([^:：՝៖፦]{{2,60}})$", re.IGNORECASE)
# An abbreviated cue's own dot stands for the colon, after the caption's last sentence ("… od ponad dekady. fot.
# Katarzyna Wiśniewska", "… Φωτ. Γιώργος Κ."); only cues that end in a dot, so "… in 2019. Foto Luca" is none.
_DOTTED_VISUAL = "|".join(re.escape(c) for c in visual_cues() if c.endswith("."))
_DOTTED_CREDIT = re.compile(rf"[.!?…]\s+((?:{_DOTTED_VISUAL}))\s+([^:：|/]{{2,60}})$", re.IGNORECASE)
# A caption's credit after a bar or a spaced slash, within two words of its sentence's end ("… 2024. PHOTO | MARTIN
# NDUNG'U", "… in Manila. LDP FILE PHOTO / RAMON DE GUZMAN": Kenyan and Philippine papers); a menu's "Video |
# Photos" has no sentence before it.
_BARRED_CREDIT = re.compile(
    rf"[.!?…]\s+(?:\S+\s+){{0,2}}?((?:{VISUAL_CUES}))(?:\s*\||\s+/)\s*([^:：|/]{{2,60}})$", re.I
)
# A caption's credit linked to the name by a word, after its last sentence: "… on Wednesday. Photo by Jun Santiago",
# "… am Montag. Foto von Anna Berg", "… Picture by Ann Lee/Pacemaker" (the agency after the slash), or after a
# teaser's one-word label ("WATCH: Video by Ann Lee/NTV"), or the Tagalog personal marker ("… Batangas. Larawan ni
# Jomar Santos"); the name must look like one (capitals), so "Foto de la marcha" credits no one.
_LINKED_CREDIT = re.compile(
    rf"(?:[.!?…]|^[^\W\d_]+:)\s+((?:{VISUAL_CUES}))\s+(?:by|von|de|di|da|par|por|od|door|av|ni)\s+([^:：|.]{{2,60}})\.?$",
    re.IGNORECASE,
)
# The cue phrases that end in their own linking word ("larawan mula sa", "photo courtesy of"), after the caption's last
# sentence with no colon: "… sa Barangay 88. Larawan mula sa Tacloban City DRRMO" (Philippine sites' "picture from").
_LINK_WORDS = frozenset({"by", "von", "de", "di", "da", "par", "por", "od", "door", "av", "ni", "sa", "of", "na"})
_PHRASE_CUES = "|".join(re.escape(c) for c in visual_cues() if " " in c and c.rsplit(" ", 1)[-1] in _LINK_WORDS)
_PHRASE_CREDIT = re.compile(rf"[.!?…]\s+((?:{_PHRASE_CUES}))\s+([^:：|.]{{2,60}})\.?$", re.IGNORECASE)
# A caption credit's colon: the Latin and full-width ones, the Armenian, Khmer and Ethiopic ones.
_COLON_MARKS = (":", "：", "՝", "៖", "፦")
# The word before a caption's last colon must end a photo or video cue (a cheap first check).
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_VISUAL_LAST_WORDS = frozenset(w.group(1) for c in visual_cues() if (w := _LAST_WORD.search(c)))
_SLASH_TAIL = re.compile(
    rf"\(\s*(?P<agency>[^()/\s][^()/]{{0,30}}\s)?(?P<cue>{VISUAL_CUES})\s*/\s*(?P<name>[^()/]{{2,60}})\)$",
    re.IGNORECASE,
)
# The Taiwanese papers' byline "記者林佳慧／台北報導" (reporter, the name, a slash, the place, "reports"), with its
# brackets ("〔記者吳政達／台中報導〕", :mod:`tasks.credits.reporters`) or without: the name alone is the author's.
_REPORTER_PLACE = re.compile(r"^(?:記者|记者)\s*([\u4e00-\u9fff]{2,4})\s*[／/]\s*[\u4e00-\u9fff]{1,10}$")
# The Korean papers' byline "부산=김민수 기자" (the place filed from, an equals sign, the reporter, "reporter"), the
# dateline's "(서울=연합뉴스)" shape written onto the name: the name alone is the author's.
_PLACE_EQUALS = re.compile(r"^[^\W\d_]{1,10}[=＝]([^\W\d_]{2,10})$")
_AUTHOR_AFTER = re.compile(
    rf"^\s*(\S+(?:\s\S+){{0,2}})\s*({'|'.join(re.escape(c) for c in credit_cues()['author_after'])})\s*$"
)


# A caption credit with its cue after the names: "Irmanto Gelūno / BNS nuotr.", "BNS nuotr." (Lithuanian).
# Cues that also mean a film or a drawing ("ಪಿಟಿಐ ಚಿತ್ರ": PTI's picture) credit only after a known agency or outlet.
_OUTLET_ONLY_CUES = frozenset(credit_cues().get("photo_after_outlet", ()))
_PHOTO_AFTER_CUES = "|".join(re.escape(c) for c in (*credit_cues().get("photo_after", ()), *_OUTLET_ONLY_CUES))
# (after a Japanese caption's equals sign too: "…の桜＝山田太郎撮影"; or its dash: "… ಗ್ರಾಮಸ್ಥರು –ಪ್ರಜಾವಾಣಿ ಚಿತ್ರ")
_PHOTO_AFTER = re.compile(rf"^(?:.*(?:[.。、＝–—]|\s-)\s*)?(\S[^.。、＝–—]{{0,60}}?)\s*({_PHOTO_AFTER_CUES})\s*$")


def slash_credit_tail(text: str) -> CreditLine | None:
    """A caption closed by a bracketed credit in the wire style "(AP Photo/Rosa Klein)", "(Reuters Video/Ann Lee)",
    "(Photo/John Doe)": an optional agency, a photo or video cue, a slash, the photographer."""
    stripped = text.rstrip(" .")
    if not stripped.endswith(")") or "/" not in stripped:
        return None
    if len(stripped.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:
        return None  # a paragraph is not split whole, as for a caption's closing "FOTO: …"
    match = _SLASH_TAIL.search(stripped)
    if match is None or not all(part[:1].isupper() for part in match.group("agency", "name") if part):
        return None  # "(see photo/map)": an aside, not a credit
    cue = match.group("cue")
    kind = AttributionKind.VIDEO if cue.casefold() in credit_cues()["video"] else AttributionKind.PHOTO
    start = match.start("agency") if match.group("agency") else match.start("name")
    return CreditLine(kind, cue, None, 0, 0, start)


# The cues written after the name, as tuples for str.endswith (built once: cue_last asks of every line).
_AUTHOR_AFTER_CUES = tuple(credit_cues()["author_after"])
_CUES_AFTER_NAME = (*_AUTHOR_AFTER_CUES, *credit_cues().get("photo_after", ()), *_OUTLET_ONLY_CUES)


def cue_last(text: str) -> CreditLine | None:
    """A caption ending in a photo credit, or a Korean or Japanese byline with the cue after the name."""
    stripped = text.strip()
    mailed = _MAIL_TAIL.search(stripped) if "@" in stripped else None  # its scan tries every space of a paragraph
    if mailed and stripped[: mailed.start()].endswith(_AUTHOR_AFTER_CUES):
        stripped = stripped[: mailed.start()]  # "김민수 기자 minsu@…": the reporter's address after the cue
    if len(stripped.split(maxsplit=MAX_CREDIT_WORDS)) > MAX_CREDIT_WORDS:  # a paragraph is not split whole
        return None  # (asked first: every path below returns None for it, after two regex scans of the paragraph)
    if stripped.endswith(".") and stripped[:-1].endswith(_AUTHOR_AFTER_CUES):
        stripped = stripped[:-1]  # "Dilnoza Karimova tayyorladi.": the closing line's verb ends its sentence
    cue_last = stripped.endswith(_CUES_AFTER_NAME)
    colon = max(map(stripped.rfind, _COLON_MARKS))  # (`map` of the bound method: no generator a line)
    barred = _BARRED_CREDIT.search(stripped) if "|" in stripped or " / " in stripped else None
    copyright_at = stripped.rfind("©")
    bracket = stripped.endswith("]") or (stripped.endswith(("）", "】")) and not _KANA.search(stripped))
    linked = _LINKED_CREDIT.search(stripped) if ". " in stripped or ": " in stripped else None
    linked = linked or (_PHRASE_CREDIT.search(stripped) if ". " in stripped else None)
    linked = linked or (_DOTTED_CREDIT.search(stripped) or spaced_credit(stripped) if ". " in stripped else None)
    archived = archived_credit(stripped) if ". " in stripped and linked is None else None
    if archived is not None:  # "… Фота з асабістага архіва сям'і Лапко": a keeper's archive, naming no one
        return archived.shifted(len(text) - len(text.lstrip()))
    if not cue_last and colon <= 0 and copyright_at < 0 and barred is None and not bracket and linked is None:
        return None  # no cue after a name and no colon, bar, © or bracket before a caption's credit: most lines
    lead = len(text) - len(text.lstrip())
    bracketed = _agency_bracket(stripped) if bracket else None
    if bracketed is not None:
        start, end, name = bracketed
        return CreditLine(AttributionKind.PHOTO, "[", name, lead + start, lead + end, lead + start)
    if _is_photo_copyright(stripped, copyright_at):  # "… © Reuters / Mark Ellison": like a cue and its colon
        rest_at = copyright_at + 1 + len(stripped[copyright_at + 1 :]) - len(stripped[copyright_at + 1 :].lstrip())
        start, end = _trailing_name(stripped, rest_at)
        if start != end:
            return CreditLine(AttributionKind.PHOTO, "©", stripped[start:end], lead + start, lead + end, lead + rest_at)
    after = _AUTHOR_AFTER.match(stripped) if cue_last else None
    if after and len(after.group(1).split()) > 2 and not three_word_name(after.group(1)):
        after = None  # "부산일보 사회부 김민수 기자": a paper and its desk before the reporter
    if after and not has_digit(after.group(1)):  # "TNW中文站 10月14日报道": a date, then "reports"
        name, at = after.group(1), 0
        # "記者林佳慧／台北報導": the reporter between job and place; "부산=김민수 기자": the place, "=", the name
        if placed := _REPORTER_PLACE.match(name) or _PLACE_EQUALS.match(name):
            name, at = placed.group(1), placed.start(1)
        return CreditLine(AttributionKind.AUTHOR, after.group(2), name, lead + at, lead + at + len(name), lead + at,
                          lead + at + len(name))  # fmt: skip
    photo_after = _PHOTO_AFTER.match(stripped) if cue_last else None
    if photo_after and len(photo_after.group(2)) == 1 and not stripped[photo_after.end(1) : photo_after.start(2)]:
        photo_after = None  # "李刚 摄": a one-letter cue stands apart from the name ("他在北京拍摄" is a verb's end)
    if photo_after and photo_after.group(2) in _OUTLET_ONLY_CUES and not is_known_supplier(photo_after.group(1)):
        photo_after = None  # "ಹೊಸ ಕನ್ನಡ ಚಿತ್ರ": a new Kannada film
    if photo_after and photo_after.group(1).casefold() not in name_words().generic:  # not "Asociatyvi nuotr."
        # "Irmanto Gelūno / BNS nuotr.": the names, then the cue
        # "佐々木健人撮影": the names end where the cue begins, written onto them in Japanese
        return CreditLine(AttributionKind.PHOTO, photo_after.group(2), None, 0, 0, lead + photo_after.start(1),
                          lead + photo_after.end(1))  # fmt: skip
    before = _LAST_WORD.search(stripped[:colon]) if colon > 0 else None
    is_cued = before is not None and before.group(1).casefold() in _VISUAL_LAST_WORDS
    trailing = _TRAILING_CREDIT.search(stripped) if is_cued else None
    if trailing is None or trailing.start(1) == 0:
        trailing = barred or linked
    if trailing is None or trailing.start(1) == 0:
        return None
    kind = AttributionKind.VIDEO if trailing.group(1).casefold() in credit_cues()["video"] else AttributionKind.PHOTO
    start, end = _trailing_name(stripped, trailing.start(2))
    if start == end:
        # "… em 2019. Foto: Arquivo", "… ภาพ: แฟ้มภาพ": the caption's credit names no one, as on a line of its own
        rest = stripped[trailing.start(2) :].strip(" .)")
        in_bracket = stripped[: trailing.start(1)].endswith("(")  # "(Photo: file)": the caption's words (blind11)
        # "… Фото: читач «Одеського кур'єра»": a reader of the paper, the generic word first, names no one either
        nameless = not in_bracket and is_generic(rest)
        return CreditLine(kind, trailing.group(1), None, 0, 0, lead + trailing.start(2)) if nameless else None
    return CreditLine(kind, trailing.group(1), stripped[start:end], lead + start, lead + end, lead + trailing.start(2))


# A caption closed by its credit in square brackets: "… à Payerne. [KEYSTONE - Jean-Christophe Bott]" (Swiss
# public broadcasters), "[Keystone]".
# Full-width brackets too, as Chinese captions close ("…搜寻失踪者。（路透社）"), but not in Japanese (kana): there
# the same shape is an article's last sentence and its sign-off ("…通知する。（共同）").
_AGENCY_BRACKET = re.compile(r"(?:\[([^\[\]]{2,60})\]|（([^（）]{2,60})）|【([^【】]{2,60})】)$")
_KANA = re.compile("[\u3040-\u30ff]")
_MAIL_TAIL = re.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")


def _agency_bracket(text: str) -> tuple[int, int, str] | None:
    """(start, end, name) of a caption's closing bracket that names a known agency, maybe with its photographer."""
    match = _AGENCY_BRACKET.search(text)
    if match is None:
        return None
    inner = next(group for group in match.groups() if group is not None).strip()
    parts = [part.strip() for part in CREDIT_PARTS.split(inner)]
    if not any(load_gazetteer().agency_of_name(part, cued=True) for part in parts):
        return None
    if not all(is_credited_part(part) for part in parts):
        return None
    start = text.index(inner, match.start())
    return start, start + len(inner), inner


def _is_photo_copyright(text: str, at: int) -> bool:
    """A © after a caption, before a name: not a site's copyright notice ("Copyright © 2008, The Tribune")."""
    after = text[at + 1 :].lstrip()
    if at == 0:  # "© Solène Abitbol / Hans Lucas" under a caption; a footer's "© Le Monde" names no agency with it
        rest = after.rstrip(" .")
        return not has_digit(after) and (
            agency_and_photographer(rest) or bool(load_gazetteer().agency_of_name(rest, cued=True))
        )
    if at < 0:
        return False
    before = text[:at].rstrip().casefold()
    # "Tous droits réservés © lemonde.fr": a site's notice (boilerplate_phrases.csv), no caption
    return (
        bool(after[:1].isalpha()) and not before.endswith(("copyright", "(c)", "copr.")) and not is_boilerplate(before)
    )


def _trailing_name(text: str, start: int) -> tuple[int, int]:
    """The name after a caption's closing photo cue: an outlet or agency the grammar reads ("FOTO: Reuters") or
    the gazetteer knows ("(Foto: dpa)"), or a photographer's name, which the grammar leaves to bylines
    ("Foto: Lisa Weber"); (0, 0) if neither."""
    span = name_after(text, start)
    # a domain is the site that supplied the picture ("… © republicoftogo.com", "… Photo: rtvslo.si")
    # a photographer's name with its particle inside ("… Foto: Marelize van Zyl") is a name as a capitalised one is
    spanned = text[span.start : span.end] if span is not None else ""
    named = span is not None and (span.how == "domain" or looks_like_name(spanned) or particled_person(spanned))
    if span is not None and not text[span.end :].strip(" .)") and named:
        return span.start, span.end
    rest = text[start:].strip().rstrip(" .)")
    if " and " in rest and (body := joined_body(rest)) is not None and body[1] == len(rest):
        first = text.index(rest, start)  # "… Picture: Cheshire Fire and Rescue Service": one body, its "and" its own
        return first, first + len(rest)
    if is_family_credit(rest):  # "… Picture: Whitlow family": the grammar reads the name, not the family word after it
        first = text.index(rest, start)
        return first, first + len(rest)
    if span is None and rest and load_gazetteer().agency_of_name(rest, cued=True):  # "(Foto: dpa)": lower case
        first = text.index(rest, start)
        return first, first + len(rest)
    # "… ছবি: সাজ্জাদ হোসেন", "… ภาพ: ธนกร แก้วมณี": a script without capitals shows no name by its case; two or
    # three words of letters alone after the cue's colon, none a word a credit uses when it names no one
    named = (looks_like_photographer(rest) or _caseless_name(rest)) and len(rest.split()) >= 2
    if span is None and (named or is_credited_acronym(rest)):
        first = text.index(rest, start)
        return first, first + len(rest)
    if span is None and _SOUTHEAST_ASIAN_WORD.fullmatch(rest) and rest.casefold() not in name_words().generic:
        # "… រូបថត៖ ព័ត៌មានមេគង្គ": Khmer, Thai, Lao and Burmese write an outlet's name of several words without a space
        first = text.index(rest, start)
        return first, first + len(rest)
    if agency_and_photographer(rest):
        # "Фото: Укрінформ / Олександр Клименко", "Foto: TASR - Jaroslav Novák": the agency and its photographer
        first = text.index(rest, start)
        return first, first + len(rest)
    return 0, 0


def _caseless_name(text: str) -> bool:
    """Two or three words of a script without case, letters and vowel signs only, none generic ("সংগৃহীত"). A word
    before the last may be an initial with its dot: South Indian names put the father's or the village's initial
    first ("ம. பிரபு", "కె. రమేష్"), Kannada papers the initials last, written together ("ಮಂಜುನಾಥ್ ಕೆ.ಎಸ್.")."""
    words = text.split()
    last = words[-1:]
    letters = all(is_letters(w) or _initials_after(w) for w in last) and all(
        is_letters(_initial_letters(w)) for w in words[:-1]
    )
    return (
        2 <= len(words) <= MAX_CASELESS_NAME_WORDS
        and letters
        and all(is_caseless(w) for w in words)
        and not any(w.casefold() in name_words().generic for w in words)
    )


MAX_CASELESS_NAME_WORDS = 3
# An initial: one letter with its vowel signs (two code points at most, "கு."), closed by a dot.
MAX_INITIAL_CHARS = 2


def _initials_after(word: str) -> bool:
    """ "ಕೆ.ಎಸ್" (its last dot taken off with the line's): initials written together, each a letter and its signs."""
    parts = word.rstrip(".").split(".")
    return len(parts) >= 2 and all(0 < len(p) <= MAX_INITIAL_CHARS + 1 and is_letters(p) for p in parts)


def _initial_letters(word: str) -> str:
    """The word without its closing dot if it is an initial ("ம." -> "ம"); else the word, dot and all."""
    if word.endswith(".") and 1 <= len(word) - 1 <= MAX_INITIAL_CHARS:
        return word[:-1]
    return word


# One run of Thai, Lao, Burmese or Khmer letters and signs, the scripts that write a phrase's words without spaces.
_SOUTHEAST_ASIAN_WORD = re.compile(f"[{UNSPACED_SCRIPTS}]{{3,}}")
