"""Render RenderCV input dictionaries to PDF in one process (runs in the build's tools venv).

python rendercv_render.py JOBS.json — JOBS.json: [[input.json, output.pdf], ...]
"""
import json
import pathlib
import shutil
import sys
import tempfile

from rendercv.api.functions import create_a_typst_file_from_a_python_dictionary
from rendercv.renderer import renderer


def main():
    failed = 0
    for inp, out in json.load(open(sys.argv[1])):
        data = json.load(open(inp))
        with tempfile.TemporaryDirectory() as tmp:
            typ = pathlib.Path(tmp) / "cv.typ"
            try:
                errors = create_a_typst_file_from_a_python_dictionary(data, typ)
                if errors:
                    raise ValueError(errors)
                pdf = renderer.render_a_pdf_from_typst(typ)
                shutil.copy(pdf, out)
            except Exception as exc:  # noqa: BLE001
                failed += 1
                print(inp, repr(exc)[:500], file=sys.stderr)
    sys.exit(2 if failed else 0)


if __name__ == "__main__":
    main()
