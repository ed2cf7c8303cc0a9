"""The demo fixtures carry the right metadata (checked by hand against the texts)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from speeches.models import Campaign, Speech

JUNK = [
    "上传人",
    "文档编号",
    "上传时间",
    "点击查看更多",
    "资源描述",
    "由会员分享",
    "文本预览下载声明",
    "显示全部",
    "公务员之家",
    "_第1页",
    "共16页",
    "时间:2022-11-30",
]


def test_seed_002_metadata(seeds):
    speech = Speech.objects.get(title__startswith="努力推动创先争优常态化长效化")
    assert speech.speaker.name == "周潮明"
    assert speech.date == dt.date(2012, 11, 7)
    assert speech.date_precision == "day"
    assert speech.level == "省"
    assert [c.slug for c in speech.campaigns.all()] == ["chuangxian-zhengyou"]
    assert speech.published_on == dt.date(2014, 10, 7)


def test_upload_dates_are_not_speech_dates(seeds):
    for seed in ("000", "001"):
        row = next(r for r in _seed_rows() if r["file"] == f"seeds/{seed}.txt")
        speech = Speech.objects.get(title=row["title"])
        assert speech.date is None or speech.date.year < 2020, seed
        assert speech.published_on is not None and speech.published_on.year == 2022


def test_seed_004_has_a_real_title(seeds):
    row = next(r for r in _seed_rows() if r["file"] == "seeds/004.txt")
    speech = Speech.objects.get(title=row["title"])
    assert speech.body.startswith("同志们")
    assert speech.title and "同志们" not in speech.title


def test_cleaned_seed_texts_have_no_site_junk(fixtures_dir):
    for path in sorted((fixtures_dir / "demo" / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert "\r" not in text
        for junk in JUNK:
            assert junk not in text, (path.name, junk)


def test_campaigns_include_the_local_and_national_ones(seeds):
    slugs = set(Campaign.objects.values_list("slug", flat=True))
    assert {"chuangxian-zhengyou", "xianfeng-gongcheng"} <= slugs
    assert Campaign.objects.get(slug="chuangxian-zhengyou").speeches.count() >= 4


@pytest.mark.django_db
def test_full_demo_has_92_speeches_with_outlines():
    from demo.load import load_demo

    created = load_demo().created
    assert len(created) == 92
    assert Speech.objects.filter(level="中央").count() == 87
    with_outline = sum(1 for s in Speech.objects.all() if s.outline)
    assert with_outline >= 50


def _seed_rows() -> list[dict]:
    from demo.load import DEMO_DIR

    return json.loads((DEMO_DIR / "seeds.json").read_text(encoding="utf-8"))


# Wikisource's licence box, its note on 公务演讲 and the box's residue (issue 17).
LICENCE = [
    "Public domain",
    "公有领域",
    "公有領域",
    "本作品是中华人民共和国的",
    "本作品来自",
    "维基文库",
]
LICENCE += ["維基文庫", "公务演讲", "不适用于该法", "本模板", "\nfalse", "CPC 1"]


def test_no_demo_text_carries_a_licence_box():
    from demo.load import demo_rows

    rows = demo_rows()
    assert len(rows) == 92
    for row in rows:
        text = "\n" + row.body
        for words in LICENCE:
            assert words not in text, (row.key, words)


def test_demo_reports_are_cleaner_output():
    """The reports were cleaned by fixtures/demo/make_reports.py, not by hand: one paragraph
    a line, no blank lines, and no report that is only a list of editions (cpc-03)."""
    from demo.load import demo_rows

    reports = [row for row in demo_rows() if row.key.startswith("report:")]
    assert "report:cpc-03" not in {row.key for row in reports}
    for row in reports:
        assert "\n\n" not in row.body and row.body == row.body.strip(), row.key
        assert len(row.body) > 200, row.key


@pytest.mark.django_db
def test_load_demo_skips_a_row_whose_text_the_archive_holds_and_says_so(capsys):
    from django.core.management import call_command

    from demo.load import demo_rows
    from speeches import services

    seed = demo_rows(reports=False)[1]
    own = services.create_speech(title="档案员自己导入的一篇", body=seed.body)

    call_command("load_demo", "--no-reports")

    out = capsys.readouterr().out
    assert "Loaded 4 demo speeches. Skipped 1 whose text the archive already holds: " in out
    assert f"{seed.key} (speech {own.pk})" in out
    assert Speech.objects.count() == 5
    assert Speech.objects.get(pk=own.pk).title == "档案员自己导入的一篇"
