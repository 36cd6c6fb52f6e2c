"""Serve the clean-news flow on a schedule: one command, with or without a Prefect server.

Prefect's ephemeral server cannot schedule flows, so when no PREFECT_API_URL is configured
`newsclean serve` starts `prefect server start` on 127.0.0.1 itself, serves against it and stops it
on exit. With PREFECT_API_URL set it uses that server and starts nothing.

Prefect is imported late, after PREFECT_API_URL is settled: Prefect reads its settings at import.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

DEFAULT_PORT = 4200
DEPLOYMENT_NAME = "newsclean"
# A fresh PREFECT_HOME migrates its database first: ~6 s when warm, up to ~20 s fresh on a slow disk.
SERVER_STARTUP_TIMEOUT = 120.0
SERVER_STOP_TIMEOUT = 15.0
HEALTH_POLL_SECONDS = 0.5


class ServeError(Exception):
    """A problem that stops `newsclean serve` before it serves; the message is one line for the user."""


@dataclass(frozen=True)
class Schedule:
    """Either a cron expression (in UTC) or an interval in seconds."""

    cron: str | None = None
    interval: float | None = None

    def describe(self) -> str:
        return f"cron '{self.cron}' (UTC)" if self.cron else f"every {self.interval:g} s"


def check_cron(cron: str) -> str | None:
    """Why a cron expression is invalid, or None when Prefect accepts it."""
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        CronSchedule(cron=cron)
    except ValidationError as exc:
        return f"bad --cron {cron!r}: {exc.errors()[0]['msg'].removeprefix('Value error, ')}"
    return None


def api_url_configured() -> str | None:
    """The Prefect API URL from the environment or the active Prefect profile, if any."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    from prefect.settings import get_current_settings

    url = get_current_settings().api.url
    return str(url) if url else None


def is_port_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        return sock.connect_ex((host, port)) != 0


def free_port(preferred: int = DEFAULT_PORT, host: str = "127.0.0.1") -> int:
    """`preferred` when nothing listens there, else a port the OS picks."""
    if preferred and is_port_free(preferred, host):
        return preferred
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def is_healthy(api_url: str, timeout: float = 2.0) -> bool:
    """True when the Prefect API answers its health check."""
    try:
        with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=timeout) as response:
            return int(response.status) == 200
    except (urllib.error.URLError, OSError):
        return False


def _wait_healthy(process: subprocess.Popen[bytes], api_url: str, timeout: float, log: Path) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServeError(f"the local Prefect server exited with code {process.returncode}; see {log}")
        if is_healthy(api_url):
            return
        time.sleep(HEALTH_POLL_SECONDS)
    raise ServeError(f"the local Prefect server did not answer within {timeout:.0f} s; see {log}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group (it runs its own workers), SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(SERVER_STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


@contextmanager
def local_server(port: int, timeout: float = SERVER_STARTUP_TIMEOUT) -> Iterator[str]:
    """Run `prefect server start` on 127.0.0.1:port while the block runs; yields its API URL."""
    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect"))
    home.mkdir(parents=True, exist_ok=True)
    log = home / "newsclean-server.log"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("ab") as log_file:
        # Own session: a Ctrl-C in the terminal reaches us, and we stop the server after the runner.
        process = subprocess.Popen(command, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                                   start_new_session=True)  # fmt: skip
    api_url = f"http://127.0.0.1:{port}/api"
    try:
        _wait_healthy(process, api_url, timeout, log)
        yield api_url
    finally:
        _stop(process)


def _exit_on_sigterm(signum: int, frame: FrameType | None) -> None:
    # Until Prefect's runner installs its own handler: unwind, so the local server is stopped.
    raise SystemExit(0)


def _absolute(items: list[str]) -> list[str]:
    """Paths and globs made absolute: scheduled runs start in the runner's working directory."""
    return [item if "://" in item else os.path.abspath(item) for item in items]


def serve(
    schedule: Schedule,
    inputs: list[str],
    output: str,
    batch_size: int,
    max_bytes: int,
    name: str = DEPLOYMENT_NAME,
    port: int = DEFAULT_PORT,
    say: Callable[[str], None] = print,
) -> None:
    """Serve clean_news on `schedule` until SIGTERM or Ctrl-C; start a local server if none is configured."""
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    configured = api_url_configured()
    if configured:
        say(f"serving against the Prefect server at {configured}")
        _serve(schedule, inputs, output, batch_size, max_bytes, name, say)
        return
    chosen = free_port(port)
    say(f"no PREFECT_API_URL configured: starting a local Prefect server on 127.0.0.1:{chosen} ...")
    try:
        _serve_locally(schedule, inputs, output, batch_size, max_bytes, name, chosen, say)
    finally:
        say("local Prefect server stopped")


def _serve_locally(
    schedule: Schedule, inputs: list[str], output: str, batch_size: int, max_bytes: int, name: str, port: int,
    say: Callable[[str], None],
) -> None:  # fmt: skip
    with local_server(port) as api_url:
        os.environ["PREFECT_API_URL"] = api_url  # inherited by the runner's flow-run processes
        os.environ.setdefault("PREFECT_UI_URL", api_url.removesuffix("/api"))
        say(f"Prefect UI: {api_url.removesuffix('/api')}  (flow runs: {api_url.removesuffix('/api')}/runs)")
        from prefect.settings import PREFECT_API_URL, PREFECT_UI_URL, temporary_settings

        ui = api_url.removesuffix("/api")
        with temporary_settings(updates={PREFECT_API_URL: api_url, PREFECT_UI_URL: ui}):
            _serve(schedule, inputs, output, batch_size, max_bytes, name, say)


def _serve(
    schedule: Schedule, inputs: list[str], output: str, batch_size: int, max_bytes: int, name: str,
    say: Callable[[str], None],
) -> None:  # fmt: skip
    from prefect.types.entrypoint import EntrypointType

    # Prefect's SIGTERM handler calls the runner's sync stop() inside the event loop, which only makes
    # a coroutine; shutdown still completes (it exits and the runner's context closes), so hide the noise.
    warnings.filterwarnings("ignore", message="coroutine 'Runner.astop' was never awaited")

    from flows.clean_news import clean_news

    parameters = {"input": _absolute(inputs), "output": _absolute([output])[0], "batch_size": batch_size,
                  "max_bytes": max_bytes}  # fmt: skip
    say(f"deployment clean-news/{name}: {schedule.describe()}, {parameters['input']} -> {parameters['output']}")
    clean_news.serve(
        name=name,
        cron=schedule.cron,
        interval=schedule.interval,
        parameters=parameters,
        # A supervisor restarting us (systemd, Kubernetes) must find the schedule still active.
        pause_on_shutdown=False,
        # One run at a time: the next scheduled run waits instead of failing on the output's run lock.
        limit=1,
        # Runs import the flow by module path, so they work from any working directory.
        entrypoint_type=EntrypointType.MODULE_PATH,
        description="newsclean: clean the inbox into Parquet datasets, only new files each run",
    )
