"""Atom 1.0 and RSS 2.0 feeds (Django's syndication framework): the newest speeches of the
archive, of a campaign, a speaker or a level, and of any search.

The archive, campaign, speaker and level feeds list what was most recently added, so a
reader following them sees new material even when it is an old speech. A search feed is
exactly the first page of that search sorted newest first (by the speech's date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from interop.records import ARCHIVE_NAME, SpeechRecord, record_for, with_excerpt
from interop.search_results import first_page_newest
from speeches.models import Campaign, Level, Speaker, Speech
from speeches.text.control import xml_safe

FEED_SIZE = 20
FEED_TYPES = {"atom": Atom1Feed, "rss": Rss201rev2Feed}


@dataclass
class FeedContent:
    title: str
    link: str
    description: str
    self_url: str
    records: list[SpeechRecord] = field(default_factory=list)


def records_of(request: HttpRequest, speeches) -> list[SpeechRecord]:
    return [record_for(s, request.build_absolute_uri(s.get_absolute_url())) for s in speeches]


def newest_added(queryset) -> list[Speech]:
    return list(with_excerpt(queryset.published()).order_by("-created", "-id")[:FEED_SIZE])


def _as_datetime(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time()))


class SpeechFeed(Feed):
    """Items are SpeechRecords; subclasses build the FeedContent in ``get_object``."""

    language = "zh-CN"
    author_name = ARCHIVE_NAME

    def __init__(self, feed_type: type) -> None:
        super().__init__()
        self.feed_type = feed_type

    def content(self, request: HttpRequest, **kwargs) -> FeedContent:
        raise NotImplementedError

    def get_object(self, request: HttpRequest, **kwargs) -> FeedContent:
        return self.content(request, **kwargs)

    # Records are XML-safe already (interop.records); feed-level texts are made so here.
    def title(self, obj: FeedContent) -> str:
        return xml_safe(obj.title)

    def link(self, obj: FeedContent) -> str:
        return obj.link

    def description(self, obj: FeedContent) -> str:
        return xml_safe(obj.description)

    def subtitle(self, obj: FeedContent) -> str:
        return xml_safe(obj.description)

    def feed_url(self, obj: FeedContent) -> str:
        return obj.self_url

    def items(self, obj: FeedContent) -> list[SpeechRecord]:
        return obj.records

    def item_title(self, item: SpeechRecord) -> str:
        return item.title

    def item_description(self, item: SpeechRecord) -> str:
        facts = [item.speaker or item.organization, item.date_text, item.occasion]
        head = " · ".join(f for f in facts if f)
        return f"{head}\n{item.summary}" if head else item.summary

    def item_link(self, item: SpeechRecord) -> str:
        return item.url

    def item_guid(self, item: SpeechRecord) -> str:
        return item.url

    def item_author_name(self, item: SpeechRecord) -> str | None:
        return item.author

    def item_pubdate(self, item: SpeechRecord) -> dt.datetime | None:
        """The speech's own date where known to the day (the date a reader cares about);
        Atom needs a full timestamp, so a year or a month is never padded out to one."""
        exact = item.date is not None and item.date_precision == "day"
        return _as_datetime(item.date) if exact else item.created

    def item_updateddate(self, item: SpeechRecord) -> dt.datetime | None:
        return item.updated

    def item_categories(self, item: SpeechRecord) -> list[str]:
        return item.campaigns


class LatestFeed(SpeechFeed):
    def content(self, request: HttpRequest, **kwargs) -> FeedContent:
        return FeedContent(
            title=f"{ARCHIVE_NAME}：最新讲话",
            link=reverse("speeches:home"),
            description="新收录的党建讲话",
            self_url=request.get_full_path(),
            records=records_of(request, newest_added(Speech.objects)),
        )


class CampaignFeed(SpeechFeed):
    def content(self, request: HttpRequest, slug: str = "", **kwargs) -> FeedContent:
        campaign = get_object_or_404(Campaign, slug=slug)
        return FeedContent(
            title=f"{ARCHIVE_NAME}：{campaign.name}",
            link=campaign.get_absolute_url(),
            description=f"“{campaign.name}”新收录的讲话",
            self_url=request.get_full_path(),
            records=records_of(request, newest_added(Speech.objects.filter(campaigns=campaign))),
        )


class SpeakerFeed(SpeechFeed):
    def content(self, request: HttpRequest, pk: int = 0, **kwargs) -> FeedContent:
        speaker = get_object_or_404(Speaker, pk=pk)
        speeches = Speech.objects.filter(speaker=speaker)
        if not speeches.published().exists():  # as the speaker page: drafts name no one
            raise Http404("no published speech of this speaker")
        return FeedContent(
            title=f"{ARCHIVE_NAME}：{speaker.name}的讲话",
            link=speaker.get_absolute_url(),
            description=f"{speaker.name}新收录的讲话",
            self_url=request.get_full_path(),
            records=records_of(request, newest_added(speeches)),
        )


class LevelFeed(SpeechFeed):
    def content(self, request: HttpRequest, level: str = "", **kwargs) -> FeedContent:
        if level not in Level.values:
            raise Http404("no such level")
        label = Level(level).label
        return FeedContent(
            title=f"{ARCHIVE_NAME}：{label}层级",
            link=reverse("speeches:level", args=[level]),
            description=f"{label}层级新收录的讲话",
            self_url=request.get_full_path(),
            records=records_of(request, newest_added(Speech.objects.filter(level=level))),
        )


class SearchFeed(SpeechFeed):
    """A saved search: the first page of the search, newest first. Bad parameters raise
    ``BadParameter`` (the view answers 400)."""

    def content(self, request: HttpRequest, **kwargs) -> FeedContent:
        params, speeches = first_page_newest(request)
        query = request.GET.copy()
        query["sort"] = "-date"
        query.pop("page", None)
        label = params.q.strip() or "筛选"
        return FeedContent(
            title=f"{ARCHIVE_NAME}：检索“{label}”",
            link=reverse("speeches:search") + "?" + query.urlencode(),
            description=f"检索“{label}”的最新结果（按讲话日期，新的在前）",
            self_url=request.get_full_path(),
            records=records_of(request, speeches),
        )
