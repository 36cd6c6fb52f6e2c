"""Train the HTML block model and validate it leave-one-set-out: `make train-html`.

    .venv/bin/python bench/train_html.py            # LOSO + eval-only scores, writes tasks/html/models/
    .venv/bin/python bench/train_html.py --dry-run  # scores only, the committed model stays

Every page of every HTML set under ../shared/eval/html is parsed and labelled by the rules exactly as
the pipeline does (tasks.pipeline_html); each block gets the features of tasks.html.block_features
and a gold label: body when at least half of its word trigrams occur in the page's true body (blocks
under four words: when their words occur as one run in it). Blocks are weighted by their share of
the page's true body tokens, so every page counts alike, as in the benchmark's averaged token scores.

Only aeb, readability, cleanportal and cleaneval-dev train (their licences allow it); dragnet and l3s
are evaluation-only. Reported per set, token F1 and the share of pages under 0.2, rules vs model:
- leave-one-set-out for each training set (a model trained on the other three, scored on that one);
- the shipped model (trained on all four) on the evaluation-only sets, and on its own training sets.
The model file gets a JSON card: this command, the data's fingerprint, parameters and these scores.
No page or gold text is copied into the repo. Deterministic: one thread, fixed seeds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from schemas import Label  # noqa: E402
from tasks.html.below_article import drop_repeats  # noqa: E402
from tasks.html.block_features import CATEGORICAL, FEATURE_NAMES, block_matrix  # noqa: E402
from tasks.html.block_model import CARD_FILE, MODEL_FILE, decide_body, revisable  # noqa: E402
from tasks.html.blocks import TimeLimitError, clean_tree, page_blocks  # noqa: E402
from tasks.html.extract import find_container  # noqa: E402
from tasks.html.meta import page_meta  # noqa: E402
from tasks.html.segment import rule_verdicts  # noqa: E402
from tasks.read.decode import DecodeError  # noqa: E402
from tasks.read.html_decode import parse_html  # noqa: E402
from tasks.report.evaluate_html import token_scores  # noqa: E402
from tasks.text.rules import Verdict  # noqa: E402

HTML = ROOT.parent / "shared" / "eval" / "html"
TRAIN_SETS = ("aeb", "readability", "cleanportal", "cleaneval-dev")
EVAL_ONLY_SETS = ("dragnet", "l3s")
BODY_SHARE = 0.5  # share of a block's trigrams in the true body that makes it body
LOW_F1 = 0.2
PARAMS: dict[str, Any] = {
    "objective": "binary", "learning_rate": 0.05, "num_leaves": 15, "min_data_in_leaf": 40,
    "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0,
    "seed": 12, "deterministic": True, "force_row_wise": True, "num_threads": 1, "verbose": -1,
}  # fmt: skip
ROUNDS = 200
# Whether the pipeline runs the model: only when it beats the rules leave-one-set-out and on the
# evaluation-only sets by more than noise. It does not (docs/html.md), so the rules run alone.
ADOPTED = False
MARGIN = 0.2  # the model overturns the rules only at p(body) >= 0.8 or < 0.2
_TOKEN = re.compile(r"\w+")


@dataclass
class Page:
    """One page's blocks as the model sees them, their gold labels, and what scoring needs."""

    set_name: str
    doc: str
    rows: np.ndarray
    gold_body: np.ndarray
    weight: np.ndarray
    verdicts: list[Verdict]
    shapes: list[tuple[str, bool, bool]]  # (text, in_list, in_caption) per block, for drop_repeats
    gold_text: str


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def block_labels(texts: list[str], gold: str) -> tuple[np.ndarray, np.ndarray]:
    """(is body, weight) per block against the page's true body."""
    gold_tokens = _tokens(gold)
    trigrams = set(zip(gold_tokens, gold_tokens[1:], gold_tokens[2:], strict=False))
    joined = f" {' '.join(gold_tokens)} "
    labels, weights = [], []
    for text in texts:
        tokens = _tokens(text)
        grams = list(zip(tokens, tokens[1:], tokens[2:], strict=False))
        if len(tokens) >= 4:
            share = sum(g in trigrams for g in grams) / len(grams)
        else:
            share = float(bool(tokens) and f" {' '.join(tokens)} " in joined)
        labels.append(share >= BODY_SHARE)
        weights.append(len(tokens) / max(1, len(gold_tokens)))
    return np.array(labels, dtype=bool), np.array(weights, dtype=np.float64)


def load_page(set_name: str, doc: str, data: bytes, gold: str) -> Page | None:
    """Parse and label one page the way tasks.pipeline_html.extract_html does; None when it yields nothing."""
    parsed = parse_html(data)
    if isinstance(parsed, DecodeError):
        return None
    meta = page_meta(parsed.root)
    clean_tree(parsed.root)
    try:
        blocks, info = page_blocks(parsed.root, time.perf_counter() + 10.0)
    except TimeLimitError:
        return None
    if not blocks:
        return None
    view = find_container(blocks, info)
    ruled = rule_verdicts(blocks, view, meta.title)
    texts = [b.text for b in blocks]
    labels, weights = block_labels(texts, gold)
    weights = np.where(revisable(ruled.verdicts), weights, 0.0)
    shapes = [(b.text, b.in_list, b.in_caption) for b in blocks]
    return Page(set_name, doc, block_matrix(blocks, view, ruled), labels, weights, ruled.verdicts, shapes, gold)


def load_set(set_name: str) -> list[Page]:
    directory = HTML / set_name
    gold = json.loads((directory / "gold.json").read_text(encoding="utf-8"))
    pages = []
    for doc in sorted(gold):
        path = directory / f"{doc}.html"
        if path.exists():
            page = load_page(set_name, doc, path.read_bytes(), gold[doc]["article_body"])
            pages.append(page if page is not None else Page(set_name, doc, np.zeros((0, len(FEATURE_NAMES))),
                                                               np.zeros(0, bool), np.zeros(0), [], [],
                                                               gold[doc]["article_body"]))  # fmt: skip
    return pages


def fingerprint(sets: tuple[str, ...]) -> str:
    """sha256 over the training sets' gold files and pages, in name order."""
    digest = hashlib.sha256()
    for set_name in sets:
        for path in sorted((HTML / set_name).iterdir()):
            digest.update(path.name.encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def page_body(page: Page, body: np.ndarray) -> str:
    """The text the pipeline would write as body, given the per-block body decision."""
    verdicts = [
        Verdict(Label.BODY if b else (v.label if v.label != Label.BODY else Label.CHROME), v.kind, "", "", 0.0)
        for v, b in zip(page.verdicts, body, strict=True)
    ]
    blocks = [SimpleNamespace(text=t, in_list=li, in_caption=c) for t, li, c in page.shapes]
    final = drop_repeats(blocks, verdicts)  # type: ignore[arg-type]
    return "\n\n".join(t for (t, _, _), v in zip(page.shapes, final, strict=True) if v.label == Label.BODY)


def set_scores(pages: list[Page], body_of: Any) -> dict[str, float]:
    """Token P/R/F1 from averages, and the share of pages under LOW_F1."""
    per_page = [token_scores(page_body(p, body_of(p)), p.gold_text) if p.verdicts else (0.0, 0.0) for p in pages]
    precision = sum(p for p, _ in per_page) / len(per_page)
    recall = sum(r for _, r in per_page) / len(per_page)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    low = sum(1 for p, r in per_page if (2 * p * r / (p + r) if p + r else 0.0) < LOW_F1) / len(per_page)
    return {"pages": len(pages), "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "below_0_2": round(low, 4)}  # fmt: skip


def rules_body(page: Page) -> np.ndarray:
    return np.array([v.label == Label.BODY for v in page.verdicts], dtype=bool)


def train(pages: list[Page]) -> Any:
    import lightgbm

    rows = np.vstack([p.rows for p in pages if p.verdicts])
    labels = np.concatenate([p.gold_body for p in pages if p.verdicts])
    weights = np.concatenate([p.weight for p in pages if p.verdicts])
    keep = weights > 0
    data = lightgbm.Dataset(rows[keep], labels[keep].astype(float), weight=weights[keep] * 100,
                            feature_name=list(FEATURE_NAMES), categorical_feature=list(CATEGORICAL),
                            free_raw_data=False)  # fmt: skip
    return lightgbm.train(PARAMS, data, num_boost_round=ROUNDS)


def model_body(booster: Any) -> Any:
    def body_of(page: Page) -> np.ndarray:
        if not page.verdicts:
            return np.zeros(0, dtype=bool)
        return decide_body(page.verdicts, booster.predict(page.rows, num_threads=1), MARGIN)

    return body_of


def load_all(cache: Path | None) -> dict[str, list[Page]]:
    if cache is not None and cache.exists():
        return dict(pickle.loads(cache.read_bytes()))
    sets = {name: load_set(name) for name in TRAIN_SETS + EVAL_ONLY_SETS}
    if cache is not None:
        cache.write_bytes(pickle.dumps(sets))
    return sets


def _row(name: str, kind: str, rules: dict[str, float], model: dict[str, float]) -> str:
    return (f"| {name} | {kind} | {model['pages']:.0f} | {rules['f1']:.3f} | {model['f1']:.3f} "
            f"| {rules['below_0_2']:.1%} | {model['below_0_2']:.1%} |")  # fmt: skip


def evaluate(sets: dict[str, list[Page]]) -> tuple[Any, dict[str, Any]]:
    """LOSO on the training sets, the shipped model on everything; (shipped booster, scores)."""
    scores: dict[str, Any] = {}
    print("| set | validation | pages | rules F1 | model F1 | rules < 0.2 | model < 0.2 |")
    print("|---|---|---|---|---|---|---|")
    for held in TRAIN_SETS:
        booster = train([p for name in TRAIN_SETS if name != held for p in sets[name]])
        rules, model = set_scores(sets[held], rules_body), set_scores(sets[held], model_body(booster))
        scores[held] = {"validation": "leave-one-set-out", "rules": rules, "model": model}
        print(_row(held, "leave-one-set-out", rules, model), flush=True)
    shipped = train([p for name in TRAIN_SETS for p in sets[name]])
    for name in EVAL_ONLY_SETS + TRAIN_SETS:
        rules, model = set_scores(sets[name], rules_body), set_scores(sets[name], model_body(shipped))
        kind = "evaluation-only" if name in EVAL_ONLY_SETS else "shipped (trained on it)"
        scores.setdefault(name, {"validation": kind})
        scores[name]["shipped_rules" if name in TRAIN_SETS else "rules"] = rules
        scores[name]["shipped_model" if name in TRAIN_SETS else "model"] = model
        print(_row(name, kind, rules, model), flush=True)
    return shipped, scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dry-run", action="store_true", help="score only; leave the committed model alone")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of parsed pages, outside the repo")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    sets = load_all(args.cache)
    print(f"parsed {sum(len(p) for p in sets.values())} pages in {time.perf_counter() - started:.0f} s", flush=True)
    shipped, scores = evaluate(sets)
    importance = shipped.feature_importance(importance_type="gain")
    top = sorted(zip(FEATURE_NAMES, importance, strict=True), key=lambda x: -x[1])[:10]
    print("strongest features (gain):", ", ".join(f"{n} {g:.0f}" for n, g in top))
    if args.dry_run:
        return 0
    MODEL_FILE.parent.mkdir(parents=True, exist_ok=True)
    MODEL_FILE.write_text(shipped.model_to_string(), encoding="utf-8")
    card = {
        "command": "make train-html  (.venv/bin/python bench/train_html.py)", "adopted": ADOPTED,
        "trained_on": list(TRAIN_SETS), "evaluation_only": list(EVAL_ONLY_SETS),
        "data_fingerprint_sha256": fingerprint(TRAIN_SETS), "lightgbm_params": PARAMS, "rounds": ROUNDS,
        "margin": MARGIN, "features": list(FEATURE_NAMES), "scores": scores,
        "training_seconds": round(time.perf_counter() - started), "metric": "token F1 (benchmark bag of words)",
    }  # fmt: skip
    CARD_FILE.write_text(json.dumps(card, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(ROOT)} and {CARD_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
