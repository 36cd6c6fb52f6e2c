"""Syndicated copies: articles whose bodies are near-duplicates, across sites and runs, share a cluster.

A body is cut into shingles of SHINGLE_WORDS consecutive words (case-folded; Chinese and Japanese
characters count as words), summarised by a MinHash signature (datasketch), and looked up in an
LSH index of every body seen so far. A candidate joins the cluster of the most similar earlier
body when their estimated Jaccard similarity is at least SIMILARITY_THRESHOLD, else it starts its
own cluster. The cluster id is the doc_id of the cluster's first body, so it never changes.

Why 0.3: a wire story republished with a rewritten lead keeps most of its 5-word shingles
(Jaccard 0.5–0.9), while two different stories about the same event share names and places but
almost no 5-word runs (Jaccard below 0.1). The MinHash estimate has a standard error of about
0.04 at 128 permutations, so 0.3 leaves a wide margin on both sides (tests/test_syndication.py).

The index persists under ``<output>/_state/syndication/index.parquet`` (next to the template
memory), so a copy published tomorrow joins today's cluster.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from datasketch import MinHash, MinHashLSH

from schemas import Article

SHINGLE_WORDS = 5
NUM_PERM = 128
SIMILARITY_THRESHOLD = 0.3
# The LSH bands are tuned to this threshold; candidates are then checked against SIMILARITY_THRESHOLD.
LSH_THRESHOLD = SIMILARITY_THRESHOLD
MINHASH_SEED = 1
# Pinned: signatures are persisted, and sketches of different schemes cannot be compared.
MINHASH_SCHEME = "affine32"
STATE_DIR = Path("_state") / "syndication"
INDEX_FILE = "index.parquet"
INDEX_SCHEMA = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False, metadata={"description": "article of the body"}),
        pa.field("cluster_id", pa.string(), nullable=False, metadata={"description": "doc_id of the first copy"}),
        pa.field("site", pa.string(), metadata={"description": "publishing site, if known"}),
        pa.field("run_id", pa.string(), nullable=False, metadata={"description": "run that first saw the body"}),
        pa.field(
            "signature",
            pa.list_(pa.field("item", pa.int64(), nullable=False)),
            nullable=False,
            metadata={"description": "MinHash signature of the body's shingles"},
        ),
    ],
    metadata={"dataset": "_state/syndication"},
)
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")


@dataclass(frozen=True)
class IndexEntry:
    """One body in the index: its cluster, site, first run and MinHash signature."""

    doc_id: str
    cluster_id: str
    site: str | None
    run_id: str
    signature: tuple[int, ...]


@dataclass
class SyndicationIndex:
    """Every body seen so far, by doc_id, with an LSH index over their signatures.

    The index only grows; a lock makes it safe for batches running in threads of one process.
    """

    entries: dict[str, IndexEntry] = field(default_factory=dict)
    lsh: MinHashLSH = field(default_factory=lambda: MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM))
    minhashes: dict[str, MinHash] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, entry: IndexEntry) -> None:
        self.entries[entry.doc_id] = entry
        if entry.signature:
            minhash = _from_signature(entry.signature)
            self.minhashes[entry.doc_id] = minhash
            self.lsh.insert(entry.doc_id, minhash)


def shingles(body: str) -> set[bytes]:
    """Runs of SHINGLE_WORDS consecutive words of the case-folded body (the whole body if shorter)."""
    tokens = _TOKEN.findall(body.casefold())
    if not tokens:
        return set()
    width = min(SHINGLE_WORDS, len(tokens))
    return {" ".join(tokens[i : i + width]).encode("utf-8") for i in range(len(tokens) - width + 1)}


def minhash_of(body: str) -> MinHash | None:
    """The MinHash signature of a body's shingles; None for a body without words."""
    found = shingles(body)
    if not found:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME)
    minhash.update_batch(sorted(found))
    return minhash


def _from_signature(signature: tuple[int, ...]) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM, seed=MINHASH_SEED, scheme=MINHASH_SCHEME, hashvalues=np.array(signature, dtype=np.uint64)
    )


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two bodies' shingles (0 when either has no words)."""
    ma, mb = minhash_of(a), minhash_of(b)
    return float(ma.jaccard(mb)) if ma is not None and mb is not None else 0.0


def _best_cluster(minhash: MinHash, index: SyndicationIndex) -> str | None:
    """Cluster of the most similar body in the index, if similar enough."""
    best: tuple[float, str] | None = None
    for doc_id in index.lsh.query(minhash):
        score = float(minhash.jaccard(index.minhashes[doc_id]))
        if score >= SIMILARITY_THRESHOLD and (best is None or score > best[0]):
            best = (score, index.entries[doc_id].cluster_id)
    return best[1] if best else None


def assign_cluster(article: Article, index: SyndicationIndex) -> Article:
    """The article with its cluster_id and is_first_seen; a new body is added to the index.

    An article already in the index (a --force rerun) keeps the cluster it had.
    """
    with index.lock:
        entry = index.entries.get(article.doc_id)
        if entry is None:
            minhash = minhash_of(article.body)
            cluster = (_best_cluster(minhash, index) if minhash is not None else None) or article.doc_id
            signature = tuple(int(v) for v in minhash.hashvalues) if minhash is not None else ()
            entry = IndexEntry(article.doc_id, cluster, article.site, article.run_id, signature)
            index.add(entry)
    return article.model_copy(
        update={"cluster_id": entry.cluster_id, "is_first_seen": entry.cluster_id == article.doc_id}
    )


def assign_clusters(articles: list[Article], index: SyndicationIndex) -> tuple[list[Article], SyndicationIndex]:
    """Articles with their clusters, in order (earlier articles come first), and the grown index."""
    return [assign_cluster(a, index) for a in articles], index


def load_index(output: Path) -> SyndicationIndex:
    """The index saved by earlier runs under <output>/_state/syndication/; empty when there is none."""
    index = SyndicationIndex()
    path = output / STATE_DIR / INDEX_FILE
    if not path.exists():
        return index
    for row in pq.read_table(path, schema=INDEX_SCHEMA).to_pylist():
        index.add(IndexEntry(row["doc_id"], row["cluster_id"], row["site"], row["run_id"], tuple(row["signature"])))
    return index


def save_index(output: Path, index: SyndicationIndex) -> int:
    """Write the index atomically (temp file, then rename); rows written."""
    with index.lock:
        rows = [
            {"doc_id": e.doc_id, "cluster_id": e.cluster_id, "site": e.site, "run_id": e.run_id,
             "signature": list(e.signature)}
            for e in index.entries.values()
        ]  # fmt: skip
    directory = output / STATE_DIR
    directory.mkdir(parents=True, exist_ok=True)
    tmp = directory / (INDEX_FILE + ".tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=INDEX_SCHEMA), tmp, compression="zstd")
    os.replace(tmp, directory / INDEX_FILE)
    return len(rows)
