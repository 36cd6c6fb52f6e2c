"""Single-line rules read from repetition: a line the page repeats (a teaser headline, a text shown twice), the lead
under a headline shown twice, and a line the site's other pages repeat (its template). Part of
:data:`tasks.text.rules.LOCAL_RULES`, in the order set there.
"""

from __future__ import annotations

from schemas import ChromeKind, Label
from tasks.text.features import LineFeatures
from tasks.text.thresholds import SegmentRules
from tasks.text.verdicts import LineContext, SiteEvidence, Verdict


def _in_repeated_text(ctx: LineContext) -> bool:
    """The line and a neighbour are both sentences and both repeated, as copies of the same
    rank (both first copies, or both later ones): a whole text shown twice (a print view under
    the screen view), not a teaser, whose repeated headline stands next to an unrepeated lead.
    Or the neighbour is the line's own copy and the line is a long paragraph: a lead shown again
    as the first paragraph (a headline is never that long)."""
    feat, rules = ctx.feat, ctx.rules
    if not _prose_like(feat, rules):
        return False
    for j in (ctx.index - 1, ctx.index + 1):
        if 0 <= j < len(ctx.features):
            other = ctx.features[j]
            if other.key == feat.key and feat.n_words >= rules.long_prose_words:
                return True  # a paragraph shown twice in a row (a lead repeated as the first paragraph)
            if (
                other.n_copies >= 2
                and _prose_like(other, rules)
                and (other.duplicate_of is None) == (feat.duplicate_of is None)
            ):
                return True
    return False


REPEATED_LINE = "repeated_line"  # the verdict's reason code


def repeated(ctx: LineContext) -> Verdict | None:
    feat = ctx.feat
    if feat.n_copies < 2:
        return None
    if _in_repeated_text(ctx):
        if feat.duplicate_of is None:
            return None  # the first copy of a repeated text is judged as text
        return Verdict(
            Label.CHROME, ChromeKind.BOILERPLATE, "repeated_text",
            f"repeats line {feat.duplicate_of} with its neighbours: a second copy of a text on the page", 0.8,
        )  # fmt: skip
    if feat.duplicate_of is not None:
        where = f"repeats line {feat.duplicate_of}"
    else:
        where = f"appears {feat.n_copies} times on the page"
    return Verdict(
        Label.CHROME, ChromeKind.TEASER, REPEATED_LINE,
        f"{where}: pages repeat teaser headlines, articles don't repeat paragraphs", 0.85,
    )  # fmt: skip


def teaser_lead(ctx: LineContext) -> Verdict | None:
    """The line after a headline shown twice in a row is that teaser's lead."""
    i = ctx.index
    if i < 2:
        return None
    prev, before = ctx.features[i - 1], ctx.features[i - 2]
    if prev.n_copies < 2 or prev.key != before.key or ctx.feat.n_copies > 1:
        return None
    if prev.n_words >= ctx.rules.long_prose_words:
        return None  # a paragraph shown twice is no headline: the line after it is the article going on
    return Verdict(
        Label.CHROME,
        ChromeKind.TEASER,
        "teaser_lead",
        f"follows a headline repeated on lines {ctx.lines[i - 2].number} and "
        f"{ctx.lines[i - 1].number}: the lead of a teaser",
        0.8,
    )


def _prose_like(feat: LineFeatures, rules: SegmentRules) -> bool:
    return feat.n_words >= rules.min_prose_words and feat.ends_sentence


def guard_article(site: SiteEvidence | None, features: list[LineFeatures], rules: SegmentRules) -> SiteEvidence | None:
    """Keep the memory off the article's own sentences unless the page has text of its own.

    Recurring prose is template only on a page whose own, unseen prose outweighs it: a page
    whose sentences all recur elsewhere is a syndicated copy, not a template. Pages of unknown
    site share one corpus-wide memory, where only short furniture lines may be judged.
    """
    if site is None or not site.site_pages:
        return site
    seen = unseen = 0
    for feat, hits in zip(features, site.hits, strict=True):
        if _prose_like(feat, rules):
            if hits >= rules.template_prose_min_pages:
                seen += feat.n_words
            else:
                unseen += feat.n_words
    allowed = bool(site.site) and unseen >= rules.template_min_own_prose_share * (seen + unseen) and unseen > 0
    return SiteEvidence(site.site, site.site_pages, site.hits, prose_allowed=allowed)


def site_template(ctx: LineContext) -> Verdict | None:
    """A line that recurs on many other pages of the same site is that site's template."""
    site, rules, feat = ctx.site, ctx.rules, ctx.feat
    if site is None or not site.site_pages:
        return None
    hits = site.hits[ctx.index]
    prose_like = _prose_like(feat, rules)
    if prose_like and not site.prose_allowed:
        return None
    needed = rules.template_prose_min_pages if prose_like else rules.template_min_pages
    if hits < needed or hits < rules.template_min_share * site.site_pages:
        return None
    where = site.site or "this corpus"
    return Verdict(
        Label.CHROME, ChromeKind.SITE_TEMPLATE, "site_template",
        f"seen on {hits} of {site.site_pages} other pages of {where}", min(0.99, 0.7 + hits / site.site_pages / 4),
    )  # fmt: skip
