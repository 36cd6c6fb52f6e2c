"""Multilingual vocabularies the rules use, kept as data in one place.

Cue words only confirm what structure already suggests: each list covers many
languages, and no rule depends on one language's words alone.
"""

from __future__ import annotations

# Headings that introduce lists of links to other pages ("Related articles", "Читайте также").
RELATED_HEADINGS: frozenset[str] = frozenset(
    {
        # English
        "related", "related articles", "related stories", "related news", "related content",
        "read also", "read more", "see also", "more stories", "more news", "more from",
        "popular", "most popular", "most read", "most viewed", "trending", "top stories",
        "editor's choice", "editors' choice", "editors choice", "recommended", "news",
        "latest news", "latest", "you may also like", "you might also like", "also read",
        "more on this story", "further reading", "related links", "archive", "all", "tags", "share",
        "advertisement", "follow us", "subscribe", "newsletter",
        # WordPress and Blogger widget titles (core defaults) and common recommendation boxes
        "related posts", "recent posts", "popular posts", "recent comments", "categories", "archives",
        "blog archive", "blogroll", "similar posts", "around the web", "from the web", "also on",
        "elsewhere on the web", "trending now", "recommended for you",
        # Russian / Ukrainian / Belarusian
        "читайте также", "читайте еще", "смотрите также", "см. также", "популярное",
        "популярные новости", "самое читаемое", "самое популярное", "по теме", "похожие новости",
        "похожие материалы", "другие новости", "последние новости", "новости", "лента новостей",
        "ссылки по теме", "посилання за темою", "выбор редакции", "архив", "все", "все новости", "теги",
        "поделиться", "реклама", "читайте також", "популярне", "новини", "схожі новини", "усі новини",
        "останні новини", "архів", "читайце таксама",
        # Bulgarian / Macedonian / Serbian
        "прочетете още", "още по темата", "най-четени", "свързани новини", "последни новини",
        "виж още", "популярни", "още от", "прочитајте још", "повезане вести",
        "најчитаније", "najčitanije", "povezane vesti", "pročitajte još",
        # German / Dutch
        "mehr zum thema", "meistgelesen", "ähnliche artikel", "weitere artikel", "lesen sie auch",
        "auch interessant", "das könnte sie auch interessieren", "lees ook", "meest gelezen",
        "gerelateerde artikelen", "weiterführende links",
        # French / Spanish / Portuguese / Italian / Romanian
        "à lire aussi", "lire aussi", "articles similaires", "les plus lus", "sur le même sujet",
        "voir aussi", "noticias relacionadas", "lo más leído", "te puede interesar",
        "lee también", "más noticias", "artículos relacionados", "leia também", "mais lidas",
        "notícias relacionadas", "veja também", "leggi anche", "articoli correlati", "più letti",
        "citește și", "cele mai citite", "liens connexes", "enlaces relacionados", "links relacionados",
        "link correlati",
        # Polish / Czech / Slovak / Turkish / Azerbaijani / Kazakh
        "czytaj także", "czytaj też", "najpopularniejsze", "zobacz także", "powiązane artykuły",
        "čtěte také", "nejčtenější", "související články", "čítajte aj", "ilgili haberler",
        "en çok okunanlar", "oxşar xəbərlər", "digər xəbərlər", "тағы оқыңыз", "танымал",
        # Arabic / Persian / Hebrew / Chinese / Japanese / Korean
        "اقرأ أيضا", "الأكثر قراءة", "أخبار ذات صلة", "بیشتر بخوانید", "כתבות נוספות",
        "相关新闻", "相关文章", "热门", "推荐阅读", "関連記事", "관련기사",
    }
)  # fmt: skip

# Words that, right before a name, mark the name as a cited source ("сообщает ТАСС").
REPORTING_CUES: tuple[str, ...] = (
    "сообщает", "сообщил", "сообщила", "сообщили", "передает", "передаёт", "пишет",
    "цитирует", "информирует", "со ссылкой на", "по сообщению", "по данным", "агентство",
    "цитирани от", "съобщи", "съобщава", "според", "повідомляє", "пише", "з посиланням на",
    "reports", "reported", "according to", "told", "said", "citing", "quoted by", "via",
    "berichtet", "meldet", "laut", "selon", "rapporte", "según", "informa", "segundo",
    "secondo", "według", "podle", "habere göre", "göre", "xəbər verir",
)  # fmt: skip

# Sentence-ending punctuation across scripts.
SENTENCE_END = ".!?…。！？؟।"
# Closing quotes and brackets that may follow the sentence end.
CLOSERS = "\"'»”’)]›»」』"
