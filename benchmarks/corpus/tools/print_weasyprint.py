"""Print HTML files to PDF with WeasyPrint (PyPI, in the build's tools venv): python print_weasyprint.py JOBS.json

JOBS.json: [[input.html, output.pdf], ...]. No network: a URL fetcher that serves only local files, so a
page falls back to the fonts installed here.
"""
import json
import sys

from weasyprint import HTML
from weasyprint.urls import URLFetcher


class LocalOnly(URLFetcher):
    def fetch(self, url, *args, **kwargs):
        if not url.startswith(("file:", "data:")):
            raise ValueError(f"no network: {url}")
        return super().fetch(url, *args, **kwargs)


def main():
    failed = 0
    for src, out in json.load(open(sys.argv[1])):
        try:
            HTML(filename=src, url_fetcher=LocalOnly()).write_pdf(out)
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(src, exc, file=sys.stderr)
    sys.exit(2 if failed else 0)


if __name__ == "__main__":
    main()
