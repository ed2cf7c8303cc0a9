"""Imported once by the extraction forkserver (``sandbox.PRELOAD``), never by the web workers:
the parsers and the normalization tables are loaded here, so that each forked child starts
ready instead of paying for the imports on every file."""

from __future__ import annotations

import bs4  # noqa: F401
import charset_normalizer  # noqa: F401
import docx  # noqa: F401
import lxml.html  # noqa: F401
import pdfminer.high_level
import pdfminer.layout  # noqa: F401

from speeches.ingest.textprep import prepare_text

_SAMPLE = "关于加强基层党组织建设的讲话\n同志们：\n今天我们召开会议，研究部署全县党建工作。" * 3

for _encoding in ("utf-8", "gb18030"):
    prepare_text("warm-up.txt", _SAMPLE.encode(_encoding), [])
