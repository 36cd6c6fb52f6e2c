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

import re
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pyarrow as pa
from datasketch import MinHash, MinHashLSH

from schemas import Article
from tasks.read.fs import resolve

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


Signature = npt.NDArray[np.uint64]
# The LSH banding datasketch chooses for LSH_THRESHOLD at NUM_PERM permutations (37 bands of 3 rows).
_LSH = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
LSH_BANDS, LSH_ROWS = int(_LSH.b), int(_LSH.r)


@dataclass
class SyndicationIndex:
    """Every body seen so far, by doc_id, with an LSH index over their signatures.

    The LSH is kept compact because the index holds every body ever seen: per band, a dict from the
    band's hash to the position(s) of the signatures sharing it, and the signatures as numpy arrays
    (about 6 KB per body, against about 14 KB with datasketch's MinHashLSH and MinHash objects).
    Candidates are then checked on their estimated Jaccard similarity, as before. The index only
    grows; a lock makes it safe for batches running in threads of one process.
    """

    entries: dict[str, IndexEntry] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    bands: list[dict[int, int | list[int]]] = field(default_factory=lambda: [{} for _ in range(LSH_BANDS)])
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, entry: IndexEntry) -> None:
        if not entry.signature:
            self.entries[entry.doc_id] = entry
            return
        signature = np.array(entry.signature, dtype=np.uint64)
        self.entries[entry.doc_id] = replace(entry, signature=())  # kept once, as an array
        position = len(self.ids)
        self.ids.append(entry.doc_id)
        self.signatures.append(signature)
        for table, key in zip(self.bands, _band_keys(signature), strict=True):
            hit = table.get(key)
            if hit is None:
                table[key] = position
            elif isinstance(hit, list):
                hit.append(position)
            else:
                table[key] = [hit, position]

    def candidates(self, signature: Signature) -> list[int]:
        """Positions of the signatures sharing at least one band with `signature`, oldest first."""
        found: set[int] = set()
        for table, key in zip(self.bands, _band_keys(signature), strict=True):
            hit = table.get(key)
            if isinstance(hit, list):
                found.update(hit)
            elif hit is not None:
                found.add(hit)
        return sorted(found)


def _band_keys(signature: Signature) -> list[int]:
    """One hash per LSH band of a signature (equal bands, equal keys; collisions are checked later)."""
    return [hash(signature[b * LSH_ROWS : (b + 1) * LSH_ROWS].tobytes()) for b in range(LSH_BANDS)]


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
    """Cluster of the most similar body in the index, if similar enough (the oldest on a tie)."""
    best: tuple[float, str] | None = None
    signature = np.asarray(minhash.hashvalues, dtype=np.uint64)
    for position in index.candidates(signature):
        # MinHash.jaccard: the share of equal hash values
        score = float(np.count_nonzero(signature == index.signatures[position])) / NUM_PERM
        if score >= SIMILARITY_THRESHOLD and (best is None or score > best[0]):
            best = (score, index.entries[index.ids[position]].cluster_id)
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


def place_signature(
    doc_id: str, site: str | None, run_id: str, signature: tuple[int, ...], index: SyndicationIndex
) -> IndexEntry:
    """The index entry of a body whose signature was computed elsewhere (a worker process).

    Same rule as :func:`assign_cluster`: a body already indexed keeps its cluster, a new one joins
    the most similar earlier body's cluster or starts its own. Called in batch order, so clusters
    do not depend on which worker finished first.
    """
    with index.lock:
        entry = index.entries.get(doc_id)
        if entry is None:
            minhash = _from_signature(signature) if signature else None
            cluster = (_best_cluster(minhash, index) if minhash is not None else None) or doc_id
            entry = IndexEntry(doc_id, cluster, site, run_id, signature)
            index.add(entry)
    return entry


def signature_of(body: str) -> tuple[int, ...]:
    """The MinHash signature of a body as plain ints (empty for a body without words)."""
    minhash = minhash_of(body)
    return tuple(int(v) for v in minhash.hashvalues) if minhash is not None else ()


def assign_clusters(articles: list[Article], index: SyndicationIndex) -> tuple[list[Article], SyndicationIndex]:
    """Articles with their clusters, in order (earlier articles come first), and the grown index."""
    return [assign_cluster(a, index) for a in articles], index


def load_index(output: Path | str) -> SyndicationIndex:
    """The index saved by earlier runs under <output>/_state/syndication/; empty when there is none."""
    index = SyndicationIndex()
    loc = resolve(output)
    path = loc.path(str(STATE_DIR), INDEX_FILE)
    if not loc.fs.exists(path):
        return index
    for chunk in loc.read_table(path, schema=INDEX_SCHEMA).to_batches(max_chunksize=4096):  # bounded lists
        for row in chunk.to_pylist():
            entry = IndexEntry(row["doc_id"], row["cluster_id"], row["site"], row["run_id"], tuple(row["signature"]))
            index.add(entry)
    return index


def save_index(output: Path | str, index: SyndicationIndex) -> int:
    """Write the index atomically (temp file, then rename); rows written."""
    with index.lock:
        entries = list(index.entries.values())
        positions = {doc_id: n for n, doc_id in enumerate(index.ids)}
        empty = np.zeros(0, dtype=np.uint64)
        signatures = [index.signatures[positions[e.doc_id]] if e.doc_id in positions else empty for e in entries]
    # Built column by column: a Python list of 128 ints per body would cost ~5 KB each.
    offsets = np.zeros(len(signatures) + 1, dtype=np.int32)
    np.cumsum([len(sig) for sig in signatures], out=offsets[1:])
    values = np.concatenate([empty, *signatures]).astype(np.int64)  # affine32 values fit in int64
    table = pa.table(
        {
            "doc_id": pa.array([e.doc_id for e in entries], pa.string()),
            "cluster_id": pa.array([e.cluster_id for e in entries], pa.string()),
            "site": pa.array([e.site for e in entries], pa.string()),
            "run_id": pa.array([e.run_id for e in entries], pa.string()),
            "signature": pa.ListArray.from_arrays(pa.array(offsets), pa.array(values, pa.int64())),
        }
    ).cast(INDEX_SCHEMA)
    loc = resolve(output)
    loc.makedirs(str(STATE_DIR))
    loc.write_table(table, loc.path(str(STATE_DIR), INDEX_FILE))
    return len(entries)
