"""Main-content extraction: which parts of a page are the article body.

The page is cut into *blocks* (runs of text between block-level tags), each
knowing the element that holds it. Then:

1. Page parts named or marked as furniture (``nav``, ``aside``, ``footer``,
   ARIA roles, class/id words from :mod:`.cues`: navigation, comments,
   share bars, related lists, bylines, cookie banners...) are dropped, unless
   they hold most of the page's prose: some sites wrap the whole article in
   an ``aside`` or a ``form``, and a forum thread is all comments.
2. Every block gets a weight: prose counts for (long paragraphs more than
   short lines), link lists and furniture labels count against. The body
   container is the element whose blocks weigh most, so a container that
   adds navigation or teaser lists to the article loses to the article
   alone, and an article cut into many small wrappers is taken whole.
3. Inside it, blocks that are furniture on their own (labels such as
   "Share" or "Lesen Sie auch", bylines, date lines, link lists) are left
   out; the rest are written, text node by text node, into a
   :class:`TextBuilder` so every character keeps its source position.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from html.entities import html5

from . import cues
from .htmltree import Document, Element, Text
from .textmap import TextBuilder

__all__ = ["emit_text", "extract_body"]

# Never text, whatever their size: invisible, or controls.
NEVER = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "svg",
        "iframe",
        "object",
        "embed",
        "video",
        "audio",
        "canvas",
        "map",
        "select",
        "option",
        "button",
        "input",
        "textarea",
        "label",
        "dialog",
        "picture",
        "figcaption",
    ]
)
# Page furniture by tag, dropped unless it holds most of the page's prose.
FURNITURE_TAGS = {
    "nav": cues.NAV,
    "menu": cues.NAV,
    "footer": cues.SIDE,
    "header": cues.SIDE,
    "aside": cues.BOILER,
    "form": cues.BOILER,
    "figure": cues.BOILER,
}
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "menu",
    ]
)
HEADINGS = frozenset(["h2", "h3", "h4", "h5", "h6"])
INLINE_OR_PARA = frozenset(["a", "p", "span", "b", "i", "em", "strong", "h1", *HEADINGS])
# Share of the page's prose a furniture part must hold to be kept as a wrapper.
WRAPPER_SHARE = 0.5
STRICT_SHARE = 0.8
# A block of this many characters counts fully as prose; shorter ones less.
PROSE_LENGTH = 250.0
# Weight of a character of link list or furniture label against the container.
AGAINST = 1.0
SIBLING_SHARE = 0.2
CARD_TEXT = 700
CONSENT_TEXT = 3000
SENTENCE_LINKS = True
# A sibling of the container with this much prose and nothing against it is a lead.
CLEAN_PROSE = 80
LEAD_LEVELS = 2
CAPTIONS = True
TEASERS = "teasers"
# Prose (weight) beside a comment section that makes it an article's comments.
ARTICLE_BESIDE = 200.0
WEAK_NAV = "weak-nav"
STRICT = frozenset([cues.COMMENTS, TEASERS, cues.NAV, cues.SIDE])
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Entities, and white space runs other than one plain space (single spaces
# stay inside literal runs, which keeps the number of segments small).
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w.+-]+\s?\[at\]\s?[\w.-]+",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?:\S+\s+){7,}\S*[.!?:\u2026][\"\u201d\u00bb)]?", re.DOTALL)
_SPECIAL = re.compile(
    r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)"
    r"|[\t\n\f\r\xa0][\t\n\f\r \xa0]*| [\t\n\f\r \xa0]+"
)


def emit_text(builder: TextBuilder, source: str, start: int, end: int) -> None:
    """Write source text ``[start, end)`` with entities decoded and space folded."""
    pos = start
    for m in _SPECIAL.finditer(source, start, end):
        s, e = m.span()
        if s > pos:
            builder.literal(pos, s)
        token = m.group(0)
        if token[0] != "&":
            builder.space(s, e)
        elif token[1] == "#":
            char = html.unescape(token)
            if char == "\xa0":
                builder.space(s, e)
            else:
                builder.replaced(char, s, e)
        else:
            name = token[1:]
            if name in html5:
                if html5[name] == "\xa0":
                    builder.space(s, e)
                else:
                    builder.replaced(html5[name], s, e)
            else:
                for k in range(len(name) - 1, 1, -1):
                    if name[:k] in html5:
                        builder.replaced(html5[name[:k]], s, s + 1 + k)
                        builder.literal(s + 1 + k, e)
                        break
                else:
                    builder.literal(s, e)
        pos = e
    if end > pos:
        builder.literal(pos, end)


class _Block:
    """A run of text between block-level tags."""

    __slots__ = ("at", "furniture", "items", "kind", "links", "text", "weight")

    def __init__(self, at: int, kind: str) -> None:
        self.at = at  # index of the element holding it, in document order
        self.kind = kind
        self.items: list[tuple[bool, int, int]] = []  # (is_text, start, end)
        self.text = 0
        self.links = 0
        self.weight = 0.0
        self.furniture = False  # a label, byline or date line

    def string(self, source: str) -> str:
        return "".join(source[s:e] for is_text, s, e in self.items if is_text)


class _Page:
    """The blocks of a page and what the walk learnt about its elements."""

    def __init__(self) -> None:
        self.blocks: list[_Block] = []
        self.order: list[Element] = []  # elements in document order
        self.parent: list[int] = []  # index of each element's parent, -1 for the top
        self.last: list[int] = []  # index of the last element inside each element
        # Furniture candidates: (element indexes, category); a teaser list has several.
        self.cands: list[tuple[list[int], str]] = []
        self.text: list[int] = []
        self.links: list[int] = []
        self.prose: list[float] = []
        self.linked: list[int] = []
        self.score: list[float] = []
        self.dropped = bytearray()
        self.consent: list[_Block] = []  # blocks that speak of cookies


def _hidden(el: Element) -> bool:
    attrs = el.attrs
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


@functools.lru_cache(maxsize=16384)
def _category_of(tag: str, raw: str) -> str | None:
    """Furniture category of an element from its tag, names and role, or None."""
    if tag in ("html", "body", "#root", "main", "h1") or tag in HEADINGS:
        return None
    if "class" in raw or "id" in raw or "role" in raw or "itemprop" in raw:
        attrs = _names(raw)
        itemprop = attrs.get("itemprop", "")
        if itemprop == "articleBody" or itemprop == "text":
            return None
        cat = cues.name_category(attrs.get("class", ""), attrs.get("id", ""), attrs.get("role", ""))
        if cat is not None:
            return cat
        if itemprop in ("author", "datePublished", "dateModified", "publisher"):
            return cues.META
        if itemprop == "comment":
            return cues.COMMENTS
    return FURNITURE_TAGS.get(tag)


_NAME_ATTR = re.compile(
    r"""(?:^|[\s"'/])(class|id|role|itemprop)[\t\n\f\r ]*=[\t\n\f\r ]*"""
    r"""(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >"']+))""",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=16384)
def _names(raw: str) -> dict[str, str]:
    """The class, id, role and itemprop of a start tag's attributes (first of each)."""
    found: dict[str, str] = {}
    for name, double, single, bare in _NAME_ATTR.findall(raw):
        name = name.lower()
        if name not in found:
            found[name] = double or single or bare
    return found


def _inline_len(el: Element, source: str) -> int:
    total = 0
    stack: list[Element | Text] = [el]
    while stack:
        node = stack.pop()
        if isinstance(node, Text):
            total += len(source[node.start : node.end].strip())
        elif node.tag not in NEVER:
            stack.extend(node.children)
    return total


def _segment(body: Element, source: str) -> _Page:
    """Walk the page once: blocks, elements in order, furniture candidates."""
    page = _Page()
    blocks = page.blocks
    order = page.order
    parents = page.parent
    last = page.last
    cands = page.cands
    current = _Block(0, "body")
    blocks.append(current)
    order.append(body)
    parents.append(-1)
    last.append(0)
    holder = [0]  # holder[i]: index of the block-level element around order[i]
    # Frames: (children left, element index, inside a link, block-level element around)
    stack: list[tuple[Iterator[Element | Text], int, bool, int]] = [
        (iter(body.children), 0, False, 0)
    ]
    while stack:
        it, i, in_link, held = stack[-1]
        for node in it:
            if node.__class__ is Text:
                start, end = node.start, node.end
                n = len(source[start:end].strip())
                if n:
                    current.items.append((True, start, end))
                    current.text += n
                    if in_link:
                        current.links += n
                elif current.items:
                    current.items.append((True, start, end))
                continue
            el: Element = node  # type: ignore[assignment]
            tag = el.tag
            if tag in NEVER:
                continue
            raw = el.raw_attrs
            if raw:
                if ("hidden" in raw or "none" in raw) and _hidden(el):
                    continue
                cat = _category_of(tag, raw)
            else:
                cat = FURNITURE_TAGS.get(tag)
            if tag == "br":
                current.items.append((False, el.start, el.end))
                continue
            j = len(order)
            block = tag in BLOCK_TAGS
            if cat is not None:
                if cat == cues.HIDDEN:
                    continue
                if not block:
                    # Inline furniture (a byline span, a share link): small, so dropped.
                    if _inline_len(el, source) < 200:
                        continue
                else:
                    cands.append(([j], cat))
            if block:
                kind = "body"
                if tag in HEADINGS:
                    kind = "heading"
                elif tag == "blockquote":
                    kind = "blockquote"
                elif tag == "h1":
                    kind = "title"
                current = _Block(j, kind)
                blocks.append(current)
            order.append(el)
            parents.append(i)
            last.append(j)
            holder.append(held)
            stack.append((iter(el.children), j, in_link or tag == "a", j if block else held))
            break
        else:
            stack.pop()
            last[i] = len(order) - 1
            if i and order[i].tag in BLOCK_TAGS:
                current = _Block(holder[i], "body")
                blocks.append(current)
    return page


def _classify(page: _Page, source: str) -> None:
    """Weigh every block: prose for, link lists and furniture labels against."""
    for b in page.blocks:
        if b.text == 0:
            continue
        line = ""
        if b.text <= 700:
            line = b.string(source)
            if "&" in line:
                line = html.unescape(line)
            if (b.text <= 160 and (cues.boilerplate_line(line) or cues.byline_or_date(line))) or (
                CAPTIONS and cues.caption_line(line)
            ):
                b.weight = -AGAINST * b.text
                b.furniture = True
                continue
        density = b.links / b.text
        if density > 0.5:
            line = line.strip()
            if _ADDRESS.fullmatch(line) or (SENTENCE_LINKS and _SENTENCE.fullmatch(line)):
                # A web or mail address written out, or a whole linked sentence, is text.
                b.links = 0
                b.weight = float(b.text)
            else:
                b.weight = -AGAINST * b.text
            continue
        if "ookie" in line and cues.cookie_line(line):
            page.consent.append(b)
        b.weight = b.text * min(1.0, b.text / PROSE_LENGTH) * (1 - density)


def _totals(page: _Page) -> None:
    """Text, link text and prose weight of every element, blocks below included."""
    n = len(page.order)
    text = [0] * n
    links = [0] * n
    prose = [0.0] * n
    linked = [0] * n  # longest link-only block below
    for b in page.blocks:
        if b.text:
            at = b.at
            text[at] += b.text
            links[at] += b.links
            if b.weight > 0:
                prose[at] += b.weight
            elif b.links * 2 > b.text and b.text > linked[at]:
                linked[at] = b.text
    parents = page.parent
    for i in range(n - 1, 0, -1):
        p = parents[i]
        text[p] += text[i]
        links[p] += links[i]
        prose[p] += prose[i]
        if linked[i] > linked[p]:
            linked[p] = linked[i]
    page.text, page.links, page.prose, page.linked = text, links, prose, linked


def _teaser_lists(page: _Page) -> None:
    """Parts made of teaser cards (a linked title and a little text), as candidates.

    A card holds at most ``CARD_TEXT`` characters, a link-only line of 12 or
    more and some text that is not a link. A part where three or more cards
    hold most of the text is a teaser list (related stories, more from the
    site); like other furniture it stays if it holds most of the page's prose.
    """
    text, links, linked, parents = page.text, page.links, page.linked, page.parent
    n = len(text)
    card = [text[i] <= CARD_TEXT and linked[i] >= 12 and text[i] - links[i] >= 40 for i in range(n)]
    count = [0] * n
    held = [0] * n
    for i in range(n - 1, 0, -1):
        if card[i] and not card[parents[i]]:
            count[i] += 1
            held[i] += text[i]
        p = parents[i]
        count[p] += count[i]
        held[p] += held[i]
    region = [count[i] >= 3 and held[i] >= 0.7 * text[i] for i in range(n)]
    for i in range(1, n):
        if region[i] and not region[parents[i]]:
            page.cands.append(([i], TEASERS))


def _consent_boxes(page: _Page) -> None:
    """Small parts where text about cookies is a good share: consent banners."""
    if not page.consent:
        return
    text, parents, last = page.text, page.parent, page.last
    n = len(text)
    cookie = [0] * n
    for b in page.consent:
        cookie[b.at] += b.text
    for i in range(n - 1, 0, -1):
        cookie[parents[i]] += cookie[i]
    i = 1
    while i < n:
        if cookie[i] and text[i] <= CONSENT_TEXT and cookie[i] >= 0.3 * text[i]:
            page.cands.append(([i], cues.BOILER))
            i = last[i] + 1
        else:
            i += 1


def _siblings_together(page: _Page) -> list[tuple[list[int], str]]:
    """Candidates in document order, like siblings as one (the posts of a thread)."""
    groups: dict[tuple[int, str, str, str], list[int]] = {}
    out: list[tuple[list[int], str]] = []
    for members, cat in sorted(page.cands, key=lambda c: c[0][0]):
        if len(members) == 1:
            el = page.order[members[0]]
            key = (page.parent[members[0]], cat, el.tag, _names(el.raw_attrs).get("class", ""))
            group = groups.get(key)
            if group is not None:
                group.append(members[0])
                continue
            groups[key] = members = [members[0]]
        out.append((members, cat))
    return out


def _drops(page: _Page) -> None:
    """Drop furniture candidates, unless one holds most of the page's prose.

    Navigation, comments and teaser lists are weighed first, against all the
    page's prose; then the parts only their tag or a weaker name marks
    (``aside``, ``form``, bylines...) against what is left, so that a big
    comment section does not make the article's own wrapper look small.
    """
    prose, last = page.prose, page.last
    cands = _siblings_together(page)
    total = prose[0] if prose else 0.0
    dropped = bytearray(len(page.order))
    for strict in (True, False):
        for members, cat in cands:
            if cat == cues.NAV and page.links[members[0]] < 0.3 * page.text[members[0]]:
                cat = WEAK_NAV  # named a menu but made of prose: tabs, a panel
            if dropped[members[0]] or (cat in STRICT) != strict:
                continue
            held = sum(prose[i] for i in members)
            share = STRICT_SHARE if strict else WRAPPER_SHARE
            # Comments stay only where little else is said (a forum thread).
            if (total and held >= share * total) and (
                cat != cues.COMMENTS or total - held < ARTICLE_BESIDE
            ):
                continue
            for i in members:
                dropped[i : last[i] + 1] = b"\x01" * (last[i] + 1 - i)
        if strict:
            total = sum(b.weight for b in page.blocks if b.weight > 0 and not dropped[b.at])
    page.dropped = dropped


def _choose(page: _Page) -> list[int]:
    """The body container (plus siblings that are prose too), as element indexes."""
    order, parents, dropped, text = page.order, page.parent, page.dropped, page.text
    score = [0.0] * len(order)
    against = [0.0] * len(order)
    for b in page.blocks:
        if b.text and not dropped[b.at]:
            score[b.at] += b.weight
            if b.weight < 0:
                against[b.at] -= b.weight
    for i in range(len(order) - 1, 0, -1):
        score[parents[i]] += score[i]
        against[parents[i]] += against[i]
    page.score = score
    best, best_score = 0, score[0]
    for i, el in enumerate(order):
        if score[i] >= best_score and not dropped[i] and el.tag not in INLINE_OR_PARA:
            best, best_score = i, score[i]
    first = _one_article(page, best)
    if first != best or best == 0:
        return [first]
    parent = parents[best]
    chosen = []
    threshold = max(50.0, SIBLING_SHARE * score[best])
    i = parent + 1
    while i < len(order) and i <= page.last[parent]:
        if i == best or (
            not dropped[i]
            and (score[i] >= threshold or (text[i] >= CLEAN_PROSE and not against[i]))
        ):
            chosen.append(i)
        i = page.last[i] + 1
    # A lead or intro a level or two further up, just before the container.
    inner = parent
    for _ in range(LEAD_LEVELS):
        outer = parents[inner]
        if outer <= 0:
            break
        i = outer + 1
        leads = []
        while i < inner:
            if not dropped[i] and text[i] >= CLEAN_PROSE and score[i] > 0 and not against[i]:
                leads.append(i)
            elif score[i] or against[i]:
                leads = []
            i = page.last[i] + 1
        chosen[:0] = leads
        inner = outer
    return chosen


def _one_article(page: _Page, best: int) -> int:
    """Of a list of whole articles (an endless page), the first one."""
    order, score, last = page.order, page.score, page.last
    top = best
    while True:
        kids = []
        i = top + 1
        while i <= last[top]:
            if score[i] > 0.02 * score[top]:
                kids.append(i)
            i = last[i] + 1
        if len(kids) == 1 and score[kids[0]] >= 0.9 * score[top]:
            top = kids[0]
            continue
        articles = [k for k in kids if order[k].tag == "article" and _has_heading(page, k)]
        if len(articles) < 2 or sum(score[k] for k in articles) < 0.8 * score[top]:
            return best
        best = top = articles[0]


def _has_heading(page: _Page, i: int) -> bool:
    order = page.order
    return any(order[k].tag in ("h1", "h2", "h3") for k in range(i + 1, page.last[i] + 1))


LINK_KEEP = 300


def _keep(b: _Block) -> bool:
    if b.kind == "title":
        return False
    if b.furniture:
        return False
    if b.links > 0.6 * b.text:
        return b.text >= LINK_KEEP
    return True


def extract_body(doc: Document, builder: TextBuilder) -> None:
    """Write the article body of ``doc`` into ``builder`` as paragraphs."""
    source = doc.source
    body = doc.body or doc.root
    page = _segment(body, source)
    _classify(page, source)
    _totals(page)
    _teaser_lists(page)
    _consent_boxes(page)
    _drops(page)
    inside = bytearray(len(page.order))
    for i in _choose(page):
        inside[i : page.last[i] + 1] = b"\x01" * (page.last[i] + 1 - i)
    dropped = page.dropped
    for b in page.blocks:
        at = b.at
        if not b.text or dropped[at] or not inside[at] or not _keep(b):
            continue
        builder.open_paragraph(b.kind)
        for is_text, s, e in b.items:
            if is_text:
                emit_text(builder, source, s, e)
            else:
                builder.line_break(s, e)
        builder.close_paragraph()
