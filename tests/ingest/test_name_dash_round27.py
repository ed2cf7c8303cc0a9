"""Round 27: a name cut from a ``——王某`` tail takes its dash with it."""

from speeches.ingest.metadata import extract_metadata


def test_dash_before_a_cut_name_goes() -> None:
    text = "在全县经济工作会议上的讲话——王建国\n同志们：\n今天我们召开全县经济工作会议。\n"
    meta = extract_metadata(text)
    assert meta.title.value == "在全县经济工作会议上的讲话"
    assert meta.speaker.value == "王建国"


def test_subtitle_dash_stays() -> None:
    text = "坚定理想信念——在全县工作会议上的讲话\n王建国\n同志们：\n今天我们开会。\n"
    assert extract_metadata(text).title.value == "坚定理想信念——在全县工作会议上的讲话"
