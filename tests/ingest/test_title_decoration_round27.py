"""Round 27: a 范文 page's sample word with the piece number after it (issue 25)."""

from __future__ import annotations

from speeches.ingest.title_decoration import undecorate


def test_a_sample_word_and_a_piece_number_after_the_title() -> None:
    title = "在区委老干部党校成立暨揭牌仪式上的讲话"
    assert undecorate(f"{title}范文(1)") == title
    assert undecorate(f"{title}(2)") == title


def test_a_template_date_line_left_blank_after_the_title() -> None:
    title = "在全省寄生虫病防治工作会议上的致辞"
    assert undecorate(f"{title}( 年月日)") == title
    assert undecorate(f"{title}(XX年X月X日)") == title
    # a real date is not a blank one
    assert undecorate(f"{title}(2021年5月4日)") != f"{title}"[:4]
