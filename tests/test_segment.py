"""Segmentation: single-line rules, the main-text region, and properties on arbitrary text."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import ChromeKind, Label
from tasks.text.features import LineFeatures, ends_sentence
from tasks.text.lines import Line, split_lines
from tasks.text.region import best_region
from tasks.text.rules import LineContext
from tasks.text.segment import segment_text
from tasks.text.thresholds import DEFAULT_RULES

PARAGRAPHS_EN = [
    "The city council approved the new budget on Tuesday after a long debate that lasted well into the night.",
    "Officials said the plan would increase spending on schools and roads while keeping taxes at their level.",
    "Critics argued that the council had not explained where the money for the new projects would come from.",
    "The mayor is expected to sign the budget next week, and the first projects could begin in the spring.",
]


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def _labels(text: str) -> dict[str, tuple[str, str, str]]:
    seg = segment_text(text)
    return {ll.line.text.strip(): (ll.verdict.label, ll.verdict.kind, ll.verdict.reason_code) for ll in seg.lines}


def test_article_with_title_body_and_teaser_list() -> None:
    menu = "\n".join(["Home", "World", "Business", "Sport"])
    teasers = "\n".join(["Storm closes schools", "Local team wins cup", "New bridge opens", "Prices rise again"])
    text = _page(menu, "Council approves budget after long debate", *PARAGRAPHS_EN, "Most read", teasers)
    labels = _labels(text)
    assert labels["Council approves budget after long debate"][0] == Label.TITLE
    for paragraph in PARAGRAPHS_EN:
        assert labels[paragraph][0] == Label.BODY
    assert labels["Most read"][:2] == (Label.CHROME, ChromeKind.RELATED_HEADING)
    assert labels["Storm closes schools"][:2] == (Label.CHROME, ChromeKind.HEADLINE_LIST)
    assert labels["Home"][0] == Label.CHROME


def test_template_placeholders_and_counters_are_chrome() -> None:
    text = _page("Budget approved", "1084", *PARAGRAPHS_EN, "  • [[month.label]]", "{{ page.views }}")
    labels = _labels(text)
    assert labels["1084"][:2] == (Label.CHROME, ChromeKind.COUNTER)
    assert labels["• [[month.label]]"][:2] == (Label.CHROME, ChromeKind.TEMPLATE_LEFTOVER)
    assert labels["{{ page.views }}"][:2] == (Label.CHROME, ChromeKind.TEMPLATE_LEFTOVER)


def test_inline_teaser_inside_the_article_is_cut() -> None:
    teaser = "Mayor promises new parks for every district"
    lead = "The plan foresees twelve parks within five years."
    text = _page(PARAGRAPHS_EN[0], PARAGRAPHS_EN[1], teaser, teaser, lead, PARAGRAPHS_EN[2], PARAGRAPHS_EN[3])
    labels = _labels(text)
    assert labels[teaser][:3] == (Label.CHROME, ChromeKind.TEASER, "repeated_line")
    assert labels[lead][:3] == (Label.CHROME, ChromeKind.TEASER, "teaser_lead")
    assert labels[PARAGRAPHS_EN[3]][0] == Label.BODY


def test_text_in_another_script_is_not_the_article() -> None:
    russian = [
        "Городской совет во вторник утвердил новый бюджет после долгих споров, которые продолжались до ночи.",
        "Чиновники заявили, что план увеличит расходы на школы и дороги, а налоги останутся прежними.",
        "Критики считают, что совет не объяснил, откуда возьмутся деньги на новые проекты в этом году.",
    ]
    foreign = "The council approved the budget after a long debate, officials said on Tuesday evening."
    labels = _labels(_page("Совет утвердил бюджет", *russian, foreign))
    assert all(labels[p][0] == Label.BODY for p in russian)
    assert labels[foreign][0] == Label.CHROME


def test_every_label_has_a_reason_and_a_score() -> None:
    seg = segment_text(_page("Menu", "Budget approved", *PARAGRAPHS_EN, "Related articles", "Other story"))
    for ll in seg.lines:
        assert ll.verdict.reason and ll.verdict.reason_code
        assert 0.0 <= ll.verdict.score <= 1.0


def test_best_region_is_the_maximum_sum_run() -> None:
    assert best_region([-1, 2, 3, -10, 4]) == (1, 2)
    assert best_region([-1, -2]) is None
    assert best_region([1, -0.5, 2]) == (0, 2)


def test_a_page_without_prose_has_no_body() -> None:
    seg = segment_text(_page("Home", "News\nSport\nWeather", "Contact"))
    assert seg.main_region is None
    assert {ll.verdict.label for ll in seg.lines} == {Label.CHROME}


_line = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=80)


@settings(max_examples=150, deadline=None)
@given(st.lists(_line, max_size=30))
def test_segmentation_is_a_partition_of_the_non_blank_lines(raw_lines: list[str]) -> None:
    text = "\n".join(raw_lines)
    seg = segment_text(text)
    expected = [(n, t) for n, t in enumerate(text.split("\n"), start=1) if t.strip()]
    assert [(ll.line.number, ll.line.text) for ll in seg.lines] == expected
    assert all(ll.verdict.label in set(Label) for ll in seg.lines)


@settings(max_examples=100, deadline=None)
@given(st.lists(_line, max_size=30))
def test_blocks_are_runs_of_non_blank_lines(raw_lines: list[str]) -> None:
    lines = split_lines("\n".join(raw_lines))
    for previous, current in itertools.pairwise(lines):
        same_block = current.number == previous.number + 1
        assert (current.block_index == previous.block_index) == same_block
        assert current.index_in_block == (previous.index_in_block + 1 if same_block else 0)


def test_text_in_another_language_of_the_same_script_is_not_the_article() -> None:
    french = [
        "Le conseil municipal a adopté mardi le nouveau budget après un long débat qui a duré toute la soirée.",
        "Les élus ont déclaré que le plan augmenterait les dépenses pour les écoles et les routes de la ville.",
        "Les critiques estiment que le conseil n'a pas expliqué d'où viendrait l'argent pour les nouveaux projets.",
        "Le maire doit signer le budget la semaine prochaine, et les travaux pourraient commencer au printemps.",
    ]
    english = "The council approved the budget after a long debate, officials said on Tuesday evening."
    seg = segment_text(_page("Le conseil adopte le budget", *french[:2], english, *french[2:]))
    assert seg.language == "fr"
    verdicts = {ll.line.text.strip(): ll.verdict for ll in seg.lines}
    assert all(verdicts[p].label == Label.BODY for p in french)
    found = verdicts[english]
    assert (found.label, found.kind, found.reason_code) == (Label.CHROME, ChromeKind.TEASER, "language_mismatch")
    assert found.reason == "written in English while the article is in French"


def test_a_dateline_under_the_headline_is_not_the_title() -> None:
    russian = [
        "Правительство России утвердило новую программу поддержки малого и среднего бизнеса на три года.",
        "По словам министра экономического развития, предприниматели смогут получить льготные кредиты.",
        "Эксперты считают, что эти меры помогут сохранить рабочие места в регионах страны.",
    ]
    german = [
        "Der Minister sagte am Dienstag, dass der neue Haushalt bis Ende des nächsten Jahres ausgeglichen sei.",
        "Die Opposition nannte den Plan unrealistisch und verlangte eine Debatte im Parlament vor der Abstimmung.",
        "Ökonomen sagten, die Prognose beruhe auf optimistischen Annahmen über Energiepreise und Exporte.",
    ]
    for headline, dateline, body in [
        ("Правительство утвердило программу поддержки бизнеса", "23 июня 2022, 21:13", russian),
        ("Minister verspricht einen ausgeglichenen Haushalt", "vor 2 Stunden", german),
    ]:
        labels = _labels(_page("Home\nNews", headline, dateline, *body))
        assert labels[headline][0] == Label.TITLE
        assert labels[dateline][0] == Label.CHROME


@pytest.mark.parametrize("counter", ["Просмотров: 1 203", "Views: 1,203", "Aufrufe: 4 512 mal", "1.2 ألف مشاهدة"])
def test_a_view_counter_under_the_headline_is_not_the_title(counter: str) -> None:
    body = [
        "Правительство России утвердило новую программу поддержки малого и среднего бизнеса на три года.",
        "По словам министра экономического развития, предприниматели смогут получить льготные кредиты.",
        "Эксперты считают, что эти меры помогут сохранить рабочие места в регионах страны.",
    ]
    headline = "Правительство утвердило программу поддержки бизнеса"
    labels = _labels(_page("Home\nNews", headline, "23 июня 2022, 21:13", counter, *body))
    assert labels[headline][0] == Label.TITLE
    assert labels[counter][0] != Label.TITLE


def test_an_arabic_editor_byline_is_a_credit_not_the_title() -> None:
    body = [
        "افتتحت المحافظة مساء الثلاثاء المكتبة العامة بعد ترميم استمر عامين وشارك في الافتتاح عدد من المسؤولين.",
        "وتضم المكتبة أكثر من مئة ألف كتاب باللغتين العربية والإنجليزية وقاعات للأطفال والباحثين.",
    ]
    headline, byline = "افتتاح مكتبة جديدة في المدينة", "المحرر: سارة عبد الحميد"
    labels = _labels(_page("أخبار", headline, byline, *body, "اختيارات المحرر"))
    assert labels[headline][0] == Label.TITLE
    assert labels[byline][0] == Label.ATTRIBUTION
    assert labels["اختيارات المحرر"][0] == Label.CHROME  # "editor's picks": a link-list heading, no credit


def test_a_footer_link_repeated_from_the_menu_is_not_the_title() -> None:
    menu = "\n".join(["Contacts", "Advertising", "Terms of use"])
    headline = "Council approves budget after long debate"
    byline = "Posted: 18 Nov 2019 8:11 pm"
    text = _page(menu, headline, byline, *PARAGRAPHS_EN, "Related articles", menu)
    labels = _labels(text)
    assert labels[headline][0] == Label.TITLE
    assert labels["Terms of use"][0] == Label.CHROME
    assert labels[byline][0] == Label.CHROME


def test_an_article_shown_twice_keeps_its_first_copy() -> None:
    # A print view under the screen view: the same paragraphs twice, in the same order.
    labels = segment_text(_page("Council approves budget", *PARAGRAPHS_EN, "Print this article", *PARAGRAPHS_EN))
    verdicts = [(ll.line.text.strip(), ll.verdict) for ll in labels.lines]
    copies = [v for text, v in verdicts if text in PARAGRAPHS_EN]
    assert [v.label for v in copies[:4]] == [Label.BODY] * 4
    assert [v.reason_code for v in copies[4:]] == ["repeated_text"] * 4


def test_a_repeated_teaser_lead_under_its_headline_stays_a_repeat() -> None:
    # A teaser shown in two lists: its lead repeats, but next to a short headline, not to other sentences.
    lead = "Storms closed schools across the region on Monday, and officials said they would reopen on Friday."
    teaser = "\n".join(["Top stories", "Storm closes schools", lead])
    text = _page(teaser, "Council approves budget", *PARAGRAPHS_EN, "Most read", "Storm closes schools", lead)
    reasons = [ll.verdict.reason_code for ll in segment_text(text).lines if ll.line.text.strip() == lead]
    assert reasons == ["repeated_line", "repeated_line"]


@pytest.mark.parametrize("heading", ["Related Posts", "Recent Posts", "Popular Posts", "Also on HuffPost:"])
def test_blog_widget_titles_head_link_lists(heading: str) -> None:
    # WordPress' and Blogger's default widget titles; "Also on <site>" opens a recommendation box.
    teasers = "\n".join(["Storm closes schools", "Local team wins cup", "New bridge opens", "Prices rise again"])
    labels = _labels(_page("Council approves budget after long debate", *PARAGRAPHS_EN, heading, teasers))
    assert labels[heading][:2] == (Label.CHROME, ChromeKind.RELATED_HEADING)


def test_the_local_verdicts_found_before_the_script_stand_once_it_is_known() -> None:
    # The second pass asks only the lines no rule took (tasks.text.rules.with_script); that is exact only
    # while foreign_script, the one rule that reads the script, is the last rule and silent without one.
    from functools import partial
    from pathlib import Path

    from tasks.text.features import line_features
    from tasks.text.rules import LOCAL_RULES, foreign_script, local_verdict, with_script

    assert LOCAL_RULES[-1] is foreign_script
    mixed = "Правительство утвердило новый бюджет на следующий год после долгих обсуждений."
    seeds = sorted((Path(__file__).parents[2] / "shared" / "seeds").glob("*.txt"))
    fired = 0
    for text in [*(p.read_text(encoding="utf-8") for p in seeds), _page(*PARAGRAPHS_EN, mixed)]:
        lines = split_lines(text)
        features = line_features(lines)
        for script in (None, "LATIN", "CYRILLIC"):
            ctx = partial(_context, lines, features, script)
            before = [local_verdict(_context(lines, features, None, i)) for i in range(len(lines))]
            after = [local_verdict(ctx(i)) for i in range(len(lines))]
            assert with_script(before, ctx) == after
            fired += sum(v is not None and v.reason_code == "script_mismatch" for v in after)
    assert fired  # the rule that reads the script did fire somewhere


def _context(lines: list[Line], features: list[LineFeatures], script: str | None, i: int) -> LineContext:
    return LineContext(i, lines, features, script, DEFAULT_RULES, None)


# Headlines of other stories cut off at a length limit: each reads like a sentence ending in "…".
TRUNCATED = [
    "Storm closes every school in the county as the river keeps …",
    "Local team wins the cup after a late goal in the final minutes of …",
    "New bridge over the harbour opens to traffic two years after the …",
    "Prices of bread and milk rise again as farmers warn that the …",
    "Council leader says the budget vote was the hardest of his long …",
]


def test_a_run_of_headlines_cut_off_with_an_ellipsis_is_a_teaser_list() -> None:
    labels = _labels(_page("Council approves budget", *PARAGRAPHS_EN, "Today's news", *TRUNCATED))
    for teaser in TRUNCATED:
        assert labels[teaser][:3] == (Label.CHROME, ChromeKind.HEADLINE_LIST, "truncated_teaser")
    for paragraph in PARAGRAPHS_EN:
        assert labels[paragraph][0] == Label.BODY


def test_a_remark_trailing_off_inside_the_article_stays_body() -> None:
    trailing = ["The mayor only said that the vote had been close, and then...", "Nobody knew what came next..."]
    article = [*PARAGRAPHS_EN[:2], *trailing, *PARAGRAPHS_EN[2:]]
    labels = _labels(_page("Council approves budget", *article))
    assert labels[trailing[0]][0] == Label.BODY


# Thai writes no commas or full stops: spaces end its clauses and sentences (invented text, a travel blog's).
PARAGRAPHS_TH = [
    "ทริปนี้เราออกเดินทางจากกรุงเทพตั้งแต่เช้ามืด ใช้เวลาขับรถประมาณแปดชั่วโมงก็ถึงตัวเมือง อากาศเย็นสบายกว่าที่คิดไว้มาก "
    "ระหว่างทางแวะกินข้าวที่ร้านริมทางซึ่งคนในพื้นที่แนะนำ",
    "วันแรกเราไปเดินชมวัดเก่าในเมือง ภาพจิตรกรรมฝาผนังสวยงามมาก ควรไปแต่เช้าเพราะคนยังไม่เยอะ "
    "หลังจากนั้นไปเดินตลาดเย็นและชิมอาหารพื้นเมืองหลายอย่าง",
    "วันที่สองเราเช่ารถสองแถวขึ้นดอยเพื่อดูทะเลหมอก ต้องออกจากที่พักตั้งแต่ตีห้า คนขับรถใจดีมากและเล่าเรื่องหมู่บ้านให้ฟังตลอดทาง "
    "ค่าใช้จ่ายไม่แพงอย่างที่คิด",
]


def test_thai_paragraphs_without_punctuation_are_prose() -> None:
    menu = "\n".join(["หน้าแรก", "ท่องเที่ยว", "อาหาร", "ติดต่อเรา"])
    labels = _labels(_page(menu, "เที่ยวน่านสามวันสองคืน", *PARAGRAPHS_TH, "บทความล่าสุด", "เที่ยวเชียงรายหน้าฝน"))
    assert all(labels[p][0] == Label.BODY for p in PARAGRAPHS_TH)
    assert labels["หน้าแรก"][0] == Label.CHROME


@pytest.mark.parametrize("mark", ["։", "።", "။", "។"])
def test_the_full_stops_of_armenian_ethiopic_myanmar_and_khmer_end_sentences(mark: str) -> None:
    assert ends_sentence("word " * 5 + mark)
