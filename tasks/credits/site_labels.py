"""The labels of the site's domain as words of a name: "APR Kärnten" on kaernten.apr.example is the site's regional
edition (a public broadcaster's studio, a paper's local desk), named by the two parts of its own address, no person.

A label is compared without case or accents, and German "ae", "oe", "ue" as the letters they spell ("kaernten" is
"Kärnten"), as domains write them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Marks a key that is one label of the site's domain: keys are alphanumeric only, so the mark keeps it apart.
LABEL = "."
# A host as a name: no spaces, two labels or more ("kaernten.APR.example", "www.dw.com").
_HOST = re.compile(r"^(?:[\w-]+\.)+[\w-]+$")
_GERMAN_DIGRAPHS = re.compile(r"([aou])e")
# Labels that name no site: the host's own prefixes.
_NO_SITE = frozenset({"www", "m", "amp", "mobile"})


def folded(word: str) -> str:
    """Letters and digits, case-folded, without accents, German digraphs as their letters: 'Kärnten', 'kaernten' →
    'karnten'."""
    bare = unicodedata.normalize("NFKD", word.casefold())
    letters = "".join(c for c in bare if c.isalnum() and not unicodedata.combining(c))
    return _GERMAN_DIGRAPHS.sub(r"\1", letters)


def domain_label_keys(names: Iterable[str | None]) -> frozenset[str]:
    """The marked keys of the labels of every name that is a host, less its suffix and prefixes."""
    keys: set[str] = set()
    for name in names:
        host = (name or "").strip().lower().removeprefix("https://").removeprefix("http://").split("/")[0]
        if not _HOST.match(host):
            continue
        keys.update(LABEL + folded(label) for label in host.split(".")[:-1] if label not in _NO_SITE)
    keys.discard(LABEL)
    return frozenset(keys)


def names_the_domain(name: str, publishers: frozenset[str]) -> bool:
    """A name of two words or more, each a label of the site's domain or one of the site's names (a plain key of
    `publishers`), one a label at least: "APR Kärnten" on kaernten.apr.example."""
    words = name.split()
    labels = [LABEL + folded(w) in publishers for w in words]
    plain = [_plain_key(w) in publishers for w in words]
    return len(words) >= MIN_WORDS and any(labels) and all(a or b for a, b in zip(labels, plain, strict=True))


def _plain_key(word: str) -> str:
    """The publisher keys' form (tasks.credits.names): case-folded letters and digits."""
    return "".join(c for c in unicodedata.normalize("NFKC", word).casefold() if c.isalnum())


MIN_WORDS = 2
