"""The run report's charts: Vega-Lite specs built with altair, rendered to static SVG offline.

altair writes the specs (validated against the Vega-Lite schema); vl-convert renders them to SVG in
process with its bundled Vega (no browser, no network, no JavaScript in the result). The SVG is
inlined into the HTML report and, as data URIs, into the Prefect artifact.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import altair as alt
import vl_convert as vlc

from tasks.report.data import ReportData, Rows

# Plot widths in pixels: two charts side by side fit a 1280-pixel window with axis labels and legends.
WIDTH = 440
BAR_WIDTH = 360
LABEL_LIMIT = 180  # longest axis label in pixels (site names, titles); longer ones end in an ellipsis
BAR_HEIGHT = 18  # pixels per bar of a horizontal bar chart
SMALL_COUNT = 8  # up to this largest count, a count axis gets one tick per whole number


@dataclass(frozen=True)
class Chart:
    """One chart of the report: what it shows, its SVG (None with no data) and its rows as a table."""

    key: str
    title: str
    description: str
    svg: str | None
    columns: tuple[str, ...]
    rows: Rows


def _base(rows: Rows, width: int = WIDTH) -> alt.Chart:
    return alt.Chart(alt.InlineData(values=rows), width=width)


def _value_axis(value_format: str, largest: float) -> alt.Axis:
    """A value axis; small counts get whole-number ticks only (Vega would label 0, 0.5, 1 as 0, 1, 1)."""
    if value_format == "d" and largest <= SMALL_COUNT:
        return alt.Axis(format=value_format, values=list(range(int(largest) + 1)))
    return alt.Axis(format=value_format)


def _largest(rows: Rows, category: str, value: str) -> float:
    sums: dict[Any, float] = {}
    for r in rows:
        sums[r[category]] = sums.get(r[category], 0) + r[value]
    return max(sums.values(), default=0)


def _bars(rows: Rows, category: str, value: str, value_format: str = "d") -> alt.Chart:
    """Horizontal bars, largest first: one row per category."""
    height = max(BAR_HEIGHT * len({r[category] for r in rows}), BAR_HEIGHT * 2)
    axis = _value_axis(value_format, _largest(rows, category, value))
    chart: alt.Chart = (
        _base(rows, BAR_WIDTH)
        .mark_bar()
        .encode(
            x=alt.X(f"sum({value}):Q", title=value.replace("_", " "), axis=axis),
            y=alt.Y(f"{category}:N", sort="-x", title=None, axis=alt.Axis(labelLimit=LABEL_LIMIT)),
            tooltip=[alt.Tooltip(f"{category}:N"), alt.Tooltip(f"sum({value}):Q", format=value_format)],
        )
        .properties(height=height)
    )
    return chart


# 20 distinguishable colours: up to TOP_SITES sites plus OTHER and the unknown site, without repeats.
PALETTE = alt.Scale(scheme="tableau20")
LEGEND = alt.Legend(orient="bottom", columns=3, labelLimit=LABEL_LIMIT)


def _stacked(rows: Rows, x: str, value: str, colour: str) -> alt.Chart:
    """Vertical bars over an ordered x (day, month, run), stacked by a category."""
    axis = _value_axis("d", _largest(rows, x, value))
    chart: alt.Chart = (
        _base(rows)
        .mark_bar()
        .encode(
            x=alt.X(f"{x}:O", title=x, axis=alt.Axis(labelAngle=-45, labelOverlap=True)),
            y=alt.Y(f"sum({value}):Q", title=value.replace("_", " "), axis=axis),
            color=alt.Color(f"{colour}:N", title=colour, legend=LEGEND, scale=PALETTE),
            tooltip=[alt.Tooltip(f"{x}:O"), alt.Tooltip(f"{colour}:N"), alt.Tooltip(f"sum({value}):Q")],
        )
        .properties(height=260)
    )
    return chart


def to_svg(chart: alt.Chart) -> str:
    """A chart as a standalone SVG document, transparent so it sits on light and dark pages."""
    spec: dict[str, Any] = chart.configure(background="transparent").to_dict()
    return str(vlc.vegalite_to_svg(spec))


def _chart(key: str, title: str, description: str, rows: Rows, build: alt.Chart) -> Chart:
    svg = to_svg(build.properties(description=description)) if rows else None
    columns = tuple(rows[0]) if rows else ()
    return Chart(key, title, description, svg, columns, rows)


def report_charts(data: ReportData) -> list[Chart]:
    """Every chart of the report, in reading order."""
    specs: list[tuple[str, str, str, Rows, alt.Chart]] = [
        ("articles-by-site-day", "Articles per site and day",
         "Articles per day of publication (else of processing), stacked by site",
         data.articles_by_site_day, _stacked(data.articles_by_site_day, "day", "articles", "site")),
        ("chrome-share", "Share of chrome by site", "Share of each site's lines labelled chrome",
         data.chrome_share_by_site, _bars(data.chrome_share_by_site, "site", "chrome_share", ".0%")),
        ("languages", "Languages", "Articles per language of the body text",
         data.languages, _bars(data.languages, "language", "articles")),
        ("credits-by-month", "Top agencies and sources over time",
         "Citations of the most credited agencies and sources per month",
         data.credits_by_month, _stacked(data.credits_by_month, "month", "citations", "name")),
        ("rejects", "Rejects by reason", "Rejected files per reason",
         data.rejects_by_reason, _bars(data.rejects_by_reason, "reason", "rejects")),
        ("clusters", "Largest syndication clusters", "Copies of the largest clusters of near-duplicate bodies",
         data.clusters, _bars(data.clusters, "cluster", "copies")),
        ("throughput", "Throughput per run", "Files processed per second of wall time, per run",
         data.runs, _bars(data.runs, "started", "files_per_second", ".1f")),
    ]  # fmt: skip
    return [_chart(*spec) for spec in specs]
