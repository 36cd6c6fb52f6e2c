"""Shared fixtures: paths to the seeds and shared data, one Prefect test harness per session."""

from __future__ import annotations

import os
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "seeds.json"
DUMPS = SHARED / "eval" / "dumps"
HTML = SHARED / "eval" / "html"

# Prefect must not touch the user's ~/.prefect or phone home from tests.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="newsclean-prefect-"))
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"

# Properties are checked for their answers, never their speed: hypothesis's default deadline (200 ms an example) failed
# a first example that loads the vocabularies on a loaded machine. Speed is the benchmark's business (docs/speed.md).
settings.register_profile("newsclean", deadline=None)
settings.load_profile("newsclean")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def pytest_configure(config: pytest.Config) -> None:
    # A run stopped by SIGTERM (`timeout`, CI cancelling a job) tears its fixtures down like Ctrl-C: without this the
    # Prefect servers the harness and test_serve start outlived the run and kept a core busy (found in session 26).
    signal.signal(signal.SIGTERM, _interrupt)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/*.json from the pipeline")
    parser.addoption("--corpus", action="store_true", help="run the robustness corpus (always on when CI=true)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The corpus takes minutes: locally it runs on request, in CI (CI=true) always."""
    if config.getoption("--corpus") or os.environ.get("CI", "").lower() == "true":
        return
    skip = pytest.mark.skip(reason="robustness corpus: run with --corpus (CI=true runs it)")
    for item in items:
        if "corpus" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One Prefect test harness (temporary database) for every flow test of the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
