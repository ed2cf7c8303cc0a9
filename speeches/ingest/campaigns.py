"""Which campaigns (主题活动) a speech belongs to, from how often and where it names them.

Pure: no Django. A campaign is named by plain names (its name, short name, aliases) and
optionally one admin-written regular expression. A speech belongs to a campaign when its
title or occasion names it, or when the body keeps coming back to it; one passing mention
("巩固两学一做成果") is not enough, and a speech dated well outside the campaign's years
only looks back on it (or ahead to it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol

from speeches.text.patterns import is_linear_pattern

TITLE_CONFIDENCE = 0.95
SLACK_YEARS = 1  # campaigns are prepared and wound up around their official dates
FAR_YEARS = 3  # beyond this even a title mention is a look back, not the campaign
CHARS_PER_MENTION = 3000


@dataclass(frozen=True)
class CampaignRule:
    """A campaign as texts name it; ``key`` is what the caller stores (a slug, a name)."""

    key: str
    pattern: str = ""
    first_year: int | None = None
    last_year: int | None = None
    names: tuple[str, ...] = ()

    def terms(self) -> tuple[str, ...]:
        return tuple(sorted({n for n in self.names if len(n) >= 2}, key=len, reverse=True))


@dataclass(frozen=True)
class Mention:
    key: str
    confidence: float
    evidence: str


# The national campaigns (the data migration creates the same rows); keys are short names
# so that the pure extractor reads well in tests; the importer keys by slug.
_NATIONAL: tuple[CampaignRule, ...] = (
    CampaignRule("三讲教育", "", 1998, 2000, ("三讲教育", "“三讲”教育", "讲学习、讲政治、讲正气")),
    CampaignRule(
        "先进性教育",
        "",
        2005,
        2006,
        ("保持共产党员先进性教育活动", "保持共产党员先进性教育", "先进性教育活动"),
    ),
    CampaignRule(
        "学习实践科学发展观",
        "",
        2008,
        2010,
        ("深入学习实践科学发展观活动", "学习实践科学发展观", "学习实践活动"),
    ),
    CampaignRule(
        "创先争优",
        "",
        2010,
        2012,
        ("创先争优活动", "创先争优", "创建先进基层党组织、争当优秀共产党员"),
    ),
    CampaignRule(
        "群众路线教育实践活动",
        "",
        2013,
        2014,
        ("党的群众路线教育实践活动", "群众路线教育实践活动", "教育实践活动"),
    ),
    CampaignRule(
        "三严三实", "", 2015, 2015, ("三严三实专题教育", "“三严三实”专题教育", "三严三实")
    ),
    CampaignRule(
        "两学一做", "", 2016, None, ("两学一做学习教育", "两学一做", "“两学一做”学习教育")
    ),
    CampaignRule(
        "不忘初心、牢记使命",
        '不忘初心[、，, ]?牢记使命[”"]?[ ]?主题教育',
        2019,
        2020,
        ("不忘初心、牢记使命主题教育", "“不忘初心、牢记使命”主题教育"),
    ),
    CampaignRule("党史学习教育", "", 2021, 2021, ("党史学习教育",)),
    CampaignRule(
        "主题教育",
        "",
        2023,
        2024,
        (
            "学习贯彻习近平新时代中国特色社会主义思想主题教育",
            "学习贯彻新时代中国特色社会主义思想主题教育",
            "主题教育",
        ),
    ),
    CampaignRule("党纪学习教育", "", 2024, 2024, ("党纪学习教育",)),
    CampaignRule(
        "八项规定精神学习教育",
        "",
        2025,
        2025,
        ("深入贯彻中央八项规定精神学习教育", "中央八项规定精神学习教育"),
    ),
)


# Each rule's pattern also spells out its names, for callers that copy only the pattern.
CAMPAIGN_RULES: tuple[CampaignRule, ...] = tuple(
    replace(r, pattern=r.pattern or "|".join(re.escape(t) for t in r.terms())) for r in _NATIONAL
)


class CampaignLike(Protocol):
    slug: str
    name: str
    short_name: str
    aliases: str
    pattern: str
    start_date: dt.date | None
    end_date: dt.date | None


def rules_from_campaigns(campaigns: Iterable[CampaignLike]) -> list[CampaignRule]:
    """One rule per campaign row, keyed by slug: its name and aliases (one per line; the
    short name too when it has no aliases), its own pattern, its years."""
    rules = []
    for campaign in campaigns:
        names = [campaign.name, *(campaign.aliases or "").splitlines()]
        if not (campaign.aliases or "").strip() and campaign.short_name:
            names.append(campaign.short_name)
        rules.append(
            CampaignRule(
                campaign.slug,
                (campaign.pattern or "").strip(),
                campaign.start_date.year if campaign.start_date else None,
                campaign.end_date.year if campaign.end_date else None,
                tuple(dict.fromkeys(n.strip() for n in names if n and n.strip())),
            )
        )
    return rules


@lru_cache(maxsize=256)
def _matcher(terms: tuple[str, ...], pattern: str) -> re.Pattern[str] | None:
    parts = [re.escape(t) for t in terms]
    if pattern and is_linear_pattern(pattern):
        parts.insert(0, f"(?:{pattern})")
    return re.compile("|".join(parts)) if parts else None


def _spans(rule: CampaignRule, text: str) -> list[tuple[int, int, str]]:
    rx = _matcher(rule.terms(), rule.pattern)
    return [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text)] if rx else []


def _generic_terms(rules: Sequence[CampaignRule]) -> dict[str, set[str]]:
    """Terms of one campaign that are part of another's name (主题教育 in 不忘初心、牢记使命
    主题教育): by key, the terms that count only when no such other campaign is named."""
    generic: dict[str, set[str]] = {}
    for rule in rules:
        for term in rule.terms():
            for other in rules:
                if other is not rule and any(term in n and term != n for n in other.names):
                    generic.setdefault(rule.key, set()).add(term)
    return generic


def within(year: int, rule: CampaignRule, slack: int = SLACK_YEARS) -> bool:
    if rule.first_year and year < rule.first_year - slack:
        return False
    return not (rule.last_year and year > rule.last_year + slack)


def find_campaigns(
    title: str,
    occasion: str,
    body: str,
    rules: Sequence[CampaignRule],
    year: int | None = None,
) -> list[Mention]:
    """Campaigns of a speech (Simplified text), most confident first."""
    head = f"{title}\n{occasion}"
    generic = _generic_terms(rules)
    by_key = {rule.key: rule for rule in rules}
    found: dict[str, tuple[list, list]] = {}
    for rule in rules:
        in_head, in_body = _spans(rule, head), _spans(rule, body)
        if in_head or in_body:
            found[rule.key] = (in_head, in_body)
    named = {k for k, (h, b) in found.items() if any(s[2] not in generic.get(k, ()) for s in h + b)}
    for key in [k for k in found if k not in named]:
        owner = _owner(by_key[key], named, by_key, year)
        if owner is not None:  # bare 主题教育 while 不忘初心、牢记使命主题教育 is named
            _merge(found[owner], found.pop(key))
        elif year is not None and not within(year, by_key[key]):
            found.pop(key)
    top = max((len(b) for _, b in found.values()), default=0)
    mentions = []
    for key, (in_head, in_body) in found.items():
        rule = by_key[key]
        conf, evidence = _score(in_head, in_body, body, top)
        if year is not None and not within(year, rule):
            far = not within(year, rule, FAR_YEARS)
            conf = min(conf, 0.2 if far or not in_head else 0.5)
        if conf > 0:
            mentions.append(Mention(key, round(conf, 2), evidence or title))
    return sorted(mentions, key=lambda m: -m.confidence)


def _owner(
    rule: CampaignRule, named: set[str], by_key: dict[str, CampaignRule], year: int | None
) -> str | None:
    """The named campaign whose name contains this rule's generic term, preferring one of
    the speech's year."""
    owners = [
        k for k in named if any(t in n for t in rule.terms() for n in by_key[k].names if t != n)
    ]
    if year is not None:
        owners = [k for k in owners if within(year, by_key[k])] or owners
    return owners[0] if owners else None


def _merge(into: tuple[list, list], extra: tuple[list, list]) -> None:
    """Add the generic mentions that are not already part of a full-name mention (one sweep
    over both sorted lists: texts with thousands of mentions stay linear)."""
    for mine, theirs in zip(into, extra, strict=True):
        taken = sorted((a, b) for a, b, _ in mine)
        kept, i = [], 0
        for span in sorted(theirs):
            while i < len(taken) and taken[i][1] <= span[0]:
                i += 1
            inside = i < len(taken) and taken[i][0] <= span[0] and span[1] <= taken[i][1]
            if not inside:
                kept.append(span)
        mine.extend(kept)
        mine.sort()


_TOPIC_WORDS = re.compile(r"会议|大会|动员|部署|启动|开展|召开|推进|总结|座谈|党课|生活会")


def _score(in_head: list, in_body: list, body: str, top: int) -> tuple[float, str]:
    if in_head:
        return TITLE_CONFIDENCE, ""
    n = len(in_body)
    first = in_body[0][0]
    line_start = body.rfind("\n", 0, first) + 1
    line_end = body.find("\n", first)
    line = body[line_start : line_end if line_end >= 0 else len(body)]
    # The opening paragraph naming it as what the meeting is about
    # ("今天召开全县创先争优活动推进会") makes it the topic, with one more mention later.
    opening = (
        n >= 2
        and _opening_paragraph(body) == (line_start, line_end)
        and bool(_TOPIC_WORDS.search(line))
    )
    # Three mentions make a short speech's subject, not a long report's: one in 3,000
    # characters at least.
    frequent = n >= max(3, len(body) // CHARS_PER_MENTION) and n * 4 >= top
    if frequent or opening:
        return min(0.9, 0.55 + 0.05 * n), line[:160]
    return min(0.45, 0.15 * n), line[:160]


def _opening_paragraph(body: str) -> tuple[int, int]:
    """(start, end) of the first paragraph after the salutation."""
    start = 0
    for _ in range(3):
        end = body.find("\n", start)
        line = body[start : end if end >= 0 else len(body)]
        if len(line) > 20 or end < 0:
            return start, end
        start = end + 1
    return start, body.find("\n", start)
