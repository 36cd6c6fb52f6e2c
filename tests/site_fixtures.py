"""A synthetic news site: pages with unique articles wrapped in the same template."""

from __future__ import annotations

import random
from pathlib import Path

SITE = "valley-gazette.example"
# Prose-like template lines: one page alone can't tell them from the article.
TEMPLATE_LINES = [
    "The Valley Gazette has served readers in the northern districts since the spring of nineteen twelve.",
    "Our reporters work in the valley every day, and we are grateful for the support of all our readers.",
]
_SUBJECTS = ["The council", "A local farmer", "The school board", "The river authority", "A new bakery", "The mayor"]
_VERBS = ["announced", "questioned", "postponed", "celebrated", "reviewed", "rejected"]
_OBJECTS = ["a plan for the old mill", "the budget for next year", "the bridge repairs", "a festival in the park"]
_TAILS = ["after a long meeting on Monday", "because of the heavy rain", "while residents waited outside"]


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}."


def page_text(seed: int) -> str:
    """One page: a title, four unique paragraphs, then the site's template lines."""
    rng = random.Random(seed)
    title = f"Valley news number {seed}: {rng.choice(_SUBJECTS).lower()} {rng.choice(_VERBS)} a plan"
    paragraphs = [" ".join(_sentence(rng) for _ in range(3)) + f" Reference {seed}-{i}." for i in range(4)]
    return "\n\n".join([title, *paragraphs, *TEMPLATE_LINES]) + "\n"


def write_pages(directory: Path, seeds: range) -> list[Path]:
    """Write pages of the site into directory/<site>/page-<n>.txt."""
    site_dir = directory / SITE
    site_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for seed in seeds:
        path = site_dir / f"page-{seed}.txt"
        path.write_text(page_text(seed), encoding="utf-8")
        paths.append(path)
    return paths
