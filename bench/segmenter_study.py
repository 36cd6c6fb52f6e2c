"""Does a line model trained on the public sets plus our own studied dumps beat the rules where it was not fitted?

    PYTHONPATH=. .venv/bin/python bench/segmenter_study.py            # public training sets only
    PYTHONPATH=. .venv/bin/python bench/segmenter_study.py --with-own # + our studied own dumps (OWN_SETS)

Session 33's study (issue 12; docs/segmenter.md, "Session 33: a learned decision that carries to unseen sites?").
Every model is trained as `make train` trains (bench/train_segmenter.py: same parameters, same page weights) and
scored only on pages it was not fitted to. Judges:

- leave-one-set-out on the four public training sets (trained on the other three, plus the own sets with --with-own);
- leave-a-group-out on our own studied sets (OWN_GROUPS: trained on the public sets, plus the other groups with
  --with-own);
- dumps_ml (studied by the rules, never trained on here), dragnet and l3s (evaluation-only: never trained on, totals
  only) and the never-studied check sets (bench/check_sets.py DUMP_SETS: never trained on, one pooled total only),
  with the model trained on everything allowed.

Decisions, each over the same probabilities: the rules alone; the rules overruled past a margin; Viterbi (the model
alone); the model only taking body away; a second opinion where the rules are unsure (their verdict's score below a
threshold: short lines inside the main text, prose outside it); a page-level check that hands a page to the model's
Viterbi when the two disagree.
Prints body-line F1 (share of pages below 0.2) per judge and decision; never a page's errors.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from check_sets import DUMP_SETS  # noqa: E402
from train_segmenter import (  # noqa: E402
    OWN_GROUPS,
    OWN_SETS,
    TRAINING_SETS,
    Page,
    fit,
    label_files,
    load_page,
    score,
    with_decision,
)

from tasks.text.line_model import LineModel, viterbi  # noqa: E402

CHECK_SETS = DUMP_SETS  # the never-studied check sets: never trained on, one pooled total only
EXTRA_SETS = ("dumps_ml", "dragnet", "l3s")
Decision = Callable[[NDArray[np.float64], NDArray[np.bool_], NDArray[np.float64], LineModel], list[bool]]


def overrule(margin: float) -> Decision:
    """The rules' label stands unless the model is more than `margin` past 0.5 the other way."""

    def decide(p: NDArray[np.float64], rules: NDArray[np.bool_], _: NDArray[np.float64], __: LineModel) -> list[bool]:
        return [bool(b) for b in np.where(rules, p >= 0.5 - margin, p >= 0.5 + margin)]

    return decide


def second_opinion(unsure_below: float, margin: float = 0.4) -> Decision:
    """Where the rules' verdict scores below `unsure_below`, the model's label (p >= 0.5); elsewhere `overrule`."""

    def decide(p: NDArray[np.float64], rules: NDArray[np.bool_], s: NDArray[np.float64], m: LineModel) -> list[bool]:
        far = np.where(rules, p >= 0.5 - margin, p >= 0.5 + margin)
        return [bool(b) for b in np.where(s < unsure_below, p >= 0.5, far)]

    return decide


def demote(below: float) -> Decision:
    """The model may only take body away: a line the rules call body is chrome where the model's p is under `below`."""

    def decide(p: NDArray[np.float64], rules: NDArray[np.bool_], _: NDArray[np.float64], __: LineModel) -> list[bool]:
        return [bool(b) for b in rules & (p >= below)]

    return decide


def agreement(a: NDArray[np.bool_], b: NDArray[np.bool_]) -> float:
    """How far two body labellings of a page agree: F1 of one against the other (1.0 when both are empty)."""
    both = int(a.sum() + b.sum())
    return 2 * int((a & b).sum()) / both if both else 1.0


def page_check(agree_below: float) -> Decision:
    """The rules' labels, or the model's Viterbi for the whole page when the two agree less than `agree_below`."""

    def decide(p: NDArray[np.float64], rules: NDArray[np.bool_], _: NDArray[np.float64], m: LineModel) -> list[bool]:
        path = viterbi(p, m)
        return path if agreement(np.array(path, dtype=bool), rules) < agree_below else [bool(b) for b in rules]

    return decide


def page_mean(below: float) -> Decision:
    """The model's Viterbi for the page when its mean probability over the rules' body lines is under `below`."""

    def decide(p: NDArray[np.float64], rules: NDArray[np.bool_], _: NDArray[np.float64], m: LineModel) -> list[bool]:
        doubt = float(p[rules].mean()) < below if rules.any() else False
        return viterbi(p, m) if doubt else [bool(b) for b in rules]

    return decide


DECISIONS: dict[str, Decision] = {
    "rules": overrule(1.0), "overrule 0.4": overrule(0.4), "overrule 0.45": overrule(0.45),
    "viterbi": lambda p, r, s, m: viterbi(p, m),
    "second opinion < 0.6": second_opinion(0.6), "second opinion < 0.75": second_opinion(0.75),
    "demote < 0.2": demote(0.2), "page check < 0.2": page_check(0.2), "page check < 0.4": page_check(0.4),
    "page mean < 0.3": page_mean(0.3),
}  # fmt: skip


@dataclass
class Decider:
    """Stands in for a LineModel in learned_verdicts: the booster's probabilities computed once, a decision.

    learned_verdicts asks for a page's probabilities first, then for the decision: the first call says which page
    is being decided (a second opinion reads the rules' scores of its lines)."""

    model: LineModel
    pages: dict[int, tuple[Page, NDArray[np.float64]]]  # by id of the page's feature matrix
    decision: Decision
    page: Page | None = None

    def body_probability(self, matrix: NDArray[np.float32]) -> NDArray[np.float64]:
        self.page, probability = self.pages[id(matrix)]
        return probability

    def decide(self, p: NDArray[np.float64], rule_body: list[bool]) -> list[bool]:
        assert self.page is not None
        scores = np.array([v.score for v in self.page.scored.rule_verdicts], dtype=np.float64)
        return self.decision(p, np.array(rule_body, dtype=bool), scores, self.model)


def judge(name: str, pages: list[Page], fitted: tuple[LineModel, dict[str, object]]) -> dict[str, dict[str, float]]:
    """Every decision's body-line F1 (and share of pages below 0.2) on pages the model was not fitted to."""
    model = with_decision(*fitted, (1.0, None))
    scored = {id(p.scored.matrix): (p, model.body_probability(p.scored.matrix)) for p in pages}
    out = {}
    for label, decision in DECISIONS.items():
        decider = Decider(model, scored, decision)
        out[label] = score(pages, None) if label == "rules" else score(pages, decider, False)  # type: ignore[arg-type]
    print(f"{name:14} " + "  ".join(f"{k} {v['f1']:.4f} ({v['below_0.2']:.1%})" for k, v in out.items()), flush=True)
    return out


def load(name: str, cache: Path | None) -> list[Page]:
    path = cache / f"{name}.pkl" if cache else None
    if path is not None and path.exists():
        pages: list[Page] = pickle.loads(path.read_bytes())
        return pages
    pages = [load_page(name, p) for p in label_files(name)]
    if path is not None:
        path.write_bytes(pickle.dumps(pages))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--with-own", action="store_true", help="train on our own studied sets too")
    parser.add_argument("--cache", type=Path, help="keep each set's rule pass here (pickles) between runs")
    args = parser.parse_args()
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    public = {s: load(s, args.cache) for s in TRAINING_SETS}
    own = {s: load(s, args.cache) for s in OWN_SETS}
    extra = [p for pages in own.values() for p in pages] if args.with_own else []
    for held in TRAINING_SETS:
        judge(held, public[held], fit([p for s in TRAINING_SETS if s != held for p in public[s]] + extra, held))
    everything = [p for s in TRAINING_SETS for p in public[s]]
    for group, sets in OWN_GROUPS.items():
        rest = [p for s in OWN_SETS if s not in sets for p in own[s]] if args.with_own else []
        judge(group, [p for s in sets for p in own[s]], fit(everything + rest, group))
    final = fit(everything + extra, "final")
    for s in EXTRA_SETS:
        judge(s, load(s, args.cache), final)
    judge("check sets", [p for s in CHECK_SETS for p in load(s, args.cache)], final)  # one pooled total only


if __name__ == "__main__":
    main()
