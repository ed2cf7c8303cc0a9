from django.contrib.sitemaps.views import sitemap
from django.urls import path, re_path

from interop import feeds, views
from interop.sitemaps import SITEMAPS

app_name = "interop"

FMT = r"(?P<fmt>atom|rss)"

urlpatterns = [
    path("oai", views.oai, name="oai"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    re_path(rf"^feeds/latest\.{FMT}$", views.feed_view(feeds.LatestFeed), name="feed-latest"),
    re_path(
        rf"^feeds/campaigns/(?P<slug>[-a-zA-Z0-9_]+)\.{FMT}$",
        views.feed_view(feeds.CampaignFeed),
        name="feed-campaign",
    ),
    re_path(
        rf"^feeds/speakers/(?P<pk>[0-9]+)\.{FMT}$",
        views.feed_view(feeds.SpeakerFeed),
        name="feed-speaker",
    ),
    re_path(
        rf"^feeds/levels/(?P<level>[^/.]+)\.{FMT}$",
        views.feed_view(feeds.LevelFeed),
        name="feed-level",
    ),
    re_path(rf"^feeds/search\.{FMT}$", views.feed_view(feeds.SearchFeed), name="feed-search"),
    re_path(
        r"^speeches/(?P<pk>[0-9]+)/citation\.(?P<fmt>bibtex|ris|csl)$",
        views.speech_citation,
        name="citation",
    ),
    re_path(r"^search/export\.(?P<fmt>bibtex|ris)$", views.search_export, name="search-export"),
]
