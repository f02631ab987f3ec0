#!/bin/sh
# Install what the corpus build drives (`make corpus` runs this first). Idempotent; needs root for apt.
#   apt:  chromium, poppler-utils, Noto CJK fonts, LibreOffice Writer, TeX Live (latex-extra: moderncv)
#   npm:  the JSON Resume themes, Bootstrap and Bootstrap Icons (html-bootstrap), into var/corpus-tools/node
#   PyPI: rendercv[full] (Typst), python-docx, pdfminer.six, playwright, weasyprint, into var/corpus-tools/venv
#   (the LaTeX classes europecv, tucv, harnon-cv and, since the second batch of 2026-11-29, ReadableCV and
#   ESIEEcv come with texlive-latex-extra; ReadableCV's Roboto with texlive-fonts-extra)
set -e
TOOLS=${CORPUS_TOOLS:-var/corpus-tools}
PYTHON=${PYTHON:-python3}
NEED=""
command -v chromium >/dev/null || NEED="$NEED chromium"
command -v pdflatex >/dev/null || NEED="$NEED texlive-latex-extra texlive-latex-recommended texlive-fonts-recommended texlive-plain-generic lmodern"
kpsewhich fontawesome5.sty >/dev/null 2>&1 || NEED="$NEED texlive-fonts-extra"
kpsewhich soul.sty >/dev/null 2>&1 || NEED="$NEED texlive-plain-generic"
command -v soffice >/dev/null || NEED="$NEED libreoffice-writer-nogui"
command -v node >/dev/null || NEED="$NEED nodejs npm"
fc-list | grep -q "Noto Sans CJK" || NEED="$NEED fonts-noto-cjk"
ldconfig -p | grep -q libpangoft2 || NEED="$NEED libpangoft2-1.0-0"  # WeasyPrint draws with Pango
if [ -n "$NEED" ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $NEED fonts-liberation poppler-utils
fi
mkdir -p "$TOOLS/node"
THEMES="even stackoverflow elegant kendall flat class onepage macchiato paper spartacus short actual"
# added 2026-11-29 (the held-out families), pinned to the versions measured
THEMES="$THEMES modern@0.0.18 crisp@0.2.12 eloquent@5.0.0 slick@0.1.16 compact@1.0.4 minyma@0.0.5 straightforward@0.5.0"
THEMES="$THEMES caffeine@1.2.3 autumn@1.0.1 rocketspacer@1.2.2 orbit@3.0.0"
# the second batch of 2026-11-29 (the held-out families since then), pinned to the versions measured
THEMES="$THEMES direct@0.1.1 latte@1.0.3 simple-red@1.0.4 eventide@0.29.12 full@0.0.4 mantra@0.3.1 pumpkin@1.1.4"
THEMES="$THEMES spartan@0.3.0 folio@1.3.1 colophon@0.2.0 keloran@1.0.2"
[ -f "$TOOLS/node/package.json" ] || echo '{"name":"corpus-themes","private":true}' > "$TOOLS/node/package.json"
for t in $THEMES; do
  [ -d "$TOOLS/node/node_modules/jsonresume-theme-${t%@*}" ] || \
    (cd "$TOOLS/node" && npm install --no-audit --no-fund --loglevel=error "jsonresume-theme-$t") || \
    echo "jsonresume-theme-$t did not install; its family will be empty"
done
# html-bootstrap links these packages' CSS and icon font as local files
[ -d "$TOOLS/node/node_modules/bootstrap-icons" ] || \
  (cd "$TOOLS/node" && npm install --no-audit --no-fund --loglevel=error bootstrap@5.3.8 bootstrap-icons@1.13.1) || \
  echo "bootstrap did not install; html-bootstrap will print unstyled"
if [ ! -x "$TOOLS/venv/bin/python" ]; then
  $PYTHON -m venv "$TOOLS/venv"
  "$TOOLS/venv/bin/pip" install --quiet --upgrade pip
fi
"$TOOLS/venv/bin/pip" install --quiet "rendercv[full]==2.3" "python-docx==1.2.0" "pdfminer.six==20260107" "playwright==1.65.2" \
  "weasyprint==70.0"
# RenderCV's themes import the Typst package @preview/fontawesome, which Typst downloads from its own
# package site (unreachable here). A local stand-in with the same entry point draws no icon.
FA="$TOOLS/cache/typst/packages/preview/fontawesome/0.5.0"
mkdir -p "$FA"
printf '[package]\nname = "fontawesome"\nversion = "0.5.0"\nentrypoint = "lib.typ"\nauthors = ["corpus build stand-in"]\nlicense = "MIT"\ndescription = "stand-in: no icons"\n' > "$FA/typst.toml"
printf '#let fa-icon(name, ..args) = box(width: 0pt)\n' > "$FA/lib.typ"
echo "corpus tools ready in $TOOLS"
