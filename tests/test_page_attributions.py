"""The article's attributions on whole pages: labelled dumps scored end to end (segmenter, byline block, credits).

The line-level attribution sets (tests/data/attributions) give each line with its role; the held-out pages are
scored on whole pages, where which line is the byline, a credit or the last paragraph has to be found first.
`tests/data/page_attributions/dumps_ml5.json` and `dumps_ml7.json` are the articles' attributions on those dumps
in the seeds' gold format (without line labels), written in session 10 by helpers that read nothing of the
project, then normalised to the project's two kind conventions (that folder's README). First score at the
session's start: 0.520 / 0.651 and 0.484 / 0.714 (required records found / precision, labels as written); after
the session's byline-block work and conventions: 0.760 / 0.784 and 0.719 / 0.833. Floors only go up.
"""

from __future__ import annotations

import pytest

from tasks.report.evaluate import evaluate_gold, format_gold_scores
from tests.conftest import ROOT

# (required records found, precision) per labelled dump set.
# dumps_ml8 (32 pages, labels written blind, scored once at session 10's end, never studied): 0.634 / 0.814
# (0.521 / 0.800 with the session's starting code).
# dumps_ml9 (24 pages, written blind at session 10's end with the project's kind conventions in its brief, scored once
# at session 11's start, then studied): first 0.694 / 0.852, after session 11's page-level fixes 0.903 / 0.905 (fitted);
# the same fixes took dumps_ml7 from 0.766 / 0.869 to 0.797 / 0.873 and left dumps_ml5 and dumps_ml8 where they were.
# Session 12's dumps_ml11 fixes: dumps_ml5 0.800 / 0.840 -> 0.800 / 0.857, dumps_ml7 0.797 / 0.873 -> 0.828 / 0.891,
# dumps_ml8 0.634 / 0.828 -> 0.634 / 0.814 (its labels call a caption's closing "EFE" a photo credit, the project an
# agency record), dumps_ml9 and dumps_ml10 unchanged.
# Session 13's photo-credit parts and listed bylines (tests/test_photo_credit_parts.py, tests/test_listed_bylines.py):
# dumps_ml5 0.800 / 0.857 -> 0.840 / 0.863, dumps_ml7 0.828 / 0.891 -> 0.859 / 0.908, dumps_ml9 0.903 / 0.905 ->
# 0.968 / 0.911, the never-studied dumps_ml8 0.648 / 0.817 -> 0.662 / 0.836 (errors unread).
PAGE_ATTRIBUTION_FLOORS = {
    # dumps_ml70 (34 pages, 91 records, 8 optional; labels written blind at session 41's start, scored with its
    # starting code (478298e) and its final code, never studied): 0.904 / 0.830 with the starting code, 0.916 / 0.832
    # with the final code.
    "dumps_ml70": (0.915, 0.831),
    # dumps_ml72 (34 pages, 83 records, 5 optional; labels written blind at session 42's start, scored with
    # its starting code (882809a) and its final code, never studied): 0.859 / 0.896 with both.
    "dumps_ml72": (0.858, 0.896),
    # dumps_ml74 (34 pages, 66 records, 3 optional; labels written blind at session 43's start, scored with
    # its starting code (ed7c565) and its final code, never studied): 0.937 / 0.984 with both.
    "dumps_ml74": (0.936, 0.984),
    # dumps_ml76 (34 pages, 83 records, 7 optional; labels written blind at session 44's start, scored with
    # its starting code (0d8d1fa) and its final code, never studied): 0.934 / 0.961 with both.
    # session 46 (dumps_ml79 round: a caseless byline closed by a job title after its comma, errors unread):
    # 0.9342 / 0.9610 -> 0.9473 / 0.9615
    "dumps_ml76": (0.947, 0.961),
    # dumps_ml78 (34 pages, 96 records, 9 optional; labels written blind at session 45's start, scored with
    # its starting code (e9b64d5) and its final code, never studied): 0.874 / 0.988 with both.
    "dumps_ml78": (0.873, 0.988),
    # dumps_ml80 (34 pages, 85 records, 2 optional; labels written blind at session 46's start, scored with
    # its starting code (472da75) and its final code, never studied): 0.964 / 0.911 with both.
    "dumps_ml80": (0.963, 0.911),
    # dumps_ml82 (34 pages, 92 records, 3 optional; labels written blind at session 47's start, scored with
    # its starting code (968a541) and its final code, never studied): 0.899 / 0.933 with both.
    "dumps_ml82": (0.898, 0.932),
    # dumps_ml84 (34 pages, 102 records, 3 optional; labels written blind at session 48's start, scored with
    # its starting code (6e2f746) and its final code, never studied): 0.879 / 0.926 with both.
    "dumps_ml84": (0.878, 0.926),
    # dumps_ml86 (34 pages, 73 records, 1 optional; labels written blind at session 49's start, scored with
    # its starting code (6426fb7) and its final code, never studied): 0.917 / 0.931 with both.
    "dumps_ml86": (0.916, 0.93),
    # dumps_ml68 (34 pages, 90 records; labels written blind at session 40's start, scored with its starting code
    # (894583a) and its final code, never studied): 0.878 / 0.881 with both.
    # session 42 (blind78 round, errors unread): 0.8902 / 0.8824 -> 0.9024 / 0.8837
    # session 43 (dumps_ml73's attribution fixes, errors unread): 0.9024 / 0.8837 -> 0.9146 / 0.8851
    # session 45 (dumps_ml77 round, errors unread): 0.9146 / 0.8851 -> 0.9146 / 0.8953
    # session 49 (dumps_ml85 round, errors unread): 0.9146 / 0.8953 -> 0.9146 / 0.9059
    "dumps_ml68": (0.914, 0.905),
    # dumps_ml66 (34 pages, 100 records; labels written blind at session 39's start, scored with its starting code
    # (6d50477) and its final code, never studied): 0.882 / 0.906 with both.
    # session 47 (s47-lines, the German, Polish, Czech and Slovak contributors' credit or the Slavic deputy roles,
    # measured together; errors unread): 0.882 / 0.906 -> 0.8941 / 0.9072
    "dumps_ml66": (0.894, 0.907),
    # dumps_ml64 (34 pages, 90 records; labels written blind at session 38's start, scored with its starting code
    # (63f03b2) and its final code, never studied): 0.790 / 0.934 with the starting code,
    # 0.815 / 0.936 with the final code.
    # session 40 (blind74 round, errors unread): 0.815 / 0.936 -> 0.840 / 0.938 (0.8395 / 0.9375)
    # session 41 (dumps_ml69's fixes, errors unread): 0.8395 / 0.9375 -> 0.8519 / 0.9383
    # session 42 (blind78 round, errors unread): 0.8519 / 0.9383 -> 0.8642 / 0.9390
    # session 46 (blind86 round, errors unread): 0.8642 / 0.9390 -> 0.8765 / 0.9398
    # session 49 (the merged rounds, errors unread): 0.8765 / 0.9398 -> 0.8889 / 0.9405
    "dumps_ml64": (0.888, 0.94),
    # dumps_ml62 (34 pages, 98 records; labels written blind at session 37's start, scored with its starting code
    # (c1484b2) and its final code, never studied): 0.859 / 0.903 with both.
    # session 38 (blind70 round, errors unread): 0.859 / 0.903 -> 0.870 / 0.904
    # session 39 (dumps65: the text dumps' segmenter and attributions, errors unread): 0.870 / 0.904 -> 0.891 / 0.906
    # session 47 (dumps_ml81 round, errors unread): 0.8913 / 0.9062 -> 0.9022 / 0.9072
    "dumps_ml62": (0.902, 0.907),
    # dumps_ml60 (34 pages, 102 records; labels written blind at session 36's start, scored with its starting code
    # (b4d1825) and its final code, never studied): 0.837 / 0.965 with both.
    # session 47 (dumps_ml81 round, errors unread): 0.8370 / 0.9651 -> 0.8478 / 0.9655
    # session 48 (dumps_ml83 round, errors unread): 0.8478 / 0.9655 -> 0.8587 / 0.9659
    # session 49 (dumps_ml85 round, errors unread): 0.8587 / 0.9659 -> 0.8804 / 0.9667
    "dumps_ml60": (0.88, 0.966),
    # dumps_ml58 (34 pages, 96 records; labels written blind at session 35's start, scored with its starting code
    # (be74c54) and its final code, never studied): 0.832 / 0.930 with both.
    # session 42 (dumps_ml71's fixes, errors unread): 0.831 / 0.930 -> 0.8539 / 0.9318
    # session 47 (dumps_ml81 round, errors unread): 0.8539 / 0.9318 -> 0.8652 / 0.9326
    "dumps_ml58": (0.865, 0.932),
    # dumps_ml56 (34 pages, 87 records; labels written blind at session 34's start, scored with its starting code
    # (f6a8e5f) and its final code, never studied): 0.833 / 0.921 with both.
    "dumps_ml56": (0.83, 0.92),
    # dumps_ml54 (34 pages, 89 records; labels written blind at session 33's start, scored with its starting code
    # (f2d04c9) and its final code, never studied): 0.854 / 0.934 with the starting code, 0.866 / 0.947 with the
    # final code.
    # session 40 (dumps_ml67's fixes, errors unread): 0.866 / 0.947 -> 0.878 / 0.948
    # session 47 (dumps_ml81 round, errors unread): 0.8780 / 0.9481 -> 0.8902 / 0.9487
    "dumps_ml54": (0.89, 0.948),
    # dumps_ml52 (34 pages, 87 records; labels written blind at session 32's start, scored with its starting code
    # (ef40aca) and its final code, never studied): 0.765 / 0.878 with both.
    # session 35 (errors unread): 0.765 / 0.878 -> 0.765 / 0.890
    # session 36 (s36-real-byline, errors unread): 0.765 / 0.890 -> 0.778 / 0.892
    # session 39 (attributions, blind72 round, errors unread): 0.778 / 0.892 -> 0.790 / 0.893
    # session 44 (heldout76 round, errors unread): 0.790 / 0.893 -> 0.790 / 0.8947
    # session 47 (dumps_ml81 round, errors unread): 0.7901 / 0.8947 -> 0.8025 / 0.8961
    "dumps_ml52": (0.802, 0.896),
    # dumps_ml50 (34 pages, 80 records; labels written blind at session 31's start, scored with its starting code
    # (5bf1abc) and its final code, never studied): 0.835 / 0.868 with both.
    "dumps_ml50": (0.84, 0.87),  # session 32 (errors unread): 0.835 / 0.868 -> 0.848 / 0.870
    # dumps_ml48 (34 pages, 107 records; labels written blind at session 30's start, scored with its starting code
    # (c692429) and its final code, never studied): 0.837 / 0.879 with the starting code, 0.848 / 0.880 with the final
    # code.
    # session 39 (attributions, blind72 round, errors unread): 0.859 / 0.890 -> 0.859 / 0.899
    # session 41 (dumps_ml69's fixes, errors unread): 0.859 / 0.899 -> 0.8696 / 0.9000
    # session 46 (dumps_ml79 round, errors unread): 0.8696 / 0.9000 -> 0.8804 / 0.9009
    "dumps_ml48": (0.88, 0.9),  # session 33 (errors unread): 0.848 / 0.880 -> 0.859 / 0.890
    # dumps_ml46 (34 pages, 99 records; labels written blind at session 29's start, scored with its starting code
    # (80631ac) and its final code, never studied): 0.846 / 0.976 with both.
    # session 39 (s39-realcite, a long caption's picture credit after its last sentence; errors unread): 0.846 / 0.976
    # -> 0.857 / 0.976
    # session 47 (dumps_ml81 round, errors unread): 0.8571 / 0.9762 -> 0.8681 / 0.9765
    "dumps_ml46": (0.868, 0.976),
    # dumps_ml44 (34 pages, 101 records; labels written blind at session 28's start, scored with its starting code
    # (04844a2) and its final code, never studied): 0.777 / 0.826 with both.
    # session 29 (errors unread): 0.777 / 0.826 -> 0.787 / 0.828
    # session 36 (s36-real-byline, errors unread): 0.787 / 0.828 -> 0.809 / 0.832
    # session 38 (blind70 round, errors unread): 0.809 / 0.832 -> 0.819 / 0.833
    # session 46 (dumps_ml79 round, errors unread): 0.819 / 0.833 -> 0.8297 / 0.8350
    "dumps_ml44": (0.829, 0.835),
    # dumps_ml42 (34 pages, 99 records; labels written blind at session 27's start, scored with its starting code
    # (7c337e3) and its final code, never studied): 0.931 / 0.925 with both.
    # session 35 (errors unread): 0.931 / 0.925 -> 0.943 / 0.926
    # session 38 (blind70 round, errors unread): 0.943 / 0.926 -> 0.954 / 0.926
    "dumps_ml42": (0.954, 0.926),
    # dumps_ml40 (34 pages, 86 records; labels written blind at session 26's start, scored with its starting code
    # (76b9649) and its final code, never studied): 0.848 / 0.847 with both.
    # session 28 (errors unread): 0.848 / 0.847 -> 0.861 / 0.859
    # session 29 (errors unread): 0.861 / 0.859 -> 0.873 / 0.860
    "dumps_ml40": (0.88, 0.86),  # session 30 (errors unread): 0.873 / 0.860 -> 0.886 / 0.862
    # dumps_ml38 (34 pages, 92 records; labels written blind at session 25's start, scored with its starting code
    # (b154e82) and its final code, never studied): 0.800 / 0.910 -> 0.812 / 0.911.
    # session 38 (blind70 round, errors unread): 0.812 / 0.911 -> 0.812 / 0.912
    # session 44 (dumps_ml75 round, errors unread): 0.8118 / 0.9125 -> 0.8118 / 0.9241
    # session 45 (dumps_ml77 round, errors unread): 0.8118 / 0.9241 -> 0.8235 / 0.9250
    "dumps_ml38": (0.823, 0.925),
    # dumps_ml36 (34 pages, 80 records; labels written blind at session 24's start, scored with its starting code
    # (569442c) and its final code, never studied): 0.945 / 0.887 with both.
    # session 38 (blind70 round, and the dumps63 round alone, errors unread): 0.945 / 0.887 -> 0.945 / 0.899; the
    # rounds merged: 0.945 / 0.910
    "dumps_ml36": (0.945, 0.91),
    # dumps_ml34 (34 pages, 94 records; labels written blind at session 23's start, scored with its starting code
    # (aacdcbb) and its final code, never studied): 0.852 / 0.951 -> 0.864 / 0.952.
    # session 29 (errors unread): 0.875 / 0.964 -> 0.886 / 0.964
    # session 39 (dumps65: the text dumps' segmenter and attributions, errors unread): 0.898 / 0.965 -> 0.909 / 0.965
    "dumps_ml34": (0.909, 0.965),  # session 25 (errors unread): 0.864 / 0.952 -> 0.875 / 0.964; s33: 0.898 / 0.965
    # dumps_ml32 (34 pages, 90 records; labels written blind at session 22's start, scored with its starting code
    # (79f0076) and its final code, never studied): 0.763 / 0.753 -> 0.785 / 0.765.
    # session 29 (errors unread): 0.796 / 0.776 -> 0.806 / 0.778
    # session 34 (errors unread): 0.817 / 0.780 -> 0.828 / 0.782
    "dumps_ml32": (0.82, 0.78),  # session 26 (errors unread): 0.785 / 0.765 -> 0.796 / 0.776; s33: 0.817 / 0.780
    # dumps_ml33 (34 pages, 89 records, 3 optional; labels written blind at session 22's end, scored once at session
    # 23's start, then studied): first 0.860 / 0.895. Session 23's attribution round
    # (tests/test_dumps_ml33_attributions_round.py: short acronyms among the officials' stems, initialled names in
    # capitals or without case, the page's own paper by its masthead's words, common nouns opening a sentence, a
    # photographer under a caption): 0.860 / 0.895 -> 0.907 / 0.920.
    "dumps_ml33": (0.90, 0.92),
    # dumps_ml35 (34 pages, 100 records, 13 optional; labels written blind at session 23's end, scored once at session
    # 24's start, then studied): first 0.782 / 0.785. Session 24's attribution round
    # (tests/test_dumps_ml35_attributions_round.py: a source line's sources parted by slashes, a dash before a known
    # agency signing the story, the Greek interviewer's cue, Marathi endings on an agency's name, the place-date-agency
    # dateline parted by commas, a paper named by a compound closed by its newspaper word, officials' longer names):
    # 0.782 / 0.785 -> 0.920 / 0.887 on its branch; 0.908 / 0.885 merged with the same session's segmenter round, which
    # (rightly) takes a page's "Hören | Teilen | Merken" tool bar for chrome: the head's chrome lines between the
    # standfirst and the first paragraph then number six, above STANDFIRST_GAP_LINES, and the bare name among them is
    # no longer read as the byline (tasks/credits/byline_block._head; left as it is, one record).
    # session 36 (s36-real-byline: the segmenter's name over its date read wherever the block misses it): 0.908 / 0.885
    # -> 0.920 / 0.887
    # session 38 (blind70 round): 0.920 / 0.887 -> 0.920 / 0.888
    "dumps_ml35": (0.919, 0.887),
    # dumps_ml37 (34 pages, 75 records, 1 optional; labels written blind at session 24's end, scored once at session
    # 25's start, then studied): first 0.865 / 0.928. Session 25's attribution round
    # (tests/test_dumps_ml37_attributions_round.py: a closing "reports" after any cue, the Kannada "picture" after a
    # known agency or outlet, "Photo: Contributed", an agency in brackets closing the lead, the live blog's host, a
    # picture cue in capitals over a headline, German plans after "laut", "file photo" alone in the head, signatories
    # stacked under the text, a date taken for a subheading by the byline): 0.865 / 0.928 -> 0.986 / 0.986. Left: the
    # uk page's "Як повідомляло Укрінформ" is labelled a source, but Ukrinform is a known agency (agency record).
    "dumps_ml37": (0.98, 0.98),
    # dumps_ml39 (34 pages, 103 records, 9 optional; labels written blind at session 25's end, scored once at session
    # 26's start, then studied): first 0.872 / 0.945; session 26's fixes (tests/test_dumps_ml39_attributions_round.py)
    # 0.872 / 0.945 -> 0.957 / 0.979; session 27's dumps_ml41 round (a name alone set apart under the text) 0.957 /
    # 0.979 -> 0.968 / 0.979; session 31's dumps_ml49 segmenter round (a share bar's button alone on a line) 0.968 /
    # 0.979 -> 0.979 / 0.980.
    "dumps_ml39": (0.97, 0.97),
    # dumps_ml41 (34 pages, 79 records, 4 optional; labels written blind at session 26's end, scored once at session
    # 27's start, then studied): first 0.827 / 0.928; session 27's fixes (tests/test_dumps_ml41_attributions_round.py)
    # 0.827 / 0.928 -> 0.947 / 0.986.
    "dumps_ml41": (0.94, 0.98),
    # dumps_ml43 (34 pages, 86 records, 8 optional; labels written blind at session 27's end, scored once at session
    # 28's start, then studied): first 0.692 / 0.800. Session 28's attribution round
    # (tests/test_dumps_ml43_attributions_round.py: Finnish "kirjoittanut", Somali "sawir", the live feed's host,
    # nameless credits closing a caption, German papers after "laut", reflexive verbs, the own station under its
    # masthead, a writer's code after a slash or in brackets under the pager, given names, standings headings, an
    # outlet's own article, an agency's own name in quotes after the dateline, a Khmer caption's supplier): 0.692 /
    # 0.800 -> 0.833 / 0.905.
    # Session 28's segmenter round (a bare name over the date is the head's, not text) on its own: 0.692 / 0.800 ->
    # 0.705 / 0.803; both rounds together: 0.846 / 0.907.
    # session 36 (s36-real-byline, the name over its date): 0.872 / 0.912 -> 0.885 / 0.914
    # session 38 (blind70 round): 0.885 / 0.914 -> 0.897 / 0.915
    "dumps_ml43": (0.897, 0.914),
    # dumps_ml45 (34 pages, 88 records, 5 optional; labels written blind at session 28's end, scored once at session
    # 29's start, then studied): first 0.807 / 0.909. Session 29's attribution round
    # (tests/test_dumps_ml45_attributions_round.py: a place's genitive before the police, "D.R." and a family's
    # archive closing a caption, the Arabic "picture from the archive", "published by", "Staff Reporter" after a name,
    # an institution's name with a saint's in quotes, a person named with an age in brackets, a date with middle dots,
    # a title-case photographer under the caption, a guest writer's role over the date, "© Own Outlet / Name", the
    # network's regional edition): 0.807 / 0.909 -> 0.952 / 0.965. Session 29's segmenter round on its own (captions
    # and their credits, a closing sentence and line-ups under the text): 0.807 / 0.909 -> 0.831 / 0.911; both rounds
    # together: 0.952 / 0.953; once the name under a caption pair the segmenter found is read as its photographer,
    # never as a byline of the head (attribution.py): 0.964 / 0.965.
    # session 38 (blind70 round): 0.964 / 0.965 -> 0.976 / 0.966
    "dumps_ml45": (0.975, 0.965),
    # dumps_ml47 (34 pages, 84 records, 1 optional; labels written blind at session 29's end, scored once at session
    # 30's start, then studied): first 0.831 / 0.946. Session 30's attribution round
    # (tests/test_dumps_ml47_attributions_round.py: the interviewer's "Rozhovor pripravil", the Marathi "file photo",
    # the Burmese "news -" byline, a read-also line under the text signing nothing, the writer answering readers in
    # the comments, a gallery's picture credit beside its byline, the byline writer's initials under a caption, a
    # closing quote signed "(©NTB)", a live blog's entry citing an agency over its picture's credit, an opinion
    # column's closing bio naming the writer of the head): 0.831 / 0.946 -> 0.940 / 0.975.
    "dumps_ml47": (0.93, 0.97),
    # dumps_ml49 (34 pages, 89 records, 3 optional; labels written blind at session 30's end, scored once at session
    # 31's start, then studied): first 0.884 / 0.917. Session 31's attribution round
    # (tests/test_dumps_ml49_attributions_round.py: the source cues "Sors", "Madda", "Inkomoko", the bylines "Onye dere
    # ya", Lao "news:", Maltese "Rapport:", the Punjabi "by" after three words, "Foto: Verskaf", "about the writer" in
    # Punjabi and Hindi, the Irish article inside an outlet's name, a place's adjective before a department, "© Name"
    # under a caption, the Maltese read-also line): 0.884 / 0.917 -> 1.000 / 0.978; the segmenter round on its own
    # (tests/test_dumps_ml49_round.py) 0.884 / 0.917 -> 0.884 / 0.928; both rounds together 1.000 / 0.978. Left: the
    # page's own outlet beside its photographer ("Photo by Ann Lee / Own Paper"), labelled no record here, a photo
    # record in older sets.
    "dumps_ml49": (1.0, 0.97),
    # dumps_ml51 (34 pages, 89 records, 9 optional; labels written blind at session 31's end, scored once at session
    # 32's start, then studied): first 0.813 / 0.848. Session 32's attribution round
    # (tests/test_dumps_ml51_attributions_round.py: the Faroese "Kelda:", the Kurmanji "Nûçe:", the Tigrinya "ብ", the
    # Italian "secondo quanto riportato da", the Hausa "a cewar", the Romance "office" as an official body, a Hebrew
    # writer's title, an outlet's quoted name, a writer "(avec AFP)", a name over two titles joined by "and", a
    # caseless name over its place over the date, teasers' credits under a heading of links or between two headlines):
    # 0.813 / 0.848 -> 0.925 / 0.916. Left as labelled: the slashed picture credits kept whole ("Keystone/Gian
    # Ehrenzeller", "EFE/Eliseo Trigo", "ANTARA/Didik Suhartono", "Reprodução/EPTV": the project parts the agency from
    # the photographer; 4 required missed, 7 extras); a caption the segmenter took for the headline ("… 사진=연합뉴스");
    # "AMED (MA)", the Mezopotamya agency's dateline ("MA" is also Maranhão's and Massachusetts' abbreviation).
    "dumps_ml51": (0.92, 0.91),
    # dumps_ml53 (34 pages, 78 records, none optional; labels written blind at session 32's end, scored once at
    # session 33's start, then studied): first 0.859 / 0.971. Session 33's attribution round
    # (tests/test_dumps_ml53_attributions_round.py: the Irish "Foinse:", the Arabic "إعداد:", the Welsh "Cyfrannwr" and
    # the Gujarati "(ફાઈલ તસવીર)" naming no one, a family's picture credit, the Zulu "Ngu" written onto the name, "…
    # - Foto Bernama", a capitalised byline cue over the date no headline, a video teaser's headline read as a name,
    # "(red/mk)"): 0.859 / 0.971 -> 0.987 / 0.987. Left as labelled: a gallery's first credit above the article's head
    # (it-01's "Foto: Donato Fasano", labelled the article's); "За даними Укргідрометцентру" (a weather service cited
    # for its data, labelled no record; the rules read an outlet after "за даними").
    "dumps_ml53": (0.98, 0.98),
    # dumps_ml55 (34 pages, 84 records, 6 optional; labels written blind at session 33's end, scored once at
    # session 34's start, then studied): first 0.718 / 0.776. Session 34's attribution round
    # (tests/test_dumps_ml55_attributions_round.py: the Faroese "Sambært", the Shona "Sekutaura kwakaita", the Kurmanji
    # "Wek ku … ragihand", the Korean "[사진=… 제공]", the Ethiopic "፦" closing a caption's credit, the Tagalog "Larawan
    # ni" and "Video mula sa"; the segmenter's round brought a paragraph under a two-link box back): 0.718 / 0.776 ->
    # 0.821 / 0.798. Left as labelled: the slashed credits kept whole (six: "Dave Mellor/Sentinel Express", "Jon Urbe /
    # Foku", "Élodie Marchal / Radio Normandie Sud": the project parts the photographer from the outlet); "Dok. BPBD
    # …" (the Indonesian "documentation" kept in the name); the Amharic "በ" written onto the writer's name (also "in",
    # "at" before any word); a Shona byline in capitals after "NA" (also "and"); bodies cited for their data ("A
    # Saneago informou", "De acuerdo con la Dirección Meteorológica": the rules read a source, labelled none).
    "dumps_ml55": (0.82, 0.79),
    # dumps_ml57 (34 pages, 88 records, 15 optional; labels written blind at session 34's end, scored once at
    # session 35's start, then studied): first 0.822 / 0.928. Session 35's attribution round
    # (tests/test_dumps_ml57_attributions_round.py: file photos naming no one in Icelandic, Telugu, Kannada, Malayalam
    # and Khmer, Kannada initials written together, the Kyrgyz "Кабарчы:", the Icelandic "greint á", the Albanian "për
    # agjencinë", the Yoruba "Gẹ́gẹ́ bí" with the BBC's African services, a subject pronoun after a verb-second
    # reporting
    # verb, the Italian harbour authority as an official body): 0.822 / 0.928 -> 0.945 / 0.973. Left: bare bylines in
    # scripts without case over the date (kn-01, si-01), the Telugu agency with its dative suffix, "Written by …,
    # Administration Office", ru-02's slashed credit kept whole.
    # session 38 (blind70 round): 0.945 / 0.973 -> 0.973 / 0.974
    "dumps_ml57": (0.972, 0.974),
    # dumps_ml59 (34 pages, 85 records, 8 optional; labels written blind at session 35's end, scored once at
    # session 36's start, then studied): first 0.870 / 0.919. Session 36's attribution round
    # (tests/test_dumps_ml59_attributions_round.py: a Catalan double surname after "i", the Catalan "Fotografies:",
    # the Faroese "Keldur:", the Quebec "Photo gracieuseté", Somali outlet words after the reporting verb, the
    # segmenter's bare name over the head's date, "With AAP" in the byline block): 0.870 / 0.919 -> 0.948 / 0.937;
    # s36-real-byline (the name over its date) alone: 0.883 / 0.920.
    # Left: the Hebrew "Dr" before a bare byline, the Shona "naTendai" written onto the name, Basque "NAME / FOKU"
    # closing a caption, the Quebec "(Photo gracieuseté)" in brackets; label doubts: the outlet after a
    # photographer's slash (pt-01, ru-02), the Ukrainian agency's inflected form and own earlier report (uk-01).
    "dumps_ml59": (0.94, 0.93),
    # dumps_ml61 (34 pages, 98 records, 11 optional; labels written blind at session 36's end, scored once at
    # session 37's start, then studied): first 0.851 / 0.915. Session 37's attribution round
    # (tests/test_dumps_ml61_attributions_round.py: the Peruvian "Escribe:", the Albanian "Intervistoi:", the Sinhala
    # "ලියන්නේ:", the Malayalam "അവലംബം:", the Finnish "kotialbumi" and the Indian papers' "special correspondent" and
    # "poster" naming no one, the Romanian "citați de", the Malayalam "as (X) reported" with the Gulf papers' Malayalam
    # names, a national directorate as an official body, a Russian body's field in the genitive, a memorial's
    # signature over the writer's bio): 0.851 / 0.915 -> 0.954 / 0.966 (with the segmenter round's bio cut).
    # Left: et-01's bare name over its own photo credit, it-01's "Foto" with no colon before a studio, kn-01's bare
    # byline in Kannada and "ಚಿತ್ರ:" as "film:" in a cast box; label doubts: ru-01's Tatar-inform (a news agency,
    # labelled a source), es-01's opinion teaser's byline above the article.
    # Session 39 (blind72 round: "Foto" and a photographer's name with no colon): 0.954 / 0.966 -> 0.966 / 0.967.
    "dumps_ml61": (0.965, 0.966),
    # dumps_ml63 (34 pages, 98 records, 19 optional; labels written blind at session 37's end, scored once at
    # session 38's start, then studied): first 0.797 / 0.852. Session 38's attribution round
    # (tests/test_dumps_ml63_attributions_round.py: the Hindi "file photo" closing a caption after the danda, a cue
    # phrase ending in its linking word ("Larawan mula sa", "Photo courtesy of") closing a caption, the Amharic "by
    # our reporter", the Sindhi "فوٽو:", an agency's own acronym in brackets after its name, the Kurmanji name of
    # Mezopotamya Ajansa, "Patria" only with a cue, a caption opened by its picture's word before a named credit, the
    # writers' codes under an agency's credit line): 0.797 / 0.852 -> 0.899 / 0.906.
    # Left: the slashed picture credits kept whole (de-02, es-01, id-01: the project splits agency and photographer),
    # "© D.R." closing a caption, the Marathi bare name over its place and date, the Tigrinya "ብ" and Shona "Naa"
    # before the name, the Shona "ne-" written onto "New Ziana".
    # Session 39 (blind72 round: the Shona "Naa" and "neNew Ziana"): 0.899 / 0.906 -> 0.924 / 0.929.
    # Session 47 (dumps_ml81 round: the stacked byline's labelled date, the Marathi name over place and date left
    # above): 0.9241 / 0.9294 -> 0.9367 / 0.9302.
    "dumps_ml63": (0.936, 0.93),
    # dumps_ml65 (34 pages, 86 records, 9 optional; labels written blind at session 38's end, scored once at
    # session 39's start, then studied): first 0.753 / 0.747. Session 39's round (tests/test_dumps_ml65_round.py,
    # tests/test_dumps_ml65_attributions_round.py: the closing reporter's and interviewer's cues before a colon
    # (Albanian "Raportoi:", Sinhala "වාර්තාව:", Mongolian "Ярилцсан:"), the Yoruba source cue "Orísun:", the Kannada
    # "collection" naming no one, a club's letters in a supplier's name, QNA's short name (also the city Qena) only by
    # a cue or in the Arabic spaced-dash dateline, the sign-off under a wire's source line, and the segmenter's
    # condolences heading, match facts and dates in a script's own digits): 0.753 / 0.747 -> 0.831 / 0.810; the
    # agency, a dash and its writer over the text ("STT–Anni Korhonen"): 0.857 / 0.814.
    # Left: the slashed picture credits kept whole (et-01, fi-01, pt-01, ro-01, sk-01, de-02's "dpa/lsw": the project
    # parts agency and photographer), "Danmarks Statistik" (its "Statistik" is a generic word), a gallery's first
    # credit far above its text, the Kazakh press service in lower case, a byline's two-word town after its comma, a
    # grid company cited by its verb.
    # The blind72 round alone (Qena, a place that QNA's acronym spells): 0.753 / 0.747 -> 0.753 / 0.765;
    # the rounds merged: 0.857 / 0.814.
    "dumps_ml65": (0.857, 0.813),
    # dumps_ml67 (34 pages, 104 records, 8 optional; labels written blind at session 39's end, scored once at
    # session 40's start, then studied): first 0.885 / 0.957. Session 40's round (tests/test_dumps_ml67_round.py,
    # tests/test_dumps_ml67_attributions_round.py: the Slovenian interviewer's cue, the Somali and Shona source cues
    # and a live blog's host before a colon, PPI and APP in Sindhi and Urdu script, the agency's sign-off with its
    # staff's codes ("AGP/RKM/BM"), an initial and a surname alone under the text, a German person cited by a role,
    # and the segmenter's date row under a bare byline): 0.885 / 0.957 -> 0.969 / 0.970.
    # Left: a Latvian byline's name over its editor's line, a video credit naming a broadcaster's desk in sentence
    # case ("LTV Ziņu dienests"), "Theo TTXVN" (a source by the project's cue, an agency by these labels and
    # dumps_ml19's, a source by dumps_ml11's), institutions cited by their verb ("Укренерго повідомили").
    "dumps_ml67": (0.968, 0.970),
    # dumps_ml69 (34 pages, 92 records; labels written blind at session 40's end, scored once at session 41's start,
    # then studied): first 0.924 / 0.988. Session 41's round (tests/test_dumps_ml69_attributions_round.py: "video" in
    # the Indian scripts, the Yoruba "internet", one known outlet after a contributors' note, La Prensa as written, the
    # Irish surname particles; and the segmenter's head caption, which lets the dateline under it be read):
    # 0.924 / 0.988 -> 0.989 / 1.000. Left: an Algerian byline's bare name in Arabic between the headline and the date.
    "dumps_ml69": (0.989, 1.0),
    # dumps_ml71 (34 pages, 97 records, 6 optional; labels written blind at session 41's end, scored once at session
    # 42's start, then studied): first 0.846 / 0.964. Session 42's round (tests/test_dumps_ml71_attributions_round.py:
    # Chichewa, Shona, Sesotho and Indonesian cues, "Picture supplied", the wire's dateline alone under a bare byline,
    # "F.K./ACAP", a wire's title-case acronym under a cued byline): 0.846 / 0.964 -> 0.9560 / 0.9785.
    "dumps_ml71": (0.956, 0.978),
    # dumps_ml73 (34 pages, 80 records, 9 optional; labels written blind at session 42's end, scored once at session
    # 43's start, then studied): first 0.817 / 0.941; session 43 (its studied fixes: Kyrgyz, Telugu and "Reporting:"
    # cues, the Kannada file picture, a particled photographer, press offices, ENA in Oromo, the outlet told, "dk",
    # the Malayalam October): 0.9859 / 0.9615.
    "dumps_ml73": (0.985, 0.961),
    # dumps_ml75 (34 pages, 83 records, 4 optional; labels written blind at session 43's end, scored once at session
    # 44's start, then studied): first 0.861 / 0.886; session 44 (its studied fixes: Sesotho cues in Lesotho's spelling,
    # a name closing on "News Agency", federations and directorates no source, a desk after the agency's slash, the
    # Persian ZWNJ and a dateline naming its agency by the word, a sign-off's bracketed agency, a wire's "（共同）"
    # alone under the text): 0.9367 / 0.9382.
    "dumps_ml75": (0.936, 0.938),
    # dumps_ml77 (34 pages, 80 records, 9 optional; labels written blind at session 44's end, scored once at session
    # 45's start, then studied): first 0.817 / 0.942. Session 45 (helper s45-dumps77,
    # tests/test_dumps_ml77_attributions_round.py: a wire in a byline as "/ritzau/", "The ABC" opening a sentence,
    # "the author" as a picture credit's whole name, "Symbolfoto", and the line fixes' "-- BERNAMA"): 0.8732 / 0.9583.
    "dumps_ml77": (0.873, 0.958),
    # dumps_ml79 (34 pages, 103 records, 7 optional; labels written blind at session 45's end, scored once at session
    # 46's start, then studied): first 0.927 / 0.989. Session 46 (helper s46-dumps79,
    # tests/test_dumps_ml79_attributions_round.py: the syndication note under the writers' credit lines and in more
    # languages, the Yoruba "as the news agency X", a caseless byline closed by a job title after its comma, its name's
    # parts joined by a maqaf): 0.9583 / 0.9894.
    "dumps_ml79": (0.958, 0.989),
    # dumps_ml81 (34 pages, 81 records, 7 optional; labels written blind at session 46's end, scored once at session
    # 47's start, then studied): first 0.8649 / 0.9091. Session 47 (helper s47-dumps81,
    # tests/test_dumps_ml81_attributions_round.py: a cue in either yeh and kaf spelling, the plural picture cue, the
    # wire's "(©NTB)" under the text, the day-dot dateline "Place 9. mája (TASR)", a byline wrapped onto "and Wire",
    # a ministry's regional office as picture supplier, a stacked byline's labelled date and a reader's description
    # before the town): 0.9729 / 0.9285.
    "dumps_ml81": (0.972, 0.928),
    # dumps_ml83 (34 pages, 68 records, 1 optional; labels written blind at session 47's end, scored once at session
    # 48's start, then studied): first 0.9403 / 0.9697. Session 48 (helper s48-dumps83, the Kurdish "writer:" cue, a
    # desk opened by its head noun, the Maghrebi "Ait" inside a name, the Basque council as an official, a gallery's
    # head credit over its slides; tests/test_dumps_ml83_attributions_round.py): 0.9851 / 1.0.
    "dumps_ml83": (0.985, 1.0),
    # dumps_ml85 (34 pages, 92 records, 8 optional; labels written blind at session 48's end, scored once at session
    # 49's start, then studied): first 0.8810 / 0.9630. Session 49 (helper s49-dumps85, "archive" as a whole picture
    # credit in more languages, the Lao "by:", "Photo" before a supplier's acronym, the Pashto "citing", the
    # interviewer's "Entrevista:", the writer after the town's dash over the date; tests/test_dumps_ml85_attributions_
    # round.py): 0.9524 / 0.9767.
    "dumps_ml85": (0.952, 0.976),
    # dumps_ml30 (34 pages, 90 records; labels written blind at session 21's start, scored with its starting code
    # (91ca236) and its final code, never studied): 0.859 / 0.820 with both.
    "dumps_ml30": (0.85, 0.9),  # session 30 (errors unread): 0.859 / 0.830 -> 0.859 / 0.839; s32: 0.859 / 0.901
    # + an unknown agency between slashes after a Russian wire dateline ("/Регион-Информ/"): 0.860 / 0.865; + a bare
    # byline with its place ("Daniel Okafor in London"): 0.880 / 0.868.
    # Session 14 (tasks/credits/nameless.py: no desk is a nameless author; no video, gallery or source cue over a
    # headline is a nameless credit): precision 0.868 -> 0.902, found unchanged on every set.
    # Session 37 (s37-real-byline, "March 2, 2025 by Alison · 14 comments": the blogger's one-word name after the date
    # opening the head's byline; a studied set): 0.940 / 0.942 -> 0.960 / 0.943
    "dumps_ml5": (0.96, 0.94),
    # Session 21's dumps_ml29 attribution fixes (a supplier's name in sentence case after a picture cue): 0.859 / 0.937
    # -> 0.875 / 0.952.
    "dumps_ml7": (0.87, 0.95),  # session 14: 0.908 -> 0.922
    # dumps_ml8 (never studied): 0.634 / 0.814 -> 0.648 / 0.817 in session 12, its Vietnamese page signed by the
    # writer's name alone (signing_languages.csv).
    # Session 13 (errors unread): 0.648 / 0.817 -> 0.676 / 0.839 (photo-credit parts, the slashed wire dateline).
    # Session 14 (nameless records, errors unread): 0.676 / 0.839 -> 0.676 / 0.867.
    # Session 14's dumps_ml15 fixes (errors unread): 0.676 / 0.839 -> 0.676 / 0.852 (the publisher named as the author).
    # Both together: 0.676 / 0.881.
    # Session 17 ("courtesy of" as an English picture cue, errors unread): 0.676 / 0.881 -> 0.690 / 0.883.
    # Session 20 (errors unread): 0.690 / 0.898 -> 0.704 / 0.900.
    # Session 21's dumps_ml29 attribution fixes and real21's byline-block fixes, each alone (errors unread): 0.704 /
    # 0.900 -> 0.718 / 0.902; both merged: 0.732 / 0.903.
    # session 22 (dumps_ml31 rounds, errors unread): 0.732 / 0.903 -> 0.746 / 0.905.
    # session 28 (errors unread): 0.746 / 0.905 -> 0.761 / 0.906
    # session 38 (blind70 round, errors unread): 0.761 / 0.906 -> 0.775 / 0.908
    # session 42 (dumps_ml71's fixes, errors unread): 0.775 / 0.908 -> 0.7746 / 0.9130
    # session 44 (s44-realcite: "(With inputs from PTI)" on a line of its own, errors unread): 0.9130 -> 0.9142
    # session 46 (dumps_ml79 round, errors unread): 0.9142 -> 0.9154
    "dumps_ml8": (0.774, 0.915),
    "dumps_ml9": (0.96, 0.93),  # session 14: 0.911 -> 0.935
    # dumps_ml10 (29 pages, labels written blind at session 11's start, scored at its end, never studied): 0.811 / 0.871
    # (0.770 / 0.866 with the session's starting code); 0.824 / 0.873 after session 12's blind18 fixes (a Finnish
    # "kertoi ensimmäisenä Yle": the adverb between the verb and its subject).
    # Session 13's heldout14 fixes (errors unread): 0.824 / 0.873 -> 0.851 / 0.877.
    # Session 14 (nameless records, errors unread): 0.851 / 0.877 -> 0.851 / 0.914.
    # Session 14's dumps_ml15 fixes (errors unread): 0.851 / 0.877 -> 0.865 / 0.878.
    # Session 19's dumps_ml25 fixes (errors unread): 0.865 / 0.915 -> 0.878 / 0.917.
    # Session 21's dumps_ml29 attribution fixes and real21's byline-block fixes, each alone (errors unread): 0.878 /
    # 0.917 -> 0.878 / 0.930.
    # session 21 (errors unread): 0.878 / 0.917 -> 0.878 / 0.930; session 22: 0.892 / 0.944.
    # session 38 (blind70 round, errors unread): 0.919 / 0.958 -> 0.932 / 0.959
    "dumps_ml10": (0.932, 0.958),  # session 23 (errors unread): 0.892 / 0.944 -> 0.905 / 0.958; session 24: 0.919
    # dumps_ml11 (29 pages, labels written blind at session 11's end, scored once at session 12's start, then studied):
    # first 0.701 / 0.939; after session 12's general fixes (fitted) 0.977 / 0.946.
    # Session 13: 0.977 / 0.946 -> 0.989 / 0.947 (its Vietnamese signature "MINH ANH" in ASCII capitals).
    "dumps_ml11": (0.98, 0.95),  # session 14: 0.947 -> 0.957
    # dumps_ml12 (30 pages, labels written blind at session 12's start, nameless credits as records with no name, scored
    # at its end, never studied): 0.731 / 0.857 (0.692 / 0.844 with the session's starting code); 0.756 / 0.873 with
    # session 13's dumps_ml13 fixes.
    # + the Arabic full stop as Urdu's sentence end (not fully blind: see tests/test_quality.py): 0.795 / 0.878.
    # Session 14 (nameless records, errors unread): 0.795 / 0.878 -> 0.795 / 0.903.
    # Session 14's dumps_ml15 fixes (errors unread): 0.795 / 0.878 -> 0.808 / 0.880.
    # Session 19 (real19: joining words not counted in a cued line's length): 0.808 / 0.904 -> 0.833 / 0.907.
    # Session 20's dumps_ml27 fixes (errors unread): 0.833 / 0.907 -> 0.846 / 0.908.
    # Session 21's dumps_ml29 attribution fixes and real21's byline-block fixes, each alone (errors unread): 0.846 /
    # 0.908 -> 0.859 / 0.909.
    # session 21, both rounds merged (errors unread): 0.846 / 0.908 -> 0.872 / 0.910; session 25: 0.885 / 0.911
    # session 28 (errors unread): 0.910 / 0.925 -> 0.923 / 0.926
    # session 26 (errors unread): 0.885 / 0.911 -> 0.897 / 0.924; s27: 0.910 / 0.925; session 37 (s37-dumps61, errors
    # unread): 0.923 / 0.926 -> 0.936 / 0.927
    # session 43 (blind80 round: a place after "in" before a reporting verb, errors unread): 0.936 / 0.927 -> 0.936 /
    # 0.938
    "dumps_ml12": (0.935, 0.938),
    # dumps_ml13 (30 pages, labels written blind at session 12's end, scored once at session 13's start, then studied):
    # first 0.703 / 0.853; after session 13's general fixes (fitted) 0.973 / 0.948.
    # Session 21's dumps_ml29 attribution fixes (the writer over the place filed from over the date): 0.973 / 0.986 ->
    # 0.986 / 0.987.
    # session 36 (s36-real-cite, an unknown acronym after "according to" is no source): 0.987 / 0.987 -> 0.987 / 1.000
    "dumps_ml13": (0.98, 1.0),  # session 14: 0.948 -> 0.986
    # dumps_ml14 (30 pages, labels written blind at session 13's start, scored at its end, never studied):
    # 0.709 / 0.795, the same with the session's starting code.
    # + the Arabic full stop as Urdu's sentence end (not fully blind): 0.721 / 0.797.
    # Session 14 (nameless records, errors unread): 0.721 / 0.797 -> 0.721 / 0.808.
    # Session 14's dumps_ml15 fixes (errors unread): 0.721 / 0.797 -> 0.733 / 0.800. Both together: 0.733 / 0.810.
    # Session 15's dumps_ml17 fixes (errors unread): 0.733 / 0.810 -> 0.756 / 0.825.
    # Session 20's blind34 fixes (errors unread): 0.756 / 0.825 -> 0.767 / 0.827.
    # Session 21's dumps_ml29 attribution fixes and real21's byline-block fixes, each alone (errors unread): 0.767 /
    # 0.827 -> 0.779 / 0.840.
    # session 28 (errors unread): 0.791 / 0.852 -> 0.802 / 0.854
    "dumps_ml14": (
        0.81,
        0.85,
    ),  # session 21 (errors unread): 0.767 / 0.827 -> 0.779 / 0.850; s27: 0.791 / 0.852; s33: 0.814 / 0.855
    # dumps_ml15 (30 pages, labels written blind at session 13's end, scored once at session 14's start, then studied):
    # first 0.809 / 0.877; nameless records alone 0.809 / 0.934; session 14's general fixes alone (fitted) 1.000 /
    # 0.946; both 1.000 / 0.972.
    "dumps_ml15": (1.0, 0.97),
    # dumps_ml16 (30 pages, labels written blind at session 14's start, scored at its end, never studied):
    # 0.733 / 0.824 (0.720 / 0.800 with the session's starting code).
    # Session 15's dumps_ml17 fixes (errors unread): 0.733 / 0.824 -> 0.733 / 0.836.
    # Session 16's dumps_ml19 fixes (errors unread): 0.733 / 0.836 -> 0.760 / 0.851.
    # Session 19's dumps_ml25 fixes (errors unread): 0.760 / 0.851 -> 0.773 / 0.853.
    # session 29 (errors unread): 0.813 / 0.870 -> 0.813 / 0.882
    # session 23 (errors unread): 0.773 / 0.853 -> 0.800 / 0.857; session 24: 0.813 / 0.870; session 30: 0.827 / 0.883
    # session 36 (s36-real-cite, an unknown acronym after "according to" is no source; errors unread): 0.840 / 0.885 ->
    # 0.840 / 0.896
    "dumps_ml16": (0.84, 0.89),  # session 33 (errors unread): 0.827 / 0.883 -> 0.840 / 0.885
    # dumps_ml17 (34 pages, labels written blind at session 14's end, scored once at session 15's start, then studied):
    # first 0.688 / 0.958; after session 15's general fixes (fitted, tests/test_dumps_ml17_round.py) 0.903 / 0.989;
    # + a data noun after "according to", "X FOR «OUTLET»" captions: 0.925 / 0.989.
    # Session 16's dumps_ml19 fixes (a known agency alone in its bracket): 0.935 / 0.989 -> 0.946 / 0.989.
    # Session 19's dumps_ml25 fixes (an institution's name on a source line): 0.946 / 0.989 -> 0.957 / 0.990.
    # session 38 (blind70 round): 0.957 / 0.990 -> 0.968 / 0.990
    "dumps_ml17": (0.967, 0.989),  # with the real-page rules of session 15: 0.935 / 0.989
    # dumps_ml18 (30 pages, labels written blind at session 15's start, scored at its end, never studied):
    # 0.800 / 0.815 (0.750 / 0.816 with the session's starting code).
    # Session 16's dumps_ml19 fixes (errors unread): 0.800 / 0.815 -> 0.812 / 0.827.
    # Session 21's dumps_ml29 attribution fixes and real21's byline-block fixes, each alone (errors unread): 0.850 /
    # 0.854 -> 0.850 / 0.864.
    # session 23 (errors unread): 0.850 / 0.864 -> 0.863 / 0.877; session 24: 0.875 / 0.889.
    # Session 17 (heldout22's byline fixes, errors unread): 0.812 / 0.827 -> 0.825 / 0.829.
    # session 26 (errors unread): 0.875 / 0.889 -> 0.887 / 0.890; session 31: 0.887 / 0.901
    # session 46 (lines round, "confirmada pelo" an outlet; errors unread): 0.900 / 0.902 -> 0.9125 / 0.9146
    "dumps_ml18": (0.912, 0.914),
    # dumps_ml19 (34 pages, labels written blind at session 15's end, scored once at session 16's start, then studied):
    # first 0.876 / 0.865; after session 16's general fixes (fitted, tests/test_dumps_ml19_round.py) 0.910 / 0.896;
    # + a caption closed by a nameless credit's idiom, a known agency alone in its bracket: 0.933 / 0.898.
    # merged with the blind26 study's dumps_ml19 fixes: 0.944 / 0.918.
    # session 38 (blind70 round): 0.955 / 0.928 -> 0.966 / 0.929
    "dumps_ml19": (0.966, 0.928),
    # dumps_ml20 (34 pages, labels written blind at session 16's start, scored with its starting code (6d4f841) and its
    # current code, never studied): 0.733 / 0.644 with both.
    # at the session's end: 0.744 / 0.654.
    # Session 21's dumps_ml29 attribution fixes and real21's byline-block fixes, each alone (errors unread): 0.744 /
    # 0.654 -> 0.756 / 0.663.
    # session 23 (errors unread): 0.756 / 0.670 -> 0.756 / 0.676; session 24: 0.767 / 0.680; session 26: 0.778 / 0.689
    "dumps_ml20": (0.77, 0.68),
    # dumps_ml21 (34 pages, labels written blind at session 16's end, scored once at session 17's start, then studied):
    # first 0.881 / 0.918; after session 17's general fixes (fitted, tests/test_dumps_ml21_round.py: captions closed
    # by "Privatfoto" or "DR", bylines in a teaser list above the title, a museum cited for figures): 0.905 / 0.952.
    # Session 21's dumps_ml29 attribution and segmentation fixes (an institution's name after a picture cue):
    # 0.905 / 0.952 -> 0.917 / 0.964.
    "dumps_ml21": (0.91, 0.96),
    # dumps_ml22 (34 pages, labels written blind at session 17's start, scored with its starting code (055e809) and its
    # final code, never studied): 0.838 / 0.912 with both.
    # Session 19's dumps_ml25 fixes (errors unread): 0.838 / 0.912 -> 0.851 / 0.913.
    # Session 21's dumps_ml29 attribution fixes and real21's byline-block fixes, each alone (errors unread): 0.851 /
    # 0.913 -> 0.865 / 0.928.
    # Session 31's dumps_ml49 segmenter fixes (errors unread): 0.878 / 0.929 -> 0.892 / 0.930.
    # session 36 (s36-real-byline, errors unread): 0.905 / 0.944 -> 0.919 / 0.944
    "dumps_ml22": (0.91, 0.94),  # session 21, both rounds merged: 0.878 / 0.929; s32 (errors unread): 0.905 / 0.944
    # dumps_ml24 (34 pages, labels written blind at session 18's start, scored with its starting code (91fd96c) and its
    # final code, never studied): 0.833 / 0.790 with both.
    # Session 21's dumps_ml29 attribution and segmentation fixes (errors unread): 0.833 / 0.790 -> 0.865 / 0.811.
    # session 36 (s36-real-byline, errors unread): 0.875 / 0.830 -> 0.885 / 0.832
    # session 46 (s46-realcite, errors unread: "Redacción / EFE", the desk word and a known wire): 0.885 / 0.840 ->
    # 0.8958 / 0.841
    # session 47 (s47-lines, the blind88 round's five fixes, which of them unknown; errors unread): 0.8958 / 0.841 ->
    # 0.8958 / 0.8490
    "dumps_ml24": (0.895, 0.849),  # session 21, both rounds merged: 0.875 / 0.815; session 25: 0.875 / 0.830
    # dumps_ml26 (34 pages, 104 records; labels written blind at session 19's start, scored with its starting code
    # (9f1fb9f) and its final code, never studied): 0.821 / 0.920 -> 0.832 / 0.901 (found up with the dumps_ml25 round's
    # vocabularies; two more extras since a live blog's clock stamps no longer cut its entries from the main text, the
    # rule that raised its body F1 0.899 -> 0.916).
    # Session 21's dumps_ml29 attribution fixes and real21's byline-block fixes, each alone (errors unread): 0.832 /
    # 0.901 -> 0.842 / 0.923.
    # session 28 (errors unread): 0.842 / 0.923 -> 0.853 / 0.934
    # session 49 (the merged rounds, errors unread): 0.863 / 0.935 -> 0.8737 / 0.9355
    "dumps_ml26": (0.873, 0.935),  # session 30 (errors unread): 0.853 / 0.934 -> 0.863 / 0.935
    # dumps_ml28 (34 pages; labels written blind at session 20's start, scored with its starting code (8be526b) and
    # its final code, never studied): 0.962 / 0.920 with both.
    # Session 21's dumps_ml29 attribution fixes and real21's byline-block fixes, each alone (errors unread): 0.962 /
    # 0.920 -> 0.975 / 0.931.
    "dumps_ml28": (0.98, 0.95),  # session 23 (errors unread): 0.975 / 0.931 -> 0.975 / 0.942; s32: 0.987 / 0.953
    # dumps_ml27 (34 pages, 99 records, 11 optional; labels written blind at session 19's end, scored once at session
    # 20's start, then studied): first 0.807 / 0.832; after session 20's general fixes (fitted,
    # tests/test_dumps_ml27_round.py: "Video courtesy of", the Greek archive photo's cue, the Arabic and Hindi archive
    # pictures naming no one, a channel quoted after a cue, the Sudan News Agency's Arabic name, the Romanian "de"
    # byline over the date no longer taken for the headline): 0.886 / 0.871. Its labels keep a slashed picture credit
    # whole ("PAP/Darek Delmanowicz", "TASR/Jaroslav Novák") as dumps_ml23's and ml25's do, and name a press service
    # after a photo cue, which the seeds' convention reads as a nameless credit: 7 missed and 12 extra of what is left.
    # Session 21's dumps_ml29 attribution fixes (press services and other suppliers after a picture cue named, as its
    # labels ask): 0.886 / 0.871 -> 0.909 / 0.892; what is left is its slashed picture credits kept whole.
    "dumps_ml27": (0.90, 0.89),
    # dumps_ml29 (34 pages, 93 records, 9 optional; labels written blind at session 20's end, scored once at session
    # 21's start, then studied): first 0.810 / 0.864; after session 21's general attribution fixes (fitted,
    # tests/test_dumps_ml29_attributions_round.py: the Slovak interviewer's cue, the Hebrew "courtesy of the family",
    # chambers and associations cited for figures, the Azerbaijani dateline with its date, the staff's initials beside
    # the writer's, an author box opened by its heading, the writer over the place filed from, a picture credit beside
    # the byline further up, the agency closing prose cut off by a table, a picture credited to the page's own outlet,
    # a supplier's name in sentence case after a picture cue): 0.976 / 0.966. Left: its two slashed picture credits
    # kept whole ("nordphoto / Kokenge"), which the project splits (2 missed, 3 extra).
    # session 38 (blind70 round): precision 0.9659 -> 0.9663
    "dumps_ml29": (0.976, 0.966),
    # dumps_ml31 (34 pages, 95 records, 4 optional; labels written blind at session 21's end, scored once at session
    # 22's start, then studied): first 0.901 / 0.965; after session 22's general fixes (fitted,
    # tests/test_dumps_ml31_attributions_round.py: the English "file" in Indic scripts after a picture's cue, the
    # Moroccan agency's short Arabic name in a dateline, a German centre's word closing a compound, a teaser's headline
    # closing with its picture's credit, the writers parted by commas over the date taken for the headline, a Russian
    # regional wire named by its agency word in the dateline, the compiler's initials after a cue, a Marathi
    # postposition written onto a known outlet's name, the wire's dash sign-off closing prose right under the article):
    # 0.901 / 0.965 -> 0.989 / 1.000. Left: a ministry on a source line, which blind14's labels ("Fuente: Ministerio de
    # Salud de Chile") record not. The segmentation fixes alone (the article's list, its closing sentence over the
    # byline, tests/test_dumps_ml31_round.py): 0.912 / 0.966.
    "dumps_ml31": (0.98, 1.00),
    # dumps_ml23 (34 pages, labels written blind at session 17's end, scored once at session 18's start, then studied):
    # first 0.744 / 0.779; after session 18's general fixes (fitted, tests/test_dumps_ml23_round.py: bylines of many
    # sites, a wire dateline on its own line, the Romanian wire's sign-off, no record from teaser lists, a column's
    # name or a town's government): 0.860 / 0.846. Its labels keep a slashed picture credit whole ("APA/Barbara
    # Gindl"), which the project and the earlier sets split: 6 missed and 11 extra of what is left.
    # Session 21's dumps_ml29 attribution fixes (a press service after a picture cue named): 0.860 / 0.846 -> 0.872 /
    # 0.857. Session 44's dumps_ml75 round (a wire's "（共同）" alone under the text signs it): 0.872 / 0.857 ->
    # 0.8837 / 0.8681.
    "dumps_ml23": (0.883, 0.868),
    # dumps_ml25 (34 pages, 88 records, 12 optional; labels written blind at session 18's end, scored once at session
    # 19's start, then studied): first 0.789 / 0.883; after session 19's general fixes (fitted,
    # tests/test_dumps_ml25_round.py: a live blog's hosts, the Greek compiler's byline, "Mit Material der dpa" and "Com
    # informação da AIM" sign-offs, the desk's code after "APA/", a source line listing more sources, an institution's
    # name of up to eight words on a source line, the byline slot under a standfirst's two dates, a bare name over a
    # cued byline over the date): 0.934 / 0.898.
    # Its labels keep a slashed picture credit whole ("Танјуг/Драган Јовановић", "APA/Gert Eggenberger") as dumps_ml23's
    # do: 2 missed and 4 extra of what is left.
    # Session 47 (dumps_ml81 round: a ministry's regional office, "ДСНС у Дніпропетровській області"): 0.9474 / 0.8901
    # -> 0.9605 / 0.9011.
    "dumps_ml25": (0.96, 0.901),
}


@pytest.mark.parametrize("name", sorted(PAGE_ATTRIBUTION_FLOORS))
def test_page_attributions_stay_above_their_floors(name: str) -> None:
    data = ROOT / "tests" / "data"
    scores = evaluate_gold(data / "page_attributions" / f"{name}.json", data / name).as_dict()
    recall, precision = PAGE_ATTRIBUTION_FLOORS[name]
    # plain numbers in the asserts: a failed assert's report shows the objects it names, and a check set's errors
    # are never read
    found, exact = scores["attribution_recall"], scores["attribution_precision"]
    assert found >= recall, found
    assert exact >= precision, exact


def test_a_gold_without_line_labels_reports_no_line_scores() -> None:
    data = ROOT / "tests" / "data"
    table = format_gold_scores(evaluate_gold(data / "page_attributions" / "dumps_ml8.json", data / "dumps_ml8"))
    total = table.splitlines()[-1]
    assert total.startswith("TOTAL") and "100.0%  100.0%  100.0%" not in total and "–" in total
    assert "attribution missed:" in table  # what was missed is listed under its page


# Real pages (tests/data/real_attributions, labelled blind in session 15 by helpers who read nothing of the project:
# the articles' attributions on 222 real pages of ../shared/eval/dumps). l3s and dragnet are evaluation-only sets:
# their half `eval_only_study` was studied, `eval_only_check` never (its errors unread); aeb and readability
# (`trainable`) may be studied and trained on. First scores with the session's starting code (6a3ca78): 0.360 / 0.810,
# 0.266 / 0.651 and 0.301 / 0.732: real pages are far harder than the blind ones (0.69-0.87 found).
# Session 15 (tests/test_real_pages_round.py): the wire's slashed picture credit with no cue and byline tails 0.449 /
# 0.857, 0.298 / 0.646, 0.337 / 0.756; + the byline further up the head 0.517 / 0.844, 0.298 / 0.646, 0.357 / 0.756.
# A reader of the credit closing a long caption gave 0.539 / 0.848, 0.330 / 0.673, 0.434 / 0.820 but cost the
# never-studied dumps_ml16 0.824 -> 0.805 precision (below its floor; errors unread): left out. + a known outlet
# reporting whatever follows ("after Politico reported the aid had been paused"): 0.517 / 0.844, 0.309 / 0.653, 0.361 /
# 0.758; + no credit line taken for the headline: 0.528 / 0.846, the others unchanged.
# Session 16 (closing contributors' lines, agencies' copyright notices under the text, byline names ending before a
# template's tail): study 0.528 / 0.846 -> 0.629 / 0.855, check 0.309 / 0.653 -> 0.372 / 0.717 (its errors unread),
# trainable 0.361 / 0.758 -> 0.386 / 0.762; the second check half (101 more l3s and dragnet pages labelled blind in
# session 16, kept outside the repository until its end) 0.478 / 0.719 -> 0.509 / 0.726. Then a byline's outlet and its
# section ("By Jill Doe, CNN Business") and a beat before a title ("Business Columnist") named no author: check 0.372 /
# 0.717 -> 0.383 / 0.733, trainable 0.386 / 0.762 -> 0.390 / 0.772, second check half 0.509 / 0.726 -> 0.509 / 0.732.
# Session 16 (tests/test_caption_credits.py): the wire picture credit with its parts parted by slashes, a bar, a comma
# or "via", maybe after a cue or with a file word, on its line or closing a caption, read where the segmenter left it
# body or chrome; above the text only in the caption's closing bracket (after its last sentence there it cost the
# never-studied dumps_ml16 0.836 -> 0.827 precision), a cue-read tail only with two names: study 0.528 / 0.846 ->
# 0.551 / 0.851, check 0.309 / 0.653 -> 0.340 / 0.673, trainable 0.361 / 0.758 -> 0.494 / 0.841.
# Together, with outlets.csv's 495 more outlets and the reporting phrases that cite only a known outlet: study 0.719 /
# 0.871, check 0.426 / 0.750, trainable 0.554 / 0.862, second check half 0.579 / 0.787.
# The allowance for a long byline line whose names end before a date (part of the first row above) cost the
# never-studied heldout19 metadata set an author (F1 0.886 -> 0.875, under its floor) and was withdrawn at the
# session's end: study 0.708 / 0.881, check 0.404 / 0.724, trainable 0.546 / 0.864 (with everything else merged).
# Session 18 (tests/test_real18_round.py: a known outlet after the article, a known outlet's poll, a reporter "of"
# an outlet, the syndication note, a byline's date before the template's bar, a name and its handle, an outlet
# closing a byline's name, an agency in the writer's title, "via" after a picture cue, "© Name" over the text, "©
# AAP" right under the text): study 0.708 / 0.881 -> 0.742 / 0.895, check 0.426 / 0.733 -> 0.436 / 0.738 (errors
# unread).
REAL_PAGE_FLOORS = {
    # Session 20 (tests/test_real20_round.py: "quoted as saying by" the outlet): 0.742 / 0.905 -> 0.753 / 0.906.
    # Session 21 (tests/test_real21_round.py: a name over its job title by the date): 0.753 / 0.906 -> 0.764 / 0.907.
    # Session 23 (s23-real, tests/test_real23_round.py: a bracketed job title after a byline's names, the outlet a
    # piece ran in, the writer's name after the last sentence): 0.764 / 0.907 -> 0.809 / 0.911.
    # Session 24 (s24-real, tests/test_real24_round.py: a line that is only a picture's wire credit far from the
    # text): 0.809 / 0.911 -> 0.831 / 0.913.
    # Session 25 (s25-real, tests/test_real25_round.py: a blog post's footer line under the text, a gallery's possessive
    # headline after its cue): 0.831 / 0.913 -> 0.843 / 0.924.
    # Session 26 (s26-real, tests/test_real26_round.py: a known outlet alone in a paragraph's closing bracket, the old
    # wire copy's "(Outlet) _ Place --" lead, no "as" clause without its verb): 0.843 / 0.934 -> 0.876 / 0.946.
    # Session 29 (s29-real, tests/test_real29_round.py: an agency alone before its date above the text, "Supplier via
    # AP", "Courtesy X", a bureau city closing a byline's name): 0.876 / 0.946 -> 0.888 / 0.957.
    # Session 41 (s41-realcite, tests/test_realcite41_round.py: the lead picture's cued credit far under the text):
    # 0.888 / 0.957 -> 0.898 / 0.957.
    "eval_only_study": (0.898, 0.957),
    # session 21 (blind36 round, errors unread): 0.468 / 0.750 -> 0.489 / 0.757; session 25: 0.489 / 0.768
    # Session 28 (s28-real: an agency's name written as a person's surname is none; errors unread): 0.489 / 0.768 ->
    # 0.489 / 0.815. Session 29 (s29-real: an agency alone before its date over the text; errors unread): 0.489 / 0.815
    # -> 0.489 / 0.828.
    # session 33 (s33-real-html, "Posted on <date> by <name>"; errors unread): 0.489 / 0.831 -> 0.500 / 0.833
    # Session 34 (s34-real-byline, tests/test_real_byline34_round.py: an agency's name alone taken for the headline,
    # under a caption or a cued byline in the head, "From Reuters"; errors unread): 0.500 / 0.833 -> 0.521 / 0.838
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.521 / 0.838 -> 0.532 / 0.853
    "eval_only_check": (0.531, 0.852),  # session 30 (errors unread): 0.489 / 0.828 -> 0.489 / 0.831
    # Session 17 (tests/test_real_pages_round.py: the lead picture's wire credit far up the head, two writers in the
    # head's cued byline, a picture cue's closing bracket, "Contributing:"): trainable 0.546 / 0.864 -> 0.582 / 0.883;
    # study and every check half unchanged (names and outlet over the date, 0.606 / 0.887, cost the third check half
    # precision and were withdrawn). Session 18: 0.582 / 0.886 -> 0.635 / 0.911. Session 19 (real19, tests/
    # test_real19_round.py): 0.635 / 0.919 -> 0.643 / 0.915. Session 20 (real20, tests/test_real20_round.py: the
    # byline closed by its outlet over its date, the wire's dateline taken for the headline): 0.643 / 0.919 -> 0.671 /
    # 0.922. Session 21 (real21, tests/test_real21_round.py: the byline block's names, "reviewed by" an outlet, a brand
    # after a picture cue): 0.671 / 0.922 -> 0.703 / 0.928. Session 22 (s22-real, tests/test_real22_round.py: a
    # byline's names before the template's date and links, the one dated byline far up the head, a name and its role
    # over the date): 0.703 / 0.928 -> 0.719 / 0.929. Session 23 (s23-real, tests/test_real23_round.py: co-writers
    # in a bracket after the byline, an agency alone closing a caption's bracket, the outlet a piece ran in):
    # 0.719 / 0.929 -> 0.739 / 0.934. Session 24 (s24-real, tests/test_real24_round.py: a picture's wire credit alone
    # on its line far from the text, a cue's photographer "for" the commissioning outlet): 0.739 / 0.934 -> 0.751 /
    # 0.935. Session 25 (s25-real, tests/test_real25_round.py: a name over a button over the date, a byline's title
    # naming the team, a name with its own date over the headline, a team's plural title): 0.751 / 0.935 -> 0.763 /
    # 0.939. Session 26 (s26-real, tests/test_real26_round.py: cued bylines of a teaser list under the text): 0.763 /
    # 0.939 -> 0.763 / 0.946. Session 27 (s27-real, tests/test_real27_round.py: a staff photographer's "Name/Outlet"
    # line): 0.763 / 0.946 -> 0.767 / 0.947. Session 28 (s28-real, tests/test_real28_round.py: an English caption's
    # closing bracketed agency credits its picture, an agency's name written as a person's surname is none): 0.767 /
    # 0.947 -> 0.771 / 0.958. Session 29 (s29-real, tests/test_real29_round.py): 0.771 / 0.958 -> 0.791 / 0.962.
    # Session 31 (s31-real, tests/test_real31_round.py: a byline's desk or institution is no writer, the bare "Credit"
    # cue under a picture): 0.791 / 0.962 -> 0.795 / 0.970.
    # Session 32 (s32-real, tests/test_real32_round.py: a caption's credit in the head with a file word or two
    # suppliers, or with no full stop before it): 0.799 / 0.970 -> 0.827 / 0.971.
    # Session 33 (s33-real, tests/test_real33_round.py: photo suppliers after the slash, "Invision"): 0.827 / 0.971
    # -> 0.831 / 0.971.
    # Session 41 (s41-realcite, tests/test_realcite41_round.py: a box of teasers over the text signs nothing): 0.839 /
    # 0.975 -> 0.839 / 0.982. Session 43 (s43-realcite, tests/test_realcite43_round.py: a caption opened by its
    # photographer's copyright, a Japanese portal's provider line, a studio's ordinal): 0.839 / 0.982 -> 0.855 / 0.982.
    # Session 48 (s48-realcite, tests/test_realcite48_round.py: the Korean picture bracket alone, "[사진=MBC, SBS]"):
    # 0.855 / 0.982 -> 0.8635 / 0.9825.
    "trainable": (0.863, 0.982),
    # cleanportal and cleaneval-dev (tests/data/real_attributions/trainable2.json: 124 pages labelled blind in session
    # 19; trainable): first 0.621 / 0.702 with the session's starting code (9f1fb9f). Session 19 (real19, studied;
    # tests/test_real19_round.py): 0.621 / 0.702 -> 0.750 / 0.811.
    # Session 20 (a paragraph closing in "(Source: X)"): 0.750 / 0.811 -> 0.758 / 0.813.
    # Session 22 (s22-real: a byline's names before the template's date and links): 0.758 / 0.812 -> 0.765 / 0.814.
    # Session 23 (s23-real: the outlet a piece ran in, a known outlet's verbs of publishing): 0.765 / 0.814 -> 0.773 /
    # 0.815.
    # Session 25 (s25-real: Blogger's cued post footer far under the text, a picture desk's phone number after its cue):
    # 0.773 / 0.815 -> 0.780 / 0.823.
    # Session 31 (s31-real, tests/test_real31_round.py: a byline's desk, institution or scheme is no writer): 0.780 /
    # 0.823 -> 0.780 / 0.831.
    # Session 32 (s32-real, tests/test_real32_round.py: an analysis box's byline, the page's own reporter in its
    # text): 0.780 / 0.831 -> 0.803 / 0.836.
    # Session 39 (s39-realcite, tests/test_realcite39_round.py: the edition's day before the outlet): 0.803 / 0.836 ->
    # 0.811 / 0.837.
    # Session 49 (s49-realcite, tests/test_realcite49_round.py: the lead picture's supplier between the byline and its
    # caption, a picture agency's record a photo's): 0.811 / 0.837 -> 0.833 / 0.859.
    "trainable2": (0.833, 0.859),
    # The second check half (tests/data/real_attributions/eval_only_check2.json: 101 l3s and dragnet pages labelled
    # blind in session 16, moved in at its end; errors never read): 0.478 / 0.719 with the session's starting code
    # (6d4f841), 0.579 / 0.787 at the check sets' move, 0.579 / 0.785 at the end
    # (the long-byline allowance withdrawn, the dumps_ml19 studies merged). Session 18: 0.579 / 0.785 -> 0.604 / 0.797.
    # Session 19 (real19, errors unread): 0.604 / 0.809 -> 0.604 / 0.815.
    # Session 20's blind34 fixes (errors unread): 0.610 / 0.816 -> 0.616 / 0.818.
    # Session 21 (blind36 round, errors unread): 0.616 / 0.818 -> 0.623 / 0.819. Session 22 (s22-real, errors
    # unread): 0.623 / 0.819 -> 0.629 / 0.820.
    # Session 24 (errors unread): 0.629 / 0.820 -> 0.635 / 0.821. Session 25 (s25-real, errors unread): 0.635 / 0.821 ->
    # 0.642 / 0.823.
    # Session 31 (s31-real: a byline's desk, institution or scheme is no writer; the AP member-exchange line; a contact
    # line opened by its verb; errors unread): 0.648 / 0.830 -> 0.648 / 0.842.
    # Session 32 (s32-real: a caption with no full stop before its wire credit; errors unread): 0.648 / 0.842 -> 0.660
    # / 0.850.
    # Session 36 (s36-real-cite, tests/test_real_cite36_round.py: an unknown acronym after "according to" is no
    # source; errors unread): 0.667 / 0.851 -> 0.667 / 0.8696.
    # session 46 (dumps_ml79 round, syndication notes, errors unread): 0.66 / 0.86 -> 0.6730 / 0.8705
    "eval_only_check2": (0.672, 0.870),
    # The third check half (tests/data/real_attributions/eval_only_check3.json: 102 l3s and dragnet pages labelled blind
    # in session 17, kept outside the repository until its end, errors never read): 0.518 / 0.780 with the session's
    # starting code (055e809) and its final code (a byline rule that cost it 0.780 -> 0.767 was withdrawn).
    # Session 18: 0.518 / 0.780 -> 0.525 / 0.782. Session 19 (real19, errors unread): 0.532 / 0.815 -> 0.540 / 0.817
    # (0.5396: the found floor stays).
    # Session 25 (s25-real, errors unread): 0.540 / 0.817 -> 0.547 / 0.818. Session 26 (s26-real: a teaser list's
    # cued bylines under the text; errors unread): 0.547 / 0.818 -> 0.547 / 0.825.
    # Session 28 (s28-real, errors unread): 0.547 / 0.818 -> 0.547 / 0.825.
    # Session 29 (s29-real: an agency alone before its date above the text; unread): 0.547 / 0.825 -> 0.561 / 0.828.
    # Session 34 (s34-real-byline, tests/test_real_byline34_round.py: an agency's name alone taken for the headline,
    # under a caption or a cued byline in the head, "From Reuters"; errors unread): 0.568 / 0.829 -> 0.583 / 0.833
    # session 36 (errors unread): 0.583 / 0.835 -> 0.5899 / 0.863
    # session 40 (realcite, errors unread): 0.590 / 0.863 -> 0.597 / 0.864
    # session 47 (dumps_ml81 round, errors unread): 0.597 / 0.864 -> 0.6043 / 0.8650
    "eval_only_check3": (0.604, 0.865),  # session 19: 0.532 / 0.815 -> 0.5396 / 0.817
    # The fourth check half (tests/data/real_attributions/eval_only_check4.json: 101 l3s and dragnet pages
    # labelled blind in session 18, kept outside the repository until its end, errors never read): 0.556 / 0.781
    # with the session's starting code (91fd96c), 0.570 / 0.802 with its final code (a caption rule that cost it a
    # record of precision was withdrawn; the HTML authors' round gained it two records and dropped three extras).
    # Session 19: 0.570 / 0.802 -> 0.585 / 0.805. Session 22 (s22-real, errors unread): 0.585 / 0.805 -> 0.593 / 0.807.
    # Session 25 (s25-real, errors unread): 0.600 / 0.808 -> 0.607 / 0.810. Session 26 (s26-real, errors unread):
    # 0.607 / 0.810 -> 0.607 / 0.824.
    # session 28 (errors unread): 0.607 / 0.810 -> 0.615 / 0.818
    # Session 31 (s31-real: a byline's desk, institution or scheme is no writer; the AP member-exchange line; a contact
    # line opened by its verb; errors unread): 0.615 / 0.818 -> 0.615 / 0.825.
    # Session 34 (s34-real-byline, tests/test_real_byline34_round.py: an agency's name alone taken for the headline,
    # under a caption or a cued byline in the head, "From Reuters"; errors unread): 0.615 / 0.826 -> 0.630 / 0.829
    # session 46 (dumps_ml79 round, syndication notes, errors unread): 0.63 / 0.83 -> 0.6444 / 0.8333
    "eval_only_check4": (0.644, 0.833),  # session 35 (s35-real-cite, errors unread): 0.630 / 0.829 -> 0.637 / 0.831
    # The fifth check half (tests/data/real_attributions/eval_only_check5.json: 102 l3s and dragnet pages labelled blind
    # in session 19, kept outside the repository until its end, errors never read): 0.613 / 0.855 with the session's
    # starting code (9f1fb9f), 0.627 / 0.858 with its final code (a "writing for X" cue that cost it two records of
    # precision was withdrawn).
    # Session 29 (s29-real: an agency alone before its date above the text; unread): 0.627 / 0.866 -> 0.634 / 0.867.
    # Session 31 (s31-real: a byline's desk, institution or scheme is no writer; the AP member-exchange line; a contact
    # line opened by its verb; errors unread): 0.634 / 0.867 -> 0.634 / 0.874.
    # Session 32 (s32-real: an outlet's word or "For The …" in a byline is no writer's; errors unread): 0.634 / 0.874
    # -> 0.634 / 0.881.
    # session 33 (s33-real-html, "Posted on <date> by <name>"; errors unread): 0.634 / 0.881 -> 0.641 / 0.882
    # Session 34 (s34-real-byline, tests/test_real_byline34_round.py: an agency's name alone taken for the headline,
    # under a caption or a cued byline in the head, "From Reuters"; errors unread): 0.641 / 0.882 -> 0.648 / 0.883
    # Session 35 (s35-real-cite, errors unread): 0.648 / 0.884 -> 0.662 / 0.886; (s35-real-byline,
    # tests/test_real_byline35_round.py: "-Ann Lee" under the text; errors unread): 0.648 / 0.884 -> 0.655 / 0.885
    # session 23 (errors unread): 0.627 / 0.858 -> 0.627 / 0.866
    # session 37 (s37-real-byline, a dated byline's one-word name; errors unread): 0.669 / 0.887 -> 0.676 / 0.888
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.676 / 0.888 -> 0.690 / 0.890
    "eval_only_check5": (0.689, 0.889),
    # The sixth check half (tests/data/real_attributions/eval_only_check6.json: 101 l3s and dragnet pages labelled blind
    # in session 20, kept outside the repository until its end, errors never read): 0.564 / 0.754 with the session's
    # starting code (8be526b), 0.571 / 0.756 with its final code.
    # Session 25 (s25-real, errors unread): 0.577 / 0.777 -> 0.583 / 0.779. Session 26 (s26-real, errors unread):
    # 0.583 / 0.779 -> 0.583 / 0.785; merged with the session's other rounds 0.590 / 0.786 (0.5897: floor 0.58).
    # Session 27 (s27-real: a staff photographer's "Name/Outlet" line; errors unread): 0.590 / 0.786 -> 0.596 / 0.788.
    # Session 29 (s29-real: an agency alone before its date above the text; unread): 0.596 / 0.788 -> 0.615 / 0.793.
    # Session 33 (s33-real, tests/test_real33_round.py; errors unread): 0.615 / 0.793 -> 0.622 / 0.794.
    # Session 34 (s34-real-byline, tests/test_real_byline34_round.py: an agency's name alone taken for the headline,
    # under a caption or a cued byline in the head, "From Reuters"; errors unread): 0.622 / 0.794 -> 0.628 / 0.797
    # session 23 (errors unread): 0.577 / 0.758 -> 0.577 / 0.775
    # session 37 (s37-real-byline, a dated byline's one-word name; errors unread): 0.628 / 0.797 -> 0.635 / 0.799
    # session 40 (realcite, errors unread): 0.635 / 0.799 -> 0.641 / 0.800
    # session 49 (s49-realcite, picture agencies' records photo; errors unread): 0.641 / 0.800 -> 0.647 / 0.807
    "eval_only_check6": (0.647, 0.807),
    # The seventh check half (tests/data/real_attributions/eval_only_check7.json: 101 l3s and dragnet pages labelled
    # blind in session 21, kept outside the repository until its end, errors never read): 0.542 / 0.845 with the
    # session's starting code (91ca236), 0.550 / 0.846 with its final code. Session 25 (s25-real, errors unread): 0.550
    # / 0.846 -> 0.573 / 0.850. Session 26 (s26-real, errors unread): 0.573 / 0.858 on a
    # draft, 0.573 / 0.850 at the end. Session 28 (s28-real, errors unread): 0.573 / 0.850 -> 0.573 / 0.892.
    # Session 29 (s29-real: an agency alone before its date above the text; unread): 0.573 / 0.892 -> 0.588 / 0.894.
    # Session 34 (s34-real-byline, tests/test_real_byline34_round.py: an agency's name alone taken for the headline,
    # under a caption or a cued byline in the head, "From Reuters"; errors unread): 0.588 / 0.894 -> 0.603 / 0.896
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.603 / 0.896 -> 0.603 / 0.897
    "eval_only_check7": (0.602, 0.896),
    # The eighth check half (tests/data/real_attributions/eval_only_check8.json: 102 l3s and dragnet pages labelled
    # blind in session 22, kept outside the repository until its end, errors never read): 0.544 / 0.748 -> 0.564 /
    # 0.754.
    # Session 23 (errors unread): 0.564 / 0.754 -> 0.570 / 0.756. Session 24 (s24-real, errors unread): 0.570 / 0.756
    # -> 0.584 / 0.760; merged with the session's other rounds 0.597 / 0.758.
    # Session 31 (s31-real: a byline's desk, institution or scheme is no writer; the AP member-exchange line; a contact
    # line opened by its verb; errors unread): 0.597 / 0.758 -> 0.597 / 0.760.
    # Session 34 (s34-real-byline, tests/test_real_byline34_round.py: an agency's name alone taken for the headline,
    # under a caption or a cued byline in the head, "From Reuters"; errors unread): 0.597 / 0.766 -> 0.604 / 0.768
    # session 36 (s36-real-cite, errors unread): 0.604 / 0.768 -> 0.604 / 0.787
    # The ninth check half (tests/data/real_attributions/eval_only_check9.json: 102 l3s and dragnet pages labelled
    # session 37 (s37-real-byline, a dated byline's one-word name; errors unread): 0.604 / 0.787 -> 0.611 / 0.789
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.611 / 0.789 -> 0.617 / 0.790
    # session 39 (s39-realcite, the blogs' syndication note; errors unread): 0.617 / 0.790 -> 0.624 / 0.792
    # session 39 (dumps65: the text dumps' segmenter and attributions, errors unread): 0.617 / 0.790 -> 0.624 / 0.792
    # session 39 (both rounds merged, errors unread): 0.617 / 0.790 -> 0.631 / 0.794
    "eval_only_check8": (0.63, 0.793),
    # blind in session 23, kept outside the repository until its end, errors never read): 0.454 / 0.740 with both.
    # Session 29 (s29-real: an agency alone before its date above the text; unread): 0.454 / 0.740 -> 0.461 / 0.743.
    # Session 31 (s31-real: a byline's desk, institution or scheme is no writer; the AP member-exchange line; a contact
    # line opened by its verb; errors unread): 0.461 / 0.743 -> 0.461 / 0.750.
    # Session 33 (s33-real, tests/test_real33_round.py; errors unread): 0.461 / 0.750 -> 0.474 / 0.755.
    # session 38 (s38-realcite, errors unread): 0.480 / 0.771 -> 0.487 / 0.774
    # session 40 (realcite, errors unread): 0.487 / 0.774 -> 0.500 / 0.778
    # session 47 (s47-realcite, a caption's supplier-first bracket "(TOI Photo)"; errors unread): 0.500 / 0.778 ->
    # 0.5066 / 0.7798
    "eval_only_check9": (0.506, 0.779),  # session 35 (s35-real-cite, errors unread): 0.474 / 0.762 -> 0.480 / 0.771
    # The tenth check half (tests/data/real_attributions/eval_only_check10.json: 101 l3s and dragnet pages labelled
    # blind in session 24, kept outside the repository until its end, errors never read): 0.604 / 0.793 -> 0.610 /
    # 0.801.
    # Session 33 (s33-real, tests/test_real33_round.py; errors unread): 0.617 / 0.808 -> 0.623 / 0.810.
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.623 / 0.821 -> 0.630 / 0.823 (as s38-realcite and the blind70 round alone); the rounds merged: 0.643 / 0.826
    "eval_only_check10": (0.642, 0.825),  # session 33 (errors unread): 0.617 / 0.808 -> 0.623 / 0.821
    # The eleventh check half (tests/data/real_attributions/eval_only_check11.json: 82 dragnet pages labelled
    # blind in session 25, kept outside the repository until its end, errors never read): 0.496 / 0.840 -> 0.504 /
    # 0.842. Session 27 (s27-real: a staff photographer's "Name/Outlet" line; errors unread): 0.504 / 0.842 -> 0.512 /
    # 0.845.
    # session 28 (errors unread): 0.512 / 0.845 -> 0.520 / 0.856
    # session 33 (errors unread): 0.520 / 0.856 -> 0.520 / 0.857
    # session 37 (s37-real-byline, a dated byline's one-word name; errors unread): 0.520 / 0.857 -> 0.528 / 0.859
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.528 / 0.859 -> 0.535 / 0.870
    # session 44 (s44-realhtml, a clock time between a byline's names and its time-first date; errors unread): 0.535 /
    # 0.870 -> 0.5433 / 0.8713
    "eval_only_check11": (0.543, 0.871),
    # The twelfth check half (tests/data/real_attributions/eval_only_check12.json: 82 dragnet pages labelled
    # blind in session 26, kept outside the repository until its end, errors never read): 0.557 / 0.763 with both.
    # Session 28 (s28-real: an English caption's closing bracketed agency credits its picture; errors unread): 0.557 /
    # 0.763 -> 0.577 / 0.789.
    # Session 31 (s31-real: a byline's desk, institution or scheme is no writer; the AP member-exchange line; a contact
    # line opened by its verb; errors unread): 0.577 / 0.789 -> 0.577 / 0.792.
    # Session 35 (s35-real-byline: the head's one name with a writer's job title, "-Mish" under the text; errors
    # unread): 0.577 / 0.792 -> 0.608 / 0.800.
    # session 36 (errors unread): 0.608 / 0.800 -> 0.619 / 0.802
    # The thirteenth check half (tests/data/real_attributions/eval_only_check13.json: 82 dragnet pages labelled
    # session 37 (s37-real-byline, a dated byline's one-word name; errors unread): 0.619 / 0.802 -> 0.629 / 0.805
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.629 / 0.805 -> 0.649 / 0.831
    # session 39 (s39-realcite, a long caption's picture credit after its last sentence; errors unread): 0.649 / 0.831
    # -> 0.649 / 0.833
    # session 43 (dumps_ml73's attribution fixes; errors unread): 0.649 / 0.833 -> 0.6598 / 0.8353
    # session 44 (s44-realhtml, a clock time between a byline's names and its time-first date; errors unread): 0.6598 /
    # 0.8353 -> 0.6701 / 0.8372
    # session 46 (dumps_ml79 round, syndication notes, errors unread): 0.670 / 0.837 -> 0.6804 / 0.8391
    "eval_only_check12": (0.68, 0.839),
    # blind in session 27, kept outside the repository until its end, errors never read): 0.590 / 0.716 with both.
    # Session 31 (s31-real: a byline's desk, institution or scheme is no writer; the AP member-exchange line; a contact
    # line opened by its verb; errors unread): 0.590 / 0.716 -> 0.590 / 0.719.
    # Session 33 (s33-real, tests/test_real33_round.py; errors unread): 0.590 / 0.719 -> 0.600 / 0.722.
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.600 / 0.722 -> 0.610 / 0.725 (as s38-realcite alone); the rounds merged: 0.619 / 0.728
    # session 44 (s44-realhtml, a clock time between a byline's names and its time-first date; errors unread): 0.619 /
    # 0.728 -> 0.6286 / 0.7312
    # session 49 (s49-realcite, picture agencies' records photo; errors unread): 0.629 / 0.731 -> 0.638 / 0.742
    "eval_only_check13": (0.638, 0.741),
    # The fourteenth check half (tests/data/real_attributions/eval_only_check14.json: 82 dragnet pages labelled
    # blind in session 28, kept outside the repository until its end, errors never read): 0.607 / 0.776 with the
    # starting code, 0.607 / 0.787 with the final code.
    # session 35 (s35-real-cite, errors unread): 0.607 / 0.787 -> 0.618 / 0.789
    # session 37 (s37-real-byline, a dated byline's one-word name; errors unread): 0.618 / 0.789 -> 0.629 / 0.792
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.629 / 0.792 -> 0.629 / 0.797
    # session 44 (s44-realcite, the Indian closing "With inputs from PTI"; errors unread): 0.629 / 0.797 -> 0.640 /
    # 0.800
    "eval_only_check14": (0.64, 0.8),
    # The fifteenth check half (tests/data/real_attributions/eval_only_check15.json: 81 dragnet pages labelled
    # blind in session 29, kept outside the repository until its end, errors never read): 0.631 / 0.884 with both.
    # Session 36 (s36-real-html, a genre noun before "written by" opening the byline line; errors unread): 0.638 /
    # 0.885 -> 0.646 / 0.885.
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.646 / 0.885 -> 0.654 / 0.895
    # session 39 (s39-realcite, a long caption's picture credit after its last sentence; errors unread): 0.654 / 0.895
    # -> 0.662 / 0.897
    # session 46 (dumps_ml79 round, syndication notes, errors unread): 0.661 / 0.896 -> 0.6692 / 0.8974
    # session 47 (s47-lines, a known wire after a byline's bar or dash or a dated wire dateline alone on its line,
    # measured together; errors unread): 0.6692 / 0.8974 -> 0.6769 / 0.9059
    # session 49 (s49-realcite, picture agencies' records photo; errors unread): 0.677 / 0.906 -> 0.692 / 0.923
    "eval_only_check15": (0.692, 0.923),
    # The sixteenth check half (tests/data/real_attributions/eval_only_check16.json: 80 dragnet pages labelled
    # blind in session 30, kept outside the repository until its end, errors never read): 0.444 / 0.798 with both.
    # Session 31 (s31-real: a byline's desk, institution or scheme is no writer; the AP member-exchange line; a contact
    # line opened by its verb; errors unread): 0.444 / 0.798 -> 0.444 / 0.800.
    # Session 34 (s34-real-cite: English blogs, magazines, journals, local papers and stations in outlets.csv; errors
    # unread): 0.444 / 0.804 -> 0.466 / 0.811.
    # Session 36 (s36-real-html, a genre noun before "written by" opening the byline line; errors unread): 0.466 /
    # 0.811 -> 0.474 / 0.811.
    # session 38 (s38-realbyline, and the dumps63 round alone; a blog's login in a dated byline, links glued after a
    # byline's name; errors unread):
    # 0.474 / 0.811 -> 0.481 / 0.813; the rounds merged: 0.489 / 0.815
    # session 40 (realcite, errors unread): 0.489 / 0.815 -> 0.496 / 0.817
    # session 46 (dumps_ml79 round, syndication notes, errors unread): 0.496 / 0.816 -> 0.5113 / 0.8198
    # session 47 (s47-realcite, a caption's supplier-first bracket; errors unread): 0.5113 / 0.8198 -> 0.5263 / 0.8230
    # session 49 (s49-realcite, picture agencies' records photo; errors unread): 0.526 / 0.823 -> 0.534 / 0.832
    "eval_only_check16": (0.533, 0.831),
    # The seventeenth check half (tests/data/real_attributions/eval_only_check17.json: 80 dragnet pages labelled
    # blind in session 31, kept outside the repository until its end, errors never read): 0.582 / 0.746 with both.
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.582 / 0.746 -> 0.590 / 0.748
    # session 47 (s47-lines, a known wire after a byline's bar or dash or a dated wire dateline alone on its line,
    # measured together; errors unread): 0.590 / 0.748 -> 0.5970 / 0.7559
    "eval_only_check17": (0.597, 0.755),
    # The eighteenth check half (tests/data/real_attributions/eval_only_check18.json: 80 dragnet pages labelled
    # blind in session 32, kept outside the repository until its end, errors never read): 0.548 / 0.872 with both.
    # session 36 (s36-real-cite, errors unread): 0.556 / 0.875 -> 0.556 / 0.885
    # session 34 (s34-real-cite, errors unread): 0.548 / 0.872 -> 0.556 / 0.875
    # session 37 (s37-real-byline, a dated byline's one-word name; errors unread): 0.556 / 0.885 -> 0.563 / 0.886
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.563 / 0.886 -> 0.579 / 0.889
    # session 47 (s47-realcite, a caption taken for the headline closed by "(TOI Photo)"; errors unread): 0.579 /
    # 0.889 -> 0.5794 / 0.8913
    "eval_only_check18": (0.579, 0.891),
    # The nineteenth check half (tests/data/real_attributions/eval_only_check19.json: 80 dragnet pages labelled
    # blind in session 33, kept outside the repository until its end, errors never read): 0.461 / 0.819 with both.
    # Session 36 (s36-real-html, a genre noun before "written by" opening the byline line; errors unread): 0.461 /
    # 0.821 -> 0.4696 / 0.821 (the floor stays, rounded down).
    # session 34 (s34-real-cite, errors unread): 0.461 / 0.819 -> 0.461 / 0.821
    # session 37 (s37-real-byline, a dated byline's one-word name; errors unread): 0.470 / 0.821 -> 0.478 / 0.824
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.478 / 0.824 -> 0.487 / 0.826
    # session 46 (dumps_ml79 round, syndication notes, errors unread): 0.486 / 0.825 -> 0.4957 / 0.8276
    # session 49 (s49-realcite, picture agencies' records photo; errors unread): 0.496 / 0.828 -> 0.504 / 0.839
    "eval_only_check19": (0.504, 0.839),
    # The twentieth check half (tests/data/real_attributions/eval_only_check20.json: 80 dragnet pages labelled
    # blind in session 34, kept outside the repository until its end, errors never read): 0.427 / 0.293 with both.
    # The twenty-first check half (tests/data/real_attributions/eval_only_check21.json: 80 dragnet pages labelled
    # session 37 (s37-real-byline, a dated byline's one-word name; errors unread): 0.427 / 0.295 -> 0.435 / 0.299
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.435 / 0.299 -> 0.444 / 0.305
    # session 46 (dumps_ml79 round, syndication notes, errors unread): 0.443 / 0.304 -> 0.4516 / 0.3088
    # session 47 (s47-realcite, a caption's supplier-first bracket; errors unread): 0.4516 / 0.3088 -> 0.4677 / 0.3155
    "eval_only_check20": (0.467, 0.315),
    # blind in session 35, kept outside the repository until its end, errors never read): 0.512 / 0.767 with both.
    # session 36 (s36-real-cite, errors unread): 0.512 / 0.767 -> 0.512 / 0.775
    # The twenty-second check half (tests/data/real_attributions/eval_only_check22.json: 41 dragnet pages labelled
    # session 37 (s37-real-byline, a dated byline's one-word name; errors unread): 0.512 / 0.775 -> 0.521 / 0.778
    # session 39 (s39-realcite, the blogs' syndication note; errors unread): 0.521 / 0.778 -> 0.529 / 0.780
    # session 46 (dumps_ml79 round, syndication notes, errors unread): 0.528 / 0.78 -> 0.5372 / 0.7826
    # session 49 (s49-realcite, picture agencies' records photo; errors unread): 0.537 / 0.783 -> 0.545 / 0.804
    "eval_only_check21": (0.545, 0.804),
    # blind in session 36, kept outside the repository until its end, errors never read): 0.615 / 0.837 with the
    # starting code, 0.615 / 0.857 with the final code.
    # session 38 (s38-realbyline, a blog's login in a dated byline, links glued after a byline's name; errors unread):
    # 0.615 / 0.857 -> 0.692 / 0.870
    # session 46 (dumps_ml79 round, syndication notes, errors unread): 0.691 / 0.869 -> 0.7115 / 0.8723
    "eval_only_check22": (0.711, 0.872),
    # Session 18, real-page authors round (reader comments signed like bylines, relative times after AP bylines): the
    # check halves eval_only_check 0.436 / 0.726 -> 0.457 / 0.746, eval_only_check2 0.579 / 0.785 -> 0.579 / 0.791,
    # eval_only_check3 0.518 / 0.780 -> 0.525 / 0.814 (found / precision; totals only), each measured without the
    # real18 round; with both merged: 0.468 / 0.750, 0.604 / 0.809, 0.532 / 0.815.
}


@pytest.mark.parametrize("name", sorted(REAL_PAGE_FLOORS))
def test_real_page_attributions_stay_above_their_floors(name: str) -> None:
    gold = ROOT / "tests" / "data" / "real_attributions" / f"{name}.json"
    scores = evaluate_gold(gold, ROOT.parent / "shared" / "eval" / "dumps").as_dict()
    recall, precision = REAL_PAGE_FLOORS[name]
    # plain numbers in the asserts: a failed assert's report shows the objects it names, and a check set's errors
    # are never read
    found, exact = scores["attribution_recall"], scores["attribution_precision"]
    assert found >= recall, found
    assert exact >= precision, exact
