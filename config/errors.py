"""The 500 page with the request's id, so that a user's report can be matched to its log line."""

from django.http import HttpResponseServerError
from django.template import loader


def server_error(request):
    # No request context: context processors may need the database, which may be what failed.
    template = loader.get_template("500.html")
    page = template.render({"request_id": getattr(request, "request_id", "")})
    return HttpResponseServerError(page)
