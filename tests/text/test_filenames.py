"""Download names made from titles (issue 26): safe on every system, Chinese kept through
RFC 6266 ``filename*`` beside an ASCII fallback."""

from __future__ import annotations

from urllib.parse import unquote

import pytest

from speeches.text.filenames import content_disposition, safe_filename, titled_name


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("在全县创先争优活动推进会议上的讲话", "在全县创先争优活动推进会议上的讲话"),
        ("关于 “两学一做” 的讲话", "关于-“两学一做”-的讲话"),
        ("../../etc/passwd", "etc-passwd"),
        ('a\\b:c*d?e"f<g>h|i', "a-b-c-d-e-f-g-h-i"),
        ("标题\u202egpj.exe", "标题gpj.exe"),  # a bidi override cannot hide the extension
        ("  .隐藏.  ", "隐藏"),
        ("\x00\x01", ""),
    ],
)
def test_safe_filename(title, expected):
    assert safe_filename(title) == expected


def test_long_titles_are_cut():
    assert len(safe_filename("很长的标题" * 40)) == 80


def test_content_disposition_has_a_utf8_name_and_an_ascii_fallback():
    name, fallback = titled_name("努力推动——在大会上的讲话", "speech-3", "txt")
    header = content_disposition(name, fallback)
    assert header.startswith("attachment; filename=\"speech-3.txt\"; filename*=UTF-8''")
    assert unquote(header.split("''", 1)[1]) == "努力推动——在大会上的讲话.txt"
    assert header.isascii()


def test_an_ascii_name_is_sent_once_and_an_empty_title_falls_back():
    assert content_disposition("speech-3.txt", "speech-3.txt") == (
        'attachment; filename="speech-3.txt"'
    )
    assert titled_name("\x00", "speech-3", "txt") == ("speech-3.txt", "speech-3.txt")
