from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("interop.urls")),
    path("", include("reuse.urls")),
    path("", include("speeches.urls")),
]

handler404 = "speeches.views.errors.not_found"
handler500 = "speeches.views.errors.server_error"
