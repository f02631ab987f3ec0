"""What an uploaded file is, by its bytes (never by its name), and the ways in: a PDF as it is, a Word document
through LibreOffice, a ZIP of them unpacked with limits. No Django: bytes in, verdicts out."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

PDF, DOCX, ODT, DOC, RTF, ZIP = "pdf", "docx", "odt", "doc", "rtf", "zip"
WORD = (DOCX, ODT, DOC, RTF)
CONTENT_TYPES = {
    PDF: "application/pdf",
    DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ODT: "application/vnd.oasis.opendocument.text",
    DOC: "application/msword",
    RTF: "application/rtf",
}
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# what a refused file looks like, for the message: (magic bytes at the start, words for a recruiter)
LOOKS_LIKE = [
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"RIFF", "an image or a sound file"), (b"II*\x00", "a TIFF image"), (b"MM\x00*", "a TIFF image"),
    (b"Rar!", "a RAR archive"), (b"7z\xbc\xaf", "a 7-Zip archive"), (b"\x1f\x8b", "a gzip archive"),
    (b"MZ", "a Windows program"), (b"\x7fELF", "a program"), (b"<html", "a web page"), (b"<!DOCTYPE", "a web page"),
]


def sniff(data: bytes) -> str | None:
    """The kind of document these bytes are, or None for anything else."""
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if head.startswith(b"{\\rtf"):
        return RTF
    if head.startswith(OLE2):
        return DOC  # Word 97-2003 (an Excel or PowerPoint file shares the container: LibreOffice tells them apart)
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
                if "word/document.xml" in names:
                    return DOCX
                if "mimetype" in names and archive.read("mimetype").strip() == CONTENT_TYPES[ODT].encode():
                    return ODT
        except (zipfile.BadZipFile, KeyError, RuntimeError, NotImplementedError):
            return None
        return ZIP
    return None


def looks_like(data: bytes) -> str:
    """A few words on what a refused file seems to be."""
    head = data[:512]
    for magic, words in LOOKS_LIKE:
        if head.lstrip().lower().startswith(magic.lower()):
            return words
    try:
        head.decode("utf-8")
        return "plain text"
    except UnicodeDecodeError:
        return "an unknown kind of file"


@dataclass(frozen=True)
class ZipLimits:
    entries: int  # files in one archive
    entry_bytes: int  # one file, unpacked
    total_bytes: int  # all files, unpacked
    ratio: int  # unpacked size / packed size of one file: above it, a decompression bomb


@dataclass(frozen=True)
class Entry:
    """One file of an archive: its bytes, or why it was not taken out."""

    name: str
    data: bytes | None = None
    refused: str = ""


def unpack(data: bytes, limits: ZipLimits) -> list[Entry]:
    """The files of a ZIP, each with its bytes or the reason it stays packed: names are reduced to their last part
    (no path leaves the archive), folders and system files are skipped, an archive inside is not opened, and the
    limits on count, size and compression ratio stop a decompression bomb before it is unpacked."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = [i for i in archive.infolist() if not i.is_dir() and not _hidden(i.filename)]
        if len(infos) > limits.entries:
            raise ValueError(f"it holds {len(infos)} files, the limit is {limits.entries}")
        entries, total = [], 0
        for info in infos:
            name = PurePosixPath(info.filename.replace("\\", "/")).name
            if info.file_size > limits.entry_bytes:
                entries.append(Entry(name, refused=f"{info.file_size} bytes unpacked, the limit is {limits.entry_bytes}"))
                continue
            if info.compress_size and info.file_size / info.compress_size > limits.ratio:
                entries.append(Entry(name, refused="compressed suspiciously well (a decompression bomb?): not unpacked"))
                continue
            total += info.file_size
            if total > limits.total_bytes:
                raise ValueError(f"it unpacks to over {limits.total_bytes} bytes, the limit")
            try:
                with archive.open(info) as member:
                    content = member.read(limits.entry_bytes + 1)  # the sizes in the directory may lie
            except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError, RuntimeError) as error:
                entries.append(Entry(name, refused=f"damaged or locked in the archive ({error}): not unpacked"))
                continue
            if len(content) > limits.entry_bytes:
                entries.append(Entry(name, refused=f"over {limits.entry_bytes} bytes unpacked, the limit"))
            elif sniff(content) == ZIP:
                entries.append(Entry(name, refused="an archive inside the archive: not opened"))
            else:
                entries.append(Entry(name, data=content))
        return entries


def _hidden(path: str) -> bool:
    """A system file (macOS's __MACOSX/ and ._ forks, dot files): not a resume anyone sent."""
    parts = [p for p in PurePosixPath(path.replace("\\", "/")).parts if p not in (".", "..")]
    return any(part.startswith(".") or part == "__MACOSX" for part in parts)


class ConversionError(Exception):
    """A Word document LibreOffice could not turn into a PDF; the message says why, for the uploader."""

    def __init__(self, message: str, retryable: bool):
        super().__init__(message)
        self.retryable = retryable


def libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(data: bytes, kind: str, timeout: int = 90) -> bytes:
    """The PDF LibreOffice prints of a Word document (headless, with a profile of its own, so that workers running
    side by side do not share one)."""
    program = libreoffice()
    if program is None:
        raise ConversionError("Word documents need LibreOffice on the worker machines, and it is not installed "
                              "there: install it (README), then retry", retryable=True)
    with tempfile.TemporaryDirectory(prefix="convert-") as folder:
        source = os.path.join(folder, f"resume.{kind}")
        with open(source, "wb") as handle:
            handle.write(data)
        command = [program, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", folder, source]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise ConversionError(f"LibreOffice took over {timeout} s to convert it", retryable=True) from None
        target = os.path.join(folder, "resume.pdf")
        if not os.path.exists(target) or os.path.getsize(target) == 0:
            raise ConversionError(f"LibreOffice could not read this {kind.upper()} file: it may be damaged or "
                                  "not a text document", retryable=False)
        with open(target, "rb") as handle:
            return handle.read()
