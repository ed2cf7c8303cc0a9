"""clean, round 13: a page's HTML source pasted as its text: a block's tags break the
line, the other tags go; an archive's <王某> and a lone tag-like word stay."""

from __future__ import annotations

from speeches.ingest.clean import clean_text


def test_html_source_is_read_as_its_lines():
    raw = (
        '<P style="TEXT-ALIGN: center" align=center><FONT face=宋体><B>'
        '<SPAN style="COLOR: #535353">青云的使命</SPAN></B></FONT></P>'
        "<P align=center><SPAN lang=EN-US>——</SPAN><SPAN>林某某在青云大学的讲演</SPAN>"
        '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /><o:p></o:p>'
        "</P><P><SPAN>同学们:</SPAN></P>"
    )
    assert clean_text(raw).splitlines() == ["青云的使命", "——林某某在青云大学的讲演", "同学们:"]


def test_a_names_angle_brackets_and_a_single_tag_stay():
    raw = "在青云县秋收工作会议上的讲话 <林某某>\n同志们:<b>今年</b>"
    assert clean_text(raw).splitlines() == [
        "在青云县秋收工作会议上的讲话 <林某某>",
        "同志们:<b>今年</b>",
    ]
