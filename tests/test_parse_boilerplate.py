"""Boilerplate on short pages of our own: what is article text and what is page furniture.

Each page is small but shaped like the real thing (a cookie banner, a related
list, a comment section...) in the language it names. Every test also checks
that each character kept maps to its exact bytes.
"""

from __future__ import annotations

import pytest

from provenance.parse import Article, parse_document
from tests.test_parse_offsets import check_every_character

# Paragraphs of our own, long enough to read as prose.
DE = (
    "Die Stadtverwaltung hat am Montag neue Pläne für den Umbau des Bahnhofsplatzes "
    "vorgestellt, die Bürger können sie bis Ende des Monats im Rathaus einsehen.",
    "Nach Angaben der Planer sollen mehr Bäume gepflanzt und die Radwege verbreitert "
    "werden, während der Busbahnhof an die Nordseite des Platzes rückt.",
    "Der Gemeinderat will im Herbst über die Kosten entscheiden, die derzeit auf rund "
    "zwölf Millionen Euro geschätzt werden, verteilt auf drei Bauabschnitte.",
)
FR = (
    "La municipalité a présenté lundi un nouveau plan pour la rénovation de la place "
    "de la gare, que les habitants pourront consulter à la mairie jusqu'à la fin du mois.",
    "Selon les urbanistes, davantage d'arbres seront plantés et les pistes cyclables "
    "seront élargies, tandis que la gare routière sera déplacée vers le nord.",
)
ES = (
    "El ayuntamiento presentó el lunes un nuevo plan para reformar la plaza de la "
    "estación, que los vecinos podrán consultar en el registro hasta final de mes.",
    "Según los urbanistas, se plantarán más árboles y se ensancharán los carriles bici, "
    "mientras que la terminal de autobuses se trasladará al lado norte de la plaza.",
)
EN = (
    "The council unveiled new plans on Monday to rebuild the station square, and "
    "residents can inspect them at the town hall until the end of the month.",
    "According to the planners, more trees will be planted and the cycle lanes widened, "
    "while the bus station moves to the north side of the square, they said.",
    "Councillors will decide on the cost in the autumn; it is currently put at about "
    "twelve million, spread over three phases of building work.",
)


def page(body: str, lang: str = "en", title: str = "A page") -> bytes:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body>{body}</body></html>"
    ).encode()


def paras(texts: tuple[str, ...]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def parse(data: bytes) -> Article:
    article = parse_document(data, media_type="text/html")
    check_every_character(article, data, "utf-8")
    return article


def test_german_cookie_banner_without_names_is_dropped() -> None:
    banner = (
        "<div><p>Diese Website verwendet Cookies, um Ihnen ein besseres Nutzererlebnis zu "
        "bieten. Mit der weiteren Nutzung stimmen Sie der Verwendung von Cookies zu.</p>"
        "<p>Weitere Informationen zu Cookies und zur Speicherung Ihrer Daten finden Sie in "
        "unserer Datenschutzerklärung, die Sie jederzeit aufrufen können.</p>"
        "<a href='#'>Einstellungen</a> <a href='#'>Alle akzeptieren</a></div>"
    )
    data = page(f"<main><article><h1>Bahnhofsplatz</h1>{paras(DE)}</article></main>{banner}", "de")
    article = parse(data)
    assert article.paragraph_texts() == DE
    assert "Cookie" not in article.text


def test_consent_box_named_as_such_is_dropped() -> None:
    box = (
        "<div id='cookie-consent' class='cmp-banner'><p>Nous utilisons des cookies pour "
        "mesurer l'audience du site.</p><button>Tout accepter</button></div>"
    )
    article = parse(page(f"{box}<article>{paras(FR)}</article>", "fr"))
    assert article.paragraph_texts() == FR


def test_french_related_articles_are_dropped() -> None:
    related = (
        "<section><h3>Articles similaires</h3><ul>"
        "<li><a href='/a'>Les travaux du tramway reprennent en septembre</a></li>"
        "<li><a href='/b'>Un nouveau parc ouvrira au printemps prochain</a></li>"
        "<li><a href='/c'>La bibliothèque municipale change ses horaires</a></li>"
        "</ul></section>"
    )
    article = parse(page(f"<article><h1>Place de la gare</h1>{paras(FR)}{related}</article>", "fr"))
    assert article.paragraph_texts() == FR


def test_teaser_cards_with_excerpts_are_dropped() -> None:
    card = (
        "<div class='card'><h3><a href='/{n}'>Another story about the harbour, number {n}"
        "</a></h3><p>A short summary of that other story, which tells the reader what it "
        "is about in a sentence or two, and no more than that.</p></div>"
    )
    cards = "<div class='grid'>" + "".join(card.format(n=n) for n in range(5)) + "</div>"
    article = parse(page(f"<div class='story'>{paras(EN)}</div>{cards}"))
    assert article.paragraph_texts() == EN


def test_spanish_comment_section_is_dropped() -> None:
    comments = (
        "<div id='comentarios' class='comments-area'><h3>3 comentarios</h3><ol class='comment-list'>"
        "<li class='comment'><b>Lucía</b> <span>12/03/2024 a las 10:15</span>"
        "<p>Me parece una idea estupenda, ya era hora de que alguien pensara en los "
        "peatones y en los ciclistas de este barrio.</p></li>"
        "<li class='comment'><b>Andrés</b><p>No estoy de acuerdo, el tráfico va a empeorar "
        "muchísimo durante las obras y nadie nos ha preguntado a los vecinos.</p></li>"
        "</ol><h3>Deja un comentario</h3></div>"
    )
    article = parse(page(f"<article>{paras(ES)}</article>{comments}", "es"))
    assert article.paragraph_texts() == ES


def test_long_comment_thread_under_a_blog_post_is_dropped() -> None:
    reply = (
        "<li class='comment'><p>Reader number {n} thinks the plan is a good start but worries "
        "about the noise from the building site, which will last for at least two years, "
        "and about where the market will go while the square is closed.</p></li>"
    )
    thread = "<ol class='commentlist'>" + "".join(reply.format(n=n) for n in range(12)) + "</ol>"
    article = parse(page(f"<div class='post'>{paras(EN)}</div>{thread}"))
    assert article.paragraph_texts() == EN


def test_forum_thread_is_kept_whole() -> None:
    posts = [
        (
            "kettle_fan",
            "Has anyone managed to descale an old kettle without vinegar? Mine "
            "has a thick white crust inside and the water tastes of it.",
        ),
        (
            "m_ortega",
            "Citric acid works well: two spoonfuls in half a litre of water, boil "
            "it, leave it for an hour, then rinse it out a few times.",
        ),
        (
            "kettle_fan",
            "Thanks, that did it. The crust came off in flakes and the water "
            "tastes normal again, much better than I expected.",
        ),
        (
            "old_hand",
            "Do it every month or so and it never builds up again. Hard water "
            "areas need it more often, especially in summer.",
        ),
    ]
    thread = "".join(
        f"<div class='comment post'><div class='author'><a href='/u/{u}'>{u}</a></div>"
        f"<div class='message'>{t}</div><a href='#reply'>Reply</a></div>"
        for u, t in posts
    )
    data = page(
        "<nav><a href='/'>Forum</a> <a href='/kitchen'>Kitchen</a></nav>"
        f"<h1>Descaling a kettle</h1><div class='thread'>{thread}</div>"
    )
    article = parse(data)
    assert article.paragraph_texts() == tuple(t for _, t in posts)


def test_long_single_block_blog_post_is_kept_whole() -> None:
    lines = [
        "I went back to the lake this weekend, the first time since the winter, and the path "
        "along the shore was still half under water after all the rain we had in March.",
        "The birds were back though: a pair of grebes near the reeds, a heron that watched "
        "me for a long time, and more ducks than I could count at the far end.",
        "On the way home I stopped at the little bakery by the bridge, which has new owners "
        "now, and the bread is as good as it ever was, maybe better.",
    ]
    block = "<div class='entry'>" + "<br><br>\n".join(lines) + "</div>"
    data = page(
        "<div id='sidebar'><h3>Archive</h3><a href='/1'>March</a> <a href='/2'>April</a></div>"
        + block
    )
    article = parse(data)
    assert article.paragraph_texts() == ("\n".join(lines),)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("By Jane Roe and Sam Poe", "en"),
        ("Von Max Muster | 12. März 2024, 14:30 Uhr", "de"),
        ("Publié le 3 mai 2024 à 09h15", "fr"),
        ("Por Lucía Pérez · 3 de mayo de 2024", "es"),
        ("Updated: Nov 19, 2024 at 10:32 am ET", "en"),
        ("vor 3 Stunden", "de"),
    ],
)
def test_bylines_and_date_lines_are_not_body_text(line: str, lang: str) -> None:
    article = parse(page(f"<article><p>{line}</p>{paras(EN)}</article>", lang))
    assert article.paragraph_texts() == EN


@pytest.mark.parametrize(
    "furniture",
    [
        "<div class='share-bar'><a href='#'>Condividi</a> <a href='#'>Twitter</a></div>",
        "<p>Leia também: <a href='/x'>Prefeitura anuncia obras no centro</a></p>",
        "<div class='newsletter-signup'><p>Schrijf je in voor onze nieuwsbrief en ontvang "
        "elke week het belangrijkste nieuws uit de regio.</p></div>",
        "<p>Tags: <a href='/t/1'>urbanism</a>, <a href='/t/2'>transport</a></p>",
        "<p>Lesen Sie auch: <a href='/y'>Neue Radwege in der Innenstadt</a></p>",
        "<div class='author-box'><p>Jane Roe writes about cities and transport for us. "
        "Before that she worked for ten years as a planner in the north.</p></div>",
        "<p>Photo: Jane Roe / Example Agency</p>",
        "<p class='caption'>The square today, seen from the station roof.</p>",
        "<span class='sr-only'>Skip to the next section of this page</span>",
        "<p>Aufrufe: 1120 | Kommentare: 4 | Tags: Stadt, Verkehr</p>",
    ],
)
def test_furniture_inside_the_article_is_dropped(furniture: str) -> None:
    body = f"<article>{paras(EN[:2])}{furniture}<p>{EN[2]}</p></article>"
    article = parse(page(body))
    assert article.paragraph_texts() == EN


def test_picture_caption_known_by_its_credit() -> None:
    figure = (
        "<div class='media'><p>Residents look at the plans in the town hall on Monday, "
        "March 4. (Example Photo/Jane Roe)</p></div>"
    )
    article = parse(page(f"<article>{figure}{paras(EN)}</article>"))
    assert article.paragraph_texts() == EN


def test_article_inside_an_aside_or_a_form_is_kept() -> None:
    for wrapper in ("aside", "form"):
        body = (
            f"<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
            f"<{wrapper} class='main'>{paras(DE)}</{wrapper}>"
            "<footer><p>Impressum</p></footer>"
        )
        assert parse(page(body, "de")).paragraph_texts() == DE


def test_names_with_modifiers_are_not_furniture() -> None:
    body = (
        "<section class='o-section o-section--has-ads'><div class='c-layout sidebar-layout'>"
        f"<div class='field field--label-hidden'>{paras(EN)}</div></div></section>"
        "<aside class='sidebar'><p>Advertisement</p></aside>"
    )
    assert parse(page(body)).paragraph_texts() == EN


def test_lead_before_the_body_is_kept() -> None:
    lead = "A short lead that sums up the whole story for the reader in two lines, before it."
    body = (
        f"<div class='col'><p class='intro'>{lead}</p>"
        f"<div class='group'><div class='longText'>{paras(EN)}</div></div>"
        "<div class='more'><a href='/1'>More news from the region today</a></div></div>"
    )
    assert parse(page(body)).paragraph_texts() == (lead, *EN)


def test_endless_page_keeps_the_first_article() -> None:
    def story(n: int, texts: tuple[str, ...]) -> str:
        return f"<article class='item'><h2>Story {n}</h2>{paras(texts)}</article>"

    body = "<main><div class='list'>" + story(1, EN) + story(2, DE) + story(3, FR) + "</div></main>"
    article = parse(page(body))
    assert article.paragraph_texts() == ("Story 1", *EN)


def test_a_short_page_is_all_kept() -> None:
    article = parse(page("<p>Just one line of text on this page.</p>"))
    assert article.text == "Just one line of text on this page."
