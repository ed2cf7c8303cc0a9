"""sitemap.xml: every published speech and every listing page."""

from __future__ import annotations

import datetime as dt

from django.contrib.sitemaps import Sitemap
from django.db.models import Count, Max, Q
from django.db.models.functions import ExtractYear
from django.urls import reverse

from speeches.models import Campaign, Level, Speaker, Speech
from speeches.text.control import xml_safe

_PUBLISHED = Q(speeches__is_published=True)
_PLACEHOLDER = 987654321987654321


class SpeechSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.8
    limit = 10000

    def items(self):
        # (id, updated) tuples: model instances for 10k rows cost seconds.
        return Speech.objects.published().values_list("id", "updated").order_by("id")

    def lastmod(self, item: tuple[int, dt.datetime]) -> dt.datetime:
        return item[1]

    def get_latest_lastmod(self) -> dt.datetime | None:
        # For the index: one aggregate instead of Django's walk over every item.
        return latest_change()

    def location(self, item: tuple[int, dt.datetime]) -> str:
        # One reverse() for all speeches: 10k reverses cost seconds too.
        if not hasattr(self, "_pattern"):
            self._pattern = reverse("speeches:speech", args=[_PLACEHOLDER])
        return self._pattern.replace(str(_PLACEHOLDER), str(item[0]))


class ListingSitemap(Sitemap):
    """Home, the browse indexes and each campaign, speaker, level and year with speeches."""

    changefreq = "weekly"
    priority = 0.5

    def items(self) -> list[str]:
        urls = [
            reverse(name)
            for name in (
                "speeches:home",
                "speeches:campaigns",
                "speeches:speakers",
                "speeches:levels",
                "speeches:years",
            )
        ]
        with_speeches = {"n__gt": 0}
        campaigns = Campaign.objects.annotate(n=Count("speeches", filter=_PUBLISHED))
        urls += [c.get_absolute_url() for c in campaigns.filter(**with_speeches).order_by("slug")]
        speakers = Speaker.objects.annotate(n=Count("speeches", filter=_PUBLISHED))
        urls += [s.get_absolute_url() for s in speakers.filter(**with_speeches).order_by("pk")]
        published = Speech.objects.published()
        levels = set(published.exclude(level="").values_list("level", flat=True).distinct())
        urls += [reverse("speeches:level", args=[lv]) for lv in Level.values if lv in levels]
        years = (
            published.exclude(date__isnull=True)
            .annotate(y=ExtractYear("date"))
            .values_list("y", flat=True)
            .distinct()
        )
        urls += [reverse("speeches:year", args=[y]) for y in sorted(set(years))]
        return urls

    def location(self, item: str) -> str:
        return xml_safe(item)  # a slug typed before slugs were validated must not break XML


def latest_change():
    return Speech.objects.published().aggregate(m=Max("updated"))["m"]


SITEMAPS = {"speeches": SpeechSitemap, "listings": ListingSitemap}
