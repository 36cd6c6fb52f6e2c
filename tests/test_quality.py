"""Quality floors: the scores reached so far, pinned so that a change that lowers them fails CI.

Floors only go up. Seeds are scored against the hand-made gold file; the benchmark dumps
(../shared/eval/dumps) against their derived line labels.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tasks.report.evaluate import evaluate_dataset, evaluate_gold
from tasks.report.evaluate_html import evaluate_html_dataset
from tests.conftest import DUMPS, GOLD, HTML, ROOT, SEEDS

TRAINING_SETS = ("aeb", "readability", "cleanportal", "cleaneval-dev")

# Body-line F1 on the dev halves of the public benchmark dumps, measured by `newsclean eval --dataset`.
# Session 17 (short lines that recur only inside the article are its text): readability 0.9010 -> 0.9042.
# Session 17 (dumps17: a newsletter sign-up box under the article is furniture): aeb 0.8884 -> 0.8908.
# Session 35 (wholepage round: a teaser box under a long article ends it, tests/test_wholepage35_round.py): aeb 0.8934
# -> 0.8964, readability 0.9054 -> 0.9098; learned, leave-one-set-out: aeb 0.8936 -> 0.8966, readability 0.9056 ->
# 0.9100.
# Session 45 (a post told line by line in Chinese, a space for a comma, under its dateline: readability's pixnet 0 ->
# 0.944, tests/test_wholepage45_round.py): readability 0.90976 -> 0.93086, pages below 0.2 6.67 % -> 4.44 %.
DUMP_F1_FLOORS = {"aeb": 0.896, "readability": 0.930}
# Held-out body-line F1 of the learned text segmenter, and the most pages allowed below 0.2:
# leave-one-set-out for the training sets (the committed model trained on the other three),
# the shipped model on evaluation-only sets (every EVAL_ONLY_EVERY-th page, to keep CI short).
# (F1 floor, most pages below 0.2), a little under what was measured (docs/segmenter.md).
# Session 31 (dumps_ml49's round): dragnet 0.7034 -> 0.7041 (every 4th page).
# Session 32 (dumps_ml51's round: a blog post's permalink footer, a blog's likes bar): cleaneval-dev 0.8389 -> 0.8415,
# dragnet 0.70408 -> 0.70430 (every 4th page).
HELDOUT_F1_FLOORS = {
    "aeb": (0.896, 0.05), "readability": (0.909, 0.09), "cleanportal": (0.91, 0.02), "cleaneval-dev": (0.841, 0.02),
    "dragnet": (0.7042, 0.06), "l3s": (0.835, 0.02),
}  # fmt: skip
EVAL_ONLY_EVERY = 4
# The shipped default for text dumps is the rules (the learned model is not adopted): their scores on the sets
# they were never tuned on, same pages as above, as (F1 floor, most pages below 0.2). Measured 0.917 / 0.630 /
# 0.769 / 0.907 and 0 % / 10.9 % / 5.1 % / 0 % (session 7, short articles above threads and teaser lists,
# tables inside short articles; session 6 measured 0.751 / 0.896, 5.7 % / 0 %; dates without a year:
# dragnet 0.722 before;
# before headed articles and comment threads, session 5: dragnet 0.704 / 7.5 %, l3s 0.884 / 1.3 %;
# before comment sections and repeated texts: 0.885 / 0.639 / 0.506 / 0.705;
# cleaneval-dev keeps user comments as body on some pages, so it lost 0.03 there and won it back).
# Session 8 (furniture inside the article: stamps, captions, bios, head rows, counted reply bars; docs/segmenter.md):
# 0.917 / 0.636 / 0.775 / 0.907 and 0 % / 10.9 % / 4.8 % / 0 %.
# Session 17 (short lines that recur only inside the article are its text, tests/test_cleaneval_round.py): cleanportal
# 0.9169 -> 0.9180, cleaneval-dev 0.6353 -> 0.6368, dragnet 0.7771 -> 0.7789, l3s 0.9073 unchanged (every 4th page).
# Session 18 (thread pages keep their posts, tests/test_forum_pages.py): cleaneval-dev rules 0.6369 -> 0.7666, held out
# (learned, leave-one-set-out) 0.6515 -> 0.7712; no other set changed (the rule fires on two pages, both cleaneval-dev).
# Session 19 (listing pages keep their entries, tests/test_listing_pages.py): cleaneval-dev 0.7666 -> 0.7906, pages
# below 0.2 10.9 % -> 3.6 %; l3s recall 0.928 -> 0.929 (one page); the others unchanged.
# Session 20 (the sections a document's contents list announces below its text, tests/test_low_pages20_round.py):
# cleaneval-dev 0.7909 -> 0.8391, pages below 0.2 3.6 % -> 1.8 % (held out, learned: 0.785 -> 0.838); it fires on one
# page of the training sets; the others unchanged.
# Session 31 (dumps_ml49's round: share bars' buttons, a blog post's category line and footer): dragnet 0.7865 ->
# 0.7877 (every 4th page; all pages 0.7730 -> 0.7754), l3s 0.9067 unchanged (all pages 0.9057 -> 0.9059).
# Session 32 (dumps_ml51's round: a blog post's footer with its permalink between bars, a blog's likes bar):
# cleaneval-dev 0.8417 -> 0.8444, dragnet 0.78773 -> 0.78808 (every 4th page; all pages 0.7754 -> 0.7759).
# Session 37 (a theme's "3 Responses" heads the comments, tests/test_wholepage37_round.py): dragnet 0.78839 -> 0.78856
# (every 4th page; all pages 0.77715 -> 0.77723, 2 pages up, none down), the others unchanged; the floor stays 0.788.
# Session 46 (a forum poster's join date and post count, tests/test_wholepage46_round.py): cleaneval-dev 0.84441 ->
# 0.84872 (page 53, an Ars OpenForum thread, 0.665 -> 0.750), the others unchanged.
# Session 48 (only the articles that stand before a person's name are looked through before a bio's name,
# tests/test_wholepage48_round.py): cleaneval-dev 0.84872 -> 0.84912 (page 31, "The Living Places report …" under the
# heading "Living Places", 0.636 -> 0.800), the others unchanged.
RULES_UNTUNED_F1_FLOORS = {
    "cleanportal": (0.917, 0.01), "cleaneval-dev": (0.849, 0.02), "dragnet": (0.788, 0.05), "l3s": (0.90, 0.01),
}  # fmt: skip
# Our own non-English page dumps (tests/data/dumps_ml: 26 pages, 13 languages), written blind to the code:
# (F1 floor, most pages below 0.2). First score 0.855 (P 0.757, R 0.981); 0.937 / 0 % after the repeated-lead
# and counter-title fixes (fitted on two of its pages) and the furniture vocabularies (written without seeing it);
# 0.969 after session 7's teaser-list rule, fitted on its pages mk-02 and de-02.
OWN_ML_DUMPS = (0.96, 0.04)
ML_DUMPS = ROOT / "tests" / "data" / "dumps_ml"
# The second blind batch (28 pages, 17 languages: live blogs, interviews, tables, lists), scored once before any
# change: 0.827 (P 0.821, R 0.833), 1 page of 28 below 0.2. Studied for tuning in session 7 (sr-01, ru-01, uk-02,
# nl-01 drove changes; README there): 0.905, no page below 0.2. No longer blind. 0.922 after session 8's in-article
# furniture rules (fitted on dumps_ml3).
OWN_ML2_DUMPS = (0.92, 0.04)
ML2_DUMPS = ROOT / "tests" / "data" / "dumps_ml2"
# The third blind batch (32 pages, 22 languages, 8 German; tests/data/dumps_ml3), written after the second was
# studied: first score 0.772 (P 0.642, R 0.967), no page below 0.2; the same after session 7's segmenter changes,
# which were fitted on dumps_ml2 and dragnet's even half. Studied in session 8 (its README): 0.942 (P 0.899, R 0.989)
# after the in-article furniture rules fitted on it; no longer blind.
OWN_ML3_DUMPS = (0.94, 0.04)
ML3_DUMPS = ROOT / "tests" / "data" / "dumps_ml3"
# The fourth blind batch (32 pages, 19 languages; tests/data/dumps_ml4), written while session 8 studied dumps_ml3 and
# never studied: 0.815 (P 0.735, R 0.915), 1 page of 32 below 0.2, before that work; 0.823 after it (the held-out
# figure of changes that took dumps_ml3 from 0.772 to 0.942).
# session 18 (dumps_ml23's fixes, errors unread): 0.847 -> 0.848; session 19 (dumps_ml25's): 0.848 -> 0.856
# session 22 (errors unread): 0.856 -> 0.857
# session 28 (errors unread): 0.859 -> 0.864
# session 31 (dumps_ml49's fixes, errors unread): 0.8643 -> 0.8958
# session 32 (dumps_ml51's fixes, errors unread): 0.8958 -> 0.8974
OWN_ML4_DUMPS = (0.897, 0.0)  # session 17 (dumps_ml21's fixes, errors unread): 0.845 -> 0.847; s27: 0.859, none low
ML4_DUMPS = ROOT / "tests" / "data" / "dumps_ml4"
# The fifth batch (30 pages, 19 languages; tests/data/dumps_ml5), written blind from a brief with only the format and
# the conventions: first score 0.927 (P 0.887, R 0.970), no page below 0.2; studied in session 9: 0.958 after.
# session 29 (dumps_ml45's fixes): 0.9657 -> 0.9681
# session 30 (dumps_ml47's fixes): 0.9681 -> 0.9728
OWN_ML5_DUMPS = (0.972, 0.04)  # session 24 (dumps_ml35's fixes): 0.961 -> 0.966
ML5_DUMPS = ROOT / "tests" / "data" / "dumps_ml5"
# The sixth batch (30 pages, 20 languages; tests/data/dumps_ml6), written with the fifth and scored once after
# session 9's segmenter work, never studied: 0.828 (P 0.791, R 0.868), one page of 30 below 0.2. dumps_ml4 (never
# studied) measured 0.826 after the same work (0.823 before it). Session 10: 0.835, no page below 0.2, after Thai
# paragraphs (no commas, no full stops) read as prose; its th-01 was the known case of that gap, so this set is no
# longer quite unseen (dumps_ml8, written in session 10, checks the change blind).
# Session 17 (errors unread): 0.852 -> 0.854; session 18: 0.854 -> 0.861; session 20: 0.861 -> 0.864.
# session 29 (dumps_ml45's fixes, errors unread): 0.8861 -> 0.8898
OWN_ML6_DUMPS = (0.895, 0.0)  # session 22 (errors unread): 0.864 -> 0.873; session 24: 0.882; s27: 0.886, none low;
# session 36 (errors unread): 0.890 -> 0.894
# session 48 (dumps_ml83 round, errors unread): 0.8936 -> 0.8955
ML6_DUMPS = ROOT / "tests" / "data" / "dumps_ml6"
# The seventh batch (31 pages, 22 languages; tests/data/dumps_ml7), written blind at the end of session 9 and scored
# once at the start of session 10, before any change: 0.916 (P 0.909, R 0.923), no page below 0.2. Studied since.
# session 29 (dumps_ml45's fixes): 0.9373 -> 0.9402
# session 31 (dumps_ml49's fixes): 0.9402 -> 0.9428
OWN_ML7_DUMPS = (0.942, 0.04)
ML7_DUMPS = ROOT / "tests" / "data" / "dumps_ml7"
# The eighth (32 pages, 22 languages; tests/data/dumps_ml8), written blind at session 10's start and scored at its end,
# never studied: 0.878 (P 0.868, R 0.887), no page below 0.2; 0.888 with the session's starting code: the Thai-prose
# change took 2 body lines and 7 chrome lines on its one Thai page (it fixed dumps_ml6's). Session 17: 0.881 -> 0.885
# ("courtesy of" as an English picture cue, errors unread).
# session 22 (errors unread): 0.906 -> 0.923
# session 28 (errors unread): 0.923 -> 0.926
# session 29 (dumps_ml45's fixes, errors unread): 0.9255 -> 0.9284
# session 31 (dumps_ml49's fixes, errors unread): 0.9284 -> 0.9309
# session 42 (dumps_ml71's fixes, errors unread): 0.9309 -> 0.9336
OWN_ML8_DUMPS = (0.933, 0.04)  # session 21 (dumps_ml29's fixes, errors unread): 0.888 -> 0.906
ML8_DUMPS = ROOT / "tests" / "data" / "dumps_ml8"
# The ninth (24 pages, 19 languages; tests/data/dumps_ml9), written blind at session 10's end and scored once at
# session 11's start, before any change: 0.900 (P 0.877, R 0.925), no page below 0.2. Studied since: 0.957 after a
# sentence broken into a list after its colon joined the article, and paywall notices, an obituary's guest book,
# "last updated" labels of two words and a date closed by "a. m." became furniture (general rules; the list rule
# took dumps_ml4, never studied, from 0.829 to 0.838; no eval set moved).
OWN_ML9_DUMPS = (0.96, 0.04)  # session 24 (dumps_ml35's fixes): 0.960 -> 0.963
ML9_DUMPS = ROOT / "tests" / "data" / "dumps_ml9"
# The tenth (29 pages, 24 languages; tests/data/dumps_ml10), written blind at session 11's start and scored at its end,
# never studied: 0.943 (P 0.936, R 0.950), no page below 0.2; 0.931 with the session's starting code.
# session 22 (errors unread): 0.957 -> 0.961
OWN_ML10_DUMPS = (0.964, 0.04)  # session 36 (errors unread): 0.961 -> 0.964
# session 18 (dumps_ml23's fixes, errors unread): 0.947 -> 0.957
ML10_DUMPS = ROOT / "tests" / "data" / "dumps_ml10"
# The eleventh (29 pages, 24 languages; tests/data/dumps_ml11), written blind at session 11's end and scored once at
# session 12's start, before any change: 0.919 (P 0.939, R 0.900), no page below 0.2. Studied since: 0.975 after
# a lower-case agency code's sign-off ("(sda/lsc)"), captions closed by their credit, a labelled date after a bar, an
# opinion column's disclaimer, a one-link "read also" box inside the text and short closing sentences became what they
# are (general rules, docs/segmenter.md; dumps_ml5 0.958 -> 0.961, ml6 0.836 -> 0.838, ml7 0.916 -> 0.927, ml8
# 0.878 -> 0.881, ml10 0.943 -> 0.947; no eval dump's body line changed).
OWN_ML11_DUMPS = (0.97, 0.04)
ML11_DUMPS = ROOT / "tests" / "data" / "dumps_ml11"
# The twelfth (30 pages, 25 languages; tests/data/dumps_ml12), written blind at session 12's start and scored at its
# end, never studied: 0.916 (P 0.913, R 0.919), one page below 0.2 (ur-01); 0.909 with the session's starting code.
# After session 13's Arabic full stop (U+06D4) as Urdu's sentence end: 0.930, no page below 0.2 (its Urdu page had no
# main text; the fix was looked for after this set's and dumps_ml14's end-of-session scores showed an Urdu page at 0,
# so these two figures are not fully blind).
# Session 18 (dumps_ml23's fixes, errors unread): 0.936 -> 0.940; session 37 (s37-dumps61, errors unread): 0.943 ->
# 0.946.
# session 48 (dumps_ml83 round, errors unread): 0.9459 -> 0.9491
OWN_ML12_DUMPS = (0.949, 0.0)
ML12_DUMPS = ROOT / "tests" / "data" / "dumps_ml12"
# The thirteenth (30 pages, 25 languages; tests/data/dumps_ml13), written blind at session 12's end and scored once at
# session 13's start, before any change: 0.951 (P 0.969, R 0.934), no page below 0.2. Studied since: 0.966 (P 0.994,
# R 0.940) after a Slovak paywall prompt, a press release's disclaimer and an interview's first question under the
# head became what they are (general rules, docs/segmenter.md; the other own sets and the never-studied dumps_ml6, ml8,
# ml10, ml12 unchanged).
OWN_ML13_DUMPS = (0.98, 0.04)  # session 21 (dumps_ml29's fixes: the match box): 0.966 -> 0.982
ML13_DUMPS = ROOT / "tests" / "data" / "dumps_ml13"
# The fourteenth (30 pages, 25 languages; tests/data/dumps_ml14), written blind at session 13's start and scored at
# its end, never studied: 0.955 (P 0.953, R 0.958), one page below 0.2 (ur-01, as dumps_ml12's Urdu page); the same
# with the session's starting code.
# After the Arabic full stop as Urdu's sentence end (looked for after this score, see dumps_ml12): 0.962, none
# below 0.2.
# session 18 (dumps_ml23's fixes, errors unread): 0.962 -> 0.965; session 19 (dumps_ml25's): 0.965 -> 0.971
# session 28 (errors unread): 0.979 -> 0.982
# session 32 (dumps_ml51's fixes, errors unread): 0.9823 -> 0.9852
OWN_ML14_DUMPS = (0.985, 0.0)  # session 22 (errors unread): 0.974 -> 0.976; session 24: 0.979
ML14_DUMPS = ROOT / "tests" / "data" / "dumps_ml14"
# The fifteenth (30 pages, 25 languages; tests/data/dumps_ml15), written blind at session 13's end and scored once at
# session 14's start, before any change: 0.935 (P 0.923, R 0.947), no page below 0.2 (hi-01 0.333). Studied since:
# 0.967 (P 0.955, R 0.980) after writers' initials closing the last paragraph ("… sagte er. (ale)"), "read also"
# links of Bengali, Latvian and the English "READ:", a metered paywall's counter and a live blog's clock stamps in
# Latin script on a Hindi page became what they are (general rules, docs/segmenter.md; the never-studied dumps_ml6
# 0.838 -> 0.845, dumps_ml4, ml8, ml10, ml12, ml14 unchanged).
OWN_ML15_DUMPS = (0.96, 0.0)
ML15_DUMPS = ROOT / "tests" / "data" / "dumps_ml15"
# The sixteenth (30 pages, 25 languages; tests/data/dumps_ml16), written blind at session 14's start and scored at
# its end, never studied: 0.944 (P 0.935, R 0.954), the same with the session's starting code.
OWN_ML16_DUMPS = (0.970, 0.04)  # session 19 (dumps_ml25's fixes, errors unread): 0.947 -> 0.960; session 21: 0.968;
# session 23 (dumps_ml33's fixes, errors unread): 0.968 -> 0.970
ML16_DUMPS = ROOT / "tests" / "data" / "dumps_ml16"
# The seventeenth (34 pages, 29 languages; tests/data/dumps_ml17), written blind at session 14's end and scored once at
# session 15's start, before any change: 0.945 (P 0.940, R 0.950), no page below 0.2 (sk-01 0.571). Studied since:
# 0.945 -> 0.950 (P 0.950, R 0.950) after captions closed by a credit ("… fot. Katarzyna Wiśniewska", "… Foto:
# Arquivo") became credit lines (tests/test_dumps_ml17_round.py; the never-studied dumps_ml4 0.838 -> 0.841, dumps_ml6,
# ml8, ml10, ml12, ml14, ml16 unchanged).
# session 31 (dumps_ml49's fixes): 0.9848 -> 0.9867
# session 32 (dumps_ml51's fixes: a Thai headline over its byline and date): 0.9867 -> 0.9886
OWN_ML17_DUMPS = (0.988, 0.0)  # session 21 (dumps_ml29's fixes: the match boxes): 0.961 -> 0.983
ML17_DUMPS = ROOT / "tests" / "data" / "dumps_ml17"
# The eighteenth (30 pages, 25 languages; tests/data/dumps_ml18), written blind at session 15's start and scored at
# its end, never studied: 0.912 (P 0.908, R 0.917), no page below 0.2 (0.908 with the session's starting code).
# Session 18 (dumps_ml23's fixes, errors unread): 0.917 -> 0.919; session 21: 0.933; session 23 (dumps_ml33's fixes,
# errors unread): 0.933 -> 0.936; session 24 (errors unread): 0.936 -> 0.938.
# session 28 (errors unread): 0.938 -> 0.941
# session 30 (dumps_ml47's fixes, errors unread): 0.9409 -> 0.9457
# session 31 (dumps_ml49's fixes, errors unread): 0.9457 -> 0.9482
OWN_ML18_DUMPS = (0.948, 0.0)
ML18_DUMPS = ROOT / "tests" / "data" / "dumps_ml18"
# The nineteenth (34 pages, 29 languages; tests/data/dumps_ml19), written blind at session 15's end and scored once at
# session 16's start, before any change: 0.916 (P 0.879, R 0.958), no page below 0.2 (it-01 0.615). Studied since:
# 0.916 -> 0.973 (P 0.979, R 0.968) after "read also" links parted by a bar or the Armenian comma and those of Basque,
# Armenian, Kazakh and Nepali, a gallery's numbered slides, the head row under a dateline closed by "a. m.", a live
# blog's entries under their stamps after such a link and the author's note marked by the byline's asterisk became
# what they are (tests/test_dumps_ml19_round.py; the never-studied dumps_ml4 0.841 -> 0.842, dumps_ml6 0.851 -> 0.852,
# dumps_ml12 0.930 -> 0.936, dumps_ml16 0.944 -> 0.947, dumps_ml18 0.912 -> 0.917, dumps_ml8, ml10, ml14 unchanged).
OWN_ML19_DUMPS = (0.985, 0.0)  # session 21 (dumps_ml29's fixes): 0.973 -> 0.990
ML19_DUMPS = ROOT / "tests" / "data" / "dumps_ml19"
# The twentieth (34 pages, 29 languages; tests/data/dumps_ml20), written blind at session 16's start and scored with
# its starting code (6d4f841) and its current code, never studied: 0.947 (P 0.967, R 0.927) with both.
# Session 17 (errors unread): 0.947 -> 0.949; session 18: 0.949 -> 0.954; session 21 (dumps_ml29's fixes): 0.979.
# session 29 (dumps_ml45's fixes, errors unread): 0.9791 -> 0.9817
OWN_ML20_DUMPS = (0.981, 0.0)
ML20_DUMPS = ROOT / "tests" / "data" / "dumps_ml20"
# The twenty-first (34 pages, 29 languages; tests/data/dumps_ml21), written blind at session 16's end and scored once at
# session 17's start with its starting code (055e809), before any change: 0.947 (P 0.917, R 0.980), no page below 0.2.
# Studied since: 0.947 -> 0.983 (P 0.985, R 0.980) after a bare date among the byline's head rows, a place-and-date
# line under the byline, a paywall's prompt, a caption closed by "Privatfoto" or "DR", a ticker's match minutes, the
# print-edition note and a bio opened by "the author is" became chrome (tests/test_dumps_ml21_round.py; the
# never-studied dumps_ml4 0.845 -> 0.847, dumps_ml6 0.852 -> 0.854, dumps_ml20 0.947 -> 0.949, the others unchanged).
# session 32 (dumps_ml51's fixes: a Thai headline over its byline and date): 0.9854 -> 0.9878
OWN_ML21_DUMPS = (0.987, 0.0)
ML21_DUMPS = ROOT / "tests" / "data" / "dumps_ml21"
# The twenty-second (34 pages, 26 languages; tests/data/dumps_ml22), written blind at session 17's start and scored with
# its starting code (055e809) and its final code, never studied: 0.933 (P 0.910, R 0.958) with both.
# session 18 (dumps_ml23's fixes, errors unread): 0.933 -> 0.940; session 19 (dumps_ml25's): 0.940 -> 0.943
# session 21 (dumps_ml29's fixes, errors unread): 0.943 -> 0.956; session 24: 0.964; session 25: 0.969
# session 28 (errors unread): 0.969 -> 0.972
# session 31 (dumps_ml49's fixes, errors unread): 0.9716 -> 0.9766
# session 40 (dumps_ml67's fixes, errors unread): 0.977 -> 0.979
OWN_ML22_DUMPS = (0.978, 0.0)
ML22_DUMPS = ROOT / "tests" / "data" / "dumps_ml22"
# The twenty-fourth (34 pages, 26 languages; tests/data/dumps_ml24), written blind at session 18's start and scored with
# its starting code (91fd96c) and its final code, never studied: 0.929 -> 0.931.
# session 29 (dumps_ml45's fixes, errors unread): 0.9579 -> 0.9628
OWN_ML24_DUMPS = (0.965, 0.0)  # session 36 (errors unread): 0.963 -> 0.965
# session 21 (dumps_ml29's fixes, errors unread): 0.931 -> 0.958
ML24_DUMPS = ROOT / "tests" / "data" / "dumps_ml24"
# The twenty-third (34 pages, 29 languages; tests/data/dumps_ml23), written blind at session 17's end and scored once at
# session 18's start with its starting code (91fd96c), before any change: 0.943 (P 0.914, R 0.974), no page below 0.2.
# Studied since: 0.943 -> 0.974 (P 0.974, R 0.974) after the French and Brazilian clock "07h40", the Nordic "kl.
# 06.00", the "read also" lines of Belarusian, Hebrew and Turkish sites, a paywall's note, a city portal's call for
# tips and the agency's photo desk "ANTARA FOTO/…" became what they are (tests/test_dumps_ml23_round.py; the
# never-studied dumps_ml4 0.847 -> 0.848, ml6 0.854 -> 0.861, ml10 0.947 -> 0.957, ml12 0.936 -> 0.940, ml14 0.962 ->
# 0.965, ml18 0.917 -> 0.919, ml20 0.949 -> 0.954, ml22 0.933 -> 0.940, ml8 and ml16 unchanged).
# session 30 (dumps_ml47's fixes): 0.9773 -> 0.9805
OWN_ML23_DUMPS = (0.98, 0.0)
ML23_DUMPS = ROOT / "tests" / "data" / "dumps_ml23"
# The twenty-fifth (34 pages, 29 languages; tests/data/dumps_ml25), written blind at session 18's end and scored once at
# session 19's start with its starting code (9f1fb9f), before any change: 0.949 (P 0.943, R 0.955), no page below 0.2.
# Studied since: 0.949 -> 0.994 (P 0.994, R 0.994) after the Nordic paywall's note, the editors' disclaimers under a
# column or a press release, the feminine "Autorica je" bio and a bio box's heading ("Zur Person"), the Kyrgyz "read
# also" line, a short closing sentence under a read-also box and a live blog's clock stamps between its entries became
# what they are (tests/test_dumps_ml25_round.py; the never-studied dumps_ml4 0.848 -> 0.856, ml14 0.965 -> 0.971, ml16
# 0.947 -> 0.960, ml22 0.940 -> 0.943, ml6, ml8, ml10, ml12, ml18, ml20, ml24 unchanged).
OWN_ML25_DUMPS = (0.99, 0.0)
ML25_DUMPS = ROOT / "tests" / "data" / "dumps_ml25"
# The twenty-sixth (34 pages, 29 languages; tests/data/dumps_ml26), written blind at session 19's start and scored with
# its starting code (9f1fb9f) and its final code, never studied: 0.899 -> 0.916, one page of 34 below 0.2 with both.
# session 28 (errors unread): 0.928 -> 0.930
# session 30 (dumps_ml47's fixes, errors unread): 0.9301 -> 0.9491 (no page below 0.2)
# session 31 (dumps_ml49's fixes, errors unread): 0.9491 -> 0.9516
OWN_ML26_DUMPS = (0.957, 0.0)  # session 36 (errors unread): 0.952 -> 0.957
# session 22 (errors unread): 0.916 -> 0.928
ML26_DUMPS = ROOT / "tests" / "data" / "dumps_ml26"
# The twenty-seventh (34 pages, 29 languages; tests/data/dumps_ml27), written blind at session 19's end and scored
# once at session 20's start with its starting code (f1af501), before any change: 0.929 (P 0.877, R 0.987), no page
# below 0.2. Studied since: 0.929 -> 0.990 (P 0.987, R 0.993) after the Slovenian paywall's note, the Spanish column's
# disclaimer, a caption under its credit, teasers with summaries over the article's standfirst and dateline, the Thai
# dotted month and a headline the prose test took, the paragraphs under a list the text introduces, a wire dateline
# alone on its line and the archive pictures' nameless credits became what they are (tests/test_dumps_ml27_round.py;
# the never-studied dumps_ml6 0.861 -> 0.864, the other check sets unchanged).
OWN_ML27_DUMPS = (0.99, 0.0)
ML27_DUMPS = ROOT / "tests" / "data" / "dumps_ml27"
# The twenty-eighth (34 pages, 29 languages; tests/data/dumps_ml28), written blind at session 20's start and scored
# with its starting code (8be526b) and its final code, never studied: 0.942 with both, no page below 0.2.
# session 22 (errors unread): 0.947 -> 0.954
# session 34 (errors unread): 0.954 -> 0.957
OWN_ML28_DUMPS = (0.956, 0.0)  # session 21 (dumps_ml29's fixes, errors unread): 0.942 -> 0.947
ML28_DUMPS = ROOT / "tests" / "data" / "dumps_ml28"
# The twenty-ninth (34 pages, 29 languages; tests/data/dumps_ml29), written blind at session 20's end and scored
# once at session 21's start with its starting code (91ca236), before any change: 0.917 (P 0.971, R 0.869), no page
# below 0.2. Studied since: 0.917 -> 1.000 (P 1.000, R 1.000) after the box an article ends with (a match's fields, a
# how-to's steps under a heading) and its closing paragraph, an interview's next question under a read-also box, the
# closing lines of a Thai article over its foot, a short head line under a headline the prose test took, a bio box in
# one line, and the Azerbaijani, Uzbek and Thai read-also lines, the Greek column's disclaimer and the Slovak paywall's
# other wording became what they are (tests/test_dumps_ml29_round.py; the never-studied dumps_ml8 0.888 -> 0.906,
# ml16 0.960 -> 0.968, ml18 0.919 -> 0.933, ml20 0.954 -> 0.979, ml22 0.943 -> 0.956, ml24 0.931 -> 0.958, ml28 0.942 ->
# 0.947, the other check sets unchanged).
OWN_ML29_DUMPS = (0.99, 0.0)
ML29_DUMPS = ROOT / "tests" / "data" / "dumps_ml29"
# The thirtieth (34 pages, 29 languages; tests/data/dumps_ml30), written blind at session 21's start and scored
# with its starting code (91ca236) and its final code, never studied: 0.956 with both, no page below 0.2.
# session 28 (errors unread): 0.975 -> 0.978
OWN_ML30_DUMPS = (0.978, 0.0)  # session 22 (errors unread): 0.956 -> 0.970; session 23: 0.973; session 24: 0.975
ML30_DUMPS = ROOT / "tests" / "data" / "dumps_ml30"
# The thirty-first (34 pages, 29 languages; tests/data/dumps_ml31), written blind at session 21's end and scored
# once at session 22's start with its starting code (79f0076), before any change: 0.941 (P 0.965, R 0.917), no page
# below 0.2. Studied in session 22: 0.94 -> 0.99 (0.9917, P 0.989, R 0.995; fitted) after its general fixes: a list
# the text introduces with a colon weighs as its text, an agency's dash sign-off ends a sentence, a closing sentence
# over the byline or a bio box's heading, the byline's date row and a dateline's place alone are the head's
# (tests/test_dumps_ml31_round.py; the never-studied dumps_ml4 0.856 -> 0.857, ml6 0.864 -> 0.873, ml8 0.906 ->
# 0.923, ml10 0.957 -> 0.961, ml14 0.974 -> 0.976, ml26 0.916 -> 0.928, ml28 0.947 -> 0.954, ml30 0.956 -> 0.970, the
# other check sets unchanged or up).
OWN_ML31_DUMPS = (0.99, 0.0)
ML31_DUMPS = ROOT / "tests" / "data" / "dumps_ml31"
# The thirty-second (34 pages, 29 languages; tests/data/dumps_ml32), written blind at session 22's start and scored
# with its starting code (79f0076) and its final code, never studied: 0.975 -> 0.980, no page below 0.2.
OWN_ML32_DUMPS = (
    0.989,
    0.0,
)  # session 23 (dumps_ml33's fixes, errors unread): 0.980 -> 0.982; session 24: 0.987; s33: 0.990
ML32_DUMPS = ROOT / "tests" / "data" / "dumps_ml32"
# The thirty-third (34 pages, 28 languages; tests/data/dumps_ml33), written blind at session 22's end and scored
# once at session 23's start with its starting code (aacdcbb), before any change: 0.973 (P 0.967, R 0.978), no page
# below 0.2. Session 23 (tests/test_dumps_ml33_round.py): 0.973 -> 1.000.
OWN_ML33_DUMPS = (1.0, 0.0)
ML33_DUMPS = ROOT / "tests" / "data" / "dumps_ml33"
# The thirty-fourth (34 pages, 29 languages; tests/data/dumps_ml34), written blind at session 23's start and scored
# with its starting code (aacdcbb) and its final code, never studied: 0.965 with both (P 0.956, R 0.974), no page below
# 0.2.
# session 28 (errors unread): 0.965 -> 0.971
# session 29 (dumps_ml45's fixes, errors unread): 0.9711 -> 0.9744
# session 29 (errors unread): 0.971 -> 0.977 (the segmenter round alone 0.974)
# session 30 (dumps_ml47's fixes, errors unread): 0.9775 -> 0.9806
OWN_ML34_DUMPS = (0.98, 0.0)
ML34_DUMPS = ROOT / "tests" / "data" / "dumps_ml34"
# The thirty-fifth (34 pages, 29 languages; tests/data/dumps_ml35), written blind at session 23's end and scored
# once at session 24's start with its starting code (569442c), before any change: 0.920 (P 0.861, R 0.989), no page
# below 0.2. Session 24 (tests/test_dumps_ml35_round.py): 0.920 -> 0.986 (P 0.973, R 1.000).
OWN_ML35_DUMPS = (0.98, 0.0)
ML35_DUMPS = ROOT / "tests" / "data" / "dumps_ml35"
# The thirty-sixth (34 pages, 29 languages; tests/data/dumps_ml36), written blind at session 24's start and scored
# with its starting code (569442c) and its final code, never studied: 0.937 with both (P 0.921, R 0.953), no page
# below 0.2.
# session 29 (dumps_ml45's fixes, errors unread): 0.9371 -> 0.9402
# session 31 (dumps_ml49's fixes, errors unread): 0.9402 -> 0.9429
# session 35 (dumps_ml57's fixes, errors unread): 0.9429 -> 0.9456
# session 45 (dumps_ml77 round, errors unread): 0.9456 -> 0.9482
# session 49 (dumps_ml85 round, errors unread): 0.9483 -> 0.9538
OWN_ML36_DUMPS = (0.953, 0.0)
ML36_DUMPS = ROOT / "tests" / "data" / "dumps_ml36"
# The thirty-seventh (34 pages, 29 languages; tests/data/dumps_ml37), written blind at session 24's end and scored
# once at session 25's start with its starting code (b154e82), before any change: 0.972 (P 0.969, R 0.975), no page
# below 0.2. Studied in session 25: 0.972 -> 1.000 (P 1.000, R 1.000; fitted: the head's date row beside its meta,
# a caption over an agency's name in capitals, a box closing the article's own block, the German paywall's prompt).
OWN_ML37_DUMPS = (1.0, 0.0)
ML37_DUMPS = ROOT / "tests" / "data" / "dumps_ml37"
# The thirty-eighth (34 pages, 29 languages; tests/data/dumps_ml38), written blind at session 25's start and scored
# with its starting code (b154e82) and its final code, never studied: 0.949 with both (P 0.969, R 0.929), one page of 34
# below 0.2.
# session 29 (dumps_ml45's fixes, errors unread): 0.9489 -> 0.9518
# session 30 (dumps_ml47's fixes, errors unread): 0.9518 -> 0.9547
# session 45 (dumps_ml77 round, errors unread): 0.9547 -> 0.9578
OWN_ML38_DUMPS = (0.957, 0.03)
ML38_DUMPS = ROOT / "tests" / "data" / "dumps_ml38"
# The thirty-ninth (34 pages, 29 languages; tests/data/dumps_ml39), written blind at session 25's end and scored
# once at session 26's start with its starting code (76b9649), before any change: 0.975 (P 0.978, R 0.973), no page
# below 0.2. Studied in session 26: 0.975 -> 0.995 (P 0.989, R 1.000; a table closing the article's own block, the
# head's date and time past its picture, an interview's first question under the head rows, the Croatian "Related:").
OWN_ML39_DUMPS = (0.99, 0.0)
ML39_DUMPS = ROOT / "tests" / "data" / "dumps_ml39"
# The fortieth (34 pages, 29 languages; tests/data/dumps_ml40), written blind at session 26's start and scored
# with its starting code (76b9649) and its final code, never studied: 0.958 with both (P 0.920, R 1.000), no page below
# 0.2.
# session 28 (errors unread): 0.958 -> 0.963
# session 30 (dumps_ml47's fixes, errors unread): 0.9631 -> 0.9703
# session 31 (dumps_ml49's fixes, errors unread): 0.9703 -> 0.9727
# session 41 (dumps_ml69's fixes, errors unread): 0.975 -> 0.9776
# session 49 (dumps_ml85 round, errors unread): 0.9776 -> 0.9800
OWN_ML40_DUMPS = (0.979, 0.0)  # session 34 (errors unread): 0.973 -> 0.975
ML40_DUMPS = ROOT / "tests" / "data" / "dumps_ml40"
# The forty-first (34 pages, 29 languages; tests/data/dumps_ml41), written blind at session 26's end and scored
# once at session 27's start with its starting code (7c337e3), before any change: 0.977 (P 0.974, R 0.979), no page
# below 0.2. Studied in session 27: 0.977 -> 1.000 (P 1.000, R 1.000; a list the text introduces on over a "read also"
# link, a box of unmarked lines under such a link is the site's, initials alone are a sign-off, a clock's unit and
# full stop end no sentence, a live blog's short entries under their stamps).
OWN_ML41_DUMPS = (1.0, 0.0)
ML41_DUMPS = ROOT / "tests" / "data" / "dumps_ml41"
# The forty-second (34 pages, 29 languages; tests/data/dumps_ml42), written blind at session 27's start and scored
# with its starting code (7c337e3) and its final code, never studied: 0.984 with both (P 0.981, R 0.987), no page below
# 0.2.
# session 30 (dumps_ml47's fixes, errors unread): 0.9838 -> 0.9870
OWN_ML42_DUMPS = (0.986, 0.0)
ML42_DUMPS = ROOT / "tests" / "data" / "dumps_ml42"
# The forty-third (34 pages, 29 languages; tests/data/dumps_ml43), written blind at session 27's end and scored
# once at session 28's start with its starting code (04844a2), before any change: 0.969 (P 0.965, R 0.974), no page
# below 0.2. Studied in session 28 (captions closed by a source or a name in capitals, a CJK date and clock, a Japanese
# caption closed by its place, a bio under a name with a particle, a bare name over the date): 0.969 -> 0.987.
OWN_ML43_DUMPS = (0.98, 0.0)
ML43_DUMPS = ROOT / "tests" / "data" / "dumps_ml43"
# The forty-fourth (34 pages, 29 languages; tests/data/dumps_ml44), written blind at session 28's start and scored
# with its starting code (04844a2) and its final code, never studied: 0.962 with the starting code (P 0.948, R 0.976),
# 0.965 with the final code (P 0.953, R 0.976), no page below 0.2.
# session 30 (dumps_ml47's fixes, errors unread): 0.9647 -> 0.9676
# session 40 (dumps_ml67's fixes, errors unread): 0.968 -> 0.973
OWN_ML44_DUMPS = (0.972, 0.0)
ML44_DUMPS = ROOT / "tests" / "data" / "dumps_ml44"
# The forty-fifth (34 pages, 29 languages; tests/data/dumps_ml45), written blind at session 28's end and scored
# once at session 29's start with its starting code (80631ac), before any change: 0.945 (P 0.926, R 0.965), no page
# below 0.2. Studied in session 29 (captions over a credit the credit rules read no name in or over a bare name in the
# head, the published and updated dates in one row, disclaimers and a paywall's note, a closing sentence over the links
# to other articles, an interview's first question, a match report's line-ups): 0.945 -> 1.000 (P 1.000, R 1.000).
OWN_ML45_DUMPS = (1.0, 0.0)
ML45_DUMPS = ROOT / "tests" / "data" / "dumps_ml45"
# The forty-sixth (34 pages, 29 languages; tests/data/dumps_ml46), written blind at session 29's start and scored with
# its starting code (80631ac) and its final code, never studied: 0.954 (P 0.943, R 0.965) with the starting code, 0.956
# (P 0.948, R 0.965) with the final code, no page below 0.2.
# session 30 (dumps_ml47's fixes, errors unread): 0.9563 -> 0.9591
# session 31 (dumps_ml49's fixes, errors unread): 0.9591 -> 0.9619
# session 32 (dumps_ml51's fixes, errors unread): 0.9619 -> 0.9647
OWN_ML46_DUMPS = (0.967, 0.0)  # session 36 (errors unread): 0.965 -> 0.968
ML46_DUMPS = ROOT / "tests" / "data" / "dumps_ml46"
# The forty-seventh (34 pages, 29 languages; tests/data/dumps_ml47), written blind at session 29's end and scored
# once at session 30's start with its starting code (c692429), before any change: 0.963 (P 0.960, R 0.966), no page
# below 0.2. Studied in session 30 (the colon Armenian types for its full stop, a closing sentence over a bare name
# over the date, the "read also" lines of Marathi, Urdu and Hausa, a paragraph signed off "(©NTB)", a caption's
# sentence over an agency's bare name in the head, a bio opening with the byline's name and a comma;
# tests/test_dumps_ml47_round.py): 0.963 -> 0.9885 (P 0.9885, R 0.9885).
OWN_ML47_DUMPS = (0.988, 0.0)
ML47_DUMPS = ROOT / "tests" / "data" / "dumps_ml47"
# The forty-eighth (34 pages, 29 languages; tests/data/dumps_ml48), written blind at session 30's start and scored
# with its starting code (c692429) and its final code, never studied: 0.968 (P 0.938, R 1.000) with the starting code,
# 0.973 (P 0.947, R 1.000) with the final code, no page below 0.2.
# session 31 (dumps_ml49's fixes, errors unread): 0.9730 -> 0.9754
# session 41 (dumps_ml69's fixes, errors unread): 0.9754 -> 0.9802
OWN_ML48_DUMPS = (0.98, 0.0)
ML48_DUMPS = ROOT / "tests" / "data" / "dumps_ml48"
# The forty-ninth (34 pages, 29 languages; tests/data/dumps_ml49), written blind at session 30's end and scored
# once at session 31's start with its starting code (5bf1abc), before any change: 0.952 (P 0.912, R 0.994), no page
# below 0.2. Studied in session 31 (the "read also" lines of Igbo, Luxembourgish, Lao, Maltese, Afaan Oromoo,
# Kinyarwanda and the Kyrgyz bare "Read:", the Afrikaans paywall's note, the press release's contact line, the Punjabi
# "About the author" heading, a share bar's button alone on a line; tests/test_dumps_ml49_round.py): 0.952 -> 0.9861
# (P 0.9727, R 1.0).
OWN_ML49_DUMPS = (0.986, 0.0)
ML49_DUMPS = ROOT / "tests" / "data" / "dumps_ml49"
# The fiftieth (34 pages, 29 languages; tests/data/dumps_ml50), written blind at session 31's start and scored
# with its starting code (5bf1abc) and its final code, never studied: 0.945 (P 0.942, R 0.948) with both, no page
# below 0.2.
# session 39 (dumps65: the text dumps' segmenter, errors unread): 0.945 -> 0.954
OWN_ML50_DUMPS = (0.954, 0.0)
ML50_DUMPS = ROOT / "tests" / "data" / "dumps_ml50"
# The fifty-first (34 pages, 29 languages; tests/data/dumps_ml51), written blind at session 31's end and scored
# once at session 32's start with its starting code (ef40aca), before any change: 0.948 (P 0.915, R 0.983), no page
# below 0.2. Studied in session 32 (the "read also" lines of Amharic, Tigrinya, Somali, Faroese, Kurmanji and isiXhosa,
# a standings widget under a live blog, a Thai headline over its byline and date, a caption ending in no mark over an
# agency's bare name, a date closing the head's block; tests/test_dumps_ml51_round.py): 0.948 -> 0.9886 (P 0.9886,
# R 0.9886).
OWN_ML51_DUMPS = (0.988, 0.0)
ML51_DUMPS = ROOT / "tests" / "data" / "dumps_ml51"
# The fifty-second (34 pages, 29 languages; tests/data/dumps_ml52), written blind at session 32's start and scored
# with its starting code (ef40aca) and its final code, never studied: 0.994 (P 0.988, R 1.000) with both, no page
# below 0.2.
# session 44 (html_ml64 and heldout76 rounds, errors unread): 0.994 -> 0.99705
OWN_ML52_DUMPS = (0.997, 0.0)
ML52_DUMPS = ROOT / "tests" / "data" / "dumps_ml52"
# The fifty-third (34 pages, 29 languages; tests/data/dumps_ml53), written blind at session 32's end and scored
# once at session 33's start with its starting code (f2d04c9), before any change: 0.964 (P 0.961, R 0.967), no page
# below 0.2. Studied in session 33 (a live blog's entries under their own share links, a CJK head row's date with its
# clock written in signs and the update stamp, the Oromo "Dubbisaa:" link, a Lao view counter, a Welsh bio opening
# with its verb before the writer's name; tests/test_dumps_ml53_round.py): 0.964 -> 1.000 (P 1.000, R 1.000).
OWN_ML53_DUMPS = (1.0, 0.0)
ML53_DUMPS = ROOT / "tests" / "data" / "dumps_ml53"
# The fifty-fourth (34 pages, 29 languages; tests/data/dumps_ml54), written blind at session 33's start and scored
# with its starting code (f2d04c9) and its final code, never studied: 0.958 (P 0.940, R 0.976) with both, no page
# below 0.2.
# session 40 (dumps_ml67's fixes, errors unread): 0.958 -> 0.960
OWN_ML54_DUMPS = (0.959, 0.0)
ML54_DUMPS = ROOT / "tests" / "data" / "dumps_ml54"
# The fifty-fifth (34 pages, 29 languages; tests/data/dumps_ml55), written blind at session 33's end and scored
# once at session 34's start with its starting code (f6a8e5f), before any change: 0.934 (P 0.899, R 0.973), no page
# below 0.2. Studied in session 34 (an opinion column's bio and disclaimer under its last paragraph, the Tigrinya
# "writer" opening a bio, the Indonesian WhatsApp-channel prompt, a colon-headed box of two links set into the text's
# block, the Shona "Verengawo:" link, the Basque standings heading; tests/test_dumps_ml55_round.py): 0.934 -> 0.9677
# (P 0.9524, R 0.9836).
OWN_ML55_DUMPS = (0.967, 0.0)
ML55_DUMPS = ROOT / "tests" / "data" / "dumps_ml55"
# The fifty-sixth (34 pages, 29 languages; tests/data/dumps_ml56), written blind at session 34's start and scored
# with its starting code (f6a8e5f) and its final code, never studied: 0.981 (P 0.973, R 0.989) with both, no page
# below 0.2.
# session 40 (dumps_ml67's fixes, errors unread): 0.981 -> 0.984
# session 45 (dumps_ml77 round, errors unread): 0.9839 -> 0.9865
OWN_ML56_DUMPS = (0.986, 0.0)
ML56_DUMPS = ROOT / "tests" / "data" / "dumps_ml56"
# The fifty-seventh (34 pages, 29 languages; tests/data/dumps_ml57), written blind at session 34's end and scored
# once at session 35's start with its starting code (be74c54), before any change: 0.950 (P 0.928, R 0.972), no page
# below 0.2. Studied in session 35 (the "read also" line in five more languages, a file picture's credit alone on its
# line, the Mongolian disclaimer and bio box, a Kannada credit's initials, a live blog's captioned picture between
# entries, a closing sentence over a standings table; tests/test_dumps_ml57_round.py): 0.950 -> 0.9931 (P 0.9931,
# R 0.9931).
OWN_ML57_DUMPS = (0.993, 0.0)
ML57_DUMPS = ROOT / "tests" / "data" / "dumps_ml57"
# The fifty-eighth (34 pages, 29 languages; tests/data/dumps_ml58), written blind at session 35's start and scored
# with its starting code (be74c54) and its final code, never studied: 0.967 (P 0.972, R 0.961) with both, no page
# below 0.2. Session 40 (html, errors unread): 0.967 -> 0.969 (the floor under the rounded total).
OWN_ML58_DUMPS = (0.968, 0.0)
ML58_DUMPS = ROOT / "tests" / "data" / "dumps_ml58"
# The fifty-ninth (34 pages, 29 languages; tests/data/dumps_ml59), written blind at session 35's end and scored
# once at session 36's start with its starting code (b4d1825), before any change: 0.948 (P 0.906, R 0.994), no page
# below 0.2. Studied in session 36 (the "read also" line in Galician, Sindhi, isiXhosa, the Arabic tanwin form and
# the Amharic word space; paywall notes in English, German and Catalan; the Hebrew column's disclaimer and bio; a live
# blog's entry tag under its clock stamp; a quote typed right to left ending a sentence; a short caption under the
# head's picture credit; tests/test_dumps_ml59_round.py): 0.948 -> 0.9943 (P 0.9943, R 0.9943).
OWN_ML59_DUMPS = (0.994, 0.0)
ML59_DUMPS = ROOT / "tests" / "data" / "dumps_ml59"
# The sixtieth (34 pages, 29 languages; tests/data/dumps_ml60), written blind at session 36's start and scored
# with its starting code (b4d1825) and its final code, never studied: 0.921 (P 0.886, R 0.959) with both, no page
# below 0.2.
# session 45 (dumps_ml77 round, errors unread): 0.9208 -> 0.9230
# session 48 (dumps_ml83 round, errors unread): 0.9231 -> 0.9528
# session 49 (dumps_ml85 round, errors unread): 0.9528 -> 0.9576
OWN_ML60_DUMPS = (0.957, 0.0)
ML60_DUMPS = ROOT / "tests" / "data" / "dumps_ml60"
# The sixty-first (34 pages, 29 languages; tests/data/dumps_ml61), written blind at session 36's end and scored
# once at session 37's start with its starting code (c1484b2), before any change: 0.957 (P 0.971, R 0.943), no page
# below 0.2. Studied in session 37 (a German ticker's ordinal minutes as entry stamps, a box of facts closing the
# article's block over a press release's contact, the writer's bio opened by the word as a short line with the
# signature over it, Yoruba words with their combining tone marks, a short caption under the head's credit in the
# text's block, a ticker's entry over a credit whose caption stands under it; tests/test_dumps_ml61_round.py):
# 0.957 -> 1.0000 (P 1.0000, R 1.0000).
OWN_ML61_DUMPS = (1.0, 0.0)
ML61_DUMPS = ROOT / "tests" / "data" / "dumps_ml61"
# The sixty-second (34 pages, 29 languages; tests/data/dumps_ml62), written blind at session 37's start and scored
# with its starting code (c1484b2) and its final code, never studied: 0.957 (P 0.989, R 0.926) with both, no page
# below 0.2.
# session 39 (dumps65: the text dumps' segmenter, errors unread): 0.957 -> 0.965
# session 40 (dumps_ml67's fixes, errors unread): 0.965 -> 0.968
# session 45 (dumps_ml77 round, errors unread): 0.9677 -> 0.9703
OWN_ML62_DUMPS = (0.97, 0.0)
ML62_DUMPS = ROOT / "tests" / "data" / "dumps_ml62"
# The sixty-third (34 pages, 29 languages; tests/data/dumps_ml63), written blind at session 37's end and scored
# once at session 38's start with its starting code (63f03b2), before any change: 0.963 (P 0.935, R 0.994), no page
# below 0.2. Studied in session 38 (a caption closed by the Hindi "file photo" after the danda or by a cue phrase
# ending in its own linking word, the Amharic "by our reporter" byline over its date, the Catalan month names of a
# place-and-date line, a live blog's entry of two sentences over its picture's credit, the UK local papers' Local
# Democracy Reporting Service note; tests/test_dumps_ml63_round.py): 0.963 -> 0.9815 (P 0.9636, R 1.0000).
OWN_ML63_DUMPS = (0.981, 0.0)
ML63_DUMPS = ROOT / "tests" / "data" / "dumps_ml63"
# The sixty-fourth (34 pages, 29 languages; tests/data/dumps_ml64), written blind at session 38's start and scored
# with its starting code (63f03b2) and its final code, never studied: 0.968 (P 0.957, R 0.978) with both, no page
# below 0.2. Session 42 (blind78 round, errors unread): 0.968 -> 0.9704 (P 0.9626, R 0.9783).
# session 45 (dumps_ml77 round, errors unread): 0.9704 -> 0.9729
# session 49 (dumps_ml85 round, errors unread): 0.9730 -> 0.9866
OWN_ML64_DUMPS = (0.986, 0.0)
ML64_DUMPS = ROOT / "tests" / "data" / "dumps_ml64"
# The sixty-fifth (34 pages, 29 languages; tests/data/dumps_ml65), written blind at session 38's end and scored
# once at session 39's start with its starting code (6d50477), before any change: 0.969 (P 0.964, R 0.974), no page
# below 0.2. Session 39's round (an obituary's condolences heading in 9 more languages, the Romance bio box heading
# with its article alone, a standings heading after the competition's name, a match report's facts over the
# standings table, dates in a script's own digits, a caseless bare name over its date; tests/test_dumps_ml65_round.py):
# 0.969 -> 0.9923 (P 0.9948, R 0.9897).
OWN_ML65_DUMPS = (0.992, 0.0)
ML65_DUMPS = ROOT / "tests" / "data" / "dumps_ml65"
# The sixty-sixth (34 pages, 29 languages; tests/data/dumps_ml66), written blind at session 39's start and scored
# with its starting code (6d50477) and its final code, never studied: 0.952 (P 0.952, R 0.952) with both, no page
# below 0.2.
# session 40 (dumps_ml67's fixes, errors unread): 0.952 -> 0.966
# session 49 (dumps_ml85 round, errors unread): 0.9664 -> 0.9693
OWN_ML66_DUMPS = (0.969, 0.0)
ML66_DUMPS = ROOT / "tests" / "data" / "dumps_ml66"
# The sixty-seventh (34 pages, 29 languages; tests/data/dumps_ml67), written blind at session 39's end and scored
# once at session 40's start with its starting code (894583a), before any change: 0.974 (P 0.964, R 0.984), no page
# below 0.2. Session 40's round (a gallery's counter in words, the lede under a captioned picture credit, an
# interview's first question without a dash, the date row under a bare byline, the isiXhosa read-also;
# tests/test_dumps_ml67_round.py): 0.974 -> 0.9947 (P 0.9947, R 0.9947).
OWN_ML67_DUMPS = (0.994, 0.0)
ML67_DUMPS = ROOT / "tests" / "data" / "dumps_ml67"
# The sixty-eighth (34 pages, 29 languages; tests/data/dumps_ml68), written blind at session 40's start and scored
# with its starting code (894583a) and its final code, never studied: 0.970 (P 0.972, R 0.967) with both, no page
# below 0.2.
# session 45 (dumps_ml77 round, errors unread): 0.9696 -> 0.9742
# session 49 (dumps_ml85 round, errors unread): 0.9742 -> 0.9765
OWN_ML68_DUMPS = (0.976, 0.0)
ML68_DUMPS = ROOT / "tests" / "data" / "dumps_ml68"
# The sixty-ninth (34 pages, 29 languages; tests/data/dumps_ml69), written blind at session 40's end and scored
# once at session 41's start with its starting code (478298e), before any change: 0.970 (P 0.955, R 0.985), no page
# below 0.2. Session 41's round (a slide's caption under a gallery's counter in words, the head's picture caption
# between the standfirst and the text, a short sentence between paragraphs under a read-also box;
# tests/test_dumps_ml69_round.py): 0.970 -> 0.9974 (P 0.9949, R 1.000).
OWN_ML69_DUMPS = (0.997, 0.0)
ML69_DUMPS = ROOT / "tests" / "data" / "dumps_ml69"
# The seventieth (34 pages, 29 languages; tests/data/dumps_ml70), written blind at session 41's start and scored
# with its starting code (478298e) and its final code, never studied: 0.974 with both, no page
# below 0.2.
OWN_ML70_DUMPS = (0.983, 0.0)  # session 42 (dumps_ml71's fixes, errors unread): 0.974 -> 0.9839
ML70_DUMPS = ROOT / "tests" / "data" / "dumps_ml70"
# The seventy-first (34 pages, 29 languages; tests/data/dumps_ml71), written blind at session 41's end and scored
# once at session 42's start with its starting code (882809a), before any change: 0.954 (P 0.943, R 0.965), no page
# below 0.2. Session 42's round (a reading time in the head, a gallery's bare counter and the text under its buttons, a
# closing sentence over the source line and the tags, a caption closed by "Picture supplied", the wire's dateline alone
# under a bare byline; tests/test_dumps_ml71_round.py): 0.954 -> 0.9853 (P 0.9882, R 0.9825).
OWN_ML71_DUMPS = (0.985, 0.0)
ML71_DUMPS = ROOT / "tests" / "data" / "dumps_ml71"
# The seventy-second (34 pages, 29 languages; tests/data/dumps_ml72), written blind at session 42's start and
# scored with its starting code (882809a) and its final code, never studied: 0.980 (P 0.966, R 0.994) with both,
# no page below 0.2.
# session 45 (dumps_ml77 round, errors unread): 0.9799 -> 0.9827
# session 47 (dumps_ml81 round, merged with the session's other rounds, errors unread): 0.9827 -> 0.9856
OWN_ML72_DUMPS = (0.985, 0.0)
ML72_DUMPS = ROOT / "tests" / "data" / "dumps_ml72"
# The seventy-third (34 pages, 29 languages; tests/data/dumps_ml73), written blind at session 42's end and scored
# once at session 43's start with its starting code (ed7c565), before any change: 0.988 (P 0.976, R 1.000), no page
# below 0.2. Session 43 (its studied fixes: Malayalam and Mongolian "read also", the Dutch submitted-release note,
# "Reporting:" over a live blog): 0.988 -> 1.000.
OWN_ML73_DUMPS = (1.0, 0.0)
ML73_DUMPS = ROOT / "tests" / "data" / "dumps_ml73"
# The seventy-fourth (34 pages, 29 languages; tests/data/dumps_ml74), written blind at session 43's start and
# scored with its starting code (ed7c565) and its final code, never studied: 0.989 (P 0.989, R 0.989) with both,
# no page below 0.2.
OWN_ML74_DUMPS = (0.988, 0.0)
ML74_DUMPS = ROOT / "tests" / "data" / "dumps_ml74"
# The seventy-fifth (34 pages, 29 languages; tests/data/dumps_ml75), written blind at session 43's end and scored
# once at session 44's start with its starting code (0d8d1fa), before any change: 0.972 (P 0.959, R 0.984), no page
# below 0.2. Session 44 (its studied fixes: the Sesotho read-also line and picture credit in Lesotho's spelling, the
# pointer to an interview's audio, a columnist's bio in the last paragraph's block, a gallery's counter in figures
# over its caption, a Persian dateline alone naming its agency by the word): 0.972 -> 0.9895 (P 0.995, R 0.984).
OWN_ML75_DUMPS = (0.989, 0.0)
ML75_DUMPS = ROOT / "tests" / "data" / "dumps_ml75"
# The seventy-sixth (34 pages, 29 languages; tests/data/dumps_ml76), written blind at session 44's start and
# scored with its starting code (0d8d1fa) and its final code, never studied: 0.987 (P 0.975, R 1.000) with both,
# no page below 0.2.
OWN_ML76_DUMPS = (0.987, 0.0)
ML76_DUMPS = ROOT / "tests" / "data" / "dumps_ml76"
# The seventy-seventh (34 pages, 29 languages; tests/data/dumps_ml77), written blind at session 44's end and scored
# once at session 45's start with its starting code (e9b64d5), before any change: 0.959 (P 0.950, R 0.968), one page
# of 34 below 0.2. Session 45 (helper s45-dumps77, tests/test_dumps_ml77_round.py: the tags line's label in the Nordic,
# Dutch, Italian, Finnish and Estonian forms, Spanish "Lea más" and a Pashto read-also row, the NZ and Canadian
# local-journalism funding notes, the double-hyphen wire sign-off "-- BERNAMA"): 0.959 -> 0.9748 (P 0.969, R 0.981);
# ml-01 (a gallery page, its closing paragraph under slides of counters alone) is still the page below 0.2: its fix
# was withdrawn (docs/segmenter.md, session 45).
OWN_ML77_DUMPS = (0.974, 0.03)
ML77_DUMPS = ROOT / "tests" / "data" / "dumps_ml77"
# The seventy-eighth (34 pages, 29 languages; tests/data/dumps_ml78), written blind at session 45's start and
# scored with its starting code (e9b64d5) and its final code, never studied: 0.982 (P 0.965, R 1.000) with both,
# no page below 0.2.
OWN_ML78_DUMPS = (0.982, 0.0)
ML78_DUMPS = ROOT / "tests" / "data" / "dumps_ml78"
# The seventy-ninth (34 pages, 29 languages; tests/data/dumps_ml79), written blind at session 45's end and scored
# once at session 46's start with its starting code (472da75), before any change: 0.966 (P 0.957, R 0.975), no page
# of 34 below 0.2. Session 46 (helper s46-dumps79, tests/test_dumps_ml79_round.py: a closing sentence alone over a
# share bar on one line closes the article): 0.966 -> 0.9756 (P 0.958, R 0.994), no page below 0.2.
OWN_ML79_DUMPS = (0.975, 0.0)
ML79_DUMPS = ROOT / "tests" / "data" / "dumps_ml79"
# The eightieth (34 pages, 29 languages; tests/data/dumps_ml80), written blind at session 46's start and
# scored with its starting code (472da75) and its final code, never studied: 0.984 (P 0.984, R 0.984) with both,
# no page below 0.2.
OWN_ML80_DUMPS = (0.983, 0.0)
ML80_DUMPS = ROOT / "tests" / "data" / "dumps_ml80"
# The eighty-first (34 pages, 29 languages; tests/data/dumps_ml81), written blind at session 46's end and scored
# once at session 47's start with its starting code (968a541), before any change: 0.967 (P 0.965, R 0.970), no page
# of 34 below 0.2. Session 47 (helper s47-dumps81, tests/test_dumps_ml81_round.py: furniture prose under the text in
# many languages, the opinion column's disclaimer, an interview's "edited for length and clarity" note, the paywall's
# "read on as a subscriber"): 0.967 -> 0.9744 (P 0.980, R 0.970), no page below 0.2.
OWN_ML81_DUMPS = (0.974, 0.0)
ML81_DUMPS = ROOT / "tests" / "data" / "dumps_ml81"
# The eighty-second (34 pages, 29 languages; tests/data/dumps_ml82), written blind at session 47's start and
# scored with its starting code (968a541) and its final code, never studied: 0.952 (P 0.975, R 0.929) with both,
# no page below 0.2.
OWN_ML82_DUMPS = (0.951, 0.0)
ML82_DUMPS = ROOT / "tests" / "data" / "dumps_ml82"
# The eighty-third (34 pages, 29 languages; tests/data/dumps_ml83), written blind at session 47's end and scored
# once at session 48's start with its starting code (6e2f746), before any change: 0.964 (P 0.951, R 0.978), no page
# of 34 below 0.2. Studied in session 48 (helper s48-dumps83, tests/test_dumps_ml83_round.py: a share bar on one line
# between paragraphs, a furniture box's buttons under its cue (an audio player, a paywall), the print issue's note in
# more languages, the Yoruba and Igbo "read this too", a heading over rows of figures closing the article): 0.9642 ->
# 1.0 (P 1.0, R 1.0), none below 0.2.
OWN_ML83_DUMPS = (1.0, 0.0)
ML83_DUMPS = ROOT / "tests" / "data" / "dumps_ml83"
# The eighty-fourth (34 pages, 29 languages; tests/data/dumps_ml84), written blind at session 48's start and
# scored with its starting code (6e2f746) and its final code, never studied: 0.943 (P 0.985, R 0.904) with both,
# no page below 0.2.
OWN_ML84_DUMPS = (0.942, 0.0)
ML84_DUMPS = ROOT / "tests" / "data" / "dumps_ml84"
# The eighty-fifth (34 pages, 29 languages; tests/data/dumps_ml85), written blind at session 48's end and scored
# once at session 49's start with its starting code (dfa7604), before any change: 0.9558 (P 0.958, R 0.953), no page
# of 34 below 0.2. Studied in session 49 (helper s49-dumps85, tests/test_dumps_ml85_round.py: a match report's result
# box opened by its score line, a gallery's pager and button under its last slide, "read also" in Amharic and
# Tajik, the writer's box heading in 36 more languages, the Nordic print-issue note): 0.9558 -> 0.9870 (P 0.990,
# R 0.984), none below 0.2.
OWN_ML85_DUMPS = (0.987, 0.0)
ML85_DUMPS = ROOT / "tests" / "data" / "dumps_ml85"
# The eighty-sixth (34 pages, 29 languages; tests/data/dumps_ml86), written blind at session 49's start and
# scored with its starting code (6426fb7) and its final code, never studied: 0.970 (P 0.975, R 0.965) with both,
# no page below 0.2.
OWN_ML86_DUMPS = (0.969, 0.0)
ML86_DUMPS = ROOT / "tests" / "data" / "dumps_ml86"
# Token F1 (the benchmark's bag-of-words metric) on the dev halves of the HTML pages. aeb 0.9807 -> 0.9823 in
# session 8 (html8: an embedded post quoted by the article is no share widget).
# Session 43 (htmlpublic round, tests/test_htmlpublic43_round.py: a closing line inviting the reader to follow an
# account or address is furniture): aeb 0.98682 -> 0.98723 on the whole set, pinned at 0.987.
# Session 44 (htmlpublic round, tests/test_htmlpublic44_round.py: a line of rel="tag" links is a tag list, an
# Iberian "22 de janeiro de 2018" date line under the headline a stamp; one aeb page, P 0.635 -> 0.871): aeb
# 0.98723 -> 0.98881, pinned at 0.988. Session 45 (all merged): aeb 0.988811 -> 0.988884; readability (0.976755 at
# the session's start and end) had stood above its floor: raised to 0.976.
# Session 49 (s49-htmlpublic: a subscription pitch closing the text, "Subscribe to …'s newsletters"): aeb 0.988953 ->
# 0.989509, its floor 0.988 -> 0.989.
HTML_TOKEN_F1_FLOORS = {"aeb": 0.989, "readability": 0.976}
# Held-out style HTML sets (the rules were not tuned on their pages; dragnet and l3s are evaluation-only,
# never trained on): token F1, and the share of pages under F1 0.2 (whole pages gone wrong) as a ceiling.
# Measured 0.967 / 0.900 / 0.970 / 0.933 and 0 % / 3.6 % / 0.2 % / 1.3 % (session 5: comment threads, the
# second opinion on short articles); session 7 (docs/html.md): 0.967 / 0.908 / 0.971 / 0.938 and
# 0 % / 1.8 % / 0.2 % / 1.0 %; session 8 (html8: text between two parts of the article, a post among posts of
# its class is no link box): cleaneval-dev 0.910 -> 0.9125, the others unchanged.
# Session 43 (the same closing pointers): cleanportal 0.96808 -> 0.96813, pinned at 0.968.
# Session 44 (all merged, errors unread): l3s 0.974536 -> 0.974706, its floor raised from 0.968 to where it stands.
# Session 45 (s45-htmlpublic: a blog post's permalink footer inside the post's element): cleaneval-dev 0.912644 ->
# 0.913387, its floor raised from 0.908 to where it stands; dragnet and l3s rose in the fourth decimal. dragnet
# (0.938721 -> 0.938736 in session 45, all merged) stood above its floor: raised to 0.938.
# Session 48 (s48-htmlpublic: a date stamp closing the text, "This page was last updated …", "Updated at 1:23 p.m.",
# "Published 3 March 2024"): l3s 0.974855 -> 0.975050 (13 pages up in precision), its floor raised to 0.975;
# cleaneval-dev 0.913387 -> 0.913586 and dragnet 0.938736 -> 0.938767 stay at their floors at three decimals.
# Session 49 (s49-htmlpublic: closing subscription pitches, and a forum poster's profile fields inside the thread):
# cleaneval-dev 0.913586 -> 0.914100, its floor 0.913 -> 0.914; dragnet 0.938741 -> 0.938810 and l3s 0.975186 ->
# 0.975248 stay at their floors at three decimals.
HELD_OUT_HTML_F1_FLOORS = {"cleanportal": 0.968, "cleaneval-dev": 0.914, "l3s": 0.975, "dragnet": 0.938}
HELD_OUT_HTML_LOW_CEILINGS = {"cleanportal": 0.01, "cleaneval-dev": 0.02, "l3s": 0.01, "dragnet": 0.015}


@pytest.fixture(scope="module")
def seed_scores():  # type: ignore[no-untyped-def]
    return evaluate_gold(GOLD, SEEDS)


def test_every_seed_line_is_labelled_as_the_gold_file_says(seed_scores) -> None:  # type: ignore[no-untyped-def]
    errors = {f.name: f.errors for f in seed_scores.files if f.errors}
    assert errors == {}
    assert seed_scores.total.accuracy == 1.0


def test_every_required_attribution_is_found_and_nothing_spurious(seed_scores) -> None:  # type: ignore[no-untyped-def]
    for f in seed_scores.files:
        assert f.required_found == f.required, f.name
        assert f.predicted_matched == f.predicted, f.name


def test_titles_and_sites_match_the_gold_file(seed_scores) -> None:  # type: ignore[no-untyped-def]
    assert [f.name for f in seed_scores.files if not f.title_ok] == []
    assert [f.name for f in seed_scores.files if not f.site_ok] == []


@pytest.mark.parametrize("name", sorted(DUMP_F1_FLOORS))
def test_benchmark_dump_body_f1_stays_above_its_floor(name: str) -> None:
    scores = evaluate_dataset(DUMPS / name)
    assert scores.counts.f1 >= DUMP_F1_FLOORS[name]


@pytest.mark.parametrize(
    ("directory", "floors"),
    [
        (ML_DUMPS, OWN_ML_DUMPS),
        (ML2_DUMPS, OWN_ML2_DUMPS),
        (ML3_DUMPS, OWN_ML3_DUMPS),
        (ML4_DUMPS, OWN_ML4_DUMPS),
        (ML5_DUMPS, OWN_ML5_DUMPS),
        (ML6_DUMPS, OWN_ML6_DUMPS),
        (ML7_DUMPS, OWN_ML7_DUMPS),
        (ML8_DUMPS, OWN_ML8_DUMPS),
        (ML9_DUMPS, OWN_ML9_DUMPS),
        (ML10_DUMPS, OWN_ML10_DUMPS),
        (ML11_DUMPS, OWN_ML11_DUMPS),
        (ML12_DUMPS, OWN_ML12_DUMPS),
        (ML13_DUMPS, OWN_ML13_DUMPS),
        (ML14_DUMPS, OWN_ML14_DUMPS),
        (ML15_DUMPS, OWN_ML15_DUMPS),
        (ML16_DUMPS, OWN_ML16_DUMPS),
        (ML17_DUMPS, OWN_ML17_DUMPS),
        (ML18_DUMPS, OWN_ML18_DUMPS),
        (ML19_DUMPS, OWN_ML19_DUMPS),
        (ML20_DUMPS, OWN_ML20_DUMPS),
        (ML21_DUMPS, OWN_ML21_DUMPS),
        (ML22_DUMPS, OWN_ML22_DUMPS),
        (ML23_DUMPS, OWN_ML23_DUMPS),
        (ML24_DUMPS, OWN_ML24_DUMPS),
        (ML25_DUMPS, OWN_ML25_DUMPS),
        (ML26_DUMPS, OWN_ML26_DUMPS),
        (ML27_DUMPS, OWN_ML27_DUMPS),
        (ML28_DUMPS, OWN_ML28_DUMPS),
        (ML29_DUMPS, OWN_ML29_DUMPS),
        (ML30_DUMPS, OWN_ML30_DUMPS),
        (ML31_DUMPS, OWN_ML31_DUMPS),
        (ML32_DUMPS, OWN_ML32_DUMPS),
        (ML33_DUMPS, OWN_ML33_DUMPS),
        (ML34_DUMPS, OWN_ML34_DUMPS),
        (ML35_DUMPS, OWN_ML35_DUMPS),
        (ML36_DUMPS, OWN_ML36_DUMPS),
        (ML37_DUMPS, OWN_ML37_DUMPS),
        (ML38_DUMPS, OWN_ML38_DUMPS),
        (ML39_DUMPS, OWN_ML39_DUMPS),
        (ML40_DUMPS, OWN_ML40_DUMPS),
        (ML41_DUMPS, OWN_ML41_DUMPS),
        (ML42_DUMPS, OWN_ML42_DUMPS),
        (ML43_DUMPS, OWN_ML43_DUMPS),
        (ML44_DUMPS, OWN_ML44_DUMPS),
        (ML45_DUMPS, OWN_ML45_DUMPS),
        (ML46_DUMPS, OWN_ML46_DUMPS),
        (ML47_DUMPS, OWN_ML47_DUMPS),
        (ML48_DUMPS, OWN_ML48_DUMPS),
        (ML49_DUMPS, OWN_ML49_DUMPS),
        (ML50_DUMPS, OWN_ML50_DUMPS),
        (ML51_DUMPS, OWN_ML51_DUMPS),
        (ML52_DUMPS, OWN_ML52_DUMPS),
        (ML53_DUMPS, OWN_ML53_DUMPS),
        (ML54_DUMPS, OWN_ML54_DUMPS),
        (ML55_DUMPS, OWN_ML55_DUMPS),
        (ML56_DUMPS, OWN_ML56_DUMPS),
        (ML57_DUMPS, OWN_ML57_DUMPS),
        (ML58_DUMPS, OWN_ML58_DUMPS),
        (ML59_DUMPS, OWN_ML59_DUMPS),
        (ML60_DUMPS, OWN_ML60_DUMPS),
        (ML61_DUMPS, OWN_ML61_DUMPS),
        (ML62_DUMPS, OWN_ML62_DUMPS),
        (ML63_DUMPS, OWN_ML63_DUMPS),
        (ML64_DUMPS, OWN_ML64_DUMPS),
        (ML65_DUMPS, OWN_ML65_DUMPS),
        (ML66_DUMPS, OWN_ML66_DUMPS),
        (ML67_DUMPS, OWN_ML67_DUMPS),
        (ML68_DUMPS, OWN_ML68_DUMPS),
        (ML69_DUMPS, OWN_ML69_DUMPS),
        (ML70_DUMPS, OWN_ML70_DUMPS),
        (ML71_DUMPS, OWN_ML71_DUMPS),
        (ML72_DUMPS, OWN_ML72_DUMPS),
        (ML73_DUMPS, OWN_ML73_DUMPS),
        (ML74_DUMPS, OWN_ML74_DUMPS),
        (ML75_DUMPS, OWN_ML75_DUMPS),
        (ML76_DUMPS, OWN_ML76_DUMPS),
        (ML77_DUMPS, OWN_ML77_DUMPS),
        (ML78_DUMPS, OWN_ML78_DUMPS),
        (ML79_DUMPS, OWN_ML79_DUMPS),
        (ML80_DUMPS, OWN_ML80_DUMPS),
        (ML81_DUMPS, OWN_ML81_DUMPS),
        (ML82_DUMPS, OWN_ML82_DUMPS),
        (ML83_DUMPS, OWN_ML83_DUMPS),
        (ML84_DUMPS, OWN_ML84_DUMPS),
        (ML85_DUMPS, OWN_ML85_DUMPS),
        (ML86_DUMPS, OWN_ML86_DUMPS),
    ],
)
def test_own_non_english_dumps_stay_above_their_floor(directory: Path, floors: tuple[float, float]) -> None:
    scores = evaluate_dataset(directory)
    # plain numbers in the asserts: a failed assert's report shows the objects it names (every page's score), and a
    # check set's pages are never read
    f1, low_share = scores.counts.f1, scores.low_share
    assert f1 >= floors[0]
    assert low_share <= floors[1]


@pytest.mark.parametrize("name", sorted(HELDOUT_F1_FLOORS))
def test_held_out_body_f1_stays_above_its_floor(name: str) -> None:
    from tasks.report.heldout import heldout_row

    f1_floor, max_low_share = HELDOUT_F1_FLOORS[name]
    row = heldout_row(DUMPS / name, every=1 if name in TRAINING_SETS else EVAL_ONLY_EVERY)
    assert row.held_out.counts.f1 >= f1_floor
    assert row.held_out.low_share <= max_low_share
    if name in RULES_UNTUNED_F1_FLOORS:  # the shipped default, on pages nobody tuned it for
        rules_floor, rules_low_share = RULES_UNTUNED_F1_FLOORS[name]
        assert row.rules.counts.f1 >= rules_floor
        assert row.rules.low_share <= rules_low_share


@pytest.mark.parametrize("name", sorted(HTML_TOKEN_F1_FLOORS))
def test_html_token_f1_stays_above_its_floor(name: str) -> None:
    scores = evaluate_html_dataset(HTML / name)
    assert scores.as_dict()["token_f1"] >= HTML_TOKEN_F1_FLOORS[name]


@pytest.mark.parametrize("name", sorted(HELD_OUT_HTML_F1_FLOORS))
def test_held_out_style_html_sets_stay_above_their_floors(name: str) -> None:
    scores = evaluate_html_dataset(HTML / name)
    assert scores.f1 >= HELD_OUT_HTML_F1_FLOORS[name]
    assert scores.low_share <= HELD_OUT_HTML_LOW_CEILINGS[name]


# Our own blind non-English HTML pages (tests/data/html_ml: 24 pages, 19 languages, written by a helper that had
# not read the extraction code), scored once before any change: token F1 0.974 (P 0.956, R 0.994), no page below
# 0.2; trafilatura 0.847 on the same pages. One generator wrote them all, so they share a skeleton: a weak proxy.
# Session 16's html_ml8 fixes: 0.9758 -> 0.9817 (kickers above the headline, captions holding their photo credit).
# Session 18's html_ml12 fixes: 0.9817 -> 0.9836 (a caption naming its picture's source, "Quelle: …").
OWN_HTML_ML = (0.989, 0.0)  # session 22 (heldout32/html_ml20 round, errors unread): 0.9836 -> 0.9899


# The second (tests/data/html_ml2: 32 pages, 28 languages, each written by hand as its own site by a helper that read
# nothing of the project), written blind at session 12's start and scored at its end, never studied: token F1 0.941
# (P 0.911, R 0.972), no page below 0.2; 0.937 with the session's starting code; trafilatura 0.887 (favor_precision)
# and 0.880 (default) on the same pages. Session 15's html_ml6 fixes (errors unread): 0.9406 -> 0.9452; session 16's
# html_ml8 fixes: 0.9452 -> 0.9459.
# session 17 (html_ml10's leads, errors unread): 0.946 -> 0.949; session 18 (html_ml12's fixes): 0.949 -> 0.950;
# session 19 (html_ml14's fixes, errors unread): 0.950 -> 0.954
# session 22 (heldout32/html_ml20 round, errors unread): 0.9558 -> 0.9590
# session 34 (errors unread): 0.960 -> 0.961
OWN_HTML_ML2 = (0.962, 0.0)  # session 20 (errors unread): 0.954 -> 0.955; session 25: 0.960; s45: 0.96287
# The third (tests/data/html_ml3: 32 pages, 28 languages, each its own site, the same brief), written blind at session
# 13's start and scored at its end, never studied: token F1 0.965 (P 0.969, R 0.961), no page below 0.2, the same with
# the session's starting code; trafilatura 0.919 (favor_precision) and 0.907 (default) on the same pages.
# Session 14's html_ml4 fixes (errors unread): 0.9647 -> 0.9660; session 15's html_ml6 fixes: 0.9660 -> 0.9750;
# session 16's html_ml8 fixes: 0.9756 -> 0.9776.
# session 17 (errors unread): 0.978 -> 0.980; session 18 (html_ml12's fixes): 0.980 -> 0.985
OWN_HTML_ML3 = (0.987, 0.0)  # session 22 (heldout32/html_ml20 round, errors unread): 0.9849 -> 0.9860; s32: 0.9870
# The fourth (tests/data/html_ml4: 32 pages, 28 languages, each its own site, the same brief), written blind at session
# 13's end and scored once at session 14's start, before any change: token F1 0.965 (P 0.966, R 0.963), no page below
# 0.2; trafilatura 0.913 (favor_precision) and 0.910 (default) on the same pages. Studied in session 14: 0.9646 ->
# 0.9653 (a newsletter box named in the site's language); its leads under the headline (12 pages) stayed out, aeb's
# gold leaving the dek out (docs/html.md, session 14). Session 15's html_ml6 fixes: 0.9653 -> 0.9750 (a lead named so in
# the site's language, tasks/html/standfirst.py; the English display names, dek or subtitle, still out). Session 16's
# html_ml8 fixes: 0.9750 -> 0.9752. Session 18's html_ml12 fixes: 0.9828 -> 0.9846 (the lead's English display names
# right under the headline on a non-English page). Session 19's html_ml14 fixes: 0.9846 -> 0.9868.
OWN_HTML_ML4 = (0.992, 0.0)  # session 22 (heldout32/html_ml20 round, errors unread): 0.9878 -> 0.9896
# session 43 (html_ml62 round: a page's captions alike once one credits its picture): 0.99179 -> 0.99227 (nl-01)
# session 39 (html_ml54 round: an info line parted by its markup): 0.99041 -> 0.99114
# The fifth (tests/data/html_ml5: 32 pages, 28 languages, each its own site, the same brief), written blind at session
# 14's start and scored at its end, never studied: token F1 0.970 (P 0.967, R 0.973), no page below 0.2, the same with
# the session's starting code; trafilatura 0.922 (favor_precision) and 0.921 (default) on the same pages.
# Session 15's html_ml6 fixes (errors unread): 0.9699 -> 0.9761; session 16's html_ml8 fixes: 0.9761 -> 0.9787.
# Session 19's html_ml14 fixes (errors unread): 0.983 -> 0.984 (an info line of fields under the headline).
# session 22 (heldout32/html_ml20 round, errors unread): 0.9855 -> 0.9866
# session 34 (errors unread): 0.988 -> 0.991
# session 42 (html_ml60 round, errors unread): 0.99222
OWN_HTML_ML5 = (0.992, 0.0)  # session 17 (errors unread): 0.979 -> 0.983; session 21: 0.985; session 26: 0.988
# The sixth (tests/data/html_ml6: 32 pages, 28 languages, each its own site, the same brief), written blind at session
# 14's end and scored once at session 15's start, before any change: token F1 0.967 (P 0.971, R 0.962), no page below
# 0.2; trafilatura 0.936 (favor_precision) and 0.933 (default), jusText 0.803 on the same pages. Studied in session 15:
# 0.967 -> 0.983 (P 0.974, R 0.991): the lead under the headline named so in the site's language (9 pages), a pull
# quote named so and repeating the text (tests/test_heldout18_round.py). Session 16's html_ml8 fixes: 0.9826 -> 0.9837.
# Session 18's html_ml12 fixes: 0.9852 -> 0.9862.
# Session 44 (html_ml64 round: a deck long in characters, tr-01): 0.98980 -> 0.99084.
OWN_HTML_ML6 = (0.990, 0.0)  # session 22 (heldout32/html_ml20 round, errors unread): 0.9882 -> 0.9889
# The seventh (tests/data/html_ml7: 32 pages, 28 languages, each its own site, the same brief), written blind at session
# 15's start and scored at its end, never studied: token F1 0.974 (P 0.966, R 0.983), no page below 0.2 (0.970 with
# the session's starting code); trafilatura 0.939 (favor_precision) and 0.932 (default), jusText 0.731. Session 16's
# html_ml8 fixes (errors unread): 0.9744 -> 0.9764.
# Session 19's html_ml14 fixes (errors unread): 0.980 -> 0.981.
# session 22 (heldout32/html_ml20 round, errors unread): 0.9855 -> 0.9861
# session 38 (html, errors unread): 0.987 -> 0.988 (the floor under the rounded total)
OWN_HTML_ML7 = (0.987, 0.0)  # session 17 (errors unread): 0.976 -> 0.978; session 18: 0.980; session 21: 0.985
# The eighth (tests/data/html_ml8: 32 pages, 28 languages, each its own site, the same brief), written blind at session
# 15's end and scored once at session 16's start, before any change: token F1 0.967 (P 0.956, R 0.979), no page below
# 0.2 (cs-01 0.865). Studied in session 16 (tests/test_heldout20_round.py): 0.9673 -> 0.9800 (P 0.9695, R 0.9906):
# captions holding their photo credit, leads named in the site's language (uvod, opener, subtitol), furniture phrases
# closing an article, Joomla's article information, a kicker above the headline, subheading boxes, clock words.
# Session 18's html_ml12 fixes: 0.9822 -> 0.9854 (the lead's English display names on a non-English page).
# Session 19's html_ml14 fixes: 0.9854 -> 0.9878 (the next story of an infinite scroll).
OWN_HTML_ML8 = (0.987, 0.0)
# The ninth (tests/data/html_ml9: 32 pages, 28 languages, each its own site, the same brief), written blind at session
# 16's start and scored with its starting code (6d4f841) and its current code, never studied: token F1 0.975 (P 0.963,
# R 0.987), no page below 0.2, with both; trafilatura 0.939 (favor_precision) and 0.931 (default), jusText 0.778.
# session 22 (heldout32/html_ml20 round, errors unread): 0.9823 -> 0.9873
# session 30 (errors unread): 0.9886
# session 34 (errors unread): 0.989 -> 0.991
# session 46 (html_ml68/heldout80 round: a picture's caption under it in a table row or box, errors unread): 0.99214
# -> 0.99252
OWN_HTML_ML9 = (0.992, 0.0)  # session 17 (errors unread): 0.976 -> 0.980; session 20: 0.981; session 21: 0.982
# The tenth (tests/data/html_ml10: 32 pages, 28 languages, each its own site, the same brief), written blind at session
# 16's end and scored once at session 17's start, before any change: token F1 0.965, no page below 0.2; trafilatura
# 0.913 (favor_precision) and 0.909 (default), jusText 0.736. Studied in session 17 (tests/test_html_ml10_round.py):
# 0.965 -> 0.974 (P 0.956, R 0.993): a sentence deck right under the headline on a non-English page, a pull quote that
# shortens what the text says and its speaker, the Chinese "更新" after a date's time, a Taiwanese site's reprint
# notice and editor's note.
# The eleventh (tests/data/html_ml11: 32 pages, 26 languages, each its own site, the same brief), written blind at
# session 17's start and scored with its starting code (055e809) and its final code, never studied: token F1 0.982 ->
# 0.983, no page below 0.2; trafilatura 0.937 (favor_precision) and 0.931 (default), jusText 0.729. Session 18's
# html_ml12 fixes (errors unread): 0.983 -> 0.985. Session 19's html_ml14 fixes (errors unread): 0.985 -> 0.987.
# session 23 (errors unread): 0.9887 -> 0.9899
# session 30 (errors unread): 0.9909
# session 45 (html_ml66 round, errors unread): 0.99199
# session 48 (the merged rounds, errors unread): 0.992 -> 0.99269
OWN_HTML_ML11 = (0.992, 0.0)  # session 22 (heldout32/html_ml20 round, errors unread): 0.9868 -> 0.9887
# session 22 (heldout32/html_ml20 round, errors unread): 0.9791 -> 0.9799
OWN_HTML_ML10 = (0.979, 0.0)  # session 19 (html_ml14's fixes): 0.9743 -> 0.9763
# The twelfth (tests/data/html_ml12: 32 pages, 26 languages, each its own site, the same brief), written blind at
# session 17's end and scored once at session 18's start, before any change: token F1 0.983, no page below 0.2;
# trafilatura 0.918 (favor_precision) and 0.913 (default), jusText 0.727. Studied in session 18
# (tests/test_html_ml12_round.py): 0.983 -> 0.989: DataLife Engine's notice to guests, a Korean caption's credit after
# a slash, a caption naming its picture's source, a short pull quote, tagDiv's quote box, Russian "anons"/Bitrix
# "preview" leads, the lead's English display names ("subheading") right under the headline on a non-English page.
OWN_HTML_ML12 = (0.993, 0.0)  # session 22 (heldout32/html_ml20 round, errors unread): 0.9911 -> 0.9927
# session 43 (html_ml62 round: a page's captions alike once one credits its picture): 0.99268 -> 0.99304 (be-01)
# The thirteenth (tests/data/html_ml13: 32 pages, 26 languages, each its own site, the same brief), written blind at
# session 18's start and scored with its starting code (91fd96c) and its final code, never studied: token F1 0.980 ->
# 0.982, no page below 0.2; trafilatura 0.935 (favor_precision) and 0.916 (default), jusText 0.827. Session 19's
# html_ml14 fixes (errors unread): 0.982 -> 0.983.
# session 22 (heldout32/html_ml20 round, errors unread): 0.9842 -> 0.9850
OWN_HTML_ML13 = (0.985, 0.0)  # session 20 (errors unread): 0.983 -> 0.984
# The fourteenth (tests/data/html_ml14: 32 pages, 26 languages, each its own site, the same brief), written blind at
# session 18's end and scored once at session 19's start, before any change: token F1 0.991, no page below 0.2;
# trafilatura 0.925 (favor_precision) and 0.911 (default), jusText 0.702. Studied (session 19,
# tests/test_html_ml14_round.py): 0.991 -> 0.997: the next story of an infinite scroll, a story's sign-off paragraph
# (initials in brackets, "Avec APS"), tagDiv's "- Advertisment -", Drupal's Views listing, an info line of short
# fields parted by bars around a date or a time under the headline.
OWN_HTML_ML14 = (0.997, 0.0)  # session 22 (heldout32/html_ml20 round, errors unread): 0.9967 -> 0.9975
# The fifteenth (tests/data/html_ml15: 32 pages, 26 languages, each its own site, the same brief), written blind at
# session 19's start and scored with its starting code (9f1fb9f) and its final code, never studied: token F1 0.977 ->
# 0.981, no page below 0.2; trafilatura 0.931 (favor_precision) and 0.924 (default), jusText 0.756.
# session 22 (heldout32/html_ml20 round, errors unread): 0.9843 -> 0.9853
# session 23 (errors unread): 0.985 -> 0.9861
# session 42 (html_ml60 round, errors unread): 0.98807
OWN_HTML_ML15 = (0.988, 0.0)  # session 21 (html_ml18 round, errors unread): 0.982 -> 0.984; session 25: 0.987
# The sixteenth (tests/data/html_ml16: 32 pages, 25 languages, each its own site, the same brief), written blind at
# session 19's end and scored once at session 20's start, before any change: token F1 0.987, no page below 0.2;
# trafilatura 0.948 (favor_precision) and 0.943 (default), jusText 0.771. Studied (session 20,
# tests/test_html_ml16_round.py): 0.987 -> 0.996 (fitted: byline elements inside the article, a picture's description
# with its credit, a CJK photographer's bracket before the day, WordPress's and Ghost's large quote styles and a pull
# quote's speaker in its wrapper, an embedded Telegram post, a bold subheading in a <div> of its own).
OWN_HTML_ML16 = (0.99, 0.0)
# The seventeenth (tests/data/html_ml17: 32 pages, 26 languages, each its own site, the same brief), written blind at
# session 20's start and scored with its starting code (8be526b) and its final code, never studied: token F1 0.988
# with both, no page below 0.2; trafilatura 0.939 (favor_precision) and 0.942 (default), jusText 0.812.
# session 34 (errors unread): 0.990 -> 0.991
OWN_HTML_ML17 = (0.991, 0.0)  # session 22 (heldout32/html_ml20 round, errors unread): 0.9890 -> 0.9895
# The eighteenth (tests/data/html_ml18: 32 pages, 26 languages, each its own site, the same brief), written blind at
# session 20's end and scored once at session 21's start (91ca236), before any change: token F1 0.980 (P 0.965,
# R 0.996), no page below 0.2; trafilatura 0.926 (favor_precision) and 0.920 (default), jusText 0.732. Studied in
# session 21 (tests/test_html_ml18_round.py): 0.980 -> 0.987 (P 0.965 -> 0.979, R 0.996), fitted (a breadcrumb
# opening the article's element, a date line with its readers' count, a reporter's element beside a labelled date,
# AMP and gallery and figure captions with their credits, a teaser card inside the article, a column of teaser cards
# beside it, an Indonesian Google News prompt).
# The nineteenth (tests/data/html_ml19: 32 pages, 26 languages, each its own site, the same brief), written blind at
# session 21's start and scored with its starting code (91ca236) and its final code, never studied: token F1 0.977 ->
# 0.978, no page below 0.2; trafilatura 0.934 (favor_precision) and 0.929 (default), jusText 0.736.
# session 23 (errors unread): 0.9802 -> 0.9829; session 33 (heldout54/html_ml42 round, errors unread): -> 0.9848
# session 34 (errors unread): 0.985 -> 0.988
# session 42 (html_ml60 round, errors unread): 0.98901
# session 44 (html_ml64 round, errors unread): 0.99011
# session 46 (html_ml68/heldout80 round, errors unread): 0.99011 -> 0.99113
OWN_HTML_ML19 = (0.991, 0.0)  # session 22 (heldout32/html_ml20 round, errors unread): 0.9779 -> 0.9802
# The twenty-first (tests/data/html_ml21: 32 pages, 26 languages, each its own site, the same brief), written blind
# at session 22's start and scored with its starting code (79f0076) and its final code, never studied: token F1
# 0.985 with both (P 0.971 -> 0.972, R 0.999), no page below 0.2; trafilatura 0.936 (favor_precision) and 0.934
# (default), jusText 0.658.
# session 34 (errors unread): 0.986 -> 0.987
# session 38 (html, errors unread): 0.987 -> 0.988 (the floor under the rounded total)
# session 42 (html_ml60 round, errors unread): 0.98851; session 47 (the session's rounds merged, errors unread):
# 0.98893 -> 0.98954
OWN_HTML_ML21 = (0.989, 0.0)
# The twenty-third (tests/data/html_ml23: 32 pages, 26 languages, each its own site, the same brief), written blind
# at session 23's start and scored with its starting code (aacdcbb) and its final code, never studied: token F1
# 0.988 with both (P 0.979, R 0.998), no page below 0.2; trafilatura 0.916 (favor_precision) and 0.911 (default),
# jusText 0.770.
# session 34 (errors unread): 0.990 -> 0.991
# session 48 (the merged rounds, errors unread): 0.991 -> 0.99261
OWN_HTML_ML23 = (0.992, 0.0)  # session 25 (errors unread): 0.988 -> 0.989
# The twenty-fifth (tests/data/html_ml25: 32 pages, 26 languages, each its own site, the same brief), written blind
# at session 24's start and scored with its starting code (569442c) and its final code, never studied: token F1
# 0.993 with both (P 0.986, R 1.000), no page below 0.2; trafilatura 0.941 (favor_precision) and 0.925 (default),
# jusText 0.776.
OWN_HTML_ML25 = (0.993, 0.0)  # session 26 (errors unread): 0.993 -> 0.994
# The twenty-seventh (tests/data/html_ml27: 32 pages, 26 languages, each its own site, the same brief), written blind
# at session 25's start and scored with its starting code (b154e82) and its final code, never studied: token F1
# 0.967 with both (P 0.971, R 0.964), one page of 32 below 0.2; trafilatura 0.902 (favor_precision) and 0.912 (default),
# jusText 0.687.
OWN_HTML_ML27 = (0.969, 0.04)  # session 26 (errors unread): 0.967 -> 0.968; session 27: 0.969
# The twenty-ninth (tests/data/html_ml29: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 26's start and scored with its starting code (76b9649) and its final code, never studied: token F1
# 0.987 -> 0.988 (P 0.977 -> 0.978, R 0.998), no page below 0.2; trafilatura 0.917 (favor_precision) and 0.895
# (default), jusText 0.627.
# session 34 (errors unread): 0.988 -> 0.990
OWN_HTML_ML29 = (0.989, 0.0)
# The thirty-first (tests/data/html_ml31: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 27's start and scored with its starting code (7c337e3) and its final code, never studied: token F1
# 0.986 with both (P 0.977, R 0.996), no page below 0.2; trafilatura 0.918 (favor_precision) and 0.934 (default),
# jusText 0.688.
# Session 31 (errors unread): 0.986 -> 0.987.
OWN_HTML_ML31 = (0.987, 0.0)
# The thirty-third (tests/data/html_ml33: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 28's start and scored with its starting code (04844a2) and its final code, never studied: token F1
# 0.988 with both (P 0.976, R 1.000), no page below 0.2; trafilatura 0.936 (favor_precision) and 0.929 (default),
# jusText 0.658. Session 36 (html_ml48 round, errors unread): 0.988 -> 0.9898.
OWN_HTML_ML33 = (0.991, 0.0)  # session 42 (html_ml60 round, errors unread): 0.99166
OWN_HTML_ML18 = (0.987, 0.0)
# The twentieth (tests/data/html_ml20: 32 pages, 25 languages, each its own site, the same brief), written blind at
# session 21's end and scored once at session 22's start (79f0076), before any change: token F1 0.979 (P 0.962,
# R 0.996), no page below 0.2; trafilatura 0.938 (favor_precision) and 0.935 (default), jusText 0.679.
# Studied in session 22 (tests/test_html_ml20_round.py): 0.979 -> 0.992 (P 0.962 -> 0.987, R 0.996 -> 0.998).
OWN_HTML_ML20 = (0.992, 0.0)
# The twenty-second (tests/data/html_ml22: 32 pages, 26 languages, each its own site, the same brief), written blind
# at session 22's end and scored once at session 23's start (aacdcbb), before any change: token F1 0.985 (P 0.971,
# R 1.000), no page below 0.2; trafilatura 0.942 (favor_precision) and 0.932 (default), jusText 0.754.
# Studied in session 23 (tests/test_html_ml22_round.py): 0.985 -> 0.993 (P 0.971 -> 0.987, R 1.000).
OWN_HTML_ML22 = (0.993, 0.0)
# The twenty-fourth (tests/data/html_ml24: 32 pages, 26 languages, each its own site, the same brief), written blind
# at session 23's end and scored once at session 24's start (569442c), before any change: token F1 0.988 (P 0.981,
# R 0.996), no page below 0.2; trafilatura 0.942 (favor_precision) and 0.939 (default), jusText 0.744.
# Studied in session 24 (tests/test_html_ml24_round.py): 0.988 -> 0.989 (P 0.981 -> 0.983, R 0.996).
# Session 37 (html_ml50's live blog entry time named by its class): 0.9901 -> 0.9910.
OWN_HTML_ML24 = (0.99, 0.0)
# The twenty-sixth (tests/data/html_ml26: 32 pages, 26 languages, each its own site, the same brief), written blind
# at session 24's end and scored once at session 25's start (b154e82), before any change: token F1 0.981 (P 0.980,
# R 0.982), no page below 0.2; trafilatura 0.924 (favor_precision) and 0.909 (default), jusText 0.726.
# Studied in session 25 (tests/test_html_ml26_round.py): 0.981 -> 0.984 (P 0.980, R 0.982 -> 0.988).
OWN_HTML_ML26 = (0.984, 0.0)
# The twenty-eighth (tests/data/html_ml28: 32 pages, 26 languages, each its own site, the same brief), written blind
# at session 25's end and scored once at session 26's start (76b9649), before any change: token F1 0.983 (P 0.978,
# R 0.989), no page below 0.2; trafilatura 0.941 (favor_precision) and 0.935 (default), jusText 0.659.
# Studied in session 26 (tests/test_html_ml28_round.py): 0.983 -> 0.986 (P 0.978 -> 0.982, R 0.989).
# Session 31 (html_ml38's lead marked as the page's description on a non-English page): 0.9856 -> 0.9879.
# Session 37 (html_ml50's live blog entry time named by its class): 0.9879 -> 0.9887.
# Session 43 (html_ml62 round: a page's captions alike once one credits its picture): 0.98867 -> 0.98921 (lv-01).
OWN_HTML_ML28 = (0.989, 0.0)
# The thirtieth (tests/data/html_ml30: 32 pages, 27 languages, each its own site, the same brief), written blind at
# session 26's end and scored once at session 27's start (7c337e3), before any change: token F1 0.991 (P 0.985,
# R 0.997), no page below 0.2; trafilatura 0.942 (favor_precision) and 0.934 (default), jusText 0.850.
# Studied in session 27 (tests/test_html_ml30_round.py: a Chinese caption's credit after a full stop, a quote box with
# its speaker inside, a Spanish newsletter prompt): 0.991 -> 0.9935 (P 0.985 -> 0.990, R 0.997).
OWN_HTML_ML30 = (0.993, 0.0)
# The thirty-second (tests/data/html_ml32: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 27's end and scored once at session 28's start (04844a2), before any change: token F1 0.991 (P 0.983,
# R 0.998), no page below 0.2; trafilatura 0.932 (favor_precision) and 0.925 (default), jusText 0.659.
# Studied in session 28 (tests/test_html_ml32_round.py: a byline after an info bar's place, an Arabic subheading
# opening with the word for "books" no byline): 0.9906 -> 0.9913 (P 0.983 -> 0.984, R 0.998).
OWN_HTML_ML32 = (0.991, 0.0)
# The thirty-fourth (tests/data/html_ml34: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 28's end and scored once at session 29's start (80631ac), before any change: token F1 0.993 (P 0.988,
# R 0.998), no page below 0.2; trafilatura 0.932, jusText 0.663.
# Studied in session 29 (tests/test_html_ml34_round.py: a pull quote both named and set in quote marks that shortens a
# sentence of the text in other inflections): 0.9931 -> 0.9935 (P 0.988 -> 0.989, R 0.998). Left: embedded tweets on
# four pages (aeb's gold keeps them), an English deck.
OWN_HTML_ML34 = (0.993, 0.0)
# The thirty-fifth (tests/data/html_ml35: 32 pages, 27 languages, each its own site, the same brief), written blind at
# session 29's start and scored with its starting code (80631ac) and its final code, never studied: token F1 0.991 (P
# 0.982, R 1.000) with the starting code, 0.992 (P 0.983, R 1.000) with the final code, no page below 0.2; trafilatura
# 0.922, jusText 0.619.
OWN_HTML_ML35 = (0.992, 0.0)  # session 33 (errors unread): 0.992 -> 0.993
# The thirty-sixth (tests/data/html_ml36: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 29's end and scored once at session 30's start (c692429), before any change: token F1 0.991 (P 0.982,
# R 1.000), no page below 0.2; trafilatura 0.928, jusText 0.630.
# Studied in session 30 (tests/test_html_ml36_round.py: an info line in a block of an old site's layout table, an info
# line whose date field says its clock time with a word, a Korean caption closed by its supplier on a slash, a
# quotation in marks outside a <blockquote> repeating an answer word for word): 0.9908 -> 0.9945 (P 0.982 -> 0.989,
# R 1.000). Left: embedded tweets on two pages (aeb's gold keeps them), two uncredited captions.
OWN_HTML_ML36 = (0.994, 0.0)
# The thirty-seventh (tests/data/html_ml37: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 30's start and scored with its starting code (c692429) and its final code, never studied: token F1
# 0.980 (P 0.965, R 0.996) with both, no page below 0.2; trafilatura 0.926, jusText 0.682.
# Session 32 (errors unread): 0.980 -> 0.9814; session 35 (html_ml46 round): 0.9849; session 36 (html_ml48): 0.9860
OWN_HTML_ML37 = (0.986, 0.0)
# The thirty-eighth (tests/data/html_ml38: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 30's end and scored once at session 31's start (5bf1abc), before any change: token F1 0.987 (P 0.981,
# R 0.993), no page below 0.2; trafilatura 0.954, jusText 0.738. Studied in session 31 (tests/test_html_ml38_round.py):
# 0.9869 -> 0.9919 (P 0.986, R 0.998): a lead marked as the page's description on a non-English page, the prompt to
# follow the site on Google News, a starred sign-off naming a press office, Lao and Igbo source lines, a quote block
# named "zitat" repeating the text.
OWN_HTML_ML38 = (0.991, 0.0)
# The thirty-ninth (tests/data/html_ml39: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 31's start and scored with its starting code (5bf1abc) and its final code, never studied: token F1
# 0.991 (P 0.986, R 0.996) with both, no page below 0.2; trafilatura 0.940, jusText 0.711.
OWN_HTML_ML39 = (0.993, 0.0)  # session 43 (html_ml62 and public-page rounds, errors unread): 0.99361
# The fortieth (tests/data/html_ml40: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 31's end and scored once at session 32's start (ef40aca), before any change: token F1 0.989 (P 0.982,
# R 0.997), no page below 0.2; trafilatura 0.922, jusText 0.699. Studied in session 32 (tests/test_html_ml40_round.py):
# 0.9894 -> 0.9905 (P 0.984, R 0.997): DataLife Engine's view and vote counters. Left: an embedded tweet (aeb's gold
# keeps them), captions whose credit names no cue ("Photo L'Écho du Tarn, …", a "cutline" under a picture), a pull
# quote outside a <blockquote> that cuts the speech tag, a reporter's closing "Email …" line, a Telegram post.
# Session 38 (html_ml52 round: the deck named "subtitle" in the site's language): 0.99230 -> 0.99355.
OWN_HTML_ML40 = (0.993, 0.0)
# The forty-first (tests/data/html_ml41: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 32's start and scored with its starting code (ef40aca) and its final code, never studied: token F1
# 0.994 (P 0.988, R 1.000) with both, no page below 0.2; trafilatura 0.945, jusText 0.765.
OWN_HTML_ML41 = (0.993, 0.0)
# The forty-second (tests/data/html_ml42: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 32's end and scored once at session 33's start (f2d04c9), before any change: token F1 0.991 (P 0.988,
# R 0.994), no page below 0.2; trafilatura 0.932, jusText 0.574. Studied in session 33 (tests/test_html_ml42_round.py):
# 0.9913 -> 0.9933 (P 0.989, R 0.998): an old layout's place, date and byline on one line after a dash, a CMS's lead
# field named "teaser" on a non-English page. Left: embedded tweets (aeb's gold keeps them), an English deck (the
# English benchmarks' gold leaves it out), a gallery's link box, a newsletter callout, an info box inside the text.
OWN_HTML_ML42 = (0.993, 0.0)
# The forty-third (tests/data/html_ml43: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 33's start and scored with its starting code (f2d04c9) and its final code, never studied: token F1
# 0.989 (P 0.986, R 0.992) with both, no page below 0.2; trafilatura 0.935, jusText 0.834.
OWN_HTML_ML43 = (0.989, 0.0)  # session 35 (html_ml46 round, errors unread): 0.9896
# The forty-fourth (tests/data/html_ml44: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 33's end and scored once at session 34's start (f6a8e5f), before any change: token F1 0.990 (P 0.988,
# R 0.992), no page below 0.2; trafilatura 0.944, jusText 0.635. Studied in session 34 (tests/test_html_ml44_round.py):
# 0.9900 -> 0.9969 (P 0.995, R 0.998): a Bikram Sambat date line with its weekday and a spaced clock, a Catalan byline
# element named "signatura", a lead named "summary" under the info line and a subheading's two lines parted by <br>
# (non-English pages), a Hebrew pull quote shortening its sentence, a gallery with its own title beside the text, a
# credited caption in an unnamed box under the picture's. Left: embedded tweets (aeb's gold keeps them), an English
# deck (the English benchmarks' gold leaves it out).
OWN_HTML_ML44 = (0.996, 0.0)
# The forty-fifth (tests/data/html_ml45: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 34's start and scored with its starting code (f6a8e5f) and its final code, never studied: token F1
# 0.991 (P 0.986, R 0.996) with both, no page below 0.2; trafilatura 0.927, jusText 0.546.
# session 38 (html, errors unread): 0.991 -> 0.992 (the floor under the rounded total)
OWN_HTML_ML45 = (0.991, 0.0)
# The forty-sixth (tests/data/html_ml46: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 34's end and scored once at session 35's start (be74c54), before any change: token F1 0.985 (P 0.974,
# R 0.997), no page below 0.2; trafilatura 0.910, jusText 0.694. Studied in session 35 (tests/test_html_ml46_round.py:
# comment headings of 30 more languages, a subheading marked by its ARIA role, a Nordic caption named apart from its
# picture's box, a Chinese caption closed by its supplier, a quote-classed blockquote the answer under it repeats):
# 0.9854 -> 0.9942 (P 0.974 -> 0.990, R 0.997 -> 0.998).
OWN_HTML_ML46 = (0.994, 0.0)
# The forty-seventh (tests/data/html_ml47: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 35's start and scored with its starting code (be74c54) and its final code, never studied: token F1
# 0.990 (P 0.987, R 0.992) with both, no page below 0.2; trafilatura 0.933, jusText 0.717.
OWN_HTML_ML47 = (0.989, 0.0)
# The forty-eighth (tests/data/html_ml48: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 35's end and scored once at session 36's start (b4d1825), before any change: token F1 0.990 (P 0.983,
# R 0.997), no page below 0.2; trafilatura 0.927, jusText 0.474. Studied in session 36 (tests/test_html_ml48_round.py:
# the next story an infinite scroll appends, a gallery with its title and photographer's credit, a Chinese caption
# centred under a centred picture, a Spanish deck named "sumario", a data table's cell no credit line): 0.9901 -> 0.9964
# (P 0.983 -> 0.993, R 0.997 -> 1.000).
OWN_HTML_ML48 = (0.996, 0.0)
# The forty-ninth (tests/data/html_ml49: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 36's start and scored with its starting code (b4d1825) and its final code, never studied: token F1
# 0.988 (P 0.978, R 0.998) with both, no page below 0.2; trafilatura 0.952, jusText 0.555.
OWN_HTML_ML49 = (0.987, 0.0)
# The fiftieth (tests/data/html_ml50: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 36's end and scored once at session 37's start (c1484b2), before any change: token F1 0.982 (P 0.967,
# R 0.998), no page below 0.2; trafilatura 0.921, jusText 0.604. Studied in session 37 (tests/test_html_ml50_round.py:
# a Chinese info bar whose spans join with no space and the copyright statement closing the text, a live blog entry's
# time named by its class, a pull quote named by its class ahead of the text it repeats and a CSS module's "pull", a
# caption's credit in a span of its own, a Sinhala source line, the headline JSON-LD shortens): 0.9822 -> 0.9919
# (P 0.967 -> 0.986, R 0.998 -> 0.998).
OWN_HTML_ML50 = (0.991, 0.0)
# The fifty-first (tests/data/html_ml51: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 37's start and scored with its starting code (c1484b2) and its final code, never studied: token F1
# 0.994 (P 0.989, R 1.000) with both, no page below 0.2; trafilatura 0.909, jusText 0.794.
# Session 46 (html_ml68/heldout80 round: a picture's caption under it in a table row or box, errors unread): 0.99434
# -> 0.99512.
OWN_HTML_ML51 = (0.995, 0.0)
# The fifty-second (tests/data/html_ml52: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 37's end and scored once at session 38's start (63f03b2), before any change: token F1 0.992 (P 0.986,
# R 0.997), no page below 0.2; trafilatura 0.904, jusText 0.692. Studied in session 38 (tests/test_html_ml52_round.py:
# a share button in the author's and the date's info line, the deck named "subtitle" in the site's language, a named
# pull quote in quote marks signed by a name alone): 0.99153 -> 0.99459 (P 0.986 -> 0.989, R 0.997 -> 1.000).
OWN_HTML_ML52 = (0.994, 0.0)
# The fifty-third (tests/data/html_ml53: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 38's start and scored with its starting code (63f03b2) and its final code, never studied: token F1
# 0.982 (P 0.966, R 1.000) with both, no page below 0.2; trafilatura 0.933, jusText 0.637.
# Session 46 (html_ml68/heldout80 round, errors unread): 0.98318 -> 0.98355.
OWN_HTML_ML53 = (0.983, 0.0)
# The fifty-fourth (tests/data/html_ml54: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 38's end and scored once at session 39's start (6d50477), before any change: token F1 0.994 (P 0.989,
# R 0.999), no page below 0.2; trafilatura 0.920, jusText 0.651. Studied in session 39 (tests/test_html_ml54_round.py:
# an info line whose fields the markup parts with no bar): 0.99414 -> 0.99514 (P 0.989 -> 0.991, R 0.999).
OWN_HTML_ML54 = (0.995, 0.0)
# The fifty-fifth (tests/data/html_ml55: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 39's start and scored with its starting code (6d50477) and its final code, never studied: token F1
# 0.992 (P 0.988, R 0.995) with both, no page below 0.2; trafilatura 0.928, jusText 0.625.
OWN_HTML_ML55 = (0.991, 0.0)
# The fifty-sixth (tests/data/html_ml56: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 39's end and scored once at session 40's start (894583a), before any change: token F1 0.996 (P 0.991,
# R 1.000), no page below 0.2; trafilatura 0.911, jusText 0.669. Studied in session 40 (tests/test_html_ml56_round.py:
# a comment count in the byline's info list, the Burmese "related reading" label): 0.99554 -> 0.99655 (P 0.991 ->
# 0.993, R 1.000).
OWN_HTML_ML56 = (0.996, 0.0)
# The fifty-seventh (tests/data/html_ml57: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 40's start and scored with its starting code (894583a) and its final code, never studied: token F1
# 0.992 (P 0.989, R 0.996) with both, no page below 0.2; trafilatura 0.942, jusText 0.508.
# session 44 (html_ml64 round, errors unread): 0.99454
OWN_HTML_ML57 = (0.994, 0.0)  # session 43 (html_ml62 and public-page rounds, errors unread): 0.99318
# The fifty-eighth (tests/data/html_ml58: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 40's end and scored once at session 41's start (478298e), before any change: token F1 0.990 (P 0.981,
# R 0.999), no page below 0.2; trafilatura 0.921, jusText 0.654. Studied in session 41 (tests/test_html_ml58_round.py:
# a donation appeal's box, the Oromo comments heading, dotted initials signing the text, a caption's credit in a block
# of its own in the same <figcaption>, a name alone set apart under the text): 0.99016 -> 0.99554 (P 0.981 -> 0.992,
# R 0.999).
OWN_HTML_ML58 = (0.995, 0.0)
# The fifty-ninth (tests/data/html_ml59: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 41's start and scored with its starting code (478298e) and its final code, never studied: token F1
# 0.992 (P 0.984, R 1.000) with both, no page below 0.2; trafilatura 0.909, jusText 0.539.
OWN_HTML_ML59 = (0.992, 0.0)
# The sixtieth (tests/data/html_ml60: 32 pages, 27 languages, each its own site, the same brief), written blind at
# session 41's end and scored once at session 42's start (882809a), before any change: token F1 0.990 (P 0.981,
# R 1.000), no page below 0.2; trafilatura 0.934, jusText 0.747. Studied in session 42 (tests/test_html_ml60_round.py:
# the Korean circled copyright sign, a quote box named so in no quote marks, a quote module signed by its speaker, a
# dotted info line in a layout table's cell, an old layout's picture table, a caption whose credit the markup names,
# the Indonesian contributor byline and Telegram prompt): 0.99014 -> 0.99624 (P 0.981 -> 0.993, R 1.000).
OWN_HTML_ML60 = (0.996, 0.0)
# The sixty-first (tests/data/html_ml61: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 42's start and scored with its starting code (882809a) and its final code, never studied: token F1
# 0.990 (P 0.987, R 0.993) with both, no page below 0.2; trafilatura 0.921, jusText 0.484.
OWN_HTML_ML61 = (0.989, 0.0)
# The sixty-second (tests/data/html_ml62: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 42's end and scored once at session 43's start (ed7c565), before any change: token F1 0.992 (P 0.987,
# R 0.997), no page below 0.2; trafilatura 0.933, jusText 0.745.
# Session 43 (tests/test_html_ml62_round.py: the South Indian "more news" heading over a box of other stories, the lead
# field named "lid"): 0.99165 -> 0.99443 (P 0.987 -> 0.989, R 0.997 -> 1.000; kn-01 and sr-01 up, no page down);
# then a page's captions alike once one credits its picture: 0.99478 (P 0.990; uk-02 up).
OWN_HTML_ML62 = (0.994, 0.0)
# The sixty-third (tests/data/html_ml63: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 43's start and scored with its starting code (ed7c565) and its final code, never studied: token F1
# 0.991 (P 0.987, R 0.995) with both, no page below 0.2; trafilatura 0.907, jusText 0.510.
# session 44 (html_ml64 round, errors unread): 0.99253
OWN_HTML_ML63 = (0.992, 0.0)
# The sixty-fourth (tests/data/html_ml64: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 43's end and scored once at session 44's start (0d8d1fa), before any change: token F1 0.988 (P 0.983,
# R 0.994), no page below 0.2; trafilatura 0.940, jusText 0.590.
# Session 44 (tests/test_html_ml64_round.py: a paywall's box named in the site's language, a reader's photo closing a
# caption, a deck long in characters): 0.98839 -> 0.99257 (P 0.983 -> 0.988, R 0.994 -> 0.997; ca-01, ru-02, he-01 up).
OWN_HTML_ML64 = (0.992, 0.0)
# The sixty-fifth (tests/data/html_ml65: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 44's start and scored with its starting code (0d8d1fa) and its final code, never studied: token F1
# 0.989 (P 0.980, R 0.997) with the starting code and 0.991 (P 0.985, R 0.997) with the final code, no page below
# 0.2; trafilatura 0.923, jusText 0.636.
OWN_HTML_ML65 = (0.991, 0.0)
# The sixty-sixth (tests/data/html_ml66: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 44's end and scored once at session 45's start (e9b64d5), before any change: token F1 0.992 (P 0.991,
# R 0.993), no page below 0.2; trafilatura 0.912, jusText 0.567.
# Session 45 (tests/test_html_ml66_round.py: Drupal's field label setting, an info line parted by a breadcrumb's
# arrows, the ad label in 36 more languages): 0.99202 -> 0.99443 (fr-01, it-01, km-01 up).
OWN_HTML_ML66 = (0.994, 0.0)
# The sixty-seventh (tests/data/html_ml67: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 45's start and scored with its starting code (e9b64d5) and its final code, never studied: token F1
# 0.988 (P 0.976, R 1.000) with both, no page below 0.2; trafilatura 0.953, jusText 0.546.
OWN_HTML_ML67 = (0.987, 0.0)
# The sixty-eighth (tests/data/html_ml68: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 45's end and scored once at session 46's start (472da75), before any change: token F1 0.993 (P 0.988,
# R 0.998), no page below 0.2; trafilatura 0.941, jusText 0.634.
# Session 46 (tests/test_html_ml68_round.py: a picture table's caption in the row under the picture, a box opened by
# the picture and a line break, the comment form's closed notice): 0.99293 -> 0.99511 (ru-02, vi-01 up).
OWN_HTML_ML68 = (0.995, 0.0)
# The sixty-ninth (tests/data/html_ml69: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 46's start and scored with its starting code (472da75) and its final code, never studied: token F1
# 0.9936 with the starting code, 0.9945 with the final code (P 0.987 -> 0.989, R 1.000), no page below 0.2;
# trafilatura 0.929, jusText 0.724.
OWN_HTML_ML69 = (0.994, 0.0)
# The seventieth (tests/data/html_ml70: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 46's end and scored once at session 47's start (968a541), before any change: token F1 0.993 (P 0.986,
# R 1.000), no page below 0.2; trafilatura 0.957, jusText 0.568.
# Session 47 (tests/test_html_ml70_round.py: info lines as classed list items and as fields after icons, the labels
# left between <time> elements, an opening dateline, a quote box with its speaker, screen-reader-only blocks):
# 0.993 -> 0.99569 (P 0.986 -> 0.991; en-01, pa-01, ru-02, uk-01, uk-02, uz-01 up).
OWN_HTML_ML70 = (0.995, 0.0)
# The seventy-first (tests/data/html_ml71: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 47's start and scored with its starting code (968a541) and its final code, never studied: token F1
# 0.9877 with the starting code, 0.9889 with the final code (P 0.976 -> 0.979, R 0.999), no page below 0.2;
# trafilatura 0.922, jusText 0.630.
OWN_HTML_ML71 = (0.988, 0.0)
# The seventy-second (tests/data/html_ml72: 32 pages, 27 languages, each its own site, the same brief), written
# blind at session 47's end and scored once at session 48's start (6e2f746), before any change: token F1 0.9914
# (P 0.985, R 0.998), no page below 0.2; trafilatura 0.928, jusText 0.656. Studied in session 48 (helper
# s48-html): 0.9914 -> 0.9952 (P 0.985 -> 0.993; a fact box named by its class, an ad break's "scroll to resume"
# label, a WITA date line, pull quotes named citação/destacat repeating the text, an old layout's <h1> under its
# kicker and date line). At the merge the fact-box cut was withdrawn (the never-studied html_ml73 fell with it,
# 0.98309 -> 0.98181): 0.99408 (P 0.990).
OWN_HTML_ML72 = (0.994, 0.0)
# The seventy-third (tests/data/html_ml73: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 48's start and scored with its starting code (6e2f746) and its final code, never studied: token F1
# 0.9831 with both (P 0.996, R 0.970), no page below 0.2; trafilatura 0.932, jusText 0.670.
OWN_HTML_ML73 = (0.983, 0.0)
# The seventy-fourth (tests/data/html_ml74: 32 pages, 27 languages, each its own site, the same brief), written
# blind at session 48's end and scored once at session 49's start (dfa7604), before any change: token F1 0.9792
# (P 0.959, R 1.000), no page below 0.2; trafilatura 0.941, jusText 0.499. Studied in session 49 (helper s49-html):
# 0.9792 -> 0.9926 (P 0.959 -> 0.985; a comment thread named "diskuse", a live entry's closing writer, the Tajik
# "Акс аз" and a dash-set "- Foto BPT" caption credit, a table layout's narrow side cells).
OWN_HTML_ML74 = (0.992, 0.0)
# The seventy-fifth (tests/data/html_ml75: 32 pages, 27 languages, each its own site, the same brief), written blind
# at session 49's start and scored with its starting code (6426fb7) and its final code, never studied: token F1
# 0.9834 with both (P 0.971, R 0.996), no page below 0.2; trafilatura 0.920, jusText 0.692.
OWN_HTML_ML75 = (0.983, 0.0)


@pytest.mark.parametrize(
    ("name", "floors"),
    [
        ("html_ml", OWN_HTML_ML),
        ("html_ml2", OWN_HTML_ML2),
        ("html_ml3", OWN_HTML_ML3),
        ("html_ml4", OWN_HTML_ML4),
        ("html_ml5", OWN_HTML_ML5),
        ("html_ml6", OWN_HTML_ML6),
        ("html_ml7", OWN_HTML_ML7),
        ("html_ml8", OWN_HTML_ML8),
        ("html_ml9", OWN_HTML_ML9),
        ("html_ml10", OWN_HTML_ML10),
        ("html_ml11", OWN_HTML_ML11),
        ("html_ml12", OWN_HTML_ML12),
        ("html_ml13", OWN_HTML_ML13),
        ("html_ml14", OWN_HTML_ML14),
        ("html_ml15", OWN_HTML_ML15),
        ("html_ml16", OWN_HTML_ML16),
        ("html_ml17", OWN_HTML_ML17),
        ("html_ml18", OWN_HTML_ML18),
        ("html_ml19", OWN_HTML_ML19),
        ("html_ml20", OWN_HTML_ML20),
        ("html_ml21", OWN_HTML_ML21),
        ("html_ml22", OWN_HTML_ML22),
        ("html_ml23", OWN_HTML_ML23),
        ("html_ml24", OWN_HTML_ML24),
        ("html_ml25", OWN_HTML_ML25),
        ("html_ml26", OWN_HTML_ML26),
        ("html_ml27", OWN_HTML_ML27),
        ("html_ml28", OWN_HTML_ML28),
        ("html_ml29", OWN_HTML_ML29),
        ("html_ml30", OWN_HTML_ML30),
        ("html_ml31", OWN_HTML_ML31),
        ("html_ml32", OWN_HTML_ML32),
        ("html_ml33", OWN_HTML_ML33),
        ("html_ml34", OWN_HTML_ML34),
        ("html_ml35", OWN_HTML_ML35),
        ("html_ml36", OWN_HTML_ML36),
        ("html_ml37", OWN_HTML_ML37),
        ("html_ml38", OWN_HTML_ML38),
        ("html_ml39", OWN_HTML_ML39),
        ("html_ml40", OWN_HTML_ML40),
        ("html_ml41", OWN_HTML_ML41),
        ("html_ml42", OWN_HTML_ML42),
        ("html_ml43", OWN_HTML_ML43),
        ("html_ml44", OWN_HTML_ML44),
        ("html_ml45", OWN_HTML_ML45),
        ("html_ml46", OWN_HTML_ML46),
        ("html_ml47", OWN_HTML_ML47),
        ("html_ml48", OWN_HTML_ML48),
        ("html_ml49", OWN_HTML_ML49),
        ("html_ml50", OWN_HTML_ML50),
        ("html_ml51", OWN_HTML_ML51),
        ("html_ml52", OWN_HTML_ML52),
        ("html_ml53", OWN_HTML_ML53),
        ("html_ml54", OWN_HTML_ML54),
        ("html_ml55", OWN_HTML_ML55),
        ("html_ml56", OWN_HTML_ML56),
        ("html_ml57", OWN_HTML_ML57),
        ("html_ml58", OWN_HTML_ML58),
        ("html_ml59", OWN_HTML_ML59),
        ("html_ml60", OWN_HTML_ML60),
        ("html_ml61", OWN_HTML_ML61),
        ("html_ml62", OWN_HTML_ML62),
        ("html_ml63", OWN_HTML_ML63),
        ("html_ml64", OWN_HTML_ML64),
        ("html_ml65", OWN_HTML_ML65),
        ("html_ml66", OWN_HTML_ML66),
        ("html_ml67", OWN_HTML_ML67),
        ("html_ml68", OWN_HTML_ML68),
        ("html_ml69", OWN_HTML_ML69),
        ("html_ml70", OWN_HTML_ML70),
        ("html_ml71", OWN_HTML_ML71),
        ("html_ml72", OWN_HTML_ML72),
        ("html_ml73", OWN_HTML_ML73),
        ("html_ml74", OWN_HTML_ML74),
        ("html_ml75", OWN_HTML_ML75),
    ],
)
def test_own_non_english_html_pages_stay_above_their_floor(name: str, floors: tuple[float, float]) -> None:
    scores = evaluate_html_dataset(ROOT / "tests" / "data" / name)
    f1, low_share = scores.f1, scores.low_share  # plain numbers: a failed assert shows what it names
    assert f1 >= floors[0]
    assert low_share <= floors[1]


def test_every_agency_found_on_the_seeds_has_its_canonical_id() -> None:
    from tasks.credits.attribution import extract_attributions
    from tasks.read.decode import Decoded, decode_bytes
    from tasks.text.segment import segment_text

    agencies = []
    for seed in sorted(SEEDS.glob("*.txt")):
        decoded = decode_bytes(seed.read_bytes())
        assert isinstance(decoded, Decoded)
        agencies += [f for f in extract_attributions(segment_text(decoded.text)) if f.kind == "agency"]
    assert {(f.name, f.canonical_id) for f in agencies} == {
        ("ТАСС", "tass"),
        ("АПА", "apa"),
        ("interfax.kz", "interfax"),
        ("Интерфакс", "interfax"),
    }
