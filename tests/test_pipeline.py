"""One file through every stage (process_bytes / process_file) and batches (plan_inputs / process_batch)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Article, Label, Reject, RejectReason, Segment, arrow_schema, from_table
from tasks.batch import process_batch
from tasks.document import DocResult, RunContext, doc_id_of
from tasks.pipeline import process_bytes, process_file
from tasks.plan import Plan, Planned, plan_inputs
from tasks.read.raw import RawInput
from tasks.store.write import STAGING, committed_doc_ids, dataset_files, write_batch
from tests.page_fixtures import RU_PARAGRAPHS

NOW = datetime(2024, 5, 17, 9, 30, tzinfo=UTC)
CTX = RunContext(run_id="run-test", now=NOW)

TITLE = "Правительство утвердило программу поддержки малого бизнеса"
PARAGRAPHS = RU_PARAGRAPHS
GOOD_PAGE = "\n\n".join([TITLE, *PARAGRAPHS, "Источник: delovoy-vestnik.ru"]) + "\n"
MENU_PAGE = "\n".join(["Главная", "Новости", "Политика", "Экономика", "Спорт", "Культура", "Контакты", "О нас"]) + "\n"


def _raw(data: bytes, path: str = "/in/page.txt") -> RawInput:
    return RawInput(path, data)


def _only_one_outcome(result: DocResult) -> None:
    assert (result.article is None) != (result.reject is None)


# --- process_bytes ------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-8", "cp1251", "koi8-r"])
def test_good_page_becomes_an_article(codec: str) -> None:
    data = GOOD_PAGE.encode(codec)
    result = process_bytes(_raw(data), CTX)
    doc_id = hashlib.sha256(data).hexdigest()[:32]
    assert result.reject is None
    article = result.article
    assert isinstance(article, Article)
    assert article.doc_id == doc_id == result.doc_id
    assert article.source_path == "/in/page.txt"
    assert article.title == TITLE
    assert article.paragraphs == PARAGRAPHS
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert article.language == "ru"
    assert article.site == "delovoy-vestnik.ru"
    assert article.run_id == "run-test"
    assert article.processed_at == NOW
    assert article.n_lines == 6
    assert (article.n_title, article.n_body, article.n_attribution, article.n_chrome) == (1, 4, 1, 0)
    assert article.encoding.replace("-", "_") == codec.replace("-", "_")


def test_good_page_segments_and_attributions() -> None:
    result = process_bytes(_raw(GOOD_PAGE.encode()), CTX)
    segments = from_table(Segment, result.segments)  # each row validates as a Segment model
    assert [(s.line_start, s.label) for s in segments] == [
        (1, Label.TITLE), (3, Label.BODY), (5, Label.BODY), (7, Label.BODY), (9, Label.BODY), (11, Label.ATTRIBUTION),
    ]  # fmt: skip
    assert [s.block_index for s in segments] == [0, 1, 2, 3, 4, 5]
    assert {s.doc_id for s in segments} == {result.doc_id}
    assert [s.text for s in segments if s.label == Label.BODY] == PARAGRAPHS
    assert [(a.kind, a.name_normalized, a.canonical_id, a.in_body, a.line) for a in result.attributions] == [
        ("agency", "тасс", "tass", True, 3),
        ("source", "delovoy-vestnik.ru", None, False, 11),
    ]
    assert {a.doc_id for a in result.attributions} == {result.doc_id}


def test_doc_id_is_stable_and_content_based() -> None:
    data = GOOD_PAGE.encode()
    first = process_bytes(_raw(data, "/a.txt"), CTX)
    second = process_bytes(_raw(data, "/elsewhere/b.txt"), RunContext("other", NOW))
    assert first.doc_id == second.doc_id == doc_id_of(data)[0]
    assert doc_id_of(data)[1] == hashlib.sha256(data).hexdigest()
    assert process_bytes(_raw(data + b"\n"), CTX).doc_id != first.doc_id


def _assert_reject(result: DocResult, reason: RejectReason, stage: str) -> Reject:
    assert result.article is None
    assert result.attributions == []
    assert isinstance(result.reject, Reject)
    assert result.reject.reason == reason
    assert result.reject.stage == stage
    assert result.reject.run_id == "run-test"
    assert result.reject.rejected_at == NOW
    assert result.reject.message
    return result.reject


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.6\n" + GOOD_PAGE.encode(), b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, b"\xff\xd8\xff\xe1" + b"\x17" * 40],
    ids=["pdf", "png", "jpeg"],
)
def test_binary_is_rejected_as_not_text(data: bytes) -> None:
    result = process_bytes(_raw(data), CTX)
    reject = _assert_reject(result, RejectReason.NOT_TEXT, "decode")
    assert result.segments.num_rows == 0
    assert reject.sha256 == hashlib.sha256(data).hexdigest()
    assert reject.doc_id == reject.sha256[:32] == result.doc_id


@pytest.mark.parametrize("data", [b"", b" \n\r\n\t", "\u00a0\u200b\n".encode()])
def test_empty_is_rejected(data: bytes) -> None:
    result = process_bytes(_raw(data), CTX)
    reject = _assert_reject(result, RejectReason.EMPTY, "decode")
    assert reject.doc_id == doc_id_of(data)[0]
    assert result.segments.num_rows == 0


def test_menu_page_is_no_article_with_segments_kept() -> None:
    result = process_bytes(_raw(MENU_PAGE.encode()), CTX)
    reject = _assert_reject(result, RejectReason.NO_ARTICLE, "segment")
    assert reject.doc_id == result.doc_id
    segments = from_table(Segment, result.segments)
    assert len(segments) == 8
    assert [s.text for s in segments] == MENU_PAGE.splitlines()
    assert all(s.label == Label.CHROME for s in segments)
    assert all(s.doc_id == result.doc_id for s in segments)


# --- process_file -------------------------------------------------------------------


def test_process_file_good_page(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(GOOD_PAGE.encode("cp1251"))
    result = process_file(str(path), CTX)
    assert result.reject is None
    assert result.article is not None
    assert result.article.source_path == str(path)
    assert result.article.paragraphs == PARAGRAPHS


def test_process_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(GOOD_PAGE.encode())
    result = process_file(str(path), RunContext("run-test", NOW, max_bytes=100))
    reject = _assert_reject(result, RejectReason.TOO_LARGE, "read")
    assert result.segments.num_rows == 0
    assert reject.source_path == str(path)
    assert reject.doc_id is None and reject.sha256 is None


def test_process_file_unreadable(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    result = process_file(missing, CTX)
    reject = _assert_reject(result, RejectReason.UNREADABLE, "read")
    assert result.doc_id is None
    assert reject.source_path == missing


def test_process_file_rejects_for_every_reason(tmp_path: Path) -> None:
    (tmp_path / "menu.txt").write_text(MENU_PAGE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4\n%...")
    reasons = {name: process_file(str(tmp_path / name), CTX).reject for name in ["menu.txt", "empty.txt", "scan.pdf"]}
    assert {name: r.reason if r else None for name, r in reasons.items()} == {
        "menu.txt": RejectReason.NO_ARTICLE,
        "empty.txt": RejectReason.EMPTY,
        "scan.pdf": RejectReason.NOT_TEXT,
    }


# --- plan_inputs and process_batch --------------------------------------------------


def _inbox(tmp_path: Path) -> dict[str, Path]:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    files = {
        "a": inbox / "a.txt",
        "b": inbox / "b.txt",
        "a_copy": inbox / "c_copy_of_a.txt",
        "menu": inbox / "d_menu.txt",
        "pdf": inbox / "e.pdf",
    }
    files["a"].write_bytes(GOOD_PAGE.encode())
    files["b"].write_bytes(GOOD_PAGE.replace("ТАСС", "РИА Новости").encode("cp1251"))
    files["a_copy"].write_bytes(GOOD_PAGE.encode())
    files["menu"].write_bytes(MENU_PAGE.encode())
    files["pdf"].write_bytes(b"%PDF-1.5\n1 0 obj")
    return files


def test_plan_inputs_marks_duplicates_and_skips_committed(tmp_path: Path) -> None:
    files = _inbox(tmp_path)
    paths = sorted(str(p) for p in files.values())
    missing = str(tmp_path / "inbox" / "vanished.txt")
    committed = {doc_id_of(files["b"].read_bytes())[0]}
    plan = plan_inputs([*paths, missing], committed, max_bytes=1_000_000)
    assert isinstance(plan, Plan)
    assert plan.skipped == [str(files["b"])]
    assert plan.duplicates == {str(files["a_copy"]): str(files["a"])}
    assert [p.path for p in plan.todo] == [str(files[k]) for k in ["a", "menu", "pdf"]] + [missing]
    assert plan.todo[0] == Planned(str(files["a"]), doc_id_of(files["a"].read_bytes())[0])
    assert plan.todo[-1] == Planned(missing, None)


def test_plan_inputs_with_nothing_committed(tmp_path: Path) -> None:
    files = _inbox(tmp_path)
    plan = plan_inputs(sorted(str(p) for p in files.values()), set(), max_bytes=1_000_000)
    assert plan.skipped == []
    assert len(plan.todo) == 4
    assert list(plan.duplicates) == [str(files["a_copy"])]


def test_process_batch_writes_every_outcome(tmp_path: Path) -> None:
    files = _inbox(tmp_path)
    output = tmp_path / "out"
    paths = sorted(str(p) for p in files.values())
    plan = plan_inputs(paths, set(), max_bytes=1_000_000)
    missing = str(tmp_path / "inbox" / "gone.txt")
    todo = [p.path for p in plan.todo] + list(plan.duplicates) + [missing]
    stats = process_batch(todo, plan.duplicates, CTX, output, "b0001")

    assert stats.files == 6
    assert stats.articles == 2
    assert dict(stats.rejects) == {"no_article": 1, "not_text": 1, "duplicate": 1, "unreadable": 1}
    assert stats.segments == 6 + 6 + 8
    assert stats.labels["body"] == 8 and stats.labels["chrome"] == 8
    assert stats.attributions == 4
    assert stats.seconds >= 0

    assert not (output / STAGING / "b0001").exists()
    for dataset in ["articles", "segments", "attributions", "rejects"]:
        (part,) = dataset_files(output, dataset)
        assert part.name == "part-b0001.parquet"
    articles = pq.read_table(output / "articles" / "part-b0001.parquet")
    assert articles.schema.equals(arrow_schema(Article))
    assert sorted(articles.column("source_path").to_pylist()) == [str(files["a"]), str(files["b"])]
    rejects = {r["source_path"]: r for r in pq.read_table(output / "rejects" / "part-b0001.parquet").to_pylist()}
    assert rejects[str(files["a_copy"])]["reason"] == "duplicate"
    assert rejects[str(files["a_copy"])]["doc_id"] == doc_id_of(files["a"].read_bytes())[0]
    assert str(files["a"]) in rejects[str(files["a_copy"])]["message"]
    assert rejects[missing]["reason"] == "unreadable" and rejects[missing]["doc_id"] is None
    assert rejects[str(files["menu"])]["reason"] == "no_article"

    committed = committed_doc_ids(output)
    assert committed == {doc_id_of(files[k].read_bytes())[0] for k in ["a", "b", "menu", "pdf"]}
    # a second run plans nothing but the unreadable file
    again = plan_inputs([*paths, missing], committed, max_bytes=1_000_000)
    assert sorted(again.skipped) == paths
    assert again.todo == [Planned(missing, None)]


def test_process_batch_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(GOOD_PAGE.encode())
    ctx = RunContext("run-test", NOW, max_bytes=64)
    stats = process_batch([str(path)], {}, ctx, tmp_path / "out", "k")
    assert stats.articles == 0
    assert dict(stats.rejects) == {"too_large": 1}
    rows = pq.read_table(tmp_path / "out" / "rejects" / "part-k.parquet").to_pylist()
    assert [(r["source_path"], r["reason"], r["stage"]) for r in rows] == [(str(path), "too_large", "read")]


def test_records_from_pipeline_write_cleanly(tmp_path: Path) -> None:
    result = process_bytes(_raw(GOOD_PAGE.encode()), CTX)
    assert result.article is not None
    written = write_batch(
        tmp_path,
        "one",
        {"articles": [result.article], "segments": result.segments, "attributions": result.attributions},
    )
    assert written == {"articles": 1, "segments": 6, "attributions": 2}
    back = pq.read_table(tmp_path / "articles" / "part-one.parquet").to_pylist()
    assert Article.model_validate(back[0]) == result.article


# --- property -----------------------------------------------------------------------

_words = st.sampled_from(["Министр", "заявил", "the", "minister", "said", "ТАСС", "Reuters", "kazpravda.kz", "по", "и"])


def _sentence(words: list[str]) -> str:
    """Some lines end like sentences, some don't."""
    text = " ".join(words)
    return text + "." if len(words) % 3 else text


_line = st.lists(_words, min_size=1, max_size=30).map(_sentence)
_pages = st.lists(st.one_of(_line, st.just(""), st.just("Источник: example.com")), max_size=20).map("\n".join)
_inputs = st.one_of(
    st.binary(max_size=2048),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    _pages.map(str.encode),
    st.tuples(_pages, st.sampled_from(["cp1251", "koi8-r", "utf-16"])).map(lambda p: p[0].encode(p[1])),
)


@settings(max_examples=200, deadline=None)
@given(_inputs)
def test_process_bytes_never_raises_and_decides(data: bytes) -> None:
    result = process_bytes(_raw(data), CTX)
    _only_one_outcome(result)
    assert result.doc_id == doc_id_of(data)[0]
    if result.reject is not None:
        assert result.attributions == []
        assert result.reject.doc_id == result.doc_id
        assert result.reject.reason != RejectReason.INTERNAL_ERROR, result.reject.message
    else:
        assert result.article is not None
        assert result.article.n_body >= 1
        assert result.segments.num_rows == result.article.n_lines


@settings(max_examples=25, deadline=None)
@given(st.lists(_inputs, min_size=1, max_size=6))
def test_a_batch_of_arbitrary_files_accounts_for_every_file(tmp_path_factory: pytest.TempPathFactory,
                                                             contents: list[bytes]) -> None:  # fmt: skip
    """Files in = articles + rejects, through planning, processing and writing, for any bytes."""
    root = tmp_path_factory.mktemp("batch")
    paths = []
    for n, data in enumerate(contents):
        path = root / "in" / f"f{n}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        paths.append(str(path))
    plan = plan_inputs(paths, set(), max_bytes=1_000_000)
    todo = [p.path for p in plan.todo] + list(plan.duplicates)
    stats = process_batch(todo, plan.duplicates, CTX, root / "out", "prop-00000")
    assert stats.files == len(paths)
    assert stats.articles + sum(stats.rejects.values()) == len(paths)
    written = sum(pq.read_metadata(p).num_rows for d in ("articles", "rejects") for p in dataset_files(root / "out", d))
    assert written == len(paths)
