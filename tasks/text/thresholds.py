"""The segmenter's thresholds: every number its rules use, named, commented, in one place.

Passed explicitly as one frozen options object (``SegmentRules``), never read from globals, so
a notebook or a test can try other values without touching the code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SegmentRules:
    """Thresholds of the segmenter, with defaults; passed explicitly, never global."""

    # A line with at least this many words that ends like a sentence reads as prose.
    min_prose_words: int = 8
    # A line this long reads as prose even without a final full stop.
    long_prose_words: int = 25
    # Below this share of the article language's stopwords a line is not prose in it.
    min_stopword_share: float = 0.12
    # Lines of another script than the article count as foreign only with this share of letters.
    foreign_script_share: float = 0.75
    foreign_script_min_words: int = 3
    # A line inside the main text of at least this many words, whose share of the article language's
    # stopwords is below this fraction of the article's own share, is run through language
    # identification: it is in another language when identified at this confidence as one whose own
    # stopwords make up more of it (an English paragraph on a French page, both in Latin script).
    foreign_language_min_words: int = 10
    foreign_language_share_ratio: float = 0.8
    foreign_language_confidence: float = 0.95
    # Prose weight per word in the main-region search, capped per line.
    prose_weight_per_word: float = 0.1
    max_prose_weight: float = 4.0
    short_line_weight: float = -0.5
    chrome_line_weight: float = -2.0
    # A title is a heading-like line of at most this many words.
    title_max_words: int = 30
    # How many lines before the main text a title may sit.
    title_window: int = 12
    # Credit lines count as attribution only this close (in lines) to the main text.
    credit_window: int = 8
    # Runs of at least this many short lines are lists (headline lists, menus).
    list_min_run: int = 3
    # A run of at least this many lines that each end with an ellipsis is a teaser list of headlines
    # cut off at a length limit ("… Gets …"); one or two such lines can be a remark trailing off.
    truncated_list_min_lines: int = 4
    # A line with a boilerplate phrase (copyright, newsletter) is site furniture up to this long.
    boilerplate_max_words: int = 40
    # Growing the main text over gaps (tables, code, lists, captions) to the next prose cluster:
    # prose lines at most this many non-prose lines apart form one cluster,
    cluster_max_break: int = 1
    # which must hold this many prose lines, making up this share of its lines (teaser
    # headline/lead pairs make up half);
    cluster_min_prose_lines: int = 2
    cluster_min_prose_share: float = 0.6
    cluster_min_weight: float = 5.0
    # the gap may be this long, and the cluster's prose weight must pay this much per gap line.
    max_bridge_lines: int = 150
    bridge_cost_per_line: float = 0.1
    # A gap with at least this share of bare numbers is a data table: its number cells are bridged for free.
    table_min_numeric_share: float = 0.5
    # Across such a table, a cluster needs only this share of `cluster_min_weight`: a table of figures is
    # part of the article, and a short article goes on below it with a paragraph or two.
    table_cluster_weight_share: float = 0.7
    # A list right after the main text belongs to it when this many items (of this many words
    # at least) share one shape, maybe under this many heading lines.
    list_min_items: int = 4
    list_item_min_words: int = 3
    list_max_lead_lines: int = 1
    # List items with the same set of at least this many punctuation marks (and the same first token
    # class) follow one template: "England (Group A): 10th", "Czech Republic (Group A): 7th".
    list_shared_marks: int = 2
    # Items of a sentence broken into a list after its colon, the closing one included: two at least ("…:", "a,", "b.")
    sentence_list_min_items: int = 2
    # A comment thread closing the main text: this many short timestamp lines (a date and a clock
    # time, at most this many words) each followed by prose, after this share of the main text's prose.
    comment_min_stamps: int = 3
    stamp_max_words: int = 10
    comment_min_article_share: float = 0.3
    # A comment section (opened by a heading, tasks/lexicon/comments.py) holds a thread: at least
    # this many entries under date-and-time lines, or copies of a short per-entry link ("Reply")
    # of at most this many words. The article above a thread needs this much prose weight.
    thread_min_entries: int = 2
    thread_stamp_max_words: int = 16  # "by Eric K. on November 9, 2010 at 6:10 am. Reply #"
    # A timestamped thread whose last stamp is this close to the region's end closes the article.
    thread_end_max_lines: int = 4
    thread_link_max_words: int = 3
    comment_article_min_weight: float = 10.0
    # A main text below a comment heading with no thread found under it gives way to the run of prose that ends at
    # most this many lines above the heading (a share bar, tags, a permalink line between: 5 and 6 scored the same on
    # dragnet and l3s, 8 reached past the post into a sidebar's text on one page; session 36).
    comment_heading_max_gap: int = 6
    # A timestamped thread also runs to the region's end when its stamp lines carry this share of
    # distinct names (a thread has many authors; a blog's front page signs every post with one) and
    # its last entry is no longer than its longest entry above.
    thread_min_names_share: float = 0.5
    # The article above a timestamped thread that runs to the region's end needs this much prose
    # weight: a cluster worth growing the region to (`cluster_min_weight`); 5 to 8 scored the same.
    thread_article_min_weight: float = 5.0
    # A thread page (tasks/text/forum.py): at least this many posts under date-and-time stamps, this share
    # of the stamps under a poster's name of at most this many words, this many names, and the posts
    # holding this share of the page's prose, with no article above them.
    forum_min_posts: int = 5
    forum_named_share: float = 0.8
    forum_author_max_words: int = 4
    forum_min_authors: int = 3
    forum_min_prose_share: float = 0.8
    # A listing page (tasks/text/listing.py): at least this many entries, each opened by a line of at most this many
    # words the page repeats at every entry; this share of them with prose and a heading of their own, holding this
    # share of the page's prose, and none more than this many times the median entry (an article among teasers).
    listing_min_entries: int = 5
    listing_opener_max_words: int = 12
    listing_entry_share: float = 0.75
    listing_min_prose_share: float = 0.6
    listing_max_entry_ratio: float = 4.0
    # An article sits under its head: a dateline or byline (a line of at most this many words with a
    # date, or a credit line) at most this many lines above its first paragraph. The best run of prose
    # above the main text wins over it when it has such a head, the main text has none, and it weighs
    # at least this share of the main text's core (a sidebar blurb or a reader's post is headless).
    article_head_max_words: int = 12
    article_head_window: int = 2
    headed_article_min_share: float = 0.5
    # A run of prose above the main text is headed when its first line is the first text line below a
    # dateline or byline with at most this many short lines between (a headline, a share bar: "Tweet").
    headed_run_max_gap: int = 3
    # Above a comment section or a thread, a run of prose under its own head is the article from this
    # prose weight on (a one-paragraph story above hundreds of comments). Session 44: 2.0 (20 words) -> 1.2, a
    # sentence of 12 words: a language of long words (Basque, Estonian, Finnish) says in 12-15 words what English says
    # in 20 (a one-sentence story over its comments or its writer's bio box); 0.6 to 1.2 scored the same on the six
    # public sets and every studied set of ours, none of their pages moved (tests/data/wholepage44: 2 up).
    headed_article_min_weight: float = 1.2
    # A run of prose that ends, below a short line, in at least this many headline/lead pairs (a short
    # line, then one line of prose) ends before them: a teaser list, not the article (3 as `list_min_run`;
    # 2 cut a directory page of cleaneval-dev, 4 scored as 3 but for the two-paragraph articles of dumps_ml).
    teaser_list_min_pairs: int = 3
    # A run of at least this many lines of a script written without spaces, most pausing with a space between two
    # letters, under the post's own dateline or byline, is a post told line by line (photo captions) and weighs as
    # prose (tasks/text/clause_runs.py).
    clause_run_min_lines: int = 6
    # A line inside the main text right above a photo credit is its picture's caption up to this many words
    # (as `long_prose_words`: a longer line is a paragraph above a picture without a caption).
    caption_max_words: int = 25
    # Right under a paragraph in its block, over a photo credit, a line of more words than this is the article's last
    # paragraph over its picture's credit, not a caption glued to the text (captions there ran 5 to 9 words in the
    # studied dumps, the paragraphs 10 and more; session 24).
    caption_under_text_max_words: int = 9
    # Between a standfirst and the first paragraph, beside a byline or a dateline, a line of at most this many
    # words is the article's head row ("Lesezeit: 4 Min.", "Teilen"); a longer one may be a headline or a lead-in.
    head_row_max_words: int = 5
    # Subheadings inside the main text that a table of contents above it repeats, at least this many in its order,
    # are the article's (tasks/text/inline.py); fewer may be teasers repeated in a rail.
    contents_min_entries: int = 3
    # The author's bio closing an article (tasks/text/bio.py) is looked for among the main text's last this many
    # text lines: the bio, and a disclaimer or a pitch below it.
    bio_max_text_lines: int = 3
    # A short line in one block with a gallery's numbered slides ("Galerija (24 fotografije)" over "1/24 …", "Pogledaj
    # cijelu galeriju" under them) is the gallery's heading or button up to this many words (tasks/text/gallery.py).
    gallery_edge_max_words: int = 4
    # A repeated line inside the main text is a table cell (header, row label) up to this many words.
    cell_max_words: int = 4
    # A line repeated only inside the main text, each copy between lines of it, is the article's recurring
    # subheading or refrain up to this many words (tasks/text/inline.py); a longer repeat is a pull quote or a teaser.
    refrain_max_words: int = 7
    # Site template memory: a line seen on this many other pages of the site, making up this share
    # of them, is the site's furniture; prose-like lines need more pages, since a quote or an agency
    # paragraph can recur on a few pages of one site and still be article text.
    template_min_pages: int = 3
    template_min_share: float = 0.3
    template_prose_min_pages: int = 6
    # ...and only on a page whose own (unseen) prose is at least this share of all its prose.
    template_min_own_prose_share: float = 0.5


DEFAULT_RULES = SegmentRules()
