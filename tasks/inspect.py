"""Explain one page: every line with its label, kind, score and reason, and the attributions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tasks.attribution import extract_attributions, site_of
from tasks.decode import DecodeError, decode_bytes
from tasks.html_decode import looks_like_html
from tasks.html_pipeline import HtmlFailure, caption_credits, extract_html
from tasks.segment import segment_text

_COLOURS = {"title": "\033[1;35m", "body": "\033[32m", "attribution": "\033[36m", "chrome": "\033[2m"}
_RESET = "\033[0m"
TEXT_WIDTH = 60


def inspect_file(path: Path) -> dict[str, Any]:
    """The segmentation of one file as plain data (for --json and for rendering)."""
    data = path.read_bytes()
    if looks_like_html(str(path), data):
        extracted = extract_html(data)
        if isinstance(extracted, HtmlFailure):
            return {"file": str(path), "rejected": str(extracted.reason), "message": extracted.message}
        segmented, encoding = extracted.page.segmented, extracted.encoding
        found = extract_attributions(segmented) + caption_credits(extracted.page)
    else:
        decoded = decode_bytes(data)
        if isinstance(decoded, DecodeError):
            return {"file": str(path), "rejected": str(decoded.reason), "message": decoded.message}
        segmented, encoding = segment_text(decoded.text), decoded.encoding
        found = extract_attributions(segmented)
    return {
        "file": str(path), "encoding": encoding, "language": segmented.language,
        "main_region": segmented.main_region, "site": site_of(found),
        "lines": [
            {"line": ll.line.number, "block": ll.line.block_index, "label": str(ll.verdict.label),
             "kind": str(ll.verdict.kind), "score": round(ll.verdict.score, 3),
             "reason_code": ll.verdict.reason_code, "reason": ll.verdict.reason, "text": ll.line.text}
            for ll in segmented.lines
        ],
        "attributions": [
            {"kind": str(f.kind), "name": f.name, "canonical_id": f.canonical_id, "line": f.line,
             "in_body": f.in_body, "evidence": f.evidence}
            for f in found
        ],
    }  # fmt: skip


def render_inspection(report: dict[str, Any], colour: bool = True) -> str:
    """A terminal view: one row per line, coloured by label, reason in the side column."""
    if "rejected" in report:
        return f"{report['file']}: rejected ({report['rejected']}): {report['message']}"
    out = [f"{report['file']}  language={report['language']}  encoding={report['encoding']}  "
           f"main text={report['main_region']}  site={report['site']}", ""]  # fmt: skip
    for row in report["lines"]:
        text = row["text"].strip()
        text = text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"
        start, end = (_COLOURS.get(row["label"], ""), _RESET) if colour else ("", "")
        out.append(f"{row['line']:4} {start}{row['label']:11} {text:{TEXT_WIDTH}}{end} "
                   f"{row['kind']:16} {row['score']:.2f}  {row['reason']}")  # fmt: skip
    out += ["", "attributions:"]
    out += [f"  line {a['line']:3} {a['kind']:8} {a['name']!s:24} canonical={a['canonical_id']}  "
            f"in_body={a['in_body']}" for a in report["attributions"]]  # fmt: skip
    return "\n".join(out)
