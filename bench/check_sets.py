"""Totals on the never-studied check sets, never their errors: the figure a change is judged by.

    .venv/bin/python bench/check_sets.py                  # every group, about 30 s
    .venv/bin/python bench/check_sets.py --groups real meta

A check set was written blind and scored only as a total (README "Blind sets of our own"); reading its errors would
make it one more studied set. This prints the totals of every such set in one run, so that a change can be kept only
if it drops none of them: text dumps (body-line F1), the article's attributions on those dumps (found / precision),
the held-back attribution lines (P / R), HTML bodies (token F1), HTML metadata (title, date right, date wrong, author
F1, exact author sets) and the check halves of the real pages (found / precision). The studied sets' scores and
errors come from `newsclean eval` and the tests.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tasks.report.attributions import evaluate_attribution_set  # noqa: E402
from tasks.report.evaluate import evaluate_dataset, evaluate_gold  # noqa: E402
from tasks.report.evaluate_html import evaluate_html_dataset  # noqa: E402

DATA = ROOT / "tests" / "data"
EVAL_DUMPS = ROOT.parent / "shared" / "eval" / "dumps"
# The check sets by kind: the even-numbered dump and HTML batches, the odd-numbered metadata batches (from heldout9)
# and the held-back line sets were written at a session's start and scored only at its end.
DUMP_SETS = tuple(f"dumps_ml{n}" for n in (4, 6, *range(8, 87, 2)))
PAGE_SETS = tuple(f"dumps_ml{n}" for n in range(8, 87, 2))
HTML_SETS = tuple(f"html_ml{n}" for n in (2, 3, *range(5, 76, 2)))
META_SETS = tuple(f"heldout{n}" for n in range(9, 88, 2))
REAL_CHECKS = ("eval_only_check", *(f"eval_only_check{n}" for n in range(2, 23)))


def _rounded(*values: float) -> str:
    return " / ".join(f"{v:.3f}" for v in values)


def dump_totals() -> dict[str, str]:
    return {f"{n} body F1": _rounded(evaluate_dataset(DATA / n).counts.f1) for n in DUMP_SETS if (DATA / n).is_dir()}


def page_totals() -> dict[str, str]:
    rows = {}
    for name in PAGE_SETS:
        gold = DATA / "page_attributions" / f"{name}.json"
        if gold.exists():
            s = evaluate_gold(gold, DATA / name).as_dict()
            found, precision = s["attribution_recall"], s["attribution_precision"]
            rows[f"{name} attributions found / precision"] = _rounded(found, precision)
    return rows


def line_totals() -> dict[str, str]:
    s = evaluate_attribution_set(DATA / "attributions_blind")
    return {"attributions_blind P / R": _rounded(s.total.precision, s.total.recall)}


def html_totals() -> dict[str, str]:
    return {f"{n} token F1": _rounded(evaluate_html_dataset(DATA / n).f1) for n in HTML_SETS if (DATA / n).is_dir()}


def meta_totals() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("bench_meta_eval", ROOT / "bench" / "meta_eval.py")
    assert spec is not None and spec.loader is not None
    meta = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = meta  # dataclasses look their module up while the class is built
    spec.loader.exec_module(meta)
    rows = {}
    for name in META_SETS:
        if name in meta.SETS:
            r = meta.score_set(name, "newsclean").row(name)
            keys = ("title", "date_right", "date_wrong", "author_f1", "author_exact")
            rows[f"{name} title / date right / wrong / author F1 / exact"] = _rounded(*(r[k] for k in keys))
    return rows


def real_totals() -> dict[str, str]:
    rows = {}
    for name in REAL_CHECKS:
        gold = DATA / "real_attributions" / f"{name}.json"
        if gold.exists():
            s = evaluate_gold(gold, EVAL_DUMPS).as_dict()
            rows[f"real {name} found / precision"] = _rounded(s["attribution_recall"], s["attribution_precision"])
    return rows


GROUPS: dict[str, Callable[[], dict[str, str]]] = {
    "dumps": dump_totals, "pages": page_totals, "lines": line_totals, "html": html_totals, "meta": meta_totals,
    "real": real_totals,
}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--groups", nargs="+", default=list(GROUPS), choices=list(GROUPS))
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    for group in args.groups:
        for name, value in GROUPS[group]().items():
            print(f"{name:58s} {value}")


if __name__ == "__main__":
    main()
