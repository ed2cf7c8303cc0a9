"""OAI-PMH sets: campaigns and levels, as a two-level hierarchy (``campaign:<slug>``,
``level:<code>``). setSpecs must be ASCII, so levels get English codes."""

from __future__ import annotations

from dataclasses import dataclass

from speeches.models import Campaign, Level, Speech

LEVEL_CODES = {
    Level.CENTRAL: "central",
    Level.PROVINCE: "province",
    Level.CITY: "city",
    Level.COUNTY: "county",
    Level.TOWNSHIP: "township",
    Level.GRASSROOTS: "grassroots",
}
LEVEL_BY_CODE = {code: level for level, code in LEVEL_CODES.items()}
CAMPAIGN, LEVEL = "campaign", "level"


@dataclass(frozen=True)
class OaiSet:
    spec: str
    name: str


def all_sets() -> list[OaiSet]:
    sets = [OaiSet(CAMPAIGN, "主题活动"), OaiSet(LEVEL, "层级")]
    sets += [OaiSet(f"{CAMPAIGN}:{c.slug}", c.name) for c in Campaign.objects.order_by("slug")]
    sets += [OaiSet(f"{LEVEL}:{LEVEL_CODES[lv]}", str(lv.label)) for lv in Level]
    return sets


def set_specs_for(speech: Speech) -> list[str]:
    """The leaf sets a speech belongs to (campaigns must be prefetched or are queried)."""
    specs = [f"{CAMPAIGN}:{c.slug}" for c in speech.campaigns.all()]
    if speech.level in LEVEL_CODES:
        specs.append(f"{LEVEL}:{LEVEL_CODES[Level(speech.level)]}")
    return sorted(specs)


def speech_filter(spec: str) -> dict[str, object] | None:
    """Queryset filter for a setSpec, or None if no such set exists."""
    if spec == CAMPAIGN:
        return {"campaigns__isnull": False}
    if spec == LEVEL:
        return {"level__in": list(Level.values)}
    kind, _, value = spec.partition(":")
    if kind == CAMPAIGN and value and Campaign.objects.filter(slug=value).exists():
        return {"campaigns__slug": value}
    if kind == LEVEL and value in LEVEL_BY_CODE:
        return {"level": LEVEL_BY_CODE[value].value}
    return None


def tombstone_matches(spec: str, tombstone_specs: list[str]) -> bool:
    return any(s == spec or s.startswith(spec + ":") for s in tombstone_specs)
