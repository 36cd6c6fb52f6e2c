"""Example analysis of newsclean's datasets with DuckDB and polars.

    .venv/bin/python examples/analysis.py [OUTPUT]      # default: outputs

Articles per site and language, the most cited agencies (attributions.canonical_id), and the
share of chrome lines per site. `union_by_name` reads files written before a column was added.
"""

from __future__ import annotations

import sys

import duckdb
import polars as pl


def main(output: str = "outputs") -> None:
    con = duckdb.connect()
    for name in ("articles", "segments", "attributions"):
        con.execute(
            f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{output}/{name}/**/*.parquet', union_by_name=true)"
        )

    print("Articles per site and language (DuckDB):")
    con.sql("SELECT coalesce(site, '(unknown)') AS site, language, count(*) AS articles "
            "FROM articles GROUP BY ALL ORDER BY articles DESC, site").show()  # fmt: skip

    print("Most cited agencies (DuckDB):")
    con.sql("SELECT canonical_id AS agency, count(*) AS citations, count(DISTINCT doc_id) AS articles "
            "FROM attributions WHERE canonical_id IS NOT NULL GROUP BY 1 "
            "ORDER BY 2 DESC, 1 LIMIT 10").show()  # fmt: skip

    # polars: share of chrome lines per site, from segments joined to their article's site.
    segments = con.sql("SELECT doc_id, label FROM segments").pl()
    sites = con.sql("SELECT doc_id, coalesce(site, '(unknown)') AS site FROM articles").pl()
    chrome = (
        segments.join(sites, on="doc_id")
        .group_by("site")
        .agg(pl.len().alias("lines"), (pl.col("label") == "chrome").mean().round(3).alias("chrome_share"))
        .sort("chrome_share", descending=True)
    )
    print("Share of chrome lines per site (polars):")
    print(chrome)


if __name__ == "__main__":
    main(*sys.argv[1:2])
