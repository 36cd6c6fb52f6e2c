"""A learned check on page attributions, measured leave-one-set-out on the studied page sets (session 14).

Every record the rules produce on a page (and, with near misses, records a looser reading of the lines around the
article finds) is labelled right or wrong by the evaluator's own matching against the page's gold; a small model
over language-independent facts of the record (kind, the line's label and place relative to the article, the
name's shape, how often it recurs) decides which to keep. Validated leave-one-set-out over the six studied sets
(the seeds always train); the threshold is chosen inside the training folds only (an inner leave-one-set-out).

    .venv/bin/python bench/attribution_check.py                  # the LOSO table, the rules' records
    .venv/bin/python bench/attribution_check.py --named-only     # the check decides named records only
    .venv/bin/python bench/attribution_check.py --near           # + near misses the model may add
    .venv/bin/python bench/attribution_check.py --model logistic # logistic regression instead of LightGBM
    .venv/bin/python bench/attribution_check.py --blind          # + the never-studied sets, totals only

The never-studied sets (dumps_ml8/10/12/14) are scored by totals only, never page by page. Candidates are cached in
/tmp (`--fresh` recomputes them after a rules change). Results and what they mean: docs/attributions.md, "Session 14:
a learned check, measured" (~15 s a run on the 2-core machine, ~40 s with near misses).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
from attribution_candidates import Candidate, page_candidates  # noqa: E402

from tasks.credits.attribution import Found  # noqa: E402
from tasks.lexicon.agencies import load_gazetteer  # noqa: E402
from tasks.report.evaluate import _decode_file, _matches, score_attributions  # noqa: E402
from tasks.text.segment import segment_text  # noqa: E402

STUDIED = ("dumps_ml5", "dumps_ml7", "dumps_ml9", "dumps_ml11", "dumps_ml13", "dumps_ml15")
NEVER_STUDIED = ("dumps_ml8", "dumps_ml10", "dumps_ml12", "dumps_ml14")
SEEDS = "seeds"
CACHE = Path("/tmp/attribution_check_cache.pkl")
PARAMS: dict[str, Any] = {
    "objective": "binary", "learning_rate": 0.05, "num_leaves": 7, "min_data_in_leaf": 10,
    "feature_fraction": 0.8, "bagging_fraction": 0.8, "bagging_freq": 1, "lambda_l2": 1.0,
    "seed": 14, "deterministic": True, "force_row_wise": True, "num_threads": 1, "verbose": -1,
}  # fmt: skip
ROUNDS = 150
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.0, 1.0, 0.05))


@dataclass
class Page:
    name: str
    expected: list[dict[str, Any]]
    candidates: list[Candidate]
    labels: list[int]  # 1: matches a gold record (required or optional)


def _paths(set_name: str) -> tuple[Path, Path]:
    if set_name == SEEDS:
        return ROOT / "../shared/gold/seeds.json", ROOT / "seeds"
    return ROOT / f"tests/data/page_attributions/{set_name}.json", ROOT / f"tests/data/{set_name}"


NAMED_ONLY = False  # the check decides named records only; a nameless credit stays the rules' (a gold convention)


def _decided(c: Candidate) -> bool:
    return not NAMED_ONLY or c.found.name is not None


def collect(set_name: str, near: bool) -> list[Page]:
    gold_path, dumps = _paths(set_name)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    gazetteer = load_gazetteer()
    pages = []
    for name, entry in sorted(gold.items()):
        segmented = segment_text(_decode_file(dumps / name).text)
        expected = entry.get("attribution", [])
        cands = page_candidates(segmented, gazetteer, near)
        labels = [int(any(_matches(c.found, e) for e in expected)) for c in cands]
        pages.append(Page(name, expected, cands, labels))
    return pages


def _code_fingerprint() -> str:
    """A hash of the rules' code and vocabularies: a cache made with other rules is not read."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "tasks").rglob("*")):
        if path.is_file() and path.suffix in (".py", ".csv", ".tsv", ".txt", ".json"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def load_all(sets: tuple[str, ...], near: bool, fresh: bool) -> dict[str, list[Page]]:
    """The studied sets' candidates, cached in /tmp under the code's fingerprint (never a never-studied set's)."""
    cache: dict[str, list[Page]] = {}
    key = f"{_code_fingerprint()}:{'near' if near else 'rules'}"
    if CACHE.exists() and not fresh:
        cache = pickle.loads(CACHE.read_bytes())
    out = {}
    for s in sets:
        if f"{key}:{s}" not in cache:
            cache[f"{key}:{s}"] = collect(s, near)
        out[s] = cache[f"{key}:{s}"]
    CACHE.write_bytes(pickle.dumps(cache))
    return out


def matrix(pages: list[Page]) -> tuple[np.ndarray, np.ndarray, list[str]]:
    names = sorted({k for p in pages for c in p.candidates for k in c.features})
    rows = [[c.features.get(k, 0.0) for k in names] for p in pages for c in p.candidates]
    y = [lab for p in pages for c, lab in zip(p.candidates, p.labels, strict=True)]
    return np.array(rows, dtype=np.float64).reshape(-1, len(names)), np.array(y), names


MODEL = "lightgbm"
L2 = 1.0


@dataclass
class Logistic:
    """L2-regularised logistic regression on standardised features (Newton's method)."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray

    def predict(self, x: np.ndarray, num_threads: int = 1) -> np.ndarray:
        z = np.hstack([np.ones((len(x), 1)), (x - self.mean) / self.scale])
        return np.asarray(1.0 / (1.0 + np.exp(-z @ self.weights)))


def fit_logistic(x: np.ndarray, y: np.ndarray) -> Logistic:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    penalty = np.eye(len(w)) * L2
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-z @ w))
        gradient = z.T @ (p - y) + penalty @ w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Logistic(mean, scale, w)


def fit(pages: list[Page], names: list[str]) -> Any:
    x = np.array([[c.features.get(k, 0.0) for k in names] for p in pages for c in p.candidates if _decided(c)])
    y = np.array([lab for p in pages for c, lab in zip(p.candidates, p.labels, strict=True) if _decided(c)])
    if MODEL == "logistic":
        return fit_logistic(x, y)
    return lgb.train(PARAMS, lgb.Dataset(x, y, feature_name=names), num_boost_round=ROUNDS)


def predict(booster: Any, pages: list[Page], names: list[str]) -> list[np.ndarray]:
    out = []
    for p in pages:
        if not p.candidates:
            out.append(np.zeros(0))
            continue
        x = np.array([[c.features.get(k, 0.0) for k in names] for c in p.candidates])
        out.append(np.asarray(booster.predict(x, num_threads=1)))
    return out


def kept(page: Page, prob: np.ndarray | None, t_drop: float, t_add: float) -> list[Found]:
    """The records kept: the rules' ones the model does not drop, the near misses it adds."""
    out = []
    for i, c in enumerate(page.candidates):
        p = 1.0 if prob is None or not _decided(c) else prob[i]
        if (c.origin == "rules" and (prob is None or p >= t_drop)) or (
            c.origin != "rules" and prob is not None and p >= t_add
        ):
            out.append(c.found)
    return out


def totals(pages: list[Page], probs: list[np.ndarray] | None, t_drop: float, t_add: float) -> tuple[float, float]:
    req = fnd = pred = mat = 0
    for i, p in enumerate(pages):
        r, f, n, m = score_attributions(kept(p, None if probs is None else probs[i], t_drop, t_add), p.expected)
        req, fnd, pred, mat = req + r, fnd + f, pred + n, mat + m
    return (fnd / req if req else 1.0), (mat / pred if pred else 1.0)


def f1(found: float, precision: float) -> float:
    return 2 * found * precision / (found + precision) if found + precision else 0.0


def choose_thresholds(
    data: dict[str, list[Page]], train_sets: list[str], names: list[str], add: bool
) -> tuple[float, float]:
    """Thresholds by an inner leave-one-set-out over the training sets: out-of-fold scores pooled."""
    pooled_pages: list[Page] = []
    pooled_probs: list[np.ndarray] = []
    for inner in train_sets:
        if inner == SEEDS:
            continue
        train = [p for s in train_sets if s != inner for p in data[s]]
        booster = fit(train, names)
        pooled_pages += data[inner]
        pooled_probs += predict(booster, data[inner], names)
    best = (-1.0, 0.0, 1.01)
    for t_drop in THRESHOLDS:
        for t_add in (*THRESHOLDS[1:], 1.01) if add else (1.01,):
            score = f1(*totals(pooled_pages, pooled_probs, t_drop, t_add))
            if score > best[0] + 1e-9:
                best = (score, t_drop, t_add)
    return best[1], best[2]


def loso(data: dict[str, list[Page]], names: list[str], add: bool) -> list[tuple[str, tuple, tuple, tuple]]:
    rows = []
    for held in STUDIED:
        train_sets = [s for s in (*STUDIED, SEEDS) if s != held]
        t_drop, t_add = choose_thresholds(data, train_sets, names, add)
        booster = fit([p for s in train_sets for p in data[s]], names)
        probs = predict(booster, data[held], names)
        without = totals(data[held], None, 0, 1.01)
        with_ = totals(data[held], probs, t_drop, t_add)
        rows.append((held, without, with_, (t_drop, t_add)))
        print(f"{held:11} {without[0]:.3f} / {without[1]:.3f} (F1 {f1(*without):.3f}) -> "
              f"{with_[0]:.3f} / {with_[1]:.3f} (F1 {f1(*with_):.3f})  thresholds drop {t_drop} add {t_add}",
              flush=True)  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--near", action="store_true", help="add near misses as candidates the model may keep")
    parser.add_argument("--blind", action="store_true", help="also score the never-studied sets, totals only")
    parser.add_argument("--named-only", action="store_true", help="the check decides named records only")
    parser.add_argument("--model", choices=("lightgbm", "logistic"), default="lightgbm")
    parser.add_argument("--fresh", action="store_true", help="recompute the candidates (after a rules change)")
    args = parser.parse_args()
    global NAMED_ONLY, MODEL
    NAMED_ONLY, MODEL = args.named_only, args.model
    start = time.perf_counter()
    data = load_all((*STUDIED, SEEDS), args.near, args.fresh)
    names = matrix([p for s in data for p in data[s]])[2]
    n = sum(len(p.candidates) for s in data for p in data[s])
    pos = sum(sum(p.labels) for s in data for p in data[s])
    print(f"candidates {n}, right {pos}, collected in {time.perf_counter() - start:.0f} s", flush=True)
    for s in data:
        by_origin: dict[str, list[int]] = {}
        for p in data[s]:
            for c, lab in zip(p.candidates, p.labels, strict=True):
                by_origin.setdefault(c.origin, []).append(lab)
        print(f"  {s:11} " + ", ".join(f"{o} {sum(v)}/{len(v)}" for o, v in sorted(by_origin.items())))
    loso(data, names, args.near)
    if args.blind:
        blind_totals(data, names, args.near)


def blind_totals(data: dict[str, list[Page]], names: list[str], near: bool) -> None:
    """The never-studied sets, totals only (never a page): the check trained on every studied set, on every
    record and on named records only, its thresholds from the inner leave-one-set-out."""
    global NAMED_ONLY
    blind = {s: collect(s, near) for s in NEVER_STUDIED}
    train_sets = [*STUDIED, SEEDS]
    for named_only in (False, True):
        NAMED_ONLY = named_only
        t_drop, t_add = choose_thresholds(data, train_sets, names, near)
        booster = fit([p for s in train_sets for p in data[s]], names)
        print(f"never studied, {'named records only' if named_only else 'every record'}: thresholds {t_drop} {t_add}")
        for s, pages in blind.items():
            without = totals(pages, None, 0, 1.01)
            with_ = totals(pages, predict(booster, pages, names), t_drop, t_add)
            print(f"  {s:11} {without[0]:.3f} / {without[1]:.3f} (F1 {f1(*without):.3f}) -> "
                  f"{with_[0]:.3f} / {with_[1]:.3f} (F1 {f1(*with_):.3f})")  # fmt: skip


if __name__ == "__main__":
    main()
