"""Session 36's segmenter fixes after the first score of dumps_ml59 (body F1 0.948, P 0.906, R 0.994): each names a
general shape of news pages, with a negative where the shape could overreach. The "read also" line between paragraphs
in Galician, Sindhi, isiXhosa, the Arabic "also" written with its tanwin and the Amharic word space "፡" written for
its colon; the quote a Sindhi or Urdu page types right to left (”…“) ends a sentence; the paywall's note where the
visible paragraphs stop (English "subscriber-only content", the German metered counter in the dative, the Catalan
prompt and log-in); the Hebrew opinion column's disclaimer and its bio opened by "the writer is"; a live blog's entry
tag in capitals under its clock stamp ("GOAL").
Examples are invented, not the set's lines."""

from __future__ import annotations

from schemas import Label
from tasks.lexicon.boilerplate import is_boilerplate
from tasks.text.features import ends_sentence, normalize_for_match
from tasks.text.related_lines import is_related_link
from tests.page_fixtures import labels_by_text


def _page(*lines: str) -> str:
    """Every line in a block of its own, as the set's dumps set them."""
    return "\n\n".join(lines)


def test_read_also_lines_in_more_languages_open_a_link() -> None:
    for text in (
        "Le tamén: A Deputación licita a nova ponte sobre o Deza",
        "اهو به پڙهو: سکر ۾ نئين لائبريري جو بنياد رکيو ويو",
        "Funda kwakho: Abalimi baseNgcobo bafumana imbewu entsha",
        "اقرأ أيضًا: افتتاح سوق جديد للأسماك في بورسعيد",
        "ተጨማሪ ያንብቡ፡ በአዲስ አበባ አዲስ የአውቶቡስ መስመር ተከፈተ",
    ):
        assert is_related_link(normalize_for_match(text)), text
    assert not is_related_link(normalize_for_match("Le tamén"))  # no headline after it
    # the word space alone between words of a sentence parts no heading from a headline
    assert not is_related_link(normalize_for_match("ዛሬ፡ በከተማዋ ዝናብ ይጠበቃል"))


def test_a_quote_typed_right_to_left_with_its_marks_mirrored_ends_a_sentence() -> None:
    assert ends_sentence("هن چيو ته ”ميلو هر سال ٿيندو.“")
    assert ends_sentence("انہوں نے کہا کہ ”کام اگلے ماہ شروع ہوگا۔“")
    assert not ends_sentence("هن چيو ته ”ميلو هر سال ٿيندو“")  # no sentence's end inside the quote either


_SD_TEXT = (
    "حيدرآباد ۾ ٽن ڏينهن وارو ڪتاب ميلو شروع ٿي ويو آهي، جنهن ۾ هزارين ماڻهن شرڪت ڪئي ۽ ڪتاب خريد ڪيا.",
    "منتظمن چيو ته هن سال ٻارن لاءِ الڳ ڪنڊ ٺاهي وئي آهي، جتي روز ڪهاڻيون پڙهيون وينديون.",
)
_SD_AFTER = (
    "هڪ شاگرد چيو ته ”هتي ڪتاب بازار کان سستا آهن، مون ٽي ڪتاب ورتا آهن.“",
    "ميلو آچر تائين جاري رهندو ۽ شام جو مشاعرو به ٿيندو.",
)


def test_the_paragraphs_under_a_sindhi_read_also_link_stay_the_articles() -> None:
    link = "اهو به پڙهو: سنڌي ٻولي جي ڏينهن تي تقريبون"
    page = _page("سنڌ خبرون", "مکيه صفحو", "خبرون", "ڪتاب ميلو شروع", "رپورٽ: نسيم سومرو", "جمعو، 21 فيبروري 2025",
                 *_SD_TEXT, link, *_SD_AFTER, "حصيداري ڪريو", "فيس بڪ", "لاڳاپيل خبرون", "سکر ۾ نئين لائبريري",
                 "ٺٽي ۾ مڇيرن جو احتجاج")  # fmt: skip
    labels = labels_by_text(page)
    assert all(labels[p] == Label.BODY for p in (*_SD_TEXT, *_SD_AFTER))
    assert labels[link] != Label.BODY


def test_paywall_notes_in_more_wordings_are_furniture() -> None:
    for text in (
        "This is subscriber-only content.",
        "Subscribe to keep reading and get unlimited access to the Coastal Star.",
        "Sie haben 1 von 5 kostenlosen Artikeln in diesem Monat gelesen.",
        "Aquest reportatge és per a subscriptors. Si vols llegir-lo sencer, subscriu-t'hi.",
        "Ja sóc subscriptor",
    ):
        assert is_boilerplate(normalize_for_match(text)), text
    assert not is_boilerplate(normalize_for_match("The council voted to keep reading rooms open on Sundays."))


_EN_TEXT = (
    "Residents of the northern beaches say the new ferry timetable leaves them waiting up to an hour at peak times.",
    "The operator said the changes were needed to cover a shortage of qualified crew over the summer months.",
    "Local member Tanya Reid said she had written to the transport minister asking for the old timetable back.",
)


def test_a_subscriber_only_note_under_the_visible_paragraphs_is_cut() -> None:
    note = ("This is subscriber-only content.", "Subscribe to keep reading and get unlimited access to the Star.")
    page = _page("Coastal Star", "Home", "News", "Ferry timetable leaves commuters stranded", "Sam Hollis",
                 "March 3, 2025 - 5:00AM", *_EN_TEXT, *note, "Already a subscriber? Log in", "Topics", "Transport",
                 "Latest", "Surf club celebrates centenary")  # fmt: skip
    labels = labels_by_text(page)
    assert all(labels[p] == Label.BODY for p in _EN_TEXT)
    assert all(labels[n] != Label.BODY for n in note)


_HE_TEXT = (
    "בכל בוקר אני עומדת בתחנה ליד הבית וסופרת את האוטובוסים שעוברים מלאים בלי לעצור. זה קורה כמעט כל יום.",
    "העירייה מבטיחה נתיבי תחבורה ציבורית חדשים, אבל בינתיים הנוסעים מחכים עשרים דקות ויותר בכל נסיעה.",
    "הפתרון פשוט יחסית: להוסיף קווים בשעות העומס ולתאם אותם עם הרכבת, כפי שעושות ערים אחרות בעולם.",
)


def test_the_hebrew_columns_bio_and_disclaimer_are_cut() -> None:
    bio = "הכותבת היא חוקרת תחבורה ומרצה באוניברסיטת חיפה."
    disclaimer = "הדעות המובעות במדור זה אינן משקפות בהכרח את עמדת המערכת."
    page = _page("חדשות העמק", "ראשי", "דעות", "האוטובוס שלא עוצר", "מיכל שרון", "12.02.2025", *_HE_TEXT, bio,
                 disclaimer, "שתפו", "וואטסאפ", "תגובות (2)", "1. דני: צודקת לגמרי", "עוד בדעות",
                 "למה אין חניה ליד הרכבת")  # fmt: skip
    labels = labels_by_text(page)
    assert all(labels[p] == Label.BODY for p in _HE_TEXT)
    assert labels[bio] != Label.BODY
    assert labels[disclaimer] != Label.BODY


_LIVE = (
    "That's it at the Oval. Westfield hold on for a deserved win and climb to fourth in the table after a late scare.",
    "Five minutes added on. Northgate throw everyone forward, and even their goalkeeper comes up for a late corner.",
    "WESTFIELD 2-1! Harris meets the free kick at the near post and glances it past the keeper. The Oval erupts.",
    "A double change for Westfield. Okafor and Price on, Dunn and Marsh off, both to warm applause from the stands.",
    "Northgate level. A long ball catches the Westfield defence square and their striker slots it under the keeper.",
    "Half-time at the Oval. Westfield lead through that early strike and have looked the sharper side so far tonight.",
    "WESTFIELD LEAD! Dunn curls one in from the edge of the box after a neat move down the right. What a strike.",
    "We are under way at the Oval in front of a big crowd on a cold and breezy evening in the east of the city.",
)


def test_a_live_blogs_entry_tag_under_its_clock_stamp_is_furniture() -> None:
    stamps = ("9:48 pm", "9:41 pm", "9:30 pm", "9:12 pm", "8:58 pm", "8:34 pm", "8:05 pm", "7:45 pm")
    tagged = {2, 4, 6}
    entries = [f"{stamp}\nGOAL\n{text}" if k in tagged else f"{stamp}\n{text}"
               for k, (stamp, text) in enumerate(zip(stamps, _LIVE, strict=True))]  # fmt: skip
    page = _page("Evening Herald", "Sport", "LIVE", "Westfield 2-1 Northgate: live updates", "By Tom Reeve",
                 "Updated: 9:50 pm", *entries, "More Westfield", "Manager praises young squad",
                 "Comments", "oval_regular: What a night!")  # fmt: skip
    labels = labels_by_text(page)
    assert all(labels[p] == Label.BODY for p in _LIVE)
    assert labels["GOAL"] != Label.BODY


def test_a_subheading_in_capitals_under_no_stamp_stays_text() -> None:
    text = (
        "The club confirmed on Monday that the new stand will open in time for the first home game of the season.",
        "Work on the roof finished last week, and the seats are being fitted this month by a local firm.",
        "Season ticket holders will be moved to the new stand in the order they renewed their tickets.",
    )
    page = _page("Evening Herald", "Sport", "New stand to open in August", "By Tom Reeve", "June 2, 2025",
                 text[0], "TICKETS", text[1], text[2], "More Westfield", "Manager praises young squad")  # fmt: skip
    labels = labels_by_text(page)
    assert all(labels[p] == Label.BODY for p in text)


_KU_TEXT = (
    "Li bajarê Amedê yekem navenda ciwanan a ku hemû çalakiyên wê bi kurdî ne, bi beşdarbûna bi sedan kesan vebû.",
    "Berpirsa navendê got ku her hefte dersên muzîk, şano û wênesaziyê ji bo ciwanan tên lidarxistin.",
    "Li gorî şaredariyê, navend bi piştgiriya komeleyeke çandî ya herêmî hatiye avakirin û belaş e.",
    "Ciwanên ku dixwazin beşdar bibin dikarin serî li navendê bidin an jî bi telefonê qeyd bibin.",
)


def _ku_page(under_credit: str) -> dict[str, Label]:
    return labels_by_text(
        "Destpêk\nNûçe\nÇand\n\nLi Amedê navenda ciwanan a nû vebû\n\n"
        "Navend her roj ji bo ciwanan dersên muzîk, şano û wênesaziyê bi zimanê kurdî li dar dixe.\n\n"
        "Nûçe: Berfîn Aydin\nAmed – 12.05.2025\n"
        f"Wêne: Berfîn Aydin\n\n{under_credit}\n\n" + "\n\n".join(_KU_TEXT) + "\n\nParve bike\nFacebook"
    )


def test_a_short_caption_under_the_heads_picture_credit_is_cut() -> None:
    caption = "Ciwan li navenda nû muzîkê dibihîzin."
    labels = _ku_page(caption)
    assert all(labels[p] == Label.BODY for p in _KU_TEXT)
    assert labels[caption] != Label.BODY


def test_an_interviews_first_question_under_the_heads_credit_stays_text() -> None:
    question = "Navenda we çawa dest pê kir?"
    labels = _ku_page(question)
    assert labels[question] == Label.BODY
