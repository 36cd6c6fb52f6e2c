"""The language rule: running text in another language than the article's, in the same script (a teaser of a
foreign-language edition, a quoted source left untranslated). Asked by the segmenter with the article's language
known; the script rule (:func:`tasks.text.rules.foreign_script`) covers lines in another script.
"""

from __future__ import annotations

from dataclasses import dataclass

from schemas import ChromeKind, Label
from tasks.lexicon.language import detect_language, language_name
from tasks.lexicon.stopwords import stoplist
from tasks.text.features import LineFeatures
from tasks.text.stopword_bound import no_language_outshares
from tasks.text.thresholds import SegmentRules
from tasks.text.verdicts import Verdict
from tasks.text.words import stopword_share


@dataclass(frozen=True)
class ArticleLanguage:
    """The article's language and the share of its stopwords in the article's own text."""

    code: str | None
    stopword_share: float


def foreign_language(
    text: str, feat: LineFeatures, share: float | None, article: ArticleLanguage, rules: SegmentRules
) -> Verdict | None:
    """Running text in another language than the article's, in the same script (a different script
    is :func:`foreign_script`'s). Only long lines with few of the article language's stopwords are
    identified, which keeps it cheap and keeps close languages (a Croatian line on a Bosnian page
    shares its stopwords) from firing."""
    language = article.code
    if language is None or share is None or feat.n_words < rules.foreign_language_min_words:
        return None
    if share >= rules.foreign_language_share_ratio * article.stopword_share:
        return None
    if no_language_outshares(text, share, language):
        return None  # whatever language it is identified as, its stopwords would not outnumber the article's
    found, confidence = detect_language(text)
    if found is None or found == language or confidence < rules.foreign_language_confidence:
        return None
    own = stoplist(found)
    if not own or stopword_share(text, own) <= share:
        return None
    return Verdict(
        Label.CHROME, ChromeKind.TEASER, "language_mismatch",
        f"written in {language_name(found)} while the article is in {language_name(language)}", 0.8,
    )  # fmt: skip
