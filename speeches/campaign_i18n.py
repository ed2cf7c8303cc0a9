"""The built-in campaigns' names and descriptions in the interface's language.

Campaign rows keep their Chinese (the archive's data); the English interface shows the
translation of the ones it knows. The msgids below are the texts of fixtures/demo/
campaigns.json and migration 0004, extracted by ``makemessages`` like any interface string
and translated in locale/en. A campaign added later shows its own Chinese (marked
``lang="zh-Hans"`` by the templates through ``text_lang``).
"""

from __future__ import annotations

from django.utils.translation import gettext, gettext_noop

KNOWN = frozenset(
    {
        gettext_noop("保持共产党员先进性教育活动"),
        gettext_noop("先进性教育"),
        gettext_noop(
            "以实践“三个代表”重要思想为主要内容的保持共产党员先进性教育活动，2005年1月起分三批"
            "在全党开展，2006年6月基本结束。"
        ),
        gettext_noop("深入学习实践科学发展观活动"),
        gettext_noop("学习实践科学发展观"),
        gettext_noop(
            "在全党开展的深入学习实践科学发展观活动，2008年9月起分三批进行，2010年2月基本结束。"
        ),
        gettext_noop("创先争优活动"),
        gettext_noop("创先争优"),
        gettext_noop(
            "在党的基层组织和党员中深入开展的创建先进基层党组织、争当优秀共产党员活动，2010年4月"
            "部署开展，2012年党的十八大前后总结，转入常态化、长效化。"
        ),
        gettext_noop("先锋工程"),
        gettext_noop(
            "一些地方党委长期坚持的加强基层党组织建设的活动载体，通过评选表彰“五好”村党组织、"
            "“五好”企业党组织等推进。"
        ),
        gettext_noop("党的群众路线教育实践活动"),
        gettext_noop("群众路线教育实践活动"),
        gettext_noop(
            "以为民务实清廉为主要内容的党的群众路线教育实践活动，2013年6月启动，分两批开展，"
            "2014年10月总结。"
        ),
        gettext_noop("三严三实专题教育"),
        gettext_noop("三严三实"),
        gettext_noop(
            "2015年在县处级以上领导干部中开展的“严以修身、严以用权、严以律己，谋事要实、创业要实、"
            "做人要实”专题教育。"
        ),
        gettext_noop("两学一做学习教育"),
        gettext_noop("两学一做"),
        gettext_noop(
            "在全体党员中开展的“学党章党规、学系列讲话，做合格党员”学习教育，2016年启动，2017年起"
            "推进常态化制度化。"
        ),
        gettext_noop("不忘初心、牢记使命主题教育"),
        gettext_noop("不忘初心、牢记使命"),
        gettext_noop(
            "以县处级以上领导干部为重点在全党开展的“不忘初心、牢记使命”主题教育，2019年5月启动，"
            "分两批进行，2020年1月总结。"
        ),
        gettext_noop("党史学习教育"),
        gettext_noop(
            "2021年在庆祝中国共产党成立100周年之际于全党开展的党史学习教育，2021年2月动员部署。"
        ),
        gettext_noop("学习贯彻习近平新时代中国特色社会主义思想主题教育"),
        gettext_noop("主题教育"),
        gettext_noop(
            "在全党开展的学习贯彻习近平新时代中国特色社会主义思想主题教育，2023年4月启动，分两批"
            "进行，2024年1月总结。"
        ),
    }
)


def translated(text: str) -> str:
    """``text`` in the interface's language if it is a known campaign text, else as stored."""
    return gettext(text) if text in KNOWN else text


def text_lang(text: str) -> str:
    """The ``lang`` of what ``translated`` gives: Chinese unless a translation was used."""
    return "zh-Hans" if translated(text) == text else "en"
