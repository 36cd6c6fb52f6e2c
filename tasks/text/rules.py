"""Single-line rules: what a line is, judged from itself and its neighbours alone.

Each rule is a small function returning a :class:`Verdict` or None; the first rule that
fires decides. Thresholds live in :class:`tasks.text.thresholds.SegmentRules`, not inside the functions. The rules
read from repetition (repeated lines, teaser leads, the site's template) are :mod:`tasks.text.repeat_rules`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from schemas import AttributionKind, ChromeKind, Label
from tasks.lexicon.caption_words import caption_credit_words
from tasks.lexicon.credit_lines import parse_credit_line
from tasks.lexicon.poster_fields import poster_field_role
from tasks.lexicon.sentence_signoffs import signs_off_with_copyright
from tasks.lexicon.share_bars import is_share_bar_line
from tasks.lexicon.vocab import SHARE_BUTTONS
from tasks.text.features import LineFeatures, is_clock_only, script_family
from tasks.text.gallery import gallery_slide
from tasks.text.repeat_rules import repeated, site_template, teaser_lead
from tasks.text.thresholds import SegmentRules
from tasks.text.verdicts import LineContext, SiteEvidence, Verdict
from tasks.text.widgets import standings_heading

__all__ = ["LineContext", "SiteEvidence", "Verdict"]  # the record types, re-exported where callers found them


def is_prose(feat: LineFeatures, rules: SegmentRules, stopword_share: float | None = None) -> bool:
    """Sentence-like text; in the article's language when its stoplist is known."""
    if stopword_share is not None and stopword_share < rules.min_stopword_share:
        return False
    if feat.n_words >= rules.long_prose_words and feat.n_inner_punct > 0:
        return True
    return feat.n_words >= rules.min_prose_words and feat.ends_sentence


def template_leftover(ctx: LineContext) -> Verdict | None:
    if not ctx.feat.is_placeholder:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.TEMPLATE_LEFTOVER, "template_placeholder",
        "holds an unrendered template placeholder like [[...]] or {{...}}", 0.99,
    )  # fmt: skip


def counter(ctx: LineContext) -> Verdict | None:
    if not ctx.feat.is_numeric:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.COUNTER, "bare_number",
        "only digits and separators: a counter, date or time, not text", 0.95,
    )  # fmt: skip


# "File photo", "Mynd úr safni" alone on a line: a picture's credit naming no one (``file_picture`` in
# caption_credit_words.csv), which the credit rules, reading a cue and a name, do not take.
_FILE_PICTURES = frozenset(caption_credit_words("file_picture"))
_FILE_PICTURE_MAX_WORDS = max(len(w.split()) for w in _FILE_PICTURES)


def credit(ctx: LineContext) -> Verdict | None:
    found = parse_credit_line(ctx.line.text)
    if found is None:
        return file_picture(ctx)
    if found.cue == "©" and signs_off_with_copyright(ctx.line.text):
        return None
    named = f" naming {found.name}" if found.name else ""
    return Verdict(
        Label.ATTRIBUTION, str(found.kind), "credit_line",
        f"a short line opened by the credit cue '{found.cue}'{named}", 0.9,
    )  # fmt: skip


def file_picture(ctx: LineContext) -> Verdict | None:
    """A picture's credit naming no one, alone on its line under the picture ("Mynd úr safni", "File photo"): a
    credit, which neither ends the article nor makes it, as a named one ("Foto: Juha Salminen") does not."""
    if ctx.feat.n_words > _FILE_PICTURE_MAX_WORDS or ctx.feat.key.strip(" .()[]") not in _FILE_PICTURES:
        return None
    return Verdict(
        Label.ATTRIBUTION, str(AttributionKind.PHOTO), "file_picture",
        "a picture's credit naming no one ('file photo') alone on its line", 0.85,
    )  # fmt: skip


def comments_heading(ctx: LineContext) -> Verdict | None:
    if not ctx.feat.is_comment_heading:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.COMMENTS, "comments_heading",
        f"'{ctx.line.text.strip()}' is the heading of a comment section", 0.9,
    )  # fmt: skip


def related_heading(ctx: LineContext) -> Verdict | None:
    if not ctx.feat.is_related_heading:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.RELATED_HEADING, "link_list_heading",
        f"'{ctx.line.text.strip()}' is a heading that introduces links to other pages", 0.9,
    )  # fmt: skip


def related_link(ctx: LineContext) -> Verdict | None:
    if not ctx.feat.is_related_link:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.TEASER, "related_link",
        "a link to another page under a related-links heading ('Read also: ...')", 0.85,
    )  # fmt: skip


def share_button(ctx: LineContext) -> Verdict | None:
    """ "Facebook", "Tweet", "Share this:" alone on a line: a share bar's button, inside the text too (one button a
    dump renders between the headline and the first paragraph, or between two paragraphs). Not "Email" or "Print"
    (share_buttons.csv says why). A whole bar on one line ("Teilen: Facebook | X | WhatsApp") is one too: set between
    two paragraphs it would read as a subheading."""
    if ctx.feat.key not in SHARE_BUTTONS and not is_share_bar_line(ctx.line.text):
        return None
    return Verdict(
        Label.CHROME, ChromeKind.NAVIGATION, "share_button",
        f"'{ctx.line.text.strip()}' is a share bar's button, not text", 0.9,
    )  # fmt: skip


_BARRED_PERMALINK = re.compile(r"\|\s*permalink\b|\bpermalink\s*\|")


def permalink_footer(ctx: LineContext) -> Verdict | None:
    """A blog post's footer with its permalink between bars ("Posted at 09:14 AM in Politics | Permalink | Comments
    (3)", as TypePad, Movable Type and Blogger themes print it): counted over the public sets' lines, 470 of 487 such
    lines on dragnet are furniture (the rest text or ambiguous), all 31 on cleaneval-dev. A sentence naming a
    permalink has no bar beside it."""
    key = ctx.feat.key
    if "permalink" not in key or _BARRED_PERMALINK.search(key) is None:  # the substring first: most lines have none
        return None
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "permalink_footer",
        "a blog post's footer line, its permalink between bars", 0.85,
    )  # fmt: skip


def boilerplate(ctx: LineContext) -> Verdict | None:
    if not ctx.feat.is_boilerplate or ctx.feat.n_words > ctx.rules.boilerplate_max_words:
        return None
    if signs_off_with_copyright(ctx.line.text):
        return None  # "… sier Solheim. (©NTB)": a paragraph, signed off
    return Verdict(
        Label.CHROME, ChromeKind.BOILERPLATE, "boilerplate_phrase",
        "a copyright notice, newsletter or cookie prompt, or follow-us line", 0.85,
    )  # fmt: skip


# How far from a poster's join date its post count may stand (and the other way): the profile block prints them
# together, with the poster's rank, place or avatar line between at most.
POSTER_BLOCK_LINES = 4
# The two fields every profile block prints; the place is printed beside them.
PROFILE_ROLES = frozenset({"joined", "posts"})
POSTER_FIELD = "poster_field"


def poster_field(ctx: LineContext) -> Verdict | None:
    """A forum poster's join date or post count ("Registered: July 03, 2001" over "Posts: 2783"), the profile block
    a forum engine prints beside each post (``poster_fields.csv``): the poster's, not the post's text, in any
    language. Only with the other field beside it: one "Registered: 1998" may be a company fact box's."""
    role = poster_field_role(ctx.line.text)
    if role is None:
        return None
    near = range(max(0, ctx.index - POSTER_BLOCK_LINES), min(len(ctx.lines), ctx.index + POSTER_BLOCK_LINES + 1))
    beside = {poster_field_role(ctx.lines[k].text) for k in near if k != ctx.index}
    # the join date beside the post count and the other way round; a place beside both (a fact box's "Location:")
    if not (PROFILE_ROLES - {role} if role in PROFILE_ROLES else PROFILE_ROLES) <= beside:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.COMMENTS, POSTER_FIELD,
        f"a forum poster's profile field ({role}) beside the other one, not the post's text", 0.85,
    )  # fmt: skip


def foreign_script(ctx: LineContext) -> Verdict | None:
    feat, rules = ctx.feat, ctx.rules
    if ctx.doc_script is None or feat.script is None:
        return None
    if script_family(feat.script) == script_family(ctx.doc_script):
        return None
    if feat.script_share < rules.foreign_script_share or feat.n_words < rules.foreign_script_min_words:
        return None
    if is_clock_only(ctx.line.text):
        return None  # "08:05 AM" over a Hindi live blog's entry: its stamp, left to the main text's rules
    return Verdict(
        Label.CHROME,
        ChromeKind.TEASER,
        "script_mismatch",
        f"written in {str(feat.script).title()} script while the article is in {ctx.doc_script.title()}",
        0.8,
    )


def _ellipsis_run(features: list[LineFeatures], i: int) -> int:
    """How many consecutive lines around line i end with an ellipsis."""
    first, last = i, i
    while first > 0 and features[first - 1].ends_ellipsis:
        first -= 1
    while last + 1 < len(features) and features[last + 1].ends_ellipsis:
        last += 1
    return last - first + 1


def truncated_teaser(ctx: LineContext) -> Verdict | None:
    """A headline cut off with an ellipsis among others like it: a teaser list ("Gets …", "For …")."""
    if not ctx.feat.ends_ellipsis:
        return None
    run = _ellipsis_run(ctx.features, ctx.index)
    if run < ctx.rules.truncated_list_min_lines:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.HEADLINE_LIST, "truncated_teaser",
        f"cut off with an ellipsis, in a run of {run} lines cut off the same way: a teaser list", 0.8,
    )  # fmt: skip


LOCAL_RULES: tuple[Callable[[LineContext], Verdict | None], ...] = (
    template_leftover,
    truncated_teaser,
    counter,
    credit,
    gallery_slide,
    comments_heading,
    related_heading,
    related_link,
    share_button,
    poster_field,
    standings_heading,
    permalink_footer,
    boilerplate,
    repeated,
    teaser_lead,
    site_template,
    foreign_script,
)


# The rules that fire only on a line with their own feature set (a placeholder, an ellipsis closing it, digits alone, a
# comment or link-list heading, a read-also link, a furniture phrase, copies on the page): each returns None at once
# without it. A line with none of them (most lines) skips the eight, the same verdict for eight calls fewer.
_FLAG_RULES = frozenset({template_leftover, truncated_teaser, counter, comments_heading, related_heading, related_link,
                         boilerplate, repeated})  # fmt: skip
# LOCAL_RULES without them, rebuilt when LOCAL_RULES is replaced (as bench/sensitivity.py does)
_unflagged: list[tuple[Callable[[LineContext], Verdict | None], ...]] = [(), ()]


def _flagged(feat: LineFeatures) -> bool:
    """Whether one of _FLAG_RULES may fire on the line."""
    return (
        feat.n_copies > 1 or feat.is_placeholder or feat.ends_ellipsis or feat.is_numeric or feat.is_comment_heading
        or feat.is_related_heading or feat.is_related_link or feat.is_boilerplate
    )  # fmt: skip


def local_verdict(ctx: LineContext) -> Verdict | None:
    """The first single-line rule that fires, or None when the line needs its context."""
    rules = LOCAL_RULES
    if not _flagged(ctx.feat):
        if _unflagged[0] is not rules:
            _unflagged[:] = [rules, tuple(rule for rule in rules if rule not in _FLAG_RULES)]
        rules = _unflagged[1]
    for rule in rules:
        verdict = rule(ctx)
        if verdict is not None:
            return verdict
    return None


def with_script(verdicts: list[Verdict | None], ctx_of: Callable[[int], LineContext]) -> list[Verdict | None]:
    """The local verdicts once the article's script is known, from those found before it was.

    Only the last rule, foreign_script, reads the script (and never fires without it), so every verdict
    found before stands and only the lines no rule took are asked again: half the rule calls of a page.
    """
    return [v if v is not None else foreign_script(ctx_of(i)) for i, v in enumerate(verdicts)]
