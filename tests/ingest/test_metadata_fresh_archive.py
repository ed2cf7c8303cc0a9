"""A fresh archive (migrations only, no demo) knows the national campaigns and describes the
five real seeds as they arrive, through the import command."""

from __future__ import annotations

import datetime as dt
import importlib
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from bench.metadata_bench import extract_case, load_labels, score
from speeches.ingest.campaigns import CAMPAIGN_RULES
from speeches.ingest.pipeline import campaign_rules
from speeches.models import Campaign, Speech

RAW_SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "raw_seeds"
NATIONAL = {
    "xianjinxing-jiaoyu",
    "xuexi-shijian-kexue-fazhanguan",
    "chuangxian-zhengyou",
    "qunzhong-luxian",
    "sanyan-sanshi",
    "liangxue-yizuo",
    "buwang-chuxin-laoji-shiming",
    "dangshi-xuexi-jiaoyu",
    "xuexi-guanche-zhuti-jiaoyu",
}


@pytest.fixture(autouse=True)
def _campaigns(national_campaigns):
    pass


@pytest.mark.django_db
def test_migrations_create_the_national_campaigns():
    campaigns = {c.slug: c for c in Campaign.objects.all()}
    assert set(campaigns) >= NATIONAL
    for slug in NATIONAL:
        c = campaigns[slug]
        assert c.name and c.short_name and c.start_date and c.aliases
    assert campaigns["chuangxian-zhengyou"].start_date.year == 2010


@pytest.mark.django_db
def test_the_demo_loader_reuses_the_migrated_campaigns():
    from demo.load import load_campaigns

    before = Campaign.objects.count()
    aliases = Campaign.objects.get(slug="qunzhong-luxian").aliases
    rows = json.loads((RAW_SEEDS.parent / "demo" / "campaigns.json").read_text("utf-8"))
    new = {row["slug"] for row in rows} - set(Campaign.objects.values_list("slug", flat=True))
    load_campaigns()
    assert Campaign.objects.count() == before + len(new)  # only the local 先锋工程
    assert Campaign.objects.get(slug="qunzhong-luxian").aliases == aliases
    names = list(Campaign.objects.values_list("name", flat=True))
    assert len(names) == len(set(names))
    # The fixture and the migration name a shared campaign alike.
    migration = importlib.import_module("speeches.migrations.0004_national_campaigns")
    national = {row[0]: row[1] for row in migration.NATIONAL_CAMPAIGNS}
    for row in rows:
        assert national.get(row["slug"], row["name"]) == row["name"], row["slug"]


@pytest.mark.django_db
def test_database_rules_score_like_the_built_in_ones():
    """The migrated rows, not only the module's defaults, recognise the labelled set."""
    rules = campaign_rules()
    keys = {c.slug: c.short_name for c in Campaign.objects.all()}
    labels = load_labels()
    db_result = score(labels, rules, keys)
    assert db_result.rate("campaigns") >= 0.95
    for label in labels.values():
        assert (
            extract_case(label, rules, keys)["campaigns"]
            == extract_case(label, CAMPAIGN_RULES)["campaigns"]
        ), label["file"]


@pytest.mark.django_db
def test_a_local_campaign_with_its_own_pattern_is_recognised():
    Campaign.objects.create(
        name="“先锋工程”建设",
        slug="xianfeng",
        short_name="先锋工程",
        aliases="先锋工程\n五好村党组织",
        pattern="先锋工程.{0,6}建设",
    )
    text = "在全区深化“先锋工程”建设推进会上的讲话\n同志们：\n今天召开会议，部署先锋工程建设。"
    from speeches.ingest.metadata import extract_metadata

    meta = extract_metadata(text, campaign_rules=campaign_rules())
    assert "xianfeng" in meta.confident_campaigns()


@pytest.mark.django_db
def test_a_slow_pattern_is_refused_by_the_admin_form():
    from django.core.exceptions import ValidationError

    campaign = Campaign(name="试点", slug="shidian", pattern="(a+)+b")
    with pytest.raises(ValidationError):
        campaign.full_clean()


@pytest.mark.django_db
def test_importing_the_five_seeds_into_a_fresh_archive(capsys):
    call_command("import_speeches", str(RAW_SEEDS), "--json")
    results = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    by_prefix = {Path(r["file"]).name[:3]: r for r in results}
    assert all(r["status"] == "created" for r in results), results
    for prefix in ("000", "001", "002", "003"):
        speech = Speech.objects.get(pk=by_prefix[prefix]["id"])
        assert [c.short_name for c in speech.campaigns.all()] == ["创先争优"], prefix
    seed = Speech.objects.get(pk=by_prefix["002"]["id"])
    assert seed.speaker.name == "周潮明"
    assert seed.date == dt.date(2012, 11, 7) and seed.date_precision == "day"
    assert seed.published_on == dt.date(2014, 10, 7)
    # What the extractor read, kept for the archivist: the line and how sure it was.
    evidence = seed.metadata_evidence
    assert evidence["date"]["evidence"] == "(2012年11月7日)"
    assert evidence["speaker"]["value"] == "周潮明" and evidence["speaker"]["confidence"] >= 0.8
    assert seed.set_by_person == []
    # 000 is dated 2022 by its page: a publish date, never the speech's.
    first = Speech.objects.get(pk=by_prefix["000"]["id"])
    assert first.date is None and first.published_on == dt.date(2022, 11, 30)
