"""A news headline over a copy that prints no title of the speech only reports it: the title
stays empty, the headline is alt_title (issue 25, round 20)."""

from speeches.ingest.title_block import reported_only

LEAD = (
    "新西兰中华新闻社奥克兰2月3曰电 (记者韩巍) 2月2日,中国驻奥克兰总领事馆在奥克兰隆重举行"
    "春节招待会,应邀出席招待会的新西兰政要、华人华侨代表出席。"
)


def test_a_headline_telling_who_delivered_the_address_only_reports_it():
    assert reported_only("驻奥克兰总领馆许尔文总领事2019年春节招待会发表贺年致辞", [LEAD])
    assert not reported_only("在2019年春节招待会上的致辞", [LEAD])


def test_a_foreign_dispatch_lead_opens_with_the_local_time():
    lines = [
        "2024年01月13日11:45外交关系委员会熊辉译",
        "当地时间1月9日,中共中央对外联络部部长刘建超应邀在美国对外关系委员会发表演讲并与外方"
        "展开互动交流,美战略界、学界、媒体等各界人士近100人现场出席。",
    ]
    assert reported_only("刘建超对话美国:阐述中国和中美关系的未来", lines)


def test_name_colon_phrase_over_a_reporters_interview_only_reports():
    lines = [
        "发布时间:2009-09-13 20:31分类:农业资讯",
        "带着对大寨的崇敬,12月21日,记者与专程来京参加全国人大常委会会议的大寨村党总支书记"
        "郭凤莲进行了一次难忘的对话。",
    ]
    assert reported_only("郭凤莲:从全国学大寨到大寨学全国", lines)


def test_name_colon_phrase_over_the_persons_own_article_stays():
    lines = [
        "加强国家战略腹地建设,是党中央统筹国内国际两个大局作出的重大部署。我们要以改革举措"
        "推动高质量发展,这是我们的责任。"
    ]
    assert not reported_only("四川省政协主席田向利:以改革举措加强国家战略腹地建设", lines)
    assert not reported_only("郭凤莲:“从全国学大寨到大寨学全国”", ["记者:请您谈谈。"])
