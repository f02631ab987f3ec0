from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers


def pages_not_stored(get_response):
    """A signed-in user's pages are never kept by the browser (`Cache-Control: private, no-store`): Back after
    tagging or rating a candidate must show the tags and rating as they are now, not a stored copy, and what a
    recruiter saw stays off shared disks. Static files and file downloads set their own headers."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        html = response.get("Content-Type", "").startswith("text/html")
        if html and request.user.is_authenticated and not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response

    return middleware
