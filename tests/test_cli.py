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
    for command in ("run", "eval", "inspect", "report", "serve"):
        assert command in out
    assert "examples:" in out and "newsclean run inbox/" in out
    assert 'newsclean serve --cron "0 * * * *"' in out


@pytest.mark.parametrize("command", ["run", "eval", "inspect", "report", "serve"])
def test_every_subcommand_has_help_with_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: newsclean " + command in out
    assert "examples:" in out and f"  newsclean {command} " in out


def test_serve_help_explains_both_ways_to_get_a_server(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = capsys.readouterr().out
    assert "--cron" in out and "--interval" in out and "PREFECT_API_URL" in out and "SIGTERM" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["serve", "--cron", "61 * * * *", "--input", str(SEEDS)], "bad --cron '61 * * * *': Invalid cron string"),
        (["serve", "--cron", "0 * * * *", "--input", "/no/such/inbox"], "no such file, directory or glob match"),
        (["serve", "--interval", "0", "--input", str(SEEDS)], "bad --interval 0: must be a positive number"),
        (["serve", "--input", str(SEEDS)], "one of the arguments --cron --interval is required"),
        (["run", "--batch-size", "many"], "argument --batch-size: invalid int value: 'many'"),
        (["frobnicate"], "argument COMMAND: invalid choice: 'frobnicate'"),
    ],
)
def test_bad_arguments_are_one_clear_line(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    try:
        code = main(argv)
    except SystemExit as exit_info:
        code = int(exit_info.code or 0)
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("newsclean: error: ") and message in err, err


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


def test_inspect_text_view_of_seed_003(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inspect", str(SEEDS / "003_4baa21d7cd8896bb.txt")]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = "003_4baa21d7cd8896bb.txt  language=ru  encoding=utf-8  main text=(5, 17)  site=kazpravda.kz"
    assert lines[0].endswith(header)
    assert lines[2].split() == ["line", "label", "text", "kind", "score", "reason"]
    end = lines.index("attributions:")
    row = {line.split()[0]: line for line in lines[:end] if line.strip() and line.split()[0].isdigit()}
    assert row["3"].split()[1:4] == ["chrome", "1084", "counter"] and "0.95  only digits" in row["3"]
    assert "attribution  Фото с сайта sputnik.by" in row["4"] and "photo" in row["4"]
    assert "template_leftover" in row["93"] and "[[month.label]]" in row["93"]
    assert all(line == line.rstrip() and "\033[" not in line for line in lines)  # plain when not a terminal
    credits = lines[end + 1 :]
    assert credits[0].split() == ["line", "kind", "name", "canonical", "in", "body", "evidence"]
    assert any(c.split()[:4] == ["4", "photo", "sputnik.by", "sputnik"] for c in credits)


def test_inspect_colours_lines_by_label() -> None:
    from tasks.report.inspect import inspect_file, render_inspection

    coloured = render_inspection(inspect_file(SEEDS / "003_4baa21d7cd8896bb.txt"), colour=True)
    row = next(line for line in coloured.splitlines() if "[[month.label]]" in line)
    assert "\033[2m" in row  # chrome is dim
    body = next(line for line in coloured.splitlines() if "Встреча президентов Армении и Азербайджана с" in line)
    assert "\033[32m" in body  # body is green


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


def test_inspect_goes_back_to_an_archive_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.warc_fixtures import eval_pages, html_record, write_warc

    page = eval_pages("aeb", 1)[0]
    archive = write_warc(tmp_path / "crawl.warc.gz", [html_record(page.url, page.path.read_bytes())])
    assert main(["inspect", f"{archive}#offset=0", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["url"] == page.url and report["site"] and any(ln["label"] == "body" for ln in report["lines"])
    assert main(["inspect", f"{tmp_path}/missing.warc.gz#offset=0"]) == 2
