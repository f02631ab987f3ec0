"""Print HTML files to PDF with Debian's Chromium through Playwright: python print_html.py JOBS.json

JOBS.json: [[input.html, output.pdf, {"format": "A4"|"Letter", "margin": "12mm"}], ...]. No network:
every request that is not a local file is refused, so themes fall back to local fonts.
"""
import json
import sys

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def main():
    jobs = json.load(open(sys.argv[1]))
    failed = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page()
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
        for src, out, opts in jobs:
            try:
                page.goto("file://" + src, wait_until="load", timeout=20000)
                m = opts.get("margin", "12mm")
                page.pdf(path=out, format=opts.get("format", "A4"), print_background=True,
                         margin={"top": m, "bottom": m, "left": m, "right": m})
            except Exception as exc:  # noqa: BLE001
                failed += 1
                print(src, exc, file=sys.stderr)
        browser.close()
    sys.exit(2 if failed else 0)


if __name__ == "__main__":
    main()
