"""A post and a name before a festival address's title with no 在 are cut; the year printed
after them stays (issue 25, round 20; LABELLING.md: 林某某校长2023年新春贺词)."""

from speeches.ingest.title_block import own_title


def test_consul_general_before_a_lantern_festival_greeting_is_cut():
    title, alt = own_title(["中国驻旧金山总领馆王东华总领事2021元宵节祝词"])
    assert (title, alt) == ("2021元宵节祝词", "中国驻旧金山总领馆王东华总领事2021元宵节祝词")


def test_a_graduation_year_still_reads_as_its_class():
    assert own_title(["校长2021届毕业典礼致辞"])[0] == "2021届毕业典礼致辞"
