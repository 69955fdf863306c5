"""German: reporting cues, frames (so X, laut X, X zufolge), Konjunktiv I, pronouns."""

from __future__ import annotations

MULTI = (
    r"f[üu]gten?\s+(?:\w+\s+){0,3}hinzu", r"teilten?\s+(?:\w+\s+){0,3}mit",
    r"gab(?:en)?\s+(?:\w+\s+){0,3}(?:an|bekannt|zu)", r"r[äa]umten?\s+(?:\w+\s+){0,3}ein",
    r"k[üu]ndigten?\s+(?:\w+\s+){0,3}an", r"hie[ßs] es",
    r"wies(?:en)?\s+(?:\w+\s+){0,3}darauf\s+hin",
    r"wird mit den Worten zitiert", r"wurde mit den Worten zitiert", r"zitiert",
    r"fuhr\s+(?:\w+\s+){0,2}fort", r"f[äa]hrt\s+(?:\w+\s+){0,2}fort",
    r"warf\s+(?:\w+\s+){0,4}vor", r"wirft\s+(?:\w+\s+){0,4}vor",
)  # fmt: skip
VERBS: tuple[str, ...] = (
    "sagte", "sagt", "sagten", "sagen", "gesagt", "erklärte", "erklärt", "erklärten", "betonte",
    "betont", "betonten", "meinte", "meint", "meinten", "schrieb", "schreibt", "schrieben",
    "warnte", "warnt", "warnten", "kritisierte", "kritisiert", "forderte", "fordert",
    "forderten", "berichtete", "berichtet", "berichteten", "bestätigte", "bestätigt",
    "versicherte", "unterstrich", "ergänzte", "ergänzt", "bekräftigte", "verkündete",
    "antwortete", "entgegnete", "äußerte", "behauptete", "behauptet", "bestritt", "dementierte",
    "erläuterte", "verwies", "räumte", "beklagte", "lobte", "mahnte", "appellierte",
    "kommentierte", "twitterte", "verlautete", "sprach", "spricht", "fragte", "rief",
    "erzählte", "erzählt", "schilderte", "bekannte", "gestand", "versprach", "drohte",
    "kündigte", "teilte", "gab", "gaben", "wiesen", "hieß", "zitierte", "informierte",
    "präzisierte",
    "argumentierte", "befürchtete", "vermutete", "glaubt", "glaubte", "hofft", "hoffte",
    "spekuliert", "spekulierte", "vermutet", "schätzt", "schätzte", "hob", "stellte",
    "beschreibt", "beschrieb", "charakterisierte", "charakterisiert", "bezeichnete",
    "bezeichnet", "nannte", "nennt", "sprach", "schildert", "berichten", "erklären",
    "betonten", "warnten", "kritisieren", "fordern", "erwiderte", "entgegnet", "ergänzte",
    "resümierte", "bilanzierte", "folgerte", "urteilte", "zitierte", "räumt", "gesteht",
    "bekräftigt", "versichert", "verspricht", "droht", "mahnt", "beklagt", "lobt", "klagt",
    "klagte", "jubelte", "freute", "bedauerte", "bedauert", "dementiert", "bestreitet",
    "wirft", "warf", "fuhr", "fährt", "verlangte", "verlangt", "wies", "weist",
)  # fmt: skip


def _weak(stems: str) -> tuple[str, ...]:
    """Present, past and participle forms of weak verbs from their stems ("sag" ->
    sage, sagt, sagen, sagte, sagten, gesagt); stems ending in t, d, chn or gn take
    an e (berichtet, berichtete); prefixed and -ier verbs take no ge- (erklärt)."""
    out: list[str] = []
    for stem in stems.split():
        e = "e" if stem.endswith(("t", "d", "chn", "gn")) else ""
        plain = stem.endswith("ier") or stem.startswith(("be", "er", "ver", "zer", "ent", "ge"))
        participle = stem + e + "t" if plain else "ge" + stem + e + "t"
        out += [stem + "e", stem + e + "t", stem + "en", stem + e + "te", stem + e + "ten"]
        out.append(participle)
    return tuple(out)


# Speech verbs in every common form (the lists above hold the irregular ones).
VERBS = (
    *VERBS,
    *_weak(
    """
    sag erklär beton warn kritisier forder bericht bestätig versicher ergänz bekräftig
    verkünd antwort äußer behaupt erläuter beklag lob mahn appellier kommentier twitter
    informier präzisier argumentier befürcht vermut spekulier charakterisier bezeichn
    resümier bilanzier folger urteil bedauer dementier verlang schilder erzähl klag
    zitier verteidig beschwör entgegn begründ konter
    """
    ),
    "sprach", "sprachen", "spricht", "sprechen", "gesprochen", "schrieb", "schrieben",
    "schreibt", "geschrieben", "nannte", "nannten", "genannt", "beschrieb", "beschrieben",
    "bestritt", "bestritten", "gestand", "gestanden", "versprach", "versprachen",
    "warnten", "betonten", "forderten", "sprachen", "rät", "riet", "rieten", "raten",
    "empfahl", "empfahlen", "empfiehlt",
    # separable verbs at the end of a subordinate clause ("indem sie ... aufforderte")
    "aufforderte", "aufforderten", "hinzufügte", "hinzufügten", "mitteilte", "mitteilten",
    "einräumte", "ankündigte", "ankündigten", "hinwies", "feststellte", "vorwarf", "zugab",
    "ausführte", "anmerkte", "angekündigt", "mitgeteilt", "hinzugefügt", "eingeräumt",
    "hingewiesen", "festgestellt", "vorgeworfen", "zugegeben", "aufgerufen", "bekanntgegeben",
    "bekanntgab", "skandierten", "skandierte", "wertete", "werteten", "bewertete", "bewertet",
)  # fmt: skip
FRAME_ONLY = (
    "hob", "stellte", "stellten", "rief", "riefen", "fragte", "fragten", "gab", "gaben", "wiesen",
    "teilte", "teilten", "kündigte", "kündigten", "räumte", "räumten", "meinte", "meinten",
)  # fmt: skip
GERUNDS = ()
BELIEF = (
    "glaubt", "glaubte", "hofft", "hoffte", "befürchtet", "befürchtete", "vermutet",
    "vermutete", "denkt", "dachte", "meint", "meinte", "schätzt", "schätzte", "geht davon aus",
)  # fmt: skip
NOUN_CUES = ("Angaben", "Aussage", "Aussagen", "Worten", "Erklärung", "Mitteilung", "Ansicht",
             "Meinung", "Einschätzung", "Darstellung", "Bericht", "Berichten", "Informationen",
             "Auffassung", "Schätzungen", "Äußerungen")  # fmt: skip
# Preposition frames before a speaker.
PREPOSED = (r"laut (?:Angaben|Aussagen?|Informationen|Berichten)(?: (?:von|vom))?",
            r"laut", r"gem[äa][ßs]",
            r"nach (?:Angaben|Ansicht|Auffassung|Meinung|Informationen|Einschätzung|Darstellung|"
            r"Aussage|Berichten|Meldungen)(?: (?:von|vom))?",
            r"nach (?:einem|einer|dem|den|jüngsten|neuen|ersten) (?:Bericht|Berichten|Studie|"
            r"Meldung|Meldungen|Umfrage|Angaben|Schätzungen|Informationen)"
            r"(?: (?:von|vom))?")  # fmt: skip
# Postpositions after a speaker ("dem Bericht zufolge").
POSTPOSED = (r"zufolge",)
PRONOUNS = ("er", "sie", "es", "wir", "ich", "ihr")
SUBJECT_PRONOUNS = ("er",)
FIRST_PERSON = ("ich", "wir", "mich", "uns")
IMPERSONAL = ("es",)  # "sie" is also "they": not followed
PRONOUN_FEATURES = {
    "er": ("m", "sg"), "sie": ("", ""), "es": ("n", "sg"), "wir": ("", "pl"), "ich": ("", "self"),
}  # fmt: skip
DETERMINERS = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen", "eines",
    "sein", "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem", "ihren",
    "dieser", "diese", "dieses", "diesem", "diesen", "mehrere", "viele", "einige", "beide",
    "zwei", "drei", "alle", "andere",
)  # fmt: skip
# Nouns that name a work, a title, a vessel, a firm or a motto; a compound ends in one
# ("Walfangstation", "Wochenzeitung").
WORK_NOUNS = (
    "buch", "film", "roman", "titel", "motto", "lied", "song", "album", "zeitung", "zeitschrift",
    "magazin", "website", "webseite", "sendung", "serie", "schiff", "station", "firma",
    "kampagne", "slogan", "theaterstück", "oper", "ausstellung", "festival", "gedicht", "hotel",
    "restaurant", "marke", "operation", "thema", "keynote", "vortrag", "sprichwort",
    "stichwort", "begriff", "serien",
)  # fmt: skip
SPEAKER_NOUNS = (
    "sprecher", "sprecherin", "polizei", "ministerium", "regierung", "minister", "ministerin",
    "präsident", "präsidentin", "staatsanwalt", "staatsanwältin", "staatsanwaltschaft",
    "experte", "experten", "expertin", "behörde", "behörden", "unternehmen", "bericht",
    "zeitung", "agentur", "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin", "chef",
    "chefin", "vorsitzende", "vorsitzender", "sprecherin", "feuerwehr", "gericht", "anwalt",
    "anwältin", "forscher", "forscherin", "wissenschaftler", "wissenschaftlerin", "partei",
    "verband", "gewerkschaft", "reporter", "reporterin", "journalist", "journalistin", "zeugen",
    "augenzeugen", "beobachter", "kritiker", "angaben", "sender", "magazin", "quellen",
)  # fmt: skip
ABBREVIATIONS = ("dr", "prof", "bzw", "ca", "z.b", "u.a", "d.h", "usw", "nr", "st", "vgl", "evtl",
                 "inkl", "ggf", "jan", "feb", "mrz", "apr", "jun", "jul", "aug", "sep", "sept",
                 "okt", "nov", "dez", "mio", "mrd", "bzw")  # fmt: skip
NUMBER_ABBREVIATIONS = ("nr",)
FEMALE_TITLES = ("frau",)
MALE_TITLES = ("herr",)
TITLES = ("dr", "prof", "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin",
          "minister", "ministerin", "präsident", "präsidentin", "bürgermeister",
          "bürgermeisterin", "sprecher", "sprecherin")  # fmt: skip
# Konjunktiv I (and the Konjunktiv II forms that stand in for it): the mark of reported speech.
SUBJUNCTIVE = (
    "sei", "seien", "seiest", "habe", "hätte", "hätten", "werde", "würde", "würden", "könne",
    "könnten", "müsse", "müssten", "solle", "wolle", "dürfe", "gebe", "gäbe", "stehe", "liege",
    "komme", "gehe", "bleibe", "handle", "handele", "brauche", "wisse", "lasse", "trage",
    "sehe", "fehle", "zeige", "gelte", "bestehe", "plane", "wäre", "wären", "möchte", "biete",
    "arbeite", "erwarte", "rechne", "halte", "führe", "spiele", "stamme", "befinde",
    "nehme", "finde", "glaube", "denke", "mache", "wolle", "müsse", "könne", "lehne",
    "sehe", "kenne", "wolle", "trete", "falle", "helfe", "wachse", "laufe", "treffe",
)  # fmt: skip
STOPWORDS = ("der", "die", "und", "ist", "nicht", "das", "ein", "eine", "mit", "von",
             "auf", "für", "sich", "dem", "den", "des", "auch", "wird", "wurde")  # fmt: skip
