"""The records single-line rules work with: a verdict, the page context a rule sees, site evidence."""

from __future__ import annotations

from dataclasses import dataclass

from schemas import Label
from tasks.text.features import LineFeatures
from tasks.text.lines import Line
from tasks.text.thresholds import SegmentRules


@dataclass(frozen=True)
class Verdict:
    """A label with the reason behind it."""

    label: Label
    kind: str
    reason_code: str
    reason: str
    score: float


@dataclass(frozen=True)
class SiteEvidence:
    """What other pages of the same site say about this page's lines."""

    site: str
    site_pages: int  # other pages of the site in the template memory
    hits: list[int]  # per line: on how many of those pages it (or its shape) appeared
    prose_allowed: bool = True  # may prose-like lines be judged template? (see guard_article)


@dataclass(frozen=True)
class LineContext:
    """What a rule may look at: the line, its features, the page, the article's script."""

    index: int
    lines: list[Line]
    features: list[LineFeatures]
    doc_script: str | None  # None before the article's script is known
    rules: SegmentRules
    site: SiteEvidence | None = None

    @property
    def line(self) -> Line:
        return self.lines[self.index]

    @property
    def feat(self) -> LineFeatures:
        return self.features[self.index]
