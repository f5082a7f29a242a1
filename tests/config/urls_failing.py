"""The site's URLs plus one view that fails, to see the 500 page and its log line."""

from django.urls import path

from config.urls import handler500  # noqa: F401  (the site's 500 page)
from config.urls import urlpatterns as site


def failing(request):
    raise RuntimeError("a failure made on purpose by a test")


urlpatterns = [*site, path("failing/", failing)]
