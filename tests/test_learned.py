"""Final verdicts from the line model: coherent labels, crisp overrides, reasons in words."""

from __future__ import annotations

from schemas import Label
from tasks.text.learned import RULES_ONLY, segment_with_model
from tests.test_segment import PARAGRAPHS_EN


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def test_every_line_has_label_kind_reason_and_score() -> None:
    text = _page("Home\nWorld\nSport", "Council approves budget after long debate", *PARAGRAPHS_EN, "Contact us")
    for ll in segment_with_model(text).lines:
        v = ll.verdict
        assert v.label in set(Label) and v.kind and v.reason_code and v.reason and 0 <= v.score <= 1


def test_an_article_among_menus_is_found_and_its_headline_is_the_title() -> None:
    menu = "\n".join(["Home", "World", "Business", "Sport"])
    text = _page(menu, "Council approves budget after long debate", *PARAGRAPHS_EN, "Most read", menu)
    labels = {ll.line.text: ll.verdict.label for ll in segment_with_model(text).lines}
    assert [labels[p] for p in PARAGRAPHS_EN] == [Label.BODY] * len(PARAGRAPHS_EN)
    assert labels["Council approves budget after long debate"] == Label.TITLE
    assert labels["Home"] == labels["Most read"] == Label.CHROME


def test_a_template_placeholder_stays_chrome_inside_the_article() -> None:
    text = _page("Council approves budget", *PARAGRAPHS_EN[:2], "{{ author_name }} reports", *PARAGRAPHS_EN[2:])
    labels = {ll.line.text: ll.verdict for ll in segment_with_model(text).lines}
    assert labels["{{ author_name }} reports"].reason_code == "template_placeholder"


def test_where_the_model_overrules_the_rules_the_reason_names_its_evidence() -> None:
    text = _page("Home\nWorld", "Budget approved", *PARAGRAPHS_EN, "Share this", "Other story one\nOther two")
    learned = segment_with_model(text).lines
    rules = segment_with_model(text, RULES_ONLY).lines
    for mine, theirs in zip(learned, rules, strict=True):
        if mine.verdict.label != theirs.verdict.label and mine.verdict.label != Label.TITLE:
            assert mine.verdict.reason.startswith("line model: ")
            assert mine.verdict.reason_code in {"learned_body", "learned_chrome"}


class _AlwaysBody:
    """A stand-in booster that calls every line body, its first feature the only evidence."""

    def predict(self, matrix, num_threads=1, pred_contrib=False):  # type: ignore[no-untyped-def]
        import numpy as np

        if pred_contrib:
            out = np.zeros((len(matrix), matrix.shape[1] + 1))
            out[:, 0] = 3.0
            return out
        return np.full(len(matrix), 0.99)

    def feature_name(self) -> list[str]:
        from tasks.text.columns import FEATURE_NAMES

        return FEATURE_NAMES


def test_a_line_the_model_calls_body_against_the_rules_says_why_in_words() -> None:
    from tasks.text.learned import learned_verdicts, score_page
    from tasks.text.line_model import LineModel
    from tasks.text.lines import split_lines
    from tasks.text.segment import plan_page

    model = LineModel("always-body", _AlwaysBody(), ((0.0, -9.0), (-9.0, 0.0)), 0.5)  # type: ignore[arg-type]
    text = _page("Home\nWorld\nSport", *PARAGRAPHS_EN)
    verdicts, region = learned_verdicts(score_page(plan_page(split_lines(text))), model)
    menu = verdicts[1]  # "World": chrome by the rules, body by this model
    assert menu.label == Label.BODY and menu.reason_code == "learned_body"
    assert menu.reason.startswith("line model: body (") and "words" in menu.reason
    assert region == (0, len(verdicts) - 1) or region == (1, len(verdicts) - 1)
