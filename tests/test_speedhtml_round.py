"""Session 21, HTML speed: cuts that must leave every output as it was (invented pages, not eval pages)."""

from __future__ import annotations

from lxml.html import HtmlElement  # type: ignore[import-untyped]

from tasks.html.meta import _meta, meta_tags, page_meta
from tasks.read.html_decode import ParsedHtml, parse_html


def _root(markup: str) -> HtmlElement:
    parsed = parse_html(markup.encode("utf-8"))
    assert isinstance(parsed, ParsedHtml)
    return parsed.root


def test_every_element_is_an_html_element_form_controls_too() -> None:
    root = _root("<html><body><form action='/s'><label>Q</label><input name='q'><select><option>a</option>"
                 "</select><textarea>t</textarea></form><p>Text <b>here</b>.</p></body></html>")  # fmt: skip
    assert all(type(e) is HtmlElement for e in root.iter())
    assert root.find(".//p").text_content() == "Text here."


def test_meta_tags_first_non_empty_content_wins() -> None:
    root = _root(
        "<html><head><meta property='og:title' content='  '><meta property='og:title' content=' First '>"
        "<meta property='og:title' content='Second'><meta name='og:title' content='By name'>"
        "<meta name='author' content='Ana Lima'><meta content='no key'></head><body><p>x</p></body></html>"
    )
    tags = meta_tags(root)
    assert _meta(tags, "og:title") == "First"  # a property before a name of the same value
    assert _meta(tags, "author") == "Ana Lima"
    assert _meta(tags, "missing", "author") == "Ana Lima"  # names in order, the first that has a content
    assert _meta(tags, "missing") is None


def test_meta_name_stands_in_when_the_property_has_no_content() -> None:
    root = _root("<html><head><meta property='og:site_name' content=''><meta name='og:site_name' content='Gazette'>"
                 "<meta name='application-name' content='App'></head><body><p>x</p></body></html>")  # fmt: skip
    assert _meta(meta_tags(root), "og:site_name", "application-name") == "Gazette"
    assert page_meta(root).site_name == "Gazette"


def test_the_trie_depth_constant_is_the_models() -> None:
    from tasks.lexicon.language import _identifier
    from tasks.lexicon.language_counts import TRIE_DEPTH, trie_depth

    assert trie_depth(_identifier().table) == TRIE_DEPTH


def test_numpy_counts_give_py3langids_own_scores() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

    from tasks.lexicon.language import _identifier
    from tasks.lexicon.language_counts import feature_arrays

    ours, theirs = _identifier(), LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    texts = [
        "", " ", "a", "ab", "Le conseil municipal a voté mardi soir le budget de la ville.",
        "Der Stadtrat hat am Dienstag den Haushalt beschlossen, sagte die Sprecherin.",
        "市议会周二晚间通过了该市的预算。", "Городской совет во вторник утвердил бюджет.",
        "1234 5678 !!! ???", "<div class='x'>mixed markup & text</div>" * 20,
    ]  # fmt: skip
    for text in texts:
        data = text.encode("utf-8")
        found = feature_arrays(ours.table, data)
        counts = None if found is None else dict(zip(found[0].tolist(), found[1].astype(int).tolist(), strict=True))
        loop = visit_counts(ours.tk_nextmove, ours._rowbase, ours.tk_output, data)
        assert (counts is None) == (loop is None)
        assert list((counts or {}).items()) == list((loop or {}).items())  # same counts, same first-seen order
        assert ours.classify(text) == theirs.classify(text)
