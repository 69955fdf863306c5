"""A small, position-keeping HTML tokenizer and tree builder.

No common parser reports byte offsets of text, so this one works on the
decoded document and keeps, for every text node, its code point range in it.
It is regex driven (much faster than ``html.parser``), never recurses, and
builds a tree with the implied end tags that matter for text (``<p>`` closed
by a block, ``<li>`` by the next ``<li>``, ...). Nesting deeper than
``MAX_DEPTH`` is flattened, so 10,000 nested tags cost nothing special.
"""

from __future__ import annotations

import html
import re

__all__ = ["Element", "Text", "parse_html"]

MAX_DEPTH = 400

VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
RAW_TEXT = frozenset(
    ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "template", "plaintext"]
)
RCDATA = frozenset({"title", "textarea"})
CLOSES_P = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
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
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "ul",
    ]
)
P_SCOPE = frozenset(
    ["div", "td", "th", "li", "article", "section", "blockquote", "body", "html", "table", "button"]
)

# A start or end tag with its attributes (quoted values may hold ">"), a comment, a
# declaration or processing instruction, or a tag never closed.
_TOKEN = re.compile(
    r"""<(?:(/?)([A-Za-z][^\t\n\f\r />]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>"""
    r"""|(!--)|[!?]|/?[A-Za-z])"""
)
_COMMENT_END = re.compile(r"--!?>")
_ATTR = re.compile(
    r"""([^\t\n\f\r />"'=]+)"""
    r"""(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >]+)))?"""
)
_RAW_END: dict[str, re.Pattern[str]] = {
    tag: re.compile(rf"</{tag}[\t\n\f\r />]", re.IGNORECASE) for tag in RAW_TEXT | RCDATA
}


class Text:
    """A text node: code points ``[start, end)`` of the decoded document."""

    __slots__ = ("end", "rcdata", "start")

    def __init__(self, start: int, end: int, rcdata: bool = False) -> None:
        self.start = start
        self.end = end
        self.rcdata = rcdata


class Element:
    """An element with its children (elements and text nodes) in document order."""

    __slots__ = ("_attrs", "_below", "children", "end", "parent", "raw_attrs", "start", "tag")

    def __init__(self, tag: str, raw_attrs: str, start: int, end: int, parent: Element | None):
        self.tag = tag
        self.raw_attrs = raw_attrs
        self.start = start  # position of "<"
        self.end = end  # position after ">" of the start tag
        self.parent = parent
        self.children: list[Element | Text] = []
        self._attrs: dict[str, str] | None = None
        self._below: list[Element] | None = None  # the whole tree, kept on the root

    @property
    def attrs(self) -> dict[str, str]:
        if self._attrs is None:
            found: dict[str, str] = {}
            if self.raw_attrs:
                # Groups that took no part read as "": the value is the one that did.
                for name, double, single, bare in _ATTR.findall(self.raw_attrs):
                    name = name.lower()
                    if name not in found:
                        value = double or single or bare
                        found[name] = html.unescape(value) if "&" in value else value
            self._attrs = found
        return self._attrs

    def get(self, name: str, default: str = "") -> str:
        return self.attrs.get(name, default)

    def iter(self) -> list[Element]:
        """This element and all below it, in document order (no recursion)."""
        if self._below is not None:
            return self._below
        out: list[Element] = []
        stack: list[Element] = [self]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(c for c in reversed(node.children) if isinstance(c, Element))
        return out

    def __repr__(self) -> str:
        return f"<Element {self.tag} at {self.start}>"


class Document:
    """The parsed tree and what the head declares."""

    def __init__(self, source: str, root: Element) -> None:
        self.source = source
        self.root = root
        self.metas: list[dict[str, str]] = []
        self.links: list[dict[str, str]] = []
        self.jsonld: list[str] = []
        self.title: Text | None = None
        self.lang: str | None = None
        self.body: Element | None = None


_IMPLIES = CLOSES_P | {"li", "dt", "dd", "td", "th", "tr", "option"}


def _implied_close(stack: list[Element], tag: str) -> None:
    """Pop what a start tag ``tag`` implicitly ends."""
    if tag in CLOSES_P:
        depth = len(stack)
        for i in range(depth - 1, depth - 12 if depth > 12 else 0, -1):
            name = stack[i].tag
            if name == "p":
                del stack[i:]
                break
            if name in P_SCOPE:
                break
    if tag == "li":
        _close_within(stack, ("li",), ("ul", "ol", "menu"))
    elif tag in ("dt", "dd"):
        _close_within(stack, ("dt", "dd"), ("dl",))
    elif tag in ("td", "th"):
        _close_within(stack, ("td", "th"), ("tr", "table"))
    elif tag == "tr":
        _close_within(stack, ("tr", "td", "th"), ("table", "tbody", "thead", "tfoot"))
    elif tag == "option":
        _close_within(stack, ("option",), ("select", "datalist"))


def _close_within(stack: list[Element], closes: tuple[str, ...], scope: tuple[str, ...]) -> None:
    depth = len(stack)
    for i in range(depth - 1, depth - 12 if depth > 12 else 0, -1):
        name = stack[i].tag
        if name in closes:
            del stack[i:]
            return
        if name in scope:
            return


def parse_html(source: str) -> Document:
    """Tokenize and build the tree of a decoded HTML document."""
    root = Element("#root", "", 0, 0, None)
    doc = Document(source, root)
    elements = [root]  # in creation order, which is document order
    root._below = elements
    stack: list[Element] = [root]
    pos = 0
    n = len(source)
    search = _TOKEN.search
    while pos < n:
        m = search(source, pos)
        if m is None:
            stack[-1].children.append(Text(pos, n))
            break
        lt = m.start()
        if lt > pos:
            stack[-1].children.append(Text(pos, lt))
        slash, name, raw_attrs, comment = m.group(1, 2, 3, 4)
        if name is None:
            if comment:
                end = _COMMENT_END.search(source, m.end())
                pos = end.end() if end else n
                continue
            if source[lt + 1] in "!?":
                gt = source.find(">", m.end())
                pos = gt + 1 if gt >= 0 else n
                continue
            pos = n  # "<tag" never closed: the rest is not content
            break
        tag_end = m.end()
        tag = name.lower()
        pos = tag_end
        if slash:  # end tag
            if tag == "br":
                br = Element("br", "", lt, tag_end, stack[-1])
                stack[-1].children.append(br)
                elements.append(br)
                continue
            for i in range(len(stack) - 1, 0, -1):
                if stack[i].tag == tag:
                    del stack[i:]
                    break
            continue
        if tag in _IMPLIES:
            _implied_close(stack, tag)
        parent = stack[-1]
        el = Element(tag, raw_attrs, lt, tag_end, parent)
        parent.children.append(el)
        elements.append(el)
        if tag in RAW_TEXT or tag in RCDATA:
            close = _RAW_END[tag].search(source, tag_end)
            content_end = close.start() if close else n
            if tag in RCDATA:
                el.children.append(Text(tag_end, content_end, rcdata=True))
                if tag == "title" and doc.title is None:
                    doc.title = el.children[-1]  # type: ignore[assignment]
            elif tag == "script" and "ld+json" in raw_attrs.lower():
                doc.jsonld.append(source[tag_end:content_end])
            if close is None:
                pos = n
            else:
                gt = source.find(">", close.end() - 1)
                pos = gt + 1 if gt >= 0 else n
            continue
        if tag == "meta":
            doc.metas.append(el.attrs)
        elif tag == "link":
            doc.links.append(el.attrs)
        elif tag == "html" and doc.lang is None:
            doc.lang = el.get("lang") or el.get("xml:lang") or None
        elif tag == "body" and doc.body is None:
            doc.body = el
        if tag in VOID or (raw_attrs.endswith("/") and tag in ("svg", "path", "use", "circle")):
            continue
        if len(stack) < MAX_DEPTH:
            stack.append(el)
    return doc
