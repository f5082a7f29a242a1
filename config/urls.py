"""The site's URLs: public article pages, learners under /learn/, teachers under /teach/."""

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic.base import RedirectView

from learning.urls import learn_urlpatterns, teach_urlpatterns
from learning.views.accounts import home, sign_up


def healthz(request: HttpRequest) -> HttpResponse:
    """For a load balancer's health check (and the load benchmark's hello-world baseline):
    the process answers; no database, no template."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("healthz/", healthz, name="healthz"),
    # browsers ask for /favicon.ico whatever the page links: send them to the static icon
    path("favicon.ico", RedirectView.as_view(url=static("learning/favicon.ico"), permanent=True)),
    path("", include("exercises.urls")),
    path("learn/", include((learn_urlpatterns, "learning"))),
    path("teach/", include((teach_urlpatterns, "teach"))),
    path("home/", home, name="home"),
    path("accounts/signup/", sign_up, name="signup"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

handler500 = "config.errors.server_error"
