"""Level from the speaker's position (speeches.ingest.levels)."""

import pytest

from speeches.ingest.levels import (
    level_from_position,
    level_in_title,
    level_of_meeting,
    level_of_occasion,
    level_of_scope_word,
    level_of_speaker,
    level_of_unit,
    level_spoken_for,
    level_where_named,
)


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


@pytest.mark.parametrize("position", ["", "部长", "主任", "书记", "教授"])
def test_no_level_when_the_position_names_none(position):
    assert not level_from_position(position)


def test_evidence_is_the_office_read():
    found = level_from_position("中共中央政治局委员、重庆市委书记")
    assert found.value == "省"
    assert "重庆市委书记" in found.evidence
    assert level_from_position("国务院总理").evidence == "国务院总理"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("在全县统计工作会议上的讲话", ""),  # a meeting's scope, no office
        ("全县统计工作会议市长讲话", "市"),
        ("经济社会发展务虚会区长讲话", "县"),
        ("县委书记在全县干部大会上的讲话", "县"),
        ("镇长在全镇安全生产会议上的发言", "乡镇"),
        ("院长在落成仪式上的致辞", ""),  # 院长 names no level
        ("医院院长在落成仪式上的致辞", "基层"),  # a hospital's head: the guide's unit
    ],
)
def test_level_of_an_office_a_title_names(title, level):
    assert (level_in_title(title).value or "") == level


@pytest.mark.parametrize(
    ("body", "level"),
    [
        ("同志们：\n首先，我代表市委、市政府，向社区党组织揭牌表示祝贺。", "市"),
        ("同志们：受县委委托，我讲几点意见。", "县"),
        ("各位：我代表镇党委，对新成立的党支部表示祝贺。", "乡镇"),
        ("同志们：我代表区委讲三点意见。", "县"),
        ("同志们：今天我们开会，讲三点意见。", ""),
    ],
)
def test_level_of_the_body_the_speaker_speaks_for(body, level):
    found = level_spoken_for(body)
    assert (found.value or "") == level
    assert (found.evidence in body) if level else not found


def test_a_district_committee_of_an_autonomous_region_names_no_county():
    assert not level_spoken_for("我代表区委讲几点意见。全区各族干部群众要团结奋斗。")


@pytest.mark.parametrize(
    ("body", "level"),
    [
        ("同志们：今天，我们召开全市住房和城乡建设工作会议，主要任务是……", "市"),
        ("同志们：这次全县警示教育大会很重要。", "县"),
        ("同志们：市委决定召开全区优化营商环境推进会。", "县"),
        ("同志们：今天召开2025年全省教育大会。", "省"),
        # the meeting being carried out is another one
        ("同志们：这次会议的主要任务是贯彻落实全省安全生产工作会议精神。", ""),
        # a relayed meeting of several levels names no one scope
        ("昨天召开了全省、全市防汛工作电视电话会议。", ""),
        ("同志们：今天召开全区干部大会。全区各族群众……", ""),  # an autonomous region's
        ("同志们：全市经济形势很好。", ""),  # no meeting named
    ],
)
def test_level_of_the_meeting_the_opening_names(body, level):
    assert (level_of_meeting(body).value or "") == level


def test_only_the_opening_is_read_for_the_meeting():
    assert not level_of_meeting("同志们：" + "一" * 2000 + "今天召开全市工作会议。")


@pytest.mark.parametrize(
    "position", ["某某省政协原副主席", "原县委书记", "前任市长", "原国务院总理"]
)
def test_an_office_marked_former_names_no_level(position):
    assert not level_from_position(position)


def test_a_city_named_with_taiyuan_is_not_a_former_office():
    assert level_from_position("太原市委书记").value == "市"
    assert level_from_position("中共太原市委书记，原某某县委书记").value == "市"


def test_a_district_bureau_is_a_county_office():
    found = level_from_position("某某市某某区审计局局长")
    assert (found.value, found.evidence) == ("县", "某某市某某区审计局局长")
    assert level_from_position("某某市审计局局长").value == "市"
    assert level_from_position("某某自治区审计局局长").value != "县"


def test_only_an_office_right_before_the_name_counts():
    text = "会上，中共某某省委组织部部长李某宣读了中共中央关于王建国同志任职的决定。"
    assert not level_where_named("王建国", text)
    assert level_where_named("王建国", "某某市委书记王建国出席会议。").value == "市"


@pytest.mark.parametrize(
    ("unit", "level"),
    [
        ("某某省邮政管理局", "省"),
        ("县教育局", "县"),
        ("某某市体育局", "市"),
        ("某某区教育局", "县"),
        ("**乡团委", "乡镇"),
        ("xx县xx镇人民政府", "乡镇"),
        ("某某村党支部", "基层"),
        ("国家统计局", "中央"),
        ("中国气象局党组", "中央"),
        ("中国科协", "中央"),
        ("香港特别行政区政府", "省"),
        ("中共某州区(qū)委", "县"),  # a reading glossed after the place
        # no place, an event's committee, an embassy: no level
        ("市场监管局", ""),
        ("乡村振兴局", ""),
        ("全体师生", ""),
        ("大会组委会", ""),
        ("中国消防宣传日组织委员会", ""),
        ("中国驻某国使馆", ""),
    ],
)
def test_level_of_a_unit_the_speaker_names_as_his(unit, level):
    assert level_of_unit(unit) == level


@pytest.mark.parametrize(
    ("body", "level"),
    [
        ("老师们、同学们：今天，首先我代表县教育局和大会组委会，向大家表示欢迎！", "县"),
        ("借此机会，我代表某某省邮政管理局，向社会各界表示感谢！", "省"),
        ("在此，我谨代表中国科协，向各位的到来表示欢迎！", "中央"),
        ("在这里我代表村党支部、村委会向全村的老年人表示问候！", "基层"),
        ("首先，请允许我代表全体师生，向工作人员表示感谢！", ""),
    ],
)
def test_the_named_unit_the_speaker_speaks_for(body, level):
    assert (level_spoken_for(body).value or "") == level


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("在某某市关工委工作会议上的讲话", "市"),
        ("在某某省干部会议上的讲话", "省"),
        ("提振精气神——某某县十六届人大五次会议闭幕时的讲话", "县"),
        ("在镇人代会首次会议上的讲话", "乡镇"),
        ("镇长工作会议上的讲话", "乡镇"),
        ("在中国残联主席团全体会议上的讲话", "中央"),
        # a company's, a school's meeting; 农村, 乡情 and a greater region name no place
        ("在某某市某某公司年度大会上的讲话", ""),
        ("在xx开发区农村人居环境整治工作推进会上的讲话", ""),
        ("在教授村乡(xiāng)情恳谈会上的讲话", ""),
        ("在西南区新闻工作会议上的报告", ""),
        ("在某某市调研时的讲话", ""),  # no meeting
    ],
)
def test_level_of_a_meeting_named_by_its_place(title, level):
    assert (level_of_occasion(title).value or "") == level


@pytest.mark.parametrize(
    ("position", "level"),
    [
        ("校长", "基层"),
        ("某某中学副校长", "基层"),
        ("市委党校校长", "市"),  # a 党校 is its committee's
        ("最高人民检察院检察长", "中央"),
    ],
)
def test_a_schools_head_and_the_supreme_organs(position, level):
    assert level_from_position(position).value == level


@pytest.mark.parametrize(
    ("body", "level"),
    [
        ("在此，我首先代表盟委、行署向你们表示问候。", "市"),
        ("在此，我谨代表校党委、校行政，向广大教职员工致以问候！", "基层"),
        ("现在，我代表最高人民检察院向大会报告工作。", "中央"),
        ("首先，我代表黨(dang)中(zhong)央向大家表示祝贺。", "中央"),  # glossed readings
    ],
)
def test_more_bodies_a_speaker_speaks_for(body, level):
    assert (level_spoken_for(body).value or "") == level


@pytest.mark.parametrize(
    "title",
    ["在西南局城市工作会议上的报告", "会见某某特别行政区基本法起草委员会委员时的讲话"],
)
def test_a_city_works_meeting_and_a_reception_name_no_place(title):
    assert not level_of_occasion(title)


def test_a_grade_word_is_no_place():
    # 省级文明城市 is a city's title, not the province's meeting
    assert level_of_occasion("在创建省级文明城市动员大会上的讲话").value != "省"


@pytest.mark.parametrize(
    ("position", "level"),
    [("国家统计局局长", "中央"), ("国家林业局党组副书记、副局长", "中央"), ("国家队教练", "")],
)
def test_a_national_administrations_office_is_central(position, level):
    assert (level_from_position(position).value or "") == level


@pytest.mark.parametrize(
    ("body", "level"),
    [
        ("这次会议是本届政府成立以后召开的第一次全国水利厅局长会议。", "中央"),
        ("全国同胞们，各位来宾：今天是一个值得纪念的日子。", "中央"),
        ("同志们：今天召开的会议，要贯彻全国、全省会议精神。", ""),
    ],
)
def test_a_national_meeting_or_the_nation_addressed(body, level):
    assert (level_of_meeting(body).value or "") == level


def test_a_masked_unit_name_and_a_traditional_position():
    assert level_of_unit("**街道X工委") == "乡镇"
    assert level_from_position("國務院總理").value == "中央"
    assert level_from_position("總理").value == "中央"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("我国水利部部长赵海平的讲话", "中央"),  # a ministry's office before the name
        ("市委第三督导组组长钱文涛同志在县委班子民主生活会上点评时的讲话", "市"),
        ("县委书记孙明远在全县干部大会上的讲话", "县"),
        ("原县委书记孙明远在座谈会上的讲话", ""),  # a former office names no level
        ("在全县组织部长会议上的讲话", ""),  # a meeting's words are no name
        ("在市长办公会上的讲话", ""),
    ],
)
def test_an_office_before_the_speakers_name_in_a_title(title, level):
    assert (level_in_title(title).value or "") == level


@pytest.mark.parametrize(
    ("name", "text", "level"),
    [
        ("邝志诚", "周二便是中秋,香港特首邝志诚发表致辞。", "省"),
        ("邝志诚", "以下为行政长官邝志诚今晚的致辞全文:", "省"),
        ("邝志诚", "澳门特别行政区行政长官邝志诚出席。", "省"),
    ],
)
def test_a_special_administrative_regions_top_office_is_provincial(name, text, level):
    assert level_where_named(name, text).value == level


def test_a_bare_city_office_in_a_municipalitys_copy_is_provincial():
    lead = "天津市人民政府今晚举行招待会。市委副书记、市长罗志坚出席。中共天津市委向来宾致意。"
    assert level_of_speaker("", "罗志坚", lead).value == "省"
    assert level_of_speaker("市委副书记、市长", "罗志坚", lead).value == "省"
    other = lead.replace("中共天津市委", "中共某某市委")  # another city's body: a city office
    assert level_of_speaker("市长", "罗志坚", other).value == "市"
    assert level_of_speaker("县长", "罗志坚", lead).value == "县"


@pytest.mark.parametrize(
    ("unit", "level"),
    [
        ("某某华宇建设有限公司", "基层"),  # a company by its legal name
        ("某某县城市建设投资有限责任公司", "基层"),
        ("某某华宇建设集团", ""),  # no legal form, no place: no level
    ],
)
def test_a_company_by_its_legal_name_is_grassroots(unit, level):
    assert level_of_unit(unit) == level


def test_a_company_the_speaker_speaks_for_is_grassroots():
    body = "值此新年到来之际,我谨代表某某华宇建设有限公司,向全体员工致以问候。"
    assert level_spoken_for(body).value == "基层"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("2025年全市村党组织书记培训班讲话", "市"),  # the meeting's scope, its audience's unit
        ("在全县党支部书记轮训班上的讲话", "县"),
        ("在全区党支部书记培训班上的讲话", ""),  # a district or an autonomous region
        ("全省全市联动会议讲话", ""),  # several scopes
        ("在党支部书记培训班上的讲话", ""),
    ],
)
def test_the_one_scope_word_of_a_titles_meeting(title, level):
    assert level_of_scope_word(title) == level
