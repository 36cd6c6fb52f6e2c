"""What a byline's parts name that is no person: an outlet and its section ("By Jill Doe, CNN Business": the
publisher's name and a section of it), and a beat left before a job title ("By Mike Hill Business Columnist": the
column's beat, not a third name), and Chinese reporters listed with spaces after a Chinese cue ("本报记者 王磊 李娜").
An outlet closing the name with no comma ("By Jane Doe USA TODAY") is cut off it, and so is a bureau city ("By Ann Lee
Paris | …"). The outlets are those of
``outlets.csv``, the beats and titles ``job_titles.csv``'s.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from tasks.credits.bylines import Credited
from tasks.credits.name_checks import EDGE_PUNCT, closes_with_desk_word, opens_with_no_name_word
from tasks.credits.name_forms import han_name_list
from tasks.lexicon.author_words import load_author_words
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.vocabulary import credit_cues, job_titles, name_word_role, name_words, read_rows, split_cell

# A person's name keeps two words at least when a beat is taken off its end.
MIN_NAME_WORDS = 2
_WORD = re.compile(r"\S+")


def is_outlet_section(name: str) -> bool:
    """The name is a known outlet's, maybe with one section word after it ("CNN Business", "BBC Sport")."""
    words = name.split()
    return is_known_outlet(name) or (len(words) >= 2 and is_known_outlet(" ".join(words[:-1])))


def without_beat(credited: Credited, text: str) -> Credited:
    """The name less a beat word closing it when a job title follows it in the line ("Mike Hill Business" before
    "Columnist"): the beat is the title's; so is an outlet's word ("Ann Lee Times" before "Staff Writer").
    The name closed by an article is cut there too ("ANN LEE The" before "Associated Press")."""
    words = list(_WORD.finditer(credited.name))
    after = text[credited.end :].split()
    titles = job_titles().titles
    if len(words) > MIN_NAME_WORDS and words[-1].group() in _CLOSING_ARTICLES:  # "ANN LEE The Associated Press"
        return dataclasses.replace(
            credited, name=credited.name[: words[-2].end()], end=credited.start + words[-2].end()
        )
    if len(words) <= MIN_NAME_WORDS or not after or after[0].strip(",.").casefold() not in titles:
        return credited
    # the beat's, or the outlet's word the title carries ("Ann Lee Times Staff Writer", "Ann Lee Globe Correspondent")
    role_words = job_titles().beats | titles | name_words().outlet_words
    cut = len(words)
    while cut > MIN_NAME_WORDS and words[cut - 1].group().casefold() in role_words:
        cut -= 1
    if cut == len(words):
        return credited
    name = " ".join(w.group() for w in words[:cut])
    return dataclasses.replace(credited, name=name, end=credited.start + words[cut - 1].end())


# The English article opening an outlet's name, left closing a writer's when the two are written on one line.
_CLOSING_ARTICLES = frozenset({"The", "THE"})


# "FOXBusiness": an outlet's words written together, each capitalised.
_CAMEL = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])|(?<=[a-z])(?=[A-Z])")
MAX_OUTLET_TAIL_WORDS = 3


def without_outlet_tail(credited: Credited) -> Credited:
    """The name less a known outlet closing it with no comma ("Jonathan Garber FOXBusiness", "Jane Doe USA TODAY",
    "Ann Lee Business Insider"): the writer's outlet, written after the name. Only an outlet of several words, in
    capitals or written together: one title-case word may close a person's name ("Ann Sun", "Mary Time")."""
    words = list(_WORD.finditer(credited.name))
    for size in range(min(MAX_OUTLET_TAIL_WORDS, len(words) - MIN_NAME_WORDS), 0, -1):
        tail = " ".join(w.group() for w in words[-size:])
        spelled = _CAMEL.sub(" ", tail)
        if (size > 1 or tail.isupper() or spelled != tail) and (is_known_outlet(tail) or is_known_outlet(spelled)):
            end = credited.start + words[-size - 1].end()
            return dataclasses.replace(credited, name=credited.name[: words[-size - 1].end()], end=end)
    return credited


# A bureau city's name has this many words at most ("Mexico City", "Addis Ababa").
MAX_CITY_WORDS = 2


def without_city_tail(credited: Credited) -> Credited:
    """The name less a capital or bureau city closing it with no comma ("Peter Sayer Paris" before "| Monday …"): the
    place filed from, written after the name (``bureau_city`` in ``name_words.csv``). A person's name keeps two words:
    "Ann Paris" is a name."""
    end = city_tail_start(credited.name)
    if end == len(credited.name):
        return credited
    return dataclasses.replace(credited, name=credited.name[:end], end=credited.start + end)


def city_tail_start(name: str) -> int:
    """Where a bureau city closing the name starts (the end of the name's last word before it); the name's length
    when none closes it."""
    words = list(_WORD.finditer(name))
    cities = _bureau_cities()
    for size in range(min(MAX_CITY_WORDS, len(words) - MIN_NAME_WORDS), 0, -1):
        tail = [w.group() for w in words[-size:]]
        if all(w[:1].isupper() for w in tail) and " ".join(tail).casefold() in cities:
            return words[-size - 1].end()
    return len(name)


@cache
def _bureau_cities() -> frozenset[str]:
    return name_word_role("bureau_city")


@cache
def chinese_cues() -> frozenset[str]:
    """Author cues of Chinese rows that no Japanese row shares ("记者", "本报记者"; not "記者"): after them a list of
    names parted by spaces is several people, where Japanese writes one person's family and given names so."""
    rows = [(row["lang"].split(), split_cell(row["cues"])) for row in read_rows("credit_cues.csv")
            if row["kind"].startswith("author")]  # fmt: skip
    japanese = {c for langs, cues in rows if "ja" in langs for c in cues}
    return frozenset(c for langs, cues in rows if "zh" in langs for c in cues if c not in japanese)


def _han_listed(credited: Credited, cue: str) -> list[Credited]:
    """ "王磊 李娜" after "本报记者": one record per reporter."""
    if cue.casefold() not in chinese_cues():
        return [credited]
    cues = credit_cues()["author_after"]  # "张伟 刘洋 报道": the closing "reports" is no third reporter
    spans = [(s, e) for s, e in han_name_list(credited.name, "zh") if credited.name[s:e] not in cues]
    return [dataclasses.replace(credited, name=credited.name[s:e], start=credited.start + s, end=credited.start + e)
            for s, e in spans] or [credited]  # fmt: skip


def without_closing_cue(credited: Credited) -> Credited:
    """The name less a cue that follows a name closing it after a space ("記者 陳嘉欣 報道": "reports" after a cue
    Japanese shares, so no Chinese list is parted there); a name that is only the cue stays."""
    head, _, last = credited.name.rpartition(" ")
    if not head.strip() or last not in credit_cues()["author_after"]:
        return credited
    name = head.rstrip()
    return dataclasses.replace(credited, name=name, end=credited.start + len(name))


def without_interface_tail(credited: Credited) -> Credited:
    """The name less the labels of the links and tools a template glued after it ("By Ann Lee Leave a Comment",
    "By Ann Lee Follow": the byline's spans joined with no mark between), the ``interface`` words of
    ``author_noise.tsv``, lower-case words between them ("a"); two words of the name are kept, as the HTML path's
    author cleaning keeps them ("David Axe Email Author"). Session 38."""
    words = list(_WORD.finditer(credited.name))
    interface = load_author_words().interface
    cut = len(words)
    for k in range(len(words) - 1, MIN_NAME_WORDS - 1, -1):
        word = words[k].group().strip(EDGE_PUNCT)
        if word.casefold() in interface:
            cut = k
        elif not word.islower():
            break
    if cut == len(words):
        return credited
    end = words[cut - 1].end()
    return dataclasses.replace(credited, name=credited.name[:end], end=credited.start + end)


def person_parts(named: list[Credited], text: str, cue: str = "") -> list[Credited]:
    """The parts of an author's byline that name people or agencies: outlets and their sections dropped, desks,
    institutions and withheld names dropped, beats cut, a closing "reports" dropped, Chinese names listed with spaces
    after a Chinese `cue` parted."""
    kept = [without_closing_cue(without_beat(without_city_tail(without_outlet_tail(without_interface_tail(c))), text))
            for c in named
            if c.canonical_id or c.is_domain or not is_outlet_section(c.name)]  # fmt: skip
    kept = [c for c in kept if c.canonical_id or c.is_domain or names_someone(c.name)]  # its tails cut off first
    return [part for c in kept for part in _han_listed(c, cue)]


# A reporting scheme's or wire's name closed by its head noun has this many words at least ("Local Democracy Reporting
# Service"; "Robert Service" is a person).
MIN_SCHEME_WORDS = 3


def names_someone(name: str) -> bool:
    """False for a byline part that is a desk, an institution or a scheme, as the HTML path's author checks read them
    (``author_noise.tsv``): closed by a newsroom's or institution's word ("European Space Agency", "O'Reilly
    Publishing", "CBC News"), opened by a preposition ("Without Notes" of "Text Without Notes") or by a desk's head
    noun where a language puts it first (Hebrew "מערכת חדשות הצפון", ``desk_head``), or of three words or
    more closed by a scheme's head noun ("Local Democracy Reporting Service", ``scheme_tail`` in name_words.csv). A
    withheld name ("Anonymous Student") is left: dropped so, it cost a never-studied real check half a record."""
    parts = name.split()
    if len(parts) < MIN_NAME_WORDS:
        return True
    author_words = load_author_words()
    if closes_with_desk_word(parts, author_words) or opens_with_no_name_word(parts, author_words):
        return False
    if parts[0].strip(EDGE_PUNCT).casefold() in author_words.desk_heads:
        return False  # "מערכת חדשות הצפון", "أسرة التحرير": a desk's name, its head noun first
    return not (len(parts) >= MIN_SCHEME_WORDS and parts[-1].strip(EDGE_PUNCT).casefold() in _scheme_tails())


@cache
def _scheme_tails() -> frozenset[str]:
    return name_word_role("scheme_tail")


def drawn_on_outlets(named: list[Credited], cue: str, articled: frozenset[int] = frozenset()) -> list[Credited]:
    """The outlets a contributors' note names after its cue ("With files from Reuters and Global News": the copy the
    story drew on, ``author_drawn_on`` in credit_cues.csv), which are its sources; a byline's outlet is only the
    writer's employer and is dropped. An outlet is a known one, maybe with its section, or a name its newsroom word
    closes ("Global News", "ABS-CBN News"), or one the article before it marks (`articled`: where such names start,
    :func:`tasks.lexicon.drawn_on.drawn_on_articles`)."""
    if cue.casefold() not in credit_cues().get("author_drawn_on", ()):
        return []
    tails = load_author_words().desk_tails
    return [c for c in named if not c.canonical_id and not c.is_domain and (is_outlet_section(c.name) or (
        len(c.name.split()) > 1 and c.name.split()[-1].casefold() in tails) or c.start in articled)]  # fmt: skip


def drawn_on_outlet_alone(names: str, start: int, cue: str) -> list[Credited]:
    """The one known outlet a contributors' note names after its cue, by a name no byline's grammar reads as one
    ("Additional reporting: RNZ", "With files from CBC": an acronym alone), as :func:`drawn_on_outlets` reads the
    names that grammar gives; nothing after any other cue."""
    if cue.casefold() not in credit_cues().get("author_drawn_on", ()):
        return []
    rest = names[start:]
    name = rest.strip().rstrip(".").strip()
    if not name or not is_known_outlet(name):
        return []
    at = start + rest.index(name)
    return [Credited(name, at, at + len(name))]
