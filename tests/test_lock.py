"""The run lock: two runs on one output directory never interleave; a crashed holder leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tasks.store.lock import RunLockError, lock_path, run_lock
from tests.conftest import ROOT, SEEDS

HOLD_LOCK = "import sys, time; from pathlib import Path; from tasks.store.lock import run_lock\n" \
    "with run_lock(Path(sys.argv[1])):\n    print('held', flush=True)\n    time.sleep(60)\n"  # fmt: skip


def _message(pid: int, output: Path) -> str:
    return f"another newsclean run holds {lock_path(output)} (pid {pid})"


def test_second_holder_gets_one_clear_line_with_the_pid(tmp_path: Path) -> None:
    with run_lock(tmp_path) as path:
        assert path == tmp_path / "_state" / "run.lock"
        assert path.read_text(encoding="ascii").strip() == str(os.getpid())
        with pytest.raises(RunLockError) as info, run_lock(tmp_path):
            pass
    assert str(info.value) == _message(os.getpid(), tmp_path)
    assert info.value.pid == os.getpid()


def test_lock_is_released_on_exit_and_on_error(tmp_path: Path) -> None:
    with run_lock(tmp_path):
        pass
    with pytest.raises(ValueError), run_lock(tmp_path):
        raise ValueError("the run failed")
    with run_lock(tmp_path):
        pass
    assert lock_path(tmp_path).read_text(encoding="ascii") == ""  # no stale pid once released


def test_lock_of_a_killed_process_is_released(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == b"held\n"
        with pytest.raises(RunLockError) as info, run_lock(tmp_path):
            pass
        assert str(info.value) == _message(proc.pid, tmp_path)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    with run_lock(tmp_path):  # the kernel dropped the dead holder's lock
        pass


def test_blocking_lock_waits_for_the_holder(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(tmp_path)], cwd=ROOT, stdout=subprocess.PIPE)
    try:
        assert proc.stdout is not None and proc.stdout.readline() == b"held\n"
        started = time.monotonic()
        killer = subprocess.Popen(["sh", "-c", f"sleep 0.3; kill -9 {proc.pid}"])
        with run_lock(tmp_path, blocking=True):
            assert time.monotonic() - started >= 0.25
        killer.wait(timeout=10)
    finally:
        proc.kill()
        proc.wait(timeout=10)


def test_cli_run_on_a_locked_output_exits_3_before_prefect_starts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from flows.cli import main

    output = tmp_path / "out"
    with run_lock(output):
        code = main(["run", str(SEEDS), "--output", str(output)])
    err = capsys.readouterr().err.strip()
    assert code == 3
    assert err == f"newsclean: error: {_message(os.getpid(), output)}"
    assert not list(output.rglob("*.parquet"))


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_flow_on_a_locked_output_fails_without_writing_then_runs_once_released(tmp_path: Path) -> None:
    from flows.clean_news import clean_news

    output = tmp_path / "out"
    with run_lock(output), pytest.raises(RunLockError) as info:
        clean_news(input=[str(SEEDS)], output=str(output))
    assert str(info.value) == _message(os.getpid(), output)
    assert not list(output.rglob("*.parquet"))

    summary = clean_news(input=[str(SEEDS)], output=str(output))
    assert summary.status == "completed" and summary.files_seen > 0


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_cli_exits_3_when_the_flow_loses_the_race_for_the_lock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows import cli
    from flows.commands import run

    output = tmp_path / "out"
    monkeypatch.setattr(run, "check_run_lock", lambda output: None)  # another run starts after the check
    with run_lock(output):
        code = cli.main(["run", str(SEEDS), "--output", str(output)])
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("newsclean:")]
    assert code == 3
    assert lines == [f"newsclean: error: {_message(os.getpid(), output)}"]
