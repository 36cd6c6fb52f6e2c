"""Archives already done: each one a completed run scanned and committed whole, by fingerprint.

Saved under ``<output>/_state/archives/archives.parquet`` by the flow after a run completes; the
next run's planning skips an archive whose fingerprint (size, modification time) is unchanged
instead of scanning it again to find that every record is committed.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from schemas.arrow import to_table
from schemas.state import ArchiveEntry
from tasks.read.fs import resolve

STATE_DIR = Path("_state") / "archives"
ARCHIVES_FILE = "archives.parquet"


def load_archives(output: Path | str) -> dict[str, str]:
    """Path → fingerprint of the archives earlier runs finished; empty when there are none."""
    loc = resolve(output)
    path = loc.path(str(STATE_DIR), ARCHIVES_FILE)
    if not loc.fs.exists(path):
        return {}
    table = loc.read_table(path, columns=["path", "fingerprint"])
    return dict(zip(table.column("path").to_pylist(), table.column("fingerprint").to_pylist(), strict=True))


def save_archives(output: Path | str, done: Mapping[str, tuple[str, int]], run_id: str) -> int:
    """Add this run's finished archives (path → (fingerprint, records)) to the saved ones; rows written."""
    if not done:
        return 0
    loc = resolve(output)
    path = loc.path(str(STATE_DIR), ARCHIVES_FILE)
    rows: dict[str, ArchiveEntry] = {}
    if loc.fs.exists(path):
        for row in loc.read_table(path).to_pylist():
            rows[row["path"]] = ArchiveEntry(**row)
    for archive, (fingerprint, records) in done.items():
        rows[archive] = ArchiveEntry(path=archive, fingerprint=fingerprint, records=records, last_run=run_id)
    loc.makedirs(str(STATE_DIR))
    loc.write_table(to_table(ArchiveEntry, [rows[k] for k in sorted(rows)]), path)  # atomic: temp file, rename
    return len(rows)
