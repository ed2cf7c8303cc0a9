"""Hostile upload files, generated: small on disk, expensive to parse or to inflate.

Pure (no Django): the regression tests and the upload fuzz (``fuzz_upload.py``) build their
files here. Zip containers are assembled from one deflated chunk reused for every member, so
a "300 MB" docx costs milliseconds to build.
"""

from __future__ import annotations

import random
import struct
import zlib
from functools import lru_cache

SPEECH = (
    "同志们：今天我们召开全县党建工作会议，主要任务是总结上半年基层党组织建设工作，"
    "部署下一阶段任务。一、充分认识加强基层党组织建设的重要意义。"
)


# --- PDF -----------------------------------------------------------------------------------


def drawing_pdf(drawing_bytes: int = 8 * 1024 * 1024, seed: int = 0) -> bytes:
    """A one-page PDF whose content stream is ``drawing_bytes`` of line-drawing operators
    (deflated to a few KB): a layout analyser makes one object per segment."""
    rng = random.Random(seed)
    ops = [
        f"{rng.randrange(600)} {rng.randrange(800)} m {rng.randrange(600)} 9 l S\n"
        for _ in range(4)
    ]
    unit = "".join(ops).encode()
    stream = zlib.compress(unit * (drawing_bytes // len(unit) + 1), 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


# --- HTML ----------------------------------------------------------------------------------


def nested_html(depth: int = 6000) -> bytes:
    """``depth`` nested <div>s around one paragraph of speech (66 KB at 6,000)."""
    return (
        "<html><head><meta charset='utf-8'><title>讲话</title></head><body>"
        + "<div>" * depth
        + f"<p>{SPEECH}</p>"
        + "</div>" * depth
        + "</body></html>"
    ).encode()


# --- zip containers ------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _deflated(size: int, fill: bytes) -> tuple[bytes, int]:
    data = fill * (size // len(fill)) + fill[: size % len(fill)]
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(), zlib.crc32(data)


def build_zip(members: list[tuple[str, bytes | tuple[int, bytes]]]) -> bytes:
    """A zip of ``(name, data)`` or ``(name, (size, fill))`` members: the latter are
    ``size`` bytes of repeated ``fill``, deflated once and reused."""
    out = bytearray()
    central = bytearray()
    for name, content in members:
        if isinstance(content, tuple):
            packed, crc = _deflated(*content)
            size = content[0]
        else:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            packed, crc, size = (
                packer.compress(content) + packer.flush(),
                zlib.crc32(content),
                len(content),
            )
        raw = name.encode()
        offset = len(out)
        out += struct.pack(
            "<4s5H3L2H", b"PK\x03\x04", 20, 0x800, 8, 0, 0x21, crc, len(packed), size, len(raw), 0
        )
        out += raw + packed
        central += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0x800, 8, 0, 0x21, crc, len(packed), size,
            len(raw), 0, 0, 0, 0, 0o100644 << 16, offset,
        )  # fmt: skip
        central += raw
    start = len(out)
    out += central
    out += struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), start, 0
    )
    return bytes(out)


DOCUMENT_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    f"<w:body><w:p><w:r><w:t>{SPEECH}</w:t></w:r></w:p></w:body></w:document>"
).encode()


def inflating_docx(total: int = 300 * 1024 * 1024, parts: int = 30) -> bytes:
    """A docx (~300 KB) whose extra parts inflate to ``total`` bytes."""
    members: list[tuple[str, bytes | tuple[int, bytes]]] = [
        ("[Content_Types].xml", b'<?xml version="1.0"?><Types/>'),
        ("word/document.xml", DOCUMENT_XML),
    ]
    members += [(f"word/media/part{i}.xml", (total // parts, b"\0")) for i in range(parts)]
    return build_zip(members)


def zip_of_small_members(count: int = 200, size: int = 1024 * 1024) -> bytes:
    """``count`` text members of ``size`` bytes each (under any per-member size check)."""
    return build_zip([(f"讲话{i:03d}.txt", (size, "党".encode())) for i in range(count)])


# --- junk text -----------------------------------------------------------------------------


def junk_lines(rng: random.Random, lines: int = 200) -> bytes:
    """Speech text with pager lines, separators and long runs a backtracking regex chokes on."""
    pieces = [SPEECH]
    for _ in range(lines):
        kind = rng.randrange(6)
        if kind == 0:
            pieces.append("首页" + "|".join(str(n) for n in range(rng.randrange(1, 60))) + "|尾页")
        elif kind == 1:
            pieces.append("首页" + "|" * rng.randrange(10, 200))
        elif kind == 2:
            pieces.append("上传人" + "：" * rng.randrange(1, 50) + "x" * rng.randrange(1000, 20000))
        elif kind == 3:
            pieces.append(
                "".join(
                    rng.choice("一二三、（）.．　 1234567890党员")
                    for _ in range(rng.randrange(1, 4000))
                )
            )
        elif kind == 4:
            pieces.append("\x00" + SPEECH)
        else:
            pieces.append(SPEECH * rng.randrange(1, 5))
    return "\n".join(pieces).encode("utf-8", "surrogatepass")


# --- the upload fuzz's mix -----------------------------------------------------------------

FAMILIES = [
    "junk_lines",
    "deep_html",
    "drawing_pdf",
    "inflating_docx",
    "many_member_zip",
    "speech_txt",
    "nul_txt",
    "binary",
    "truncated",
    "empty",
]


def upload_case(rng: random.Random, number: int) -> tuple[str, bytes, str]:
    """One hostile (or ordinary) upload: ``(file name, bytes, family)``."""
    family = FAMILIES[number % len(FAMILIES)] if number < len(FAMILIES) else rng.choice(FAMILIES)
    tag = f"{number:05d}"
    if family == "junk_lines":
        return f"junk_{tag}.txt", junk_lines(rng, rng.randrange(20, 400)), family
    if family == "deep_html":
        return f"deep_{tag}.html", nested_html(rng.randrange(200, 8000)), family
    if family == "drawing_pdf":
        size = rng.randrange(200_000, 8 * 1024 * 1024)
        return f"drawing_{tag}.pdf", drawing_pdf(size, seed=number), family
    if family == "inflating_docx":
        total = rng.randrange(20, 400) * 1024 * 1024
        return f"inflating_{tag}.docx", inflating_docx(total, rng.randrange(1, 40)), family
    if family == "many_member_zip":
        count = rng.randrange(10, 250)
        return (
            f"members_{tag}.zip",
            zip_of_small_members(count, rng.randrange(100_000, 2**20)),
            family,
        )
    if family == "speech_txt":
        # A distinct ordinary speech: these must be imported.
        text = (
            f"在第{number}次党建工作会议上的讲话\n{SPEECH}\n（{number}）"
            + SPEECH * rng.randrange(2, 40)
        )
        return f"speech_{tag}.txt", text.encode(rng.choice(["utf-8", "gb18030", "utf-16"])), family
    if family == "nul_txt":
        text = f"第{number}号讲话\n" + SPEECH * 3
        return f"nul_{tag}.txt", ("\x00" + text).encode("utf-8"), family
    if family == "binary":
        return f"binary_{tag}.txt", rng.randbytes(rng.randrange(10, 50_000)), family
    if family == "truncated":
        whole = rng.choice([drawing_pdf(50_000, seed=number), inflating_docx(1024, 1)])
        cut = whole[: rng.randrange(1, len(whole))]
        return f"truncated_{tag}.{'pdf' if whole.startswith(b'%PDF') else 'docx'}", cut, family
    return f"empty_{tag}.txt", b"", family
