"""What a saved web page puts above a speech that a reader skips: a site's notices
(温馨提示：… and its numbered lines), share and reading counters (• 102阅读, 复制链接), a
forum thread's controls (上一主题, 只看楼主), breadcrumbs (首页>范文>讲话), a blog's
sidebar words (个人资料, 正文), an abstract page's labels (摘要, 论文部分内容阅读), a
reporter's desk (大陆中心/综合报导), copy and video widgets (正文复制, 视频加载中), a
paper's page label (A03:要闻), a site's banner with its address run into the first line, and
a file name broken into keyword lines.

Pure: no Django. Only lines near the top are dropped: the speech's own lines never match
these shapes, and a line further down is the text.
"""

from __future__ import annotations

import re
from collections import Counter

from speeches.ingest.title_shape import KINDS, chrome_like, occasion_titled, speech_titled
from speeches.text.han import HAN_CHAR
from speeches.text.names import looks_like_name
from speeches.text.normalize import to_simplified
from speeches.text.pinyin_gloss import glossed, without_glosses
from speeches.text.salutations import SALUTATION_LINE

CHROME_SCAN_LINES = 16
# 毛片, 无码, 人妻, av: an adult site's keywords (a hijacked page prints a run of them); not
# 婷婷, a common given name (王婷婷，张婷婷在成人礼上的发言)
_ADULT_WORD = (
    r"毛片|三级片?|成人|无码|一区|二区|日韩|色综合|综合色|在线播放|人妻|波多野|国产精品"
    r"|精品国产|黄网|(?<![A-Za-z])(?:AV|av|aⅴ)(?![A-Za-z])"
    # 福利网址在线,欧美…,黄页免费在线观看: the same run's other words
    r"|欧美|黄页|福利(?:网址|精品|视频|导航)|免费在线观看|国产成人|性视频|黄色网"
)
# A notice's heading and the numbered lines under it: 温馨提示： / 1. 部分包含…
_NOTICE_HEAD = re.compile(
    r"^(?:温馨提示|友情提示|特别提示|免责声明|下载提示|申明敬告|郑重声明|版权声明|特别声明)[:：]"
)
_NUMBERED = re.compile(r"^\d{1,2}[.、．]")
_CHROME = re.compile(
    r"复制链接|请复制以下链接|上一主题|下一主题|只看楼主|倒序阅读|加入书签|返回本书目录"
    r"|网站客服[:：]|联系客服|^离线|^锁定$|^(?:个人资料|正文|摘要|论文部分内容阅读|专栏[:：]?|归档)$"
    r"|^[【\[]?字[体号][:：]|打印本页|关闭窗口|返回顶部|返回列表|^分享到[:：]?|点击数[:：]|浏览次数[:：]"
    r"|阅读量[:：]|^当前位置[:：]|^您的位置[:：]|^扫一扫|^微信扫一扫"
    r"|^[•·]?[ \t]{0,2}\d{1,7}[ \t]{0,2}次?(?:阅读|回复|浏览|评论|点赞|收藏|查看|点击)$"
    r"|^第\d{1,3}版(?:[（(][^（）()]{1,8}[）)])?$"
    # 第01版:要闻 (第第01版版 as some e-papers render it), 当前报纸名称:某某日报: an e-paper's
    # page and paper; 查看: 506|回复: 0: a forum thread's counters; 用户工具: a wiki's menu
    r"|^当前报纸名称[:：]"
    r"|^查看[ \t]{0,2}[:：][ \t]{0,2}\d{1,9}[ \t]{0,2}[|｜]"
    r"[ \t]{0,2}回复[ \t]{0,2}[:：][ \t]{0,2}\d{1,9}$"
    r"|^(?:用户工具|站点工具|页面工具|电子报阅读机)$"
    # 跳至主要内容, 寄给朋友 政府主网页: a government site's skip link and its page tools
    # (跳至内容的开始, and 简体版 before the page tools: the release's other script)
    r"|^(?:跳至|跳到|跳过)(?:主要内容|正文|导航|内容的开始|内容)$"
    r"|^(?:[简繁]体版[ \t]{0,3})?寄给朋友(?:[ \t]{0,3}政府主网页)?$"
    # 意见反馈 顶 踩 收藏: a video page's buttons, nothing else on the line; 评分 its rating
    r"|^评分$"
    # 更多今日话题, 更多24小时排行榜: a side box's "more" link; channelId 1 1 2 44e7…: a
    # player's script values with its 32-digit hex id, no word of text
    r"|^更多(?:\d{1,3}小时)?[\u4e00-\u9fff]{0,6}(?:话题|排行榜?|新闻|视频|资讯|文章|专题|精彩)$"
    r"|^[^\u4e00-\u9fff]{0,60}\b[0-9a-f]{32}\b[^\u4e00-\u9fff]{0,20}$"
    r"|^专题[:：][\u4e00-\u9fff]{2,8}$"  # 专题:海峡两岸: the page's special it is filed in
    r"|^(?:(?:意见反馈|顶|踩|收藏|分享|转发|举报|点赞|评论|打印|纠错)[ \t]{0,3}){2,7}"
    r"(?:意见反馈|收藏|分享|转发|举报|点赞|评论|打印|纠错)$"
    # 友情支持:某某旅游 (a sponsor), 期次:第856期 阅读:1243 (a journal's issue and counter),
    # 查看原文 (a mirror's link), 金宝搏188入口 (an advertiser's link), 第二辑 回忆 (a book's
    # part over its piece)某某讲话1966-1976-第93部分 (a reading site's page of a book)
    r"|^友情(?:支持|链接|赞助)[:：]|^期次[:：][ \t]{0,2}第?\d{1,5}期|^查看原文$"
    r"|^[\u4e00-\u9fff]{2,6}\d{2,4}(?:入口|官网|平台)$"
    r"|^第[一二三四五六七八九十\d]{1,3}[辑编卷][ \t]{0,2}[\u4e00-\u9fff]{0,6}$"
    # 点击上方蓝字关注某某晨报, 长按二维码关注: a social-media account's follow prompt
    r"|^(?:点击|点)(?:上方|上面|顶部|标题下方?)?[\"“]?(?:蓝字|蓝色字体?)?[\"”]?"
    r"[ \t]{0,2}(?:一键)?关注"
    r"|^长按(?:识别)?(?:二维码|图片)?[ \t]{0,2}(?:关注|识别)"
    # 不卡三级,在线毛片免费,…; 欧美亚洲国产一区_亚洲AV…: an adult site's keywords a hijacked
    # page prints over its stolen text
    # (久久人妻天天av,久久婷婷…: the same with its other words)
    rf"|(?:{_ADULT_WORD})[^\n]{{0,30}}[,，_|-][^\n]{{0,30}}(?:{_ADULT_WORD})"
    # 【专题】2026青云两会, 报料热线:81850000: a link to the site's special, its hotline
    r"|^[【\[]专题[】\]][^【】\[\]]{2,24}$|^(?:报料|新闻|服务|投诉)?热线[:：][ \t]{0,2}[\d-]{5,}"
    # 文字: / 保护视力色: (a reader's settings with their buttons gone), 发新话题 回复该主题
    # (a forum's buttons)
    r"|^[•·]?[ \t]{0,2}(?:文字|字体|阅读|保护视力色|视力保护色|背景色)[:：]$|^发新话题|回复该主题$"
    r"|^(?:注册|登录|登陆|找回密码|立即注册)(?:论坛|账号|帐号)?(?:[(（][^()（）]{1,12}[)）])?$"
    r"|^[\u4e00-\u9fff]{2,8}/(?:综合报导|综合报道|编译|报导)$"
    r"|^(?:正文复制|文章导读|导读|电脑桌面|前一天[ \t]{0,3}后一天)$|到电脑桌面$|^安装后可以在桌面"
    # | 元旦 |: a category tag between bars; 檢索: 帳戶 密碼: a login box's labels; 周恩来主题
    # 阅读: a library's reading column
    r"|^[|｜][ \t]{0,3}[^|｜\s]{1,8}[ \t]{0,3}[|｜]$"
    r"|(?:账户|帐户|账号|帐号|用户名)[ \t]{0,2}[:：]?[ \t]{0,2}密码[ \t]{0,2}[:：]?$"
    r"|^[\u4e00-\u9fff]{2,8}(?:主题|专题)阅读$"
    # 維基文庫,自由的圖書館: a wiki's tagline; 聂荣臻元帅数据库 -- 某某: a database site's page name
    r"|^维基(?:文库|百科)[,，][ \t]{0,2}自由的(?:图书馆|百科全书)$"
    r"|^[\u4e00-\u9fff]{2,12}(?:数据库|资料库)[ \t]{0,2}(?:--|——|-|_|\|)(?![ \t]{0,2}在)"
    # 国内刊号:50-9210/TB 国际刊号:…, 主管单位:…, 主办单位:…: a journal site's masthead fields
    r"|^(?:国内刊号|国际刊号|主管单位|主办单位)[ \t]{0,2}[:：]"
    r"|^视频加载中|^数字版首页|^[A-Z]\d{2}[:：][\u4e00-\u9fff]{2,6}$"
    # 德育素材网提供各类范文写作素材!, 书通范文网 -工作总结,演讲稿…, 书通网logo: the site's
    # own line
    r"|^(?!关于|在|对)[\u4e00-\u9fff]{1,10}网(?:提供|[ \t]{0,2}[-—–|])"
    r"|^[\u4e00-\u9fff]{1,10}网[ \t]{0,2}logo$"
    # 文似观山不喜平 — — 观山文库◆记住我,来上我~: a site's name and slogan set apart by an
    # ornament (a title's words never stand around one)
    r"|(?:文库|网|网站|之家|范文)[ \t]{0,2}[◆◇♦★☆■□❖][^◆◇♦★☆■□❖\n]{0,30}$"
    # 某某范文网编辑:pp958: the site's name and its editor field
    r"|^[\u4e00-\u9fff]{1,10}网[ \t]{0,2}(?:编辑|责编|作者)[ \t]{0,2}[:：]"
    # 访问:次, 阅读 次: a view counter whose number the page's script never filled in;
    # 404 Not Found (and the server's name under it, nginx, ZJOL/1.24.96): a frame's error
    # page; 电子报, - 第2131期: the e-paper's name, its issue, on lines of their own;
    # 某某网 打印 纠错: a site's name before its buttons
    r"|^(?:访问|浏览|点击|阅读|人气)(?:次数|量|数)?[ \t]{0,2}[:：]?[ \t]{0,2}\d{0,9}[ \t]{0,2}次$"
    r"|^(?:40[034]|50[0234])[ \t]{0,2}(?:Not Found|Forbidden|Internal Server Error|Bad Gateway"
    r"|Service Unavailable|Gateway Time-?out)$|^(?:nginx|Apache|openresty)$"
    r"|^[A-Za-z]{2,12}/\d{1,3}(?:\.\d{1,3}){1,3}$"
    r"|^(?:地点|会址)[ \t]{0,2}[:：][^:：]{1,30}$"  # an event page's field: where it was held
    r"|^(?:放大|缩小|默认)(?:[ \t]{0,2}(?:放大|缩小|默认)){1,2}$"  # a font-size widget
    r"|^(?:电子报|电子版|数字报)$|^[-–—•·]?[ \t]{0,2}总?第\d{1,5}期$"
    r"|^(?:[\u4e00-\u9fff]{1,10}网[ \t]{0,3})?(?:打印|纠错|关闭|收藏)"
    r"(?:[ \t]{0,3}(?:打印|纠错|关闭|收藏)){1,3}$"
    # 某某神器! 立即了解, @所有人,加入我们: an advert's line ending on its call to action
    r"|[ \t](?:立即|马上|现在|点击)(?:了解|体验|开通|领取|咨询|试用|购买|抢购|注册)$"
    r"|^@所有人[,，][ \t]{0,2}[\u4e00-\u9fff]{2,8}$"
    # 某某网欢迎您!, 欢迎访问某某网!: the site's greeting
    r"|^[•·]?[ \t]{0,2}[^\s，。,！!]{1,20}(?:网|网站|官网|吧|之家|平台)[ \t]{0,2}"
    r"欢迎(?:您|你)[!！]?$"
    r"|^[•·]?[ \t]{0,2}欢迎您?(?:访问|光临)[^。，,！!]{0,40}(?:网|网站|首页)[】\]]?"
    r"(?:官方网站)?[!！]?$"
    # 全文预览已结束 / 下载本文档, 这已经是最后一期了哦! / 我知道了, 打开APP / userphoto /
    # 未登录 / 开通VIP,…: a document or reading site's bars and pop-ups (not the text)
    r"|^(?:全文)?预览已结束|^下载(?:本|此)?文档$|^(?:这)?已经是最后一[期页篇]了"
    r"|^我知道了$|^(?:打开|下载)[ \t]{0,2}APP$|^userphoto$|^未登录$|^开通VIP"
    # 來源:人民日報編輯:某某: the page's source and editor fields on one line
    r"|^(?:来源|稿源|出处)[ \t]{0,2}[:：][^:：]{1,30}(?:编辑|作者|责编|整理)[ \t]{0,2}[:：]"
    # 出处:…《某某大典》第2414页: a compilation's source line down to its page
    r"|^(?:来源|出处|选自|摘自)[ \t]{0,2}[:：][^:：\n]{1,80}第\d{1,5}页(?:[（(]\d{1,6}字[)）])?$"
    # 搜尋此網誌 / 載入中…: a blog's search box and its loading note
    r"|^搜[索寻]此(?:网志|网誌|博客|部落格)$|^(?:载入|加载)中[.…。]{0,3}$"
    # Jump to the beginning of content, Skip to main content, border image: an English
    # skip link and an image's alt text; 字型大小: a font-size widget's label
    r"|^(?:[Jj]ump|[Ss]kip)[ \t]to[ \t](?:the[ \t])?(?:beginning[ \t]of[ \t](?:the[ \t])?)?"
    r"(?:main[ \t])?content$|^border[ \t]image$|^(?:字型|字体|字号)大小[:：]?$"
    # 本篇文章1393字,读完约3分钟: a page's reading-time line
    r"|^本?篇?文章?(?:共|全文)?[ \t]{0,2}\d{2,6}[ \t]{0,2}字[,，]?[ \t]{0,2}(?:预计)?"
    r"(?:阅读|读完)(?:时间|需要)?[:：]?(?:约|大约)?[ \t]{0,2}\d{1,3}[ \t]{0,2}分钟"
    # 网友问题:, 活動標題 / 活動描述 / 文字內容:: a page's field labels with their values gone
    r"|^(?:网友|读者|用户)(?:问题|提问)[:：][^\u4e00-\u9fff]{0,3}$"
    r"|^(?:活动|文字|文章)(?:标题|描述|内容|简介)[:：]?$"
    # 新聞發布, 新闻公报, 重要讲话及宣言, 讲话与部署: a site's section over a release's or a
    # speech's heading (two kinds of text joined, never a speech's own title)
    r"|^(?:新闻发布|新闻公报|新闻稿)$"
    # 重要演辭、資料及新聞稿: a list of the kinds of documents the section holds
    r"|^(?:重要|领导|主要|最新)?(?:讲话|文章|演讲|讲演|演辞|报告)(?:[ \t]{0,2}(?:及|与|和|、)"
    r"[ \t]{0,2}(?:宣言|声明|文章|讲话|报告|部署|演讲|演辞|活动|文件|资料|新闻稿|新闻公报|公报"
    r"|图片|视频|刊物|公告|通告)){1,4}$"
    # 放大字体 缩小字体 本文繁体版, 預設字體大小…無障礙瀏覽 English 繁體简体: a reader's
    # font-size and script bar
    r"|^(?:(?:放大|缩小|默认)(?:字体|字号)?[ \t]{0,3}){2,3}(?:本文)?(?:繁体版|简体版)?$"
    r"|^[^。，,！!]{0,80}无障碍(?:浏览|阅读)"
    # 中国新闻社 中国新闻社: a site's name printed twice (its logo's text and alt text)
    r"|^(?P<site>[\u4e00-\u9fff]{1,10}(?:社|网|报|台))[ \t]{0,2}(?P=site)$"
    # 欢迎登录某某集团有限公司 (a site's greeting), 进入老年模式 / 退出老年模式 (its reading-mode
    # switch), 您所在的位置: 首页 - … (its breadcrumb), 大家都在找: … (its search hints),
    # 安卓APP | ios版本 (its app links), 全国服务热线 4001-090-792 (its hotline)
    r"|^欢迎(?:登录|登陆)[\u4e00-\u9fff]{2,24}$"
    r"|^(?:进入|退出|切换)[\u4e00-\u9fff]{0,6}模式$|^您?所在的?位置[:：]|^大家都在找[:：]"
    r"|^安卓[ \t]{0,2}APP[ \t]{0,2}[|｜][ \t]{0,2}ios"
    r"|^[\u4e00-\u9fff]{0,8}热线(?:电话)?[:：]?[ \t]{0,2}\d{3,4}-?\d{3,4}-?\d{3,4}$"
    # 某某生产基地·某某欢迎您! 全国统一销售热线:400·887·6363: a company site's greeting and its
    # sales hotline on its banner
    r"|欢迎(?:您|你)[!！][^。！!\n]{0,30}热线(?:电话)?[:：]?[ \t]{0,2}\d{3,4}[-·.]?\d{3,4}"
    # 关灯, 开启左侧, 夜间模式: a reading page's light switch and sidebar toggle
    r"|^(?:关灯|开灯|(?:夜间|护眼|日间)模式)$"
    r"|^(?:开启|关闭|隐藏|显示|展开|收起)(?:左侧|右侧|侧栏|侧边栏)$"
    # 快捷下载 (a download button), ? 人氣 (a counter whose icon and number are gone), 本詞條是多
    # 義詞,共2個義項 (an encyclopedia's note that its entry has other senses) and 更多義項 ▼ (the
    # button of its list)
    r"|^(?:快捷下载|极速下载|立即下载|免费下载)$|^[?？·•][ \t]{0,2}(?:人气|热度|阅读)$"
    r"|^本词条是多义词|^更多义项[ \t]{0,2}[▼▲]"
    # 本帖最后由 某某 于 2009-12-30 14:26 编辑: a forum post's edit note
    r"|^本帖最后由[^\n]{1,40}?编辑"
    # 中國臺灣網(wǎng)移動版, 某某报手机版: the site's name over its mobile page (its logo's text)
    r"|^[•·]?[ \t]{0,2}[\u4e00-\u9fff]{1,12}(?:网|网站|报|台|频道)[ \t]{0,2}"
    r"(?:移动版|手机版|触屏版|电脑版|客户端)$"
    # ■ 本頁位置:滾動新聞, ▶ 当前位置:…: a breadcrumb's label behind a bullet
    r"|^[■□◆◇●○▲►▶][ \t]{0,2}[\u4e00-\u9fff]{0,4}位置[ \t]{0,2}[:：]"
    # Download as pdf or txt, You are on page 1of 103, 下载到本地,更方便阅读: a document
    # viewer's bar
    r"|^下载到本地[ \t]{0,2}[,，]"
    r"|^Download[ \t]as[ \t](?:pdf|PDF|txt|TXT|docx?|DOCX?)\b|^You[ \t]are[ \t]on[ \t]page[ \t]?\d"
    # 指定了不存在的节点ID, 您访问的页面不存在: a CMS's error line where a widget failed
    r"|^指定了不存在的|^(?:您|你)?所?(?:访问|请求|查看|浏览)的(?:页面|文章|内容|信息|栏目)"
    r"[^，。,\n]{0,6}(?:不存在|已删除|已被删除|已过期)"
    r"|^(?:页面|文章|内容|信息|栏目|节点)(?:不存在|已删除|已被删除|未找到)[!！。]?$"
    # 全文检索:, <<上一记录 下一记录>>: a database page's search box and its record pager
    r"|^(?:全文|站内|高级)?检索[ \t]{0,2}[:：]?$"
    r"|上一(?:记录|条)[ \t]{0,2}[>》]{0,2}[ \t]{0,2}[<《]{0,2}[ \t]{0,2}下一(?:记录|条)"
    # 请选择高考地区, 请输入关键词: a form's prompt (a drop-down's, a search box's)
    r"|^请(?:选择|输入)[\u4e00-\u9fff]{1,8}$"
    # 推荐图片, 热门视频: a side box's heading (a picture or video widget)
    r"|^(?:推荐|热门|最新|精彩|热点)(?:图片|视频|图文|专题)$"
    # 《文稿,还能这样写》作者雄文《笔杆子碎语》作者王一端…: a bookshop's advert, books and
    # their authors in a row (a title names one text, never two books with their authors)
    r"|《[^《》\n]{1,30}》[ \t]{0,2}作者[^《》\n]{1,20}《[^《》\n]{1,30}》[ \t]{0,2}作者"
    # 中国作家协会主管: the body a site names as its supervisor, on a line of its own
    # (an organ's name: a position line such as 财务主管 is no body's name)
    r"|^[\u4e00-\u9fff]{2,20}(?:协会|学会|联合会|委员会|联|部|厅|局|办公室|办公厅|集团|报社|杂志社"
    r"|出版社|中心|政府|党委)(?:主管|主办)$"
)
# 跟帖评论自律管理承诺书 不良信息举报电话:…: a news site's required notice on comments and
# its hotline for reports (every commercial news site prints them in its header or footer);
# 某某报官方网站 | 某某网首页: its banner; 版面翻页 / 头版: an e-paper's page turner and the page's
# name on a line of its own; 某某报头版 标题一 标题二…: the e-paper's page bar listing its
# headlines (the speech's own title block is printed again under it).
_NEWS_SITE_CHROME = re.compile(
    r"跟帖评论自律管理承诺书|不良信息举报(?:电话|中心|邮箱|专区)"
    r"|^[\u4e00-\u9fff]{2,12}(?:官方网站|官网)[ \t]{0,2}[|｜]"
    r"|^(?:版面翻页|版面目录|版面导航|本版标题|头版|要闻版?)$"
    r"|^[\u4e00-\u9fff]{2,10}(?:日报|晚报|早报|商报|工人报|时报|报)[ \t]{0,2}"
    r"(?:头版|第?[A-Z]?\d{1,3}版)[ \t]{0,2}(?=[\u4e00-\u9fff])"
    # 用户名: 密码: / 搜索: (a portal's login and search boxes, their fields gone), 发邮件推荐
    # 给朋友 (its share link)
    r"|^用户名[ \t]{0,2}[:：][ \t]{0,3}密码[ \t]{0,2}[:：]?$|^搜索[ \t]{0,2}[:：]?$"
    r"|^(?:发邮件|邮件)?推荐给(?:朋友|好友)$"
    # 目录/提纲:……: a document site's outline box, its items not loaded
    r"|^目录[/／]提纲[ \t]{0,2}[:：]"
    # • 主题发起人 主题发起人 guest / • 开始时间 开始时间 / 管理成员 / 荣誉分数 / 声望点数: a forum
    # thread's starter box and its poster's profile fields
    r"|^[•·]?[ \t]{0,2}(?:主题发起人|开始时间)[ \t]{0,2}(?:主题发起人|开始时间)?[ \t]{0,2}"
    r"(?:guest|Guest)?$|^(?:管理成员|荣誉分数|声望点数)$"
    # 此页面上的内容需要较新版本的 Adobe Flash Player。 / 获取 Adobe Flash Player: an old
    # site's notice in place of its banner
    r"|Adobe[ \t]{0,2}Flash[ \t]{0,2}Player|^[^\n]{0,20}需要(?:较新版本的|安装|升级)[ \t]{0,2}Flash"
)
# 缙云天气预报15天查询新区道路查询, CATTI成绩查询入口 CATTI考试公告栏 CATTI考试报名入口: a
# site's search links run together (two or more ending on 查询 or 入口), no sentence.
_LINK_WORD = re.compile(r"查询|入口")
_LINK_LINE_MAX = 60
_LINKS_MIN = 2


def _link_run(simple: str) -> bool:
    return (
        len(simple) <= _LINK_LINE_MAX
        and simple.endswith(("查询", "入口"))
        and len(_LINK_WORD.findall(simple)) >= _LINKS_MIN
        and not re.search(r"[，。,；;！!？?、]", simple)
        and not speech_titled(simple)
    )


# 用户登录 投稿, 社区应用 会员列表 统计排行 搜索, 登录/注册: a portal's or a forum's row of
# buttons and menu words, nothing else on the line (the cleaner drops the spaces between
# them); 小程序, 客户端: a lone link to the site's app.
_INTERFACE_ROW_WORD = re.compile(
    r"网站首页|首页|用户登录|会员登录|用户中心|会员中心|个人中心|用户名|登录|登陆|注册|投稿|退出"
    r"|找回密码|忘记密码|社区应用|会员列表|统计排行|搜索|帮助|设置|消息|我的|收藏|订阅|客户端"
    r"|小程序|手机版|电脑版|APP|App|app|English|ENGLISH|简体|繁体|无障碍|论坛|门户|社区|会员|列表"
    r"|统计|排行|应用|个人资料|正文|评论|分享|打印|返回|下载"
)
_INTERFACE_ROW_GAP = re.compile(r"[ \t|｜/／·•丨]")
_LONE_APP_LINK = re.compile(r"^(?:小程序|客户端|手机版|电脑版)$")
_INTERFACE_ROW_MAX = 30
_INTERFACE_ROW_WORDS = 2


def _interface_row(simple: str) -> bool:
    bare = _INTERFACE_ROW_GAP.sub("", simple)
    if not bare or len(bare) > _INTERFACE_ROW_MAX or _LONE_APP_LINK.match(bare):
        return bool(bare) and bool(_LONE_APP_LINK.match(bare))
    words = _INTERFACE_ROW_WORD.findall(bare)
    return len(words) >= _INTERFACE_ROW_WORDS and not _INTERFACE_ROW_WORD.sub("", bare)


# 网站首页节日演讲稿爱国纪念日演讲稿工作学习演讲稿…, 首页人物库概述西北革命根据地主要创始人…:
# a site's menu run into one line (its spaces dropped by the cleaner): it opens on 首页, or
# one word of three or four characters recurs in it four times or more (边区著名英模人物
# 边区著名科教文卫人物 边区著名爱国人士及侨胞…, the items of a category); no sentence mark.
_HOME_MENU = re.compile(r"^(?:网站)?首页[\u4e00-\u9fff]{6}")
_MENU_SENTENCE_MARK = re.compile(r"[，。,；;！!？?、“”\"：:《》]")
_NON_HAN = re.compile(r"[^\u4e00-\u9fff]")
_MENU_LINE_MIN = 24
_MENU_WORD_LENGTHS = (3, 4)
_MENU_WORD_TIMES = 4


def _menu_line(simple: str) -> bool:
    if _MENU_SENTENCE_MARK.search(simple):
        return False
    if _HOME_MENU.match(simple):
        return True
    han = _NON_HAN.sub("", simple)
    if len(han) < _MENU_LINE_MIN:
        return False
    for size in _MENU_WORD_LENGTHS:
        counts = Counter(han[at : at + size] for at in range(len(han) - size + 1))
        if counts.most_common(1)[0][1] >= _MENU_WORD_TIMES:
            return True
    return False


# 重要新闻 | 影像记录 | 教育指南 / 中国概况 | 人物长廊 | 大事年表: a site's menu rows, short
# items between ASCII bars, no sentence; a row of three stands in a run of rows (a title's
# slogans are set apart by ｜ or 丨, never a run of lines).
_BAR_ROW_ITEMS = 3
_BAR_ROW_ALONE = 4
_BAR_ITEM_MAX = 8
_DASH_ROW_ITEMS = 5


def _bar_row_items(simple: str) -> int:
    items = [item.strip() for item in simple.split("|")]
    dashed = [item.strip() for item in simple.split("-")]
    if len(dashed) >= _DASH_ROW_ITEMS and not re.search(r"\d", simple):
        items = dashed  # CATTI-题库-真题-模拟-课程-直播: a site's banner menu
    if len(items) < _BAR_ROW_ITEMS or _MENU_SENTENCE_MARK.search(simple):
        return 0
    return len(items) if all(0 < len(item) <= _BAR_ITEM_MAX for item in items) else 0


_SUBTITLE_BELOW = re.compile(r"^(?:——|--|──|—)[ \t]{0,2}在")
# a slogan's phrases, three Han characters or more each (a menu's items are words: 题库, 直播)
_SLOGAN_PHRASE = re.compile(r"[\u4e00-\u9fff]{3,8}")


def _slogan_row(line: str) -> bool:
    return all(_SLOGAN_PHRASE.fullmatch(item.strip()) for item in re.split(r"[-|]", line))


def _bar_menu(head: list[str], at: int) -> bool:
    items = _bar_row_items(to_simplified(head[at].strip()))
    below = to_simplified(head[at + 1].strip()) if at + 1 < len(head) else ""
    if items and _SUBTITLE_BELOW.match(below) and _slogan_row(head[at].strip()):
        return False  # 学党史-悟思想-办实事 / ——在…上的讲话: a slogan theme over its subtitle
    if items >= _BAR_ROW_ALONE:
        return True
    near = [head[k] for k in (at - 1, at + 1) if 0 <= k < len(head)]
    return bool(items) and any(_bar_row_items(to_simplified(line.strip())) for line in near)


# 标题 二維碼, 标题 分享到: a widget's label run onto the title's line after a space.
# (the cleaner drops the space between Han characters: …的人二維碼; no title ends on 二维码)
_TRAILING_WIDGET = re.compile(
    r"(?<=\S)[ \t]{1,3}(?:扫码阅读|手机阅读|手机看|分享到[:：]?|收藏本文|打印本页|打印本文)$"
    r"|(?<=[\u4e00-\u9fff》”」!！?？)）])[ \t]{0,3}(?:二维码|手机扫码|扫一扫)$"
    # …在科學家座談會上的講話打印: a print button run onto the title (no title ends on it)
    r"|(?<=讲话|致辞|发言|报告|演讲|贺词|讲稿|话稿|言稿)[ \t]{0,3}(?:打印|打印本页|打印本文)$"
)
# …的讲话字数:4524 字 浏览:83次 下载:0次同志们:…: a document site's stats run between the
# heading and the text: two lines, the stats gone.
_TRAILING_STATS = re.compile(
    r"(?:字数|页数)[ \t]{0,2}[:：][ \t]{0,2}\d{1,7}[ \t]{0,2}[字页]?[ \t]{0,2}"
    r"(?:浏览|阅读)[ \t]{0,2}[:：][ \t]{0,2}\d{1,9}[ \t]{0,2}次"
    r"(?:[ \t]{0,2}下载[ \t]{0,2}[:：][ \t]{0,2}\d{1,9}[ \t]{0,2}次)?"
)
# 点击查阅更多2023年地方政府工作报告: a link to the site's other pages of the kind (its year
# is the link's, no stamp's).
# 文章简介: 某某同志在…的讲话(2008年9月11日)同志们:…: a page's blurb field, the text's first
# words cut short (the text itself, its title block and date line, follow in full).
_BLURB_FIELD = re.compile(r"^(?:文章|内容)(?:简介|摘要|导读|提要)[ \t]{0,2}[:：]")
# 推薦人: 來源: 閱讀: 1.3W 次: a page's field labels, their values left empty, and its counter.
_EMPTY_FIELDS = re.compile(
    r"^(?:推荐人|来源|作者|编辑|责编)[ \t]{0,2}[:：][ \t]{0,3}"
    r"(?:推荐人|来源|作者|编辑|责编|阅读|浏览|点击)[ \t]{0,2}[:：]"
)
_MORE_LINK = re.compile(r"^(?:点击|点此)[ \t]{0,2}(?:查阅|查看|阅读|浏览)更多")
# 秘书之家—全网资源每日更新www.mishuzj.com在…的讲话: a site's banner run into the title.
_BANNER = re.compile(
    r"^[^\n，。,；;在]{0,30}?(?:https?://)?www\.[a-z0-9-]{1,40}(?:\.[a-z]{2,4}){1,2}"
    r"(?:/[^\s]{0,40})?[ \t]{0,2}"
)
# 当前所在位置:首页 > 某会议 > 会刊 > 正文在…上的讲话: a breadcrumb (two or more steps, the
# last 正文) with the page's title run onto it; 开通VIP,畅享…服开通VIP王某在…: a reading
# site's VIP pop-up run into the title. The title is what follows.
_CRUMB_BEFORE_TITLE = re.compile(
    r"^[^>＞»\n]{1,40}(?:[>＞»][^>＞»\n]{1,30}){1,6}[>＞»][ \t]{0,2}正文[ \t]{0,2}(?=[^\s>＞»])"
)
_VIP_BAR = re.compile(r"^(?:开通VIP[,，][^,，。\n]{1,24}?)?开通VIP[ \t]{0,2}(?=[^\s,，])")
# 2024-12-19 38.74KB 4页侵权投诉…: a document page's upload day, file size, page count and
# complaint link run into the line before the title.
_DOC_STAMPS = re.compile(
    r"(?:19|20)\d\d-\d{1,2}-\d{1,2}[ \t]{0,2}\d{1,5}(?:\.\d{1,2})?[ \t]{0,2}[KkMm][Bb]"
    r"[ \t]{0,2}(?:\d{1,4}[ \t]{0,2}页[ \t]{0,2})?(?:侵权投诉|举报)?[ \t]{0,2}"
)
# 首页 > 范文 > 致辞讲话 > …: a page's breadcrumb (two or more ">" between short parts);
# 首页 · 伟人风采 · 音影视频 · 实况录音 · 详细内容: one set apart by dots.
_BREADCRUMB = re.compile(
    r"^[^>＞\n]{1,12}[>＞»][^>＞\n]{1,12}[>＞»]"
    r"|^(?:网站)?首页[ \t]{0,2}[·•][ \t]{0,2}[^·•\n]{1,12}[ \t]{0,2}[·•]"
)
_DOT_CRUMB = re.compile(r"^(?:网站)?首页[ \t]{0,2}[·•]")
_DOT = re.compile(r"[ \t]{0,2}[·•][ \t]{0,2}")
# 青云 阵雨转多云 18℃~11℃, 北京 晴 7 ~ -3 ℃ 微风: a portal's weather widget, one city (a
# bar of several is split at "/" first)
_WEATHER = re.compile(
    r"^[•·]?[ \t]{0,2}[\u4e00-\u9fff]{2,6}[ \t]{0,2}[\u4e00-\u9fff]{1,8}[ \t]{0,2}"
    r"-?\d{1,2}[ \t]{0,2}(?:℃|°C?)?[ \t]{0,2}[~～-][ \t]{0,2}-?\d{1,2}[ \t]{0,2}(?:℃|°C?)"
    r"[ \t]{0,2}(?:[\u4e00-\u9fff]{1,4}风(?:[ \t]{0,2}\d{1,2}(?:-\d{1,2})?级)?)?$"
)
_WEATHER_CITIES = 4
# 特别推荐, 重要文献汇集, 历史上的今天: a menu's item on a line of its own, a few words.
# (English 简体: the menu's language switch among its items)
_MENU_ITEM = re.compile(
    r"^[\u4e00-\u9fff]{2,8}$|^(?:English|ENGLISH|简体|繁体|簡體|繁體)"
    r"(?:[ \t]{1,3}(?:English|ENGLISH|简体|繁体|簡體|繁體)){0,2}$"
)
_MENU_RUN = 8
_SHORT_MENU_RUN = 6
_MENU_MAX = 60
# 某某讲话1966-1976-第93部分: a reading site's page of a book (its years are no stamp).
_BOOK_PAGE = re.compile(r"[-—–][ \t]{0,2}第\d{1,4}(?:部分|页)$")
# 某某中心 / 某某中心 http://www.….net/: a site's name over its banner with the address.
_ADDRESS = re.compile(r"https?://|www\.")
# 某某发布会信息量超大 [复制链接] 1#辉煌70载…: a forum thread's title and controls run into
# its first post (the page's short lines joined as one paragraph).
_THREAD_CONTROLS = re.compile(r"\[复制链接\][ \t]{0,2}(?:\d{1,4}#|楼主)?[ \t]{0,2}")
_THREAD_TEXT = 10
_FILE_NAME_FIELD = re.compile(
    r"^[ \t]{0,2}(?:文件名称|名[ \t]{0,2}称|标[ \t]{0,2}题)[ \t]{0,2}[:：]?[ \t]{0,2}[|｜]"
    r"[ \t]{0,2}(?P<name>[^|｜\n]{4,80}?)[ \t]{0,2}[|｜]"
    r"(?=.{0,400}(?:索引号|发文机关|公开日期|成文日期|文号))"
)
# 总第123期2016年6月上一期下一期: an e-paper's issue bar with its paging buttons; its day is
# the issue's, not the text's.
# 2015年全国两会_中华网新闻: a page's title bar, its special's topic and then the site's name
# after "_", over the piece's own heading; a speech's title before the site stays.
_SITE_PAGE_TITLE = re.compile(
    r"^(?P<topic>[^_\n]{2,40})_[\u4e00-\u9fff]{1,10}(?:网|网站|官网|门户|频道)(?:新闻|频道|首页)?$"
)
# 上一版 3 4 下一版: the pager with the paper's page numbers between its two links
_ISSUE_NAV = re.compile(r"上一(?:期|版)[ \t]{0,2}(?:\d{1,3}[ \t]{0,2}){0,4}下一(?:期|版)")
# 光明日报 2019年02月05日 星期二: an e-paper's masthead, the paper and its issue's day (the
# paper's day, not the text's: LABELLING.md, a newspaper's page line)
_PAPER_MASTHEAD = re.compile(
    r"^[\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|早报|商报|青年报)[ \t]{0,2}(?:19|20)\d\d年\d{1,2}月"
    r"\d{1,2}日[ \t]{0,2}(?:星期|周)[一二三四五六日天]$"
)
# 返回本版首页 | 版面导航 | 标题导航 / 2012年11月06日: an e-paper's page bar and the issue's
# day printed under it (the paper's day, not the text's).
_PAPER_NAV = re.compile(r"版面导航|标题导航|返回本版首页")
# 第01版:要闻 (第第01版版 as some e-papers render it), 第二版:两会·聚焦: an e-paper's page
_PAPER_PAGE_LABEL = re.compile(
    r"^第?第[\d一二三四五六七八九十]{1,3}版版?[ \t]{0,2}[:：][ \t]{0,2}[\u4e00-\u9fff·•]{2,10}$"
)
_BARE_DAY = re.compile(r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t]{0,2}(?:星期[一二三四五六日天])?$")
# 某网友68发表于2007-6-29 10:10: a forum post's author before its posting stamp; the stamp
# stays a line of its own.
# 王某某发布 (under 发布时间:…): who posted the page, a name before 发布 on a line of its own.
_POSTER = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})发布$")
_POSTED_BY = re.compile(r"^[ \t]{0,2}[^\s:：，。]{1,20}?发表于[ \t]{0,2}(?=(?:19|20)\d\d|$)")
_TABLE_TAIL_HAN = 6
_NO_HAN = re.compile(r"^[^\u4e00-\u9fff\d]{0,12}$")  # "|", "•": no word, no date
_DATED = re.compile(r"(?:19|20)\d\d[-/.年]")
# 2023 / 乡党 / 书记 / 撤乡建镇 / …: a shared file's keywords, one per line.
_KEYWORD = re.compile(r"^(?:[-•·][ \t]{1,2})?[\u4e00-\u9fff\d]{1,4}(?:/[\u4e00-\u9fff]{1,3})?$")
_KEYWORD_RUN = 4


# 搜尋目錄 / 語言目錄 / 流動式目錄, 网站导航 / 栏目导航: a site's navigation links on lines of
# their own, each a few words ending on the same word of navigation.
_NAV_LINK = re.compile(r"^[\u4e00-\u9fff]{0,6}(?P<end>目录|导航|菜单|栏目)$")
_NAV_RUN = 2
# 2019年1月14日(星期一) 2019年法律年度…致辭全文: a page's day field and weekday run onto the
# heading after a space: two lines, so the day stays a line of its own for the date's reader.
_DAY_BEFORE_HEADING = re.compile(
    r"^[ \t]{0,2}(?:19|20)\d\d年\d{1,2}月\d{1,2}日[ \t]{0,2}"
    r"[（(]?(?:星期|周)[一二三四五六日天][)）]?(?=[ \t]{1,3}\S{6})"
)

# 2021-05-05 / 来源:邓小平文选第二卷 / 属性:政策法规-高层文献: a page's stamp row, its fields
# set apart by slashes; the page's filing (属性, 分类, 栏目: where the site files it) goes, the
# rest stays one stamp row for the date's and the speaker's readers.
_SLASH_FIELD_GAP = re.compile(r"[ \t]{1,3}/[ \t]{1,3}")
_STAMP_DAY = re.compile(r"^(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)")
_FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}[ \t]{0,2}[:：]")
_STAMP_ROW_PARTS = 2
_FILING_LABEL = re.compile(r"^(?:属性|分类|栏目|类别|类型|标签|所属栏目|所属分类)[ \t]{0,2}[:：]")


def _slashed_stamp_row(line: str) -> str:
    parts = _SLASH_FIELD_GAP.split(line.strip())
    if len(parts) < _STAMP_ROW_PARTS or not _STAMP_DAY.match(parts[0]):
        return line
    simple = [to_simplified(part) for part in parts[1:]]
    if not all(_FIELD_LABEL.match(part) for part in simple):
        return line
    kept = [parts[0]] + [
        p for p, s in zip(parts[1:], simple, strict=True) if not _FILING_LABEL.match(s)
    ]
    return " ".join(kept)


# ○ 在全市“效能革命”工作会上的讲话政府政务 ○: a template's heading, the title and the
# category the site files it in framed by one ornament; the title alone stays.
_FRAMED_FILED_TITLE = re.compile(
    rf"^(?P<mark>[○●◎◇◆□■☆★])[ \t]{{0,2}}(?P<title>[^○●◎◇◆□■☆★\n]{{4,80}}?(?:{KINDS})"
    r"(?:稿|文稿)?)(?!要点|提纲|摘要|摘录|节选|实录|全文|材料|文稿|稿)[\u4e00-\u9fff]{0,6}"
    r"[ \t]{0,2}(?P=mark)$"
)

# 1951年11月1日在…会议上致闭幕词: a page's heading, the day the text was given run straight
# into its occasion title (two lines: the day is the title block's date line).
_DAY_RUN_INTO_OCCASION = re.compile(r"^(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?=在)")


# 新闻中心 / … / 当前位置:网站首页>新闻中心>学校新闻: a section's name printed over (or under)
# the breadcrumb that names it again; >> 政务公开 >> 专题专栏: a breadcrumb's steps on a line
# of their own after its 当前位置: 首页.
_CRUMB_SEPARATOR = re.compile(r"[ \t]{0,2}(?:>>|[>＞»]|[ \t]-[ \t])[ \t]{0,2}")
_CRUMB_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,6}位置[ \t]{0,2}[:：][ \t]{0,2}")
_CRUMB_CONTINUED = re.compile(r"^(?:>>|[>＞»])[ \t]{0,2}[\u4e00-\u9fff]")
_BULLET = "•·-* \t"
# 新闻资讯 Company News 某某动态, Company profile: a site's section heading with its English
# name (or the English name alone), no speech's title.
_ENGLISH_SECTION = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,6}[ \t]{1,3})?[A-Z][a-z]{1,12}(?:[ \t][A-Za-z][a-z]{1,12}){1,3}"
    r"(?:[ \t]{1,3}[\u4e00-\u9fff]{2,10})?$"
)


def _crumb_steps(head: list[str]) -> set[str]:
    """The steps of the breadcrumbs in ``head`` (首页 and the like left out)."""
    steps: set[str] = set()
    for line in head:
        simple = to_simplified(line.strip(_BULLET))
        label = _CRUMB_LABEL.match(simple)
        if not label and not (_BREADCRUMB.match(simple) or _CRUMB_CONTINUED.match(simple)):
            continue
        splitter = _DOT if _DOT_CRUMB.match(simple) else _CRUMB_SEPARATOR
        parts = splitter.split(simple[label.end() :] if label else simple)
        if len(parts) < 2 and not label:
            continue
        steps.update(
            without_glosses(step) or step
            for part in parts
            if (step := part.strip()) and "首页" not in step
        )
    return steps


# 访问次数:6214次 发布时间:2020-09-09: a page's stamp, its label glossed with pinyin on some
# sites (發(fā)布時(shí)間), read without the glosses so the date's reader knows it for a stamp.
_STAMP_LABEL = re.compile(r"(?:发布|发表|更新|上传|添加)(?:时间|日期)[ \t]{0,2}[:：]")
# Only the label loses its glosses: a title run onto the same line (習(xí)近平:在紀(jì)念…
# 講話訪問(wèn)次數(shù):6214次發(fā)布時(shí)間:2020-09-09) keeps them as printed (LABELLING.md).
_GLOSSED_STAMP_LABEL = re.compile(
    "|".join(
        [
            glossed(verb + noun)
            for verb in ("发布", "發布", "发表", "發表", "更新", "上传", "上傳", "添加")
            for noun in ("时间", "時間", "日期")
        ]
        # 訪問(wèn)次數(shù):6214次: the counter beside it
        + [
            glossed(verb + noun)
            for verb in ("访问", "訪問", "浏览", "瀏覽", "点击", "點擊", "阅读", "閱讀")
            for noun in ("次数", "次數", "量", "数", "數")
        ]
    )
)
_BANNER_TWICE_MAX = 12


def _banner_twice(head: list[str], at: int) -> bool:
    """电子文档交易市场 / 安卓APP | ios版本 / 电子文档交易市场 / 安卓APP | ios版本: a site's
    banner of two lines printed twice in a row (its mobile and its desktop header); the
    banner's name is a few words with no title's shape."""
    simple = to_simplified(head[at].strip(_BULLET))
    if not simple or len(simple) > _BANNER_TWICE_MAX or speech_titled(simple):
        return False
    if _DATED.search(simple) or not HAN_CHAR.search(simple):
        return False
    block = [to_simplified(line.strip(_BULLET)) for line in head]
    first = at if block[at + 2 : at + 3] == [simple] else at - 2
    return (
        first >= 0
        and len(block) >= first + 4
        and block[first : first + 2] == block[first + 2 : first + 4]
    )


def _section_echo(simple: str, steps: set[str]) -> bool:
    """A line that is only a step of the page's breadcrumb, never a speech's title."""
    bare = (without_glosses(simple) or simple).strip(_BULLET)
    return bare in steps and not speech_titled(bare)


def _without_nav_runs(lines: list[str]) -> list[str]:
    """Drop runs of ``_NAV_RUN`` or more navigation links (搜寻目录 / 语言目录) near the top;
    one such word alone may be a book's 目录 or a page's heading and stays."""
    ends = [
        link["end"]
        if at < CHROME_SCAN_LINES and (link := _NAV_LINK.match(to_simplified(line.strip())))
        else ""
        for at, line in enumerate(lines)
    ]
    out: list[str] = []
    at = 0
    while at < len(lines):
        end = at
        while ends[at] and end < len(lines) and ends[end] == ends[at]:
            end += 1
        if end - at >= _NAV_RUN:
            at = end
            continue
        out.append(lines[at])
        at += 1
    return out


# 下载本书 / 添加书签, 加入书架: a reading site's buttons for the book, under the book's name
# (《王洪文文集》); 第122章 在…上的致辞: its chapter number before the text's own title, under
# the book's name and its page id (书城文化思棠心语(上) / 48532200000122).
_BOOK_BUTTON = re.compile(
    r"^(?:(?:下载本书|添加书签|加入书签|加入书架|放入书架|返回书页|章节目录|投推荐票)"
    r"[ \t|｜]{0,3}){1,4}$"
)
_READER_CHAPTER = re.compile(r"^第\d{1,4}章[ \t]{0,2}(?=\S)")
_BOOK_NAME_MAX = 24
_PAGE_ID = re.compile(r"^\d{8,24}$")


def _without_reader_chrome(lines: list[str]) -> list[str]:
    head = lines[:CHROME_SCAN_LINES]
    simple = [to_simplified(line.strip()) for line in head]
    buttons = [at for at, line in enumerate(simple) if _BOOK_BUTTON.match(line)]
    if buttons:
        drop = set(buttons)
        first = buttons[0]
        if first and _book_name(simple[first - 1]):
            drop.add(first - 1)
        return [line for at, line in enumerate(lines) if at not in drop]
    for at, line in enumerate(simple):
        chapter = _READER_CHAPTER.match(line)
        if not chapter or not speech_titled(line[chapter.end() :]):
            continue
        above = [i for i in range(at) if _book_name(simple[i]) or _PAGE_ID.match(simple[i])]
        if len(above) != at:  # something of the text's own above: not a reader's page
            break
        return [head[at].strip()[chapter.end() :], *lines[at + 1 :]]
    return lines


def _book_name(simple: str) -> bool:
    return (
        0 < len(simple) <= _BOOK_NAME_MAX
        and bool(HAN_CHAR.search(simple))
        and not speech_titled(simple)
        and not _DATED.search(simple)
    )


# 一、2021年工作回顾 / (一)深挖释放内需潜力 / 二、…: a report's outline a portal prints over
# its title block, one numbered section heading a line.
_OUTLINE_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])[^。！？；;:：]{2,30}$"
)
_OUTLINE_MIN = 5
_OUTLINE_SCAN = 40
_OUTLINE_TO_SALUTATION = 4


def _without_outline(lines: list[str]) -> list[str]:
    """``lines`` without a run of section headings (一、… (一)… 二、…) at the top when the
    title block and the salutation follow it: the outline, not the copy's title block (the
    body prints the same headings again in their place)."""
    run = 0
    while run < min(len(lines), _OUTLINE_SCAN) and _OUTLINE_ITEM.match(lines[run].strip()):
        run += 1
    items = [to_simplified(line.strip()) for line in lines[:run]]
    if (
        run < _OUTLINE_MIN
        or not items[0].startswith("一")
        or not any(item.startswith("二") for item in items)
    ):
        return lines
    after = lines[run : run + _OUTLINE_TO_SALUTATION]
    # the title block over the salutation: at least one line before it
    saluted = any(SALUTATION_LINE.match(to_simplified(line.strip())) for line in after[1:])
    return lines[run:] if saluted else lines


# 文章源自英文巴士-https://www.en84.com/15110.html: a site's credit stamped after every
# paragraph, and on lines of its own, against copying: the text is read without it. A credit
# names where the text came from (a link, 源自, 来源, 转载 …); a title printed again on its own
# line and at the end of a name line (王某在…上的讲话) names no source.
_CREDIT_WORD = re.compile(r"https?://|www\.|源自|来源|来自|转载|出处|原文")
_WATERMARK_MIN_CHARS = 4
_WATERMARK_MAX_CHARS = 80
_WATERMARK_TIMES = 2


def _without_watermark(lines: list[str]) -> list[str]:
    counts = Counter(line.strip() for line in lines)
    marks = [
        mark
        for mark, times in counts.items()
        if times >= _WATERMARK_TIMES
        and _WATERMARK_MIN_CHARS <= len(mark) <= _WATERMARK_MAX_CHARS
        and _CREDIT_WORD.search(to_simplified(mark))
    ]
    for mark in marks:
        tails = sum(1 for line in lines if line.strip() != mark and line.rstrip().endswith(mark))
        if tails < _WATERMARK_TIMES:
            continue
        lines = [
            line.rstrip()[: -len(mark)].rstrip() if line.rstrip().endswith(mark) else line
            for line in lines
        ]
        lines = [line for line in lines if line.strip()]
    return lines


# 购买 / 下载掌阅APP,畅读海量书库 / 立即打开 / 畅读海量书库 / 扫码下载掌阅APP: a reading app's
# banner over the text, its prompts to get the app and the buttons and slogan between them.
_APP_PROMPT = re.compile(r"(?:下载|打开|安装|扫码)[^\s,，。:：]{0,8}(?:APP|App|app|客户端)")
_APP_BANNER_LINES = 8
_APP_PROMPT_MAX = 40
_APP_BUTTON_MAX = 12


def _without_app_banner(lines: list[str]) -> list[str]:
    head = [to_simplified(line.strip()) for line in lines[:_APP_BANNER_LINES]]
    prompts = [
        at
        for at, line in enumerate(head)
        if len(line) <= _APP_PROMPT_MAX
        and _APP_PROMPT.search(line)
        # 在全市“扫码下载政务APP”推广活动启动仪式上的致辞: a title naming the app, no prompt
        and not speech_titled(line)
        and not occasion_titled(line)
    ]
    if not prompts:
        return lines
    last = prompts[-1]
    others = [line for at, line in enumerate(head[:last]) if at not in prompts]
    if not all(len(line) <= _APP_BUTTON_MAX and not speech_titled(line) for line in others):
        return lines
    below = next((to_simplified(line.strip()) for line in lines[last + 1 :] if line.strip()), "")
    if any(others) and SALUTATION_LINE.match(below):
        # 坚定理想信念 / 下载APP阅读全文 / 同志们：: the text opens under the prompt, so the short
        # lines over it are the copy's own title (and name), not the banner's buttons
        return [line for at, line in enumerate(lines) if at not in prompts]
    return lines[last + 1 :]


# 查看: 2525|回复: 0 / 打印 上一主题 下一主题 / 标题 / [复制链接] / 跳转到指定楼层 / 楼主 /
# 发表于 …: a forum thread's head (Discuz). The line between the thread's controls and its
# copy-link button is the thread's title; the site's lines above the controls (its name, its
# login box, 只需一步,快速开始) and the floor controls under the button are its chrome.
_THREAD_NAV = re.compile(r"上一主题[ \t]{0,2}下一主题$")
_COPY_LINK = re.compile(r"^\[复制链接\]$")
_FLOOR_CONTROL = re.compile(r"^(?:跳转到指定楼层|电梯直达|楼主|沙发|\d{1,4}[#楼])$")


def _forum_thread_head(lines: list[str]) -> list[str]:
    simple = [to_simplified(line.strip()) for line in lines[:CHROME_SCAN_LINES]]
    navs = [at for at, line in enumerate(simple) if _THREAD_NAV.search(line)]
    if not navs or navs[0] + 2 >= len(simple) or not _COPY_LINK.match(simple[navs[0] + 2]):
        return lines
    title = navs[0] + 1
    rest = title + 2
    while rest < len(simple) and _FLOOR_CONTROL.match(simple[rest]):
        rest += 1
    return [lines[title], *lines[rest:]]


def drop_page_chrome(lines: list[str]) -> list[str]:
    """``lines`` without the page's chrome among the first ``CHROME_SCAN_LINES``."""
    lines = _forum_thread_head(_without_app_banner(_without_watermark(lines)))
    lines = _without_reader_chrome(_without_nav_runs(_without_menu(_without_outline(lines))))
    head, tail = lines[:CHROME_SCAN_LINES], lines[CHROME_SCAN_LINES:]
    kept: list[str] = []
    in_notice = after_paper_nav = False
    steps = _crumb_steps(head)
    for at, line in enumerate(head):
        if (thread := _THREAD_CONTROLS.search(line)) and len(line) - thread.end() >= _THREAD_TEXT:
            line = line[thread.end() :]  # the thread's title and controls, then its text
        line = _open_information_table(line)
        line = _VIP_BAR.sub("", _CRUMB_BEFORE_TITLE.sub("", line, count=1), count=1)
        if site_title := _SITE_PAGE_TITLE.match(line.strip()):
            below = next((to_simplified(x.strip()) for x in head[at + 1 :] if x.strip()), "")
            # 坚定理想信念_某某网 / 同志们：: no heading of its own under the bar, the topic is it
            if not speech_titled(to_simplified(site_title["topic"])) and not (
                SALUTATION_LINE.match(below)
            ):
                continue
            line = site_title["topic"]
        if posted := _POSTED_BY.match(to_simplified(line)):
            line = line[posted.end() :]
        if (widget := _TRAILING_WIDGET.search(to_simplified(line))) and len(
            to_simplified(line)
        ) == len(line):
            line = line[: widget.start()]
        simple = to_simplified(line.strip())
        if after_paper_nav and _BARE_DAY.match(simple):
            continue
        if _BARE_DAY.match(simple) and _issue_bar_next(head, at):
            continue  # 2020年01月13日 / 上一期 下一期: the issue's day over its paging bar
        after_paper_nav = bool(_PAPER_NAV.search(simple) or _ISSUE_NAV.search(simple))
        after_paper_nav = after_paper_nav or bool(_PAPER_PAGE_LABEL.match(simple))
        if after_paper_nav or _BOOK_PAGE.search(simple):
            continue
        if _named_over_banner(head, at):
            continue
        if (poster := _POSTER.match(without_glosses(simple) or simple)) and looks_like_name(
            poster["name"]
        ):
            continue
        if _MORE_LINK.match(simple) or _BLURB_FIELD.match(simple) or _EMPTY_FIELDS.match(simple):
            continue
        if (label := _LABEL_OVER_ECHO.match(simple)) and simple[label.end() :].strip() == (
            to_simplified(head[at + 1].strip()) if at + 1 < len(head) else ""
        ):
            continue  # 正文 在…的要点 / 在…的要点: a page's label run onto the title it repeats
        after = to_simplified(head[at + 1].strip()) if at + 1 < len(head) else ""
        if kept and _FORUM_CONTROLS.search(to_simplified(kept[-1])) and _forum_slot(simple, after):
            continue  # 公文写作培训班: the forum's link in its slot over the post
        if _NOTICE_HEAD.match(simple):
            in_notice = True
            continue
        if in_notice and _NUMBERED.match(simple):
            continue
        in_notice = False
        if (
            at
            and _MIRROR_LINK.match(to_simplified(head[at - 1].strip()))
            and _CATEGORY.match(simple)
        ):
            continue  # 查看原文 / 其他: a mirrored post's link, then the category it is filed in
        chrome = (
            _CHROME.search(simple)
            or _NEWS_SITE_CHROME.search(simple)
            or _link_run(simple)
            or _BREADCRUMB.match(simple)
            or _NO_HAN.match(simple)
            or _weather_bar(simple)
            or _CHROME.search(without_glosses(simple) or simple)
            or _section_echo(simple, steps)
            or _banner_twice(head, at)
            or _CRUMB_CONTINUED.match(simple)
            or _ENGLISH_SECTION.match(without_glosses(simple) or simple)
            or _interface_row(simple)
            or _menu_line(simple)
            or _bar_menu(head, at)
        )
        if chrome and not _DATED.search(simple):  # a stamp line (添加时间：… 浏览次数：…) stays
            continue
        plain = without_glosses(line) if _DATED.search(simple) else ""
        if plain and plain != line and _STAMP_LABEL.search(to_simplified(plain)):
            # 發(fā)布時(shí)間:2020-…: the stamp's label read without its glosses
            line = _GLOSSED_STAMP_LABEL.sub(lambda m: without_glosses(m[0]), line)
        line = _slashed_stamp_row(line)
        if framed := _FRAMED_FILED_TITLE.match(line.strip()):
            line = framed["title"]
        if (stats := _TRAILING_STATS.search(line)) and stats.start() > 0:
            line = line[: stats.start()] + "\n" + line[stats.end() :]
        # the file's name, its stamps, the printed title run together: two title lines
        line = _DOC_STAMPS.sub("\n", line, count=1)
        if day := _DAY_BEFORE_HEADING.match(line):
            line = line[: day.end()].strip() + "\n" + line[day.end() :].strip()
        elif (day := _DAY_RUN_INTO_OCCASION.match(line)) and occasion_titled(line[day.end() :]):
            line = line[: day.end()] + "\n" + line[day.end() :]
        line = _BANNER.sub("", line, count=1) if not kept else line
        kept.extend(part for part in line.split("\n") if part.strip())
    # a run of keywords (a menu's short items) begun in the head may reach past it
    kept = [line for line in kept if line.strip()]
    lines = _without_keyword_runs(kept + tail, starts_before=len(kept))
    # a menu's items gone, the paper's masthead may come up into the head
    lines = [
        line
        for at, line in enumerate(lines)
        if at >= CHROME_SCAN_LINES or not _PAPER_MASTHEAD.match(to_simplified(line.strip()))
    ]
    return _without_seo_keyword(lines)


# 正文 在中央政治局会议上讲话的要点 / 在中央政治局会议上讲话的要点: a page's label (正文, 标题)
# run onto its heading, the printed title repeating that heading on the next line.
_LABEL_OVER_ECHO = re.compile(r"^(?:正文|标题|题目|文章标题)[ \t]{0,2}[:：]?[ \t]{0,2}(?=\S)")


# 发表于 2012-7-3 11:05:22 | 显示全部楼层 |阅读模式 打印 上一主题 下一主题 / 公文写作培训班 /
# 尊敬的…: a forum post's controls, then the forum's link (an advert) in the slot over the post,
# a few words with no sentence and no title's shape.
_FORUM_CONTROLS = re.compile(r"显示全部楼层|阅读模式|只看该作者|倒序浏览")
_FORUM_SLOT = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,16}$")


def _forum_slot(simple: str, after: str) -> bool:
    """The slot's line over the post's opening (its salutation or its first sentence), never
    over a subtitle or a title's other line."""
    opening = bool(SALUTATION_LINE.match(after)) or bool(_POST_SENTENCE.search(after))
    return bool(_FORUM_SLOT.match(simple)) and not speech_titled(simple) and opening


_POST_SENTENCE = re.compile(r"^[^—\-]{0,60}[，,。][^\n]{10}")


# 查看原文 over 其他 (or 时政, 转载): a mirror of a social-media post prints its link back
# and the post's category, a bare word of two to four characters
_MIRROR_LINK = re.compile(r"^(?:查看|阅读)原文$")
_CATEGORY = re.compile(r"^[\u4e00-\u9fff]{2,4}$")

_SEO_KEYWORD_MAX = 20
_SEO_LEAD_MIN = 60


def _without_seo_keyword(lines: list[str]) -> list[str]:
    """金华到某地货运专线 / 金华到某地货运专线,4月15日,…: a search keyword a page stuffs in
    as its first line and again before its text's first words, then a long lead; a headline
    is never repeated word for word before a comma."""
    if len(lines) < 2:
        return lines
    first, second = lines[0].strip(), lines[1].strip()
    if (
        2 <= len(first) <= _SEO_KEYWORD_MAX
        and not speech_titled(to_simplified(first))
        and second.startswith(first)
        and second[len(first) : len(first) + 1] in {",", "，"}
        and len(second) - len(first) >= _SEO_LEAD_MIN
    ):
        return lines[1:]
    return lines


def _open_information_table(line: str) -> str:
    """A government open-information table flattened into one line (文件名称 | 某区2025年政府工
    作报告 | |索引号 | … 公开日期: | 2025-04-15 14:43 | 2025年3月21日在…上…): its file name
    (the copy's heading) and what runs on after its last field, on two lines; the fields go."""
    if not (m := _FILE_NAME_FIELD.match(line)):
        return line
    rest = line[m.end() :]
    last = max(rest.rfind("|"), rest.rfind("｜"))
    tail = rest[last + 1 :].strip() if last >= 0 else ""
    keeps_tail = len(HAN_CHAR.findall(tail)) >= _TABLE_TAIL_HAN
    return m["name"].strip() + ("\n" + tail if keeps_tail else "")


def _issue_bar_next(lines: list[str], at: int) -> bool:
    """The line after ``at`` is an e-paper's paging bar (上一期 下一期)."""
    after = lines[at + 1].strip() if at + 1 < len(lines) else ""
    return bool(_ISSUE_NAV.search(to_simplified(after)))


def _named_over_banner(lines: list[str], at: int) -> bool:
    """The site's name (or the banner itself) at ``at``: the name alone, then the name run
    into the site's address on the next line."""
    name = lines[at].strip()
    if (
        _ADDRESS.search(name)
        and at
        and lines[at - 1].strip()
        and name.startswith(lines[at - 1].strip())
    ):
        return True
    after = lines[at + 1].strip() if at + 1 < len(lines) else ""
    return bool(name) and after.startswith(name) and bool(_ADDRESS.search(after[len(name) :]))


def _weather_bar(line: str) -> bool:
    """A portal's weather widget: one city's weather, or a few of them set apart by "/"."""
    parts = line.split("/")
    return len(parts) <= _WEATHER_CITIES and all(_WEATHER.match(part.strip()) for part in parts)


def _without_menu(lines: list[str]) -> list[str]:
    """Drop a portal's menu flattened into one short line per item (特别推荐 / 重要文献汇集 /
    中共中央文献 / …): a run of ``_MENU_RUN`` or more short bare lines starting near the top,
    one of them a page's chrome (a widget's heading, a site's name), so a poem's short lines
    are never taken for it. The run may reach past the lines scanned for other chrome."""
    start = 0
    while start < min(len(lines), CHROME_SCAN_LINES):
        end = start
        while end < min(len(lines), start + _MENU_MAX) and _MENU_ITEM.match(lines[end].strip()):
            end += 1
        run = lines[start:end]
        if len(run) >= _MENU_RUN and any(chrome_like(item) for item in run):
            return lines[:start] + lines[end:]
        if start == 0 and len(run) >= _SHORT_MENU_RUN and all(len(i.strip()) <= 5 for i in run):
            # 住房公积金 / 养老保险 / … / 旅游景点: a service menu opening the page
            return lines[:start] + lines[end:]
        start = end + 1
    return lines


def _without_keyword_runs(lines: list[str], starts_before: int) -> list[str]:
    """Drop runs of ``_KEYWORD_RUN`` or more one-word lines (a file name cut into keywords,
    a menu's items, ``- 首页`` / ``- 登录`` bullets) that start among the first
    ``starts_before`` lines; a short title wrapped over two lines is never that many."""
    out: list[str] = []
    run: list[str] = []
    for at, line in enumerate([*lines, ""]):
        word = without_glosses(line.strip()) or line.strip()  # 首頁(yè): a gloss is no word
        if line and at - len(run) < starts_before and _KEYWORD.match(word):
            run.append(line)
            continue
        if len(run) < _KEYWORD_RUN:
            out.extend(run)
        run = []
        if line:
            out.append(line)
    return out
