"""Quality floors for page metadata on the hand-written pages in tests/data/html_meta (bench/meta_eval.py).

Floors only go up. `own` pages shaped the rules; `heldout` pages were written after the rules were
frozen (their first score: title 1.000, date 1.000/0/0, author F1 0.923, exact sets 0.846), then
tuned on; `heldout2` pages were written after the last rule change (first score: title 1.000, date
1.000/0/0 with one date invented, author F1 0.941, exact sets 0.900), then tuned on; `heldout3` pages were
written blind by a helper that had not read the extraction code or the earlier pages (first score: title
0.933, date 0.897/0/0.103, author F1 0.877, exact sets 0.833; trafilatura 0.833, 0.966/0.034/0, 0.634,
0.467), then tuned on (title 0.933, date 1.000, author F1 1.000, exact sets 1.000; title 1.000 after session
8's shown-headline and kicker rules); `heldout4` pages were written blind by a helper that had read nothing of
the project (first score: title 0.767, date 0.964/0/0.036 with one date invented, author F1 0.849, exact sets
0.667; trafilatura 0.633, 0.714/0.286/0, 0.747, 0.633), then tuned on (title 1.000, date 1.000/0/0, author
F1 0.986, exact sets 0.967); `heldout5` pages were written the same way after those fixes (first score: title
1.000, date 0.893/0.036/0.071, author F1 0.841, exact sets 0.767; trafilatura 0.500, 0.964/0.036/0 with two
invented, 0.714, 0.667), then tuned on (title 1.000, date 0.964/0.036/0, author F1 0.946, exact sets 0.867; date
1.000 after session 9's local-day rule); `heldout6` pages (session 9) were written blind from a brief that gave only
the gold conventions (first score: title 0.933, date 0.793/0.138/0.069, author F1 0.828, exact sets 0.767;
trafilatura 0.667, 0.793/0.207/0 with one invented, 0.635, 0.600), then tuned on (title 1.000, date 1.000/0/0,
author F1 0.968, exact sets 0.933); `heldout7` pages were written the same way and scored once after those fixes
(title 0.900, date 0.867/0.067/0.067, author F1 0.906, exact sets 0.867; trafilatura 0.667, 0.767/0.233/0, 0.529,
0.467), then studied at the end of session 9 (title 0.933, date 0.967/0.033/0, author F1 0.969, exact sets 0.967);
`heldout8` pages were written blind at the end of session 9 and kept unscored, then scored once at the start of
session 10 before any change (newsclean title 0.900 · date right/wrong/missing 0.966/0.000/0.034 · author P/R/F1
0.875/0.778/0.824 · exact author sets 0.767; trafilatura 0.700 · 0.828/0.172/0.000 (+1 invented) · 0.576/0.528/0.551
· 0.500), then studied (title 1.000, date 1.000/0/0, author F1 1.000, exact sets 1.000; fitted).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

META_EVAL_PATH = Path(__file__).resolve().parent.parent / "bench" / "meta_eval.py"
TITLE_EVAL_PATH = META_EVAL_PATH.parent / "title_eval.py"
# Headline titles exactly right on l3s (evaluation-only; bench/title_eval.py), per half: `even` is the half
# whose failures were studied, `odd` the check. Measured December 2026: 0.793 / 0.799 (trafilatura 2.3.1:
# 0.483 / 0.466; newsclean before the title work: 0.500 / 0.564).
# Session 28 (tests/test_real_html28_round.py, a section's label as the first <h1> gives way to the headline under
# it): even 0.789 -> 0.796, odd 0.802 -> 0.805 (first line 0.918 -> 0.929, 0.906 -> 0.909).
# Session 34 (tests/test_real_title34_round.py, a form's text and a story's tools under the menu are no headline):
# even 0.796 -> 0.806, odd 0.805 -> 0.809 (first line 0.929 -> 0.939, 0.909 -> 0.913).
L3S_TITLE_FLOORS = {"even": 0.80, "odd": 0.80}
FLOORS = {
    "own": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    "heldout": {"title": 1.0, "date_right": 1.0, "author_f1": 0.98, "author_exact": 0.96},
    "heldout2": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    "heldout3": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout4, 5 and 6's Vietnamese pages are signed by the writer's name alone under the text (session 12,
    # signing_languages.csv): author F1 0.986 / 0.974 / 0.968 -> 1.000 / 0.987 / 0.984.
    "heldout4": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    "heldout5": {"title": 1.0, "date_right": 1.0, "author_f1": 0.98, "author_exact": 0.96},
    "heldout6": {"title": 1.0, "date_right": 1.0, "author_f1": 0.98, "author_exact": 0.96},
    # heldout7's two titles that abridge their <h1> (og:title "Déneigement : une facture salée pour Sherbrooke") are
    # right since session 12 (shared words counted against the shorter headline; tests/test_heldout12_round.py).
    # heldout7 author F1 0.969 -> 1.000 in session 13 (a desk named with the site's whole name, "Redactie Omroep …").
    "heldout7": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    "heldout8": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout9 (30 pages, 24 languages), written blind at session 10's start and scored at its end, never studied:
    # the same as with the session's starting code (its heldout8 fixes carried nothing here, and broke nothing).
    # Session 13's heldout14 fixes (judged on the studied sets; this set's errors unread): date 0.933 -> 0.967, none
    # wrong, author exact 0.700 -> 0.733. Session 14's heldout16 fixes (errors unread): date 0.967 -> 1.000, author F1
    # 0.812 -> 0.844, exact 0.733 -> 0.800. Session 16's heldout20 fixes (errors unread): author F1 0.844 -> 0.862,
    # exact 0.800 -> 0.833.
    # Session 20 (errors unread): title 0.933 -> 0.967, author F1 0.862 -> 0.879, exact 0.833 -> 0.867.
    # s26 (real_html26 round, a Korean desk as <meta name=author>; errors unread): author F1 0.909 -> 0.923
    # session 48 (s48-html round, errors unread): title 0.967 -> 1.000
    "heldout9": {"title": 1.0, "date_right": 1.0, "author_f1": 0.93, "author_exact": 0.90},  # s21: 0.909; s27: 0.939
    # heldout10 (30 pages, 25 languages), written blind at session 10's end, first scored at session 11's start
    # (bench clock after the pages' day): title 0.967 · date 0.967/0/0.033 · author F1 0.895 · exact 0.767; then
    # studied (tests/test_heldout10_round.py): title 1.000 · date 1.000/0/0 · author F1 1.000 · exact 1.000 (fitted).
    "heldout10": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout11 (30 pages, 26 languages), written blind at session 11's start and scored at its end, never studied:
    # the same with the session's starting code (its heldout10 fixes carried nothing here, and broke nothing).
    # Session 12's reading of UTC times on the publisher's clock (tests/test_publisher_zone.py) set its Lithuanian
    # page's day right: date 0.933 -> 0.967, none wrong (the rule was judged on the studied sets; this page's miss had
    # been seen in an error listing, never studied); blind18's Hebrew "and" written onto the second name split its
    # two authors: author F1 0.886 -> 0.930, exact 0.833 -> 0.867. Session 18's heldout24 fixes (errors unread): author
    # F1 0.930 -> 0.959, exact 0.867 -> 0.900.
    # Session 20 (errors unread): date 0.967 -> 1.000.
    # session 23 (errors unread): author F1 0.973 -> 0.987, exact 0.933 -> 0.967
    "heldout11": {"title": 0.96, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},  # s21: 0.973; s27: 1.0, 1.0
    # heldout12 (30 pages, 26 languages), written blind at session 11's end, scored once at session 12's start, then
    # studied: first title 0.967 · date 0.966/0.034/0 · author F1 0.971 · exact 0.967 (trafilatura 0.767 ·
    # 0.862/0.138/0 · 0.656 · 0.600). Studied (tests/test_heldout12_round.py): 1.000 on every field (fitted: a relative
    # date beside a written one, a short social title, a Chinese info bar "来源：… 本报记者 王晓明 李娜").
    "heldout12": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout13 (30 pages, 26 languages), written blind at session 12's start and scored at its end, never studied:
    # title 1.000 · date 0.967/0/0.033 · author F1 0.882 · exact 0.800, the same with the session's starting code
    # (trafilatura 0.367 · 0.667/0.333/0 · 0.522 · 0.433).
    # Session 13's heldout14 fixes: author F1 0.882 -> 0.889, exact 0.800 -> 0.833 (errors unread). Session 18's
    # heldout24 fixes (errors unread): author F1 0.889 -> 0.901.
    # Session 20 (errors unread): author F1 0.901 -> 0.917, exact 0.833 -> 0.867. Session 32 (real_html32 round,
    # errors unread): author F1 0.917 -> 0.932.
    "heldout13": {"title": 1.0, "date_right": 1.0, "author_f1": 0.93, "author_exact": 0.86},  # s27: date 0.967 -> 1.0
    # heldout14 (30 pages, 29 languages), written blind at session 12's end, scored once at session 13's start, then
    # studied: first title 1.000 · date 0.933/0/0.067 · author F1 0.899 · exact 0.833 (trafilatura 0.633 ·
    # 0.767/0.233/0 · 0.627 · 0.567). Studied (tests/test_heldout14_round.py): 1.000 on every field (fitted: a word
    # between a date and its clock, a Hijri and Gregorian date line, a BEM byline class, a desk with the site's name, a
    # Japanese desk in katakana, one caseless word as a place, names joined by "and" as the first block, "Trang").
    "heldout14": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout15 (30 pages, 24 languages), written blind at session 13's start and scored at its end, never studied:
    # title 0.933 · date 0.967/0.033/0 · author F1 0.847 · exact 0.800 (0.807 and 0.733 with the session's starting
    # code; trafilatura 0.467 · 0.733/0.233/0.033 · 0.516 · 0.567). Session 14's heldout16 fixes (errors unread):
    # author F1 0.847 -> 0.867, exact 0.800 -> 0.833. Session 15's heldout18 fixes (errors unread): date 0.967/0.033/0
    # -> 1.000/0/0. Session 18's heldout24 fixes (errors unread): author F1 0.867 -> 0.903, exact 0.833 -> 0.867.
    # Session 20 (errors unread): author F1 0.903 -> 0.937, exact 0.867 -> 0.900.
    # session 23 (errors unread): author F1 0.937 -> 0.954, exact 0.900 -> 0.933
    # session 31 (real-page HTML round, "by" as the byline class; errors unread): 0.954 -> 0.970, 0.933 -> 0.967
    # session 33 (heldout54 round; errors unread): 0.970 -> 1.000, 0.967 -> 1.000
    "heldout15": {"title": 0.93, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout16 (30 pages, 25 languages), written blind at session 13's end, scored once at session 14's start, then
    # studied: first title 0.900 · date 0.867/0.100/0.033 · author F1 0.909 · exact 0.867 (trafilatura 0.367 ·
    # 0.600/0.400/0 · 0.431 · 0.400). Studied (tests/test_heldout16_round.py): 1.000 on every field (fitted: a header's
    # date bar above the headline, a relative date beside a "published" note further down, a dateline opening the
    # first paragraph, an <h1> worded apart from og:title, byline classes in the site's language, "Hírlap Online").
    "heldout16": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout17 (30 pages, 25 languages), written blind at session 14's start and scored at its end, never studied:
    # title 0.967 · date 0.933/0/0.067 · author F1 0.937 · exact 0.867 (0.949 and 0.900 with the session's starting
    # code; trafilatura 0.433 · 0.733/0.267/0 · 0.648 · 0.633).
    # session 23 (errors unread): author F1 0.987 -> 1.000, exact 0.967 -> 1.000
    "heldout17": {"title": 0.96, "date_right": 0.96, "author_f1": 1.0, "author_exact": 1.0},  # s21: 0.987
    # heldout18 (30 pages, 24 languages), written blind at session 14's end, scored once at session 15's start, then
    # studied: first title 1.000 · date 0.933/0.033/0.033 · author F1 0.917 · exact 0.867 (trafilatura 0.533 ·
    # 0.700/0.300/0 · 0.588 · 0.567). Studied (tests/test_heldout18_round.py): 1.000 on every field (fitted: Maghreb
    # month names, a published date beside its update on one line, a co-author in a byline with its dates, one byline
    # element per writer, "Local Democracy Reporter").
    "heldout18": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout19 (30 pages, 21 languages), written blind at session 15's start and scored at its end, never studied:
    # title 0.967 · date 0.967/0/0.033 · author F1 0.886 · exact 0.833, the same with the session's starting code
    # (trafilatura 0.567 · 0.700/0.300/0 · 0.595 · 0.500). Session 18, real-page authors round (a name over its
    # writer's job title at the article's top): author F1 0.886 -> 0.900 (totals only). Session 37 (heldout62 round's
    # shapes; totals only): author F1 0.914 -> 0.925, exact 0.833 -> 0.867.
    "heldout19": {"title": 0.96, "date_right": 0.96, "author_f1": 0.92, "author_exact": 0.86},
    # heldout20 (30 pages, 25 languages), written blind at session 15's end, scored once at session 16's start, then
    # studied: first title 1.000 · date 0.933/0/0.067 · author F1 0.971 · exact 0.933 (trafilatura 0.867 ·
    # 0.800/0.200/0 · 0.600 · 0.500). Studied (tests/test_heldout20_round.py): date 0.933 -> 1.000, author F1 0.971 ->
    # 1.000, exact 0.933 -> 1.000 (fitted: "published" labels of more languages, Austrian "Publiziert am" and Kazakh
    # "Жарияланды"; a name made of the labels of the site's domain, "APR Kärnten" on kaernten.apr.example; a name alone
    # under the text that the markup sets apart as a signature, right-aligned or in italics).
    "heldout20": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout21 (31 pages, 26 languages), written blind at session 16's start and scored with its starting code
    # (6d4f841) and its current code, never studied: title 0.935 · date 0.839/0.032/0.129 · author F1 0.794 · exact
    # 0.774 at the start; the same with the current code but author F1 0.812 · exact 0.806 (trafilatura 0.452 ·
    # 0.742/0.226/0.032 · 0.537 · 0.516).
    # at the session's end: the same, author F1 0.812, exact 0.806. Session 18's heldout24 fixes (errors unread): date
    # 0.839/0.032/0.129 -> 0.871/0.032/0.097, author F1 0.812 -> 0.824, exact 0.806. Session 19's heldout26 fixes
    # (errors unread): title 0.935 -> 0.968.
    # Session 20 (errors unread): author F1 0.824 -> 0.841, exact 0.806 -> 0.839.
    # Session 21 (real21's byline-block fixes, errors unread): author F1 0.841 -> 0.857.
    # session 23 (errors unread): author F1 0.901 -> 0.917, exact 0.871 -> 0.903
    # session 40 (html, errors unread): author F1 0.917 -> 0.946 (the floor under the rounded total)
    # session 44 (heldout76 round, errors unread): author F1 0.946 -> 0.972, exact 0.903 -> 0.935
    "heldout21": {"title": 0.96, "date_right": 0.93, "author_f1": 0.972, "author_exact": 0.935},  # s21; s27: date 0.935
    # heldout22 (30 pages, 25 languages), written blind at session 16's end, scored once at session 17's start, then
    # studied: first title 1.000 · date 0.867/0/0.133 · author F1 0.947 · exact 0.900 (trafilatura 0.567 ·
    # 0.833/0.167/0 · 0.493 · 0.467). Studied (tests/test_heldout22_round.py): date 0.867 -> 1.000, author F1 0.947 ->
    # 1.000, exact 0.900 -> 1.000 (fitted: month names and labels of Indic scripts, whose vowel signs a regex's \w
    # refuses; "last update" labels after a byline's date on one line; a date opening a line a byline closes; a
    # "published" note just under the text, outside its container; the last name of a list opened by "and"; the
    # Catalan "i" between two surnames; Hebrew "מערכת", the editorial staff; an attached "and" parting a menu).
    "heldout22": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout23 (30 pages, 25 languages), written blind at session 17's start and scored with its starting code
    # (055e809) and its final code, never studied: title 0.933 · date 0.933/0/0.067 · author F1 0.921 · exact 0.900
    # with both (trafilatura 0.600 · 0.767/0.233/0 · 0.483 · 0.500). Session 19's heldout26 fixes (errors unread): title
    # 0.933 -> 0.967.
    # Session 43 (heldout74 round, errors unread): title 0.967 -> 1.000.
    # session 45 (html_ml66/heldout78 round, errors unread but see docs/metadata.md session 45): author F1 0.921 ->
    # 0.954, exact 0.900 -> 0.933
    "heldout23": {"title": 1.0, "date_right": 0.96, "author_f1": 0.953, "author_exact": 0.933},  # s27: date 0.967
    # heldout24 (30 pages, 26 languages), written blind at session 17's end, scored once at session 18's start, then
    # studied: first title 0.967 · date 0.967/0/0.033 · author F1 0.935 · exact 0.900 (trafilatura 0.567 ·
    # 0.800/0.133/0.067 · 0.567 · 0.500). Studied (tests/test_heldout24_round.py): title 0.967 -> 1.000, date 0.967 ->
    # 1.000, author F1 0.935 -> 1.000, exact 0.900 -> 1.000 (fitted: Thai Buddhist-era years and dotted month
    # abbreviations, a read count closing a date line, a later <h1> that <title> shows after the logo's, the Persian
    # "گزارش:" byline, a Thai desk written onto a name, a plural byline class on one line of names).
    "heldout24": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout25 (30 pages, 27 languages), written blind at session 18's start and scored with its starting code
    # (91fd96c) and its final code, never studied: title 1.000 · date 0.933/0/0.067 · author F1 0.935 · exact 0.900
    # with both (trafilatura 0.533 · 0.733/0.267/0 · 0.508 · 0.533).
    # Session 46 (heldout80 round, errors unread: a byline element's name, dash and place; byline place class words in
    # more languages): author F1 0.935 -> 0.951, exact 0.900 -> 0.933.
    "heldout25": {
        "title": 1.0,
        "date_right": 1.0,
        "author_f1": 0.95,
        "author_exact": 0.933,
    },  # s21: date 0.967; s27: 1.0
    # heldout26 (30 pages, 27 languages), written blind at session 18's end, scored once at session 19's start, then
    # studied: first title 0.967 · date 0.967/0/0.033 · author F1 0.930 · exact 0.900 (trafilatura 0.567 ·
    # 0.767/0.167/0.067 · 0.459 · 0.500). Studied (session 19, tests/test_heldout26_round.py): title 0.967 -> 1.000,
    # date 0.967 -> 1.000, author F1 0.930 -> 1.000, exact 0.900 -> 1.000 (fitted: a Thai <h1> whose words are counted
    # by its letters, the Maghreb's "على الساعة" before a time, the Persian plural byline cue and spaced "و", the Tamil
    # news desk, a German desk after a byline's job title).
    # heldout27 (31 pages, 28 languages), written blind at session 19's start and scored with its starting code
    # (9f1fb9f) and its final code, never studied: title 0.968 · date 0.935/0.065/0 · author F1 0.954 · exact 0.903 with
    # both (trafilatura 0.645 · 0.677/0.323/0 · 0.557 · 0.581). Two pages' dates on the wrong day, pinned below.
    # session 23 (errors unread): date right 0.935 -> 0.968 (wrong 0.065 -> 0.032), author F1 0.970 -> 0.985, exact
    # 0.935 -> 0.968
    # session 26 (errors unread): date 0.968/0.032 -> 1.000/0
    "heldout27": {"title": 0.96, "date_right": 1.0, "author_f1": 0.98, "author_exact": 0.96},  # s21: 0.970, 0.935
    "heldout26": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout28 (31 pages, 28 languages), written blind at session 19's end, scored once at session 20's start, then
    # studied: first title 0.968 · date 0.968/0/0.032 · author F1 0.896 · exact 0.871 (trafilatura 0.387 ·
    # 0.677/0.290/0.032 · 0.476 · 0.516). Studied (session 20, tests/test_heldout28_round.py): title 0.968 -> 1.000,
    # date 0.968 -> 1.000, author F1 0.896 -> 1.000, exact 0.871 -> 1.000 (fitted: a tag span in the <h1>, the Minguo
    # calendar under its full name, two Taiwanese reporters in one bracket, the Mongolian and Thai byline cues, a name
    # after its glued initial, an Arabic department in <meta name=author>).
    "heldout28": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout29 (31 pages, 28 languages), written blind at session 20's start and scored with its starting code
    # (8be526b) and its final code, never studied: title 1.000 -> 1.000 · date 0.935/0.032/0.032 with both · author F1
    # 0.900 -> 0.935 · exact 0.806 -> 0.871 (trafilatura 0.484 · 0.774/0.194/0.032 · 0.459 · 0.484). One page's date on
    # the wrong day, pinned below.
    # session 22 (heldout32/html_ml20 round, errors unread): author F1 0.951 -> 0.968, exact 0.903 -> 0.935
    "heldout29": {"title": 1.0, "date_right": 0.93, "author_f1": 0.96, "author_exact": 0.93},  # s21: 0.951, 0.903
    # heldout33 (31 pages, 28 languages), written blind at session 22's start and scored with its starting code
    # (79f0076) and its final code, never studied: title 1.000 · date 1.000/0/0 · author F1 0.958 · exact 0.935 with
    # both (trafilatura 0.742 · 0.742/0.194/0.065 · 0.486 · 0.484). Session 31 (errors unread): author F1 0.972,
    # exact 0.968.
    "heldout33": {"title": 1.0, "date_right": 1.0, "author_f1": 0.97, "author_exact": 0.96},
    # heldout32 (30 pages, 27 languages), written blind at session 21's end, scored once at session 22's start
    # (79f0076), then studied: first title 1.000 · date 1.000/0/0 · author F1 0.955 · exact 0.933 (trafilatura
    # 0.667 · 0.700/0.300/0 · 0.523 · 0.500). After the session-22 fixes (fitted, tests/test_heldout32_round.py: a Solar
    # Hijri date before the writer's label, a "signature" class and its line break): author F1 0.955 -> 1.000, exact
    # 0.933 -> 1.000.
    "heldout32": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout35 (30 pages, 27 languages), written blind at session 23's start and scored with its starting code
    # (aacdcbb) and its final code, never studied: title 0.967 · date 0.967/0/0.033 · author F1 0.896 · exact 0.867 with
    # both (trafilatura 0.600 · 0.667/0.333/0 · 0.492 · 0.433).
    "heldout35": {"title": 0.96, "date_right": 0.96, "author_f1": 0.89, "author_exact": 0.86},
    # heldout34 (30 pages, 27 languages), written blind at session 22's end, scored once at session 23's start
    # (aacdcbb), then studied: first title 1.000 · date 1.000/0/0 · author F1 0.985 · exact 0.967 (trafilatura
    # 0.733 · 0.800/0.167/0.033 · 0.485 · 0.433). Studied in session 23 (tests/test_heldout34_round.py: a Georgian name
    # is a name though Unicode calls Mkhedruli lower case): author F1 0.985 -> 1.000, exact 0.967 -> 1.000.
    "heldout34": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout37 (30 pages, 27 languages), written blind at session 24's start and scored with its starting code
    # (569442c) and its final code, never studied: title 0.933 · date 0.933/0/0.067 · author F1 0.927 · exact 0.933
    # with both (trafilatura 0.600 · 0.800/0.200/0 · 0.521 · 0.500).
    "heldout37": {"title": 0.93, "date_right": 0.93, "author_f1": 0.92, "author_exact": 0.93},
    # heldout36 (30 pages, 27 languages), written blind at session 23's end, scored once at session 24's start
    # (569442c), then studied: first title 1.000 · date 0.967/0/0.033 · author F1 0.970 · exact 0.933 (trafilatura
    # 0.367 · 0.700/0.300/0 · 0.533 · 0.567). Studied in session 24 (tests/test_heldout36_round.py: a byline and its
    # date in native digits on one line, a weekday date before a cued byline, an online team in its own script):
    # date 0.967 -> 1.000, author F1 0.970 -> 0.985, exact 0.933 -> 0.967. Session 32 (tests/test_real_html32_round.py,
    # the byline glued to its cue after the date in one block, "中華民國114年7月3日 星期四 記者王怡君／台中報導"):
    # author F1 0.985 -> 1.000, exact 0.967 -> 1.000.
    "heldout36": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout39 (30 pages, 27 languages), written blind at session 25's start and scored with its starting code
    # (b154e82) and its final code, never studied: title 1.000 · date 1.000/0/0 · author F1 0.954 · exact 0.900 with
    # both (trafilatura 0.467 · 0.900/0.100/0 · 0.590 · 0.467).
    "heldout39": {"title": 1.0, "date_right": 1.0, "author_f1": 0.95, "author_exact": 0.9},
    # heldout38 (30 pages, 27 languages), written blind at session 24's end, scored once at session 25's start
    # (b154e82), then studied: first title 0.967 · date 0.900/0.033/0.067 · author F1 0.969 · exact 0.967 (trafilatura
    # 0.433 · 0.767/0.233/0 · 0.516 · 0.533). Studied in session 25 (tests/test_heldout38_round.py: "published" labels
    # in South Indian scripts and Armenian, the Armenian year mark, a "published" label under an updated head date, a
    # section label's <h1> over the headline's, a byline's place before a dashed date): title 0.967 -> 1.000, date
    # 0.900/0.033/0.067 -> 1.000/0/0, author F1 0.969 -> 1.000, exact 0.967 -> 1.000.
    "heldout38": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout41 (30 pages, 27 languages), written blind at session 26's start and scored with its starting code
    # (76b9649) and its final code, never studied: title 1.000 · date 0.900/0/0.100 · author F1 0.985 · exact 0.967 with
    # both (trafilatura 0.467 · 0.733/0.267/0 · 0.627 · 0.500). Session 47 (heldout82 round: a field labelled "date"
    # under the text beats a relative head date, errors unread): date 0.900 -> 0.933.
    "heldout41": {"title": 1.0, "date_right": 0.933, "author_f1": 0.98, "author_exact": 0.96},
    # heldout40 (30 pages, 27 languages), written blind at session 25's end, scored once at session 26's start
    # (76b9649), then studied: first title 0.967 · date 0.933/0/0.067 · author F1 0.955 · exact 0.933 (trafilatura
    # 0.600 · 0.733/0.233/0.033 · 0.462 · 0.467). Studied in session 26 (tests/test_heldout40_round.py: the feminine
    # Arabic "wrote" opening a byline, the Kyrgyz year-first date with the month in the possessive, the headline
    # <title> abridges in a logo <h1>'s place): title 0.967 -> 1.000, date 0.933/0/0.067 -> 1.000/0/0, author F1
    # 0.955 -> 0.985, exact 0.933 -> 0.967 (a writer's slot classed "by" was withdrawn: a real check half fell).
    # Session 31 (tests/test_real_html31_round.py: "by" as a whole class or a BEM element, outside comments; every
    # real check half unchanged): author F1 0.985 -> 1.000, exact 0.967 -> 1.000.
    "heldout40": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout43 (30 pages, 27 languages), written blind at session 27's start and scored with its starting code
    # (7c337e3) and its final code, never studied: title 1.000 · date 1.000/0/0 · author F1 1.000 · exact 1.000 with
    # both (trafilatura 0.667 · 0.897/0.103/0 · 0.462 · 0.433).
    "heldout43": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout42 (30 pages, 27 languages), written blind at session 26's end, scored once at session 27's start
    # (7c337e3), then studied: first title 1.000 · date 0.933/0/0.067 · author F1 0.925 · exact 0.867 (trafilatura
    # 0.467 · 0.800/0.200/0 · 0.400 · 0.333). Studied in session 27 (tests/test_heldout42_round.py: a place marked
    # inside the byline element, the Urdu and Bengali "staff reporter" desk, the Romanian "de" before a byline's names
    # in metadata, a clock with a space after its colon, a Thai byline with its Buddhist-era date and update on one
    # line, read for the date only: cutting it off the byline cost heldout9 a name): date 0.933/0/0.067 -> 1.000/0/0,
    # author F1 0.925 -> 0.985, exact 0.867 -> 0.967. Session 31 ("news__by", tests/test_real_html31_round.py): the
    # Thai byline element's name read apart from its date: author F1 0.985 -> 1.000, exact 0.967 -> 1.000.
    "heldout42": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout71 (30 pages, 27 languages), written blind at session 41's start and scored with its starting code
    # (478298e) and its final code, never studied: title 0.967 · date 0.867/0.067/0.067 · author F1 1.000
    # · exact 1.000 with both
    # (trafilatura 0.533 · 0.733/0.267/0 · 0.551 · 0.400).
    "heldout71": {"title": 0.966, "date_right": 0.866, "author_f1": 1.0, "author_exact": 1.0},
    # heldout73 (30 pages, 27 languages), written blind at session 42's start and scored with its starting code
    # (882809a) and its final code, never studied: title 1.000 · date 0.967/0.033/0 · author F1 0.954
    # · exact 0.967 with both (trafilatura 0.600 · 0.767/0.233/0 · 0.635 · 0.633).
    "heldout73": {"title": 1.0, "date_right": 0.966, "author_f1": 0.953, "author_exact": 0.966},
    # heldout75 (30 pages, 27 languages), written blind at session 43's start and scored with its starting code
    # (ed7c565) and its final code, never studied: title 1.000 · date 1.000/0/0 · author F1 0.985
    # · exact 0.967 with both (trafilatura 0.667 · 0.800/0.200/0 · 0.438 · 0.400).
    "heldout75": {"title": 1.0, "date_right": 1.0, "author_f1": 0.984, "author_exact": 0.966},
    # heldout77 (30 pages, 27 languages), written blind at session 44's start and scored with its starting code
    # (0d8d1fa) and its final code, never studied: title 1.000 · date 0.933/0.033/0.033 · author F1 0.923
    # · exact 0.867 with both (trafilatura 0.633 · 0.733/0.267/0 · 0.459 · 0.467).
    "heldout77": {"title": 1.0, "date_right": 0.933, "author_f1": 0.923, "author_exact": 0.866},
    # heldout79 (30 pages, 27 languages), written blind at session 45's start and scored with its starting code
    # (e9b64d5) and its final code, never studied: title 1.000 · date 0.933/0.033/0.033 · author F1 0.938
    # · exact 0.933 with both (trafilatura 0.500 · 0.733/0.267/0 · 0.441 · 0.400).
    # Session 46 (heldout80 round, errors unread): date 0.933/0.033/0.033 -> 0.967/0/0.033, author F1 0.938 -> 0.952,
    # exact 0.933 -> 0.967.
    "heldout79": {"title": 1.0, "date_right": 0.966, "author_f1": 0.952, "author_exact": 0.966},
    # heldout81 (30 pages, 27 languages), written blind at session 46's start and scored with its starting code
    # (472da75) and its final code, never studied: title 1.000 · date 0.933/0.033/0.033 -> 0.967/0/0.033 · author
    # F1 0.986 · exact 0.967 (trafilatura 0.633 · 0.733/0.267/0 · 0.462 · 0.467).
    "heldout81": {"title": 1.0, "date_right": 0.966, "author_f1": 0.985, "author_exact": 0.966},
    # heldout83 (30 pages, 27 languages), written blind at session 47's start and scored with its starting code
    # (968a541) and its final code, never studied: title 1.000 · date 0.900/0.033/0.067 -> 0.933/0.033/0.033
    # · author F1 0.958 · exact 0.933 (trafilatura 0.367 · 0.733/0.267/0 · 0.583 · 0.467).
    "heldout83": {"title": 1.0, "date_right": 0.933, "author_f1": 0.957, "author_exact": 0.933},
    # heldout85 (30 pages, 27 languages), written blind at session 48's start and scored with its starting code
    # (6e2f746) and its final code, never studied: title 1.000 · date 0.933/0.033/0.033 · author F1 0.921
    # · exact 0.900 with both (trafilatura 0.433 · 0.800/0.200/0 · 0.406 · 0.333).
    "heldout85": {"title": 1.0, "date_right": 0.933, "author_f1": 0.92, "author_exact": 0.9},
    # heldout87 (30 pages, 27 languages), written blind at session 49's start and scored with its starting code
    # (6426fb7) and its final code, never studied: title 0.967 · date 0.933/0.033/0.033 · author F1 0.921
    # · exact 0.800 with both
    # (trafilatura 0.533 · 0.700/0.300/0 · 0.486 · 0.433).
    "heldout87": {"title": 0.966, "date_right": 0.933, "author_f1": 0.921, "author_exact": 0.8},
    # heldout69 (30 pages, 27 languages), written blind at session 40's start and scored with its starting code
    # (894583a) and its final code, never studied: title 1.000 · date 0.967/0/0.033 · author F1 0.925
    # · exact 0.833 with both
    # (trafilatura 0.700 · 0.733/0.267/0 · 0.548 · 0.500).
    "heldout69": {"title": 1.0, "date_right": 0.96, "author_f1": 0.92, "author_exact": 0.83},
    # heldout67 (30 pages, 27 languages), written blind at session 39's start and scored with its starting code
    # (6d50477) and its final code, never studied: title 0.967 · date 0.967/0.033/0 · author F1 0.955
    # · exact 0.900 with both
    # (trafilatura 0.600 · 0.733/0.267/0 · 0.531 · 0.467).
    # session 43 (blind80 round: "today" closing a paper's name, errors unread): author F1 0.955 -> 0.970, exact 0.900
    # -> 0.933
    "heldout67": {"title": 0.96, "date_right": 0.96, "author_f1": 0.969, "author_exact": 0.933},
    # heldout65 (30 pages, 27 languages), written blind at session 38's start and scored with its starting code
    # (63f03b2) and its final code, never studied: title 1.000 · date 0.933/0/0.067 · author F1 0.939
    # · exact 0.900 with both
    # (trafilatura 0.567 · 0.767/0.233/0 · 0.580 · 0.500).
    "heldout65": {"title": 1.0, "date_right": 0.93, "author_f1": 0.93, "author_exact": 0.9},
    # heldout63 (30 pages, 27 languages), written blind at session 37's start and scored with its starting code
    # (c1484b2) and its final code, never studied: title 1.000 · date 1.000/0.000/0.000 · author F1 0.921 · exact
    # 0.900 with both (trafilatura 0.733 · 0.833/0.167/0.000 · 0.688 · 0.567).
    "heldout63": {"title": 1.0, "date_right": 1.0, "author_f1": 0.92, "author_exact": 0.9},
    # heldout61 (30 pages, 27 languages), written blind at session 36's start and scored with its starting code
    # (b4d1825) and its final code, never studied: title 1.000 · date 0.967/0.000/0.033 · author F1 0.959 · exact
    # 0.933 with both (trafilatura 0.600 · 0.733/0.267/0.000 · 0.523 · 0.600).
    # session 44 (s44-realhtml, a beat closing the words before a byline's job word is the title's; errors unread):
    # author F1 0.959 -> 0.972, exact 0.933 -> 0.967
    "heldout61": {"title": 1.0, "date_right": 0.96, "author_f1": 0.971, "author_exact": 0.966},
    # heldout59 (30 pages, 27 languages), written blind at session 35's start and scored with its starting code
    # (be74c54) and its final code, never studied: title 1.000 · date 1.000/0.000/0.000 · author F1 0.971 · exact
    # 0.967 with both (trafilatura 0.433 · 0.700/0.300/0.000 · 0.537 · 0.500).
    "heldout59": {"title": 1.0, "date_right": 1.0, "author_f1": 0.97, "author_exact": 0.96},
    # heldout57 (30 pages, 27 languages), written blind at session 34's start and scored with its starting code
    # (f6a8e5f) and its final code, never studied: title 1.000 · date 0.967/0.000/0.033 · author F1 0.973 · exact
    # 0.933 with both (trafilatura 0.567 · 0.833/0.167/0.000 · 0.471 · 0.533).
    "heldout57": {"title": 1.0, "date_right": 0.96, "author_f1": 0.97, "author_exact": 0.93},
    # heldout55 (30 pages, 27 languages), written blind at session 33's start and scored with its starting code
    # (f2d04c9) and its final code, never studied: title 0.967 · date 1.000/0.000/0.000 · author F1 1.000 · exact
    # 1.000 with both (trafilatura 0.533 · 0.800/0.167/0.033 · 0.375 · 0.367).
    # session 48 (s48-html round, errors unread): title 0.967 -> 1.000
    "heldout55": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout53 (30 pages, 27 languages), written blind at session 32's start and scored with its starting code
    # (ef40aca) and its final code, never studied: title 0.967 · date 1.000/0.000/0.000 · author F1 0.916 · exact
    # 0.867 with both (trafilatura 0.367 · 0.700/0.300/0.000 · 0.390 · 0.300).
    # session 34 (heldout56 round, errors unread): author F1 0.916 -> 0.927, exact 0.867 -> 0.900
    # session 35 (heldout58 round, errors unread): author F1 0.927 -> 0.964, exact 0.900 -> 0.933
    # session 38 (html, errors unread): author F1 0.964 -> 0.976, exact 0.933 -> 0.967 (floors under the rounded
    # totals)
    # session 40 (html, errors unread): author F1 0.976 -> 1.000, exact 0.967 -> 1.000
    "heldout53": {"title": 0.96, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout51 (30 pages, 27 languages), written blind at session 31's start and scored with its starting code
    # (5bf1abc) and its final code, never studied: title 1.000 · date 1.000/0.000/0.000 · author F1 1.000 · exact 1.000
    # with both (trafilatura 0.533 · 0.767/0.233/0.000 · 0.657 · 0.600).
    "heldout51": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout49 (30 pages, 27 languages), written blind at session 30's start and scored with its starting code
    # (c692429) and its final code, never studied: title 1.000 · date 0.933/0.033/0.033 · author F1 1.000 · exact 1.000
    # with both (trafilatura 0.600 · 0.833/0.167/0.000 · 0.438 · 0.500).
    "heldout49": {"title": 1.0, "date_right": 0.93, "author_f1": 1.0, "author_exact": 1.0},
    # heldout47 (30 pages, 27 languages), written blind at session 29's start and scored with its starting code
    # (80631ac) and its final code, never studied: title 1.000 · date 1.000/0.000/0.000 · author F1 1.000 · exact 1.000
    # with both (trafilatura 0.667 · 0.767/0.233/0.000 · 0.484 · 0.533).
    "heldout47": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout45 (30 pages, 27 languages), written blind at session 28's start and scored with its starting code
    # (04844a2) and its final code, never studied: title 1.000 · date 0.933/0.067/0 · author F1 0.971 · exact 0.933 with
    # both (trafilatura 0.533 · 0.733/0.267/0 · 0.358 · 0.367).
    # session 42 (blind78 round, errors unread): author F1 0.971 -> 0.986, exact 0.933 -> 0.967
    "heldout45": {"title": 1.0, "date_right": 0.93, "author_f1": 0.985, "author_exact": 0.966},
    # heldout44 (30 pages, 27 languages), written blind at session 27's end, scored once at session 28's start
    # (04844a2), then studied: first title 1.000 · date 0.933/0/0.067 · author F1 0.986 · exact 0.967 (trafilatura
    # 0.333 · 0.667/0.333/0 · 0.583 · 0.467). Studied in session 28 (tests/test_heldout44_round.py: a Hijri date
    # joined to its Gregorian day by "الموافق", Khmer date parts named before the day, month and year, the Russian
    # agency abbreviation "ИА" before the site's name in <meta name=author>): date 0.933/0/0.067 -> 1.000/0/0, author
    # F1 0.986 -> 1.000, exact 0.967 -> 1.000.
    "heldout44": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout46 (30 pages, 27 languages), written blind at session 28's end, scored once at session 29's start
    # (80631ac), then studied: first title 1.000 · date 0.967/0.033/0 · author F1 0.935 · exact 0.933 (trafilatura
    # 0.367 · 0.667/0.333/0 · 0.486 · 0.500). Studied in session 29 (tests/test_heldout46_round.py: the word for "and"
    # of Sinhala, Somali and six more languages from CLDR's list patterns, a Sinhala date with its weekday and the
    # part of the day before its clock time after two caseless names joined by "and", over a header's date of the next
    # day): date 0.967/0.033/0 -> 1.000/0/0, author F1 0.935 -> 1.000, exact 0.933 -> 1.000. Session 29's real-page
    # round (tests/test_real_html29_round.py) found the same two writers with the same "and" words on its own.
    "heldout46": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout48 (30 pages, 27 languages), written blind at session 29's end, scored once at session 30's start
    # (c692429), then studied: first title 1.000 · date 0.967/0/0.033 · author F1 0.946 · exact 0.933 (trafilatura
    # 0.700 · 0.700/0.300/0 · 0.417 · 0.333). Studied in session 30 (tests/test_heldout48_round.py: Hebrew names joined
    # by the "and" written onto the second in a plural byline class under a subtitle, a Burmese byline cue before a
    # minus sign typed for a dash, Urdu's Gregorian year mark "ء" written onto the year): date 0.967/0/0.033 ->
    # 1.000/0/0, author F1 0.946 -> 1.000, exact 0.933 -> 1.000. Session 30's real-page round
    # (tests/test_real_html30_round.py) found the minus sign after the Burmese cue on its own (F1 0.946 -> 0.973).
    "heldout48": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout50 (30 pages, 27 languages), written blind at session 30's end, scored once at session 31's start
    # (5bf1abc), then studied: first title 1.000 · date 0.900/0.033/0.067 · author F1 0.919 · exact 0.867 (trafilatura
    # 0.600 · 0.867/0.133/0 · 0.515 · 0.533). Studied in session 31 (tests/test_heldout50_round.py: a Lao date in Lao
    # digits with its Buddhist-era year, the Thai and Lao "news agency" as a meta author, a Luxembourgish byline joined
    # by "a", the bare "Update" label after the published date, a surname opening with "St.", a columnist's byline in
    # an <aside>, a yearless date under the headline yielding to a "published" note that writes the year): date
    # 0.900/0.033/0.067 -> 1.000/0/0, author F1 0.919 -> 1.000, exact 0.867 -> 1.000.
    "heldout50": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout52 (30 pages, 27 languages), written blind at session 31's end, scored once at session 32's start
    # (ef40aca), then studied: first title 0.967 · date 0.800/0.033/0.167 · author F1 0.870 · exact 0.833
    # (trafilatura 0.400 · 0.767/0.233/0 · 0.563 · 0.467). Studied in session 32 (tests/test_heldout52_round.py: a
    # logo <h1> over the headline <h1> that <title> shows cut short, a header's date bar yielding to a "published" note
    # under the text, "Posted on" before a date of eight words, a theme's info bar set as a list, a Tigrinya page dated
    # in its declared language, desks in caseless scripts, the date after an Arabic desk byline on its line, Basque
    # dates and "eta", Nepali Bikram Sambat dates, an outlet's name less "blog"): title 0.967 -> 1.000, date
    # 0.800/0.033/0.167 -> 1.000/0/0, author F1 0.870 -> 0.971, exact 0.833 -> 0.967. Left: a Catalan name whose
    # surnames "i" joins, glued to the place's span ("Marta Solé i Pujol Lleida"), read as two (a rule dropping text
    # names across the metadata's one cost a real-page check half an author and was withdrawn).
    "heldout52": {"title": 1.0, "date_right": 1.0, "author_f1": 0.97, "author_exact": 0.96},
    # heldout54 (30 pages, 27 languages), written blind at session 32's end, scored once at session 33's start
    # (f2d04c9), then studied: first title 1.000 · date 0.933/0.067/0 · author F1 0.917 · exact 0.900
    # (trafilatura 0.400 · 0.767/0.233/0 · 0.603 · 0.533). Studied in session 33 (tests/test_heldout54_round.py: the
    # Arabic "last updated" label after the published date on one line, a comment's <time> inside its own <article>,
    # the Afghan (Dari and Pashto) names of the Solar Hijri months and the era word closing a byline's date, a Pashto
    # desk in the author tag, Pashto's "and" written apart, the Lao "reported by", a Chinese info bar's tool labels
    # after the names): date 0.933/0.067/0 -> 1.000/0/0, author F1 0.917 -> 1.000, exact 0.900 -> 1.000.
    "heldout54": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout56 (30 pages, 27 languages), written blind at session 33's end, scored once at session 34's start
    # (f6a8e5f), then studied: first title 1.000 · date 0.900/0.033/0.067 · author F1 0.868 · exact 0.800
    # (trafilatura 0.600 · 0.667/0.333/0 · 0.563 · 0.400). Studied in session 34 (tests/test_heldout56_round.py: the
    # Tunisian agency spelt with the hamza below, the Hausa "ga" between day and month and its month and weekday names,
    # an agency byline closed by the weekday and date, the Hausa news desk, the Sorani izafe on day and month, a second
    # Chinese cue before the names, a Thai job title written onto the place after the name, a Catalan second surname
    # joined by "i" that the byline splits, a relative date whose title attribute holds the whole date, two Korean
    # reporters in the wire dateline): date 0.900/0.033/0.067 -> 1.000/0/0, author F1 0.868 -> 1.000, exact 0.800 ->
    # 1.000.
    "heldout56": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout58 (30 pages, 27 languages), written blind at session 34's end, scored once at session 35's start
    # (be74c54), then studied: first title 1.000 · date 1.000/0/0 · author F1 0.959 · exact 0.933
    # (trafilatura 0.367 · 0.733/0.267/0 · 0.559 · 0.500). Studied in session 35 (tests/test_heldout58_round.py: a
    # second Chinese cue in the byline element, the Sinhala editorial board in the author tag, a cue written after the
    # writer's name in a byline element or author value): author F1 0.959 -> 1.000, exact 0.933 -> 1.000.
    "heldout58": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout60 (30 pages, 27 languages), written blind at session 35's end, scored once at session 36's start
    # (b4d1825), then studied: first title 1.000 · date 0.967/0.033/0 · author F1 0.923 · exact 0.900
    # (trafilatura 0.467 · 0.667/0.333/0 · 0.413 · 0.400). Studied in session 36 (tests/test_heldout60_round.py:
    # Kurmanji month names, a Faroese surname's place particle, two Arabic names parted by the Arabic comma, a signature
    # paragraph named by its class): date 0.967/0.033/0 -> 1.000/0/0, author F1 0.923 -> 1.000, exact 0.900 -> 1.000.
    "heldout60": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout62 (30 pages, 27 languages), written blind at session 36's end, scored once at session 37's start
    # (c1484b2), then studied: first title 1.000 · date 0.967/0/0.033 · author F1 0.975 · exact 0.933
    # (trafilatura 0.500 · 0.667/0.333/0 · 0.457 · 0.433). Studied in session 37 (tests/test_heldout62_round.py: an
    # Algerian byline of initials with its date "at the hour", a menu of places and sections read as names joined by
    # the attached "and", a German local desk written as one compound, a byline over its published line with a dotted
    # weekday): date 0.967/0/0.033 -> 1.000/0/0, author F1 0.975 -> 1.000, exact 0.933 -> 1.000.
    "heldout62": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout64 (30 pages, 27 languages), written blind at session 37's end, scored once at session 38's start
    # (63f03b2), then studied: first title 1.000 · date 0.967/0/0.033 · author F1 0.937 · exact 0.867
    # (trafilatura 0.600 · 0.733/0.267/0 · 0.441 · 0.433). Studied in session 38 (tests/test_heldout64_round.py: a
    # two-word published label before a byline's date, a clock time closed by the language's own day period, the
    # metadata read in the text's language when the markup declares none, a Faroese byline class, the update written
    # in brackets after the published date): date 0.967/0/0.033 -> 1.000/0/0, author F1 0.937 -> 1.000, exact 0.867
    # -> 1.000.
    "heldout64": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout66 (30 pages, 27 languages), written blind at session 38's end, scored once at session 39's start
    # (6d50477), then studied: first title 1.000 · date 1.000/0/0 · author F1 0.986 · exact 0.967
    # (trafilatura 0.500 · 0.800/0.200/0 · 0.418 · 0.433). Studied in session 39 (tests/test_heldout66_round.py: the
    # writer's job in Icelandic or Faroese after the name in the byline box, the Icelandic newsroom in the author tag):
    # author F1 0.986 -> 1.000, exact 0.967 -> 1.000.
    "heldout66": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout68 (30 pages, 27 languages), written blind at session 39's end, scored once at session 40's start
    # (894583a), then studied: first title 1.000 · date 0.933/0.067/0 · author F1 0.912 · exact 0.900
    # (trafilatura 0.767 · 0.700/0.300/0 · 0.540 · 0.500). Studied in session 40 (tests/test_heldout68_round.py: a UTC
    # date beside the same moment with the publisher's own offset, an agency dispatch's dateline with the agency in
    # brackets, a Nordic first name that is a byline cue elsewhere, a Chinese info bar's views counter after the
    # writers, a news and photo credit line parted by the Burmese comma): date 0.933/0.067/0 -> 1.000/0/0, author F1
    # 0.912 -> 1.000, exact 0.900 -> 1.000.
    "heldout68": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout70 (30 pages, 27 languages), written blind at session 40's end, scored once at session 41's start
    # (478298e), then studied: first title 1.000 · date 1.000/0/0 · author F1 0.954 · exact 0.933
    # (trafilatura 0.433 · 0.767/0.233/0 · 0.424 · 0.400). Studied in session 41 (tests/test_heldout70_round.py: the
    # JSON-LD author given as a reference to the @graph's person node, a Chinese byline's correspondent beside its
    # reporter): author F1 0.954 -> 1.000, exact 0.933 -> 1.000.
    "heldout70": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout72 (30 pages, 27 languages), written blind at session 41's end, scored once at session 42's start
    # (882809a), then studied: first title 1.000 · date 0.967/0/0.033 · author F1 0.959 · exact 0.900
    # (trafilatura 0.733 · 0.833/0.133/0.033 · 0.418 · 0.400). Studied in session 42 (tests/test_heldout72_round.py: a
    # Maghreb menu's section labels, the Galician "sinatura" byline, a Thai caption over its date, the headline under a
    # side poll): date 0.967/0/0.033 -> 1.000/0/0, author F1 0.959 -> 1.000, exact 0.900 -> 1.000.
    "heldout72": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout74 (30 pages, 27 languages), written blind at session 42's end, scored once at session 43's start
    # (ed7c565), then studied: first title 0.967 · date 0.867/0/0.133 · author F1 0.969 · exact 0.933
    # (trafilatura 0.433 · 0.733/0.267/0 · 0.543 · 0.333). Studied in session 43 (tests/test_heldout74_round.py: a
    # Gregorian date before the word joining it to another calendar's day, another era's day in brackets after the
    # date, the Mongolian month named in words, the Irish "udar" byline, the Turkish "etiket" headline label): title
    # 0.967 -> 1.000, date 0.867/0/0.133 -> 1.000/0/0, author F1 0.969 -> 1.000, exact 0.933 -> 1.000.
    "heldout74": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout76 (30 pages, 27 languages), written blind at session 43's end, scored once at session 44's start
    # (0d8d1fa), then studied: first title 0.933 · date 0.967/0/0.033 · author F1 0.957 · exact 0.933
    # (trafilatura 0.433 · 0.767/0.233/0 · 0.562 · 0.533). Studied in session 44 (tests/test_heldout76_round.py: the
    # Thai bare published and updated labels, the Arabic correspondent after a dashed dateline's place and paper, a
    # Persian menu of sections, the headline under a logo-only <h1>, a "lbl" label span): title 0.933 -> 1.000, date
    # 0.967/0/0.033 -> 1.000/0/0, author F1 0.957 -> 1.000, exact 0.933 -> 1.000.
    "heldout76": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout78 (30 pages, 27 languages), written blind at session 44's end, scored once at session 45's start
    # (e9b64d5), then studied: first title 1.000 · date 0.967/0/0.033 · author F1 0.985 · exact 0.967
    # (trafilatura 0.667 · 0.700/0.300/0 · 0.369 · 0.400). Studied in session 45 (tests/test_heldout78_round.py: the
    # team a byline shows over JSON-LD's one author, a Solar Hijri date year first with mixed yeh): date 0.967/0/0.033
    # -> 1.000/0/0, author F1 0.985 -> 1.000, exact 0.967 -> 1.000.
    "heldout78": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout80 (30 pages, 27 languages), written blind at session 45's end, scored once at session 46's start
    # (472da75), then studied: first title 1.000 · date 0.967/0.033/0 · author F1 0.925 · exact 0.900
    # (trafilatura 0.667 · 0.800/0.167/0.033 · 0.459 · 0.467). Studied in session 46 (tests/test_heldout80_round.py:
    # the whole date bracketed beside a relative one, a byline element's name, dash and place, the byline's place
    # element named in more languages, a caseless headline over the date line, the Kurmanji byline): date
    # 0.967/0.033/0 -> 1.000/0/0, author F1 0.925 -> 1.000, exact 0.900 -> 1.000.
    "heldout80": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout82 (30 pages, 27 languages), written blind at session 46's end, scored once at session 47's start
    # (968a541), then studied: first title 1.000 · date 0.933/0.033/0.033 · author F1 0.961 · exact 0.933
    # (trafilatura 0.400 · 0.800/0.200/0 · 0.493 · 0.467). Studied in session 47 (tests/test_heldout82_round.py: a
    # date field labelled "date" under the text, an info bar's date before a source credit, Indic job titles and a
    # byline's role part named alone, the desk signing with the site's name less its country code): date
    # 0.933/0.033/0.033 -> 1.000/0/0, author F1 0.961 -> 1.000, exact 0.933 -> 1.000.
    "heldout82": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout84 (30 pages, 27 languages), written blind at session 47's end, scored once at session 48's start
    # (6e2f746), then studied: first title 0.967 · date 1.000/0/0 · author F1 0.986 · exact 0.967
    # (trafilatura 0.633 · 0.833/0.133/0.033 · 0.563 · 0.567). Session 48 (helper s48-html: a label at the headline
    # element's edge <title> leaves out; the word for a newspaper opening a credited name): title 0.967 -> 1.000,
    # author F1 0.986 -> 1.000, exact 0.967 -> 1.000.
    "heldout84": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout86 (30 pages, 27 languages), written blind at session 48's end, scored once at session 49's start
    # (dfa7604), then studied: first title 1.000 · date 1.000/0/0 · author F1 0.986 · exact 0.967
    # (trafilatura 0.767 · 0.833/0.167/0 · 0.548 · 0.600). Session 49 (helper s49-html: a post abbreviated "A/R"
    # after the writer's name is no second writer): author F1 0.986 -> 1.000, exact 0.967 -> 1.000.
    "heldout86": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
    # heldout31 (31 pages, 28 languages), written blind at session 21's start and scored with its starting code
    # (91ca236) and its final code, never studied: title 1.000 · date 0.935/0/0.065 · author F1 0.955 · exact 0.935
    # with both (trafilatura 0.613 · 0.839/0.161/0 · 0.531 · 0.516).
    # session 22 (heldout32/html_ml20 round, errors unread): author F1 0.955 -> 0.986, exact 0.935 -> 0.968
    # session 23 (errors unread): author F1 0.986 -> 1.000, exact 0.968 -> 1.000
    "heldout31": {"title": 1.0, "date_right": 0.93, "author_f1": 1.0, "author_exact": 1.0},
    # heldout30 (31 pages, 28 languages), written blind at session 20's end, scored once at session 21's start
    # (91ca236), then studied: first title 1.000 · date 0.935/0/0.065 · author F1 0.939 · exact 0.871 (trafilatura
    # 0.484 · 0.710/0.258/0.032 · 0.418 · 0.226); after the session-21 fixes (fitted, tests/test_heldout30_round.py):
    # 1.000 on every field.
    "heldout30": {"title": 1.0, "date_right": 1.0, "author_f1": 1.0, "author_exact": 1.0},
}
# Dates on the wrong day allowed per set: none since session 12, when UTC times are read on the publisher's clock
# (heldout7's en-AU page and heldout11's Lithuanian page, pinned at one page each before, are right).
# heldout15 (never studied, session 13): one page of 30 on the wrong day, pinned where it stands; none since session 15.
# heldout16 (studied from session 14): three pages of 30 on the wrong day at its first score (a header's date bar of the
# day the page was read, two relative dates counted from the clock), none since.
# heldout18 (studied from session 15): one page of 30 on the wrong day at its first score (a byline's published date
# beside its update on one line), none since.
# heldout20 (studied from session 16): none on the wrong day at its first score (two missing), none since.
# heldout21 (never studied, session 16): one page of 31 on the wrong day (0.032), pinned where it stands.
# heldout22 (studied from session 17): none on the wrong day at its first score (four missing), none since.
# heldout27 (never studied, session 19): two pages of 31 on the wrong day (0.065), pinned where they stand; none since
# session 26 (errors unread: the last one read right).
# heldout38 (studied from session 25): one page of 30 on the wrong day at its first score (an updated head date over a
# lead's "published" one), none since.
# heldout45 (never studied, session 28): two pages of 30 on the wrong day (0.067), pinned where they stand.
# heldout46 (studied from session 29): one page of 30 on the wrong day at its first score (a site header's date of the
# next day over a byline's Sinhala date it could not read), none since.
# heldout48 (studied from session 30): none on the wrong day at its first score (one missing: an Urdu date with its
# year mark), none since.
# heldout49 (never studied, session 30): 1 page of 30 on the wrong day (0.033), pinned where it stands.
# heldout50 (studied from session 31): one page of 30 on the wrong day at its first score (0.033: a teaser's date
# without its year above the headline over the story's "published" note), none since.
# heldout52 (studied from session 32): one page of 30 on the wrong day at its first score (0.033: a site header's date
# bar of the day the page was read over the story's "published" note under the text), none since.
# heldout54 (studied from session 33): two pages of 30 on the wrong day at its first score (0.067: an Arabic "last
# updated" date read over the published one on its line, a reader comment's <time>), none since.
# heldout56 (studied from session 34): one page of 30 on the wrong day at its first score (0.033: the header's day of
# reading over a relative date whose title attribute held the whole date), none since.
# heldout58 (studied from session 35): none on the wrong day at its first score.
# heldout60 (studied from session 36): one page of 30 on the wrong day at its first score (0.033: a Kurmanji date under
# the headline, its month name unread, so the JSON-LD's UTC time of the evening before stood), none since.
# heldout62 (studied from session 37): none on the wrong day at its first score (one page of 30 with no date: an
# Algerian byline's date, no future one), none since.
# heldout64 (studied from session 38): none on the wrong day at its first score (one page of 30 with no date).
# heldout66 (studied from session 39): none on the wrong day at its first score.
# heldout68 (studied from session 40): two pages of 30 on the wrong day at its first score (0.067), none after
# session 40's round.
# heldout67 (never studied, session 39): one page of 30 on the wrong day (0.033), pinned where it stands.
# heldout69 (never studied, session 40): none on the wrong day (one page of 30 with no date).
# heldout70 (studied from session 41): none on the wrong day at its first score.
# heldout71 (never studied, session 41): two pages of 30 on the wrong day (0.067), pinned where it stands.
# heldout72 (studied from session 42): none on the wrong day at its first score.
# heldout73 (never studied, session 42): one page of 30 on the wrong day (0.033), pinned where it stands.
# heldout74 (studied from session 43): none on the wrong day at its first score.
# heldout75 (never studied, session 43): none on the wrong day, pinned where it stands.
# heldout76 (studied from session 44): none on the wrong day at its first score.
# heldout77 (never studied, session 44): one page of 30 on the wrong day (0.033), pinned where it stands.
# heldout78 (studied from session 45): none on the wrong day at its first score.
# heldout79 (never studied, session 45): one page of 30 on the wrong day (0.033), pinned where it stands; none since
# session 46 (a relative date's whole date in brackets).
# heldout80 (studied from session 46): one page of 30 on the wrong day (0.033) at its first score; none since session 46
# (a relative date's whole date in brackets).
# heldout81 (never studied, session 46): one page of 30 on the wrong day (0.033) with the starting code, none with the
# final code (a bracketed full date after "yesterday" is the date: session 46's heldout80 round).
# heldout82 (studied from session 47): one page of 30 on the wrong day (0.033) at its first score; none since session 47
# (a date field labelled "date" under the text beats a relative head date: tests/test_heldout82_round.py).
# heldout83 (never studied, session 47): one page of 30 on the wrong day (0.033) with the starting and the final code,
# pinned where it stands.
# heldout84 (studied from session 48): no page on the wrong day at its first score.
# heldout85 (never studied, session 48): one page of 30 on the wrong day (0.033) with the starting and the final code,
# pinned where it stands.
# heldout86 (studied from session 49): no page on the wrong day at its first score.
# heldout87 (never studied, session 49): one page of 30 on the wrong day (0.033) with the starting and the final code,
# pinned where it stands.
DATE_WRONG_CEILINGS: dict[str, float] = {
    "heldout21": 0.04,
    "heldout27": 0.0,
    "heldout29": 0.04,
    "heldout45": 0.07,
    "heldout49": 0.04,
    "heldout50": 0.0,
    "heldout52": 0.0,
    "heldout54": 0.0,
    "heldout56": 0.0,
    "heldout58": 0.0,
    "heldout60": 0.0,
    "heldout62": 0.0,
    "heldout64": 0.0,
    "heldout66": 0.0,
    "heldout67": 0.04,
    "heldout68": 0.0,
    "heldout69": 0.0,
    "heldout70": 0.0,
    "heldout71": 0.07,
    "heldout72": 0.0,
    "heldout73": 0.04,
    "heldout74": 0.0,
    "heldout75": 0.0,
    "heldout76": 0.0,
    "heldout77": 0.04,
    "heldout78": 0.0,
    "heldout79": 0.0,
    "heldout80": 0.0,
    "heldout81": 0.0,
    "heldout82": 0.0,
    "heldout83": 0.04,
    "heldout84": 0.0,
    "heldout85": 0.04,
    "heldout86": 0.0,
    "heldout87": 0.04,
}


# The check sets among them (bench/check_sets.py's META_SETS): the odd-numbered heldout batches from heldout9 on.
CHECK_SETS = frozenset(
    name for name in FLOORS if name.startswith("heldout") and int(name[7:] or 0) >= 9 and int(name[7:]) % 2
)


def _load(path: Path = META_EVAL_PATH, name: str = "bench_meta_eval") -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_metadata_scores_stay_above_their_floors(name: str) -> None:
    score = _load().score_set(name, "newsclean")
    row = score.row(name)
    assert score.pages >= 20
    below = {k: round(row[k], 3) for k, floor in FLOORS[name].items() if row[k] < floor}
    # a check set's errors are never read, so its failing floor prints the totals only
    shown = {k: round(v, 3) for k, v in row.items()} if name in CHECK_SETS else score.errors
    invented = score.date_invented  # a plain number: a failed assert's report shows the objects it names
    assert below == {}, shown
    assert row["date_wrong"] <= DATE_WRONG_CEILINGS.get(name, 0.0) and invented == 0, shown


def test_the_own_set_covers_ten_languages_and_sixty_pages() -> None:
    gold = json.loads((META_EVAL_PATH.parent.parent / "tests" / "data" / "html_meta" / "gold.json").read_text())
    assert len(gold) >= 60
    assert len({page["language"] for page in gold.values()}) >= 10


def test_l3s_headline_titles_stay_above_their_floors() -> None:
    bench = _load(TITLE_EVAL_PATH, "bench_title_eval")
    gold = json.loads((bench.L3S / "gold.json").read_text(encoding="utf-8"))
    for half, docs in bench.halves().items():
        found, _ = bench.titles_of(docs, "newsclean")
        score = bench.TitleScore()
        for doc in docs:
            score.add(doc, gold[doc]["title"], found[doc])
        assert score.exact / score.pages >= L3S_TITLE_FLOORS[half], (half, score.exact / score.pages)
