"""Syndicated copies: constructed pairs on both sides of the threshold, clusters across runs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from schemas import Article
from tasks.store.syndication import (
    INDEX_FILE,
    SIMILARITY_THRESHOLD,
    STATE_DIR,
    assign_clusters,
    load_index,
    save_index,
    shingles,
    similarity,
)

EN_STORY = [
    "The central bank raised its key interest rate by half a percentage point on Thursday, the third increase "
    "this year, as inflation remained well above its target.",
    "Governor Maria Lopez told reporters that price growth in services had proved more persistent than expected "
    "and that further tightening could not be ruled out.",
    "The decision was backed by seven of the nine members of the monetary policy committee, while two voted to "
    "keep rates unchanged at the current level.",
    "Analysts had widely expected the move after data last week showed consumer prices rising at an annual pace "
    "of six percent in the previous month.",
]
EN_NEW_LEAD = (
    "In a widely anticipated move, policymakers on Thursday lifted borrowing costs for the third time in 2024, "
    "pushing the benchmark rate to its highest level in a decade."
)
EN_SAME_EVENT = [
    "Shoppers in the capital said on Thursday they were already feeling the pinch of higher prices, hours before "
    "the central bank announced its latest rate decision.",
    "Small business owners warned that more expensive loans would force them to delay hiring, and several said "
    "they had postponed plans to open new shops.",
    "Governor Maria Lopez has defended the policy committee's course, saying inflation must be brought back to "
    "target even at the cost of slower growth.",
    "Economists at local universities said the central bank faced a difficult trade-off between taming prices and "
    "supporting a fragile recovery.",
]
RU_STORY = [
    "Министры иностранных дел Армении и Азербайджана встретятся в Москве на следующей неделе, чтобы обсудить "
    "подготовку мирного договора и открытие транспортных коммуникаций в регионе.",
    "Ожидается, что переговоры пройдут при посредничестве российской стороны, а по их итогам может быть принято "
    "совместное заявление о дальнейших шагах по делимитации границы.",
    "Ранее стороны уже обменялись предложениями по тексту документа, однако ряд ключевых вопросов пока остается "
    "нерешенным, отметили источники в дипломатических кругах.",
]
RU_NEW_LEAD = "Главы МИД Армении и Азербайджана проведут переговоры в Москве, сообщили в понедельник дипломаты."
RU_SAME_EVENT = [
    "В Ереване оппозиция провела митинг против возможных уступок на переговорах, которые министры иностранных дел "
    "Армении и Азербайджана проведут в Москве.",
    "Участники акции потребовали от правительства опубликовать проект мирного договора до его подписания и "
    "провести по нему общественные слушания.",
    "Полиция сообщила, что акция прошла без задержаний, а ее организаторы пообещали продолжить протесты в "
    "следующие выходные.",
]
NOW = datetime(2024, 3, 15, tzinfo=UTC)


def _article(doc_id: str, paragraphs: list[str], site: str, run_id: str = "run-1") -> Article:
    return Article(
        doc_id=doc_id.ljust(32, "0"), source_path=f"{site}/{doc_id}.txt", language=None, language_score=None,
        encoding="utf-8", title=paragraphs[0][:40], body="\n\n".join(paragraphs), paragraphs=paragraphs,
        site=site, n_lines=len(paragraphs), n_title=0, n_body=len(paragraphs), n_attribution=0, n_chrome=0,
        run_id=run_id, processed_at=NOW,
    )  # fmt: skip


@pytest.mark.parametrize(("story", "new_lead"), [(EN_STORY, EN_NEW_LEAD), (RU_STORY, RU_NEW_LEAD)], ids=["en", "ru"])
def test_same_story_with_a_different_lead_is_above_the_threshold(story: list[str], new_lead: str) -> None:
    assert similarity("\n\n".join(story), "\n\n".join([new_lead, *story[1:]])) >= SIMILARITY_THRESHOLD + 0.1


@pytest.mark.parametrize(("story", "other"), [(EN_STORY, EN_SAME_EVENT), (RU_STORY, RU_SAME_EVENT)], ids=["en", "ru"])
def test_different_stories_about_the_same_event_are_far_below_it(story: list[str], other: list[str]) -> None:
    assert similarity("\n\n".join(story), "\n\n".join(other)) <= SIMILARITY_THRESHOLD - 0.2


def test_shingles_are_case_folded_word_runs_and_chinese_characters_count_as_words() -> None:
    assert shingles("One two THREE four five six") == {b"one two three four five", b"two three four five six"}
    assert shingles("Short text") == {b"short text"}
    assert len(shingles("中央银行周四宣布加息")) == 10 - 5 + 1
    assert shingles("…") == set()


def test_copies_share_the_first_copy_cluster_and_other_stories_do_not(tmp_path: Path) -> None:
    index = load_index(tmp_path)
    original = _article("a1", EN_STORY, "wire.example")
    copy = _article("b2", [EN_NEW_LEAD, *EN_STORY[1:]], "paper.example")
    other = _article("c3", EN_SAME_EVENT, "paper.example")
    ru = _article("d4", RU_STORY, "ru.example")
    out, index = assign_clusters([original, copy, other, ru], index)
    assert [a.cluster_id for a in out] == [original.doc_id, original.doc_id, other.doc_id, ru.doc_id]
    assert [a.is_first_seen for a in out] == [True, False, True, True]
    assert out[1].model_dump(exclude={"cluster_id", "is_first_seen"}) == copy.model_dump(
        exclude={"cluster_id", "is_first_seen"}
    )


def test_clusters_persist_across_runs_and_reruns_keep_their_cluster(tmp_path: Path) -> None:
    original = _article("a1", RU_STORY, "site-a.example")
    _, index = assign_clusters([original], load_index(tmp_path))
    assert save_index(tmp_path, index) == 1
    assert (tmp_path / STATE_DIR / INDEX_FILE).exists()
    assert not list((tmp_path / STATE_DIR).glob("*.tmp"))
    assert pq.read_table(tmp_path / STATE_DIR / INDEX_FILE).num_rows == 1

    tomorrow = load_index(tmp_path)
    copy = _article("b2", [RU_NEW_LEAD, *RU_STORY[1:]], "site-b.example", run_id="run-2")
    (clustered,), tomorrow = assign_clusters([copy], tomorrow)
    assert (clustered.cluster_id, clustered.is_first_seen) == (original.doc_id, False)
    (again,), tomorrow = assign_clusters([original], tomorrow)  # a --force rerun of the first copy
    assert (again.cluster_id, again.is_first_seen) == (original.doc_id, True)
    assert save_index(tmp_path, tomorrow) == 2
    assert set(load_index(tmp_path).entries) == {original.doc_id, copy.doc_id}


def test_a_body_without_words_is_its_own_cluster(tmp_path: Path) -> None:
    index = load_index(tmp_path)
    (a, b), _ = assign_clusters([_article("e5", ["…"], "x.example"), _article("f6", ["…"], "y.example")], index)
    assert (a.cluster_id, b.cluster_id) == (a.doc_id, b.doc_id)
