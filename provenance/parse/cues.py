"""What boilerplate looks like: class and id names, roles, and lines of text.

Two kinds of cue, both multilingual:

- *names*: the words of an element's ``class``, ``id`` and ``role`` say
  what it is for (navigation, comments, share bars, related lists, bylines,
  cookie banners...). Class names are split into words (``c-related-list``,
  ``relatedArticles``, ``post__meta``), BEM modifiers (``--has-ads``) and
  negated words (``has-sidebar``, ``no-comments``) are ignored, and
  WordPress term classes (``tag-berlin``, ``category-news``) are not tags.
- *lines*: a short block of text that is a label of the page furniture
  ("Share", "Lesen Sie auch", "Articles similaires", "Deja un comentario"),
  a byline ("By Jane Roe", "Von Max Muster") or a date line ("12. März
  2019, 14:30 Uhr", "Publié le 3 mai 2020").

Only words that name a page part go in here: never a site's own class name.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["boilerplate_line", "byline_or_date", "caption_line", "cookie_line", "name_category"]

# Categories of page parts. "comments" is kept apart: a forum thread is made
# of them, so it is dropped only when something else carries the page.
NAV = "nav"
SIDE = "side"
COMMENTS = "comments"
HIDDEN = "hidden"
BOILER = "boiler"
META = "meta"

_WORDS: dict[str, str] = {}
for _category, _names in (
    (
        NAV,
        "nav navbar navi navigation navigations menu menus menubar submenu megamenu mainmenu "
        "breadcrumb breadcrumbs crumbs pagination pager paging skiplink skiplinks skip "
        "topbar toolbar offcanvas hamburger",
    ),
    (SIDE, "masthead header footer colophon sitemap sidebar sidebars"),
    (
        COMMENTS,
        "comment comments commentlist commentform disqus respond replies reply "
        "kommentar kommentare commentaire commentaires comentario comentarios "
        "commento commenti reacties komentarze komentare",
    ),
    (
        BOILER,
        "related relatedposts recommended recommendation recommendations recirc recirculation "
        "outbrain taboola plista popular mostpopular mostread trending "
        "share shares sharing sharebar shariff sharedaddy addthis addtoany social socials "
        "sociable follow ad ads advert adverts advertisement advertising adsense adslot "
        "adunit adblock dfp sponsor sponsored sponsors promo promos promotion banner "
        "anzeige werbung publicite cookie cookies consent gdpr cmp newsletter newsletters "
        "subscribe subscription signup login popup modal overlay lightbox "
        "tags tagcloud taglist keywords topics caption captions credit credits figcaption "
        "copyright legal print rating ratings reactions emoji donate donation cta "
        "wishlist cart basket checkout warenkorb merkzettel "
        "interesting interessant",
    ),
    (
        META,
        "byline bylines author authors autor autorin auteur bio authorbio meta metadata "
        "postmeta entrymeta dateline timestamp published posted pubdate date datum",
    ),
):
    for _word in _names.split():
        _WORDS[_word] = _category


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_HIDDEN_CLASSES = _set(
    "hidden is-hidden u-hidden visually-hidden visuallyhidden sr-only screen-reader-text "
    "screenreader-only element-invisible invisible offscreen d-none hide"
)
_NEGATORS = _set("has no not without with hide show toggle open close is-not")
_LAYOUTS = _set("layout layouts template grid row page cols columns")
_BREAKPOINTS = _set("xs sm md lg xl xxl mobile tablet desktop print small large")
_POSITIVE = _set(
    "article articles artikel content contents entry post posts story stories text body "
    "main blog prose richtext rtf copy articlebody storybody postbody entrycontent "
    "post-content thread topic message messages"
)
_ROLES = {
    "navigation": NAV,
    "banner": SIDE,
    "contentinfo": SIDE,
    "complementary": BOILER,
    "search": NAV,
    "menu": NAV,
    "menubar": NAV,
    "toolbar": NAV,
    "dialog": BOILER,
    "alertdialog": BOILER,
    "tooltip": BOILER,
}
_SPLIT = re.compile(r"[-_.:/\s]+|(?<=[a-z])(?=[A-Z])")
# WordPress term classes on the post wrapper: tag-x, category-x, topic-x.
_TERM_CLASS = re.compile(r"^(?:tag|category|categories|topic|format|type|status)-")
# Words written as one ("authorbox", "relatedposts", "mainnav", "entryfooter").
_PARTS = (
    r"(?:box|bio|block|info|list|links|area|wrap|wrapper|container|section|bar|buttons?|icons?|"
    r"tools|module|items?|inner|outer|widget|posts|articles|stories|count|form|thread|banner|"
    r"notice|overlay|popup)?"
)
_COMPOUNDS = (
    (
        COMMENTS,
        r"(?:\w*?)(?:comments?|kommentare?|commentaires?|comentarios?|comment[io])"
        + _PARTS
        + r"|disqus\w*",
    ),
    (NAV, r"(?:\w*?)(?:nav|navi|navbar|navigation|menu|menus|breadcrumbs?)" + _PARTS),
    (
        SIDE,
        r"(?:\w*?)(?:footer|sidebar)" + _PARTS + r"|(?:site|page|global|main|top)?header" + _PARTS,
    ),
    (
        META,
        r"(?:post|entry|article|story|blog|news)?(?:meta|metadata|byline|author|authors|"
        r"dateline|date|info)" + _PARTS,
    ),
    (
        BOILER,
        r"(?:\w*?)(?:related|share|sharing|social|newsletter|cookies?|consent|sponsored|"
        r"subscribe|recommended|advert|advertisement|tags)"
        + _PARTS
        + r"|(?:\w*?)ads?(?:slot|unit|box|banner|block|zone|container|wrap|wrapper|label)\w*"
        + r"|adsense\w*|adsbygoogle|promo\w*",
    ),
)
_COMPOUND = [(cat, re.compile(rx)) for cat, rx in _COMPOUNDS]
_STRONG_POSITIVE = re.compile(
    r"(?:article|entry|post|story|blog|news|item|main|page|single)[-_]?(?:content|body|text|"
    r"fulltext|copy|inner)|(?:article|story|post)$|articlebody|storybody|bodytext|"
    r"(?:^|[-_])(?:content|text)[-_]?(?:main|body|article)",
    re.IGNORECASE,
)


def _class_words(name: str) -> list[str]:
    base = name.split("--", 1)[0]
    if not base:
        return []
    return [w.lower() for w in _SPLIT.split(base) if w]


def _word_category(word: str) -> str | None:
    cat = _WORDS.get(word)
    if cat is not None or len(word) < 5:
        return cat
    for category, rx in _COMPOUND:
        if rx.fullmatch(word):
            return category
    return None


def _category_of(words: list[str]) -> str | None:
    if len(words) > 1 and words[-1] in _LAYOUTS:
        return None  # "sidebar-layout", "comments-page": a page laid out with one
    found: str | None = None
    negate = False
    for i, word in enumerate(words):
        if word in _NEGATORS:
            negate = True
            continue
        if negate:
            negate = False
            continue
        cat = _word_category(word)
        if cat is None:
            continue
        if i + 1 < len(words) and words[i + 1] in _BREAKPOINTS:
            continue
        if cat == COMMENTS or found is None:
            found = cat
    return found


@functools.lru_cache(maxsize=16384)
def _one_name(name: str, is_class: bool) -> tuple[str | None, bool]:
    """(category, says "article text") of one class name or id."""
    if is_class:
        low = name.lower()
        if low in _HIDDEN_CLASSES:
            return HIDDEN, False
        if _TERM_CLASS.match(low):
            return None, False
    cat = _category_of(_class_words(name))
    return cat, cat is None and bool(_STRONG_POSITIVE.search(name))


@functools.lru_cache(maxsize=8192)
def name_category(class_attr: str, id_attr: str, role: str) -> str | None:
    """The page part an element's names say it is, or None.

    Returns one of ``nav`` (menus), ``side`` (sidebars, page headers and
    footers), ``comments``, ``boiler``, ``meta`` (bylines, dates) or
    ``hidden`` (hidden on screen: never text). A name that says "article
    text" (``entry-content``, ``article-body``) outweighs furniture words
    in the other names, except comments.
    """
    if role:
        cat = _ROLES.get(role.strip().lower())
        if cat:
            return cat
    found: str | None = None
    positive = False
    for name in class_attr.split():
        cat, says_text = _one_name(name, True)
        if cat == HIDDEN:
            return HIDDEN
        positive = positive or says_text
        if cat is not None and (cat == COMMENTS or found is None):
            found = cat
    if id_attr:
        cat, says_text = _one_name(id_attr, False)
        positive = positive or says_text
        if cat is not None and cat != HIDDEN and (found is None or cat == COMMENTS):
            found = cat
    if found is None or (positive and found != COMMENTS):
        return None
    return found


# -- lines of text ----------------------------------------------------------------
# The patterns below are written in lower case and matched against lower-cased text
# (much faster than case-insensitive matching of long alternations).

_LABELS = [
    # share, print, follow
    r"share|share (this|on|via|the|article|story|post|page)\b.*|teilen|jetzt teilen|artikel teilen|"
    r"beitrag teilen|partager|partagez|partager (cet|sur|l)\b.*|compartir|compartilhar|condividi|"
    r"delen|dela|del|jaa|udostępnij|поделиться|paylaş|sdílet|megosztás|分享|共有|"
    r"tweet|pin it|e-?mail|whatsapp|facebook|twitter|linkedin|xing|pinterest|reddit|"
    r"print|drucken|imprimer|imprimir|stampa|afdrukken|"
    r"follow us.*|folge uns.*|folgen sie uns.*|suivez-nous.*|síguenos.*|seguici.*|volg ons.*",
    # related and more
    r"related|related (articles?|stories|posts|content|coverage|links|news|topics|reading)|"
    r"read more|read also|read next|also read|more (stories|articles|news|on this|from|in)\b.*|"
    r"see also|you (may|might) also like.*|recommended( for you| stories| articles)?|"
    r"explore further|most (read|popular|viewed|shared)|trending( now)?|further reading|"
    r"lesen sie (auch|mehr|hier)|auch interessant|mehr zum thema.*|mehr (dazu|zu diesem thema)|"
    r"weitere (artikel|beiträge|nachrichten|themen|informationen|links)|"
    r"ähnliche (beiträge|artikel)|"
    r"verwandte (artikel|beiträge|themen)|das (thema )?könnte (dich|sie) auch interessieren.*|"
    r"weiterführender? links?|weiterlesen|meistgelesen|empfehlungen|"
    r"trackback(-url)?|permalink|rss|rss-feed|feed|kommentarfeed|comments feed|"
    r"aktuelle berichte aus dieser kategorie|das könnte sie auch interessieren|"
    r"(à )?lire (aussi|également|la suite)|articles similaires|sur le même (sujet|thème)|"
    r"voir aussi|les plus lus|à découvrir( aussi)?|dans la même rubrique|vous aimerez aussi|"
    r"leer más|lee (también|más)|te puede interesar|noticias relacionadas|"
    r"artículos relacionados|ver también|lo más leído|más noticias|"
    r"leggi (anche|tutto)|articoli correlati|potrebbe interessarti|ti potrebbe interessare|"
    r"lees (ook|meer|verder)|gerelateerde artikelen|meer (over|nieuws)|"
    r"leia (também|mais)|veja também|artigos relacionados|notícias relacionadas|saiba mais|"
    r"czytaj (też|także|więcej)|zobacz (też|także)|powiązane|"
    r"читайте также|смотрите также|похожие (статьи|новости)|"
    r"läs (också|mer)|relaterade artiklar|læs (også|mere)|les (også|mer)|"
    r"ilgili haberler|bunlar da ilginizi çekebilir|devamını oku|"
    r"相关(文章|新闻|阅读)|関連記事",
    # comments
    r"(comments?|kommentare?|commentaires?|comentarios?|commenti|views|aufrufe|replies|"
    r"antworten|réponses)( insgesamt| total| gesamt)?:? \d+|"
    r"comments?( \(\d+\))?|\d+ comments?|no comments( yet)?|view comments|show comments|"
    r"leave a (comment|reply)|post a comment|add a comment|write a comment|comments are closed|"
    r"be the first to comment.*|join the (conversation|discussion)|reply|antworten|répondre|"
    r"kommentare?( \(\d+\))?|\d+ kommentare?|kommentar (schreiben|verfassen|abgeben)|"
    r"kommentare (geschlossen|sind geschlossen|anzeigen)|keine kommentare|"
    r"schreibe einen kommentar|hinterlasse einen kommentar|diskutieren sie mit.*|"
    r"commentaires?( \(\d+\))?|\d+ commentaires?|laisser un commentaire|"
    r"ajouter un commentaire|réagir|réagissez|"
    r"comentarios?( \(\d+\))?|\d+ comentarios?|deja (un|tu) comentario|"
    r"deixe (um|seu) comentário|commenti|\d+ commenti|lascia un commento|"
    r"reacties?|\d+ reacties?|laat een reactie achter|komentarze|skomentuj|комментарии",
    # advertising, newsletters, cookies
    r"advertisement|advertising|ad|ads|sponsored( content)?|paid content|anzeige|werbung|"
    r"gesponsert|publicité|sponsorisé|publicidad|patrocinado|pubblicità|advertentie|"
    r"reklama|реклама|annonse|mainos|"
    r"subscribe|subscribe (now|today|to).*|sign up( now)?|sign up for.*|newsletter|"
    r"abonnieren|jetzt abonnieren|newsletter abonnieren|zum newsletter.*|"
    r"s'abonner|abonnez-vous.*|inscrivez-vous.*|suscríbete.*|iscriviti.*|abonneer.*|"
    r"accept( all)?( cookies)?|alle akzeptieren|akzeptieren|tout accepter|aceptar( todo)?|"
    r"accetta( tutti)?|accepteren|einverstanden|ok, verstanden|got it",
    # tags, topics, photo labels, reading time, navigation words
    r"tags?|tagged( with)?|schlagwörter|schlagworte|stichwörter|themen|topics|"
    r"mots-clés|étiquettes|etiquetas|parole chiave|trefwoorden|categories|kategorien|"
    r"beitragsbild|titelbild|vorschaubild|bildquelle|image source|"
    r"getty images|reuters|ap|afp|dpa|epa|"
    r"previous( article| post)?|next( article| post)?|zurück|weiter|vorheriger artikel|"
    r"nächster artikel|article précédent|article suivant|back to top|nach oben|haut de page|"
    r"(dieses? \w+ )?(als )?pdf (herunterladen|downloaden)|download( as)? pdf|pdf download|"
    r"(télécharger|descargar|scarica|download) (le |el |il )?pdf|"
    r"load more|mehr laden|lade weitere inhalte|weitere laden|voir plus|cargar más|"
    r"click here|hier klicken|cliquez ici|haga clic aquí|"
    r"home|startseite|(zurück )?zur startseite|back to (the )?home( ?page)?|accueil|inicio|"
    r"(pages?|seiten?|pagina|página)\s*:?(\s*\d+)+|"
    r"%d \w+ (like this|gefällt das|aiment (ça|cela|cette page)|les gusta esto)|"
    r"like this|gefällt mir|j'aime|me gusta|mi piace|"
    r"(diese |this )?(seite|artikel|beitrag|page|article|story) (drucken|print|imprimer)|"
    r"(diese |this )?(seite|artikel|beitrag|page|article|story) (per )?e-?mail"
    r"( (verschicken|versenden|senden|weiterleiten|to a friend))?|"
    r"e-?mail this( page| article| story)?|send (by|via) e-?mail|envoyer par e-?mail|"
    r"imprimer (cette page|l'article|cet article)|print (this )?(page|article|story)|"
    r"(weitere )?interessante artikel|das könnte dich (auch )?interessieren|"
    r"bewertung(en)? schreiben|(eine )?bewertung abgeben|kundenbewertungen|"
    r"schreiben sie (ihre eigene|eine) (kundenmeinung|bewertung)|zuletzt angesehen|"
    r"write a review|customer reviews|recently viewed|customers (who bought .*)?also bought|"
    r"kunden kauften auch|ähnliche (produkte|artikel)|in den warenkorb|add to (cart|basket)|"
    r"(auf die )?merkliste|zum produkt|jetzt kaufen|buy now|ajouter au panier|"
    r"(mehr|weniger) anzeigen|show (more|less)|voir (plus|moins)|ver (más|menos)|"
    r"mostra (di più|altro)|toon meer|"
    r"\w+ abonnieren|rating|bewertung|bewerten|évaluation|valoración|"
    r"editors'? (recommendations|picks)|editor'?s picks|"
    r"(die )?redaktion empfiehlt|notre sélection|recomendados|"
    r"search|suche|suchen|recherche|rechercher|buscar|búsqueda|cerca|zoeken|"
    r"about( us)?|über uns|à propos|acerca de|quiénes somos|chi siamo|over ons|"
    r"thématiques|réseaux|rubriques|sections|"
    r"by|von|par|por|di|door|"
    r"watch( the)? video( \d+:\d+)?|video ansehen|vidéo|voir la vidéo|ver (el )?vídeo|"
    r"(auch|mehr) (auf|bei) [\w.-]+\.[a-z]{2,}|also on [\w.-]+\.[a-z]{2,}|"
    r"(plus|aussi) sur [\w.-]+\.[a-z]{2,}|más en [\w.-]+\.[a-z]{2,}",
]
# One label, or several in a row ("Diese Seite drucken Diese Seite per E-Mail verschicken").
_LABEL = re.compile(
    r"(?:" + "|".join(_LABELS) + r")(?:[\s.,;:!|/]+(?:" + "|".join(_LABELS) + r"))*",
)
# Lines that start like furniture, whatever follows (kept short by the caller).
_PREFIX = re.compile(
    r"(?:read more|read also|related|more|also read|see also|lesen sie auch|mehr zum thema|"
    r"auch interessant|lire aussi|à lire aussi|voir aussi|lee también|leer más|ver también|"
    r"leggi anche|lees ook|leia também|veja também|czytaj też|читайте также|"
    r"tags|tagged|schlagwörter|themen|topics|mots-clés|étiquettes|etiquetas|"
    r"photo|photos|photograph|image|images|picture|foto|fotos|bild|bilder|quelle|source|"
    r"credit|credits|crédit|crédits|copyright|©|\(c\)|illustration|grafik|video|"
    r"beitragsbild|titelbild|aufmacherbild|headerbild|vorschaubild|symbolbild|bildnachweis|"
    r"bildquelle|fotonachweis|bildrechte|titelfoto|schlagworte|stichworte|stichwörter|"
    r"keywords|kategorien?|categories|category|catégories?|rubrik|ressort|filed under|"
    r"courtesy|(?:image|photo|picture) courtesy|"
    r"advertisement|anzeige|werbung|publicité|sponsored|"
    r"\d+ min(ute)?s? read|lesezeit|reading time|temps de lecture|tiempo de lectura|"
    r"tempo di lettura|leestijd)\b\s*[:|/\u2013\u2014-]"
    r"|(?:photograph|photo|picture|image|foto|bild) (?:by|von|de|par|por|di)\b"
    r"|courtesy of\b"
    r"|(?:\d+ min(?:ute)?s? read|\d+ min\.? lesezeit|lesezeit:? \d+|\d+ min de lecture)\W*$"
    r"|(?:©|\(c\)|copyright\b)",
)


_READING_TIME = re.compile(
    r"\W*(?:(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|"
    r"tempo di lettura|leestijd)\W*)?(?:ca\.?\s*)?\d+\s*(?:min|mins|minute|minutes|minuten|"
    r"minutos|minuti|minuut|minuten)\.?(?:\s*(?:read|reading|lesezeit|lesedauer|de lecture|"
    r"de lectura|di lettura|leestijd|leesduur))?\W*$",
)


def _squash(text: str) -> str:
    return " ".join(text.split()).strip(
        " \t\n.:;,!?|()[]\u2022\u00b7\u2013\u2014-\u203a\u00bb\u00ab>"
    )


# "Lesen Sie hier einen weiteren Beitrag …", "Read the full story:": a pointer elsewhere.
_LEAD_IN = re.compile(
    r"\W*(?:lesen sie|lies|read|lisez|lire|lee|leer|leggi|lees|leia|czytaj|читайте|"
    r"mehr (?:dazu|zum thema))\b[^.!?]{0,80}(?:\u2026|\.\.\.|:)\W*",
)


def boilerplate_line(text: str) -> bool:
    """Whether a short block is a label of the page furniture, not article text."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    stripped = text.strip().lower()
    if len(stripped) < 140 and _LEAD_IN.fullmatch(stripped):
        return True
    if stripped.endswith(":") and len(stripped) < 80 and _LABEL_HEAD.match(stripped):
        return True  # "Verwandte Themen auf unserem Blog:", "More from the region:"
    line = _squash(text)
    if not line or not _ALNUM.search(line):
        return True
    if len(line) > 160:
        return False
    low = line.lower()
    if _DIGIT.search(low):
        reading = _READING_TIME.search(low)
        if reading:
            low = _squash(low[: reading.start()])
            line = _squash(line[: reading.start()]) if len(low) == len(line) else low
            if not low:
                return True
    if len(low) <= 80 and _LABEL.fullmatch(low):
        return True
    if _PREFIX.match(low) or _EMBED.match(low):
        return True
    if len(low) >= 40 and " " not in low and _SOUP.fullmatch(low):
        return True
    if _CRUMB_MARK.search(low) and _breadcrumbs(low):
        return True  # a breadcrumb trail: Home › News › Region
    if not _PIPE_MARK.search(line):
        return False
    parts = [p for p in _PIPES.split(line) if p.strip(" -")]
    return len(parts) >= 2 and all(_meta_part(p) for p in parts)


def _breadcrumbs(line: str) -> bool:
    crumbs = _CRUMBS.split(line) if "\u00ab" not in line else []  # « » are quotes
    if len(crumbs) < 3:
        crumbs = _SLASHES.split(line)
        if not _HOME.fullmatch(crumbs[0]):
            return False
    return len(crumbs) >= 3 and all(0 < len(c) <= 40 for c in crumbs[:-1]) and bool(crumbs[-1])


_ALNUM = re.compile(r"[^\W_]")
_CRUMB_MARK = re.compile(r"[\u203a\u00bb>]|\s/\s")
_PIPE_MARK = re.compile(r"[|\u2022\u00b7\u2219]")


# The line under an embedded picture post: "A post shared by Jane (@jane) on ...".
_EMBED = re.compile(
    r"(?:a post shared by|ein beitrag geteilt von|une publication partagée par|"
    r"una publicación compartida por)\b",
)
# A heading over a list of links elsewhere: a related/more label, then a few words.
_LABEL_HEAD = re.compile(
    r"\W*(?:related|editors|verwandte|ähnliche|auch interessant|"
    r"à lire|lire aussi|voir aussi|sur le même|articles similaires|relacionad|"
    r"artículos relacionados|leggi anche|correlati|gerelateerd|leia também|veja também|"
    r"czytaj|zobacz też|читайте|похожие|more (?:from|on|stories|articles|news)|"
    r"mehr (?:zum thema|aus|von|zu)|weitere (?:artikel|beiträge|themen|nachrichten))\b",
)
_CRUMBS = re.compile(r"\s*[\u203a\u00bb>]\s*")
_SLASHES = re.compile(r"\s+/\s+")
_HOME = re.compile(r"home|startseite|start|accueil|inicio|home ?page|portada|homepagina")
# Class names or markup that leaked into text: one long run of word-joined pieces.
_SOUP = re.compile(r"[\w]+(?:[-_][\w]+){4,}")


_DIGIT = re.compile(r"\d")
_PIPES = re.compile(r"\s*[|\u2022\u00b7\u2219]\s*")
_KEY_VALUE = re.compile(r"[^\W\d][\w.-]*(?: [\w.-]+){0,2}\s?:\s?\S.{0,40}")
_COUNT = re.compile(
    r"\d[\d.,]*\s*(?:views?|comments?|replies|likes?|shares?|aufrufe|kommentare?|antworten|"
    r"vues|commentaires?|réponses|visitas|comentarios?|respuestas|visite|commenti|risposte|"
    r"weergaven|reacties)",
)


def _meta_part(part: str) -> bool:
    part = _squash(part)
    low = part.lower()
    return (
        not part
        or bool(_LABEL.fullmatch(low))
        or bool(_COUNT.fullmatch(low))
        or bool(_KEY_VALUE.fullmatch(part))
        or byline_or_date(part)
    )


_COOKIE = re.compile(
    r"\bcookies?\b|\bcookie-?(?:richtlinie|hinweis|einstellungen|banner|policy|settings|"
    r"erklärung)",
)
_CONSENT = re.compile(
    r"\b(?:accept|agree|consent|allow|use|uses|using|store|stored|settings|preferences|policy|"
    r"privacy|browser|tracking|analytics|continu|akzept|zustimm|einverstanden|einwillig|verwende|"
    r"verwendet|nutzt|nutzen|setzt|setzen|einsatz|speicher|gespeichert|datenschutz|"
    r"einstellung|browser|accepte|accepter|acceptez|consentement|utilis|stock|paramètr|"
    r"confidentialité|navigat|acept|consentimiento|utiliza|usamos|privacidad|configuraci|"
    r"accett|consenso|utilizz|gebruik|toestemming|accepteer|akceptuj|zgod|używa|"
    r"aceit|consentimento|utiliz)\w*",
)


# A caption ends with its credit: "(AP Photo/Jane Roe)", "(NASA via AP, File)", "Foto: dpa".
_CREDIT_END = re.compile(
    r"(?:\((?:[^()]{0,80}\b)?(?:photo|foto|bild|image|picture|credit|crédit|file|archiv|"
    r"archive|getty images|imago|shutterstock|istock)\b[^()]{0,80}\)"
    r"|\([^()]{0,80}\bvia (?:ap|afp|reuters|getty|dpa|epa)\b[^()]{0,20}\)"
    r"|\b(?:photo|foto|bild|image|picture|crédit|credit|quelle|source)s?\s?:\s?[^.!?]{2,60})"
    r"\s*$",
)


def caption_line(text: str) -> bool:
    """Whether a block is a picture's caption (it ends with a photo credit)."""
    if len(text) > 500 or not ("(" in text or ":" in text):
        return False
    return bool(_CREDIT_END.search(text.rstrip(". ").lower()))


def cookie_line(text: str) -> bool:
    """Whether a block speaks of the site's cookies (a consent banner or notice)."""
    low = text.lower()
    return bool(_COOKIE.search(low)) and bool(_CONSENT.search(low))


# -- bylines and date lines ----------------------------------------------------------

_MONTH_NAMES = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|"
    "september|oct|october|nov|november|dec|december|"
    "januar|jänner|februar|märz|mär|mai|juni|juli|oktober|okt|dezember|dez|"
    "janvier|janv|février|févr|fév|mars|avril|avr|juin|juillet|juil|août|septembre|octobre|"
    "novembre|décembre|déc|"
    "enero|ene|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    "noviembre|diciembre|dic|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "januari|februari|maart|mei|augustus|okt|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
    "listopada|grudnia|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)
_WEEKDAYS = (
    "mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|"
    "saturday|sun|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
    "viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
)
_DATE_PART = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?\b"
    r"|\b\d{1,2}h\d{0,2}\b"
    r"|\b(?:" + _MONTH_NAMES + r")\.?\b"
    r"|\b(?:" + _WEEKDAYS + r")\b\.?"
    r"|\b\d{1,4}(?:st|nd|rd|th|er|e|º|ª)?\b\.?"
    r"|\b(?:am|pm|uhr|utc|gmt|cet|cest|mez|mesz|est|edt|pst|pdt|bst)\b",
)
# What makes a line a date: a numeric date, a time of day, or a month name with a number.
_STRONG_DATE = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b"
    r"|\b\d{1,2}:\d{2}\b"
    r"|\b\d{1,2}h\d{2}\b"
    r"|\b\d{1,4}\.?\s*(?:de\s+|of\s+)?(?:" + _MONTH_NAMES + r")\b"
    r"|\b(?:" + _MONTH_NAMES + r")\.?\s*\d{1,4}\b",
)
_AGO = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b"
    r"|\bvor\s+\d+\s*(?:min(?:uten)?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)\b"
    r"|\bil y a\s+\d+\s*(?:min(?:utes?)?|heures?|jours?|semaines?|mois|ans?)\b"
    r"|\bhace\s+\d+\s*(?:min(?:utos?)?|horas?|días?|semanas?|meses|años?)\b",
)
_META_WORDS = re.compile(
    r"\b(?:published|posted|updated|last updated|modified|created|written|on|at|by|in|and|"
    r"veröffentlicht|aktualisiert|zuletzt aktualisiert|erstellt|geschrieben|stand|am|um|von|"
    r"und|publié|mis à jour|modifié|le|à|par|et|publicado|actualizado|el|a las|por|y|"
    r"pubblicato|aggiornato|il|alle|di|e|gepubliceerd|bijgewerkt|op|om|door|en|publicado em|"
    r"atualizado|em|às|opublikowano|aktualizacja|dnia|o|"
    r"uhr|date|datum|fecha|data|time|zeit|heure|hora|ora|de|del|du|of|do|da)\b",
)
_BYLINE_START = re.compile(
    r"^(?:by|von|par|por|di|da|door|av|af|od|от|written by|posted by|published by|"
    r"geschrieben von|verfasst von|ein beitrag von|eingestellt von|erstellt von|"
    r"publié par|écrit par|publicado por|escrito por|pubblicato da|scritto da|"
    r"geschreven door|gepost door|"
    r"author|authors|autor|autorin|autoren|auteur|auteurs|autore|text|texte|"
    r"reporting by|editing by|redaktion)\b[\s:]*",
    re.IGNORECASE,
)
# The same, for text whose case must be kept (the names left in a byline).
_AGO_I = re.compile(_AGO.pattern, re.IGNORECASE)
_DATE_PART_I = re.compile(_DATE_PART.pattern, re.IGNORECASE)
_META_WORDS_I = re.compile(_META_WORDS.pattern, re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*|[a-z]{1,3}|&|and|und|et|y|e|\|)$")
_SEPARATORS = re.compile(r"[|\u2022\u00b7,/()\[\]\u2013\u2014-]+")


def _is_date_line(line: str) -> bool:
    if len(line) > 90 or not _DIGIT.search(line):
        return False
    low = line.lower()
    if not (_STRONG_DATE.search(low) or _AGO.search(low)):
        return False
    rest = _AGO.sub(" ", low)
    rest = _DATE_PART.sub(" ", rest)
    rest = _META_WORDS.sub(" ", rest)
    rest = _SEPARATORS.sub(" ", rest)
    return sum(ch.isalpha() for ch in rest) <= 2


def _is_byline(line: str) -> bool:
    m = _BYLINE_START.match(line)
    if not m or len(line) > 100:
        return False
    rest = line[m.end() :]
    if _DIGIT.search(rest):
        rest = _DATE_PART_I.sub(" ", _AGO_I.sub(" ", rest))
    rest = _META_WORDS_I.sub(" ", rest)
    words = _SEPARATORS.sub(" ", rest).split()
    if not words or len(words) > 10:
        return False
    return all(_NAME_WORD.match(w) for w in words)


def byline_or_date(text: str) -> bool:
    """Whether a short block is only a byline, a date line or both."""
    line = " ".join(text.split())
    if not line or len(line) > 120:
        return False
    line = line.strip(" |\u2022\u00b7-")
    if _is_date_line(line):
        return True
    if _is_byline(line):
        return True
    if not _DIGIT.search(line):
        return False
    # "Jane Roe | 12.03.2020": a name and a date
    parts = [p.strip() for p in _NAME_DATE.split(line) if p.strip()]
    if len(parts) >= 2 and all(_is_date_line(p) or _is_byline(p) or _is_name(p) for p in parts):
        return any(_is_date_line(p) for p in parts)
    return False


_NAME_DATE = re.compile(r"\s[|\u2022\u00b7\u2013\u2014-]\s")


def _is_name(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 4 and all(_NAME_WORD.match(w) for w in words)
