from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, re_path

from interop import feeds, views
from interop.sitemaps import SITEMAPS

app_name = "interop"

FMT = r"(?P<fmt>atom|rss)"

urlpatterns = [
    path("oai", views.oai, name="oai"),
    # A sitemap index: each section is split into files of Sitemap.limit URLs, so an archive
    # of any size stays within the protocol's 50,000 URLs per file.
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "interop:sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
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
