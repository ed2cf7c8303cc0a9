"""Speakers of salutation blocks and co-signed messages (issue 25, round 19): invented names
only."""

from speeches.ingest.speaker import co_signers, name_over_salutation, position_name_line


def test_a_name_and_post_over_a_salutation_is_the_first_one_greeted() -> None:
    lines = ["欧明远主席", "各位来宾", "全体市民和", "朋友们:", "今天,是一个普天同庆的日子。"]
    assert position_name_line(lines)[0].value is None


def test_a_name_and_post_over_the_text_is_still_the_speaker() -> None:
    lines = ["欧明远市长", "2020年8月10日", "同志们:", "今天我们召开全市大会。"]
    assert position_name_line(lines)[0].value == "欧明远"


def test_two_spaced_signers_with_a_garbled_first_name_give_no_speaker() -> None:
    lines = [
        "青禾县委、县政府新春贺词",
        "中共青禾县委书记   明                青禾县人民政府县长   林晓燕",
        "刚刚告别成绩斐然的一年,我们满怀信心,迎来了充满希望的新年。",
    ]
    assert position_name_line(lines)[0].value is None
    assert "林晓燕" in co_signers(lines)


def test_one_spaced_post_and_name_is_still_read() -> None:
    lines = ["青禾县委、县政府新春贺词", "青禾县人民政府县长   林晓燕", "刚刚告别成绩斐然的一年。"]
    assert position_name_line(lines)[0].value == "林晓燕"


SUBTITLED = [
    "青禾市中级人民法院工作报告",
    "——二〇二一年一月十九日在青禾市第六届人民代表大会第四次会议上",
]


def test_a_bare_spaced_name_under_a_reports_occasion_subtitle_signs_it() -> None:
    lines = [*SUBTITLED, "林 远", "各位代表:", "现在,我代表市中级人民法院向大会报告工作。"]
    assert name_over_salutation(lines)[0].value == "林远"


def test_a_name_run_into_the_salutation_under_the_subtitle_signs_it() -> None:
    lines = [*SUBTITLED, "欧明远各位委员、同志们:", "我代表常务委员会,向大会报告工作。"]
    assert name_over_salutation(lines)[0].value == "欧明远"


def test_a_bare_name_under_the_subtitle_but_over_the_text_is_not_read() -> None:
    lines = [*SUBTITLED, "欧明远", "现在,我代表市中级人民法院向大会报告工作。"]
    assert name_over_salutation(lines)[0].value is None
