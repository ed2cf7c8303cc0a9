"""Browsing pages: home, campaigns, speakers, levels, years. Thin: query, paginate, render."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Max, Min, Q
from django.db.models.functions import ExtractYear
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import gettext as _

from speeches import archive_version, search
from speeches.models import Campaign, Level, Speaker, Speech

PAGE_SIZE = 20


def _published() -> Speech.objects.__class__:
    return Speech.objects.published()


def _page(request: HttpRequest, queryset, per_page: int = PAGE_SIZE):
    """Paginate; a bad ?page= falls back to the nearest valid page instead of a 404."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def _listing(request: HttpRequest, template: str, speeches, **context) -> HttpResponse:
    """A paginated list of speeches sorted by date (?sort=date|-date), with its total."""
    sort = request.GET.get("sort", "-date")
    if sort not in {"date", "-date"}:
        sort = "-date"
    ordered = speeches.for_listing().by_date(descending=sort == "-date")
    context.update(page_obj=_page(request, ordered), sort=sort, count=speeches.count())
    return render(request, template, context)


def year_counts(queryset) -> list[dict]:
    """[{'year': 2012, 'count': 3}, ...] for speeches with a known date, newest first."""
    return list(
        queryset.exclude(date__isnull=True)
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(count=Count("id"))
        .order_by("-year")
    )


def _campaigns_with_counts():
    published = Q(speeches__is_published=True)
    return Campaign.objects.annotate(
        speech_count=Count("speeches", filter=published, distinct=True),
        first_date=Min("speeches__date", filter=published),
        last_date=Max("speeches__date", filter=published),
    )


def _home_data() -> dict:
    speeches = _published()
    return {
        "speech_count": speeches.count(),
        "speaker_count": Speaker.objects.filter(speeches__is_published=True).distinct().count(),
        "campaigns": list(_campaigns_with_counts().order_by("-speech_count", "start_date")),
        "latest": list(speeches.for_listing().by_date()[:10]),
        "recently_added": list(speeches.for_listing().order_by("-created", "-id")[:5]),
        "years": year_counts(speeches),
        "level_counts": _level_count_map(),
    }


def home(request: HttpRequest) -> HttpResponse:
    # Archive-wide counts scan every speech row (0.3-0.5 s at 10k): computed once per change.
    context = dict(archive_version.cached("home", _home_data))
    context["levels"] = _level_rows(context.pop("level_counts"))
    return render(request, "speeches/home.html", context)


def campaign_list(request: HttpRequest) -> HttpResponse:
    campaigns = archive_version.cached(
        "campaigns", lambda: list(_campaigns_with_counts().order_by("start_date", "name"))
    )
    return render(request, "speeches/campaign_list.html", {"campaigns": campaigns})


def campaign_detail(request: HttpRequest, slug: str) -> HttpResponse:
    campaign = get_object_or_404(Campaign, slug=slug)
    speeches = _published().filter(campaigns=campaign)
    return _listing(
        request,
        "speeches/campaign_detail.html",
        speeches,
        campaign=campaign,
        years=year_counts(speeches),
        mentions=_mentions(campaign),
    )


def _mentions(campaign: Campaign) -> dict:
    """How many speeches mention the campaign by name (an exact search), with its link."""

    names = [n for n in dict.fromkeys((campaign.name, campaign.short_name)) if n]
    q = " OR ".join(f"“{n}”" for n in names)
    url = reverse("speeches:search") + "?" + urlencode({"q": q})
    return {"count": len(search.match_set(q).ids), "url": url, "query": q}


def speaker_list(request: HttpRequest) -> HttpResponse:
    speakers = archive_version.cached(
        "speakers",
        lambda: list(
            Speaker.objects.annotate(
                speech_count=Count("speeches", filter=Q(speeches__is_published=True))
            )
            .filter(speech_count__gt=0)
            .order_by("-speech_count", "name")
        ),
    )
    return render(request, "speeches/speaker_list.html", {"page_obj": _page(request, speakers, 50)})


def speaker_detail(request: HttpRequest, pk: int) -> HttpResponse:
    speaker = get_object_or_404(Speaker, pk=pk)
    speeches = _published().filter(speaker=speaker)
    if not speeches.exists():  # only unpublished speeches: the speaker is not public either
        raise Http404(_("没有这位讲话人的公开讲话"))
    return _listing(request, "speeches/speaker_detail.html", speeches, speaker=speaker)


def _level_count_map() -> dict[str, int]:
    return dict(
        _published().exclude(level="").values_list("level").annotate(n=Count("id")).order_by()
    )


def _level_rows(counts: dict[str, int]) -> list[dict]:
    return [
        {"value": value, "label": label, "count": counts.get(value, 0)}
        for value, label in Level.choices
    ]


def _level_counts() -> list[dict]:
    return _level_rows(archive_version.cached("levels", _level_count_map))


def level_list(request: HttpRequest) -> HttpResponse:
    return render(request, "speeches/level_list.html", {"levels": _level_counts()})


def level_detail(request: HttpRequest, level: str) -> HttpResponse:
    if level not in Level.values:
        raise Http404(_("没有这个层级"))
    speeches = _published().filter(level=level)
    return _listing(
        request,
        "speeches/level_detail.html",
        speeches,
        level=level,
        level_label=Level(level).label,
    )


def year_list(request: HttpRequest) -> HttpResponse:
    speeches = _published()
    context = archive_version.cached(
        "years",
        lambda: {
            "years": year_counts(speeches),
            "undated": speeches.filter(date__isnull=True).count(),
        },
    )
    return render(request, "speeches/year_list.html", context)


def year_detail(request: HttpRequest, year: int) -> HttpResponse:
    if not 1 <= year <= 9999:  # beyond what a date can hold
        raise Http404
    speeches = _published().filter(date__year=year)
    return _listing(request, "speeches/year_detail.html", speeches, year=year)


def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers and feed readers ask for /favicon.ico whatever the page links: the icon."""
    return redirect(static("favicon.svg"), permanent=True)
