"""Record shapes of newsclean's datasets: validation and Arrow schemas from one definition."""

from schemas.arrow import arrow_schema, from_table, to_table
from schemas.enums import AttributionKind, ChromeKind, Label, RejectReason, SkipReason, TextKind
from schemas.records import ALL_RECORDS, Article, Attribution, Record, Reject, RunSummary, Segment

__all__ = [
    "ALL_RECORDS",
    "Article",
    "Attribution",
    "AttributionKind",
    "ChromeKind",
    "Label",
    "Record",
    "Reject",
    "RejectReason",
    "RunSummary",
    "Segment",
    "SkipReason",
    "TextKind",
    "arrow_schema",
    "from_table",
    "to_table",
]
