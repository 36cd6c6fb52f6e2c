"""discover_files and read_raw: finding inputs and reading their bytes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from schemas import RejectReason
from tasks.read.raw import RawInput, ReadError, discover_files, read_raw


def _touch(path: Path, data: bytes = b"text\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    root = tmp_path / "inbox"
    for name in [
        "a.txt",
        "b.html",
        "sub/c.txt",
        "sub/deeper/d.txt",
        ".hidden.txt",
        "meta.json",
        "out.parquet",
        "partial.tmp",
        "edit.swp",
        "run.lock",
        "sub/.also_hidden",
        "sub/x.json",
    ]:
        _touch(root / name)
    return root


def test_directory_is_walked_recursively_and_ignores_sidecars(inbox: Path) -> None:
    found = discover_files([str(inbox)])
    expected = sorted(str(inbox / n) for n in ["a.txt", "b.html", "sub/c.txt", "sub/deeper/d.txt"])
    assert found == expected


def test_result_is_sorted_and_unique(inbox: Path) -> None:
    found = discover_files([str(inbox / "sub"), str(inbox), str(inbox / "a.txt"), str(inbox / "*.txt")])
    assert found == sorted(set(found))
    assert len(found) == 4
    assert found.count(str(inbox / "a.txt")) == 1


def test_single_file(inbox: Path) -> None:
    assert discover_files([str(inbox / "sub" / "c.txt")]) == [str(inbox / "sub" / "c.txt")]


def test_glob_pattern(inbox: Path) -> None:
    assert discover_files([str(inbox / "*.txt")]) == [str(inbox / "a.txt")]


def test_recursive_glob_pattern_skips_ignored(inbox: Path) -> None:
    found = discover_files([str(inbox / "**" / "*.txt")])
    assert found == sorted(str(inbox / n) for n in ["a.txt", "sub/c.txt", "sub/deeper/d.txt"])


def test_glob_matching_ignored_files_only_gives_nothing(inbox: Path) -> None:
    assert discover_files([str(inbox / "*.json")]) == []


def test_glob_matching_directories_walks_them(inbox: Path) -> None:
    found = discover_files([str(inbox / "su*")])
    assert found == sorted(str(inbox / n) for n in ["sub/c.txt", "sub/deeper/d.txt"])


def test_empty_directory_gives_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert discover_files([str(tmp_path / "empty")]) == []


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        discover_files([str(tmp_path / "no-such-dir")])


def test_glob_matching_nothing_raises(inbox: Path) -> None:
    with pytest.raises(FileNotFoundError):
        discover_files([str(inbox / "*.docx")])


def test_missing_path_among_good_ones_raises(inbox: Path) -> None:
    with pytest.raises(FileNotFoundError):
        discover_files([str(inbox), str(inbox / "typo.txt")])


def test_read_raw_returns_bytes(tmp_path: Path) -> None:
    data = "Новость дня: всё хорошо.\n".encode("cp1251")
    path = _touch(tmp_path / "n.txt", data)
    result = read_raw(str(path))
    assert result == RawInput(str(path), data)


def test_read_raw_at_limit_is_read(tmp_path: Path) -> None:
    path = _touch(tmp_path / "n.txt", b"x" * 100)
    result = read_raw(str(path), max_bytes=100)
    assert isinstance(result, RawInput)
    assert len(result.data) == 100


def test_read_raw_over_limit_is_too_large(tmp_path: Path) -> None:
    path = _touch(tmp_path / "big.txt", b"x" * 101)
    result = read_raw(str(path), max_bytes=100)
    assert isinstance(result, ReadError)
    assert result.reason == RejectReason.TOO_LARGE
    assert result.path == str(path)
    assert "101" in result.message


def test_read_raw_missing_file_is_unreadable(tmp_path: Path) -> None:
    result = read_raw(str(tmp_path / "gone.txt"))
    assert isinstance(result, ReadError)
    assert result.reason == RejectReason.UNREADABLE
    assert result.message


def test_read_raw_directory_is_unreadable(tmp_path: Path) -> None:
    result = read_raw(str(tmp_path))
    assert isinstance(result, ReadError)
    assert result.reason == RejectReason.UNREADABLE


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file")
def test_read_raw_unpermitted_file_is_unreadable(tmp_path: Path) -> None:
    path = _touch(tmp_path / "secret.txt")
    path.chmod(0)
    try:
        result = read_raw(str(path))
    finally:
        path.chmod(0o644)
    assert isinstance(result, ReadError)
    assert result.reason == RejectReason.UNREADABLE
