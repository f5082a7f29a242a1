from django.urls import include, path

from learning.views.accounts import home

urlpatterns = [
    path("", include("exercises.urls")),
    path("", include("learning.app_urls")),
    path("home/", home, name="home"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
]
