"""The only module that imports pdfminer: one layout pass per PDF, turned into plain dataclasses.

Everything pdfminer can raise on a bad file becomes ``UnreadablePdf`` with a message a recruiter can read.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from dataclasses import dataclass

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTFigure, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psexceptions import PSException

from .errors import UnreadablePdf

# pdfminer logs a warning per damaged object of a broken file; what matters reaches the caller as UnreadablePdf
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# boxes_flow=None skips pdfminer's hierarchical box grouping: we order lines ourselves, and it is the slow part.
LAPARAMS = LAParams(boxes_flow=None)

BOLD_NAME_RE = re.compile(
    r"bold|black|heavy|semibold|demibold|demi\b|extrabold|ultrabold|"
    r"cmbx|cmb\d|sfbx|sfb\d|lmroman\d*-bold|\bbd\b|-bd|,b$|-b$|-sb$|-eb$|-hv$|-medi(?:ital)?$",  # URW Nimbus Roman: Medi is Times Bold
    re.IGNORECASE,
)
FORCE_BOLD_FLAG = 1 << 18
CID_RE = re.compile(r"\(cid:\d+\)")


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool


@dataclass(frozen=True)
class TextLine:
    """One line fragment as pdfminer found it; coordinates are in points from the page's top-left."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    font: str
    color: str
    runs: tuple[Run, ...]
    page: int


@dataclass(frozen=True)
class LinkAnnotation:
    uri: str
    x0: float
    x1: float
    top: float
    bottom: float
    page: int


@dataclass(frozen=True)
class PdfPage:
    number: int
    width: float
    height: float
    lines: tuple[TextLine, ...]
    links: tuple[LinkAnnotation, ...]


class _FontAwareResources(PDFResourceManager):
    """Remembers, per font name, whether the font is bold: LTChar keeps the name but drops the descriptor.

    Fonts are looked up once per font change in the content stream, far less often than characters are drawn.
    """

    def __init__(self) -> None:
        super().__init__(caching=True)
        self.bold_fonts: dict[str, bool] = {}

    def get_font(self, objid, spec):  # type: ignore[override]
        font = super().get_font(objid, spec)
        name = font.fontname if isinstance(font.fontname, str) else str(font.fontname)
        if name not in self.bold_fonts:
            self.bold_fonts[name] = _font_is_bold(name, getattr(font, "descriptor", {}) or {})
        return font


class _LineAggregator(PDFPageAggregator):
    """pdfminer's layout pass up to text lines only: we order the lines ourselves, so grouping them into boxes
    (and boxes into a reading order) is work thrown away. Text inside figures (form XObjects) is kept."""

    def end_page(self, page) -> None:  # type: ignore[override]
        _analyze_lines(self.cur_item, self.laparams)
        self.pageno += 1
        self.receive_layout(self.cur_item)


def _analyze_lines(container, laparams: LAParams) -> None:
    chars, others = [], []
    for obj in container:
        (chars if isinstance(obj, LTChar) else others).append(obj)
    if len({(c._text, int(c.x0), int(c.y0)) for c in chars}) < len(chars):
        chars = _without_overprint(chars)  # some character drawn twice in one place: a fake bold
    for obj in others:
        if isinstance(obj, LTFigure):
            _analyze_lines(obj, laparams)
    lines = [line for line in container.group_objects(laparams, chars) if not line.is_empty()] if chars else []
    container._objs = lines + others


def _without_overprint(chars: list) -> list:
    """Text drawn twice a fraction of a point apart is a fake bold (HTML printers, some Word exports do it):
    keep one copy, marked bold, or every word of it is read twice ('教育经历教育经历')."""
    placed: dict[tuple[str, int], list] = {}
    kept = []
    append = kept.append
    for char in chars:
        x0 = char.x0
        key = (char._text, int(char.y0))
        twins = placed.get(key)
        if twins is None:
            placed[key] = [char]
            append(char)
            continue
        near = 0.2 * char.size
        for twin in twins:
            if -near < twin.x0 - x0 < near:
                twin.overprinted = True
                break
        else:
            twins.append(char)
            append(char)
    return kept


def _font_is_bold(name: str, descriptor: dict) -> bool:
    base = name.split("+", 1)[-1]
    if BOLD_NAME_RE.search(base):
        return True
    try:
        weight = float(resolve1(descriptor.get("FontWeight", 0)) or 0)
        flags = int(resolve1(descriptor.get("Flags", 0)) or 0)
    except (TypeError, ValueError):
        return False
    return weight >= 600 or bool(flags & FORCE_BOLD_FLAG)


def read_pdf(data: bytes, *, max_bytes: int, max_pages: int) -> list[PdfPage]:
    """Lay out every page once. Raises UnreadablePdf for anything we cannot turn into text."""
    _check_bytes(data, max_bytes)
    try:
        document = _open_document(data)
        _check_page_count(document, max_pages)
        pages = _layout_pages(document, max_pages)
    except UnreadablePdf as exc:
        if str(exc).startswith("corrupt") and _looks_truncated(data):
            raise UnreadablePdf(TRUNCATED) from exc
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise UnreadablePdf("encrypted: a password is needed to open this PDF") from exc
    except (PSException, Exception) as exc:  # broken files also raise plain KeyError/TypeError/zlib.error
        if _looks_truncated(data):
            raise UnreadablePdf(TRUNCATED) from exc
        raise UnreadablePdf(f"corrupt PDF: it could not be read ({type(exc).__name__})") from exc
    _check_text_layer(pages)
    return pages


TRUNCATED = "truncated PDF: the file ends early (an incomplete upload or download?)"
_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")


def _looks_truncated(data: bytes) -> bool:
    """A real PDF body (numbered objects) with no end-of-file marker at its end: it was cut short, not garbled."""
    return b"%%EOF" not in data[-2048:] and _OBJECT.search(data[:65536]) is not None


def _check_bytes(data: bytes, max_bytes: int) -> None:
    if not data:
        raise UnreadablePdf("empty file: there is nothing to read")
    if len(data) > max_bytes:
        raise UnreadablePdf(f"too large: {len(data)} bytes, the limit is {max_bytes}")
    if b"%PDF-" not in data[:1024]:
        raise UnreadablePdf("not a PDF: the file does not start with a PDF header")


def _open_document(data: bytes) -> PDFDocument:
    parser = PDFParser(io.BytesIO(data))
    # A document that forbids extraction but opens without a password is read anyway, as viewers do.
    return PDFDocument(parser)


def _check_page_count(document: PDFDocument, max_pages: int) -> None:
    try:
        count = int(resolve1(resolve1(document.catalog["Pages"])["Count"]))
    except Exception:  # a damaged page tree: the layout loop below counts instead
        return
    if count > max_pages:
        raise UnreadablePdf(f"too many pages: {count}, the limit is {max_pages}")


def _layout_pages(document: PDFDocument, max_pages: int) -> list[PdfPage]:
    rsrcmgr = _FontAwareResources()
    device = _LineAggregator(rsrcmgr, laparams=LAPARAMS)
    interpreter = PDFPageInterpreter(rsrcmgr, device)
    pages: list[PdfPage] = []
    for number, page in enumerate(PDFPage.create_pages(document)):
        if number >= max_pages:
            raise UnreadablePdf(f"too many pages: more than {max_pages}, the limit is {max_pages}")
        interpreter.process_page(page)
        layout = device.get_result()
        height = float(layout.height)
        lines = tuple(_lines_of(layout, height, number, rsrcmgr.bold_fonts))
        links = tuple(_links_of(page, height, number))
        pages.append(PdfPage(number, float(layout.width), height, lines, links))
    if not pages:
        raise UnreadablePdf("corrupt PDF: no pages found")
    return pages


def _lines_of(layout, height: float, page: int, bold_fonts: dict[str, bool]):
    for item in layout:
        if isinstance(item, LTTextLine):
            yield from _line_pieces(item, height, page, bold_fonts)
        elif isinstance(item, LTTextBox):  # a layout analysed by pdfminer itself
            for line in item:
                if isinstance(line, LTTextLine):
                    yield from _line_pieces(line, height, page, bold_fonts)
        elif isinstance(item, LTFigure):
            yield from _lines_of(item, height, page, bold_fonts)


LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st", "\u2010": "-", "\u2011": "-", "\u00ad": "-"})


RADICALS_RE = re.compile(r"[\u2e80-\u2fdf]")


class _Piece:
    """A line fragment being collected, one character at a time."""

    __slots__ = ("texts", "runs", "sizes", "first", "bold_count", "x0", "x1", "y0", "y1", "spaces")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.runs: list[list] = []
        self.sizes: list[float] = []
        self.first = None
        self.bold_count = 0
        self.x0 = self.y0 = float("inf")
        self.x1 = self.y1 = float("-inf")
        self.spaces: list[tuple[int, float]] = []  # (index in texts, gap) of each space pdfminer put between chars


def _line_pieces(line, height: float, page: int, bold_fonts: dict[str, bool]):
    """The fragments of one pdfminer line, in one pass over its characters (this runs for every character).

    pdfminer joins text across a gap of up to two characters; a gap of about an em is a column gap
    ('Programming   Python, C++' or '03/2021 – present   Senior Data Scientist'), so the line is split there.
    Typographic ligatures ('ﬁ' from a browser or TeX font) are spelled out at the source."""
    piece = _Piece()
    texts = piece.texts
    runs = piece.runs
    last = None
    for item in line:
        text = item.get_text()
        if type(item) is LTChar or isinstance(item, LTChar):
            if last is not None and item.x0 - last.x1 > 0.9 * max(last.size, item.size) and texts:
                made = _finish(piece, height, page)
                if made is not None:
                    yield made
                piece = _Piece()
                texts = piece.texts
                runs = piece.runs
            if texts and texts[-1] == " " and last is not None:
                piece.spaces.append((len(texts) - 1, item.x0 - last.x1))
            last = item
            texts.append(text)
            bold = bold_fonts.get(item.fontname, False) or getattr(item, "overprinted", False)
            blank = not text or text.isspace()
            if runs and (runs[-1][1] == bold or blank):
                runs[-1][0] += text
            else:
                runs.append([text, bold])
            if not blank:
                if piece.first is None:
                    piece.first = item
                piece.bold_count += bold
                piece.sizes.append(round(item.size, 1))
                if item.x0 < piece.x0:
                    piece.x0 = item.x0
                if item.x1 > piece.x1:
                    piece.x1 = item.x1
                if item.y0 < piece.y0:
                    piece.y0 = item.y0
                if item.y1 > piece.y1:
                    piece.y1 = item.y1
            continue
        texts.append(text)
        if text == "\n":
            continue
        if runs:  # a space pdfminer inserted between words: it joins the run it follows
            runs[-1][0] += text
        else:
            runs.append([text, False])
    made = _finish(piece, height, page)
    if made is not None:
        yield made


def _finish(piece: _Piece, height: float, page: int) -> TextLine | None:
    first = piece.first
    if first is None:
        return None
    runs = piece.runs
    if len(piece.spaces) >= 2 and _letter_spaced(piece):
        _close_up(piece)
        runs = [["".join(piece.texts), piece.bold_count >= 0.6 * len(piece.sizes)]]
    text = "".join(piece.texts).rstrip("\n").translate(LIGATURES)
    if RADICALS_RE.search(text):  # Kangxi radicals printed for ideographs ('⼯具' for '工具') by some CJK fonts
        text = RADICALS_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    if not text.strip():
        return None
    sizes = sorted(piece.sizes)
    return TextLine(
        text=text,
        x0=float(piece.x0),
        x1=float(piece.x1),
        top=height - float(piece.y1),
        bottom=height - float(piece.y0),
        size=sizes[len(sizes) // 2],
        bold=piece.bold_count >= 0.6 * len(sizes),
        font=first.fontname.split("+", 1)[-1],
        color=str(getattr(first.graphicstate, "ncolor", "")),
        runs=tuple(Run(t.translate(LIGATURES), b) for t, b in runs),
        page=page,
    )


def _letter_spaced(piece: _Piece) -> bool:
    """Text set with wide letter spacing ('E X C E L L E N T  A W A R D', '2021-01  T O  2022-05'): pdfminer
    put a space between most letters. Mostly one-letter words."""
    words = "".join(piece.texts).split()
    single = sum(1 for w in words if len(w) == 1 and w.isalpha())
    return single >= 2 and single >= 0.5 * len(words)


def _close_up(piece: _Piece) -> None:
    """Drop the spaces between spaced letters and keep those between words, which are wider by a space's
    width: only gaps well over the typical one stay."""
    gaps = sorted(gap for _, gap in piece.spaces)
    typical = gaps[len(gaps) // 2]
    word_gap = max(typical * 1.5, typical + 0.15 * (sorted(piece.sizes)[len(piece.sizes) // 2] if piece.sizes else 10))
    for index, gap in piece.spaces:
        if gap < word_gap and _between_letters(piece.texts, index):
            piece.texts[index] = ""
    last = ""
    for index, text in enumerate(piece.texts):  # a word gap wider than a space is still one space, not a cell gap
        if text == " " and last.endswith(" "):
            piece.texts[index] = ""
        elif text:
            last = text


def _between_letters(texts: list[str], index: int) -> bool:
    before = texts[index - 1] if index else ""
    after = texts[index + 1] if index + 1 < len(texts) else ""
    return before[-1:].isalpha() and after[:1].isalpha()


def _links_of(page: PDFPage, height: float, number: int):
    try:
        annots = resolve1(page.annots) or []
        for ref in annots:
            annot = resolve1(ref)
            if not isinstance(annot, dict):
                continue
            action = resolve1(annot.get("A")) or {}
            uri = resolve1(action.get("URI")) if isinstance(action, dict) else None
            rect = resolve1(annot.get("Rect"))
            if uri is None or not rect or len(rect) != 4:
                continue
            uri = uri.decode("latin-1", "replace") if isinstance(uri, bytes) else str(uri)
            x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
            yield LinkAnnotation(uri, min(x0, x1), max(x0, x1), height - max(y0, y1), height - min(y0, y1), number)
    except Exception:  # a broken annotation never costs the resume its text
        return


def _check_text_layer(pages: list[PdfPage]) -> None:
    text = "".join(line.text for page in pages for line in page.lines)
    if not text.strip():
        raise UnreadablePdf("no text layer: this looks like a scanned image (no selectable text)")
    cid_chars = sum(len(m) for m in CID_RE.findall(text))
    if cid_chars > 0.3 * len(text.replace(" ", "")):
        raise UnreadablePdf("unreadable text: the fonts have no Unicode map, text comes out as (cid:NN) codes")
