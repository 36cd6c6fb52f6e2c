"""Compare two newsclean outputs row for row, ignoring what differs between runs by design.

    .venv/bin/python bench/compare_outputs.py OUT_BEFORE OUT_AFTER

Each dataset (articles, segments, attributions, rejects) is read from both outputs with its
Parquet schema, run ids and timestamps are dropped, rows are sorted, and schemas and contents
are compared. Exits 1 and names the datasets that differ.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

DATASETS = ("articles", "segments", "attributions", "rejects")
PER_RUN = {"run_id", "processed_at", "rejected_at"}  # differ between runs of the same input


def read_dataset(output: Path, name: str) -> pa.Table:
    """Every committed file of a dataset as one table, run-specific columns dropped, rows sorted."""
    files = sorted(p for p in (output / name).rglob("*.parquet") if "_staging" not in p.parts)
    table = pa.concat_tables([pq.read_table(p, partitioning=None) for p in files])
    table = table.drop_columns([c for c in table.column_names if c in PER_RUN])
    keys = [(c, "ascending") for c in table.column_names if not pa.types.is_list(table.schema.field(c).type)]
    return table.sort_by(keys)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    differ = []
    for name in DATASETS:
        before, after = read_dataset(args.before, name), read_dataset(args.after, name)
        same_schema = before.schema.equals(after.schema)
        same_rows = same_schema and before.equals(after)
        print(f"{name}: {before.num_rows} / {after.num_rows} rows, schema {'same' if same_schema else 'DIFFERS'}, "
              f"content {'same' if same_rows else 'DIFFERS'}")  # fmt: skip
        if not same_rows:
            differ.append(name)
    if differ:
        sys.exit(f"differ: {', '.join(differ)}")


if __name__ == "__main__":
    main()
