from django.urls import path

from reuse import draft_views, views

app_name = "reuse"

urlpatterns = [
    path("compare/", views.compare_pick, name="compare-pick"),
    path("compare/<int:a>/<int:b>/", views.compare_page, name="compare"),
    path("reuse/", views.widespread, name="widespread"),
    path("api/speeches/<int:pk>/reuse", views.api_reuse, name="api-reuse"),
    path("api/compare", views.api_compare, name="api-compare"),
    path("check/", draft_views.check_page, name="check"),
    path("api/check", draft_views.api_check, name="api-check"),
]
