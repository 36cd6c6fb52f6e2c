"""The command line: help texts, one-line errors, eval and inspect output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.cli import main
from tests.conftest import GOLD, SEEDS


def test_help_lists_commands_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("run", "eval", "inspect"):
        assert command in out
    assert "examples:" in out and "newsclean run inbox/" in out


@pytest.mark.parametrize("command", ["run", "eval", "inspect"])
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: newsclean " + command in capsys.readouterr().out


def test_missing_input_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", str(tmp_path / "nope"), "--output", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.startswith("newsclean: error: no such file") and "\n" not in err


def test_unwritable_output_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    code = main(["run", str(SEEDS), "--output", str(blocker / "out")])
    assert code == 2
    assert "cannot create output directory" in capsys.readouterr().err


def test_eval_without_a_target_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval"]) == 2
    assert "needs --gold" in capsys.readouterr().err


def test_eval_prints_per_file_and_total_scores(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--gold", str(GOLD), "--seeds", str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert out.count(".txt") == 5
    total = next(line for line in out.splitlines() if line.startswith("TOTAL"))
    assert "100.0%" in total and "5/5" in total


def test_inspect_explains_each_line(capsys: pytest.CaptureFixture[str]) -> None:
    seed = SEEDS / "003_4baa21d7cd8896bb.txt"
    assert main(["inspect", str(seed), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    by_line = {row["line"]: row for row in report["lines"]}
    assert by_line[3]["label"] == "chrome" and by_line[3]["kind"] == "counter"
    assert by_line[4]["label"] == "attribution" and "sputnik.by" in by_line[4]["reason"]
    assert by_line[93]["kind"] == "template_leftover"
    assert {a["name"] for a in report["attributions"]} >= {"sputnik.by", "interfax.kz"}


def test_inspect_text_view_has_a_reason_column(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(SEEDS / "000_2ddb45458cd90ed6.txt")]) == 0
    out = capsys.readouterr().out
    assert "repeats line 19" in out
    assert "attributions:" in out


def test_inspect_reads_html_pages_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = " ".join(["The committee met on Monday and agreed on a new plan for the harbour, officials said."] * 4)
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='en'><head><title>Harbour plan</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Harbour plan agreed</h1><p>{body}</p><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    assert main(["inspect", str(page), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    labels = {row["text"].strip(): row["label"] for row in report["lines"]}
    assert labels[body] == "body"
    assert labels["Home"] == "chrome"
