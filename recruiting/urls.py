from django.contrib import admin
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import URLResolver, include, path, reverse_lazy
from django.views.decorators.http import require_safe


def _to_admin_sign_in(patterns: list) -> list:
    """Send whoever is not signed in at any admin page to the admin's own sign-in, as Django does for the admin
    site's pages but not for each model's (LoginRequiredMiddleware reads the view's `login_url`)."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            _to_admin_sign_in(pattern.url_patterns)
        elif getattr(pattern.callback, "login_url", None) is None:
            view = getattr(pattern.callback, "__func__", pattern.callback)  # a bound method takes no attribute
            view.login_url = reverse_lazy("admin:login")
    return patterns


admin_patterns, admin_app, admin_namespace = admin.site.urls


@login_not_required
@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico where a page names no icon (a PDF opened on its own): the site's icon, to
    anyone, rather than a sign-in page. Not a permanent redirect, so that a new icon (a new hashed name) is found."""
    return redirect(static("favicon.svg"))


urlpatterns = [
    path("admin/", (_to_admin_sign_in(admin_patterns), admin_app, admin_namespace)),
    path("accounts/", include("django.contrib.auth.urls")),
    path("favicon.ico", favicon, name="favicon"),
    path("", include("candidates.urls")),
]
