"""The name that ends where a reporting phrase begins ("Interfax reported", "«Дарик» съобщи"): read backwards.

The same grammar as tasks.lexicon.spans reads forwards, with the checks a backward read needs:
trailing descriptors, words that join a name from the left, and sentence starts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tasks.lexicon.automaton import same_apostrophes
from tasks.lexicon.date_vocabulary import date_lead_words, month_names
from tasks.lexicon.outlet_endings import known_outlet_before
from tasks.lexicon.outlets import is_known_outlet
from tasks.lexicon.preposition_names import after_topic_preposition, from_organisation
from tasks.lexicon.span_leads import QUOTES, TOKEN
from tasks.lexicon.spans import (
    CLOSING,
    MAX_JOINERS,
    MAX_NAME_TOKENS,
    MAX_QUOTED_CHARS,
    SENTENCE_PUNCT,
    NameSpan,
    accepts,
    looks_like_person,
    quoted_at,
    trimmed_end,
)
from tasks.lexicon.vocabulary import NameWords, name_word_role, name_words
from tasks.lexicon.word_classes import is_caseless, is_domain, is_letters, is_namey, sentence_stopwords


def name_before(text: str, pos: int) -> NameSpan | None:
    """The name ending right before `pos` (skipping outlet descriptors: "Sözcü gazetesinin"), if any; in a script
    without capitals, one closed by its outlet word or followed by a descriptor (`_caseless_before`)."""
    span = _name_before(text, pos) or _caseless_before(text, pos)
    head = text[:pos].rstrip().rsplit(" ", 2) if span is None else []
    if not head or not is_caseless(head[-1]):
        return span
    # "‘ලංකාදීප’ පුවත්පත මේ බව වාර්තා කරයි": a quoted name past a generic object ("මේ බව": this fact) of a script
    # without case, which verb-final languages put between the subject and the verb
    objected = next((n for n in (2, 1) if len(head) > n and " ".join(head[-n:]) in name_words().generic), 0)
    return _name_before(text, len(" ".join(head[:-objected]))) if objected else None


def _name_before(text: str, pos: int) -> NameSpan | None:
    words = name_words()
    end = len(text[:pos].rstrip())
    if end == 0:
        return None
    if text[end - 1] in CLOSING:
        return _quoted_before(text, end)
    quoted_end = _before_descriptor(text[:end], words)
    if quoted_end and text[quoted_end - 1] in CLOSING:  # "'දෙරණ' පුවත් වාර්තා කළේය": a quoted name, its descriptor
        return _quoted_before(text, quoted_end)
    described_start = _after_leading_descriptor(text[:end], words)
    if described_start is not None:  # "نجی ٹی وی جیو نیوز کے مطابق": the kind of outlet, then its caseless name
        return NameSpan(described_start, end, "described")
    tokens = list(TOKEN.finditer(text[:end]))
    descriptors: list[str] = []
    while tokens and tokens[-1].end() == end and _is_trailing_descriptor(tokens[-1].group(0), words):
        descriptors.insert(0, tokens.pop().group(0).casefold())
        end = len(text[: tokens[-1].end()]) if tokens else 0
    if _ends_in_time_phrase(text, tokens, end):
        tokens = tokens[:-2]  # "Wie die «Neue Zürcher Zeitung» im Sommer berichtete": when, not who
        end = tokens[-1].end() if tokens else 0
        if end and text[end - 1] in CLOSING:
            return _quoted_before(text, end)
    run: list[re.Match[str]] = []
    for token in reversed(tokens):
        joins = _joins_backwards(token.group(0), bool(run), bool(descriptors), words) or (
            not run and _number_closing_name(text, tokens, token)
        )
        if token.end() != end or not joins:
            break
        run.insert(0, token)
        end = token.start() - 1
        if end < 0 or text[end] != " ":
            break
    if run and not descriptors and from_organisation(text, tokens, run, words):
        return None  # "От МВР съобщиха": an organisation speaking; "Media in Kingaroy reported": a place, no outlet
    if run and after_topic_preposition(tokens, run[0], words):
        return None  # "über den Fall berichtet": what was reported on, not who reported
    if run and _is_sentence_word(text, run[0]) and (len(run) == 1 or not is_namey(run[1].group(0))):
        run.pop(0)  # "Wie der Spiegel berichtet": "Wie" opens the sentence (but "Yeni Haber" is a name)
    elif run and _is_sentence_word(text, run[0], name_word_role("v2_demonstrative")):
        run.pop(0)  # "Hetta skrivar Jógvan Hansen.": "this" opening a verb-second sentence, in no stoplist, is no name
    elif run and len(run) > 1 and _is_sentence_word(text, run[0], words.as_words):
        run.pop(0)  # "Nk'uko IGIHE yabitangaje": "as" opening the sentence is no part of the name after it
    while run and (run[0].group(0).casefold() in words.articles_strip or not is_namey(run[0].group(0))):
        run.pop(0)
    if not run or _is_cut_before(text, tokens, run[0], words):
        return None
    names = [t.group(0) for t in run]
    if len(run) > MAX_NAME_TOKENS or not accepts(names, bool(descriptors), words) or _only_time_words(names, words):
        return None
    if not descriptors and looks_like_person(names, words) and not _known(text, run):
        return None  # "Rolling Stone reported": the gazetteer's outlet, though its words look like a person's
    if " ".join([*(n.casefold() for n in names), *descriptors]) in words.generic:
        return None  # "Naujienų agentūros praneša": news agencies, no one's name
    how = "domain" if len(run) == 1 and is_domain(names[-1]) else "capitalised"
    return NameSpan(run[0].start(), trimmed_end(text, run[0].start(), run[-1].end()), how)


@lru_cache(maxsize=1)
def _time_words() -> tuple[frozenset[str], frozenset[str]]:
    """Prepositions of time, and the words they put in time: months, weekdays, seasons (case-folded)."""
    when = month_names() | date_lead_words() | name_word_role("season")
    return name_word_role("time_preposition"), frozenset(when)


def _ends_in_time_phrase(text: str, tokens: list[re.Match[str]], end: int) -> bool:
    """The words before the verb end in a preposition of time and a month, weekday or season ("im Sommer", "am
    Montag", "op maandag"), which the verb-final clauses of German, Dutch and the Scandinavian languages put between
    the outlet and its verb; not when the phrase closes an outlet's name ("Welt am Sonntag", "NZZ am Sonntag")."""
    if len(tokens) < 3 or tokens[-1].end() != end:
        return False
    prepositions, when = _time_words()
    if tokens[-1].group(0).casefold() not in when or tokens[-2].group(0).casefold() not in prepositions:
        return False
    return not any(
        is_known_outlet(text[tokens[k].start() : end]) for k in range(max(0, len(tokens) - 5), len(tokens) - 2)
    )


def _before_descriptor(head: str, words: NameWords) -> int:
    """Where the text ends before a lower-case descriptor of one to three words closing `head`, matched as words
    (the word tokens of Indic scripts break at their vowel signs), else 0."""
    parts = head.rsplit(" ", MAX_DESCRIPTOR_WORDS)
    for size in range(1, len(parts)):
        tail = " ".join(parts[-size:])
        if (_is_descriptor(tail, words) and not tail[:1].isupper()) or (size == 1 and _platform_kind(tail)):
            return len(" ".join(parts[:-size]).rstrip())
    return 0


def _platform_kind(word: str) -> bool:
    """ "Telegram-kanaly", "YouTube-канал": a platform's name and, after its hyphen, a lower-case descriptor, written
    as one word after the outlet's name in the Turkic languages ("«Türkmenportal» Telegram-kanaly habar berdi")."""
    platform, hyphen, kind = word.rpartition("-")
    return bool(hyphen and platform[:1].isupper()) and kind.casefold() in name_words().descriptors and kind.islower()


def _after_leading_descriptor(head: str, words: NameWords) -> int | None:
    """Where a name of one to three words of a script without case starts, when a lower-case descriptor stands right
    before it ("ٹی وی جیو نیوز", "روزنامہ جنگ"): the descriptor marks the words after it as an outlet's name, as a
    trailing one does in verb-final languages; else None. No word of the name is a descriptor, generic or official."""
    parts = head.split(" ")
    for size in range(1, min(MAX_DESCRIPTOR_WORDS, len(parts) - 1) + 1):
        name = parts[-size:]
        if not is_caseless(name[0]) or any(_is_no_name_word(w, words) for w in name):
            return None
        if " ".join(name).casefold() in words.generic:
            return None  # "පුවත්පත මේ බව වාර්තා කරයි": "this fact", the verb's object after the subject's descriptor
        if " ".join(parts[-size - 1 :]).casefold() in words.descriptors:
            return None  # "අද දෙරණ පුවත් සේවය": the last word ends a descriptor of two ("news service"), no name
        for described in range(1, MAX_DESCRIPTOR_WORDS + 1):
            if len(parts) - size - described < 0:
                break
            if " ".join(parts[-size - described : -size]).casefold() in words.descriptors:
                return len(" ".join(parts[:-size])) + 1
    return None


def _is_no_name_word(word: str, words: NameWords) -> bool:
    """A descriptor, a generic or official word, or a postposition ("ٹی وی پر": "on TV"), which ends a phrase; or the
    word pointing back to a name ("या वृत्तपत्राने": "this newspaper" reported, no name)."""
    folded = word.casefold()
    no_name = folded in words.descriptors or folded in words.generic or folded in name_word_role("postposition")
    no_name = no_name or folded in _pointers()
    return not folded or no_name or words.is_official(folded)


def _caseless_before(text: str, pos: int) -> NameSpan | None:
    """A name of a script without capitals before a verb-final reporting phrase, the words split at spaces (Indic word
    tokens break at their vowel signs): closed by its outlet word ("আনন্দবাজার পত্রিকা সূত্রে", "മനോരമ ന്യൂസ് ആണ്
    …"), or one word before a descriptor ("ලංකාදීප පුවත්පත … වාර්තා කරයි", "ဧရာဝတီ သတင်းဌာန၏ သတင်းအရ"), past a
    generic object between the subject and the verb ("මේ බව": this fact), as verb-final languages place it."""
    head = text[:pos].rstrip()
    if not head or head[-1].upper() != head[-1].lower():
        return None  # most names before a verb end in a letter with case: asked first, as it is cheap
    words = name_words()
    parts = head.rsplit(" ", MAX_CASELESS_LOOKBACK)  # the name, its descriptor and a generic object at most
    for size in (2, 1):
        if len(parts) > size and " ".join(parts[-size:]).casefold() in words.generic:
            parts = parts[:-size]
            break
    if len(parts) < 2 or not all(is_caseless(p) and is_letters(p) for p in parts[-2:]):
        return None
    last = parts[-1].casefold()
    # a descriptor of one word or two ("පුවත්පත", "පුවත් සේවය": newspaper, news service)
    described = next((n for n in (2, 1) if len(parts) > n and " ".join(parts[-n:]).casefold() in words.descriptors), 0)
    # "लोकसत्ता या वृत्तपत्राने": "this" or "named" between the name and its descriptor points back to the name
    skip = described + (described > 0 and len(parts) > described + 1 and parts[-described - 1] in _pointers())
    if last in words.outlet_words and not _is_no_name_word(parts[-2], words):
        name_words_count, dropped = 2, 0
    elif described and is_caseless(parts[-skip - 1]) and not _is_no_name_word(parts[-skip - 1], words):
        # "गुजरात समाचार अखबार": the name closed by its outlet word ("news") before the descriptor is two words
        closed = len(parts) > skip + 1 and parts[-skip - 1].casefold() in words.outlet_words
        name_words_count, dropped = 2 if closed else 1, skip
    else:
        return None
    start = len(" ".join(parts[: -name_words_count - dropped])) + (1 if len(parts) > name_words_count + dropped else 0)
    end = len(" ".join(parts[: len(parts) - dropped]))
    known = known_outlet_before(text, pos)  # "අද දෙරණ පුවත් සේවය": a known outlet of more words than the one read
    if known is not None and known.start < start and known.end >= end:
        return known
    return NameSpan(start, end, "described")


MAX_CASELESS_LOOKBACK = 5


@lru_cache(maxsize=1)
def _pointers() -> frozenset[str]:
    return name_word_role("pointer")


# The longest outlet descriptor has three words ("خبر رساں ادارے").
MAX_DESCRIPTOR_WORDS = 3


def _is_cut_before(text: str, tokens: list[re.Match[str]], first: re.Match[str], words: NameWords) -> bool:
    """ "News of the World reported": the run stopped at particles inside a longer name."""
    index = next((i for i, t in enumerate(tokens) if t.start() == first.start()), 0)
    closed = words.particles | words.articles
    joiners = 0
    while index - joiners - 1 >= 0 and joiners <= MAX_JOINERS:
        token, after = tokens[index - joiners - 1], tokens[index - joiners]
        if text[token.end() : after.start()] != " ":
            return False
        word = token.group(0)
        if not (word.islower() and word.casefold() in closed):
            return joiners > 0 and is_namey(word) and not _is_sentence_word(text, token)
        joiners += 1
    return False


def _is_trailing_descriptor(word: str, words: NameWords) -> bool:
    """ "Sözcü gazetesinin": a lower-case outlet word after the name (a capitalised one is part of it)."""
    return (_is_descriptor(word, words) and not is_namey(word)) or _platform_kind(word)


def _is_descriptor(word: str, words: NameWords) -> bool:
    """An outlet's kind ("gazetesinin", "агентство"), or its correspondent ("«Kun.uz» muxbiri xabar berdi"), read past
    backwards only: a person's name follows the correspondent's word."""
    folded = word.casefold()
    return folded in words.descriptors or folded in name_word_role("outlet_correspondent")


def _only_time_words(names: list[str], words: NameWords) -> bool:
    """ "Wie die „NZZ“ im Sommer berichtete", "am Montag berichtete": a weekday, month, season or span of time
    between the outlet and its verb, capitalised as German nouns are, is no name (``time_noun``, ``clause_end``)."""
    time_words = words.clause_ends | name_word_role("time_noun")
    return all(n.casefold() in time_words or n.casefold() in month_names() for n in names)


def _number_closing_name(text: str, tokens: list[re.Match[str]], token: re.Match[str]) -> bool:
    """ "…, Channel 5 reported.", "Radio 1 berichtete": a number of one or two digits closing a name after a
    capitalised word, as name_after reads one after the first word ("Канал 5"); not a date ("on March 5 reported")."""
    if not (token.group(0).isdigit() and len(token.group(0)) <= MAX_NAME_NUMBER_DIGITS) or len(tokens) < 2:
        return False
    before = tokens[-2] if tokens[-1] is token else None
    if before is None or text[before.end() : token.start()] != " " or not is_namey(before.group(0)):
        return False
    return before.group(0).casefold() not in month_names()


MAX_NAME_NUMBER_DIGITS = 2


def _joins_backwards(word: str, has_run: bool, described: bool, words: NameWords) -> bool:
    folded = word.casefold()
    if is_caseless(word):
        return described
    if is_namey(word):
        return True
    return has_run and (folded in words.particles or folded in words.name_tails)


def _is_sentence_word(text: str, token: re.Match[str], function_words: frozenset[str] | None = None) -> bool:
    """A function word that is capitalised only because it opens the sentence ("Как пишет …")."""
    before = text[: token.start()].rstrip()
    opens_sentence = not before or before[-1] in SENTENCE_PUNCT or before[-1] in "\"'«»„“”"
    # apostrophes in one form: "Nk’uko" is the "as" word "nk'uko"
    return opens_sentence and same_apostrophes(token.group(0).casefold()) in (function_words or sentence_stopwords())


def _quoted_before(text: str, end: int) -> NameSpan | None:
    closer = text[end - 1]
    for start in range(end - 2, max(-1, end - 2 - MAX_QUOTED_CHARS), -1):
        if text[start] in QUOTES and closer in QUOTES[text[start]]:
            return quoted_at(text, start)
    return None


def _known(text: str, run: list[re.Match[str]]) -> bool:
    return is_known_outlet(text[run[0].start() : run[-1].end()])
