"""The corpus's template families, and which of them the parser may be tuned on.

One family is one third-party template (a JSON Resume theme, a RenderCV theme, a LaTeX class style)
or one document layout made with a third-party tool (python-docx + LibreOffice, HTML + Chromium).

TUNING: families a parser developer may look at while tuning (the 29 of the first corpus and the 16 first added
on 2026-11-29).
HELD_OUT: families nobody looks at while tuning (the second batch added on 2026-11-29, after those 45);
benchmarks/corpus/score.py reports them separately, so a change that only fits the tuning templates shows as a
gap between the two.
"""

# name -> (kind, template parameter, document languages, what it is)
FAMILIES = {
    # JSON Resume themes from npm, rendered by the theme's render() in node and printed by Chromium
    "jsonresume-even": ("jsonresume", "jsonresume-theme-even", ["en"], "JSON Resume theme 'even' (npm)"),
    "jsonresume-stackoverflow": ("jsonresume", "jsonresume-theme-stackoverflow", ["en"],
                                 "JSON Resume theme 'stackoverflow' (npm, Svelte SSR)"),
    "jsonresume-elegant": ("jsonresume", "jsonresume-theme-elegant", ["en"],
                           "JSON Resume theme 'elegant' (npm)"),
    "jsonresume-kendall": ("jsonresume", "jsonresume-theme-kendall", ["en"],
                           "JSON Resume theme 'kendall' (npm, Bootstrap, two columns)"),
    "jsonresume-flat": ("jsonresume", "jsonresume-theme-flat", ["en"], "JSON Resume theme 'flat' (npm)"),
    "jsonresume-class": ("jsonresume", "jsonresume-theme-class", ["en"], "JSON Resume theme 'class' (npm)"),
    "jsonresume-onepage": ("jsonresume", "jsonresume-theme-onepage", ["en"],
                           "JSON Resume theme 'onepage' (npm)"),
    "jsonresume-macchiato": ("jsonresume", "jsonresume-theme-macchiato", ["en"],
                             "JSON Resume theme 'macchiato' (npm, sidebar)"),
    "jsonresume-paper": ("jsonresume", "jsonresume-theme-paper", ["en"], "JSON Resume theme 'paper' (npm)"),
    "jsonresume-spartacus": ("jsonresume", "jsonresume-theme-spartacus", ["en"],
                             "JSON Resume theme 'spartacus' (npm, two columns)"),
    "jsonresume-short": ("jsonresume", "jsonresume-theme-short", ["en"], "JSON Resume theme 'short' (npm)"),
    "jsonresume-actual": ("jsonresume", "jsonresume-theme-actual", ["en"], "JSON Resume theme 'actual' (npm)"),
    # RenderCV's built-in themes (PyPI 'rendercv', typeset with Typst)
    "rendercv-classic": ("rendercv", "classic", ["en", "en", "de", "fr", "es"], "RenderCV theme 'classic'"),
    "rendercv-sb2nov": ("rendercv", "sb2nov", ["en", "en", "de", "fr", "es"], "RenderCV theme 'sb2nov'"),
    "rendercv-engineeringresumes": ("rendercv", "engineeringresumes", ["en", "en", "de", "fr", "es"],
                                    "RenderCV theme 'engineeringresumes'"),
    "rendercv-engineeringclassic": ("rendercv", "engineeringclassic", ["en", "en", "de", "fr", "es"],
                                    "RenderCV theme 'engineeringclassic'"),
    "rendercv-moderncv": ("rendercv", "moderncv", ["en", "en", "de", "fr", "es"], "RenderCV theme 'moderncv'"),
    # LaTeX moderncv class (Debian texlive-latex-extra), pdflatex, five styles
    "moderncv-classic": ("moderncv", "classic", ["en", "en", "de", "fr", "es"], "LaTeX moderncv, style classic"),
    "moderncv-casual": ("moderncv", "casual", ["en", "en", "de", "fr", "es"], "LaTeX moderncv, style casual"),
    "moderncv-banking": ("moderncv", "banking", ["en", "en", "de", "fr", "es"], "LaTeX moderncv, style banking"),
    "moderncv-oldstyle": ("moderncv", "oldstyle", ["en", "en", "de", "fr", "es"], "LaTeX moderncv, style oldstyle"),
    "moderncv-fancy": ("moderncv", "fancy", ["en", "en", "de", "fr", "es"], "LaTeX moderncv, style fancy"),
    # other LaTeX CV classes shipped by Debian's texlive
    "latex-simplecv": ("latex", "simplecv", ["en", "en", "de", "fr"], "LaTeX simplecv class, bibliography list"),
    "latex-currvita": ("latex", "currvita", ["en", "en", "de", "es"], "LaTeX currvita package (article)"),
    "latex-europasscv": ("latex", "europasscv", ["en", "en", "de", "fr", "es"], "LaTeX europasscv class (Europass)"),
    # Word documents written with python-docx and printed by LibreOffice (headless)
    "docx-classic": ("docx", "classic", ["en", "en", "zh", "de", "fr"], "python-docx, one column, tab-stop dates"),
    "docx-table": ("docx", "table", ["en", "en", "zh", "es"], "python-docx, two-column tables per section"),
    # HTML/CSS printed by Chromium
    "html-academic": ("html", "academic", ["en", "en", "zh", "zh", "fr", "es", "de"],
                      "HTML/CSS academic CV, numbered publications"),
    "html-sidebar": ("html", "sidebar", ["en", "en", "zh", "de"], "HTML/CSS two-column CV with a sidebar"),
    # --- families added 2026-11-29 (the held-out set since then; see TUNING below) ---
    # more JSON Resume themes from npm
    "jsonresume-modern": ("jsonresume", "jsonresume-theme-modern", ["en"],
                          "JSON Resume theme 'modern' (npm, Bootstrap cards)"),
    "jsonresume-crisp": ("jsonresume", "jsonresume-theme-crisp", ["en"], "JSON Resume theme 'crisp' (npm)"),
    "jsonresume-eloquent": ("jsonresume", "jsonresume-theme-eloquent", ["en"],
                            "JSON Resume theme 'eloquent' (npm)"),
    "jsonresume-slick": ("jsonresume", "jsonresume-theme-slick", ["en"], "JSON Resume theme 'slick' (npm)"),
    "jsonresume-compact": ("jsonresume", "jsonresume-theme-compact", ["en"],
                           "JSON Resume theme 'compact' (npm)"),
    "jsonresume-minyma": ("jsonresume", "jsonresume-theme-minyma", ["en"], "JSON Resume theme 'minyma' (npm)"),
    "jsonresume-straightforward": ("jsonresume", "jsonresume-theme-straightforward", ["en"],
                                   "JSON Resume theme 'straightforward' (npm)"),
    "jsonresume-caffeine": ("jsonresume", "jsonresume-theme-caffeine", ["en"],
                            "JSON Resume theme 'caffeine' (npm, sidebar, capitals)"),
    "jsonresume-autumn": ("jsonresume", "jsonresume-theme-autumn", ["en"],
                          "JSON Resume theme 'autumn' (npm, skills column)"),
    "jsonresume-rocketspacer": ("jsonresume", "jsonresume-theme-rocketspacer", ["en"],
                                "JSON Resume theme 'rocketspacer' (npm)"),
    "jsonresume-orbit": ("jsonresume", "jsonresume-theme-orbit", ["en"],
                         "JSON Resume theme 'orbit' (npm, right-hand column)"),
    # more LaTeX CV classes/packages shipped by Debian's texlive
    "latex-europecv": ("latex", "europecv", ["en", "en", "de", "fr", "es"],
                       "LaTeX europecv class (the older Europass CV class)"),
    "latex-tucv": ("latex", "tucv", ["en", "en", "de", "fr"], "LaTeX tucv package: shaded headings, date column"),
    "latex-harnoncv": ("latex", "harnoncv", ["en", "en", "de", "es"], "LaTeX harnon-cv class: dates on a timeline"),
    # another Word layout and HTML printed by another engine
    "docx-sidebar": ("docx", "sidebar", ["en", "en", "zh", "fr"], "python-docx, contacts/skills in a sidebar cell"),
    "weasyprint-timeline": ("weasyprint", "timeline", ["en", "en", "zh", "de", "es"],
                            "HTML/CSS printed by WeasyPrint: a date column and a header band"),
    # --- families added 2026-11-29, second batch (held out) ---
    # more JSON Resume themes from npm (versions pinned in setup_tools.sh)
    "jsonresume-direct": ("jsonresume", "jsonresume-theme-direct", ["en"],
                          "JSON Resume theme 'direct' (npm, black header band, capitals, skills first)"),
    "jsonresume-latte": ("jsonresume", "jsonresume-theme-latte", ["en"],
                         "JSON Resume theme 'latte' (npm, contacts and skills in a left column)"),
    "jsonresume-simple-red": ("jsonresume", "jsonresume-theme-simple-red", ["en"],
                              "JSON Resume theme 'simple-red' (npm, red margin headings, dates right)"),
    "jsonresume-eventide": ("jsonresume", "jsonresume-theme-eventide", ["en"],
                            "JSON Resume theme 'eventide' (npm, margin headings, contact icons)"),
    "jsonresume-full": ("jsonresume", "jsonresume-theme-full", ["en"], "JSON Resume theme 'full' (npm, small print)"),
    "jsonresume-mantra": ("jsonresume", "jsonresume-theme-mantra", ["en"],
                          "JSON Resume theme 'mantra' (npm, monospace dates, skills in columns)"),
    "jsonresume-pumpkin": ("jsonresume", "jsonresume-theme-pumpkin", ["en"],
                           "JSON Resume theme 'pumpkin' (npm, dark header band, dotted date leaders)"),
    "jsonresume-spartan": ("jsonresume", "jsonresume-theme-spartan", ["en"], "JSON Resume theme 'spartan' (npm)"),
    "jsonresume-folio": ("jsonresume", "jsonresume-theme-folio", ["en"],
                         "JSON Resume theme 'folio' (npm, dense, ruled capital headings)"),
    "jsonresume-colophon": ("jsonresume", "jsonresume-theme-colophon", ["en"],
                            "JSON Resume theme 'colophon' (npm, serif, small monospace details)"),
    "jsonresume-keloran": ("jsonresume", "jsonresume-theme-keloran", ["en"],
                           "JSON Resume theme 'keloran' (npm, framed page, shaded employer boxes)"),
    # more LaTeX CV classes/packages shipped by Debian's texlive
    "latex-readablecv": ("latex", "readablecv", ["en", "en", "de", "fr"],
                         "LaTeX ReadableCV class: right-aligned header with icons, date column, skills grid"),
    "latex-esieecv": ("latex", "esieecv", ["en", "en", "fr", "de"],
                      "LaTeX ESIEEcv package: date column, small-capital places, triangle bullets"),
    # another Word layout, and HTML on a CSS framework from npm
    "docx-header": ("docx", "header", ["en", "en", "zh", "de"],
                    "python-docx, name and contacts in the page header, dates in a right-hand column"),
    "html-bootstrap": ("html", "bootstrap", ["en", "en", "zh", "es"],
                       "HTML with Bootstrap 5 and Bootstrap Icons (npm): margin headings, date badges, skill grid"),
}

# History: until 2026-11-29 TUNING was 10 of the first 29 families (jsonresume-even, -stackoverflow, -onepage,
# -macchiato, rendercv-classic, -engineeringresumes, moderncv-classic, -banking, latex-simplecv, docx-classic)
# and the other 19 were held out (measured at 0.894 held-out overall). Those 19 had been looked at by then,
# so they were moved to TUNING, and the 16 families added on 2026-11-29 (never seen by the parser's
# developer) became the held-out set, measured at 0.924 held-out overall (parser 1.5). On 2026-11-29
# (a later session) the parser's developer opened the weakest of those 16 to fix their classes, so all 16 were
# moved to TUNING too; the families added after that (below the 2026-11-29 ones in FAMILIES) are held out.
TUNING = [
    "jsonresume-even", "jsonresume-stackoverflow", "jsonresume-elegant", "jsonresume-kendall",
    "jsonresume-flat", "jsonresume-class", "jsonresume-onepage", "jsonresume-macchiato", "jsonresume-paper",
    "jsonresume-spartacus", "jsonresume-short", "jsonresume-actual", "rendercv-classic", "rendercv-sb2nov",
    "rendercv-engineeringresumes", "rendercv-engineeringclassic", "rendercv-moderncv", "moderncv-classic",
    "moderncv-casual", "moderncv-banking", "moderncv-oldstyle", "moderncv-fancy", "latex-simplecv",
    "latex-currvita", "latex-europasscv", "docx-classic", "docx-table", "html-academic", "html-sidebar",
    # the 16 families added on 2026-11-29, tuned on since
    "jsonresume-modern", "jsonresume-crisp", "jsonresume-eloquent", "jsonresume-slick", "jsonresume-compact",
    "jsonresume-minyma", "jsonresume-straightforward", "jsonresume-caffeine", "jsonresume-autumn",
    "jsonresume-rocketspacer", "jsonresume-orbit", "latex-europecv", "latex-tucv", "latex-harnoncv",
    "docx-sidebar", "weasyprint-timeline",
]
HELD_OUT = [f for f in FAMILIES if f not in TUNING]


def split(family):
    return "tuning" if family in TUNING else "held-out"
