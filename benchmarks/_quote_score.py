"""Matching and counting for the quote benchmarks (shared by every data set).

An attribution here is content spans, the speaker mention's spans and, where
known, a resolved speaker name; spans are code points of one text (or bytes
of one page: the unit only has to be the same on both sides).

Every figure is one one-to-one matching between one set of ours and one set
of the gold: precision divides by the size of our set, recall by the size
of the gold set. The same rule is applied to every system.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

Spans = tuple[tuple[int, int], ...]


class Attr:
    __slots__ = ("content", "how", "kind", "name", "quoted", "source")

    def __init__(
        self,
        content: Spans,
        source: Spans = (),
        *,
        kind: str = "direct",
        quoted: Spans = (),
        name: str | None = None,
        how: str = "",
    ) -> None:
        self.content = content
        self.how = how
        self.source = source
        self.kind = kind
        self.quoted = quoted or (content if kind == "direct" else ())
        self.name = name

    @property
    def has_quote(self) -> bool:
        return bool(self.quoted)

    @property
    def unresolved(self) -> bool:
        """No name claimed: no speaker, or a mention the extractor left unresolved."""
        return self.name is None or "unresolved" in self.how


def overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def length(a: Spans) -> int:
    return sum(e - s for s, e in a)


def match(
    pred: Sequence[Attr],
    gold: Sequence[Attr],
    strict: bool = False,
    *,
    field: str = "content",
    text: str | None = None,
) -> list[tuple[Attr, Attr]]:
    """One-to-one, greedy by overlap. ``strict``: half of the gold span covered. With
    ``text``, a tie in overlap goes to the gold whose speaker mention matches ours (one
    quotation annotated twice, once for the outlet quoting and once for the one quoted)."""
    pairs = []
    for i, p in enumerate(pred):
        ps = getattr(p, field)
        for j, g in enumerate(gold):
            gs = getattr(g, field)
            ov = overlap(ps, gs)
            if ov > 0 and (not strict or ov >= 0.5 * length(gs)):
                same = text is not None and mention_ok(p, g, text)
                pairs.append((ov, not same, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((pred[i], gold[j]))
    return out


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower()) if w not in ("the", "a", "an")]


def mention_ok(p: Attr, g: Attr, text: str) -> bool:
    """The speaker *mention* matches (no resolution): the spans overlap, or
    the words of one are among the words of the other (another mention of
    the same speaker, e.g. "Caddell" in an earlier sentence)."""
    if not g.source:
        return not p.source
    if overlap(p.source, g.source) > 0:
        return True
    if not p.source:
        return False
    mine = set(_words(" ".join(text[a:b] for a, b in p.source)))
    theirs = set(_words(" ".join(text[a:b] for a, b in g.source)))
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


# -- resolved names ------------------------------------------------------------------

NAME_RULE = (
    "names match when, after folding case and accents and dropping 'the', possessive 's, "
    "punctuation and titles (Mr, Mrs, Ms, Dr, Sen, Rep, Gov, President, Prime Minister, ...), "
    "our words are a subset of the gold words that includes the gold's last word and one "
    "capitalised word as written (so 'Trump' = 'Donald Trump', 'Foreign Ministry' = "
    "'Russian Foreign Ministry', but 'the ministry' != 'Russian Foreign Ministry'), or the "
    "gold words are a subset of ours (ours adds a title or role); joint speakers ('A and B') "
    "must match member by member; a gold description (unnamed speaker) matches a name or "
    "description holding its head noun (the last word before of/on/at/in/from/with/for/who/"
    "that); an acronym matches the name whose capitalised words, or the last of them, it "
    "spells ('The US' = 'United States', 'IMF' = 'International Monetary Fund'); an "
    "unattributed gold matches no name"
)
_TITLES = frozenset(
    re.findall(
        r"\w+",
        "mr mrs ms miss dr prof sir dame lord lady sen senator rep representative gov governor "
        "president prime minister chancellor secretary general gen col lt capt sgt judge justice "
        "king queen prince princess pope rev father sister brother herr frau",
    )
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def _name_words(name: str) -> list[tuple[str, bool]]:
    """(folded word, capitalised as written) for each word of a name."""
    name = re.sub(r"[\u2019']s\b", "", name)
    out = []
    for w in re.findall(r"[^\W_]+", _fold(name)):
        low = w.lower()
        if low in ("the", "a", "an", "of", "s"):
            continue
        out.append((low, w[0].isupper()))
    return out


def _spells(short: str, full: str) -> bool:
    """``short`` ("The US", "IMF") is the initials of ``full``'s capitalised words, or of
    their last ones."""
    words = [w for w in short.replace(".", "").split() if w.lower() != "the"]
    if len(words) != 1 or not (words[0].isalpha() and words[0].isupper()):
        return False
    letters = words[0]
    caps = [w[0] for w in re.split(r"[\s\-]+", full) if w[:1].isupper() and w.lower() != "the"]
    return 2 <= len(letters) <= 6 and "".join(caps[-len(letters) :]) == letters


def _one_name_ok(ours: str, gold: str, gold_kind: str) -> bool:
    if gold_kind != "description" and (_spells(ours, gold) or _spells(gold, ours)):
        return True
    o = _name_words(ours)
    g = _name_words(gold)
    if not o or not g:
        return False
    ow = {w for w, _ in o if w not in _TITLES}
    gw = {w for w, _ in g if w not in _TITLES}
    if not gw:
        gw = {w for w, _ in g}
        ow = {w for w, _ in o}
    if gold_kind == "description":
        head = [w for w, _ in g]
        for i, w in enumerate(head):
            if w in ("on", "at", "in", "from", "with", "for", "who", "that") and i > 0:
                head = head[:i]
                break
        return head[-1] in {w for w, _ in o}
    if gw <= ow:
        return True
    last = g[-1][0]
    capital = any(cap and w in gw for w, cap in o)
    return bool(ow) and ow <= gw and last in ow and capital


def speaker_verdict(ours: Attr, gold: str | None, gold_kind: str) -> str:
    """``right``, ``wrong`` or ``unresolved``: a name that matches the gold's is right
    (an unattributed gold is right only with no speaker); otherwise a quote that claims
    no name (no speaker, or a mention left unresolved) is unresolved, never right, and
    any other name is wrong."""
    if name_ok(ours.name, gold, gold_kind):
        return "right"
    return "unresolved" if ours.unresolved else "wrong"


def name_ok(ours: str | None, gold: str | None, gold_kind: str) -> bool:
    if gold is None or gold_kind == "unattributed":
        return ours is None
    if ours is None:
        return False
    gold_parts = [p for p in re.split(r"\s+and\s+|\s*&\s*", gold) if p.strip()]
    our_parts = [p for p in re.split(r"\s+and\s+|\s*&\s*|,\s*", ours) if p.strip()]
    if len(gold_parts) > 1:
        if len(our_parts) != len(gold_parts):
            return _one_name_ok(ours, gold, gold_kind)
        left = list(our_parts)
        for g in gold_parts:
            hit = next((o for o in left if _one_name_ok(o, g, gold_kind)), None)
            if hit is None:
                return False
            left.remove(hit)
        return True
    return _one_name_ok(ours, gold, gold_kind)


# -- tables --------------------------------------------------------------------------


def prf(tp: int, n_pred: int, n_gold: int, tp_gold: int | None = None) -> tuple[float, ...]:
    p = tp / n_pred if n_pred else 0.0
    r = (tp if tp_gold is None else tp_gold) / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Tally:
    """Counts for one row: matched, with speaker, sizes of both sets."""

    def __init__(self) -> None:
        self.tp = self.tp_speaker = self.n_pred = self.n_gold = 0
        self.tp_s = self.tp_speaker_s = 0

    def add(
        self,
        pred: Sequence[Attr],
        gold: Sequence[Attr],
        text: str,
        field: str = "content",
    ) -> None:
        self.n_pred += len(pred)
        self.n_gold += len(gold)
        for strict in (False, True):
            pairs = match(pred, gold, strict, field=field, text=text)
            ok = sum(mention_ok(p, g, text) for p, g in pairs)
            if strict:
                self.tp_s += len(pairs)
                self.tp_speaker_s += ok
            else:
                self.tp += len(pairs)
                self.tp_speaker += ok

    def rows(self, label: str, speaker: bool = True) -> Iterable[tuple[str, tuple[float, ...]]]:
        yield (
            label,
            prf(self.tp, self.n_pred, self.n_gold) + prf(self.tp_s, self.n_pred, self.n_gold),
        )
        if speaker:
            yield (
                label + " + speaker",
                prf(self.tp_speaker, self.n_pred, self.n_gold)
                + prf(self.tp_speaker_s, self.n_pred, self.n_gold),
            )


def verdict(value: float, target: float) -> str:
    return f"{'PASS' if value >= target else 'FAIL'} (target >= {target:.2f})"
