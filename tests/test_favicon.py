"""The site's icon: every page names it, it is served, and /favicon.ico (which browsers ask for where a page names
no icon) leads to it without signing in, rather than to the sign-in page."""

from urllib.request import urlopen

import pytest
from django.contrib.staticfiles import finders
from django.templatetags.static import static
from django.urls import reverse

pytestmark = pytest.mark.django_db

ICON = static("favicon.svg")


def test_pages_name_the_icon(client, recruiter_client):
    link = f'<link rel="icon" href="{ICON}" type="image/svg+xml">'
    assert link in client.get(reverse("login")).content.decode()
    assert link in recruiter_client.get(reverse("candidates:list")).content.decode()


def test_the_icon_is_an_svg_in_the_static_files():
    path = finders.find("favicon.svg")
    assert path is not None
    with open(path, encoding="utf-8") as icon:
        assert icon.read().startswith('<svg xmlns="http://www.w3.org/2000/svg"')


def test_favicon_ico_leads_to_the_icon_without_signing_in(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == ICON


def test_the_icon_is_served_at_the_address_it_leads_to(live_server):
    with urlopen(f"{live_server.url}/favicon.ico") as response:  # follows the redirect, as a browser does
        assert response.status == 200
        assert response.url == f"{live_server.url}{ICON}"
        assert response.headers["Content-Type"] == "image/svg+xml"
        assert b"#2457c5" in response.read()  # the site's accent colour
