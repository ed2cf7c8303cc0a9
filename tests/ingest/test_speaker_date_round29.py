"""Round 29: speaker and date in shapes session 17's held-out copies showed across sites: an
envoy's or a minister's name and post before 在 (王某部长助理, 某使团团长王某大使, 王某国务委员兼
外长), a host's guest named inside the occasion, a lead giving the day of the address whose
whole text follows, a site's posting day read as a title's date, a press conference's record
given whole (no dispatch day), a live-text page's bulleted day (issue 25)."""

from __future__ import annotations

import datetime as dt

from speeches.ingest.conference_speaker import conference_speaker
from speeches.ingest.speaker import printed_speech_lead, speaker_from_title
from speeches.ingest.speech_date import (
    _one_year,
    conference_day,
    english_date_over_salutation,
    lead_day_before_text,
    news_date,
    site_stamp_line,
)
from speeches.text import dates
from speeches.text.names import split_name_then_position
from tests.ingest.metadata_reading import meta_of, stored, stored_date


def _who(title: str) -> tuple[str, str]:
    speaker, position = speaker_from_title(title)
    return speaker.value or "", position.value or ""


def test_a_name_then_posts_joined_by_jian() -> None:
    assert split_name_then_position("秦刚国务委员兼外长") == ("国务委员兼外长", "秦刚")
    assert _who("——秦刚国务委员兼外长在庆祝“非洲日”招待会上的致辞") == ("秦刚", "国务委员兼外长")


def test_an_assistant_minister_and_a_mission_head() -> None:
    assert _who("吕国增部长助理在中非合作论坛部长级会议高官预备会开幕式上的讲话") == (
        "吕国增",
        "部长助理",
    )
    assert _who("外交部部长助理钱洪山在庆祝亚欧会议成立20周年招待会上的致辞")[0] == "钱洪山"
    # the post, the name, then the title 大使
    assert _who("——驻欧盟使团团长张明大使在“欧洲之友”中欧领导人会晤前瞻研讨会上的主旨讲话") == (
        "张明",
        "驻欧盟使团团长",
    )
    assert _who("中國常駐禁止化學武器組織代表張軍大使在第63屆執理會上的發言")[0] == "张军"


def test_the_guest_named_inside_the_occasion_is_not_the_speaker() -> None:
    title = "刘振民副部长在中国-东盟中心杨秀萍秘书长到任招待会上的致辞"
    assert _who(title)[0] == "刘振民"
    # the name cut before 在: the guest in the occasion stays no one's speech
    assert _who("在中国-东盟中心杨秀萍秘书长到任招待会上的致辞")[0] == ""


def test_the_name_and_post_before_chuxi() -> None:
    assert _who("王华总领事出席2010年东北亚地区地方议会议长论坛讲话稿")[0] == "王华"


def test_a_lead_giving_the_day_of_the_address_whose_text_follows() -> None:
    lines = [
        "聯(lián)系人:鐘先生",
        "據(jù)外交部網(wǎng)站,當(dāng)?shù)貢r間2024年2月17日,王毅在第60屆慕尼黑安全會議"
        "“中國專場”上發(fā)表主旨講話。以下為講話全文:",
        "各位朋友,各位同事,",
    ]
    assert lead_day_before_text(lines, "王毅").value[0].isoformat() == "2024-02-17"
    # the lead's paragraph over the marker's line, a stamp line between them passed by
    lines = [
        "王毅在第72届联合国大会一般性辩论上的演讲",
        "查字典英语网 2019年11月01日",
        "当地时间2017年9月21日,外交部长王毅出席第72届联合国大会一般性辩论并发表演讲。",
        "王毅表示,联合国为人类和平与发展事业做出卓越贡献。",
        "以下为讲话双语全文:",
    ]
    assert lead_day_before_text(lines, "王毅").value[0].isoformat() == "2017-09-21"


def test_no_lead_day_for_another_person_or_two_days() -> None:
    lines = [
        "2024年2月17日,李强在会议上发表讲话。以下为讲话全文:",
    ]
    assert not lead_day_before_text(lines, "王毅").value
    lines = [
        "2024年2月16日,王毅抵达慕尼黑。2024年2月17日,王毅在会议上发表讲话。以下为讲话全文:",
    ]
    assert not lead_day_before_text(lines, "王毅").value
    # a paper printing it later: not the day of the address
    lines = ["2024年3月1日,《人民日报》刊登王毅的讲话。以下为讲话全文:"]
    assert not lead_day_before_text(lines, "王毅").value


def test_a_site_name_and_its_posting_day_is_no_title_date() -> None:
    assert site_stamp_line("查字典英语网 2019年11月01日")
    assert not site_stamp_line("在全国人民代表大会上的讲话 2019年11月1日")
    raw = "\n".join(
        [
            "王毅在第72届联合国大会一般性辩论上的演讲",
            "查字典英语网 2019年11月01日",
            "当地时间2017年9月21日,外交部长王毅出席第72届联合国大会一般性辩论并发表演讲。",
            "以下为讲话双语全文:",
            "人人得享和平与发展",
            "——在第72届联合国大会一般性辩论上的演讲",
            "中华人民共和国外交部部长 王毅",
            "主席先生,秘书长先生,各位同事:",
            "今年一般性辩论的主题是“聚焦人民”。",
        ]
    )
    assert stored_date(meta_of(raw)) == "2017-09-21"


def test_a_record_given_whole_is_not_dated_by_the_dispatch() -> None:
    lead = (
        "中新網12月16日電 據中國外交部官方網站消息,16日下午,外交部發言人劉建超主持例行記者"
        "招待會,就溫家寶出訪等問題回答了記者的提問。下文為劉建超答記者問實錄:"
    )
    head = f"外交部就溫家寶出訪等答問(實錄)\n2003年12月16日 18:54\n{lead}"
    assert not news_date(lead, dt.date(2003, 12, 16), head).value
    # a news report (no record given) keeps its dispatch day
    report = lead.split("下文為")[0]
    assert news_date(report, dt.date(2003, 12, 16), report).value
    head = "國台辦4月12日新聞發佈會全文\n中評社北京4月12日電 國台辦今日舉行發布會。\n實錄如下:"
    lead = "中評社北京4月12日電(記者 束沐)國務院台灣事務辦公室於今日上午舉行例行新聞發布會。"
    assert not news_date(lead, dt.date(2017, 4, 12), head).value


def test_a_quoted_name_holds_no_second_number() -> None:
    found = _one_year("在2021年全市“6+X”重点工作动员会上的讲话文稿")
    assert found.value and found.value[0].year == 2021
    assert not _one_year("在2021年第2次全市重点工作动员会上的讲话").value


def test_a_live_text_pages_bulleted_day_with_its_hour() -> None:
    lines = [
        "活動標題",
        "- 國新辦介紹三個層次新聞發佈工作和發言人制度建設進展",
        "活動描述",
        "- 2004年12月28日下午4:00,國務院新聞辦公室在北京崑崙飯店舉辦新聞發佈會,請…介紹…",
    ]
    assert conference_day(lines).value[0].isoformat() == "2004-12-28"


def test_a_ministry_page_names_its_envoy_over_the_text() -> None:
    raw = "\n".join(
        [
            "吕国增部长助理在中非合作论坛部长级会议高官预备会开幕式上的讲话",
            "来源:    2003-12-13",
            "主席先生,",
            "各位代表:",
            "作为中非合作论坛中方后续行动委员会两主席之一,我谨代表中方,向各国高官表示热烈欢迎。",
        ]
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "吕国增"
    assert stored_date(meta) == ""


def test_a_bare_day_under_the_title_line_printed_with_its_speaker() -> None:
    raw = "\n".join(
        [
            "黄溪连大使在庆祝元宵节和国际劳动妇女节招待会上的致辞",
            "2018/03/06",
            "尊敬的穆赫坦副秘书长阁下,",
            "女士们,先生们,朋友们,",
            "大家晚上好!感谢各位光临。今天晚上我们欢聚一堂,庆祝中国传统元宵节。",
        ]
    )
    meta = meta_of(raw)
    assert stored(meta.speaker) == "黄溪连"
    assert stored_date(meta) == "2018-03-06"


def test_a_bracketed_day_in_figures_with_its_place() -> None:
    assert dates.paren_date("(2010-9-7,朱鹮国际会议中心)")[0][0].isoformat() == "2010-09-07"
    assert not dates.paren_date("(2019-05-15 08:15:36)")
    assert not dates.paren_date("(2010-9-7 发布)")


def test_a_chronicle_month_in_guillemets_takes_its_first_entry_day() -> None:
    raw = "\n".join(
        [
            "首页 > 文章中心 > 历史回顾 > 正文",
            "《毛泽东年谱》1962年1月",
            "作者:中共中央文献研究室  更新时间:2024-05-11 13:42:29  来源:毛泽东年谱",
            "1月2日 会见印度尼西亚、古巴、巴西的外宾,刘宁一等在座。",
        ]
    )
    assert stored_date(meta_of(raw)) == "1962-01-02"


def test_an_english_date_line_over_an_english_salutation() -> None:
    lines = [
        "王毅在第三屆“一帶一路”國際合作高峰論壇記者會上的致辭",
        "Remarks by H.E. Wang Yi at the Press Conference of the Third Belt and Road Forum",
        "Beijing, October 18, 2023",
        "Friends from the Media,",
        "Good evening!",
    ]
    assert english_date_over_salutation(lines).value[0].isoformat() == "2023-10-18"
    # an English sentence under it is no salutation
    lines[3] = "Friends from the media have followed the progress of the initiative."
    assert not english_date_over_salutation(lines).value


def test_the_spokesman_a_host_of_a_unit_invites() -> None:
    lines = [
        "3月20日10时,陕西省人民政府新闻办公室举办新闻发布会,邀请陕西省生态环境厅副厅长、"
        "新闻发言人张育奎先生出席,通报全省环境质量状况并回答记者提问。",
        "陕西省人民政府新闻办公室张竞怡:",
        "女士们、先生们,上午好!欢迎大家出席省政府新闻办举办的新闻发布会。",
        "今天我们邀请到省生态环境厅副厅长、新闻发言人张育奎先生,请他向大家通报情况。",
        "下面,首先请张育奎副厅长介绍相关情况。",
    ]
    assert conference_speaker(lines).value == "张育奎"


def test_the_spokesman_briefing_the_reporters_under_an_editors_note() -> None:
    lines = [
        "全國政協十屆二次會議新聞發佈會實錄",
        "編者注:本文原載于新華網,轉載僅為提供資料。",
        "3月2日(星期二)下午,全國政協十屆二次會議將在人民大會堂新聞發佈廳舉行新聞發佈會,"
        "全國政協十屆二次會議新聞發言人張國祥向中外記者介紹本次會議的有關情況,並回答記者的"
        "提問。以下是本次新聞發佈會的實錄:",
    ]
    assert conference_speaker(lines).value == "张国祥"


def test_a_headlines_label_before_its_colon_is_no_turn() -> None:
    lines = [
        "雙語|兩會:國務院總理李克強2022年記者會",
        "2022年3月11日上午,十三屆全國人大五次會議在人民大會堂舉行記者會,國務院總理李克強應"
        "大會發言人張業遂的邀請出席記者會,并回答中外記者提問。",
        "記者會開始時,李克強說,感謝記者朋友們在中國兩會期間為報道所作的努力。",
    ]
    assert conference_speaker(lines).value == "李克强"


def test_a_journals_lead_naming_the_speaker_and_the_day_of_his_speech() -> None:
    lines = [
        "孟建柱:进一步明确党委政法委的职能定位",
        "2013年02月17日 09:53 来源于 财新网",
        "《求是》杂志2月16日发表政法委书记孟建柱2013年1月7日在全国政法工作电视电话会议上的"
        "讲话《深入学习贯彻党的十八大精神 在新的历史起点上开创政法工作新局面》,全文如下:",
    ]
    speaker, position, day = printed_speech_lead(lines)
    assert (speaker.value, position.value) == ("孟建柱", "政法委书记")
    assert day.value[0].isoformat() == "2013-01-07"
    lines = [
        "2025年8月1日出版的2025年第15期《求是》杂志发表中共中央总书记、国家主席、中央军委主席"
        "习近平2023年7月17日《在全国生态环境保护大会上的讲话》。今天,我们一起接着学习。",
    ]
    speaker, _, day = printed_speech_lead(lines)
    assert speaker.value == "习近平" and day.value[0].isoformat() == "2023-07-17"
    # two people: no one speaker
    lines = ["《求是》杂志发表王某某和李某某2013年1月7日在全国会议上的讲话。"]
    assert not printed_speech_lead(lines)[0].value


def test_an_opening_address_spelt_kaimuci() -> None:
    assert _who("王毅部长在亚太经合组织第26届部长级会议上的开幕辞")[0] == "王毅"


def test_a_stores_date_field_before_the_heading_is_no_date_line() -> None:
    line = "date 2025-11-24 中評社北京11月24日電／在二十國集團領導人第二十次峰會上的講話"
    assert site_stamp_line(line)


def test_a_heading_naming_who_talks_over_the_lead_of_his_interview() -> None:
    lines = [
        "王毅谈2021年中国外交工作重点(双语全文)",
        "近日,国务委员兼外交部长王毅接受新华社和中央广播电视总台联合采访,介绍2021年中国外交"
        "工作重点。 2020年12月31日,国务委员兼外交部长王毅接受新华社和中央广播电视总台联合采访。"
        " 全文如下: 记者:2020年,突如其来的新冠肺炎疫情给全世界带来了前所未有的冲击,您如何看待?",
    ]
    assert conference_speaker(lines).value == "王毅"
    assert lead_day_before_text(lines, "王毅").value[0].isoformat() == "2020-12-31"
    # a talk about talks names no one who gives an interview
    assert not conference_speaker(["王毅谈判代表团抵达", "记者:请问?"]).value


def test_the_only_turn_saved_introducing_its_short_form() -> None:
    lines = [
        "(2000年11月2日在北京日本驻华记者茶话会上的谈话)",
        "请各位转达我们的谢意",
        "赵启正(以下简称赵):日本驻华记者最多,很多是老朋友。今天因为人比较多,希望每个人一次只谈一个问题。",
    ]
    assert conference_speaker(lines).value == "赵启正"
