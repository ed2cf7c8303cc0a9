"""Press conferences and interviews read like a person reads them (issue 25, round 28):
short lines in the shapes of real copies, names invented."""

from speeches.ingest.conference_speaker import conference_speaker


def test_the_officer_the_lead_has_answer_the_reporters_with_no_turn_saved() -> None:
    # an evening paper's report: the lead names who answered, the host only invited him
    lines = [
        "昨在九届全国人大四次会议记者招待会上",
        "欧外长纵横捭阖答记者",
        "(3/7 11:9)",
        "九届全国人大四次会议昨天下午举行记者招待会,外交部部长欧立群应大会新闻发言人"
        "江明远邀请,就中国的外交政策和国际形势等问题回答了中外记者的提问。",
        "欧立群部长在招待会开始时对有机会再次同大家见面感到高兴。",
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_two_officers_answering_in_the_lead_name_no_one() -> None:
    lines = [
        "市政府昨天举行新闻发布会,市长欧立群和副市长江明远回答了记者的提问。",
        "欧立群市长介绍了有关情况。",
    ]
    assert conference_speaker(lines).value is None


def test_an_officer_accompanying_the_answerer_is_not_the_answerer() -> None:
    lines = [
        "今天上午,市政府召开新闻发布会,市政府新闻办主任欧立群陪同王副市长回答记者提问。",
        "会上介绍了全市经济运行情况。",
    ]
    assert conference_speaker(lines).value is None


def test_the_host_inviting_one_spokesman_names_him_in_a_run_on_paragraph() -> None:
    lines = [
        "主持人:省委宣传部对外新闻处处长江明远 女士们、先生们、各位记者朋友们,大家上午好!"
        "欢迎大家出席省人民政府新闻办公室新闻发布会。 今天的新闻发布会邀请省生态环境厅"
        "党组成员、总工程师、新闻发言人欧立群,请他就大家关心关注的问题做发布并回答记者的"
        "提问。 今天的新闻发布会到此结束,谢谢大家!"
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_a_report_of_the_spokesmans_words_at_the_conference_names_him() -> None:
    lines = [
        "某科技获悉,6月5日,商务部举行例行新闻发布会。对于有关关税问题,商务部发言人欧立群"
        "表示,中方已多次强调有关做法违反世贸规则。 文字实录如下: 欧立群:各位记者朋友: "
        "大家下午好,欢迎参加商务部例行新闻发布会。"
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_a_quoted_section_heading_over_the_answers_is_no_ones_turn() -> None:
    lines = [
        "昨日下午3时,全国政协会议新闻发布会召开,大会新闻发言人欧立群介绍大会有关情况并"
        "回答记者提问。",
        "欧立群介绍,会议将于3日下午3时开幕。",
        "【“十三五”规划】",
        "提交363件“十三五”提案",
        "某社记者:在“十三五”规划中,政协提了多少提案?",
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_a_tag_naming_a_leader_before_his_post_and_its_short_form() -> None:
    lines = [
        "在开罗答记者问(一九六三年十二月二十日)",
        "欧立群总理(以下简称欧):女士们、先生们,我很高兴能在开罗同各位会见。",
        "记者们:同意。",
        "某报记者:能不能请阁下谈一谈这次访问的意义?",
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_the_interviewer_the_lead_names_asks_and_the_interviewed_answers() -> None:
    lines = [
        "面对美国记者的提问",
        "1999年4月2日,欧立群访美前夕,在中南海紫光阁接受美国《某日报》发行人康比德夫妇采访。",
        "康比德:回想起来,你对于这个人有什么看法呢?",
        "欧立群:这张照片当初经常在美国及其他国家的电视上出现。",
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_two_people_answering_an_interviewer_name_no_one() -> None:
    lines = [
        "欧立群和江明远昨天接受本报记者采访。",
        "欧立群:我先说几句。",
        "江明远:我补充一点。",
    ]
    assert conference_speaker(lines).value is None


def test_a_flattened_interview_names_the_one_who_gives_it() -> None:
    # one paragraph: the report, the heading, the interviewer's tag (a column's name), his turn
    lines = [
        "约好的采访,欧立群一个人按时到来,没带秘书也没有随行人员。 采访中,欧立群频出妙语。 "
        "回应“跑路”传闻,他自嘲脸皮厚,“只要有人能记得世界上还有欧立群,我就很满足了”。 "
        "回应出国建厂,他说在世界上有9家工厂,美国5个州都有,“能出国投资建厂非常光荣,国内有这个"
        "水平和战略的企业家不到十家,我认为只有国际知名品牌才有资格走出去……” "
        "欧立群接受深读记者采访谈“跑路” “跑路”闹了一个笑话 深读:有没有想到会成为“网红”? "
        "欧立群:事情发生后,很多人都在替我担心,我自己反而没有。"
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_a_heading_naming_who_gives_the_interview_over_untagged_answers() -> None:
    lines = [
        "【 第1頁 第2頁 】",
        "歐立群受訪:涉主權事 我強硬過男人",
        "http://www.example.com 2011-01-01 23:25:19",
        "● 在您3年零4個月的發言人生活中,最難忘的事情是什麼?",
        "“雖然做了幾年,但是沒有一場記者會是輕鬆的。”",
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_an_interview_record_heading_under_a_news_lead() -> None:
    lines = [
        "4月21日消息 某公司心聲社區對外公開了歐立群於3月25日再次接受《某日報》的采訪紀要。",
        "歐立群表示,今年公司在計劃上比去年還有一定規模的增長。",
        "歐立群接受(shòu)《某日報》采訪紀要",
        "2020年3月25日",
        "1、某編輯:歐先生,您能跟我們分享一下這次疫情對公司的業務造成了哪些影響嗎?",
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_an_interview_heading_with_a_second_persons_turns_names_no_one() -> None:
    lines = [
        "欧立群接受本报专访",
        "记者:您怎么看?",
        "欧立群:我先说几句。",
        "江明远:我补充一点。",
    ]
    assert conference_speaker(lines).value is None


def test_the_host_naming_the_sessions_spokesman_on_a_live_text_page() -> None:
    lines = [
        "时间: 某届全国人大某次会议新闻发布会地点: 4日11:00 某届全国人大某次会议新闻发布会",
        "大会定于3月4日上午11时在人民大会堂新闻发布厅举行新闻发布会,由大会发言人就大会议程"
        "回答中外记者的提问。",
        "活动标题",
        "文字内容:",
        "刚才大会主席团第一次会议决定欧立群女士为大会副秘书长,并指定她为大会发言人。现在我们"
        "有请大会发言人发布大会的议程。",
        "2017-03-04 11:09:23",
        "大家好,大会明天上午就要开幕了,我现在先给大家简单介绍一下情况。",
    ]
    assert conference_speaker(lines).value == "欧立群"


def test_a_spokesman_quoted_in_the_lead_does_not_outvote_the_host_it_names() -> None:
    lines = [
        "外交部发言人欧立群主持例行记者会,商务部发言人江明远表示,有关问题请向主管部门询问。",
        "欧立群:女士们,先生们,下午好。",
        "某社记者:请问?",
        "欧立群:谢谢你的提问。",
    ]
    assert conference_speaker(lines).value == "欧立群"
