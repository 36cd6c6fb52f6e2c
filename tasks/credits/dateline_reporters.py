"""The reporter a first paragraph's dateline names in brackets where wire copy names the agency: "ਚੰਡੀਗੜ੍ਹ, 12 ਮਾਰਚ
(ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਮਾਨ)- …" (the Punjabi and Hindi papers' own correspondents: the place, the date, the reporter, then a
dash), and the test that a few words of a script without case are a person's name (a dash signature's too)."""

from __future__ import annotations

import re

from schemas import AttributionKind
from tasks.credits.credit_records import Found, author_found
from tasks.credits.name_forms import MAX_CASELESS_INITIAL_CHARS, caseless_initialled
from tasks.credits.name_lines import has_label_word
from tasks.credits.signed_lines import writer_and_wire
from tasks.lexicon.agencies import Gazetteer
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.byline_words import is_job_word
from tasks.lexicon.digits import has_digit
from tasks.lexicon.place_words import is_filing_place
from tasks.lexicon.spans import looks_like_person
from tasks.lexicon.vocabulary import dateline_patterns, name_word_role, name_words
from tasks.lexicon.wire_citations import WRITER_SLASH, is_signoff_code
from tasks.lexicon.word_classes import is_caseless, is_letters

MIN_CASELESS_SIGNATURE, MAX_CASELESS_SIGNATURE = 2, 3  # words of a name written without case
# The place, a comma, the date (with a digit), the bracket, then the dash that opens the story.
_BRACKETED_DATELINE = re.compile(
    r"^\s*[^\W\d_][^,()]{1,30},\s*(?P<date>[^,()]{2,25}?)\s*\((?P<name>[^()]{2,40})\)\s*[-–—]"
)


def is_caseless_name(name: str, gazetteer: Gazetteer) -> bool:
    """Two or three words of a script without case, no desk's, job's or section's word and no agency: a person's name
    where something around it (a dash signing the text, a dateline's bracket) vouches for it, as a role tail does."""
    words = name.split()
    # "க. ராஜேந்திரன்": the initials opening a South Indian name keep their dots (a letter or two and their signs)
    initials = [w for w in words[:-1] if w.endswith(".") and len(w) - 1 <= MAX_CASELESS_INITIAL_CHARS]
    bare = [w.removesuffix(".") if w in initials else w for w in words]
    if not all(is_caseless(w) and is_letters(w) for w in bare):
        return False
    if not MIN_CASELESS_SIGNATURE <= len(words) <= MAX_CASELESS_SIGNATURE or has_label_word(name):
        return False
    newsroom = load_author_words().newsroom
    return not any(w.casefold() in newsroom for w in words) and not gazetteer.find(name, cued=True)


_DASH_THEN_NAME = re.compile(r"^\s*[-–—]\s*(\S.{1,48}?)\s*$")


def caseless_dash_signature(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "- ප්‍රියන්ත කුමාර": the writer's name after a dash signs the article (the Sri Lankan papers' sign-off): two or
    three words of a script without case, no desk's, job's or section's word and no agency; the dash vouches for the
    name, as a role tail does. Not in Latin script: there the last item of a list closes the text so as often ("-
    Removed Herobrine", a game's changelog on a real page, read so cost the studied trainable authors a record)."""
    match = _DASH_THEN_NAME.match(text)
    body = match.group(1) if match else text.strip()
    signed = without_caseless_place(body)  # "– కె. శ్రీనివాస్, విజయవాడ": its place
    if match is None and signed == body:
        return []  # "ნინო ბერიძე, ქუთაისი": with no dash, the place after the comma vouches for the name
    titled = name_after_desk_title(signed)  # "- நமது சென்னை நிருபர் க. ராஜேந்திரன்"
    if not is_caseless_name(signed[titled:], gazetteer):
        return []
    name, start = signed[titled:], (match.start(1) if match else text.index(body)) + titled
    return [author_found(name, start, line, text.strip())]


def without_caseless_place(signed: str) -> str:
    """A dash signature's name without the place after its comma ("కె. శ్రీనివాస్, విజయవాడ": the town the writer
    files from, as "By Ann Lee, Boston" reads): one or two words of a script without case after the last comma."""
    head, comma, place = signed.rpartition(",")
    words = place.split()
    placed = comma and 1 <= len(words) <= MAX_PLACE_WORDS and all(is_caseless(w) and is_letters(w) for w in words)
    return head.rstrip() if placed else signed


MAX_PLACE_WORDS = 2


def dateline_reporter(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The reporter in a first paragraph's dateline bracket (see the module), where no agency stands; in scripts
    without case only: a Latin "BERLIN, 3. März (Anna Schmidt) -" is no paper's shape, a bracket there is the wire's.
    Else the wire's correspondent in its slashed dateline (:func:`_slashed_correspondent`)."""
    match = _BRACKETED_DATELINE.match(text)
    if match is None or not has_digit(match.group("date")):
        found = _slashed_correspondent(text, line, gazetteer) or _writer_before_dateline(text, line, gazetteer)
        return found or _correspondent_beside_wire(text, line, gazetteer)
    name = match.group("name").strip()
    if not is_caseless_name(name, gazetteer):
        return _correspondent_beside_wire(text, line, gazetteer)
    start = text.index(name, match.start("name"))
    return [author_found(name, start, line, match.group(0).strip())]


# A desk's title before the reporter's name: at most this many words, the last a job title's.
MAX_DESK_TITLE_WORDS = 4


def name_after_desk_title(signature: str) -> int:
    """Where the reporter's name starts in a signature that opens with the desk's title ("நமது சென்னை நிருபர் க.
    ராஜேந்திரன்", "our Chennai correspondent K. Rajendran": the Tamil papers' sign-off): a few words closed by a job
    title, then a name of a script without case opened by its initial, which vouches for where the name starts; 0 when
    the signature is no such line."""
    words = list(re.finditer(r"\S+", signature))
    titles = [k for k, w in enumerate(words[:MAX_DESK_TITLE_WORDS]) if is_job_word(w.group())]
    if not titles or not caseless_initialled([w.group() for w in words[titles[-1] + 1 :]]):
        return 0
    return words[titles[-1] + 1].start()


# The place and date, then the wire's slashes round its correspondent: a job title, "of" and the agency, then the
# name ("Видин, 12 март /Кореспондент на БТА Валентина Петкова/ …", the Bulgarian wire's dateline of its own
# correspondents).
_SLASHED_CORRESPONDENT = re.compile(
    r"^\s*[^\W\d_][^/()]{1,40}/\s*(?P<title>(?:\S+\s+){0,2}?\S+)\s+\S{1,3}\s+(?P<agency>\S+)\s+(?P<name>[^/]{3,60}?)"
    r"\s*/"
)


def _slashed_correspondent(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The correspondent a wire's slashed dateline names after its job title and the agency (see the pattern): a
    title closed by a job word, an agency the gazetteer knows, then two or three capitalised words."""
    match = _SLASHED_CORRESPONDENT.match(text) if "/" in text else None
    if match is None or not has_digit(text[: match.start("title")]):
        return []  # (the date's digit before the slash: a dateline, not a sentence's "and/or")
    if not is_job_word(match.group("title").split()[-1]):
        return []
    name = match.group("name")
    words = name.split()
    if not gazetteer.agency_of_name(match.group("agency"), cued=True) or not 2 <= len(words) <= MAX_CASELESS_SIGNATURE:
        return []
    if not all(w[:1].isupper() and w[1:].islower() and is_letters(w.replace("-", "")) for w in words):
        return []
    start = match.start("name")
    return [author_found(name, start, line, match.group(0).strip())]


def _writer_before_dateline(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """The writer a Turkish wire's dateline opens with, before a slash and the place ("Mehmet YILDIZ/TRABZON, (DHA) -
    …", :data:`WRITER_SLASH`), read as the same line alone above the text is (:func:`writer_and_wire`: a name, the
    agency after it); the agency is the dateline's (:func:`tasks.lexicon.wire_citations.dateline_citations`)."""
    writer = WRITER_SLASH.match(text)
    if writer is None:
        return []
    head = text[: text.index(")", writer.end()) + 1]
    return [f for f in writer_and_wire(head, line, gazetteer) if f.kind is AttributionKind.AUTHOR]


# A person's name beside the wire in its bracket: two to four words.
MAX_BRACKET_NAME_WORDS = 4


def _correspondent_beside_wire(text: str, line: int, gazetteer: Gazetteer) -> list[Found]:
    """ "MADRID, 5 mar (EFE, Ana Ruiz).- …", "ROMA (ANSA, di Marco Rossi) - …", "KYIV (Ukrinform, Olena Shevchenko) -
    …": the correspondent a wire names beside itself inside its dateline's bracket (the agency is read by
    :func:`tasks.lexicon.wire_citations.dateline_citations`): after a known agency and a comma, a byline's "by" or a
    job title maybe, then two to four title-case words that are no place filed from, no outlet and no agency."""
    # "BRATISLAVA 3. marca (TASR, mj)": the Slovak and Czech wires write the date after the place without a comma;
    # the space is read as the comma it stands for (offsets kept)
    original, text = text, _GLUED_DATE.sub(r"\1,", text, count=1)
    match = dateline_patterns()["place_date_agency"].match(text) if "," in text[:80] else None
    if match is None or "," not in match.group("agency"):
        return []
    agency, _, rest = match.group("agency").partition(",")
    if not gazetteer.agency_of_name(agency.strip(), cued=True):
        return []
    words, evidence = rest.split(), original[match.start() : match.end()].strip()
    if len(words) == 1 and is_signoff_code(words[0]):
        # "PRAHA (ČTK, jab) -": the writer's initials beside the wire, read as in its closing sign-off "(ČTK, jab)"
        return [author_found(words[0], text.index(words[0], match.start("agency")), line, evidence)]
    while words and (words[0].casefold() in load_author_words().prefixes or is_job_word(words[0])):
        words = words[1:]  # "di Marco Rossi", "reportér Ján Novák"
    name = " ".join(words)
    if not 2 <= len(words) <= MAX_BRACKET_NAME_WORDS or not looks_like_person(words, name_words()):
        return []
    if gazetteer.find(name) or is_filing_place(name) or name.casefold() in name_word_role("bureau_city"):
        return []  # "(Reuters, Bloomberg)", "(AP, New York)": a second wire or the place
    return [author_found(name, text.index(name, match.start("agency")), line, evidence)]


# A place, a space, then a day with its dot or not and one word (the month) right before the bracket.
_GLUED_DATE = re.compile(r"^(\s*[^\W\d_][^\W\d_' .-]{1,30}?) (?=\d{1,2}\.?\s+[^\W\d_]{2,12}\.?\s*\()")
