"""Realistic article paragraphs shared by tests that need a page of prose (written for the tests)."""

from __future__ import annotations

from tasks.text.segment import segment_text

RU_PARAGRAPHS = [
    "Правительство России утвердило новую программу поддержки малого и среднего бизнеса на ближайшие три "
    "года, сообщает ТАСС.",
    "По словам министра экономического развития, в рамках программы предприниматели смогут получить "
    "льготные кредиты и налоговые каникулы сроком на два года.",
    "Эксперты считают, что эти меры помогут сохранить рабочие места в регионах, однако предупреждают "
    "о возможном росте нагрузки на федеральный бюджет страны.",
    "Первые заявки на участие в программе начнут принимать уже в следующем месяце во всех регионах, "
    "а итоги конкурса подведут до конца года.",
]

# A Russian news article with the letters whose UTF-8 bytes cp1251 or cp1252 cannot decode
# ("И" is D0 98: 0x98 is cp1251's one undefined byte; "с", "э", "я" end in bytes cp1252 lacks).
RU_ARTICLE = [
    "Инфляция в России замедлилась до минимума за два года",
    "Годовая инфляция в России в октябре замедлилась до 4,1 процента, сообщила Федеральная служба "
    "государственной статистики. Эксперты связывают это с высоким урожаем и укреплением рубля.",
    "Изменения цен на продовольствие оказались заметно меньше, чем ожидали аналитики: овощи и фрукты "
    "подешевели, а стоимость молочной продукции почти не изменилась за месяц.",
    "Центральный банк, по словам источников, может снизить ключевую ставку уже на ближайшем заседании. "
    "Её решение ждут банки и застройщики, которые надеются на рост спроса на ипотеку.",
    "Источник: ИТАР-ТАСС",
]
BG_ARTICLE = [
    "Министерският съвет одобри бюджета за следващата година",
    "Правителството одобри днес проекта на държавния бюджет, съобщиха от пресцентъра на Министерския "
    "съвет. Според финансовия министър разходите за образование ще бъдат увеличени с десет процента.",
    "Опозицията разкритикува решението и поиска обществено обсъждане на всички предложени мерки, "
    "като предупреди, че дефицитът може да надхвърли допустимите граници още през пролетта.",
    "Окончателното гласуване в Народното събрание се очаква в края на месеца, след второ четене.",
]
DE_ARTICLE = [
    "Bundesregierung beschließt Förderprogramm für Wärmepumpen",
    "Die Bundesregierung hat am Mittwoch ein Förderprogramm für Wärmepumpen beschlossen. Nach Angaben des "
    "Ministeriums sollen Haushalte künftig bis zu 70 Prozent der Kosten erstattet bekommen.",
    "Die Opposition kritisierte, dass die Maßnahmen für Mieter zu spät kämen und die Verfahren zu "
    "kompliziert seien. Verbraucherschützer begrüßten dagegen die höheren Zuschüsse.",
    "Über die Einzelheiten soll der Bundestag noch vor der Sommerpause abstimmen, hieß es aus Regierungskreisen.",
]

# An English council story of eight paragraphs (the text dumps' round tests build their pages around it).
EN_PARAGRAPHS = (
    "The regional council approved the new budget on Tuesday after a debate that lasted well into the evening hours.",
    "Opposition members criticised the plan for cutting funds to rural bus lines, which many villages depend on daily.",
    "The mayor said the savings were needed to keep the hospital open and promised a review of the bus lines soon.",
    "Local businesses welcomed the decision, saying the lower tax on small shops would help them through the winter.",
    "The budget will now go to the regional assembly, which is expected to vote on it before the end of the month.",
    "Residents can read the full text of the budget on the council's website and send comments until next Friday.",
    "A group of parents said they would ask the assembly to restore the school bus that stopped running in spring.",
    "The council's treasurer expects the first savings to show in the accounts of the second quarter of next year.",
)

# A site's navigation bar, for HTML pages built in the tests of the blind HTML rounds.
SITE_NAV = (
    "<header><nav><ul>"
    + "".join(f'<li><a href="/{s}">{s}</a></li>' for s in ("news", "sport", "economy"))
    + "</ul></nav></header>"
)
# A short English story of three paragraphs (the HTML rounds' pages).
HARBOUR_STORY = (
    "The council approved a new cycle lane along the harbour road on Tuesday, after two years of consultation.",
    "Work will start in March and close one lane of traffic at a time, the transport department said in a statement.",
    "Residents of the harbour flats welcomed the plan but asked for more crossings near the primary school.",
)

# A site's menu and a "Most read" box: furniture around an article in the dump round tests.
MENU = "\n".join(["Home", "News", "Sport", "Culture", "Contact"])
MOST_READ = "\n".join(["Most read", "Bus fares rise again", "New bridge opens", "About us"])


def labels_by_text(text: str) -> dict[str, str]:
    """Each line's label by its text, for a page given as one string."""
    return {ll.line.text.strip(): str(ll.verdict.label) for ll in segment_text(text).lines}
