"""The furniture lexicon: names of page parts and lines of text, in many languages."""

from __future__ import annotations

import pytest

from provenance.parse import cues


@pytest.mark.parametrize(
    ("class_attr", "id_attr", "role", "category"),
    [
        ("site-nav main-menu", "", "", cues.NAV),
        ("", "", "navigation", cues.NAV),
        ("breadcrumbs", "", "", cues.NAV),
        ("", "sidebar", "", cues.SIDE),
        ("entryfooter", "", "", cues.SIDE),
        ("comment-list", "", "", cues.COMMENTS),
        ("", "kommentare", "", cues.COMMENTS),
        ("commentaires-bloc", "", "", cues.COMMENTS),
        ("jp-relatedposts", "", "", cues.BOILER),
        ("sharedaddy sd-sharing-enabled", "", "", cues.BOILER),
        ("relatedArticles", "", "", cues.BOILER),
        ("newsletter-signup", "", "", cues.BOILER),
        ("", "cookie-notice", "", cues.BOILER),
        ("ad-container", "", "", cues.BOILER),
        ("author-box", "", "", cues.META),
        ("post-meta", "", "", cues.META),
        ("byline", "", "", cues.META),
        ("sr-only", "", "", cues.HIDDEN),
        ("visually-hidden", "", "", cues.HIDDEN),
    ],
)
def test_names_of_furniture(class_attr: str, id_attr: str, role: str, category: str) -> None:
    assert cues.name_category(class_attr, id_attr, role) == category


@pytest.mark.parametrize(
    "class_attr",
    [
        "entry-content clearfix",
        "article-body",
        "o-section o-section--has-ads",  # a modifier: the section has ads beside it
        "field field--label-hidden",  # the label is hidden, not the field
        "c-fixed-sidebar-layout",  # a layout with a sidebar
        "has-sidebar no-comments",
        "post type-post tag-berlin category-news",  # WordPress term classes
        "tablehead",  # "ad" inside a word is no advertisement
        "thread download",
        "commentary",  # opinion, not comments
        "hidden-xs",  # hidden on small screens only
        "entry-content share-buttons",  # the article text outweighs other words
        "",
    ],
)
def test_names_that_are_not_furniture(class_attr: str) -> None:
    assert cues.name_category(class_attr, "", "") is None


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Teilen",
        "Partager sur Facebook",
        "Compartir",
        "Condividi",
        "Read more",
        "Related Coverage",
        "Lesen Sie auch:",
        "Lesen Sie hier einen weiteren spannenden Beitrag …",
        "Das könnte Sie auch interessieren",
        "Articles similaires",
        "À lire aussi",
        "Te puede interesar",
        "Noticias relacionadas",
        "Leggi anche",
        "Lees ook",
        "Leia também",
        "Czytaj także",
        "Читайте также",
        "Deja un comentario",
        "Kommentare geschlossen",
        "12 Kommentare",
        "Laisser un commentaire",
        "Advertisement",
        "Anzeige",
        "Publicité",
        "Tags: Stadt, Verkehr",
        "Schlagwörter: Bahn",
        "Photo: Jane Roe / Example Agency",
        "(Credit: Jane Roe)",
        "Beitragsbild",
        "4 Min Read",
        "weiterlesen 5 Minuten",
        "Lesezeit: 3 Minuten",
        "Dieses Skript als PDF herunterladen",
        "Aufrufe: 1120 | Hinzugefügt von: Jane | Tags: Stadt",
        "Kommentarfeed | Kommentare geschlossen | Trackback-URL",
        "Back to top",
        "%d Bloggern gefällt das:",
        "Diese Seite drucken Diese Seite per E-Mail verschicken.",
        "Schlagworte: Schule, Bildung",
        "Pages: 1 2 3 4",
        "Home › Region › Verkehr",
        "Bewertung schreiben",
        "A post shared by Jane Roe (@janeroe) on Jun 16, 2024",
        "Home / Stadt / Verkehr / Neue Radwege für die Innenstadt",
        "Accueil > Actualités > Le conseil vote le budget",
        "Verwandte Themen auf unserem Blog:",
        "Auch auf example.de",
        "Watch video 02:17",
        "/ /",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert cues.boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said on Monday that talks would go on.",
        "Share prices fell sharply in early trading, dealers said.",
        "He walked for five minutes before the rain started.",
        "Comments by the minister drew criticism from the opposition.",
        "See the list below:",
        "Tags and labels were removed from the products last year.",
        "Die Teilnehmer teilen sich die Kosten für den Bus.",
        "The minister | the house | the cat sat on the mat",
        "He said prices rose > 5% in May.",
        "Retour sur les revues « 1 » ou « 2 » où les auteurs « placent » leurs articles",
        "He said yes and/or no / maybe / later to the plan.",
        "More than 200 people were there:",
        "The search for the missing plane continues.",
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert not cues.boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe",
        "By Jane Roe and Sam Poe, Example News",
        "Von Max Muster",
        "Par Jeanne Dupont",
        "Por Lucía Pérez",
        "Posted by K A",
        "12. März 2019, 14:30 Uhr",
        "Publié le 3 mai 2020",
        "Publicado el 3 de mayo de 2020",
        "January 13",
        "3:59 PM",
        "19:49",
        "Jane Roe | 12.03.2020",
        "Updated: Nov 19, 2019 at 10:32 am ET",
        "2 hours ago",
        "vor 3 Stunden",
        "il y a 2 jours",
    ],
)
def test_bylines_and_dates(line: str) -> None:
    assert cues.byline_or_date(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the day, the talks had failed.",
        "In May 2019 he left the company for a rival.",
        "Von allen Vorschlägen blieb am Ende nur einer übrig.",
        "5040",
        "1 Kyle Busch",
        "Jane Roe",
    ],
)
def test_prose_is_not_a_byline_or_date(line: str) -> None:
    assert not cues.byline_or_date(line)


def test_cookie_notices_in_several_languages() -> None:
    for line in (
        "We use cookies to improve your experience. By continuing you accept them.",
        "Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie zu.",
        "Nous utilisons des cookies pour mesurer l'audience.",
        "Utilizamos cookies propias y de terceros.",
    ):
        assert cues.cookie_line(line), line
    assert not cues.cookie_line("She baked cookies for the school fair on Saturday.")


def test_captions_end_with_a_credit() -> None:
    assert cues.caption_line("Residents at the town hall on Monday. (Example Photo/Jane Roe)")
    assert cues.caption_line("A walker by the lake at dawn. (Jane Roe via AP, File)")
    assert cues.caption_line("Auf dem Markt am Samstag. Foto: Max Muster")
    assert not cues.caption_line("He said the deal was done (Reuters).")
    assert not cues.caption_line("The company said profits rose (see chart).")
