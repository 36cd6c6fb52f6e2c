"""The main text's end, revised by what stands under it: the short sentences that close the article, and the paragraphs
under a "read also" box of one link set into it, which the region search leaves out (:mod:`tasks.text.main_text`)."""

from __future__ import annotations

from schemas import AttributionKind, Label
from tasks.lexicon.share_bars import is_share_bar_line
from tasks.lexicon.vocab import CLOSERS
from tasks.lexicon.word_classes import is_caseless
from tasks.text.bio import after_bio_heading, is_bio_heading, opens_a_bio
from tasks.text.features import is_clock_only
from tasks.text.head_rows import is_name_over_date
from tasks.text.lines import Line, every_line_apart
from tasks.text.region import PageView

# A closing sentence under the last paragraph has a few words at least ("Miała 86 lat.", not "Więcej.").
MIN_CLOSING_SENTENCE_WORDS = 4


def with_closing_sentences(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text with the short sentences right under its last paragraph, in its block (no blank line between):
    "Раскопкі працягнуцца да канца красавіка." closes the article, though the region search weighs a line of fewer
    than `min_prose_words` words against it. A line a single-line rule took stops it, as does one that ends no
    sentence or opens in lower case. In a block of its own (a blank line above it, as pages set every paragraph), one
    such sentence closes the article when the article's foot stands right under it in the next block: the writer's
    byline (or a bare name over a date: "Նարինե Հակոբյան" over "05.05.2025, 14:20"), the heading of the author's bio
    box ("다만 노조는 … 나타냈다." over "김민수 기자 …", "Развітанне адбудзецца 4 сакавіка ў Гродне." over
    "Пра аўтарку") or the links under the article ("Представленията ще продължат до края на август." over
    "Още по темата", "Asiasta uutisoi ensimmäisenä Ilkka." over "Lue myös: …");
    over a source's or a picture's credit it is as often a caption or a teaser's line. A page that sets every line in
    a block of its own (the public benchmarks' dumps: a blank line after each) says nothing by its blocks: there the
    sentences right under the last paragraph close it as in one block, unless they ask, cry or give an address (a
    box's prompt, a contact); the author's bio among them is cut after (tasks/text/segment.py)."""
    if region is None or not view.is_text(region[1]):
        return region
    end = region[1]
    unblocked = every_line_apart(lines)
    while end + 1 < len(lines) and _is_closing_sentence(lines, view, end + 1):
        if lines[end + 1].block_index != lines[end].block_index and not (
            unblocked and _closes_plainly(lines, view, end + 1, region[0])
        ):
            break
        end += 1
    if end == region[1] and _closes_in_own_block(lines, view, end + 1, region[0]):
        end += 1
    return region[0], end


def _closes_plainly(lines: list[Line], view: PageView, i: int, start: int) -> bool:
    """A closing sentence on a page that sets every line apart neither asks nor cries ("Share this article What is
    this?", "Post to the Mailbox!": a box's prompt), gives no address ("… can be reached at jh@example.com"), stamps
    no comment ("On October 29, 2012 at 2:35am, Rosa said...") and opens no bio of the author ("Олена Марченко —
    економістка …" under her byline)."""
    text, feat = lines[i].text, view.features[i]
    if asks(text) or "@" in text or feat.has_timestamp or feat.is_comment_entry:
        return False
    return not opens_a_bio(lines, view, i, start)


def _closes_in_own_block(lines: list[Line], view: PageView, i: int, start: int) -> bool:
    """Line i is a closing sentence alone in its block right under the main text's, over a byline or a bio box's heading
    in the next block, or over the links or a standings table under the article when it closes plainly
    (:func:`_closes_plainly`) and opens no bio box ("Katrin Hollmann ist Korrespondentin …", "Об авторе: …" over "Mehr
    zum Thema")."""
    if i >= len(lines) or lines[i].block_index == lines[i - 1].block_index or not _is_closing_sentence(lines, view, i):
        return False
    if i + 1 == len(lines) or lines[i + 1].block_index == lines[i].block_index:
        return False
    foot = view.verdicts[i + 1]
    byline = foot is not None and foot.label == Label.ATTRIBUTION and foot.kind == AttributionKind.AUTHOR
    byline = byline or is_name_over_date(i + 1, lines, view)
    # the links under the article, or a sports report's standings table ("Yleisöä oli paikalla 13 455." over
    # "Sarjataulukko"): the page's furniture under the text, which a teaser's line does not stand over either; the
    # story's source line may stand between, in a block of its own ("Źródło: KPP Jasło" over "Tagi: …")
    under = i + 2 if _source_line_apart(lines, view, i + 1) else i + 1
    foot_links = view.verdicts[under] if under < len(lines) else None
    links = foot_links is not None and (
        _links_to_articles(view, under) or foot_links.reason_code == "standings_heading"
    )
    links = links or (under < len(lines) and is_share_bar_line(lines[under].text))
    if links and (not _closes_plainly(lines, view, i, start) or after_bio_heading(lines[i].text) is not None):
        return False  # a box's prompt, an address or the author's bio over the links: no sentence of the text
    return byline or links or is_bio_heading(lines[i + 1].text)


def _source_line_apart(lines: list[Line], view: PageView, i: int) -> bool:
    """Line i is a source's credit line alone in its block, the next line in a block of its own: the story's
    "Źródło: …", "Source : …" line between the text's last sentence and the links under the article."""
    verdict = view.verdicts[i]
    if verdict is None or verdict.label != Label.ATTRIBUTION or verdict.kind != AttributionKind.SOURCE:
        return False
    return i + 1 < len(lines) and lines[i + 1].block_index != lines[i].block_index != lines[i - 1].block_index


def _links_to_articles(view: PageView, i: int) -> bool:
    """Line i opens the links to other articles under the text: a one-link "read also" line ("Lue myös: …"), or a
    heading over a headline of a few words ("Още по темата" over "Летен фестивал … започва в Стара Загора"); not a
    share bar's heading over its buttons ("Podijeli" over "Facebook"), which a site's standing line may stand over."""
    verdict = view.verdicts[i]
    reason = verdict.reason_code if verdict is not None else None
    if reason == "related_link":
        return True
    below = i + 1
    return (
        reason == "link_list_heading"
        and below < len(view.features)
        and view.verdicts[below] is None
        and view.features[below].n_words >= view.rules.list_item_min_words
    )


# Scripts that write no mark at a sentence's end (the Thai and Lao space parts clauses): a closing sentence there is
# told by its length and by the article's foot under it.
UNMARKED_SCRIPTS = frozenset({"THAI", "LAO"})


def with_unmarked_closing_lines(view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text with the lines right under its last paragraph in a script that marks no sentence's end, of
    `min_prose_words` words or more, that no rule took ("ผู้สนใจสามารถสำรองที่นั่งได้ที่โทร …", how to book, under the
    last paragraph; an e-mail address in it may make its letters mostly Latin), when the article's foot follows them:
    a credit line ("ที่มา: …") or a one-link "read more" box. Such a line is too short for the prose test, which finds
    no sentence's end to count on."""
    if region is None or not view.is_text(region[1]) or view.features[region[1]].script not in UNMARKED_SCRIPTS:
        return region
    n, end = len(view.features), region[1]
    while end + 1 < n and _is_unmarked_line(view, end + 1):
        end += 1
    if end == region[1] or end + 1 >= n:
        return region
    foot = view.verdicts[end + 1]
    credit = foot is not None and foot.label == Label.ATTRIBUTION
    return (region[0], end) if credit or read_also_box_length(view, end + 1) else region


def _is_unmarked_line(view: PageView, i: int) -> bool:
    feat = view.features[i]
    return view.verdicts[i] is None and feat.n_words >= view.rules.min_prose_words and not feat.has_date


def _is_closing_sentence(lines: list[Line], view: PageView, i: int) -> bool:
    """Line i is a short sentence no single-line rule took, of a few words, opening with a letter not in lower case.
    Georgian writes no capitals, though Unicode files its letters as lower case ("ცენტრი ყოველდღიურად … იმუშავებს."):
    a letter of a script written without case opens a sentence too."""
    feat, text = view.features[i], lines[i].text.strip()
    if view.verdicts[i] is not None or not feat.ends_sentence or feat.n_words < MIN_CLOSING_SENTENCE_WORDS:
        return False
    return text[:1].isalpha() and (not text[:1].islower() or is_caseless(text[:1]))


def across_read_also_box(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """The main text on over a "read also" box of one link set into it ("Čítajte aj: …", or "Leia também" over one
    headline) to the paragraphs under it: the article's last paragraphs after the box, which one link does not end, and
    a live blog's entries under their clock stamps ("10:20" over an entry's text) as well. The text under the box may
    be one short closing sentence alone ("Hasadın temmuz ayı sonuna kadar sürmesi bekleniyor."), which one link does
    not make a teaser's.
    A heading over more links, no text right under the box, or a teaser's headline and lead after that text (a list
    of teasers with summaries: "Прочитајте повеќе од Битола" over them) end the article there as before, and so does
    text that asks or exclaims (a related headline: "How Much House Can You Get for $600,000?"), unless the main text
    is an interview, whose next question under the box is over its answer."""
    if region is None or not view.is_text(region[1]):
        return region
    end, n = region[1], len(view.features)
    box = _colon_headed_links(lines, view, end + 1) or read_also_box_length(view, end + 1)
    interview = _is_interview(lines, view, region)
    last = end + 1 + box
    if box and last < n and _is_picture_credit(view, last):
        last += 1  # the next paragraph's picture, credited under the box ("Mynd úr safni")
    last += _entry_head(lines, view, last, interview)
    if not box or last >= n:
        return region
    if not view.is_text(last):
        # one short sentence closes the article alone: more lines after it are a paywall's note or a box's
        closes = _is_closing_sentence(lines, view, last) and not (last + 1 < n and view.prose[last + 1])
        asked = asks(lines[last].text)
        return (region[0], last) if closes and not asked else region
    while last + 1 < n and (view.is_text(last + 1) or _entry_head(lines, view, last + 1, interview)
                            or _short_sentence_between(lines, view, last + 1)):  # fmt: skip
        last += 1 + _entry_head(lines, view, last + 1, interview)
    headline = last + 2 < n and not view.prose[last + 1] and view.verdicts[last + 1] is None
    asked = not interview and any(asks(lines[k].text) for k in range(end + 1 + box, last + 1))
    return region if asked or (headline and view.is_text(last + 2)) else (region[0], last)


def _short_sentence_between(lines: list[Line], view: PageView, i: int) -> bool:
    """Line i, under a text line, is a short sentence no rule took (fewer words than prose asks: "ಈ ಗೆಲುವಿನೊಂದಿಗೆ ಕರ್ನಾಟಕ
    ತನ್ನ ಗುಂಪಿನಲ್ಲಿ ಎರಡನೇ ಸ್ಥಾನಕ್ಕೇರಿತು.", seven long words of an agglutinative language) with a text line under it: the
    text's, not a teaser's headline over its lead, which closes with no full stop."""
    return i + 1 < len(view.features) and _is_closing_sentence(lines, view, i) and view.is_text(i + 1)


def _is_picture_credit(view: PageView, i: int) -> bool:
    verdict = view.verdicts[i]
    return verdict is not None and verdict.label == Label.ATTRIBUTION and verdict.kind == AttributionKind.PHOTO


def asks(text: str) -> bool:
    """The line ends with a question or a cry."""
    return text.rstrip(CLOSERS + " ").endswith(("?", "!", "？", "！"))


# An interview's main text holds at least this many questions, each right over its answer.
MIN_INTERVIEW_QUESTIONS = 2


def _is_interview(lines: list[Line], view: PageView, region: tuple[int, int]) -> bool:
    """The main text is an interview: questions, each on its line right over a text line (its answer)."""
    first, last = region
    asked = sum(asks(lines[k].text) and view.is_text(k + 1) for k in range(first, last))
    return asked >= MIN_INTERVIEW_QUESTIONS


def _entry_head(lines: list[Line], view: PageView, i: int, interview: bool) -> int:
    """1 when line i heads the next entry over its text line, else 0: a clock time alone (a live blog's entry: "10:20"
    over it), or in an interview the next question over its answer ("Kde vás budú môcť ľudia počuť?")."""
    if not (i + 1 < len(view.features) and view.is_text(i + 1)):
        return 0
    return int(is_clock_only(lines[i].text) or (interview and asks(lines[i].text)))


def read_also_box_length(view: PageView, i: int) -> int:
    """Lines of a one-link "read also" box starting at line i: the link alone (2 for heading and link); 0 if none."""
    verdict = view.verdicts[i] if i < len(view.features) else None
    if verdict is None:
        return 0
    reason = verdict.reason_code
    if reason == "related_link":
        return 1
    one_item = i + 1 < len(view.features) and not view.prose[i + 1] and view.verdicts[i + 1] is None
    return 2 if reason == "link_list_heading" and one_item else 0


# A "read also" heading that ends in a colon ("LEIA TAMBÉM:", "Lesen Sie auch:") introduces the links under it inside
# the text: at most this many, the article's text right under them.
MAX_COLON_BOX_LINKS = 2


def _colon_headed_links(lines: list[Line], view: PageView, i: int) -> int:
    """Lines of a box of two links set into the text under a heading that ends in a colon ("LEIA TAMBÉM:" over two
    headlines, then the article's next paragraph), 0 if none: the colon introduces what follows, which a list's
    heading under the article ("Mais lidas") does not write, and the box stands in the text's block (no blank line
    between), the paragraphs above and under it too: a page that sets every line apart says nothing by its blocks.
    One link is :func:`read_also_box_length`'s."""
    verdict = view.verdicts[i] if 0 < i < len(view.features) else None
    if verdict is None or verdict.reason_code != "link_list_heading" or not lines[i].text.rstrip().endswith(":"):
        return 0
    last = i + MAX_COLON_BOX_LINKS
    if last + 1 >= len(view.features) or not view.is_text(last + 1):
        return 0
    if len({lines[k].block_index for k in range(i - 1, last + 2)}) != 1:
        return 0
    links = range(i + 1, last + 1)
    short = view.rules.list_item_min_words
    if any(view.prose[k] or view.verdicts[k] is not None or view.features[k].n_words < short for k in links):
        return 0
    return 1 + MAX_COLON_BOX_LINKS


# A live blog's main text holds at least this many entries, each a clock stamp alone over its text.
MIN_LIVE_ENTRIES = 2


def through_live_entries(lines: list[Line], view: PageView, region: tuple[int, int] | None) -> tuple[int, int] | None:
    """A live blog's main text on over its earliest entries: under a clock stamp alone ("11:30"), a short text of a
    sentence or two ("Sirens sounded. The drill began."), which weighs too little for the region search to bridge the
    stamps. Only where the main text already holds entries so stamped, and each further entry is a stamp right over a
    text line or a closing sentence no rule took."""
    if region is None or not view.is_text(region[1]):
        return region
    first, end = region
    entries = sum(is_clock_only(lines[k].text) and view.is_text(k + 1) for k in range(first, end))
    if entries < MIN_LIVE_ENTRIES:
        return region
    while end + 2 < len(lines) and is_clock_only(lines[end + 1].text):
        if not (view.is_text(end + 2) or _is_closing_sentence(lines, view, end + 2)):
            break
        end += 2
    return first, end
