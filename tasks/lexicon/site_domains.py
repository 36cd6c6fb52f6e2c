"""The site a host name or URL belongs to: its registered domain, read with tldextract's bundled public suffix
snapshot (never fetched), so ``www.Kazpravda.kz`` and ``kazpravda.kz`` are one source; and whether a dotted word is a
domain at all ("interfax.kz", not "S.Paulo").
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import tldextract


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # The bundled public-suffix snapshot only: no network fetch, no cache written to disk.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@lru_cache(maxsize=4096)
def has_public_suffix(host: str) -> bool:
    """The host ends in a real public suffix (.kz, .co.uk), so it is a domain and not "S.Paulo"."""
    return bool(_extractor()(host.strip().lower().rstrip(".")).suffix)


@lru_cache(maxsize=4096)
def site_name(domain: str) -> str:
    """The registered domain of a host name, lower-cased: www.Kazpravda.kz → kazpravda.kz."""
    host = domain.strip().lower().rstrip(".")
    registered = _extractor()(host).top_domain_under_public_suffix
    return registered or host.removeprefix("www.")


def site_of_url(url: str | None) -> str | None:
    """The registered domain of a URL's host (https://www.bbc.co.uk/news → bbc.co.uk); None without a host."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:  # a malformed URL ("http://[::1") names no site
        return None
    return site_name(host) if host else None
