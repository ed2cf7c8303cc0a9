"""Level from the speaker's position (speeches.ingest.levels)."""

import pytest

from speeches.ingest.levels import level_from_position


@pytest.mark.parametrize(
    ("position", "level"),
    [
        ("中华人民共和国主席", "中央"),
        ("中共中央总书记、中华人民共和国主席", "中央"),
        ("中共中央总书记、国家主席、中央军委主席", "中央"),
        ("国务院总理", "中央"),
        ("政务院总理", "中央"),
        ("国务院副总理", "中央"),
        ("全国人大常委会委员长", "中央"),
        ("中共中央政治局常委、中央纪委书记", "中央"),
        ("中共浙江省委书记", "省"),
        ("浙江省省长", "省"),
        ("广西壮族自治区党委书记", "省"),
        ("中共中央政治局委员、上海市委书记", "省"),
        ("北京市市长", "省"),
        ("省委常委、广州市委书记", "市"),
        ("杭州市市长", "市"),
        ("延边朝鲜族自治州州长", "市"),
        ("中共兰考县委书记", "县"),
        ("副县长", "县"),
        ("朝阳区委书记", "县"),
        ("某某镇党委书记", "乡镇"),
        ("乡长", "乡镇"),
        ("某某村党支部书记", "基层"),
        ("社区党委书记", "基层"),
    ],
)
def test_level_named_by_position(position, level):
    found = level_from_position(position)
    assert found.value == level
    assert found.confidence >= 0.5
    assert found.evidence


@pytest.mark.parametrize("position", ["", "部长", "主任", "书记", "教授", "董事长"])
def test_no_level_when_the_position_names_none(position):
    assert not level_from_position(position)


def test_evidence_is_the_office_read():
    found = level_from_position("中共中央政治局委员、重庆市委书记")
    assert found.value == "省"
    assert "重庆市委书记" in found.evidence
    assert level_from_position("国务院总理").evidence == "国务院总理"
