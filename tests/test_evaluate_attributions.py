"""Attribution scores on the hand-written set (floors that only go up) and the scorer itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from schemas import AttributionKind
from tasks.credits.attribution import Found
from tasks.lexicon.agencies import load_gazetteer
from tasks.report.attributions import (
    AttributionScores,
    Tally,
    evaluate_attribution_set,
    evaluate_seed_attributions,
    load_examples,
    score_records,
)

DATA = Path(__file__).parent / "data" / "attributions"
ROOT = Path(__file__).resolve().parents[1]
# Floors (only ever raised). Measured: dev 1.000 / 1.000 (fitted on); held-out 0.986 / 0.986 when first
# scored (one miss, "Petra Svobodová" split at the agency Petra, fixed after), see docs/attributions.md.
DEV_PRECISION, DEV_RECALL, LANGUAGE_RECALL = 0.95, 0.95, 0.80
# fresh.jsonl was written after tuning and first scored at 0.961 / 0.875 (then fixed to 0.982 / 0.982).
MIN_EXAMPLES_PER_LANGUAGE = 5
HELD_OUT_LANGUAGES = {"ru", "uk", "bg", "be", "sr", "sr-Latn", "mk", "kk", "en", "de", "fr", "es", "tr", "ar"}
# gaps_heldout.jsonl was written before the fixes for issue 13's known gaps and first scored at
# P 0.459 / R 0.425; after them P 0.816 / R 1.000 (the rest: surnames and companies cited with no
# full name on the page, see docs/attributions.md). gaps_dev.jsonl was written after the fixes and
# first scored at P 0.875 / R 0.840, then fixed to 1.000 / 1.000.
# blind.jsonl (167 lines, 18 languages) was written before any change of its round and first scored at
# P 0.917 / R 0.846, then fixed to 1.000 / 0.992. blind2.jsonl (49 lines, the 13 languages of the held-out
# pages) was written after those fixes and first scored at P 0.893 / R 0.641, then 0.949 / 0.949.
# blind3.jsonl (86 body lines, 38 negatives) was written before the verb-independent rules and first scored
# at P 1.000 / R 0.542, then 1.000 / 0.979 (fitted on). blind4.jsonl (42 body lines, 18 negatives) was
# written after them and first scored at P 0.933 / R 0.583 (the generalisation figure), then 0.941 / 0.667.
# blind5.jsonl (112 lines in every role, 38 negatives) was written blind (no code or vocabulary read) and
# first scored at P 0.973 / R 0.869 (the generalisation figure); after general fixes 1.000 / 1.000 (fitted on).
# blind6.jsonl (106 lines, 19 language codes, 36 negatives) was written blind and first scored at P 0.942 /
# R 0.783 (the generalisation figure); after general fixes 1.000 / 0.988 (fitted on; blind2 rose to 0.974 / 0.974).
# blind7.jsonl (135 lines, 24 language codes, 47 negatives) was written blind and first scored at P 0.944 /
# R 0.802 (the generalisation figure); after general fixes 0.962 / 0.943 (fitted on), 0.981 / 0.981 after blind8's.
# blind8.jsonl (151 lines, 34 language codes, 52 negatives) was written blind after them and first scored at
# P 0.929 / R 0.765 (the generalisation figure); after general fixes 0.991 / 0.966 (fitted on), 1.000 / 0.983 after
# session 8's. blind10.jsonl (134 lines, 36 language codes, 47 negatives) was written by a helper that read nothing of
# the project, not even this folder's README; first score P 0.919 / R 0.718; after general fixes 0.955 / 0.964 (fitted
# on; four of its five extras are credits naming no one, where the seeds' convention records a nameless credit).
# blind11.jsonl (138 lines, 38 language codes, 49 negatives) was written the same way after blind10's fixes; first
# score P 0.956 / R 0.796; after general fixes 0.962 / 0.944 (fitted on).
# blind12.jsonl (142 lines, 36 language codes, 45 negatives; session 9) was written the same way, from a brief that
# gave only the format and conventions; first score P 0.896 / R 0.746; after general fixes 0.929 / 0.949 (fitted on;
# five of its ten extras are credits naming no one, where the seeds' convention records a nameless credit).
# blind13.jsonl (156 lines, 37 language codes, 46 negatives; session 9) was written with blind12 from the same brief
# but for the languages the vocabularies barely covered (Swahili, Hausa, Yoruba, Amharic, Indic and Southeast Asian
# scripts, Central Asia, Latin America) and scored once after blind12's fixes: P 0.846 / R 0.440, the generalisation
# figure for those languages; after their cue words and agencies were added 0.892 / 0.728 (fitted on).
# blind14.jsonl (179 lines, 49 language codes; written at the end of session 9 by helpers who read nothing of the
# project, studied in session 10) first scored P 0.912 / R 0.792 (125 found, 144 expected; by kind agency 1.000 /
# 0.891, author 0.906 / 0.690, photo 0.879 / 0.906, source 0.800 / 0.600, video 0.750 / 0.750), the generalisation
# figure of session 9's work; after general fixes 0.959 / 0.979 (fitted on).
# blind16.jsonl (164 lines, 54 language codes; written blind at the end of session 10, studied in session 11) first
# scored P 0.896 / R 0.792 (115 found, 130 expected; agency 1.000 / 0.923, author 0.892 / 0.767, photo 0.762 / 0.842,
# source 0.833 / 0.577, video 1.000 / 1.000), the generalisation figure of session 10's work; after general fixes
# 0.946 / 0.946 (130 found, 130 expected; fitted on; its 7 extras are nameless credits and desks, which the seeds'
# convention records with no name and this file's brief did not).
# blind18.jsonl (178 lines, 61 language codes; written blind at the end of session 11, studied in session 12) first
# scored P 0.919 / R 0.781 (124 found, 146 expected; agency 0.974 / 0.927, author 0.861 / 0.705, photo 0.879 / 0.906,
# source 1.000 / 0.500, video 1.000 / 0.800), the generalisation figure of session 11's work.
# blind20.jsonl (166 lines, 78 language codes; written blind at the end of session 12, studied in session 13) first
# scored P 0.973 / R 0.784 (112 found, 139 expected; agency 1.000 / 0.974, author 0.947 / 0.800, photo 1.000 / 0.700,
# source 0.929 / 0.542, video 1.000 / 1.000), the generalisation figure of session 12's work; after general fixes
# 0.993 / 0.986 (138 found, 139 expected; fitted on; left: "By Staff Reporter", a nameless credit by the seeds'
# convention, and Vietnamese names parted by a dash above the text).
# blind22.jsonl (232 lines, 88 language codes; written blind at the end of session 13, studied in session 14) first
# scored P 0.955 / R 0.771 (155 found, 192 expected; agency 1.000 / 0.942, author 0.897 / 0.745, photo 0.974 / 0.755,
# source 0.923 / 0.585, video 1.000 / 1.000), the generalisation figure of session 13's work; after general fixes
# 0.979 / 0.990 (194 found, 192 expected; fitted on); 0.995 / 0.990 with the nameless-records convention (its three
# desk bylines no records). Left: a Basque outlet whose name is its language's stopword, and RBA, a broadcaster the
# gazetteer lists as an agency.
# blind24.jsonl (305 lines, 91 language codes; written blind at the end of session 14, studied in session 15) first
# scored P 0.953 / R 0.834 (211 found, 241 expected; agency 0.951 / 0.967, author 0.976 / 0.727, photo 1.000 / 0.914,
# source 0.889 / 0.727, video 1.000 / 1.000), the generalisation figure of session 14's work; after general fixes
# 0.992 / 0.992 (241 found, 241 expected; fitted on). Left: two agencies named as the topic ("The Ghana News Agency's
# regional office", "i vertici dell'ANSA"), a caption's photographer with a particle the grammar reads ("Foto:
# Pieter-Louw van Wyk": taken, it lowered the never-studied dumps_ml16), a Korean bracket alone on its line.
# blind26.jsonl (309 lines, 107 language codes; written blind at the end of session 15, studied in session 16) first
# scored P 0.963 / R 0.853 (217 found, 245 expected; agency 0.946 / 1.000, author 0.950 / 0.838, photo 0.965 / 0.873,
# source 1.000 / 0.707, video 1.000 / 1.000), the generalisation figure of session 15's work.
# blind28.jsonl first scored P 0.955 / R 0.808 (224 found, 265 expected; agency 0.980 / 0.907, author 0.938 / 0.859,
# photo 1.000 / 0.788, source 0.919 / 0.695, video 1.000 / 1.000); after general fixes 0.988 / 0.970 (260 found;
# fitted on). Left: see tests/data/attributions/README.md.
# Precision and recall floors of each file but dev (the comments above say what each first scored).
FILE_FLOORS = {
    "heldout.jsonl": (0.95, 0.95),
    "fresh.jsonl": (0.95, 0.90),
    "gaps_heldout.jsonl": (0.80, 0.95),
    "gaps_dev.jsonl": (0.95, 0.95),
    "blind.jsonl": (0.99, 1.0),  # session 36 (blind66 round): 0.992 / 0.992 -> 0.992 / 1.000 (a French weekday)
    "blind2.jsonl": (0.96, 0.96),
    "blind3.jsonl": (0.97, 0.97),
    # session 37 (blind68 round): 1.000 / 0.708 -> 1.000 / 0.750 (German compounds of the outlet nouns)
    "blind4.jsonl": (1.0, 0.75),  # session 21: the Bulgarian passive "confirmed by" (0.667 -> 0.708)
    "blind5.jsonl": (0.97, 0.97),
    "blind6.jsonl": (0.97, 0.97),
    "blind7.jsonl": (0.97, 0.97),
    "blind8.jsonl": (1.0, 0.98),
    "blind10.jsonl": (0.95, 0.99),  # session 27 (blind48 round): 0.956 / 0.982 -> 0.956 / 0.991
    # session 37 (blind68 round): 0.982 / 0.982 -> 0.982 / 0.991 (a known outlet after the photographer's comma)
    "blind11.jsonl": (0.98, 0.99),  # session 14: no desk is a nameless author (0.963 -> 0.972)
    # session 46 (lines round): "… e confirmada pelo g1." read, 0.951 / 0.978 -> 0.951 / 0.986
    "blind12.jsonl": (0.951, 0.985),  # session 14: desks, as above (0.944 -> 0.950)
    # session 28 (blind50 round): 0.943 / 0.928 -> 0.944 / 0.936 (an outlet's one word after a dash under the text)
    # session 36 (blind66 round): 0.944 / 0.936 -> 0.944 / 0.952 (Hebrew writers parted by a comma, a gazetteer gap)
    # session 37 (blind68 round): -> 0.945 / 0.968 (a Vietnamese signature in capitals with no mark)
    # session 38 (blind70 round): 0.945 / 0.968 -> 0.945 / 0.976 (a caseless name by its surname)
    # session 39 (blind72 round): 0.946 / 0.976 -> 0.946 / 0.984 (a Sinhala name of three words, two of them surnames)
    "blind13.jsonl": (0.946, 0.984),
    # session 14: a desk, a source cue over an official (0.953 -> 0.966); session 36 (blind66 round): recall 0.993 ->
    # 1.000 (a listed place after a slash)
    "blind14.jsonl": (0.96, 1.0),
    # session 14: two desks (0.947 -> 0.962); session 36 (blind66 round): recall 0.969 -> 0.985 (a Hebrew writer after a
    # comma, a listed place after a slash); session 37 (blind68 round): -> 0.963 / 0.992 (a Vietnamese signature in
    # capitals with no mark)
    "blind16.jsonl": (0.96, 0.99),
    # session 14: two desks (0.959 -> 0.973); session 36 (blind66 round): recall 0.979 -> 0.986 (a listed place after a
    # slash)
    "blind18.jsonl": (0.97, 0.98),
    "blind20.jsonl": (1.0, 1.0),  # session 22: blind38's fixes (0.986 -> 1.000: Vietnamese writers joined by a dash)
    "blind22.jsonl": (0.99, 0.98),
    # session 48 (s48-realcite, the equals-sign picture bracket alone, [사진=…]): 0.9917 / 0.9959 -> 0.9918 / 1.000
    "blind24.jsonl": (0.991, 1.0),
    # session 16: studied, 0.963 / 0.853 -> 0.992 / 0.992; session 36 (blind66 round): recall 0.996 -> 1.000
    "blind26.jsonl": (0.99, 1.0),
    # blind28.jsonl (335 lines, 115 language codes; written blind at the end of session 16, studied in session 17)
    # first scored P 0.955 / R 0.808, the generalisation figure of session 16's work.
    # session 24: the blind42 round's fixes (recall 0.970 -> 0.974)
    "blind28.jsonl": (0.98, 0.97),  # session 17: studied, 0.955 / 0.808 -> 0.988 / 0.970
    # blind30.jsonl (242 lines, 66 language codes; written blind at the end of session 17, studied in session 18)
    # first scored P 0.990 / R 0.922, the generalisation figure of session 17's work.
    "blind30.jsonl": (0.99, 0.99),  # session 18: studied, 0.990 / 0.922 -> 1.000 / 0.990
    # blind32.jsonl (272 lines, 78 language codes; written blind at the end of session 18, studied in session 19)
    # first scored P 0.958 / R 0.864, the generalisation figure of session 18's work.
    # session 19: studied, 0.958 / 0.864 -> 0.996 / 0.953; session 25 (blind44 round): -> 0.996 / 0.962 (a known
    # outlet and its photographer alone on the credit line); session 31 (blind56 round): -> 0.996 / 0.970 (an adverb
    # between a Portuguese reporting participle and its agent, "divulgada inicialmente pelo portal …")
    # session 38 (blind70 round): 0.996 / 0.979 -> 0.996 / 0.987 (a caseless name by its surname)
    # session 39 (blind72 round): 0.996 / 0.987 -> 1.000 / 0.987 (an outlet's history in an apposition, "Le
    # quotidien Le Soir, racheté …, fête …": the sentence is about the outlet)
    "blind32.jsonl": (1.0, 0.987),
    # blind34.jsonl (240 lines, 81 language codes; written blind at the end of session 19, studied in session 20)
    # first scored P 0.984 / R 0.901, the generalisation figure of session 19's work.
    "blind34.jsonl": (0.99, 0.99),  # session 20: studied, 0.984 / 0.901 -> 0.995 / 0.990
    # blind36.jsonl (251 lines, 81 language codes; written blind at the end of session 20, studied in session 21)
    # first scored P 0.984 / R 0.902, the generalisation figure of session 20's work.
    # session 21: studied, 0.984 / 0.902 -> 0.990 / 0.975; session 22: 0.975 -> 0.985; session 35 (blind64 round):
    # 0.985 -> 0.990 (the Arabic city and colon before the correspondent, from a gazetteer of cities)
    # session 37 (blind68 round): recall 0.995 -> 1.000 (the full-width slash after an author's cue)
    "blind36.jsonl": (0.99, 1.0),
    # blind38.jsonl (250 lines, 100 language codes; written blind at the end of session 21, studied in session 22)
    # first scored P 0.989 / R 0.870, the generalisation figure of session 21's work.
    # session 37 (blind68 round): recall 0.995 -> 1.000 (a gazetteer gap)
    "blind38.jsonl": (1.0, 1.0),  # session 22: studied, 0.989 / 0.870 -> 1.000 / 0.995
    # blind40.jsonl (249 lines, 87 language codes; written blind at the end of session 22, studied in session 23)
    # first scored P 0.974 / R 0.936, the generalisation figure of session 22's work.
    "blind40.jsonl": (0.99, 0.99),  # session 23: studied, 0.974 / 0.936 -> 0.995 / 0.995
    # blind42.jsonl (242 lines, 86 language codes; written blind at the end of session 23, studied in session 24)
    # first scored P 0.979 / R 0.945, the generalisation figure of session 23's work.
    # session 24: studied, 0.979 / 0.945 -> 1.000 / 0.985; session 38 (blind70 round): recall 0.985 -> 0.990 (a
    # caseless name by its surname)
    "blind42.jsonl": (1.0, 0.99),
    # blind44.jsonl (247 lines, 87 language codes; written blind at the end of session 24, studied in session 25)
    # first scored P 0.989 / R 0.880, the generalisation figure of session 24's work.
    # session 25: studied, 0.989 / 0.880 -> 1.000 / 0.976
    # session 38 (blind70 round): recall 0.976 -> 0.985 (a caseless name by its surname; "X.R.")
    # session 48 (s48-realcite, the equals-sign picture bracket alone, [사진=…]): recall 0.9856 -> 0.9904
    "blind44.jsonl": (1.0, 0.99),
    # blind46.jsonl (271 lines, 88 language codes; written blind at the end of session 25, studied in session 26)
    # first scored P 0.986 / R 0.887, the generalisation figure of session 25's work.
    # session 26: studied, 0.986 / 0.887 -> 0.996 / 0.987; session 35 (blind64 round): -> 0.996 / 0.991 (the Arabic
    # city and colon before the correspondent)
    "blind46.jsonl": (0.99, 0.99),
    # blind48.jsonl (250 lines, 88 language codes; written blind at the end of session 26, studied in session 27)
    # first scored P 0.995 / R 0.944, the generalisation figure of session 26's work.
    # session 27: studied, 0.995 / 0.944 -> 1.000 / 0.986; session 36 (blind66 round): -> 1.000 / 0.991 (a listed place
    # before a slash)
    # session 37 (blind68 round): recall 0.991 -> 0.995 (a Vietnamese signature in title case)
    "blind48.jsonl": (1.0, 0.99),
    # blind50.jsonl (253 lines, 88 language codes; written blind at the end of session 27, studied in session 28)
    # first scored P 0.980 / R 0.896, the generalisation figure of session 27's work.
    # session 28: studied, 0.980 / 0.896 -> 1.000 / 0.991
    # session 37 (blind68 round): recall 0.995 -> 1.000 (a Vietnamese signature in title case)
    "blind50.jsonl": (1.0, 1.0),
    # blind52.jsonl (237 lines, 88 language codes; written blind at the end of session 28, studied in session 29)
    # first scored P 0.963 / R 0.915, the generalisation figure of session 28's work.
    # session 29: studied, 0.963 / 0.915 -> 0.995 / 0.975
    # session 30 (real pages' round): 0.995 / 0.985, the Hebrew pair joined by its attached "and" above the text
    "blind52.jsonl": (0.99, 0.98),
    # blind54.jsonl (254 lines, 88 language codes; written blind at the end of session 29, studied in session 30)
    # first scored P 0.984 / R 0.883, the generalisation figure of session 29's work.
    # session 30: studied, 0.984 / 0.883 -> 1.000 / 0.972; session 35 (blind64 round): 0.977 -> 0.981 (the Slovenian
    # "in" joining two writers after a cue of that language only); session 36 (blind66 round): 0.981 -> 0.995 (two
    # gazetteer gaps); session 38 (blind70 round): 0.995 -> 1.000 (a caseless name by its surname)
    "blind54.jsonl": (1.0, 1.0),
    # blind56.jsonl (250 lines, 88 language codes; written blind at the end of session 30, studied in session 31)
    # first scored P 0.990 / R 0.938, the generalisation figure of session 30's work.
    # session 31: studied, 0.990 / 0.938 -> 0.995 / 0.995; session 35 (blind64 round): recall -> 1.000 (the Arabic
    # city and colon before the correspondent)
    # session 37 (blind68 round): precision 0.995 -> 1.000 (a listed place after a credit's slash)
    "blind56.jsonl": (1.0, 1.0),
    # blind58.jsonl (248 lines, 88 language codes; written blind at the end of session 31, studied in session 32)
    # first scored P 0.995 / R 0.934, the generalisation figure of session 31's work.
    # session 32: studied, 0.995 / 0.934 -> 1.000 / 0.981
    "blind58.jsonl": (1.0, 0.98),
    # blind60.jsonl (252 lines, 88 language codes; written blind at the end of session 32, studied in session 33)
    # first scored P 0.995 / R 0.972, the generalisation figure of session 32's work.
    # session 33: studied (tests/test_blind60_round.py), 0.995 / 0.972 -> 1.000 / 0.995. Left: a BTA correspondent
    # inside the agency's slashed dateline ("/Кореспондент на БТА Name/"), one agency's house style; read since session
    # 35 (blind64 round, where it came again): 1.000 / 1.000.
    "blind60.jsonl": (1.0, 1.0),
    # blind62.jsonl (251 lines, 88 language codes; written blind at the end of session 33, studied in session 34)
    # first scored P 0.989 / R 0.903, the generalisation figure of session 33's work.
    # session 34: studied (tests/test_blind62_round.py), 0.989 / 0.903 -> 0.995 / 0.995. Left: a Korean bracket
    # alone on its line ("[사진=뉴스1]", the caption rules' by an earlier round's choice) and an outlet a person spoke
    # to in an interview ("kertoi Helsingin Sanomien haastattelussa", a source by the convention of "told the BBC").
    # session 48 (s48-realcite, the equals-sign picture bracket alone, [사진=…]): 0.9952 / 0.9952 -> 0.9952 / 1.000
    "blind62.jsonl": (0.995, 1.0),
    # blind64.jsonl (259 lines, 88 language codes; written blind at the end of session 34, studied in session 35)
    # first scored P 0.995 / R 0.939, the generalisation figure of session 34's work.
    # session 35: studied (tests/test_blind64_round.py), 0.995 / 0.939 -> 0.995 / 0.995 (fitted on). Left: a foreign
    # outlet's two words in Sinhala script before its noun ("ඩේලි මිරර් පුවත්පත …": reading both cost a held-back line).
    "blind64.jsonl": (0.99, 0.99),
    # blind66.jsonl (248 lines, 88 language codes; written blind at the end of session 35, studied in session 36)
    # first scored P 1.000 / R 0.971, the generalisation figure of session 35's work.
    # session 36: studied (tests/test_blind66_round.py), 1.000 / 0.971 -> 1.000 / 0.995. Left: a Kannada name alone
    # above the text ("ಸುಮಾ ಹೆಗಡೆ"), a script without capitals where nothing on the line tells a name from a desk.
    # session 38 (blind70 round): recall 0.995 -> 1.000 (the Kannada name read by its common surname, "ಹೆಗಡೆ")
    "blind66.jsonl": (1.0, 1.0),
    # blind68.jsonl (235 lines, 88 language codes; written blind at the end of session 36, studied in session 37)
    # first scored P 0.984 / R 0.943, the generalisation figure of session 36's work.
    # session 37: studied (tests/test_blind68_round.py), 0.984 / 0.943 -> 1.000 / 0.995. Left: a Malayalam name alone
    # above the text ("അനു ജോസഫ്"), a script without capitals where nothing on the line tells a name from a desk.
    # session 38 (blind70 round): recall 0.995 -> 1.000 (the Malayalam name read by its common surname, "ജോസഫ്")
    "blind68.jsonl": (1.0, 1.0),
    # blind70.jsonl (255 lines, 88 language codes; written blind at the end of session 37, studied in session 38)
    # first scored P 0.991 / R 0.981, the generalisation figure of session 37's work.
    # session 38: studied (tests/test_blind70_round.py), 0.991 / 0.981 -> 1.000 / 1.000.
    "blind70.jsonl": (1.0, 1.0),
    # blind72.jsonl (265 lines, 88 language codes; written blind at the end of session 38, studied in session 39)
    # first scored P 0.982 / R 0.978, the generalisation figure of session 38's work.
    # session 39: studied (tests/test_blind72_round.py), 0.982 / 0.978 -> 1.000 / 1.000.
    "blind72.jsonl": (1.0, 1.0),
    # blind74.jsonl (254 lines, 88 language codes; written blind at the end of session 39, studied in session 40)
    # first scored P 0.990 / R 0.980, the generalisation figure of session 39's work.
    # session 40: studied (tests/test_blind74_round.py), 0.990 / 0.980 -> 1.000 / 1.000.
    "blind74.jsonl": (1.0, 1.0),
    # blind76.jsonl (261 lines, 88 language codes; written blind at the end of session 40, studied in session 41)
    # first scored P 0.986 / R 0.949, the generalisation figure of session 40's work.
    # session 41: studied (tests/test_blind76_round.py), 0.986 / 0.949 -> 1.000 / 1.000.
    "blind76.jsonl": (1.0, 1.0),
    # blind78.jsonl (231 lines, 88 language codes; written blind at the end of session 41, studied in session 42)
    # first scored P 0.995 / R 0.969, the generalisation figure of session 41's work.
    # session 42: studied (tests/test_blind78_round.py), 0.995 / 0.969 -> 1.000 / 1.000.
    "blind78.jsonl": (1.0, 1.0),
    # blind80.jsonl (239 lines, 88 language codes; written blind at the end of session 42, studied in session 43)
    # first scored P 0.995 / R 0.985, the generalisation figure of session 42's work.
    # session 43: studied (tests/test_blind80_round.py), 0.995 / 0.985 -> 1.000 / 1.000.
    "blind80.jsonl": (1.0, 1.0),
    # blind82.jsonl (250 lines, 88 language codes; written blind at the end of session 43, studied in session 44)
    # first scored P 0.970 / R 0.901, the generalisation figure of session 43's work.
    # session 44: studied (tests/test_blind82_round.py), 0.970 / 0.901 -> 0.995 / 0.990.
    "blind82.jsonl": (0.995, 0.99),
    # blind84.jsonl (233 lines, 88 language codes; written blind at the end of session 44, studied in session 45)
    # first scored P 0.990 / R 0.985, the generalisation figure of session 44's work.
    # session 45: studied (tests/test_blind84_round.py), 0.990 / 0.985 -> 1.000 / 1.000.
    "blind84.jsonl": (1.0, 1.0),
    # blind86.jsonl (236 lines, 88 language codes; written blind at the end of session 45, studied in session 46)
    # first scored P 0.990 / R 0.975, the generalisation figure of session 45's work.
    # session 46: studied (tests/test_blind86_round.py), 0.990 / 0.975 -> 1.000 / 1.000.
    "blind86.jsonl": (1.0, 1.0),
    # blind88.jsonl (266 lines, 88 language codes; written blind at the end of session 46, studied in session 47)
    # first scored P 0.986 / R 0.986, the generalisation figure of session 46's work.
    # session 47: studied (tests/test_blind88_round.py), 0.986 / 0.986 -> 1.000 / 1.000.
    "blind88.jsonl": (1.0, 1.0),
    # blind90.jsonl (243 lines, 88 language codes; written blind at the end of session 47, studied in session 48)
    # first scored P 0.995 / R 0.948, the generalisation figure of session 47's work.
    # session 48: studied (tests/test_blind90_round.py), 0.995 / 0.948 -> 1.000 / 1.000.
    "blind90.jsonl": (1.0, 1.0),
    # blind92.jsonl (234 lines, 88 language codes; written blind at the end of session 48, studied in session 49)
    # first scored P 0.9948 / R 0.9795, the generalisation figure of session 48's work.
    # session 49: studied (tests/test_blind92_round.py), 0.9948 / 0.9795 -> 0.9949 / 0.9949 (left: Asia-Plus, which
    # the gazetteer lists as the agency it is, labelled a source)
    "blind92.jsonl": (0.994, 0.994),
}
# Every file together: issue 13's targets.
# Measured 0.983 / 0.983 with blind11 (0.982 / 0.968 with blind11 before its fixes); 0.984 / 0.984 with blind10
# (0.982 / 0.965 with blind10 before its fixes);
# 0.987 / 0.984 with blind8; 0.984 / 0.981 with blind7 (0.980 / 0.965 with blind7 before its fixes);
# 0.987 / 0.986 with blind6 (0.980 / 0.964 with blind6 before its fixes); 0.984 / 0.984 with blind5.
# With blind12 and blind13 (session 9) the whole set measures 0.972 / 0.960; its floor is the whole set's. The files
# of the sessions before keep theirs (POOL_BEFORE: 0.983 / 0.983), so no floor went down.
# With blind14 (session 10) the whole set measured 0.968 / 0.946 before its fixes, 0.972 / 0.969 after them.
# With blind16 (session 11) 0.968 / 0.956 before its fixes, 0.971 / 0.969 after them (with nameless credits dropped
# it would be 0.986: the seeds' convention keeps them, see docs/attributions.md, "Session 11").
# With blind18 (session 12) 0.967 / 0.955 before its fixes, 0.971 / 0.974 after them (blind18 0.919 / 0.781 ->
# 0.959 / 0.973; five of its six extras left are nameless credits, the seeds' convention).
# With blind20 (session 13) 0.971 / 0.963 before its fixes (yo and tl below 0.80), 0.972 / 0.977 after them.
# With blind22 (session 14) 0.972 / 0.960 before its fixes (tl below 0.80), 0.973 / 0.979 after them.
# With blind24 (session 15) 0.976 / 0.965 before its fixes (et, ha, mr, ne, si, ml, rw, ig below 0.80), 0.980 / 0.981
# after them (every language with 5+ examples at 0.80 or more).
# With blind26 (session 16) 0.979 / 0.970 before its fixes (mg below 0.80), 0.981 / 0.983 after them.
# With blind28 (session 17) 0.980 / 0.968 before its fixes (ig, pa, ti below 0.80), 0.982 / 0.983 after them.
# With blind30 (session 18) 0.983 / 0.979 before its fixes, 0.983 / 0.983 after them.
# With blind32 (session 19) 0.982 / 0.975 before its fixes (or below 0.80), 0.984 / 0.982 after them.
# With blind34 (session 20) 0.984 / 0.977 before its fixes (tk, ti and jv below 0.80), 0.985 / 0.982 after them.
# With blind36 (session 21) 0.984 / 0.978 before its fixes (ti below 0.80), 0.985 / 0.982 after them.
# With blind38 (session 22) 0.985 / 0.977 before its fixes (is and st below 0.80), 0.986 / 0.984 after them.
# With blind40 (session 23) 0.986 / 0.982 before its fixes (is below 0.80), 0.986 / 0.984 after them.
# With blind50 (session 28) 0.988 / 0.982 before its fixes (es, fr, it below 0.80 in blind50), 0.989 / 0.986 after them.
# With blind52 (session 29) 0.988 / 0.983 before its fixes, 0.989 / 0.986 after them.
# With blind54 (session 30) 0.989 / 0.982 before its fixes, 0.990 / 0.985 after them.
# With blind56 (session 31) 0.990 / 0.984 before its fixes, 0.990 / 0.986 after them.
# With blind58 (session 32) 0.990 / 0.984 before its fixes, 0.990 / 0.986 after them (6107 -> 6117 of 6204 found).
# With blind62 (session 34) 0.990 / 0.984 before its fixes, 0.991 / 0.987 after them (6518 -> 6537 of 6626 found).
# With blind64 (session 35) 0.991 / 0.985 before its fixes, 0.991 / 0.988 after them (6738 -> 6758 of 6840 found).
# With blind66 (session 36) 0.991 / 0.988 before its fixes, 0.991 / 0.990 after them and the older rounds' misses
# studied by cause (6962 -> 6983 of 7050 found).
# With blind68 (session 37) 0.991 / 0.989 before its fixes, 0.991 / 0.992 after them and the older rounds' misses
# studied by cause (7164 -> 7183 of 7242 found).
# With blind70 (session 38) 0.991 / 0.992 before its fixes, 0.992 / 0.993 after them and the older rounds' misses
# studied by cause (7395 -> 7408 of 7458 found).
# With blind72 (session 39) 0.992 / 0.993 before its fixes, 0.992 / 0.994 after them and three older rounds' misses
# (7628 -> 7634 of 7683 found).
# With blind74 (session 40) 0.992 / 0.993 before its fixes, 0.992 / 0.994 after them (7833 -> 7837 of 7886 found).
# With blind76 (session 41) 0.992 / 0.993 before its fixes, 0.993 / 0.994 after them (8041 -> 8052 of 8101 found).
# With blind78 (session 42) 0.993 / 0.993 before its fixes, 0.993 / 0.994 after them (8239 -> 8245 of 8294 found).
# With blind80 (session 43) 0.993 / 0.994 before its fixes, 0.993 / 0.994 after them (8443 -> 8446 of 8495 found).
# With blind82 (session 44) 0.992 / 0.992 before its fixes, 0.993 / 0.994 after them (8639 -> 8658 of 8708 found).
# With blind84 (session 45) 0.993 / 0.994 before its fixes, 0.993 / 0.994 after them (8850 -> 8853 of 8903 found).
# With blind86 (session 46) 0.993 / 0.994 before its fixes, 0.993 / 0.995 after them (9047 -> 9053 of 9102 found).
# With blind88 (session 47) 0.993 / 0.994 before its fixes, 0.993 / 0.995 after them (9260 -> 9263 of 9312 found).
# With blind90 (session 48) 0.993 / 0.994 before its fixes, 0.994 / 0.995 after them (9463 -> 9474 of 9523 found).
# With blind92 (session 49) 0.994 / 0.995 before its fixes, 0.994 / 0.995 after them (9668 -> 9671 of 9718 found).
ALL_PRECISION, ALL_RECALL = 0.97, 0.97
# Languages below issue 13's 0.80 recall (5+ examples each), pinned where they stand, not hidden. Thai and Swahili,
# pinned since blind13, reach 1.000 since session 10 (Thai agencies and outlets written onto their verb, the Swahili
# "Na" before people's names) and are held to the target. Nepali and Sinhala have 5+ examples since blind14: each
# misses a name alone above the first paragraph in a script without capitals ("सुजाता श्रेष्ठ", "සමන් කුමාර රත්නායක"),
# where nothing on the line tells a name from a desk or job title ("گروه سیاسی", "நமது சிறப்பு நிருபர்": taking two
# or three such words as a name was tried and read those as people). With later batches' lines they stand at 0.900
# (ne) and 0.857 (si) in session 14, above the target, so they are held to it too: no language is pinned below.
# Odia reached 5+ examples with blind32 (session 19): 4 of 6 found before its study, 6 of 6 after it (the "report:"
# cue and the nameless "collected"), so it is held to the target too.
# blind34 (session 20) took Turkmen and Javanese to 5+ examples at 3 of 4 found each and left Tigrinya at 6 of 8;
# after its study they stand at 4 of 4, 4 of 4 and 7 of 8 (a platform's channel after the outlet's name, the Javanese
# "dilaporake", the Tigrinya verb-final "as it reported"), so they are held to the target too.
# blind36 (session 21) took Tigrinya to 7 of 9 found; after its study it stands at 8 of 9 (the Tigrinya "writer:"
# byline cue), so it is held to the target again: no language is pinned below.
# blind38 (session 22) takes Icelandic and Sesotho to 9 of 12 and 3 of 4 found; after its study they stand at 10 of 12
# and 4 of 4 (the Icelandic "on the website of", the Sesotho "picture" cue), so they are held to the target too: no
# language is pinned below.
# blind40 (session 23) takes Icelandic to 11 of 14 found (0.786); after its study it stands at 12 of 14 (the Icelandic
# "writes" after the writer's name), so it is held to the target too: no language is pinned below.
# blind44 (session 25) took Icelandic to 13 of 18 found (0.722), pinned there before its study; after it, 18 of 18 (a
# known outlet and its photographer alone on the credit line, "Vísir/…", "Morgunblaðið/…"; the Icelandic "kemur fram
# á" before an outlet by its own marks), so it is held to the target again: no language is pinned below.
LANGUAGE_RECALL_BELOW_TARGET: dict[str, float] = {}
POOL_BEFORE_PRECISION, POOL_BEFORE_RECALL = 0.98, 0.98
# Files from session 9 on, outside the pool of the files before it.
FILES_SINCE_SESSION_9 = (
    "blind12.jsonl",
    "blind13.jsonl",
    "blind14.jsonl",
    "blind16.jsonl",
    "blind18.jsonl",
    "blind20.jsonl",
    "blind22.jsonl",
    "blind24.jsonl",
    "blind26.jsonl",
    "blind28.jsonl",
    "blind30.jsonl",
    "blind32.jsonl",
    "blind34.jsonl",
    "blind36.jsonl",
    "blind38.jsonl",
    "blind40.jsonl",
    "blind42.jsonl",
    "blind44.jsonl",
    "blind46.jsonl",
    "blind48.jsonl",
    "blind50.jsonl",
    "blind52.jsonl",
    "blind54.jsonl",
    "blind56.jsonl",
    "blind58.jsonl",
    "blind60.jsonl",
    "blind62.jsonl",
    "blind64.jsonl",
    "blind66.jsonl",
    "blind68.jsonl",
    "blind70.jsonl",
    "blind72.jsonl",
    "blind74.jsonl",
    "blind76.jsonl",
    "blind78.jsonl",
    "blind80.jsonl",
    "blind82.jsonl",
    "blind84.jsonl",
    "blind86.jsonl",
    "blind88.jsonl",
    "blind90.jsonl",
    "blind92.jsonl",
)


@pytest.fixture(scope="module")
def dev() -> AttributionScores:
    return evaluate_attribution_set(DATA / "dev.jsonl")


def test_the_set_is_large_and_multilingual() -> None:
    examples = load_examples(DATA)
    assert len(examples) >= 300
    assert len({e.lang for e in examples}) >= 30
    assert sum(not e.expected for e in examples) >= 40  # negatives: officials, "news agencies"
    assert len({e.id for e in examples}) == len(examples)


def test_dev_precision_and_recall_floors(dev: AttributionScores) -> None:
    assert dev.total.precision >= DEV_PRECISION, dev.errors
    assert dev.total.recall >= DEV_RECALL, dev.errors


def test_every_language_with_enough_examples_keeps_its_recall(dev: AttributionScores) -> None:
    for lang, tally in dev.by_lang.items():
        if dev.examples_by_lang[lang] >= MIN_EXAMPLES_PER_LANGUAGE:
            assert tally.recall >= LANGUAGE_RECALL, (lang, dev.errors)


@pytest.mark.parametrize("name", sorted(FILE_FLOORS))
def test_each_files_precision_and_recall_floors(name: str) -> None:
    precision, recall = FILE_FLOORS[name]
    scores = evaluate_attribution_set(DATA / name)
    assert scores.total.precision >= precision, scores.errors
    assert scores.total.recall >= recall, scores.errors


def test_the_in_body_source_batches_cover_the_held_out_pages_languages() -> None:
    for name, least in (("blind3.jsonl", 5), ("blind4.jsonl", 3)):
        examples = load_examples(DATA / name)
        counts = {lang: sum(e.lang == lang for e in examples) for lang in HELD_OUT_LANGUAGES}
        assert min(counts.values()) >= least, (name, counts)
        assert all(e.role == "body" for e in examples)
        assert sum(not e.expected for e in examples) >= 0.35 * len(examples)


def test_the_blind_batches_cover_the_held_out_pages_languages() -> None:
    examples = [e for name in ("blind.jsonl", "blind2.jsonl") for e in load_examples(DATA / name)]
    counts = {lang: sum(e.lang == lang for e in examples) for lang in HELD_OUT_LANGUAGES}
    assert min(counts.values()) >= 8, counts
    assert sum(not e.expected for e in examples) >= 0.3 * len(examples)


@pytest.mark.parametrize("name", ["blind5.jsonl", "blind7.jsonl", "blind8.jsonl"])
def test_the_mixed_role_batches_cover_the_held_out_pages_languages(name: str) -> None:
    examples = load_examples(DATA / name)
    counts = {lang: sum(e.lang == lang for e in examples) for lang in HELD_OUT_LANGUAGES}
    assert min(counts.values()) >= 6, counts
    assert {e.role for e in examples} == {"credit", "byline", "above", "body", "first", "last"}
    assert sum(not e.expected for e in examples) >= 0.3 * len(examples)


def test_the_files_before_session_9_keep_their_pool_floors() -> None:
    pool = Tally()
    for file in sorted(DATA.glob("*.jsonl")):
        if file.name not in FILES_SINCE_SESSION_9:
            pool.add(evaluate_attribution_set(file).total)
    assert pool.precision >= POOL_BEFORE_PRECISION and pool.recall >= POOL_BEFORE_RECALL, pool


def test_the_whole_set_meets_the_issue_targets_in_every_language() -> None:
    every = evaluate_attribution_set(DATA)
    assert every.total.precision >= ALL_PRECISION, every.errors
    assert every.total.recall >= ALL_RECALL, every.errors
    for lang, tally in every.by_lang.items():
        if every.examples_by_lang[lang] >= MIN_EXAMPLES_PER_LANGUAGE:
            assert tally.recall >= LANGUAGE_RECALL_BELOW_TARGET.get(lang, LANGUAGE_RECALL), (lang, every.errors)


def _found(kind: AttributionKind, name: str | None, canonical: str | None = None) -> Found:
    return Found(kind, name, None, canonical, 1, 0, 0, True, "x")


def test_scoring_matches_one_to_one_and_by_agency_id() -> None:
    gazetteer = load_gazetteer()
    found = [_found(AttributionKind.AGENCY, "Интерфакса", "interfax"), _found(AttributionKind.SOURCE, "X")]
    tallies, problems = score_records(found, [("agency", "Интерфакс"), ("source", "Y")], gazetteer)
    assert tallies["agency"].matched_expected == 1
    assert tallies["source"].found == 1 and tallies["source"].matched_found == 0
    assert problems == ["missed source=Y", "extra source=X"]


def test_seed_attributions_stay_perfect() -> None:
    shared = ROOT.parent / "shared"
    scores = evaluate_seed_attributions(shared / "gold" / "seeds.json", shared / "seeds")
    assert scores.total.precision == 1.0 and scores.total.recall == 1.0, scores.errors


# Held back (tests/data/attributions_blind): batches kept out of the pool above and never fitted on, so that a
# later round can still check generalisation on lines no fix has seen. blind9 (96 lines, 20 language codes, written
# blind after the blind8 fixes) first scored at P 1.000 / R 0.949 (misses: bTV and NDR spoken to in other word
# orders, "Interrogé par franceinfo", a video credit's outlet after a slash).
HELD_BACK = ROOT / "tests" / "data" / "attributions_blind"
# blind15 (150 lines, 53 language codes; session 10): written blind at the session's start, scored at its end, never
# studied: P 0.935 / R 0.800 (0.924 / 0.776 with the code of the session's start).
# blind17 (187 lines, 60 language codes; session 11): written blind at the session's start, scored at its end, never
# studied: P 0.902 / R 0.849 (0.901 / 0.836 with the session's starting code).
# After session 12's blind18 fixes (not fitted on these): blind15 0.946 / 0.840, blind17 0.924 / 0.875, blind9
# unchanged.
# blind19 (221 lines, 72 language codes; session 12, its brief stating the seeds' convention for nameless credits):
# written blind at the session's start, scored at its end, never studied: P 0.936 / R 0.799 (0.929 / 0.777 with the
# session's starting code).
# After session 13's blind20 fixes (not fitted on these): blind15 0.946 / 0.848 -> 0.947 / 0.864, blind17 0.924 / 0.882
# -> 0.925 / 0.895, blind19 0.936 / 0.799 -> 0.938 / 0.815, blind9 unchanged.
# blind21 (222 lines, 84 language codes; session 13): written blind at the session's start, scored at its end, never
# studied: P 0.962 / R 0.863 (0.962 / 0.857 with the session's starting code).
# After session 14's blind22 fixes (not fitted on these; totals only): blind15 0.947 / 0.864 -> 0.948 / 0.880, blind17
# 0.925 / 0.895 -> 0.926 / 0.908, blind19 0.938 / 0.821 -> 0.946 / 0.853, blind21 0.962 / 0.863 -> 0.962 / 0.874,
# blind9 unchanged.
# blind23 (270 lines, 82 language codes; session 14): written blind at the session's start, scored at its end, never
# studied: P 0.990 / R 0.895 (0.989 / 0.858 with the session's starting code).
# After session 15's blind24 fixes (not fitted on these; totals only): blind15 0.948 / 0.880 -> 0.949 / 0.896, blind17
# 0.939 / 0.908 -> 0.940 / 0.928, blind19 0.946 / 0.859 -> 0.947 / 0.875, blind23 0.990 / 0.895 -> 0.995 / 0.913,
# blind21 and blind9 unchanged; all six 0.963 / 0.891 (831 of 933) -> 0.965 / 0.904 (843).
# blind25 (231 lines, 90 language codes; session 15): written blind at the session's start, scored at its end, never
# studied: P 0.978 / R 0.861 (0.971 / 0.837 with the session's starting code).
# blind27 (271 lines, 97 language codes; session 16): written blind at the session's start, scored with its starting
# code (6d4f841) and its current code, never studied: P 0.940 / R 0.853 with both (P 0.9398: its floor 0.93).
# After session 20's blind34 fixes (not fitted on these; totals only): blind21 0.982 / 0.909 -> 0.982 / 0.920, blind23
# 1.000 / 0.927 -> 1.000 / 0.936, blind27 0.959 / 0.882 -> 0.959 / 0.887, blind33 0.984 / 0.914 -> 0.984 / 0.919, the
# others unchanged; recall floors raised where they rose.
# Session 21: every held-back file's floor raised to where it stands with the session's final code (errors unread).
# Session 22, after the blind38 fixes (totals only): blind21 R 0.920 -> 0.926, blind25 0.906 -> 0.911, blind27 0.887 ->
# 0.903, blind29 0.912 -> 0.922, blind33 0.919 -> 0.924, precision unchanged or up; recall floors raised so.
HELD_BACK_FLOORS = {
    # blind77 (241 lines, 88 language codes; session 41): written blind at the session's start, scored with its
    # starting code (478298e) and its final code, never studied: P / R 0.990 / 0.946 with both.
    "blind77.jsonl": (0.989, 0.945),
    # blind79 (258 lines, 88 language codes; session 42): written blind at the session's start, scored with its
    # starting code (882809a) and its final code, never studied: P / R 0.987 / 0.974 with both.
    # session 45 (blind84 round: a social network's name with a case ending is no source; errors unread): 0.987 / 0.974
    # -> 0.991 / 0.974
    "blind79.jsonl": (0.991, 0.973),
    # blind81 (246 lines, 88 language codes; session 43): written blind at the session's start, scored with its
    # starting code (ed7c565) and its final code, never studied: P / R 0.995 / 0.966 with both.
    # session 47 (blind88 round, errors unread): 0.9949 / 0.9655 -> 0.9949 / 0.9704
    "blind81.jsonl": (0.994, 0.97),
    # blind83 (228 lines, 88 language codes; session 44): written blind at the session's start, scored with its
    # starting code (0d8d1fa) and its final code, never studied: P / R 0.995 / 0.968 with both.
    # session 48 (blind90 round, errors unread): 0.9945 / 0.9681 -> 0.9946 / 0.9787
    "blind83.jsonl": (0.994, 0.978),
    # blind85 (243 lines, 88 language codes; session 45): written blind at the session's start, scored with its
    # starting code (e9b64d5) and its final code, never studied: P / R 0.995 / 0.990 with both.
    # session 49 (blind92 round, errors unread): 0.9951 / 0.9902 -> 0.9951 / 0.9951
    "blind85.jsonl": (0.995, 0.995),
    # blind87 (264 lines, 88 language codes; session 46): written blind at the session's start, scored with its
    # starting code (472da75) and its final code, never studied: P / R 0.981 / 0.964 with the starting code,
    # 0.982 / 0.968 with the final code.
    "blind87.jsonl": (0.981, 0.968),
    # blind89 (248 lines, 88 language codes; session 47): written blind at the session's start, scored with its
    # starting code (968a541) and its final code, never studied: P / R 0.979 / 0.936 with both.
    # session 48 (s48-realcite, the equals-sign picture bracket alone, [사진=…]; errors unread):
    # 0.9795 / 0.9363 -> 0.9796 / 0.9412
    "blind89.jsonl": (0.979, 0.941),
    # blind91 (246 lines, 88 language codes; session 48): written blind at the session's start, scored with its
    # starting code (6e2f746) and its final code, never studied: P / R 0.995 / 0.980 with both.
    "blind91.jsonl": (0.995, 0.98),
    # blind93 (250 lines, 88 language codes; session 49): written blind at the session's start, scored with its
    # starting code (6426fb7) and its final code, never studied: P / R 0.990 / 0.981 with both.
    "blind93.jsonl": (0.99, 0.98),
    # blind75 (247 lines, 88 language codes; session 40): written blind at the session's start, scored with its
    # starting code (894583a) and its final code, never studied: P / R 1.000 / 0.932 with both.
    "blind75.jsonl": (1.0, 0.932),
    # blind73 (270 lines, 88 language codes; session 39): written blind at the session's start, scored with its
    # starting code (6d50477) and its final code, never studied: P / R 0.982 / 0.965 with the starting code,
    # 0.982 / 0.969 with the final code.
    # session 44 (blind82 round, errors unread): 0.982 / 0.969 -> 0.991 / 0.982
    "blind73.jsonl": (0.991, 0.982),
    # blind71 (272 lines, 88 language codes; session 38): written blind at the session's start, scored with its
    # starting code (63f03b2) and its final code, never studied: P / R 1.000 / 0.966 with both.
    "blind71.jsonl": (1.0, 0.965),
    # blind69 (235 lines, 87 language codes; session 37): written blind at the session's start, scored with its
    # starting code (c1484b2) and its final code, never studied: P / R 0.990 / 0.960 with the starting code, 0.985
    # / 0.965 with the final code.
    # session 39 (the blind72, dumps65 and realcite rounds merged, errors unread): 0.985 / 0.970 -> 0.985 / 0.975
    # session 48 (dumps_ml83 round, errors unread): 0.9848 / 0.9750 -> 0.9898 / 0.9750
    "blind69.jsonl": (0.989, 0.975),
    # blind67 (278 lines, 88 language codes; session 36): written blind at the session's start, scored with its
    # starting code (b4d1825) and its final code, never studied: P / R 0.995 / 0.930 with the starting code, 0.995
    # / 0.939 with the final code.
    # session 37 (blind68 round, errors unread): 0.99 / 0.93 floors -> 0.99 / 0.94
    # session 39 (the blind72, dumps65 and realcite rounds merged, errors unread): 0.995 / 0.947 -> 0.995 / 0.952
    # session 49 (blind92 round, errors unread): 0.9954 / 0.9561 -> 0.9955 / 0.9605
    "blind67.jsonl": (0.995, 0.96),
    # blind65 (249 lines, 88 language codes; session 35): written blind at the session's start, scored with its
    # starting code (be74c54) and its final code, never studied: P / R 0.990 / 0.980 with both.
    # session 39 (the blind72, dumps65 and realcite rounds merged, errors unread): 0.990 / 0.980 -> 0.990 / 0.985
    "blind65.jsonl": (0.989, 0.984),
    # blind63 (235 lines, 88 language codes; session 34): written blind at the session's start, scored with its
    # starting code (f6a8e5f) and its final code, never studied: P / R 0.979 / 0.960 with both.
    "blind63.jsonl": (0.97, 0.95),
    # blind61 (237 lines, 88 language codes; session 33): written blind at the session's start, scored with its
    # starting code (f2d04c9) and its final code, never studied: P / R 0.995 / 0.929 with both.
    # session 34 (errors unread): recall rose
    # session 37 (blind68 round, errors unread): 0.99 / 0.93 floors -> 1.0 / 0.94
    # session 40 (blind74 round, errors unread): 1.000 / 0.949 -> 1.000 / 0.960
    "blind61.jsonl": (1.0, 0.959),
    # blind59 (265 lines, 88 language codes; session 32): written blind at the session's start, scored with its
    # starting code (ef40aca) and its final code, never studied: P / R 0.985 / 0.901 with both.
    # session 37 (blind68 round, errors unread): 0.98 / 0.9 floors -> 0.98 / 0.91
    # session 48 (blind90 round, errors unread): 0.9903 / 0.9234 -> 0.9904 / 0.9324
    # session 49 (blind92 round, errors unread): 0.9904 / 0.9324 -> 0.9905 / 0.9369
    "blind59.jsonl": (0.99, 0.936),
    # blind57 (244 lines, 88 language codes; session 31): written blind at the session's start, scored with its
    # starting code (5bf1abc) and its final code, never studied: P / R 0.980 / 0.934 with the starting code, 0.985 /
    # 0.939 with the final code.
    # session 32 (errors unread): recall rose; session 35 (blind64 round, errors unread): 0.943 -> 0.953
    # session 48 (s48-realcite, the equals-sign picture bracket alone, [사진=…]; errors unread):
    # 0.9855 / 0.9623 -> 0.9856 / 0.9670
    "blind57.jsonl": (0.985, 0.966),
    # blind55 (250 lines, 88 language codes; session 30): written blind at the session's start, scored with its
    # starting code (c692429) and its final code, never studied: P / R 0.985 / 0.946 with the starting code, 0.985 /
    # 0.956 with the final code.
    # session 42 (blind78 round, errors unread): 0.9853 / 0.9805 -> 0.9854 / 0.9854
    # session 31 (errors unread): 0.985 / 0.956 -> 0.985 / 0.971
    # session 48 (s48-realcite, the equals-sign picture bracket alone, [사진=…]; errors unread):
    # 0.9854 / 0.9854 -> 0.9854 / 0.9902
    # session 48 (dumps_ml83 round, errors unread): 0.9854 / 0.9854 -> 0.9902 / 0.9854; both rounds merged:
    # 0.9902 / 0.9902
    "blind55.jsonl": (0.99, 0.99),  # session 31 (errors unread): 0.985 / 0.956 -> 0.985 / 0.971
    # blind53 (245 lines, 88 language codes; session 29): written blind at the session's start, scored with its
    # starting code (80631ac) and its final code, never studied: P / R 1.000 / 0.954 with both.
    # session 34 (errors unread): recall rose
    "blind53.jsonl": (1.0, 0.97),
    # blind51 (246 lines, 88 language codes; session 28): written blind at the session's start, scored with its
    # starting code (04844a2) and its final code, never studied: P 0.995 / R 0.936 with both.
    # session 39 (the blind72, dumps65 and realcite rounds merged, errors unread): 0.995 / 0.946 -> 0.995 / 0.951
    "blind51.jsonl": (0.994, 0.95),  # session 32 (errors unread): recall rose
    # blind49 (241 lines, 88 language codes; session 27): written blind at the session's start, scored with its
    # starting code (7c337e3) and its final code, never studied: P 0.995 / R 0.930 with both.
    # session 34 (errors unread): recall rose
    "blind49.jsonl": (0.99, 0.95),  # session 32 (errors unread): recall rose
    # blind47 (245 lines, 88 language codes; session 26): written blind at the session's start, scored with its
    # starting code (76b9649) and its final code, never studied: P 0.984 / R 0.919 -> 0.984 / 0.929.
    # session 30 (errors unread): 0.984 / 0.929 -> 0.989 / 0.934; session 31: 0.989 / 0.939
    # session 37 (blind68 round, errors unread): 0.98 / 0.93 floors -> 1.0 / 0.95
    # session 48 (dumps_ml83 round, errors unread): 1.0 / 0.9596 -> 1.0 / 0.9646
    "blind47.jsonl": (1.0, 0.964),
    # blind45 (237 lines, 88 language codes; session 25): written blind at the session's start, scored with its
    # starting code (b154e82) and its final code, never studied: P 0.972 / R 0.931 with both.
    # session 34 (errors unread): recall rose
    # session 45 (blind84 round, the social network's case ending; errors unread): 0.978 / 0.963 -> 0.984 / 0.963
    "blind45.jsonl": (0.983, 0.95),  # session 32 (errors unread): recall rose
    # blind43 (262 lines, 88 language codes; session 24): written blind at the session's start, scored with its
    # starting code (569442c) and its final code, never studied: P 0.967 / R 0.911 with both.
    # session 26 (errors unread): 0.967 / 0.911 -> 0.967 / 0.920
    # session 30 (errors unread): 0.968 / 0.938 -> 0.977 / 0.942; session 31: 0.982 / 0.947
    # session 34 (errors unread): recall rose
    # session 44 (blind82 round, errors unread): 0.986 / 0.955 -> 0.990 / 0.964
    "blind43.jsonl": (0.99, 0.964),
    # blind41 (269 lines, 88 language codes; session 23): written blind at the session's start, scored with its
    # starting code (aacdcbb) and its final code, never studied: P 0.971 / R 0.918 -> 0.976 / 0.932.
    # session 26 (errors unread): 0.981 / 0.941 -> 0.981 / 0.954
    # session 28 (errors unread): 0.981 / 0.954 -> 0.981 / 0.964
    # session 24 (errors unread): 0.976 / 0.932 -> 0.981 / 0.936; session 25: R 0.941; session 30: 0.986 / 0.973
    "blind41.jsonl": (0.98, 0.97),
    # blind39 (232 lines, 83 language codes; session 22): written blind at the session's start, scored with its
    # starting code (79f0076) and its final code, never studied: P 0.972 / R 0.896 -> 0.972 / 0.902.
    # session 24 (errors unread): recall -> 0.912; session 25: 0.983 / 0.917; session 30: 0.994 / 0.917
    # session 34 (errors unread): recall rose
    # session 40 (blind74 round, errors unread): 0.995 / 0.959 -> 0.995 / 0.969
    "blind39.jsonl": (0.994, 0.968),  # session 31 (errors unread): 0.994 / 0.917 -> 0.994 / 0.922
    # blind37 (242 lines, 81 language codes; session 21): written blind at the session's start, scored with its starting
    # code (91ca236) and its final code, never studied: P 0.984 / R 0.930 -> 0.984 / 0.935.
    # session 28 (errors unread): 0.984 / 0.950 -> 0.985 / 0.960
    # session 24 (errors unread): recall -> 0.945; session 30: 0.990 / 0.965; session 35 (blind64 round, errors
    # unread): 0.970 -> 0.980
    # session 37 (blind68 round, errors unread): 0.98 / 0.97 floors -> 0.98 / 0.98
    # session 45 (blind84 round, the social network's case ending; errors unread): 0.990 / 0.985 -> 0.995 / 0.985
    # session 48 (s48-realcite, the equals-sign picture bracket alone, [사진=…]; errors unread):
    # recall 0.9849 -> 0.9899
    "blind37.jsonl": (0.994, 0.989),
    # blind35 (281 lines, 81 language codes; session 20): written blind at the session's start, scored with its starting
    # code (8be526b) and its final code, never studied: P 0.986 / R 0.892 with both.
    # session 37 (blind68 round, errors unread): 0.98 / 0.91 floors -> 0.98 / 0.92
    # session 45 (blind84 round, the social network's case ending; errors unread): 0.986 / 0.931 -> 0.991 / 0.931
    # session 48 (s48-realcite, the equals-sign picture bracket alone, [사진=…]; errors unread):
    # 0.9908 / 0.9310 -> 0.9909 / 0.9353
    "blind35.jsonl": (0.99, 0.935),
    # blind33 (234 lines, 82 language codes; session 19): written blind at the session's start, scored with its starting
    # code (9f1fb9f) and its final code, never studied: P 0.984 / R 0.914 with both.
    # session 39 (the blind72, dumps65 and realcite rounds merged, errors unread): 0.984 / 0.934 -> 0.989 / 0.939
    # session 42 (blind78 round, errors unread): 0.989 / 0.939 -> 0.989 / 0.944
    "blind33.jsonl": (0.989, 0.944),
    # blind31 (249 lines, 77 language codes; session 18): written blind at the session's start, scored with its starting
    # code (91fd96c) and its final code, never studied: P 0.978 / R 0.856 -> 0.978 / 0.866.
    # session 26 (errors unread): 0.990 / 0.909 -> 0.990 / 0.919; session 27 (errors unread): 0.990 / 0.923
    # session 25 (errors unread): 0.984 / 0.890 -> 0.990 / 0.909; session 31: 0.990 / 0.928 -> 0.995 / 0.933
    # session 34 (errors unread): recall rose
    # session 37 (blind68 round, errors unread): 1.0 / 0.94 floors -> 1.0 / 0.95
    # session 42 (blind78 round, errors unread): 1.000 / 0.957 -> 1.000 / 0.966
    "blind31.jsonl": (1.0, 0.966),
    # blind29 (244 lines, 66 language codes; session 17): written blind at the session's start, scored with its starting
    # code (055e809) and its final code, never studied: P 0.989 / R 0.868 -> 0.989 / 0.873.
    # session 25 (errors unread): recall 0.922 -> 0.932; session 30: 0.942
    # session 48 (s48-realcite, the equals-sign picture bracket alone, [사진=…]; errors unread):
    # 0.9561 -> 0.9610
    "blind29.jsonl": (0.98, 0.96),
    # at the session's end, after the blind26 study: P 0.945 / R 0.870.
    # session 23 (errors unread): 0.960 / 0.903 -> 0.964 / 0.908
    # session 26 (errors unread): 0.969 / 0.920 -> 0.969 / 0.933; session 27 (errors unread): 0.970 / 0.937
    # session 25 (errors unread): 0.964 / 0.908 -> 0.969 / 0.920; session 31: 0.974 / 0.937 -> 0.978 / 0.941
    # session 42 (blind78 round, errors unread): 0.978 / 0.945 -> 0.982 / 0.945 (one record fewer found)
    # session 46 (blind86 round, errors unread): 0.982 / 0.945 -> 0.982 / 0.949 (one record more found)
    "blind27.jsonl": (0.982, 0.949),
    # session 48 (blind90 round, errors unread): 0.9946 / 0.9158 -> 0.9947 / 0.9257
    "blind25.jsonl": (0.994, 0.925),  # session 35 (blind64 round, errors unread): precision 0.989 -> 0.995
    # session 28 (errors unread): 1.000 / 0.936 -> 1.000 / 0.941
    # session 44 (blind82 round, errors unread): 1.000 / 0.949 -> 1.000 / 0.954
    # session 48 (blind90 round, errors unread): 1.000 / 0.9543 -> 1.000 / 0.9589
    "blind23.jsonl": (1.0, 0.958),
    # session 26 (errors unread): 0.982 / 0.926 -> 0.982 / 0.931
    # session 34 (errors unread): recall rose
    "blind21.jsonl": (0.98, 0.94),
    "blind9.jsonl": (1.00, 0.97),
    # session 34 (errors unread): recall rose
    # session 37 (blind68 round, errors unread): 0.95 / 0.93 floors -> 0.95 / 0.94
    # session 44 (s44-realcite: the Indian closing "With inputs from PTI"; blind82 round; errors unread): 0.952 / 0.944
    # -> 0.952 / 0.952 in each branch, 0.952 / 0.960 with both merged
    "blind15.jsonl": (0.952, 0.96),
    # session 26 (errors unread): 0.947 / 0.947 -> 0.948 / 0.961
    # session 37 (blind68 round, errors unread): 0.94 / 0.96 floors -> 0.94 / 0.97
    "blind17.jsonl": (0.94, 0.97),  # session 25 (errors unread): recall 0.941 -> 0.947
    # session 23 (errors unread): 0.960 / 0.919 -> 0.961 / 0.929
    # session 26 (errors unread): 0.966 / 0.929 -> 0.966 / 0.940
    # session 47 (blind88 round, errors unread): 0.9667 / 0.9457 -> 0.9724 / 0.9565
    "blind19.jsonl": (0.972, 0.956),
}


@pytest.mark.parametrize("name", sorted(HELD_BACK_FLOORS))
def test_held_back_batches_stay_at_their_first_score(name: str) -> None:
    precision, recall = HELD_BACK_FLOORS[name]
    total = evaluate_attribution_set(HELD_BACK / name).total
    # totals only: a held-back batch's errors are never read, so a failing floor must not print them; the assert
    # names plain numbers, since pytest's report of a failed assert shows the objects it names (errors and all)
    found_precision, found_recall = total.precision, total.recall
    totals = f"P {found_precision:.4f} / R {found_recall:.4f}"
    assert found_precision >= precision, totals
    assert found_recall >= recall, totals
