import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def recruiter(db):
    return get_user_model().objects.create_user("rita", password="secret-pass-1")


@pytest.fixture
def other_recruiter(db):
    return get_user_model().objects.create_user("omar", password="secret-pass-2")


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("ada", password="secret-pass-3")


@pytest.fixture
def recruiter_client(client, recruiter):
    client.force_login(recruiter)
    return client
