"""The national Party-building campaigns, so that a fresh archive recognises them.

Rows are matched by slug (the demo loader uses the same slugs), so running this on an
archive that already has them only fills in what is missing; an admin's own edits to
names, aliases or patterns are kept. The data is frozen here on purpose: a migration must
not change when the extractor changes.
"""

from django.db import migrations

# (slug, name, short_name, start, end, aliases (one per line), pattern)
NATIONAL_CAMPAIGNS = [
    (
        "sanjiang-jiaoyu",
        "“三讲”教育",
        "三讲教育",
        "1998-11-01",
        "2000-12-31",
        '三讲教育\n“三讲”教育\n"三讲"教育\n讲学习、讲政治、讲正气',
        "",
    ),
    (
        "xianjinxing-jiaoyu",
        "保持共产党员先进性教育活动",
        "先进性教育",
        "2005-01-01",
        "2006-06-30",
        "保持共产党员先进性教育\n先进性教育活动",
        "",
    ),
    (
        "xuexi-shijian-kexue-fazhanguan",
        "深入学习实践科学发展观活动",
        "学习实践科学发展观",
        "2008-09-01",
        "2010-02-28",
        "学习实践科学发展观活动\n学习实践科学发展观\n学习实践活动",
        "",
    ),
    (
        "chuangxian-zhengyou",
        "创先争优活动",
        "创先争优",
        "2010-04-01",
        "2012-11-30",
        "创先争优\n创建先进基层党组织、争当优秀共产党员",
        "",
    ),
    (
        "qunzhong-luxian",
        "党的群众路线教育实践活动",
        "群众路线教育实践活动",
        "2013-06-01",
        "2014-10-31",
        "群众路线教育实践活动\n教育实践活动",
        "",
    ),
    (
        "sanyan-sanshi",
        "三严三实专题教育",
        "三严三实",
        "2015-04-01",
        "2015-12-31",
        "三严三实专题教育\n“三严三实”专题教育\n三严三实",
        "",
    ),
    (
        "liangxue-yizuo",
        "两学一做学习教育",
        "两学一做",
        "2016-02-01",
        None,
        "两学一做\n“两学一做”学习教育",
        "",
    ),
    (
        "buwang-chuxin-laoji-shiming",
        "不忘初心、牢记使命主题教育",
        "不忘初心、牢记使命",
        "2019-05-01",
        "2020-01-31",
        "不忘初心、牢记使命主题教育\n“不忘初心、牢记使命”主题教育",
        # Written with or without the comma and quotes; the slogan alone is no campaign.
        '不忘初心[、，, ]?牢记使命[”"]?[ ]?主题教育',
    ),
    (
        "dangshi-xuexi-jiaoyu",
        "党史学习教育",
        "党史学习教育",
        "2021-02-01",
        "2021-12-31",
        "党史学习教育",
        "",
    ),
    (
        "xuexi-guanche-zhuti-jiaoyu",
        "学习贯彻习近平新时代中国特色社会主义思想主题教育",
        "主题教育",
        "2023-04-01",
        "2024-01-31",
        "学习贯彻习近平新时代中国特色社会主义思想主题教育\n学习贯彻新时代中国特色社会主义思想主题教育\n主题教育",
        "",
    ),
    (
        "dangji-xuexi-jiaoyu",
        "党纪学习教育",
        "党纪学习教育",
        "2024-04-01",
        "2024-07-31",
        "党纪学习教育",
        "",
    ),
    (
        "baxiang-guiding-xuexi-jiaoyu",
        "深入贯彻中央八项规定精神学习教育",
        "八项规定精神学习教育",
        "2025-03-01",
        "2025-07-31",
        "深入贯彻中央八项规定精神学习教育\n中央八项规定精神学习教育",
        "",
    ),
]


def create_campaigns(apps, schema_editor):
    Campaign = apps.get_model("speeches", "Campaign")
    for slug, name, short, start, end, aliases, pattern in NATIONAL_CAMPAIGNS:
        campaign = Campaign.objects.filter(slug=slug).first()
        if campaign is None:
            if Campaign.objects.filter(name=name).exists():
                continue  # an admin created it under another slug: theirs stands
            Campaign.objects.create(
                slug=slug,
                name=name,
                short_name=short,
                start_date=start,
                end_date=end,
                aliases=aliases,
                pattern=pattern,
            )
            continue
        changed = []
        for field, value in (("aliases", aliases), ("pattern", pattern), ("short_name", short)):
            if value and not getattr(campaign, field):
                setattr(campaign, field, value)
                changed.append(field)
        if changed:
            campaign.save(update_fields=changed)


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0003_metadata_evidence"),
    ]

    operations = [
        migrations.RunPython(create_campaigns, migrations.RunPython.noop),
    ]
