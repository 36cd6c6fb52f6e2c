"""Process a run's work in batches, the units the Prefect flow schedules (what to process: :mod:`tasks.plan`)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from schemas import Article, Attribution, Reject, RejectReason, Segment, arrow_schema
from tasks.document import DocResult, RunContext, ids_of, reject
from tasks.pipeline import process_bytes
from tasks.read.raw import RawInput, ReadError
from tasks.read.reader import RecordReader
from tasks.read.records import JsonlFields
from tasks.store.syndication import SyndicationIndex, place_signature, signature_of
from tasks.store.write import STAGING, Output, Rows, location, mark_ready, publish, stage_batch, write_batch
from tasks.text.templates import MAX_FINGERPRINTS_PER_SITE, TemplateMemory, learn_files


@dataclass
class BatchStats:
    """What one batch did, small enough to pass back through the orchestrator.

    The counters hold one key per distinct value met in the batch (at most one source name per
    file, one language per article), so they stay small; the run report keeps only the top ones.
    """

    files: int = 0
    articles: int = 0
    rejects: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    chrome_kinds: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    sources: Counter[str] = field(default_factory=Counter)  # name_normalized of `source` credits
    agencies: Counter[str] = field(default_factory=Counter)  # canonical_id of any credit
    segments: int = 0
    attributions: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)  # read, process, write
    # (doc_id, site, MinHash signature) of each article, when clustering is left to the flow
    signatures: list[tuple[str, str | None, tuple[int, ...]]] = field(default_factory=list)

    def add(self, other: BatchStats) -> None:
        self.files += other.files
        self.articles += other.articles
        for mine, theirs in self._counters(other):
            mine.update(theirs)
        self.segments += other.segments
        self.attributions += other.attributions
        self.seconds += other.seconds
        for stage, seconds in other.stage_seconds.items():
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds

    def _counters(self, other: BatchStats) -> list[tuple[Counter[str], Counter[str]]]:
        return [
            (self.rejects, other.rejects), (self.labels, other.labels), (self.chrome_kinds, other.chrome_kinds),
            (self.languages, other.languages), (self.sources, other.sources), (self.agencies, other.agencies),
        ]  # fmt: skip


UNKNOWN_LANGUAGE = "unknown"


@dataclass(frozen=True)
class BatchRecords:
    """A batch's rows: its documents' segment tables joined into one, the other records listed."""

    articles: list[Article]
    segments: pa.Table
    attributions: list[Attribution]
    rejects: list[Reject]

    def by_dataset(self) -> dict[str, Rows]:
        return {"articles": self.articles, "segments": self.segments, "attributions": self.attributions,
                "rejects": self.rejects}  # fmt: skip


def batch_records(results: list[DocResult]) -> BatchRecords:
    """The rows a batch's results hold, per dataset."""
    segments = pa.concat_tables([r.segments for r in results]) if results else arrow_schema(Segment).empty_table()
    return BatchRecords(
        [r.article for r in results if r.article is not None], segments,
        [a for r in results for a in r.attributions], [r.reject for r in results if r.reject is not None],
    )  # fmt: skip


def _value_counts(column: pa.ChunkedArray) -> Counter[str]:
    return Counter({str(c["values"]): int(c["counts"]) for c in pc.value_counts(column).to_pylist()})


def batch_stats(results: list[DocResult], segments: pa.Table | None = None) -> BatchStats:
    """Counts of what a batch's results hold: labels, chrome kinds, languages, credits, rejects.

    `segments` is the batch's segment rows joined into one table, when the caller has it already.
    """
    stats = BatchStats(files=len(results))
    for r in results:
        if r.article is not None:
            stats.articles += 1
            stats.languages[r.article.language or UNKNOWN_LANGUAGE] += 1
        if r.reject is not None:
            stats.rejects[str(r.reject.reason)] += 1
        stats.sources.update(a.name_normalized for a in r.attributions if a.kind == "source" and a.name_normalized)
        stats.agencies.update(a.canonical_id for a in r.attributions if a.canonical_id)
        stats.attributions += len(r.attributions)
    table = segments if segments is not None else batch_records(results).segments
    labels = table.column("label")
    stats.labels = _value_counts(labels)
    stats.chrome_kinds = _value_counts(table.filter(pc.equal(labels, "chrome")).column("kind"))
    stats.segments = table.num_rows
    return stats


def process_batch(
    paths: list[str], duplicates: dict[str, str], ctx: RunContext, output: Output, batch_key: str,
    partition: str = "", stage_only: bool = False, on_file: Callable[[], None] | None = None,
) -> BatchStats:  # fmt: skip
    """Process one batch of files; every file ends as an article or a reject.

    By default the batch is committed at once. With stage_only it is only staged, with each
    article's MinHash signature in the stats: the caller places the articles in syndication
    clusters, in batch order, and commits with :func:`commit_batch`. That is how batches run in
    other processes or machines while clusters stay the same as in one process.
    `on_file` is called after each file (progress reporting).
    """
    started = time.perf_counter()
    results: list[DocResult] = []
    read_seconds = 0.0
    with RecordReader(ctx.max_bytes, ctx.jsonl_fields) as reader:  # keeps an archive open across its records
        for path in paths:
            clock = time.perf_counter()
            raw = reader.read(path)
            read_seconds += time.perf_counter() - clock
            if isinstance(raw, ReadError):
                results.append(DocResult(path, None, reject=reject(ctx, path, raw.reason, "read", raw.message)))
            elif path in duplicates:
                results.append(_duplicate(raw, duplicates[path], ctx))
            else:
                results.append(process_bytes(raw, ctx))
            if on_file is not None:
                on_file()
    processed = time.perf_counter()
    records = batch_records(results)
    stats = batch_stats(results, records.segments)
    if stage_only:
        stats.signatures = [(a.doc_id, a.site, signature_of(a.body)) for a in records.articles]
        stage_batch(output, batch_key, records.by_dataset())
    else:
        write_batch(output, batch_key, records.by_dataset(), partition)
    finished = time.perf_counter()
    stats.stage_seconds = {"read": read_seconds, "process": processed - started - read_seconds,
                           "write": finished - processed}  # fmt: skip
    stats.seconds = finished - started
    return stats


def commit_batch(
    output: Output, batch_key: str, partition: str, stats: BatchStats, index: SyndicationIndex | None, run_id: str
) -> None:
    """Place a staged batch's articles in syndication clusters, then commit and publish the batch."""
    if index is not None and stats.signatures:
        entries = [place_signature(doc_id, site, run_id, sig, index) for doc_id, site, sig in stats.signatures]
        _set_clusters(output, batch_key, {e.doc_id: e.cluster_id for e in entries})
    stats.signatures = []  # placed: the flow keeps only the small counts
    mark_ready(output, batch_key, partition)
    publish(output, batch_key)


def _set_clusters(output: Output, batch_key: str, clusters: dict[str, str]) -> None:
    """Rewrite the staged articles file with each article's cluster_id and is_first_seen."""
    loc = location(output)
    path = loc.path(STAGING, batch_key, "articles.parquet")
    schema = arrow_schema(Article)
    table = loc.read_table(path, schema=schema)
    doc_ids = table.column("doc_id").to_pylist()
    cluster_ids = [clusters.get(d) for d in doc_ids]
    first = [None if c is None else c == d for c, d in zip(cluster_ids, doc_ids, strict=True)]
    for name, values in (("cluster_id", cluster_ids), ("is_first_seen", first)):
        column = schema.get_field_index(name)
        table = table.set_column(column, schema.field(name), pa.array(values, type=schema.field(name).type))
    loc.write_table(table, path)


def _duplicate(raw: RawInput, first: str, ctx: RunContext) -> DocResult:
    doc_id, sha256 = ids_of(raw)
    message = f"same bytes as {first}, processed in this run"
    duplicate = reject(ctx, raw.path, RejectReason.DUPLICATE, "plan", message, sha256, doc_id)
    return DocResult(raw.path, doc_id, reject=duplicate)


# A site's fingerprint counter is cut back to its most frequent entries past this size while
# learning, so memory stays bounded however many pages a run has; template lines recur on many
# pages and stay, lines seen once or twice go. Saving keeps MAX_FINGERPRINTS_PER_SITE of them.
LEARN_PRUNE_AT = 4 * MAX_FINGERPRINTS_PER_SITE


def learn_batch(paths: list[str], max_bytes: int, fields: JsonlFields | None = None) -> TemplateMemory:
    """The template counts of one batch of files (or archive records), to merge into the run's memory."""
    memory = TemplateMemory()
    learn_files(memory, paths, max_bytes, fields)
    return memory


def merge_memory(memory: TemplateMemory, part: TemplateMemory) -> None:
    """Add a batch's template counts to the run's memory, keeping each site's counter bounded."""
    for site, counts in part.counts.items():
        counter = memory.counts.setdefault(site, Counter())
        counter.update(counts)
        if len(counter) > LEARN_PRUNE_AT:
            memory.counts[site] = Counter(dict(counter.most_common(LEARN_PRUNE_AT // 2)))
