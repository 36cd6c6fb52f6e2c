"""Score the segmenter: seeds against the hand-made gold file, and labelled benchmark dumps."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from schemas import Label
from tasks.credits.attribution import Found, extract_attributions, normalize_name, site_of
from tasks.read.decode import Decoded, decode_bytes
from tasks.text.learned import RULES_ONLY, segment_with_model
from tasks.text.segment import Segmented, segment_text

AMBIGUOUS = "ambiguous"
WORST_SHOWN = 10
# A page scoring under this F1 has its main text wrong as a whole (wrong container, nothing found).
LOW_PAGE_F1 = 0.2


@dataclass
class LineCounts:
    """Line accuracy and body-line confusion counts."""

    lines: int = 0
    correct: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: str, predicted: str, collapse_title: bool = False) -> None:
        """Count one line; `collapse_title` scores title/attribution as chrome (benchmark dumps)."""
        if collapse_title and predicted in (Label.TITLE, Label.ATTRIBUTION):
            predicted = Label.CHROME
        self.lines += 1
        self.correct += gold == predicted or (gold == AMBIGUOUS and predicted in (Label.BODY, Label.CHROME))
        if gold == AMBIGUOUS or gold == Label.TITLE:
            return
        is_body, said_body = gold == Label.BODY, predicted == Label.BODY
        self.tp += is_body and said_body
        self.fp += said_body and not is_body
        self.fn += is_body and not said_body

    def merge(self, other: LineCounts) -> None:
        for name in ("lines", "correct", "tp", "fp", "fn"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def accuracy(self) -> float:
        return self.correct / self.lines if self.lines else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class FileScore:
    """Scores of one seed file against its gold entry."""

    name: str
    counts: LineCounts
    title_ok: bool
    site_ok: bool
    required: int
    required_found: int
    predicted: int
    predicted_matched: int
    errors: list[str] = field(default_factory=list)


@dataclass
class GoldScores:
    """Scores of every seed file and their totals."""

    files: list[FileScore]

    @property
    def total(self) -> LineCounts:
        total = LineCounts()
        for f in self.files:
            total.merge(f.counts)
        return total

    def as_dict(self) -> dict[str, Any]:
        t = self.total
        required = sum(f.required for f in self.files)
        predicted = sum(f.predicted for f in self.files)
        return {
            "line_accuracy": t.accuracy, "body_precision": t.precision, "body_recall": t.recall,
            "body_f1": t.f1, "titles_ok": sum(f.title_ok for f in self.files), "files": len(self.files),
            "sites_ok": sum(f.site_ok for f in self.files),
            "attribution_recall": sum(f.required_found for f in self.files) / required if required else 1.0,
            "attribution_precision": sum(f.predicted_matched for f in self.files) / predicted if predicted else 1.0,
            "per_file": [asdict(f) for f in self.files],
        }  # fmt: skip


def _decode_file(path: Path) -> Decoded:
    decoded = decode_bytes(path.read_bytes())
    if not isinstance(decoded, Decoded):
        raise ValueError(f"{path}: {decoded.message}")
    return decoded


def _matches(found: Found, entity: dict[str, Any]) -> bool:
    if found.kind != entity["kind"] or found.line != entity["line"]:
        return False
    if entity["name"] is None:
        return found.name is None
    return found.name is not None and normalize_name(found.name) == normalize_name(entity["name"])


def score_attributions(found: list[Found], expected: list[dict[str, Any]]) -> tuple[int, int, int, int]:
    """(required, required found, predicted, predicted matching any expected entity)."""
    required = [e for e in expected if not e.get("optional")]
    found_required = sum(any(_matches(f, e) for f in found) for e in required)
    matched = sum(any(_matches(f, e) for e in expected) for f in found)
    return len(required), found_required, len(found), matched


def score_seed(name: str, segmented: Segmented, gold: dict[str, Any]) -> FileScore:
    """Score one seed's segmentation and attributions against its gold entry.

    An entry may hold only some of the fields: without ``lines`` no line is scored, without ``title`` or
    ``site`` those count as right (a file of the article's attributions on labelled dumps is such a gold)."""
    predicted = {ll.line.number: ll for ll in segmented.lines}
    counts, errors = LineCounts(), []
    for entry in gold.get("lines", []):
        ll = predicted.get(entry["line"])
        label = str(ll.verdict.label) if ll else "missing"
        before = counts.correct
        counts.add(entry["label"], label)
        if counts.correct == before:
            reason = ll.verdict.reason if ll else "line not found"
            errors.append(f"line {entry['line']}: gold {entry['label']}, got {label} ({reason})")
    found = extract_attributions(segmented)
    titles = segmented.with_label(Label.TITLE)
    title = titles[0].line.text.strip() if titles else None
    expected = gold.get("attribution", [])
    required, required_found, n_predicted, matched = score_attributions(found, expected)
    errors += [f"attribution missed: {e['kind']} {e['name']!r} on line {e['line']}" for e in expected
               if not e.get("optional") and not any(_matches(f, e) for f in found)]  # fmt: skip
    errors += [f"attribution extra: {f.kind} {f.name!r} on line {f.line}" for f in found
               if not any(_matches(f, e) for e in expected)]  # fmt: skip
    site_ok = (
        "site" not in gold
        or (site_of(found) or None) == (gold.get("site") or "").lower().removeprefix("www.")
        or (gold.get("site") is None and site_of(found) is None)
    )
    title_ok = "title" not in gold or title == gold.get("title")
    return FileScore(name, counts, title_ok, site_ok, required, required_found,
                     n_predicted, matched, errors)  # fmt: skip


def evaluate_gold(gold_path: Path, seeds_dir: Path) -> GoldScores:
    """Run the segmenter on every seed named in the gold file and score it."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    files = []
    for name, entry in sorted(gold.items()):
        segmented = segment_text(_decode_file(seeds_dir / name).text)
        files.append(score_seed(name, segmented, entry))
    return GoldScores(files)


@dataclass
class DatasetScores:
    """Body-line scores over a directory of labelled dumps, with the worst documents."""

    counts: LineCounts
    per_doc: dict[str, LineCounts]

    def worst(self, n: int = WORST_SHOWN) -> list[tuple[str, float]]:
        ranked = sorted(((d, c.f1) for d, c in self.per_doc.items() if c.tp + c.fn), key=lambda x: x[1])
        return ranked[:n]

    @property
    def low_share(self) -> float:
        """Share of the pages with body lines whose body F1 is below LOW_PAGE_F1: whole pages gone wrong."""
        pages = [c for c in self.per_doc.values() if c.tp + c.fn]
        return sum(c.f1 < LOW_PAGE_F1 for c in pages) / len(pages) if pages else 0.0

    def as_dict(self) -> dict[str, Any]:
        c = self.counts
        return {"documents": len(self.per_doc), "lines": c.lines, "line_accuracy": c.accuracy,
                "body_precision": c.precision, "body_recall": c.recall, "body_f1": c.f1,
                "worst": self.worst()}  # fmt: skip


def evaluate_dataset(
    directory: Path, model: str = RULES_ONLY, every: int = 1, half: int | None = None
) -> DatasetScores:
    """Score every (`every`-th) <id>.txt against its <id>.json line labels (`model`: see `segment_text`).

    `half` 0 or 1 scores only the even- or odd-numbered pages (sorted by name), so that failures can be
    studied on one half and a change checked on the other, which nobody looked at."""
    total, per_doc = LineCounts(), {}
    pages = sorted(directory.glob("*.json"))
    for label_file in (pages[half::2] if half is not None else pages)[::every]:
        text_file = label_file.with_suffix(".txt")
        if not text_file.exists():
            continue
        labels = json.loads(label_file.read_text(encoding="utf-8"))
        segmented = segment_with_model(_decode_file(text_file).text, model)
        predicted = {ll.line.number: str(ll.verdict.label) for ll in segmented.lines}
        counts = LineCounts()
        for entry in labels["lines"]:
            counts.add(entry["label"], predicted.get(entry["line"], Label.CHROME), collapse_title=True)
        per_doc[label_file.stem] = counts
        total.merge(counts)
    if not per_doc:
        raise FileNotFoundError(f"no labelled dumps (<id>.txt + <id>.json) in {directory}")
    return DatasetScores(total, per_doc)


def format_gold_scores(scores: GoldScores) -> str:
    """A per-file and total table of the seed scores."""
    rows = ["file                           lines  acc     body P  body R  title  site  attr R  attr P"]
    for f in scores.files:
        c = f.counts
        attr_r = f.required_found / f.required if f.required else 1.0
        attr_p = f.predicted_matched / f.predicted if f.predicted else 1.0
        lines = (
            f"{c.accuracy:6.1%}  {c.precision:6.1%}  {c.recall:6.1%}" if c.lines else f"{'–':>6}  {'–':>6}  {'–':>6}"
        )
        rows.append(f"{f.name:30} {c.lines:5}  {lines}  "
                    f"{'ok' if f.title_ok else 'MISS':5}  {'ok' if f.site_ok else 'MISS':4}  "
                    f"{attr_r:6.1%}  {attr_p:6.1%}")  # fmt: skip
        rows.extend(f"    {e}" for e in f.errors)
    d = scores.as_dict()
    total = (
        f"{d['line_accuracy']:6.1%}  {d['body_precision']:6.1%}  {d['body_recall']:6.1%}"
        if scores.total.lines
        else f"{'–':>6}  {'–':>6}  {'–':>6}"
    )
    attributions = f"{d['attribution_recall']:6.1%}  {d['attribution_precision']:6.1%}"
    rows.append(f"{'TOTAL':30} {scores.total.lines:5}  {total}  {d['titles_ok']}/{d['files']}    "
                f"{d['sites_ok']}/{d['files']}   {attributions}")  # fmt: skip
    return "\n".join(rows)


def format_dataset_scores(name: str, scores: DatasetScores) -> str:
    """Totals and the worst documents of one dump set."""
    c = scores.counts
    rows = [f"{name}: {len(scores.per_doc)} documents, {c.lines} lines",
            f"  body P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}  line accuracy {c.accuracy:.3f}",
            "  worst documents (body F1):"]  # fmt: skip
    rows += [f"    {doc}  {f1:.3f}" for doc, f1 in scores.worst()]
    return "\n".join(rows)


# --- HTML pages against the benchmark's true article bodies -------------------------------------------
