"""`newsclean serve`: scheduled runs really happen, on a local or a given Prefect server; SIGTERM is clean."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.serve import free_port, is_healthy, is_port_free
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.flow

# Each test is bounded: server start (~6 s warm, ~20 s on a fresh database), then runs every INTERVAL s.
RUN_DEADLINE = 90.0
STOP_DEADLINE = 30.0
INTERVAL = "3"


@pytest.fixture(scope="module")
def prefect_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One Prefect home (and database) for this module's servers: migrated once."""
    return tmp_path_factory.mktemp("prefect-home")


def _env(home: Path, api_url: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_RUNNER_POLL_FREQUENCY="1", PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS="2")  # fmt: skip
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def _serve(tmp_path: Path, env: dict[str, str], *extra: str) -> tuple[subprocess.Popen[bytes], Path]:
    inbox = tmp_path / "inbox"
    shutil.copytree(SEEDS, inbox)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "flows.cli", "serve", "--interval", INTERVAL, "--input", str(inbox),
               "--output", str(out), *extra]  # fmt: skip
    log = (tmp_path / "serve.log").open("wb")
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    return process, out


def _runs(out: Path) -> list[tuple[int, int, int]]:
    files = sorted(out.glob("runs/**/run-*.parquet"))
    if not files:
        return []
    query = "SELECT files_seen, articles, files_skipped FROM read_parquet(?, union_by_name=true) ORDER BY started_at"
    return [tuple(r) for r in duckdb.execute(query, [[str(f) for f in files]]).fetchall()]


def _wait_for_runs(process: subprocess.Popen[bytes], out: Path, count: int, log: Path) -> list[tuple[int, int, int]]:
    deadline = time.monotonic() + RUN_DEADLINE
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text(errors="replace")[-3000:]
        runs = _runs(out)
        if len(runs) >= count:
            return runs
        time.sleep(0.5)
    process.kill()
    pytest.fail(f"fewer than {count} scheduled runs within {RUN_DEADLINE:.0f} s:\n" + log.read_text()[-3000:])


def _stop(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(STOP_DEADLINE)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("serve did not stop within 30 s of SIGTERM")


def test_serve_starts_a_local_server_runs_on_schedule_and_stops_it(prefect_home: Path, tmp_path: Path) -> None:
    port = free_port(0)
    process, out = _serve(tmp_path, _env(prefect_home), "--port", str(port))
    runs = _wait_for_runs(process, out, 2, tmp_path / "serve.log")
    assert _stop(process) == 0
    log = (tmp_path / "serve.log").read_text()
    assert f"Prefect UI: http://127.0.0.1:{port}" in log
    assert "local Prefect server stopped" in log
    assert is_port_free(port), "the local Prefect server outlived newsclean serve"
    # The first scheduled run cleans the five seeds; the next ones only find committed files.
    assert runs[0] == (5, 5, 0)
    assert runs[1] == (5, 0, 5)


@pytest.fixture
def prefect_server(prefect_home: Path, tmp_path: Path) -> Iterator[str]:
    """A `prefect server start` of our own, as a team's server would be."""
    port = free_port(0)
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(command, env=_env(prefect_home), stdout=log, stderr=subprocess.STDOUT)
    api_url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + RUN_DEADLINE
    while not is_healthy(api_url):
        assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "server.log").read_text()
        time.sleep(0.5)
    yield api_url
    server.terminate()
    server.wait(STOP_DEADLINE)


def test_serve_uses_the_configured_server_and_leaves_the_schedule_active(
    prefect_server: str, prefect_home: Path, tmp_path: Path
) -> None:
    process, out = _serve(tmp_path, _env(prefect_home, prefect_server), "--name", "team")
    runs = _wait_for_runs(process, out, 1, tmp_path / "serve.log")
    assert _stop(process) == 0
    assert runs[0] == (5, 5, 0)
    assert "starting a local Prefect server" not in (tmp_path / "serve.log").read_text()
    request = urllib.request.Request(prefect_server + "/deployments/name/clean-news/team")
    with urllib.request.urlopen(request, timeout=10) as response:
        deployment = json.loads(response.read())
    # pause_on_shutdown=False: a supervised restart must not find the schedule paused.
    assert deployment["paused"] is False
    assert deployment["schedules"][0]["active"] is True
