"""Held-out scores of the text-dump segmenter: the numbers that say whether it carries to new sites.

For a training set, the leave-one-set-out score: the committed model trained on the other
training sets ("without-<set>"), scored on this one. For an evaluation-only set, the shipped
model's score (it never saw the set). Both beside the shipped model's and the rules' own scores,
with the share of pages whose body F1 is below 0.2 (a whole page gone wrong).

Belongs in ``tasks/report/`` (the report stage); it sits flat here because ``tasks/report.py``
is still a module of that name until the layout move.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tasks.report.evaluate import DatasetScores, evaluate_dataset
from tasks.text.learned import RULES_ONLY
from tasks.text.line_model import SHIPPED, model_meta


@dataclass(frozen=True)
class HeldOutRow:
    """One set's scores: held-out (LOSO or evaluation-only), the shipped model's, the rules'."""

    set: str
    kind: str  # "leave-one-set-out" or "evaluation-only"
    held_out: DatasetScores
    shipped: DatasetScores | None  # None for an evaluation-only set: held_out is the shipped model
    rules: DatasetScores


def heldout_row(directory: Path, every: int = 1, half: int | None = None) -> HeldOutRow:
    """Score one dump set (its directory name is the set's name) the held-out way; every `every`-th page,
    of one `half` (0: even-numbered pages, 1: odd) when given."""
    meta = model_meta()
    name = directory.name
    rules = evaluate_dataset(directory, RULES_ONLY, every, half)
    if name in meta["training_sets"]:
        held = evaluate_dataset(directory, f"without-{name}", every, half)
        return HeldOutRow(name, "leave-one-set-out", held, evaluate_dataset(directory, SHIPPED, every, half), rules)
    return HeldOutRow(name, "evaluation-only", evaluate_dataset(directory, SHIPPED, every, half), None, rules)


def _cell(scores: DatasetScores | None) -> str:
    if scores is None:
        return f"{'':>14}"
    return f"{scores.counts.f1:.3f} ({scores.low_share:5.1%})"


def format_heldout(rows: list[HeldOutRow]) -> str:
    """The table: body-line F1 (share of pages below 0.2) per set."""
    out = [f"{'set':14} {'pages':>5}  {'held out as':18} {'held-out F1':>14}  {'shipped F1':>14}  {'rules F1':>14}"]
    for r in rows:
        out.append(f"{r.set:14} {len(r.held_out.per_doc):5}  {r.kind:18} {_cell(r.held_out)}  "
                   f"{_cell(r.shipped)}  {_cell(r.rules)}")  # fmt: skip
    out.append("F1 = body-line F1; in brackets the share of pages whose body F1 is below 0.2")
    return "\n".join(out)


def heldout_dict(row: HeldOutRow) -> dict[str, object]:
    def part(s: DatasetScores | None) -> dict[str, float] | None:
        return None if s is None else {"body_f1": s.counts.f1, "below_0.2": s.low_share}

    return {"kind": row.kind, "pages": len(row.held_out.per_doc), "held_out": part(row.held_out),
            "shipped": part(row.shipped), "rules": part(row.rules)}  # fmt: skip
