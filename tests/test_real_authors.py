"""Authors in the HTML path's metadata on real pages (bench/real_authors.py): the scorer's arithmetic, and floors on
the aeb + readability pages (trainable), the cleaneval and cleanportal ones (trainable2) and the l3s + dragnet check
halves (never read; totals only)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from real_authors import LABELS, AuthorScore, score_file  # noqa: E402


def test_optional_authors_are_neither_required_nor_extra() -> None:
    score = AuthorScore()
    score.add("a", required={"ann lee"}, optional={"bo ford"}, got={"ann lee", "bo ford"})
    score.add("b", required={"cy dunn"}, optional=set(), got={"news desk"})
    assert (score.tp, score.fp, score.fn, score.exact) == (1, 1, 1, 1)
    assert score.row() == (0.5, 0.5, 0.5, 0.5)


# Session 16, the first measurement (trafilatura on the same pages: 0.575 / 0.704 / 0.633 and 0.250 / 0.118 / 0.160):
# aeb + readability 0.913 / 0.857, check half 0.600 / 0.529; with the long-byline allowance withdrawn at the session's
# end (it cost the never-studied heldout19 an author) the check half is 0.538 / 0.412, its floor there.
# Session 17 (bylines naming their outlet over the date, two writers in the head's cued byline, "Contributing:"):
# trainable 0.923 / 0.857 -> 0.924 / 0.867 (0.926 / 0.888 with the names and outlet over the date, withdrawn); the
# check halves unchanged. The second check half (its first measurement,
# at the session's start): 0.636 / 0.683 (trafilatura 0.341 / 0.366). The third (labelled in session 17, first
# measured at its end with its starting and final code): 0.757 / 0.700 with both (trafilatura 0.324 / 0.275).
# Session 17, real-page authors round (a desk word closing a name, "CBC News", "WebMD Health News", is no person):
# trainable 0.924 / 0.867 -> 0.944 / 0.867, eval_only_study 0.727 / 0.762 -> 0.800 / 0.762; check halves (totals
# only) eval_only_check2 0.636 / 0.683 -> 0.683 / 0.683, the first and third unchanged. Then the author marked inside
# a byline wrapper read without the outlet and time beside it: trainable -> 0.946 / 0.888, eval_only_check2 -> 0.698 /
# 0.732, the others unchanged. Session 18 (tests/test_real18_round.py, an outlet closing a byline's name and the
# bylines with their date before a bar among its fixes): eval_only_check2 0.698 / 0.732 -> 0.721 / 0.756, the others
# unchanged.
# Session 18, real-page authors round (tests/test_real_authors18_round.py: reader comments signed like bylines, link
# and tool labels, company forms, microdata and BBC name parts, relative times after AP bylines): eval_only_study
# 0.800 / 0.762 -> 0.889 / 0.762; check halves (totals only) eval_only_check 0.538 / 0.412 -> 0.714 / 0.588,
# eval_only_check2 0.698 / 0.732 -> 0.732 / 0.732, eval_only_check3 0.757 / 0.700 -> 0.784 / 0.725; trainable unchanged.
# Then a name over its writer's job title at the article's top: eval_only_study -> 0.895 / 0.810, the others unchanged.
# With both rounds merged: eval_only_check2 0.756 / 0.756, the others as above. The fourth check half (labelled in
# session 18, measured at its end with its starting and final code): 0.719 / 0.622 -> 0.833 / 0.676 (trafilatura
# 0.391 / 0.243).
REAL_AUTHOR_FLOORS = {
    # session 23 (tests/test_real_html23_round.py): trainable 0.946 / 0.898 -> 0.947 / 0.908, eval_only_study
    # 0.895 / 0.810 -> 0.944 / 0.810
    # session 24 (tests/test_real_html24_round.py): trainable 0.947 / 0.908 -> 0.978 / 0.918, trainable2 0.952 / 0.898
    # -> 0.964 / 0.909, eval_only_study unchanged (0.947 / 0.857)
    # session 25 (tests/test_real_html25_round.py, a layout card around the headline): trainable 0.978 / 0.918 ->
    # 0.978 / 0.929, the others unchanged
    # session 25, both real rounds merged: 0.978 / 0.918 -> 0.979 / 0.939; session 30 (tests/test_real_html30_round.py,
    # a preposition opens no name: "Text Without Notes"): 0.979 / 0.939 -> 0.989 / 0.939; session 31
    # (tests/test_real_html31_round.py: "by" alone over the name, "（编译/…）" above a rights note): -> 0.989 / 0.949;
    # session 32 (tests/test_real_html32_round.py, the Korean "칼럼니스트" signing a column): -> 0.989 / 0.959
    # session 42 (tests/test_realhtml42_round.py, a plain list's items each a title and its own "By …" line: a
    # French paper's unclassed related box; errors read): 0.989 / 0.959 -> 1.000 / 0.959
    "trainable": (1.0, 0.959),
    # session 27 (tests/test_real_html27_round.py, "Anonymous Student" credits no one): 0.964 / 0.909 -> 0.976 / 0.909
    # session 29 (tests/test_real_html29_round.py, a last paragraph signed with the name and its mailbox): 0.976 /
    # 0.909 -> 0.976 / 0.920
    # session 30 (tests/test_real_html30_round.py, a name under the standfirst and its closing bio): 0.976 / 0.920 ->
    # 0.976 / 0.932; session 31 (tests/test_real_html31_round.py, "by" alone over the name): -> 0.976 / 0.943
    # session 42 (tests/test_realhtml42_round.py, the same list's shape: a tutorial's list of recommended books, "By
    # Name (Publisher)"): 0.977 / 0.955 -> 1.000 / 0.955
    "trainable2": (1.0, 0.954),
    # session 30 (tests/test_real_html30_round.py, the byline element's bureau city): 0.950 / 0.905 -> 1.000 / 0.905
    "eval_only_study": (1.0, 0.9),  # with the session's other rounds merged: 0.947 / 0.857
    # session 46 (the html_ml68/heldout80 round's author rules, errors unread): 0.786 / 0.647 -> 0.846 / 0.647
    "eval_only_check": (0.846, 0.647),  # session 23 (errors unread): 0.714 / 0.588 -> 0.786 / 0.647
    # session 23 (errors unread): 0.762 / 0.780 -> 0.800 / 0.780
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.800 / 0.780 -> 0.805 / 0.805
    # session 35 (real_html35 round, a class glued onto "byline"; errors unread): 0.805 / 0.805 -> 0.810 / 0.829
    # session 40 (realhtml40 round: an author link labelled for the reader, an author box's "About <Name>", <meta
    # name=byline>; errors unread): 0.810 / 0.829 -> 0.814 / 0.854
    "eval_only_check2": (0.81, 0.85),  # session 22 (s22-real, errors unread): 0.756 / 0.756 -> 0.762 / 0.780
    # session 23 (errors unread): 0.806 / 0.725 -> 0.829 / 0.725; session 24 (real_html24 round): -> 0.838 / 0.775
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.842 / 0.800 -> 0.850 / 0.850
    # session 41 (real_html41 round: teasers' and comments' byline classes, a microdata author's name <meta>, a dash
    # signature, a name and its writing job, a WordPress entry line; errors unread): 0.850 / 0.850 -> 0.872 / 0.850
    "eval_only_check3": (0.87, 0.85),  # session 25 (errors unread): 0.838 / 0.775 -> 0.842 / 0.800
    # session 23 (errors unread): 0.839 / 0.703 -> 0.897 / 0.703; session 24 (real_html24 round): -> 0.900 / 0.730
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.900 / 0.730 -> 0.906 / 0.784
    # session 40 (realhtml40 round: an author link labelled for the reader, an author box's "About <Name>", <meta
    # name=byline>; errors unread): 0.906 / 0.784 -> 0.909 / 0.811
    "eval_only_check4": (0.9, 0.81),  # session 19 (real19 round): 0.833 / 0.676 -> 0.839 / 0.703
    # The fifth check half (labelled in session 19, measured at its end with its starting and final code): 0.879 / 0.604
    # with both (trafilatura 0.447 / 0.354).
    # session 23 (errors unread): 0.886 / 0.646 -> 0.912 / 0.646
    # session 40 (realhtml40 round: an author link labelled for the reader, an author box's "About <Name>", <meta
    # name=byline>; errors unread): 0.939 / 0.646 -> 0.941 / 0.667
    # session 48 (dumps_ml83 round, errors unread): 0.9412 / 0.6667 -> 0.9429 / 0.6875
    "eval_only_check5": (0.942, 0.687),
    # The sixth check half (labelled in session 20, measured at its end with its starting and final code): 0.875 / 0.778
    # with both (trafilatura 0.400 / 0.311).
    # session 36 (real_html36 round, a blog's owner in its byline element, a genre noun before "written by"; errors
    # unread): 0.875 / 0.778 -> 0.881 / 0.822
    # session 37 (real_html37 round, a team's "Posted by A and B" in Blogger's posts box; errors unread):
    # 0.881 / 0.822 -> 0.886 / 0.867
    "eval_only_check6": (0.88, 0.86),
    # The seventh check half (labelled in session 21, measured at its end with its starting and final code): 0.971 /
    # 0.723 with both (trafilatura 0.464 / 0.277).
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.973 / 0.766 -> 0.974 / 0.787
    # session 36 (real_html36 round, a blog's owner in its byline element, a genre noun before "written by"; errors
    # unread): 0.974 / 0.787 -> 0.974 / 0.809
    # session 40 (realhtml40 round: an author link labelled for the reader, an author box's "About <Name>", <meta
    # name=byline>; errors unread): 0.974 / 0.809 -> 0.975 / 0.830
    "eval_only_check7": (0.97, 0.82),  # session 25 (errors unread): 0.971 / 0.723 -> 0.973 / 0.766
    # The eighth check half (labelled in session 22, measured at its end with its starting and final code): 0.944 /
    # 0.739 with both (trafilatura 0.400 / 0.217).
    # session 23 (errors unread): 0.944 / 0.739 -> 0.946 / 0.761
    # session 36 (real_html36 round, a blog's owner in its byline element, a genre noun before "written by"; errors
    # unread): 0.946 / 0.761 -> 0.949 / 0.804
    "eval_only_check8": (0.94, 0.8),
    # The ninth check half (labelled in session 23, measured at its end with its starting and final code): 0.875 / 0.686
    # -> 0.897 / 0.686 (trafilatura 0.400 / 0.275).
    # session 26 (real_html26 round, the author <meta> names trafilatura reads; errors unread): -> 0.900 / 0.706
    # session 33 (real_html33 round, "Posted on <date> by <name>"; errors unread): 0.900 / 0.706 -> 0.902 / 0.725
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.902 / 0.725 -> 0.905 / 0.745
    # session 38 (realhtml38 round, a byline element's linked user name; errors unread):
    # 0.905 / 0.745 -> 0.907 / 0.765
    "eval_only_check9": (0.9, 0.76),
    # The tenth check half (labelled in session 24, measured at its end with its starting and final code): 0.955 / 0.792
    # with both (trafilatura 0.412 / 0.264).
    # session 28 (real_html28 round, the writer in a microdata <meta itemprop=author>; errors unread): 0.955 / 0.792 ->
    # 0.977 / 0.792
    # session 36 (real_html36 round, a blog's owner in its byline element, a genre noun before "written by"; errors
    # unread): 0.977 / 0.792 -> 0.977 / 0.811
    # session 41 (real_html41 round: teasers' and comments' byline classes, a microdata author's name <meta>, a dash
    # signature, a name and its writing job, a WordPress entry line; errors unread): 0.977 / 0.811 -> 0.978 / 0.830
    "eval_only_check10": (0.97, 0.83),
    # The eleventh check half (labelled in session 25, measured at its end with its starting and final code): 0.917 /
    # 0.512 with both (trafilatura 0.667 / 0.372).
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.957 / 0.512 -> 0.960 / 0.558
    # session 38 (realhtml38 round, a byline element's linked user name; errors unread):
    # 0.960 / 0.558 -> 0.962 / 0.581
    # session 39 (realhtml39 round, a one-person site's owner in a text byline; errors unread):
    # 0.962 / 0.581 -> 0.963 / 0.605
    "eval_only_check11": (0.96, 0.60),
    # The twelfth check half (labelled in session 26, measured at its end with its starting and final code): 0.917 /
    # 0.786 with both (trafilatura 0.471 / 0.571).
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.957 / 0.786 -> 0.960 / 0.857
    # session 40 (realhtml40 round: an author link labelled for the reader, an author box's "About <Name>", <meta
    # name=byline>; errors unread): 0.960 / 0.857 -> 0.962 / 0.893
    # session 41 (real_html41 round: teasers' and comments' byline classes, a microdata author's name <meta>, a dash
    # signature, a name and its writing job, a WordPress entry line; errors unread): 0.962 / 0.893 -> 0.963 / 0.929
    "eval_only_check12": (0.96, 0.92),
    # The thirteenth check half (labelled in session 27, measured at its end with its starting and final code): 0.865 /
    # 0.821 with both (trafilatura 0.469 / 0.385).
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.914 / 0.821 -> 0.923 / 0.923
    # session 41 (real_html41 round: teasers' and comments' byline classes, a microdata author's name <meta>, a dash
    # signature, a name and its writing job, a WordPress entry line; errors unread): 0.923 / 0.923 -> 0.947 / 0.923
    "eval_only_check13": (0.94, 0.92),
    # The fourteenth check half (labelled in session 28, measured at its end with its starting and final code): 0.857 /
    # 0.800 with both (trafilatura 0.500 / 0.367).
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.857 / 0.800 -> 0.867 / 0.867
    # session 36 (real_html36 round, a blog's owner in its byline element, a genre noun before "written by"; errors
    # unread): 0.867 / 0.867 -> 0.871 / 0.900
    # session 41 (real_html41 round: teasers' and comments' byline classes, a microdata author's name <meta>, a dash
    # signature, a name and its writing job, a WordPress entry line; errors unread): 0.871 / 0.900 -> 0.931 / 0.900
    "eval_only_check14": (0.93, 0.9),
    # The fifteenth check half (labelled in session 29, measured at its end with its starting and final code): 1.000 /
    # 0.774 with both (trafilatura 0.556 / 0.484).
    # session 34 (real_html34 round, a byline element's one word; errors unread): 1.000 / 0.774 -> 1.000 / 0.806
    # session 37 (real_html37 round, a team's "Posted by A and B" in Blogger's posts box; errors unread):
    # 1.000 / 0.806 -> 1.000 / 0.903
    "eval_only_check15": (1.0, 0.9),
    # The sixteenth check half (labelled in session 30, measured at its end with its starting and final code): 0.944 /
    # 0.515 with both (trafilatura 0.636 / 0.424).
    # session 33 (real_html33 round, "Posted on <date> by <name>"; errors unread): 0.944 / 0.515 -> 0.947 / 0.545
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.947 / 0.545 -> 0.952 / 0.606
    # session 36 (real_html36 round, a blog's owner in its byline element, a genre noun before "written by"; errors
    # unread): 0.952 / 0.606 -> 0.957 / 0.667
    # session 38 (realhtml38 round, a byline element's linked user name; errors unread):
    # 0.957 / 0.667 -> 0.958 / 0.697
    # session 40 (realhtml40 round: an author link labelled for the reader, an author box's "About <Name>", <meta
    # name=byline>; errors unread): 0.958 / 0.697 -> 0.960 / 0.727
    "eval_only_check16": (0.96, 0.72),
    # The seventeenth check half (labelled in session 31, measured at its end with its starting and final code):
    # 1.000 / 0.750 with both (trafilatura 0.846 / 0.550).
    # session 34 (real_html34 round, a byline element's one word; errors unread): 1.000 / 0.750 -> 1.000 / 0.800
    # session 36 (real_html36 round, a blog's owner in its byline element, a genre noun before "written by"; errors
    # unread): 1.000 / 0.800 -> 1.000 / 0.825
    # session 37 (real_html37 round, a team's "Posted by A and B" in Blogger's posts box; errors unread):
    # 1.000 / 0.825 -> 1.000 / 0.875
    # session 43 (realhtml43 round, Blogger's timed post footer by the text over a closing disclaimer; errors unread):
    # 1.000 / 0.875 -> 1.000 / 0.900
    "eval_only_check17": (1.0, 0.9),
    # The eighteenth check half (labelled in session 32, measured at its end with its starting and final code):
    # 0.885 / 0.605 with both
    # (trafilatura 0.542 / 0.342).
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.920 / 0.605 -> 0.929 / 0.684
    # session 36 (real_html36 round, a blog's owner in its byline element, a genre noun before "written by"; errors
    # unread): 0.929 / 0.684 -> 0.931 / 0.711
    # session 37 (real_html37 round, a team's "Posted by A and B" in Blogger's posts box; errors unread):
    # 0.931 / 0.711 -> 0.933 / 0.737
    # session 40 (realhtml40 round: an author link labelled for the reader, an author box's "About <Name>", <meta
    # name=byline>; errors unread): 0.933 / 0.737 -> 0.939 / 0.816
    "eval_only_check18": (0.93, 0.81),
    # The nineteenth check half (labelled in session 33, measured at its end with its starting and final code):
    # 0.960 / 0.571 with both (trafilatura 0.536 / 0.357).
    # session 34 (real_html34 round, a byline element's one word; errors unread): 0.960 / 0.571 -> 0.964 / 0.643
    # session 36 (real_html36 round, a blog's owner in its byline element, a genre noun before "written by"; errors
    # unread): 0.964 / 0.643 -> 0.967 / 0.690
    # session 37 (real_html37 round, a team's "Posted by A and B" in Blogger's posts box; errors unread):
    # 0.967 / 0.690 -> 0.969 / 0.738
    # session 40 (realhtml40 round: an author link labelled for the reader, an author box's "About <Name>", <meta
    # name=byline>; errors unread): 0.969 / 0.738 -> 0.971 / 0.810
    "eval_only_check19": (0.97, 0.80),
    # The twentieth check half (labelled in session 34, measured at its end with its starting and final code):
    # 1.000 / 0.607 with the starting code, 1.000 / 0.679 with the final code
    # (trafilatura 0.517 / 0.536).
    # session 36 (real_html36 round, a blog's owner in its byline element, a genre noun before "written by"; errors
    # unread): 1.000 / 0.679 -> 1.000 / 0.750
    # session 37 (real_html37 round, a team's "Posted by A and B" in Blogger's posts box; errors unread):
    # 1.000 / 0.750 -> 1.000 / 0.786
    # session 38 (realhtml38 round, a byline element's linked user name; errors unread):
    # 1.000 / 0.786 -> 1.000 / 0.821
    # session 40 (realhtml40 round: an author link labelled for the reader, an author box's "About <Name>", <meta
    # name=byline>; errors unread): 1.000 / 0.821 -> 1.000 / 0.929
    "eval_only_check20": (1.0, 0.92),
    # The twenty-first check half (labelled in session 35, measured at its end with its starting and final code):
    # 0.962 / 0.714 with both
    # (trafilatura 0.655 / 0.543).
    # session 40 (realhtml40 round: an author link labelled for the reader, an author box's "About <Name>", <meta
    # name=byline>; errors unread): 0.962 / 0.714 -> 0.963 / 0.743
    "eval_only_check21": (0.96, 0.74),
    # The twenty-second check half (labelled in session 36, measured at its end with its starting and final code):
    # 0.800 / 0.571 with both
    # (trafilatura 0.636 / 0.500).
    # session 38 (realhtml38 round, a byline element's linked user name; errors unread):
    # 0.800 / 0.571 -> 0.818 / 0.643
    "eval_only_check22": (0.81, 0.64),
}


@pytest.mark.parametrize("name", sorted(REAL_AUTHOR_FLOORS))
def test_real_page_authors_stay_above_their_floors(name: str) -> None:
    precision, recall = REAL_AUTHOR_FLOORS[name]
    p, r, _, _ = score_file(LABELS / f"{name}.json", "newsclean").row()
    assert p >= precision and r >= recall, (p, r)
