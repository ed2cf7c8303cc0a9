from django.urls import path

from speeches.views import api, browse, discourse, errors, research, search, speech

app_name = "speeches"

urlpatterns = [
    path("", browse.home, name="home"),
    path("campaigns/", browse.campaign_list, name="campaigns"),
    path("campaigns/<slug:slug>/", browse.campaign_detail, name="campaign"),
    path("speakers/", browse.speaker_list, name="speakers"),
    path("speakers/<int:pk>/", browse.speaker_detail, name="speaker"),
    path("levels/", browse.level_list, name="levels"),
    path("levels/<str:level>/", browse.level_detail, name="level"),
    path("years/", browse.year_list, name="years"),
    path("years/<int:year>/", browse.year_detail, name="year"),
    path("speeches/<int:pk>/", speech.speech_detail, name="speech"),
    path("speeches/<int:pk>.txt", speech.speech_text, name="speech-txt"),
    path("search/", search.search_page, name="search"),
    path("api/", api.docs_page, name="api-docs"),
    path("api/schema", api.schema, name="api-schema"),
    path("api/speeches", api.speech_list, name="api-speeches"),
    path("api/speeches/<int:pk>", api.speech_detail, name="api-speech"),
    path("api/speakers", api.speaker_list, name="api-speakers"),
    path("api/search", search.api_search, name="api-search"),
    path("api/concordance", research.api_concordance, name="api-concordance"),
    path("api/trends", research.api_trends, name="api-trends"),
    path("trends/", research.trends_page, name="trends"),
    path("api/keyness", discourse.api_keyness, name="api-keyness"),
    path("api/collocations", discourse.api_collocations, name="api-collocations"),
    path("api/formulations", discourse.api_formulations, name="api-formulations"),
    path("keyness/", discourse.keyness_page, name="keyness"),
    path("collocations/", discourse.collocations_page, name="collocations"),
    path("formulations/", discourse.formulations_page, name="formulations"),
    path("healthz", errors.healthz, name="healthz"),
    path("favicon.ico", browse.favicon, name="favicon"),
]
