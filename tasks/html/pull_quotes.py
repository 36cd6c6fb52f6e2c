"""Pull quotes: a sentence of the article shown again, large, in a <blockquote> between its paragraphs ("<blockquote
class="pullquote"><p>«Das ist keine Lösung für Kinder …»</p></blockquote>"). It is read once, where the text says it.

Told by its name and by what it repeats: a block in a <blockquote> named a pull quote by its class (or its parent's:
"pullquote", "pull-quote", "pullQuote") whose words, without quote marks and punctuation, stand in another body
paragraph of the page. A quoted letter, a poem or an embedded post says something the text does not, so it stays.
Not by the repeat alone: aeb's gold keeps an unnamed one (LA Times' "<div class="Quote"><blockquote>"); nor by the
name alone (session 14 tried pull-quote class words: l3s lost a page's quoted text). Outside a <blockquote>, a block
wholly in quote marks is one when a paragraph above it in the same element says its words, all of them in order
(session 30: an interview's "<div class="nk-quote">«…»</div>"); named a pull quote by its class, when any paragraph
says them (session 37: "<div class="nf-tilvitnun">„…“</div>" ahead of the paragraph quoting its speaker); named so
and in no marks, when a paragraph says most of its words (session 42: "<div class="quote-box">…</div>"); and a
<blockquote> classed a quote that closes on its speaker's name, when a paragraph above says its words (session 42).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement  # type: ignore[import-untyped]  # lxml ships no type hints

from schemas import ChromeKind, Label
from tasks.html.blocks import Block
from tasks.html.vocab import BLOCK_TAGS, PULL_QUOTE_HINTS, class_names_one_of, class_words
from tasks.text.features import count_words, dominant_script
from tasks.text.verdicts import Verdict

# A pull quote is a sentence or two, or a short one ("„Die Schiffe sind morgens voll.“"); shorter blocks are too common
# to tell a repeat ("Yes", "Thank you").
MIN_PULL_QUOTE_WORDS = 4
MAX_PULL_QUOTE_WORDS = 60
# The block's own element or its parent is the <blockquote> ("<blockquote><p>…</p><footer>…</footer></blockquote>").
QUOTE_DEPTH = 2
_NOT_WORD = re.compile(r"[^\w]+")
_PULL_QUOTE = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "pull_quote", "a <blockquote> repeating a sentence of the article", 0.8
)


def _words(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def _word_count(text: str) -> int:
    """Words of the quote, counted in characters for the scripts that write no spaces (a Thai quote of two spaced
    clauses, "“ช่วงที่ปิดถนนครั้งก่อน ลูกค้าหายไปเกือบครึ่ง”", says what a dozen English words do)."""
    return count_words(text, dominant_script(text)[0])


def _named_pull_quote(block: Block) -> bool:
    return any(
        class_names_one_of(str(e.get("class", "")), PULL_QUOTE_HINTS) for e in block.ancestors[-QUOTE_DEPTH - 1 :]
    )


# Opening and closing quotation marks of the world's scripts: "«…»", "„…“", "“…”", "「…」", straight ones.
_OPENING_QUOTES = "«„“”‘‚\"'‹「『»"
_CLOSING_QUOTES = "»“”’‘\"'›」』«"


def _wholly_quoted(text: str) -> bool:
    """The block is one quotation, its marks around the whole of it ("«Пока ледник тает быстро, …»"): a pull quote
    written as the speaker's words, whatever its class (LA Times' unnamed one, which aeb's gold keeps, has no marks).
    One quotation only: no closing mark inside it, so "«A», said B. «C»" is no one quotation."""
    stripped = text.strip().rstrip(".")
    if len(stripped) < 2 or stripped[0] not in _OPENING_QUOTES or stripped[-1] not in _CLOSING_QUOTES:
        return False
    inner = stripped[1:-1]
    return not any(c in _CLOSING_QUOTES and c not in "'’" for c in inner)


def _quote_of(block: Block) -> str:
    """The block's text less its speaker's name closing it inside the same block, when what is left is one quotation
    ("“Hoje é o primeiro dia …”<span class="…-attribution">Arlindo Fagundes, comerciante</span>" in the <blockquote>
    itself: the block's last element, a name and a role); else its whole text."""
    last = next((e for e in reversed(block.ancestors[-1]) if isinstance(e.tag, str)), None)
    if last is None or (last.tail or "").strip() or last.tag in BLOCK_TAGS:
        return block.text
    speaker = " ".join(str(last.text_content()).split())
    text = block.text.rstrip()
    if not speaker or not text.endswith(speaker) or len(speaker.split()) > MAX_ATTRIBUTION_WORDS:
        return block.text
    quote = text[: -len(speaker)].rstrip(" " + "".join(_DASHES))
    # in no marks, the <blockquote> classed a quote says it is one ("<blockquote class="blockquote-module__quote">Rumba
    # ir pilsētas vizītkarte.<span class="…attribution…">Inese Kalniņa</span></blockquote>", Quintype)
    return quote if _wholly_quoted(quote) or _classed_a_quote(block) else block.text


def without_pull_quotes(blocks: list[Block], verdicts: list[Verdict]) -> list[Verdict]:
    """The verdicts with body blocks in a <blockquote> that repeat words of another body block made furniture."""
    quotes = {
        i: _quote_of(b) for i, (b, v) in enumerate(zip(blocks, verdicts, strict=True))
        if v.label == Label.BODY and any(a.tag == "blockquote" for a in b.ancestors[-QUOTE_DEPTH:])
    }  # fmt: skip
    quoted = [
        i for i, quote in quotes.items()
        if (_named_pull_quote(blocks[i]) or _wholly_quoted(quote) or quote != blocks[i].text)
        and MIN_PULL_QUOTE_WORDS <= _word_count(quote) <= MAX_PULL_QUOTE_WORDS
    ]  # fmt: skip
    loose = _loose_quotations(blocks, verdicts, quotes)
    if not quoted and not loose:
        return verdicts
    paragraphs = [
        (i, _words(b.text)) for i, (b, v) in enumerate(zip(blocks, verdicts, strict=True))
        if v.label == Label.BODY and i not in quoted
    ]  # fmt: skip
    text = [t for _, t in paragraphs]
    out = list(verdicts)
    for i in quoted:
        # a quotation named by its marks alone repeats what the text said above it; one the text quotes again further
        # down is the text's own block quote (an author quoting what he said before, then taking it back)
        named = _named_pull_quote(blocks[i])
        classed = named or (_wholly_quoted(quotes[i]) and _classed_a_quote(blocks[i]))
        said = text if classed else [t for k, t in paragraphs if k < i]
        marked = named and _wholly_quoted(quotes[i]) and _in_a_spaced_alphabet(quotes[i])
        share = MARKED_PARAPHRASE_SHARE if marked else PARAPHRASE_SHARE
        if _repeats(_words(quotes[i]), said, share) or (named and _signed_by_its_speaker(blocks[i], quotes[i])):
            out[i] = _PULL_QUOTE
            out = _without_its_attribution(blocks, out, i)
    for i in loose:
        words, parent = _words(blocks[i].text), _parent(blocks[i])
        if _said_above(blocks, paragraphs, i, words, parent):
            out[i] = _REPEATED_QUOTATION
        elif parent is not None and _said_above(blocks, paragraphs, i, words, _box_parent(parent, blocks[i].text)):
            out[i] = _REPEATED_QUOTATION  # in a quote box of its own with its speaker, the box's parent is the text's
            out = _speaker_in_box(blocks, out, i, parent)
        elif _named_pull_quote(blocks[i]) and any(words in t for k, t in paragraphs if k != i and t != words):
            out[i] = _PULL_QUOTE  # "<div class="nf-tilvitnun">„…“</div>" named by its class: the text says it below
        elif not _wholly_quoted(blocks[i].text) and _repeats(words, [t for k, t in paragraphs if k != i]):
            out[i] = _PULL_QUOTE  # "<div class="quote-box">" without marks: named so, and the text says it
    return out


def _classed_a_quote(block: Block) -> bool:
    """The block's <blockquote> names itself a quote by a word of its class ("<blockquote class="tn-quote">"): set apart
    by the design, as a pull quote is; one the text says again further down is one too when quote marks close it (an
    interview's answer under it ending on the same sentence). An unclassed one stays the text's own quotation
    (cleanportal keeps an author's quotation of himself, said again below it)."""
    quote = next((a for a in reversed(block.ancestors[-QUOTE_DEPTH:]) if a.tag == "blockquote"), None)
    return quote is not None and "quote" in class_words(str(quote.get("class") or ""))


def _parent(block: Block) -> HtmlElement | None:
    return block.ancestors[-2] if len(block.ancestors) > 1 else None


def _said_above(
    blocks: list[Block], paragraphs: list[tuple[int, str]], i: int, words: str, element: HtmlElement | None
) -> bool:
    """A body paragraph above block `i`, inside `element`, holds the block's words (and more); none inside None."""
    return any(words in t for k, t in paragraphs if k < i and t != words and element in blocks[k].ancestors)


def _box_parent(box: HtmlElement, quote: str) -> HtmlElement | None:
    """The parent of the quote's box when the box holds the quotation and its speaker, a few words, alone ("<div
    class="Quote_quote__Lm8Nb"><div class="Quote_text__Vq2Xs">«…»</div><div class="Quote_author__Jk7Pp">Оксана
    Литвин, координаторка</div></div>" between the paragraphs): a design's quote box, set in the text's element."""
    rest = len(str(box.text_content()).split()) - len(quote.split())
    return box.getparent() if 0 < rest <= MAX_ATTRIBUTION_WORDS and box.tag not in ("body", "article", "main") else None


def _speaker_in_box(blocks: list[Block], verdicts: list[Verdict], quote: int, box: HtmlElement) -> list[Verdict]:
    """The verdicts with the body blocks after the quote inside its box made furniture: its speaker."""
    out = list(verdicts)
    for j in range(quote + 1, len(blocks)):
        if box not in blocks[j].ancestors:
            break
        out[j] = _PULL_QUOTE if out[j].label == Label.BODY else out[j]
    return out


_REPEATED_QUOTATION = Verdict(
    Label.CHROME, ChromeKind.BOILERPLATE, "pull_quote",
    "a block in quote marks repeating, word for word, a sentence of a paragraph above it", 0.8,
)  # fmt: skip


def _loose_quotations(blocks: list[Block], verdicts: list[Verdict], quotes: dict[int, str]) -> list[int]:
    """The body blocks outside a <blockquote> that are one quotation, in marks, of a pull quote's length ("<div
    class="nk-quote">«Калі ўпершыню села за ганчарнае кола, …»</div>" between an interview's answers): pull quotes
    when a paragraph above in the same element says the same words (read by the caller), not a heading. In the same
    element: a forum's reply quoting an earlier post stands in a post of its own, and benchmarks keep it
    (cleaneval-dev's page 33: "Only the Sith Deal in Absolutes.")."""
    return [
        i for i, (b, v) in enumerate(zip(blocks, verdicts, strict=True))
        if v.label == Label.BODY and i not in quotes and not b.heading
        and ((_wholly_quoted(b.text) and _word_count(b.text) >= MIN_LOOSE_QUOTE_WORDS) or _unmarked_named(b))
        and _word_count(b.text) <= MAX_PULL_QUOTE_WORDS
    ]  # fmt: skip


def _unmarked_named(block: Block) -> bool:
    """A quote box named a pull quote by its class, outside a <blockquote> and without quote marks ("<div
    class="quote-box">Мы никуда не торопимся — …</div>" between an interview's answers, a regional paper's design):
    a pull quote when the text says its words (`PARAPHRASE_SHARE` of them, as a named <blockquote>'s)."""
    return _named_pull_quote(block) and _word_count(block.text) >= MIN_PULL_QUOTE_WORDS


# Outside a <blockquote>, the repeat is word for word and of a sentence's length: a short quotation ("«Yes»") may
# stand twice in an interview.
MIN_LOOSE_QUOTE_WORDS = 6


# A pull quote may shorten what the text says ("« Le mois de juin est déjà largement amputé »" of "… raboter un mois de
# juin déjà largement amputé »"): this share of its words in one paragraph is a repeat.
PARAPHRASE_SHARE = 0.8
# One both named a pull quote and set in quote marks may shorten it more ("«Для багатьох бібліотека стала місцем, де
# можна спокійно попрацювати»" of "… Для багатьох це місце, де можна спокійно попрацювати."): two marks of one say it.
# Only in an alphabet with case, or Hebrew or Arabic: Thai or Indic words are counted here in pieces between their vowel
# signs, and a share of pieces found says little.
MARKED_PARAPHRASE_SHARE = 0.6
# A word of the quote stands in the paragraph in another inflection when the two share their first letters ("місцем",
# "місце"): the stem of the inflecting languages, long enough that two short words do not pass for one. Only in the
# alphabets with case (Latin, Cyrillic, Greek): a Thai or Indic "word" here is a piece between vowel signs.
STEM_CHARS = 5
# The speaker under a pull quote ("<cite>Claire Roustan, syndicaliste</cite>") is a name and a role.
MAX_ATTRIBUTION_WORDS = 8


def _repeats(words: str, paragraphs: list[str], share: float = PARAPHRASE_SHARE) -> bool:
    """The quote's words stand in a paragraph, as written or `share` of them at least, a word in another inflection
    counting too."""
    if any(words in paragraph for paragraph in paragraphs):
        return True
    quoted = words.split()
    for said in map(set, map(str.split, paragraphs)):
        stems = {_stem(w) for w in said} - {None}
        found = sum(w in said or _stem(w) in stems for w in quoted)
        if found >= share * len(quoted):
            return True
    return False


def _in_a_spaced_alphabet(text: str) -> bool:
    """Most of the text's letters have case (Latin, Cyrillic, Greek), or are Hebrew or Arabic letters: alphabets that
    space their words as those do, only without case ("“אנחנו רוצים שהצעירים יישארו כאן אחרי הלימודים”" of "… ואנחנו
    רוצים שהם יישארו כאן אחרי הלימודים": the prefixed "ו" and "ש" make two words differ)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.upper() != c.lower() or "\u0590" <= c <= "\u06ff" for c in letters) > len(letters) / 2


def _stem(word: str) -> str | None:
    """The word's first STEM_CHARS letters, if it is that long and written in an alphabet with case; else None."""
    return word[:STEM_CHARS] if len(word) >= STEM_CHARS and word.upper() != word else None


def _without_its_attribution(blocks: list[Block], verdicts: list[Verdict], quote: int) -> list[Verdict]:
    """The verdicts with the short body blocks inside the pull quote's <blockquote> after it made furniture: who said
    it ("<cite>Claire Roustan, syndicaliste</cite>"); or inside the element named a pull quote around the <blockquote>,
    which puts the speaker beside it ("<div class="Pullquote_quote"><blockquote>«…»</blockquote><span>Reto Kessler, SLRG
    Basel</span></div>")."""
    ancestors = blocks[quote].ancestors
    element = next(a for a in reversed(ancestors) if a.tag == "blockquote")
    named = [a for a in ancestors[-QUOTE_DEPTH - 1 :] if class_names_one_of(str(a.get("class", "")), PULL_QUOTE_HINTS)]
    if named and element in named[0].iter():
        element = named[0]  # the outermost named one, the <blockquote> or its wrapper
    elif _beside_its_speaker(element):
        element = element.getparent()
    out = list(verdicts)
    for j in range(quote + 1, len(blocks)):
        if element not in blocks[j].ancestors:
            break
        if out[j].label == Label.BODY and len(blocks[j].text.split()) <= MAX_ATTRIBUTION_WORDS:
            out[j] = _PULL_QUOTE
    return out


# The speaker's own element inside a <blockquote>: "<cite>Manuela Ineichen, Verkehrsdirektorin</cite>", "<footer>— …".
_SPEAKER_TAGS = frozenset({"cite", "footer"})


def _signed_by_its_speaker(block: Block, quote_text: str) -> bool:
    """The named pull quote's <blockquote> closes with its speaker's <cite> or <footer> of a name and a role, after the
    block: a design element quoting someone, shown large, which the text need not say again in the same words
    ("<blockquote class="wp-block-pullquote"><p>“…”</p><cite>Ana Souza, feirante</cite></blockquote>"); or of a name
    alone under words wholly in quote marks ("<p>«…»</p><cite>Людмила Савченко</cite>")."""
    quote = next(a for a in reversed(block.ancestors) if a.tag == "blockquote")
    last = next((e for e in reversed(quote) if isinstance(e.tag, str)), None)
    if last is None or last.tag not in _SPEAKER_TAGS or block.ancestors[-1] is last:
        return False
    speaker = " ".join(str(last.text_content()).split())
    # a name and a role ("Ana Souza, feirante", "— councillor Ana Souza"); a letter's signature by a role alone ("Le
    # directeur") closes a quoted letter, which says what the text does not and stays (html_ml10 round)
    named = "," in speaker or speaker.startswith(_DASHES) or (_wholly_quoted(quote_text) and _is_a_name(speaker))
    return named and 0 < len(speaker.split()) <= MAX_ATTRIBUTION_WORDS


# A person's name alone: a first name and a surname or two, or three with a middle name.
NAME_WORDS = (2, 4)


def _is_a_name(text: str) -> bool:
    """Two to four words, each opening with a capital (an alphabet with case): a person's name, not a role ("Le
    directeur", the signature of a quoted letter)."""
    words = text.split()
    return NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] and all(w[0].isupper() for w in words)


_DASHES = ("—", "–", "-", "―")


def _beside_its_speaker(quote: HtmlElement) -> bool:
    """The <blockquote>'s parent holds it and a few words more: the speaker beside the quote in the quote's own wrapper
    ("<div class="quote-m__quote"><blockquote>"…"</blockquote><span>María Fuentes</span></div>"), named or not."""
    parent = quote.getparent()
    if parent is None or parent.tag in ("body", "article", "main"):
        return False
    rest = len(str(parent.text_content()).split()) - len(str(quote.text_content()).split())
    return 0 < rest <= MAX_ATTRIBUTION_WORDS
