"""Session 38's speed round (issue 15): two exact cuts, each held here to the code it replaced.

(1) `LineContext.feat`, the line's features, read about 950,000 times a pass by the single-line rules (several times
by each context), was a property that indexed the page's features on every read: it is now read once and kept in the
context's own __dict__, where later reads find it. It is not a field: a context never read holds its six fields alone
(tests/test_record_inits.py), and equality, hash, repr and `dataclasses.replace` stay the fields'.

(2) `date_tail_start`, asked of one line in turn by the head's readers (a byline's, a teaser's, a comment's, a date
line's), keeps its answer per text (a small LRU cache): a pure function of the text, so the answers are the same.
"""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from tasks.lexicon.date_text import DATE_TAILS_CACHED, date_tail_start
from tasks.text.features import LineFeatures, line_features
from tasks.text.lines import Line, split_lines
from tasks.text.rules import local_verdict, with_script
from tasks.text.thresholds import DEFAULT_RULES, SegmentRules
from tasks.text.verdicts import LineContext, SiteEvidence, Verdict

# ---- (1) a context's features read once ----


@dataclass(frozen=True, init=False)
class _PropertyContext:
    """`LineContext` as it was: the features read through a property on every read."""

    index: int
    lines: list[Line]
    features: list[LineFeatures]
    doc_script: str | None
    rules: SegmentRules
    site: SiteEvidence | None = None

    def __init__(
        self, index: int, lines: list[Line], features: list[LineFeatures], doc_script: str | None,
        rules: SegmentRules, site: SiteEvidence | None = None,
    ) -> None:  # fmt: skip
        fields = self.__dict__
        fields["index"], fields["lines"], fields["features"] = index, lines, features
        fields["doc_script"], fields["rules"], fields["site"] = doc_script, rules, site

    @property
    def line(self) -> Line:
        return self.lines[self.index]

    @property
    def feat(self) -> LineFeatures:
        return self.features[self.index]


PAGE = (
    "Council backs the tram plan\n\nBy Maria Rossi, 17 May 2024\n\nPhoto: Jan Novak / Reuters\n\n"
    "The city council voted on Tuesday to expand the tram network, a decision that ends years of debate.\n\n"
    "Read more: a teaser…\n\nAnother teaser…\n\nA third teaser…\n\n2/24\n\n{{ placeholder }}\n\n"
    "Share this:\n\nFacebook\n\n53 Comments\n\nCopyright 2024 All rights reserved\n\n"
    "Council backs the tram plan\n\nКонтакты редакции и реклама на сайте\n\nFile photo"
)


def _verdicts(context: type, lines: list[Line], doc_script: str | None) -> list[Verdict | None]:
    features = line_features(lines)
    rough = [local_verdict(context(i, lines, features, None, DEFAULT_RULES)) for i in range(len(lines))]
    return with_script(rough, lambda i: context(i, lines, features, doc_script, DEFAULT_RULES))


def test_a_context_keeps_its_line_features_after_the_first_read() -> None:
    lines = split_lines(PAGE)
    features = line_features(lines)
    ctx = LineContext(3, lines, features, "LATIN", DEFAULT_RULES)
    fields = {f.name for f in dataclasses.fields(LineContext)}
    assert set(vars(ctx)) == fields  # never read: its fields alone
    assert ctx.feat is features[3]
    assert vars(ctx)["feat"] is features[3]  # kept: the next read finds it in the instance
    assert ctx.feat is features[3] and "feat" not in fields


def test_a_read_context_compares_hashes_replaces_and_pickles_as_its_fields() -> None:
    lines = split_lines(PAGE)
    features = line_features(lines)
    read, fresh = (LineContext(2, lines, features, None, DEFAULT_RULES) for _ in range(2))
    assert read.feat is features[2]
    assert read == fresh and repr(read) == repr(fresh)
    moved = dataclasses.replace(read, index=5)  # a copy at another line reads that line's features, not the kept ones
    assert moved.feat is features[5] and moved != read
    assert pickle.loads(pickle.dumps(read)).feat == features[2]
    assert LineContext.feat is vars(LineContext)["feat"]  # the class's attribute is the descriptor itself


def test_the_rules_give_the_same_verdicts_as_with_the_property() -> None:
    lines = split_lines(PAGE)
    for doc_script in (None, "LATIN", "CYRILLIC"):
        assert _verdicts(LineContext, lines, doc_script) == _verdicts(_PropertyContext, lines, doc_script)


_WORDS = st.sampled_from(
    ["By", "Photo:", "Maria", "Rossi", "17", "May", "2024", "the", "council", "voted", "…", "Read", "more:", "©",
     "AFP", "Reuters", "/", "Share", "Facebook", "Comments", "Фото:", "Иван", "Петров", "2/24", "{{", "}}", "."]
)  # fmt: skip
_LINES = st.lists(st.lists(_WORDS, min_size=1, max_size=14).map(" ".join), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(_LINES, st.sampled_from([None, "LATIN", "CYRILLIC"]))
def test_the_rules_agree_with_the_property_on_generated_pages(texts: list[str], doc_script: str | None) -> None:
    lines = split_lines("\n\n".join(texts + texts[:2]))  # two lines again: the repeated lines' rules fire too
    assert _verdicts(LineContext, lines, doc_script) == _verdicts(_PropertyContext, lines, doc_script)


# ---- (2) a date's start kept per text ----

DATED = [
    "By Bruce Sterling January 18, 2008 | 12:11:21 PM",
    "Von Anna Berg 03.11.2025 | 09:15",
    "di Marco Rossi e Giulia Bianchi 17 febbraio 2025",
    "โดย ณัฐพล ศรีสุข 3 มี.ค. 2569",
    "سارا کریمی ۸ آبان ۱۴۰۳",
    "By Ann Lee, Associated Press Writer 2 hours, 17 minutes ago",
    "The council voted on 17 May to expand the network.",
    "Council backs the tram plan",
    "",
]


def test_a_date_tail_is_the_uncached_answer_asked_again_and_again() -> None:
    uncached = date_tail_start.__wrapped__
    for _ in range(3):
        for text in DATED:
            for dotted in (False, True):
                assert date_tail_start(text, dotted) == uncached(text, dotted)
                assert date_tail_start(text, dotted=dotted) == uncached(text, dotted=dotted)
    assert date_tail_start("Von Anna Berg 03.11.2025 | 09:15") == len("Von Anna Berg ")


def test_a_date_tail_asked_again_is_the_kept_answer() -> None:
    text = "Di., 07.10.2025 von Eva Roy am 8. März 2024"
    date_tail_start(text)
    hits = date_tail_start.cache_info().hits
    assert date_tail_start(text) == date_tail_start.__wrapped__(text)
    assert date_tail_start.cache_info().hits == hits + 1
    assert date_tail_start.cache_info().maxsize == DATE_TAILS_CACHED


_DATE_WORDS = st.sampled_from(
    ["By", "Ann", "Lee", "17", "May", "2024", "3", "März", "12:15", "|", "·", "Uhr", "Published", "ago", "hours",
     "2", "мая", "2025", "г.", "มี.ค.", "2569", "令和8年12月2日", "،", "Mi.,", "12.11.2025", "–", "22:50"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_DATE_WORDS, max_size=10).map(" ".join), st.booleans())
def test_a_date_tail_agrees_with_the_uncached_reader_on_generated_lines(text: str, dotted: bool) -> None:
    assert date_tail_start(text, dotted=dotted) == date_tail_start.__wrapped__(text, dotted=dotted)
    assert date_tail_start(text, dotted=dotted) == date_tail_start.__wrapped__(text, dotted=dotted)
