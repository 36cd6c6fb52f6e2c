"""Closed vocabularies shared by records, the segmenter and the reports."""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """What a line of a page is, for a reader."""

    TITLE = "title"
    BODY = "body"
    ATTRIBUTION = "attribution"
    CHROME = "chrome"


class TextKind(StrEnum):
    """Finer kinds of article text."""

    TITLE = "title"
    PARAGRAPH = "paragraph"
    SUBHEADING = "subheading"
    POST = "post"  # a post of a thread page (tasks/text/forum.py)
    ENTRY = "entry"  # an entry of a listing page (tasks/text/listing.py)


class ChromeKind(StrEnum):
    """Finer kinds of site furniture."""

    RELATED_HEADING = "related_heading"
    RELATED_LIST = "related_list"
    TEASER = "teaser"
    HEADLINE_LIST = "headline_list"
    COUNTER = "counter"
    TEMPLATE_LEFTOVER = "template_leftover"
    NAVIGATION = "navigation"
    BOILERPLATE = "boilerplate"
    SITE_TEMPLATE = "site_template"
    COMMENTS = "comments"


class AttributionKind(StrEnum):
    """Who a credit names."""

    SOURCE = "source"
    AGENCY = "agency"
    PHOTO = "photo"
    AUTHOR = "author"
    VIDEO = "video"
    OFFICIAL = "official"


class RejectReason(StrEnum):
    """Stable reasons an input file did not become an article."""

    NOT_TEXT = "not_text"
    EMPTY = "empty"
    NO_ARTICLE = "no_article"
    TOO_LARGE = "too_large"  # over --max-bytes, or over a per-document memory budget
    TIMEOUT = "timeout"  # over the per-document time limit
    UNREADABLE = "unreadable"
    INVALID_RECORD = "invalid_record"
    DUPLICATE = "duplicate"
    INTERNAL_ERROR = "internal_error"  # a bug met while processing this document; the batch went on
    MALFORMED_RECORD = "malformed_record"  # a JSON Lines line or WARC record that does not parse


class SkipReason(StrEnum):
    """Why a record of an archive is not a page to clean: counted in the run summary, not rejected."""

    NOT_RESPONSE = "not_response"  # warcinfo, request, metadata, revisit records
    REDIRECT = "redirect"  # HTTP 3xx
    HTTP_ERROR = "http_error"  # HTTP 4xx/5xx and other non-2xx statuses
    NOT_HTML = "not_html"  # robots.txt, images, feeds, PDFs: the response's content type is not HTML
    TRUNCATED = "truncated"  # WARC-Truncated: the crawler cut the payload short
    BLANK_LINE = "blank_line"  # an empty line of a JSON Lines file
