from django.contrib import admin
from django.urls import URLResolver, include, path, reverse_lazy


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

urlpatterns = [
    path("admin/", (_to_admin_sign_in(admin_patterns), admin_app, admin_namespace)),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("candidates.urls")),
]
