"""Score the HTML path: the benchmark's bag-of-words token precision and recall against true article bodies."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemas import Label
from tasks.report.evaluate import LOW_PAGE_F1, WORST_SHOWN
from tasks.text.words import bag_of_words


def token_scores(predicted: str, gold: str) -> tuple[float, float]:
    """(precision, recall) of the predicted body's tokens against the true body's (multiset overlap).

    An empty prediction scores 0 precision, as an extractor that returns nothing found nothing.
    """
    pred, true = bag_of_words(predicted), bag_of_words(gold)
    overlap = sum((pred & true).values())
    precision = overlap / sum(pred.values()) if pred else 0.0
    recall = overlap / sum(true.values()) if true else 1.0
    return precision, recall


@dataclass
class HtmlScores:
    """Token precision/recall per page of an HTML set; F1 from the averages, as the benchmark reports it."""

    per_page: dict[str, tuple[float, float]]
    seconds: float

    @property
    def precision(self) -> float:
        return sum(p for p, _ in self.per_page.values()) / len(self.per_page)

    @property
    def recall(self) -> float:
        return sum(r for _, r in self.per_page.values()) / len(self.per_page)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def docs_per_second(self) -> float:
        return len(self.per_page) / self.seconds if self.seconds else 0.0

    def page_f1(self) -> dict[str, float]:
        return {k: 2 * p * r / (p + r) if p + r else 0.0 for k, (p, r) in self.per_page.items()}

    def worst(self, n: int = WORST_SHOWN) -> list[tuple[str, float]]:
        return sorted(self.page_f1().items(), key=lambda x: x[1])[:n]

    @property
    def low_share(self) -> float:
        """Share of pages under LOW_PAGE_F1: whole pages gone wrong."""
        return sum(f < LOW_PAGE_F1 for f in self.page_f1().values()) / len(self.per_page)

    def as_dict(self) -> dict[str, Any]:
        return {"documents": len(self.per_page), "token_precision": self.precision, "token_recall": self.recall,
                "token_f1": self.f1, "pages_below_0_2": self.low_share, "docs_per_second": self.docs_per_second,
                "worst": self.worst()}  # fmt: skip


def is_html_dataset(directory: Path) -> bool:
    """An HTML set: <id>.html pages next to a gold.json of true bodies."""
    return (directory / "gold.json").is_file()


def extracted_body(data: bytes) -> str:
    """The body newsclean extracts from one HTML page ('' when it finds none)."""
    from tasks.pipeline_html import HtmlPage, extract_html

    page = extract_html(data)
    if not isinstance(page, HtmlPage):
        return ""
    return "\n\n".join(ll.line.text for ll in page.page.segmented.with_label(Label.BODY))


def evaluate_html_dataset(directory: Path, half: int | None = None) -> HtmlScores:
    """Score newsclean's bodies on every page of an HTML set (`half` 0 or 1: every other page only)."""
    gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
    ids = sorted(gold)[half::2] if half is not None else sorted(gold)
    pages = {doc: (directory / f"{doc}.html").read_bytes() for doc in ids if (directory / f"{doc}.html").exists()}
    if not pages:
        raise FileNotFoundError(f"no <id>.html pages named in {directory / 'gold.json'}")
    started = time.perf_counter()
    bodies = {doc: extracted_body(data) for doc, data in pages.items()}
    seconds = time.perf_counter() - started
    return HtmlScores({doc: token_scores(body, gold[doc]["article_body"]) for doc, body in bodies.items()}, seconds)


# What each public HTML set is to the shipped extractor: the rules were tuned on the first two.
HTML_SET_ROLES = {
    "aeb": "dev: the rules were tuned on these pages", "readability": "dev: the rules were tuned on these pages",
    "cleanportal": "held-out style: not tuned on", "cleaneval-dev": "held-out style: not tuned on",
    "dragnet": "evaluation-only: never trained or tuned on", "l3s": "evaluation-only: never trained or tuned on",
}  # fmt: skip


def html_set_role(name: str) -> str:
    """How to read a set's score: tuned on, held-out style, or evaluation-only."""
    return HTML_SET_ROLES.get(name, "not tuned on")


def block_model_lines(set_name: str) -> list[str]:
    """What the block model's card says about a set: leave-one-set-out for a training set, the shipped
    model for an evaluation-only one, each beside the rules' score in the same training run."""
    from tasks.html.block_model import model_card

    card = model_card()
    entry = card.get("scores", {}).get(set_name)
    if not entry or "model" not in entry:
        return []
    model, rules = entry["model"], entry["rules"]
    return [f"  block model ({'adopted' if card.get('adopted') else 'not adopted'}), {entry['validation']}: "
            f"F1 {model['f1']:.3f} vs rules {rules['f1']:.3f}; pages under {LOW_PAGE_F1}: "
            f"{model['below_0_2']:.1%} vs {rules['below_0_2']:.1%}"]  # fmt: skip


def format_html_scores(name: str, scores: HtmlScores) -> str:
    """Totals, speed and the worst pages of one HTML set."""
    rows = [f"{name}: {len(scores.per_page)} pages ({html_set_role(Path(name).name)})",
            f"  token P {scores.precision:.3f}  R {scores.recall:.3f}  F1 {scores.f1:.3f}  "
            f"pages under {LOW_PAGE_F1}: {scores.low_share:.1%}  {scores.docs_per_second:.1f} pages/s",
            "  worst pages (token F1):"]  # fmt: skip
    rows += [f"    {doc}  {f1:.3f}" for doc, f1 in scores.worst()]
    rows += block_model_lines(Path(name).name)
    return "\n".join(rows)
