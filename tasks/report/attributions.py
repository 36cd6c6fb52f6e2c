"""Score attribution extraction by kind and by language: on the hand-written set, and on the seeds.

The set (``tests/data/attributions/*.jsonl``, see its README) holds single lines with the role
they play on a page (credit line, byline, body, first or last paragraph) and the records a reader
expects. Each line goes through the same functions the pipeline runs on a line of that label,
so the score is the extractor's alone, not the segmenter's.

A found record matches an expected one of the same kind when their normalised names are equal
or both name the same agency ("Интерфакса" is Интерфакс). Precision is matched found records over
found records; recall is matched expected records over expected records.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tasks.credits.attribution import Found, chrome_byline, extract_attributions, in_body_citations, normalize_name
from tasks.credits.attribution_lines import attribution_line_attributions
from tasks.lexicon.agencies import Gazetteer, load_gazetteer
from tasks.read.decode import Decoded, decode_bytes
from tasks.text.segment import segment_text

ROLES = ("credit", "byline", "above", "body", "first", "last")


@dataclass(frozen=True)
class Example:
    """One labelled line."""

    id: str
    lang: str
    role: str
    text: str
    expected: tuple[tuple[str, str | None], ...]


@dataclass
class Tally:
    """Counts of found, expected and matched records."""

    found: int = 0
    expected: int = 0
    matched_found: int = 0
    matched_expected: int = 0

    def add(self, other: Tally) -> None:
        self.found += other.found
        self.expected += other.expected
        self.matched_found += other.matched_found
        self.matched_expected += other.matched_expected

    @property
    def precision(self) -> float:
        return self.matched_found / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched_expected / self.expected if self.expected else 1.0


@dataclass
class AttributionScores:
    """Totals, by kind, by language, and the lines that went wrong."""

    total: Tally = field(default_factory=Tally)
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_lang: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    examples_by_lang: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def row(t: Tally) -> dict[str, float | int]:
            return {"precision": t.precision, "recall": t.recall, "found": t.found, "expected": t.expected}

        return {"precision": self.total.precision, "recall": self.total.recall, "found": self.total.found,
                "expected": self.total.expected, "examples": sum(self.examples_by_lang.values()),
                "by_kind": {k: row(t) for k, t in sorted(self.by_kind.items())},
                "by_language": {k: {**row(t), "examples": self.examples_by_lang[k]}
                                for k, t in sorted(self.by_lang.items())},
                "errors": self.errors}  # fmt: skip


def load_examples(path: Path) -> list[Example]:
    """Examples from one .jsonl file, or every .jsonl file of a directory."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    examples = []
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                expected = tuple((e["kind"], e["name"]) for e in raw["expected"])
                examples.append(Example(raw["id"], raw["lang"], raw["role"], raw["text"], expected))
    return examples


def attributions_of(example: Example, gazetteer: Gazetteer) -> list[Found]:
    """What the pipeline records for the example's line in its role."""
    if example.role == "above":  # a chrome line in the byline block (the page-level checks are not scored here)
        return chrome_byline(example.text, 1, gazetteer)
    if example.role in ("credit", "byline"):
        return attribution_line_attributions(example.text, 1, gazetteer, before_body=example.role == "byline")
    return in_body_citations(example.text, 1, gazetteer, first=example.role == "first", last=example.role == "last")


def _same(found: Found, kind: str, name: str | None, gazetteer: Gazetteer) -> bool:
    if found.kind != kind:
        return False
    if name is None or found.name is None:
        return name is None and found.name is None
    if normalize_name(found.name) == normalize_name(name):
        return True
    return found.canonical_id is not None and gazetteer.agency_of_name(name, cued=True) == found.canonical_id


def score_records(
    found: list[Found], expected: list[tuple[str, str | None]], gazetteer: Gazetteer
) -> tuple[dict[str, Tally], list[str]]:
    """Per-kind tallies of one line's records (one-to-one matching), and what was missed or extra."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    unmatched = list(range(len(found)))
    problems = []
    for kind, name in expected:
        tallies[kind].expected += 1
        hit = next((i for i in unmatched if _same(found[i], kind, name, gazetteer)), None)
        if hit is None:
            problems.append(f"missed {kind}={name}")
            continue
        unmatched.remove(hit)
        tallies[kind].matched_expected += 1
        tallies[kind].matched_found += 1
    for i, f in enumerate(found):
        tallies[f.kind].found += 1
        if i in unmatched:
            problems.append(f"extra {f.kind}={f.name}")
    return tallies, problems


def evaluate_attribution_set(path: Path) -> AttributionScores:
    """Score every example of a set."""
    gazetteer = load_gazetteer()
    scores = AttributionScores()
    for example in load_examples(path):
        tallies, problems = score_records(attributions_of(example, gazetteer), list(example.expected), gazetteer)
        scores.examples_by_lang[example.lang] += 1
        for kind, tally in tallies.items():
            scores.total.add(tally)
            scores.by_kind[kind].add(tally)
            scores.by_lang[example.lang].add(tally)
        if problems:
            scores.errors.append(f"{example.id} [{example.role}] {example.text!r}: {'; '.join(problems)}")
    return scores


def evaluate_seed_attributions(gold_path: Path, seeds_dir: Path) -> AttributionScores:
    """Seed attributions by kind against the gold file (optional gold records neither required nor extra)."""
    gazetteer = load_gazetteer()
    scores = AttributionScores()
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for name, entry in sorted(gold.items()):
        decoded = decode_bytes((seeds_dir / name).read_bytes())
        if not isinstance(decoded, Decoded):
            continue
        found = extract_attributions(segment_text(decoded.text), gazetteer)
        records = entry.get("attribution", [])
        optional = [r for r in records if r.get("optional")]
        found = [f for f in found if not any(_same(f, r["kind"], r["name"], gazetteer) and f.line == r["line"]
                                             for r in optional)]  # fmt: skip
        for line in sorted({f.line for f in found} | {r["line"] for r in records if not r.get("optional")}):
            expected = [(r["kind"], r["name"]) for r in records if r["line"] == line and not r.get("optional")]
            tallies, problems = score_records([f for f in found if f.line == line], expected, gazetteer)
            for kind, tally in tallies.items():
                scores.total.add(tally)
                scores.by_kind[kind].add(tally)
                scores.by_lang[entry.get("language", "?")].add(tally)
            scores.errors += [f"{name} line {line}: {p}" for p in problems]
        scores.examples_by_lang[entry.get("language", "?")] += 1
    return scores


def format_attribution_scores(name: str, scores: AttributionScores, show_errors: int = 20) -> str:
    """Totals, a row per kind and per language, then the first errors."""
    t = scores.total
    rows = [f"{name}: attribution P {t.precision:.3f}  R {t.recall:.3f}  ({t.found} found, {t.expected} expected)"]
    rows.append("  by kind:")
    rows += [f"    {k:8} P {v.precision:.3f}  R {v.recall:.3f}  ({v.found}/{v.expected})"
             for k, v in sorted(scores.by_kind.items())]  # fmt: skip
    rows.append("  by language:")
    rows += [f"    {k:8} P {v.precision:.3f}  R {v.recall:.3f}  ({v.found}/{v.expected}, "
             f"{scores.examples_by_lang[k]} examples)" for k, v in sorted(scores.by_lang.items())]  # fmt: skip
    if scores.errors and show_errors:
        rows.append(f"  errors ({len(scores.errors)}):")
        rows += [f"    {e}" for e in scores.errors[:show_errors]]
    return "\n".join(rows)
