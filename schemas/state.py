"""Shapes of the state newsclean keeps between runs under ``<output>/_state/``."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from schemas.records import Record


class TemplateEntry(Record):
    """How many pages of a site showed a line: the site's template memory.

    The row with fingerprint 0 holds the number of pages seen of the site.
    """

    dataset: ClassVar[str] = "_state/templates"

    site: str = Field(description="site the pages belong to; '' for pages of unknown site")
    fingerprint: int = Field(description="64-bit hash of a normalised line or of its digit-free shape")
    pages: int = Field(ge=1, description="number of pages of the site the line appeared on")
    last_run: str = Field(description="run that last saw the line")


class ArchiveEntry(Record):
    """An archive every page record of which a completed run committed: later runs do not scan it again."""

    dataset: ClassVar[str] = "_state/archives"

    path: str = Field(description="the archive's path or URI, as discovered")
    fingerprint: str = Field(description="size and modification time when it was scanned; a change rescans it")
    records: int = Field(ge=0, description="page records the archive held")
    last_run: str = Field(description="run that scanned it")
