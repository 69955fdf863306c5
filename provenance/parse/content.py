"""Main-content extraction: which parts of a page are the article body.

Boilerplate (navigation, headers and footers, cookie banners, share bars,
related-article lists, reader comments, captions) is dropped by tag, by
role, by class/id and by link density; the body container is the element
whose paragraphs score highest (paragraph length, commas, few links), plus
siblings that score well too. The chosen blocks are then written, text
node by text node, into a :class:`TextBuilder` so every character keeps
its source position.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from html.entities import html5

from .htmltree import Document, Element, Text
from .textmap import TextBuilder

__all__ = ["emit_text", "extract_body"]

DROP_TAGS = frozenset(
    [
        "nav",
        "footer",
        "aside",
        "button",
        "select",
        "option",
        "svg",
        "figure",
        "figcaption",
        "iframe",
        "menu",
        "dialog",
        "input",
        "textarea",
        "label",
        "object",
        "video",
        "audio",
        "canvas",
        "map",
        "template",
        "script",
        "style",
        "noscript",
        "head",
        "title",
        "form",
        "picture",
    ]
)
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
    ]
)
PARA_TAGS = frozenset(["p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6", "li", "td", "dd"])
_NEGATIVE = re.compile(
    r"(^|[\s_-])(ad|ads|advert\w*|banner|breadcrumbs?|byline|caption|comments?|comment-\w+|"
    r"community|consent|cookie\w*|credits?|disqus|footer|gdpr|header|masthead|menu|modal|"
    r"most-?popular|nav|navbar|navigation|newsletter|outbrain|pagination|popup|promo\w*|"
    r"recirc\w*|related|recommend\w*|remark|replies|rss|share\w*|sharing|sidebar|signup|"
    r"skip|skyscraper|social|sponsor\w*|subscribe\w*|subscription|taboola|tags?|toolbar|"
    r"tools|trending|widget|author-bio|bio|more-stories|read-more|inline-ad|"
    r"hidden|visually-hidden|sr-only|print-only|topics|keywords)($|[\s_-])",
    re.IGNORECASE,
)
_POSITIVE = re.compile(
    r"article|body|content|entry|main|post|story|text|blog|prose|rich-?text", re.IGNORECASE
)
_ROLE_DROP = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_BOILER_LINE = re.compile(
    r"^(advertisement|advertising|anzeige|werbung|publicit\u00e9|publicidad|ad|sponsored|"
    r"read more|continue reading|lesen sie auch|lesen sie mehr|weiterlesen|lire aussi|"
    r"\u00e0 lire aussi|leer m\u00e1s|lee tambi\u00e9n|ver tambi\u00e9n|leggi anche|"
    r"share this( article| story)?|share|teilen|partager|compartir|condividi|"
    r"subscribe|abonnieren|sign up|newsletter|"
    r"related( articles?| stories| posts| content)?|recommended( for you)?|"
    r"\u00e4hnliche (beitr\u00e4ge|artikel)|auch interessant|mehr zum thema|"
    r"das (thema )?k\u00f6nnte (dich|sie) auch interessieren|weitere informationen|"
    r"weiterf\u00fchrende links?|kommentare?( schreiben| geschlossen| \(\d+\))?|comments?|"
    r"tagged|tags|schlagw\u00f6rter|themen|topics|beitragsbild|"
    r"click here|follow us.*|image:? .*|photo:? .*|foto:? .*|bild:? .*|getty images|"
    r"reuters|ap photo.*|lade weitere inhalte|load more|mehr laden)\W*$",
    re.IGNORECASE,
)
# Entities, and white space runs other than one plain space (single spaces
# stay inside literal runs, which keeps the number of segments small).
_SPECIAL = re.compile(
    r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)"
    r"|[\t\n\f\r\xa0][\t\n\f\r \xa0]*| [\t\n\f\r \xa0]+"
)
_WORDS = re.compile(r"\S+")


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


def _class_id(el: Element) -> str:
    raw = el.raw_attrs
    if not raw or ("class" not in raw and "id" not in raw):
        return ""
    attrs = el.attrs
    return f"{attrs.get('class', '')} {attrs.get('id', '')}".strip()


def _structural_drop(el: Element) -> bool:
    """Dropped whatever its size: by tag, hidden, or by ARIA role."""
    tag = el.tag
    if tag in DROP_TAGS:
        return True
    if tag in ("html", "body", "#root", "main", "article", "p"):
        return False
    if not el.raw_attrs:
        return False
    attrs = el.attrs
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    if attrs.get("role", "").lower() in _ROLE_DROP:
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _negative_names(el: Element) -> bool:
    """Boilerplate by class/id (or a page header), unless also named like content."""
    if el.tag in ("html", "body", "#root", "main", "article", "p"):
        return False
    if el.tag == "header":
        return True
    names = _class_id(el)
    if names and _NEGATIVE.search(names):
        return not _POSITIVE.search(names.replace("comment", "").replace("bio", ""))
    return False


class _Stats:
    __slots__ = ("commas", "links", "text")

    def __init__(self) -> None:
        self.text = 0
        self.links = 0
        self.commas = 0


def _stats(
    root: Element, source: str, drop: Callable[[Element], bool]
) -> tuple[dict[Element, _Stats], set[Element]]:
    stats: dict[Element, _Stats] = {}
    dropped: set[Element] = set()
    order: list[Element] = []
    stack = [root]
    while stack:
        el = stack.pop()
        if el is not root and drop(el):
            dropped.add(el)
            continue
        order.append(el)
        stack.extend(c for c in el.children if isinstance(c, Element))
    kept = set(order)
    for el in reversed(order):
        st = _Stats()
        for child in el.children:
            if isinstance(child, Text):
                chunk = source[child.start : child.end]
                st.text += len(chunk.strip())
                st.commas += chunk.count(",")
            elif child in kept:
                cs = stats[child]
                st.text += cs.text
                st.links += cs.links
                st.commas += cs.commas
        if el.tag == "a":
            st.links = st.text
        stats[el] = st
    return stats, dropped


def _compute(root: Element, source: str) -> tuple[dict[Element, _Stats], set[Element]]:
    """Stats of every kept element.

    Names such as "ad" or "header" drop an element only when it holds a
    small part of the page's text: some sites wrap the whole page in one.
    """
    first, _ = _stats(root, source, _structural_drop)
    total = max(first[root].text, 1)

    def drop(el: Element) -> bool:
        if _structural_drop(el):
            return True
        if not _negative_names(el):
            return False
        st = first.get(el)
        return st is None or st.text < 0.4 * total

    return _stats(root, source, drop)


def _base_score(el: Element) -> float:
    tag = el.tag
    score = 0.0
    if tag in ("div", "article", "main", "section"):
        score += 5
    elif tag in ("pre", "td", "blockquote"):
        score += 3
    elif tag in ("address", "ol", "ul", "dl", "dd", "dt", "li", "form"):
        score -= 3
    elif tag in ("h1", "h2", "h3", "h4", "h5", "h6", "th"):
        score -= 5
    names = _class_id(el)
    if names:
        if _NEGATIVE.search(names):
            score -= 25
        if _POSITIVE.search(names):
            score += 25
    if el.get("itemprop") == "articleBody":
        score += 50
    return score


def _choose(root: Element, source: str) -> tuple[list[Element], set[Element]]:
    stats, dropped = _compute(root, source)
    scores: dict[Element, float] = {}
    for el, st in stats.items():
        if el.tag not in PARA_TAGS and not (
            el.tag == "div"
            and any(isinstance(c, Text) and c.end - c.start > 60 for c in el.children)
        ):
            continue
        if st.text < 25:
            continue
        score = 1 + st.commas + min(st.text / 100, 3)
        parent = el.parent
        level = 0
        while parent is not None and level < 3:
            if parent not in scores:
                scores[parent] = _base_score(parent)
            scores[parent] += score / (1 if level == 0 else 2 * level)
            parent = parent.parent
            level += 1
    if not scores:
        return [root], dropped
    best_el, best = None, float("-inf")
    for el, score in scores.items():
        est = stats.get(el)
        if est is None or est.text == 0:
            continue
        final = score * (1 - est.links / est.text)
        scores[el] = final
        if final > best:
            best_el, best = el, final
    if best_el is None:
        return [root], dropped
    # Climb while the parent holds most of the same text with a comparable score.
    top = best_el
    while top.parent is not None and top.parent.tag not in ("#root", "html", "body"):
        parent = top.parent
        ps, ts = stats.get(parent), stats.get(top)
        if ps is None or ts is None or ps.text == 0:
            break
        if ts.text / ps.text > 0.85 and scores.get(parent, 0) >= best * 0.5:
            top = parent
        else:
            break
    chosen = [top]
    parent = top.parent
    if parent is not None:
        threshold = max(10.0, best * 0.2)
        chosen = []
        for sib in parent.children:
            if not isinstance(sib, Element) or sib in dropped:
                continue
            if sib is top:
                chosen.append(sib)
                continue
            sst = stats.get(sib)
            if sst is None or sst.text == 0:
                continue
            density = sst.links / sst.text
            good_score = scores.get(sib, 0) >= threshold and density < 0.3
            good_para = sib.tag == "p" and sst.text > 80 and density < 0.25
            if good_score or good_para:
                chosen.append(sib)
    return chosen, dropped


class _Block:
    __slots__ = ("items", "kind", "links", "text")

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.items: list[tuple[str, int, int]] = []  # ("text"|"br", start, end)
        self.text = 0
        self.links = 0


def _blocks(containers: Iterable[Element], dropped: set[Element], source: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None

    def new(kind: str) -> _Block:
        nonlocal current
        current = _Block(kind)
        blocks.append(current)
        return current

    for container in containers:
        new("body")
        # (node, link depth) with explicit "end of block" markers
        stack: list[tuple[Element | Text | None, bool]] = [(container, False)]
        while stack:
            node, in_link = stack.pop()
            if node is None:
                new("body")
                continue
            if isinstance(node, Text):
                assert current is not None
                current.items.append(("text", node.start, node.end))
                n = len(source[node.start : node.end].strip())
                current.text += n
                if in_link:
                    current.links += n
                continue
            if node in dropped or (node is not container and _structural_drop(node)):
                continue
            tag = node.tag
            if tag == "br":
                assert current is not None
                current.items.append(("br", node.start, node.end))
                continue
            if tag == "h1":
                continue
            block = tag in BLOCK_TAGS
            if block:
                kind = "heading" if tag in ("h2", "h3", "h4", "h5", "h6") else "body"
                if tag == "blockquote":
                    kind = "blockquote"
                new(kind)
                stack.append((None, False))
            link = in_link or tag == "a"
            stack.extend((c, link) for c in reversed(node.children))
    return [b for b in blocks if b.text > 0]


def _block_text(block: _Block, source: str) -> str:
    return " ".join(
        " ".join(source[s:e].split()) for kind, s, e in block.items if kind == "text"
    ).strip()


def _keep(block: _Block, source: str) -> bool:
    if block.links / block.text > 0.6 and block.text < 300:
        return False
    text = _block_text(block, source)
    return not _BOILER_LINE.match(html.unescape(text))


def extract_body(doc: Document, builder: TextBuilder) -> None:
    """Write the article body of ``doc`` into ``builder`` as paragraphs."""
    source = doc.source
    body = next((e for e in doc.root.iter() if e.tag == "body"), doc.root)
    containers, dropped = _choose(body, source)
    for block in _blocks(containers, dropped, source):
        if not _keep(block, source):
            continue
        builder.open_paragraph(block.kind)
        for kind, s, e in block.items:
            if kind == "br":
                builder.line_break(s, e)
            else:
                emit_text(builder, source, s, e)
        builder.close_paragraph()
