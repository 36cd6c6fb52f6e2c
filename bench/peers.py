"""Compare newsclean's body-line labels with peer extractors on the labelled text dumps.

    .venv/bin/python bench/peers.py                       # ../shared/eval/dumps/{aeb,readability}
    .venv/bin/python bench/peers.py --dataset DIR --json

Method: every labelled dump (<id>.txt + <id>.json, see ../shared/eval/README.md) is decoded once
with :func:`tasks.read.decode.decode_bytes`; all tools then see the same text, in the same run.

* newsclean: :func:`tasks.text.segment.segment_text`; a line is body when its verdict is ``body``.
* peers (trafilatura with default settings and with ``favor_precision=True``, jusText with the
  stoplist of the document's labelled language, English when jusText has none, readability-lxml's
  ``Document(html).summary()``) get a minimal ``<html><body>`` page in which every non-blank line
  is one HTML-escaped ``<p>``. A line is predicted body when its whitespace-normalised text is one
  of the peer's output paragraphs, or failing that, occurs in its whole output (whitespace-normalised
  too). jusText reports a paragraph per ``<p>``: its non-boilerplate paragraphs are mapped back to
  the lines by order and text.

Scoring is newsclean's own (:class:`tasks.report.evaluate.LineCounts`): positive class body, lines labelled
ambiguous skipped, micro precision/recall/F1 over the lines of a set. docs/s counts only the tool's
own call (page building and mapping excluded). A peer that raises on a document predicts no body
line for it and is counted in the ``failed`` column; a peer that is not installed (they are optional,
imported only when run) gets a row of dashes.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [
    ROOT.parent / "shared" / "eval" / "dumps" / "aeb",
    ROOT.parent / "shared" / "eval" / "dumps" / "readability",
]
AMBIGUOUS = "ambiguous"
BODY = "body"
# Elements of readability's summary whose text ends a paragraph.
_BLOCK_TAGS = {"p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "br", "tr"}


def normalize(text: str) -> str:
    """Whitespace-normalised text: runs of whitespace become one space, ends stripped."""
    return " ".join(text.split())


def numbered_lines(text: str) -> list[tuple[int, str]]:
    """(1-based line number, text) of every non-blank line, numbered as in the dump file."""
    return [(n, raw) for n, raw in enumerate(text.split("\n"), start=1) if raw.strip()]


def page_html(lines: Sequence[str]) -> str:
    """A minimal HTML page with each line as an escaped paragraph."""
    return "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</body></html>"


def match_lines(lines: Sequence[str], extracted: str | None) -> list[bool]:
    """Which lines the peer kept: normalised text equals an output paragraph, or occurs in the output."""
    if not extracted:
        return [False] * len(lines)
    paragraphs = {normalize(p) for p in extracted.split("\n")}
    whole = normalize(extracted)
    kept = []
    for line in lines:
        key = normalize(line)
        kept.append(bool(key) and (key in paragraphs or key in whole))
    return kept


def match_paragraphs(lines: Sequence[str], paragraphs: Sequence[tuple[str, bool]]) -> list[bool]:
    """Map (text, is_body) paragraphs, in page order, back onto the lines they came from.

    Each paragraph is matched to the next line (from where the last match ended) with the same
    normalised text; a paragraph no line matches is ignored and does not move the cursor.
    """
    keys = [normalize(line) for line in lines]
    kept = [False] * len(lines)
    cursor = 0
    for text, is_body in paragraphs:
        key = normalize(text)
        for i in range(cursor, len(keys)):
            if keys[i] == key:
                kept[i] = is_body
                cursor = i + 1
                break
    return kept


@dataclass
class Doc:
    """One labelled dump: its non-blank lines and their gold labels by line number."""

    name: str
    language: str | None
    text: str  # decoded, as newsclean reads it
    lines: list[tuple[int, str]]
    gold: dict[int, str]

    @property
    def texts(self) -> list[str]:
        return [text for _, text in self.lines]


@dataclass
class ToolScore:
    """A tool's counts over one set, its time and its failures."""

    counts: Any  # tasks.report.evaluate.LineCounts
    total: int = 0
    seconds: float = 0.0
    docs: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.seconds if self.seconds else 0.0


def score_doc(counts: Any, doc: Doc, predicted_body: Sequence[bool]) -> None:
    """Add one document's lines to a LineCounts: predicted body or not, against gold body/chrome."""
    said = {number: is_body for (number, _), is_body in zip(doc.lines, predicted_body, strict=True)}
    for number, label in doc.gold.items():
        counts.add(label, BODY if said.get(number, False) else "chrome")


def load_docs(directory: Path) -> list[Doc]:
    """Every <id>.txt with an <id>.json of line labels in a directory, decoded as the pipeline does."""
    from tasks.read.decode import Decoded, decode_bytes

    docs = []
    for label_file in sorted(directory.glob("*.json")):
        text_file = label_file.with_suffix(".txt")
        if not text_file.exists():
            continue
        labels = json.loads(label_file.read_text(encoding="utf-8"))
        decoded = decode_bytes(text_file.read_bytes())
        if not isinstance(decoded, Decoded):
            raise ValueError(f"{text_file}: {decoded.message}")
        gold = {entry["line"]: entry["label"] for entry in labels["lines"]}
        docs.append(Doc(label_file.stem, labels.get("language"), decoded.text, numbered_lines(decoded.text), gold))
    if not docs:
        raise FileNotFoundError(f"no labelled dumps (<id>.txt + <id>.json) in {directory}")
    return docs


# Each tool: a factory returning (prepare(doc) -> input, run(input) -> output, read(doc, output) -> body flags).
# Only run() is timed.
Tool = tuple[Callable[[Doc], Any], Callable[[Any], Any], Callable[[Doc, Any], list[bool]]]


def newsclean_tool() -> Tool:
    from tasks.text.segment import segment_text

    def read(doc: Doc, segmented: Any) -> list[bool]:
        said = {ll.line.number: ll.verdict.label == BODY for ll in segmented.lines}
        return [said.get(number, False) for number, _ in doc.lines]

    return (lambda doc: doc.text), segment_text, read


def trafilatura_tool(favor_precision: bool = False) -> Tool:
    import trafilatura

    def run(page: str) -> str | None:
        return trafilatura.extract(page, favor_precision=favor_precision)

    return (lambda doc: page_html(doc.texts)), run, (lambda doc, out: match_lines(doc.texts, out))


def justext_stoplist_name(language: str | None) -> str:
    """jusText's stoplist name for an ISO code (zh-cn → zh), English when it has none."""
    import justext

    try:
        from tasks.lexicon import stopwords

        names: dict[str, str] = stopwords._JUSTEXT_NAMES
    except (ImportError, AttributeError):
        names = {"en": "English"}
    code = (language or "").lower()
    available = set(justext.get_stoplists())
    for candidate in (code, code.split("-")[0]):
        name = names.get(candidate)
        if name in available:
            return name
    return "English"


def justext_tool() -> Tool:
    import justext

    def prepare(doc: Doc) -> tuple[bytes, frozenset[str]]:
        return page_html(doc.texts).encode("utf-8"), justext.get_stoplist(justext_stoplist_name(doc.language))

    def run(arg: tuple[bytes, frozenset[str]]) -> list[Any]:
        return list(justext.justext(arg[0], arg[1], encoding="utf-8"))

    def read(doc: Doc, paragraphs: list[Any]) -> list[bool]:
        return match_paragraphs(doc.texts, [(p.text, not p.is_boilerplate) for p in paragraphs])

    return prepare, run, read


def readability_text(summary: str) -> str:
    """The text of readability's summary HTML, one line per block element."""
    import lxml.html

    if not summary.strip():
        return ""
    root = lxml.html.fromstring(summary)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
    return str(root.text_content())


def readability_tool() -> Tool:
    from readability import Document

    def run(page: str) -> str:
        return str(Document(page).summary())

    return (
        (lambda doc: page_html(doc.texts)),
        run,
        (lambda doc, out: match_lines(doc.texts, readability_text(out))),
    )


TOOLS: dict[str, Callable[[], Tool]] = {
    "newsclean": newsclean_tool,
    "trafilatura": trafilatura_tool,
    "trafilatura (favor_precision)": lambda: trafilatura_tool(favor_precision=True),
    "justext": justext_tool,
    "readability-lxml": readability_tool,
}


def run_tool(name: str, docs: Sequence[Doc]) -> ToolScore:
    """Score one tool over a set's documents; a document it fails on counts as all-chrome."""
    from tasks.report.evaluate import LineCounts

    score = ToolScore(LineCounts(), total=len(docs))
    try:
        prepare, run, read = TOOLS[name]()
    except ImportError as exc:
        score.errors.append(f"not installed: {exc}")
        score.failed = len(docs)
        return score
    for doc in docs:
        predicted = [False] * len(doc.lines)
        try:
            arg = prepare(doc)
            started = time.perf_counter()
            out = run(arg)
            score.seconds += time.perf_counter() - started
            score.docs += 1
            predicted = read(doc, out)
        except Exception as exc:  # one document must not end the run
            score.failed += 1
            score.errors.append(f"{doc.name}: {type(exc).__name__}: {exc}")
        score_doc(score.counts, doc, predicted)
    return score


def format_table(results: list[tuple[str, str, ToolScore]]) -> str:
    rows = ["| set | tool | P | R | F1 | docs/s | failed |", "|---|---|---:|---:|---:|---:|---:|"]
    for set_name, tool, s in results:
        c = s.counts
        if not s.docs:  # not installed, or failed on every document
            rows.append(f"| {set_name} | {tool} | – | – | – | – | {s.failed} |")
            continue
        rows.append(f"| {set_name} | {tool} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} "
                    f"| {s.docs_per_second:.1f} | {s.failed} |")  # fmt: skip
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", action="append", type=Path, help="labelled dump directory (repeatable)")
    parser.add_argument("--tool", action="append", choices=list(TOOLS), help="only these tools (repeatable)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a markdown table")
    args = parser.parse_args(argv)
    results = []
    for directory in args.dataset or DEFAULT_SETS:
        docs = load_docs(directory)
        for tool in args.tool or list(TOOLS):
            score = run_tool(tool, docs)
            results.append((directory.name, tool, score))
            for error in score.errors[:3]:
                print(f"{directory.name} {tool}: {error}", file=sys.stderr)
    if args.json:
        out = [{"set": set_name, "tool": tool, "documents": s.total,
                "precision": s.counts.precision if s.docs else None, "recall": s.counts.recall if s.docs else None,
                "f1": s.counts.f1 if s.docs else None,
                "tp": s.counts.tp, "fp": s.counts.fp, "fn": s.counts.fn,
                "docs_per_second": s.docs_per_second, "failed": s.failed, "errors": s.errors}
               for set_name, tool, s in results]  # fmt: skip
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
