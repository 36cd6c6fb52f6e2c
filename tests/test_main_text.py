"""The main text's choice between runs of prose: a short article under its head beats a headless blurb."""

from __future__ import annotations

from schemas import Label
from tasks.text.segment import segment_text

MENU = ["Home", "News", "Sport", "Weather", "Contact"]
ARTICLE = [
    "The city council approved the new budget on Tuesday after a debate that lasted into the night.",
    "Officials said the plan would raise spending on schools and roads while keeping taxes where they are.",
    "The mayor is expected to sign the budget next week, and the first projects could begin in the spring.",
]
# Between them, a list of links long enough that no run of prose spans both.
LINKS = ["Most read", *(f"Story number {k} of the day" for k in range(12))]
# A headless run further down that weighs more than the short article: a sidebar's about box.
ABOUT = [
    "Thank you for visiting our website, where a small team of volunteers has written about the life of "
    "this town and its people for more than twenty years now.",
    "We publish news from the council, the schools and the clubs, and we welcome letters and photographs "
    "from our readers, who keep us going with their ideas and support.",
    "If you would like to advertise with us or to help us with a donation, please write to the editor, "
    "who answers every message within a few days of receiving it.",
]


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def _labels(text: str) -> dict[str, str]:
    return {ll.line.text.strip(): ll.verdict.label for ll in segment_text(text).lines}


def test_a_short_article_under_its_dateline_beats_a_longer_headless_run_below() -> None:
    labels = _labels(_page(*MENU, "Council approves budget", "March 3, 2024", *ARTICLE, *LINKS, *ABOUT))
    assert all(labels[p] == Label.BODY for p in ARTICLE)
    assert all(labels[p] != Label.BODY for p in ABOUT)


def test_a_byline_is_a_head_too() -> None:
    labels = _labels(_page(*MENU, "Council approves budget", "By Jane Smith", *ARTICLE, *LINKS, *ABOUT))
    assert all(labels[p] == Label.BODY for p in ARTICLE)


def test_without_a_head_the_heavier_run_wins() -> None:
    # The same page without the dateline: nothing says which run is the article, so weight decides.
    labels = _labels(_page(*MENU, "Council approves budget", *ARTICLE, *LINKS, *ABOUT))
    assert all(labels[p] == Label.BODY for p in ABOUT)
    assert all(labels[p] != Label.BODY for p in ARTICLE)


def test_a_headed_main_text_is_not_displaced() -> None:
    # Comment entries and posts carry their own dates: a main text under a head keeps its place.
    page = _page(*MENU, "Council approves budget", "March 3, 2024", *ARTICLE, *LINKS, "March 4, 2024", *ABOUT)
    labels = _labels(page)
    assert all(labels[p] == Label.BODY for p in ABOUT)


def test_a_tiny_headed_run_does_not_displace_a_much_heavier_one() -> None:
    # One short paragraph under a date weighs less than half of a long headless text: weight decides.
    short = "The council met on Tuesday and approved the new budget for the year."
    long_text = [f"{paragraph} Our office number {k} is open on weekdays." for k, paragraph in enumerate(ABOUT * 2)]
    labels = _labels(_page(*MENU, "Council approves budget", "March 3, 2024", short, *LINKS, *long_text))
    assert labels[short] != Label.BODY


def test_a_lead_shown_again_as_the_first_paragraph_is_read_once() -> None:
    # Sites print the standfirst, then the same text as the article's first paragraph: a line that long is
    # no teaser headline, so its first copy and the paragraphs after it are the article.
    lead = (
        "Жительница города нашла в старом шкафу письма, которые её дед писал с фронта, и передала их "
        "в краеведческий музей, где их изучат историки и покажут на выставке весной."
    )
    body = [
        "Как рассказали в музее, письма написаны одним человеком в течение трёх лет и почти все датированы.",
        "Сотрудники музея планируют оцифровать находку и разместить её в открытом доступе в следующем году.",
    ]
    lines = segment_text(_page("Новости", "В городе нашли письма с фронта", lead, lead, *body)).lines
    copies = [ll.verdict for ll in lines if ll.line.text.strip() == lead]
    assert [v.label for v in copies] == [Label.BODY, Label.CHROME]
    assert copies[1].reason_code == "repeated_text"
    assert all(ll.verdict.label == Label.BODY for ll in lines if ll.line.text.strip() in body)


# A short article with a table of figures, one cell per line, and its last two short paragraphs below it.
RESULTS_INTRO = [
    "The electoral commission published the final results of the local election held last week on Sunday, "
    "when turnout was higher than four years ago.",
    "The list of the mayor won the most votes but will not be able to form a majority on the council alone.",
]
RESULTS_TABLE = [
    "Results by list", "List", "Votes", "Percent", "Seats",
    "Our Town", "18.412", "38,2%", "25",
    "Civic Movement", "12.960", "26,9%", "17",
    "The Greens", "7.301", "15,1%", "10",
    "New Village", "2.980", "6,2%", "4",
]  # fmt: skip
RESULTS_OUTRO = [
    "The head of the commission said that there were no serious irregularities at any of the polling stations "
    "in the town.",
    "Talks on forming a majority should begin next week, according to people close to the parties who asked "
    "not to be named.",
]


def test_a_short_article_goes_on_below_its_table_of_figures() -> None:
    page = _page(*MENU, "Final results of the local election", *RESULTS_INTRO, *RESULTS_TABLE, *RESULTS_OUTRO, *LINKS)
    labels = _labels(page)
    assert all(labels[p] == Label.BODY for p in RESULTS_INTRO + RESULTS_OUTRO)
    assert labels["Civic Movement"] == Label.BODY


def test_after_a_gap_of_words_a_cluster_that_light_is_not_joined() -> None:
    # The same two paragraphs below a list of words (no table): too light to be grown to, as before.
    words = [line if not line[0].isdigit() else "More" for line in RESULTS_TABLE]
    labels = _labels(_page(*MENU, "Final results of the local election", *RESULTS_INTRO, *words, *RESULTS_OUTRO))
    assert all(labels[p] != Label.BODY for p in RESULTS_OUTRO)


# Below a short article: a teaser list of headline + one-sentence lead pairs under a heading that no
# vocabulary knows; together the leads outweigh the article.
TEASERS = [
    "Elsewhere in the region",
    *(
        line
        for k, place in enumerate(["Northfield", "Eastbrook", "Westlake", "Southport"])
        for line in (
            f"{place}: the bridge over the river opens later than planned",
            f"Building work on the bridge in {place} has been delayed by {k + 2} months because the steel for its "
            "frame was delivered late, the town's engineers said on Monday.",
        )
    ),
]


def test_a_short_article_is_not_run_on_into_the_teaser_list_below_it() -> None:
    labels = _labels(_page(*MENU, "Council approves budget", *ARTICLE[:2], *TEASERS, "About us", "Contact"))
    assert all(labels[p] == Label.BODY for p in ARTICLE[:2])
    assert not any(labels[line] == Label.BODY for line in TEASERS)


def test_paragraphs_under_their_subheadings_stay_the_article() -> None:
    # Subheadings with paragraphs of several lines are running text, not headline/lead pairs.
    sections = [
        line
        for k in range(3)
        for line in (
            f"Part {k + 1} of the plan",
            f"The part number {k + 1} of the plan concerns the schools, which will get new roofs and windows.",
            f"Work on the part number {k + 1} is to begin in the spring and should be over within the year.",
        )
    ]
    labels = _labels(_page(*MENU, "Council approves budget", *ARTICLE[:2], *sections, "About us", "Contact"))
    assert all(labels[line] == Label.BODY for line in sections if len(line.split()) > 8)


def test_a_short_article_under_its_dateline_and_a_share_bar_beats_a_longer_headless_run_below() -> None:
    # The headline and a share bar between the dateline and the first paragraph: still the article's head.
    bar = ["Tweet", "Email"]
    labels = _labels(_page(*MENU, "March 3, 2024", "Council approves budget", *bar, *ARTICLE, *LINKS, *ABOUT))
    assert all(labels[p] == Label.BODY for p in ARTICLE)
    assert all(labels[p] != Label.BODY for p in ABOUT)


def test_a_date_far_above_the_first_paragraph_is_no_head() -> None:
    # Six short lines between the date and the paragraphs: a date in the site's header, weight decides.
    bar = ["Tweet", "Email", "Print", "Politics", "Local news", "Council approves budget"]
    labels = _labels(_page(*MENU, "March 3, 2024", *bar, *ARTICLE, *LINKS, *ABOUT))
    assert all(labels[p] == Label.BODY for p in ABOUT)


def test_an_about_box_right_above_the_headline_is_not_the_article_s_opening() -> None:
    # One paragraph of another text, then a section label, the headline, its dateline and byline over
    # the article: the region search joins them, the head says where the article starts.
    about = ABOUT[0]
    page = _page(
        *MENU, *LINKS, about, "Local news", "Council approves budget", "March 3, 2024", "By Jane Smith", *ARTICLE
    )
    labels = _labels(page)
    assert labels[about] != Label.BODY
    assert all(labels[p] == Label.BODY for p in ARTICLE)


def test_a_standfirst_above_its_byline_stays_the_article_s_opening() -> None:
    standfirst = "The plan raises spending on schools and roads, and the mayor says taxes will not go up this year."
    page = _page(*MENU, *LINKS, "Council approves budget", standfirst, "By Jane Smith", "March 3, 2024", *ARTICLE)
    labels = _labels(page)
    assert labels[standfirst] == Label.BODY
    assert all(labels[p] == Label.BODY for p in ARTICLE)


def test_a_teaser_list_with_one_line_leads_above_the_headline_is_not_the_article_s_opening() -> None:
    # Headline and one-sentence lead pairs above the article's section label, headline and dateline: the
    # region search joins them to the article, the head says where it starts.
    teasers = [
        line
        for place in ["Northfield", "Eastbrook", "Westlake"]
        for line in (f"{place} opens its new bridge", f"The new bridge in {place} opens to traffic on Monday morning.")
    ]
    page = _page(*MENU, *teasers, "Local news", "Council approves budget", "Wednesday, 02/12/2026, 08:30", *ARTICLE)
    labels = _labels(page)
    assert not any(labels[line] == Label.BODY for line in teasers)
    assert all(labels[p] == Label.BODY for p in ARTICLE)
