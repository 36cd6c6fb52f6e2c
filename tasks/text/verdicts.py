"""The records single-line rules work with: a verdict, the page context a rule sees, site evidence."""

from __future__ import annotations

from dataclasses import dataclass

from schemas import Label
from tasks.text.features import LineFeatures
from tasks.text.lines import Line
from tasks.text.thresholds import SegmentRules

# The records built for every line of every page (a verdict, a rule's context, a labelled line, the line itself: about
# 660 a page) set their fields in their own __init__, straight into the instance's __dict__: a frozen dataclass's
# generated __init__ sets each through object.__setattr__, twice the time (1.0 against 0.45 µs for a Verdict). Frozen,
# equality, hash and repr stay the dataclass's; tests/test_record_inits.py holds each __init__ to the fields.


@dataclass(frozen=True, init=False)
class Verdict:
    """A label with the reason behind it."""

    label: Label
    kind: str
    reason_code: str
    reason: str
    score: float

    def __init__(self, label: Label, kind: str, reason_code: str, reason: str, score: float) -> None:
        fields = self.__dict__
        fields["label"], fields["kind"], fields["reason_code"], fields["reason"] = label, kind, reason_code, reason
        fields["score"] = score


@dataclass(frozen=True)
class SiteEvidence:
    """What other pages of the same site say about this page's lines."""

    site: str
    site_pages: int  # other pages of the site in the template memory
    hits: list[int]  # per line: on how many of those pages it (or its shape) appeared
    prose_allowed: bool = True  # may prose-like lines be judged template? (see guard_article)


class _FirstRead:
    """`LineContext.feat`, the line's features: read once from the page's list, then kept in the instance's __dict__,
    where later reads find it before this descriptor (it defines no __set__). The rules read it about 950,000 times a
    pass of aeb + readability + l3s, several times by each context: a property ran a Python call each time. Not a
    field: equality, hash, repr and `dataclasses.replace` stay the six fields', and a context never read keeps exactly
    its fields (tests/test_record_inits.py); it is the list's item, so it cannot disagree with `features[index]`."""

    def __get__(self, ctx: LineContext | None, owner: type | None = None) -> LineFeatures:
        if ctx is None:
            return self  # type: ignore[return-value]  # the class's attribute: the descriptor itself
        feat: LineFeatures = ctx.features[ctx.index]
        ctx.__dict__["feat"] = feat
        return feat


@dataclass(frozen=True, init=False)
class LineContext:
    """What a rule may look at: the line, its features, the page, the article's script."""

    index: int
    lines: list[Line]
    features: list[LineFeatures]
    doc_script: str | None  # None before the article's script is known
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

    feat = _FirstRead()  # the line's features (no annotation: a descriptor, not a field)
