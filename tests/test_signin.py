"""Sign-in is rate-limited against password guessing (django-axes), with an unlock an admin can run."""

from io import StringIO

from django.core.management import call_command

from .browser.conftest import PASSWORD


def sign_in(client, password: str):
    return client.post("/accounts/login/", {"username": "rita", "password": password})


def test_five_wrong_passwords_lock_the_account_out_even_with_the_right_one_then_an_admin_unlocks_it(client, recruiter):
    for _ in range(4):
        assert sign_in(client, "guess").status_code == 200  # the form again, with its error
    assert sign_in(client, "guess").status_code == 429  # the fifth locks the account out
    locked = sign_in(client, PASSWORD)
    assert locked.status_code == 429 and "_auth_user_id" not in client.session
    call_command("axes_reset_username", "rita", stdout=StringIO())
    assert sign_in(client, PASSWORD).status_code == 302 and "_auth_user_id" in client.session


def test_a_right_password_after_a_few_wrong_ones_signs_in_and_forgets_them(client, recruiter):
    for _ in range(3):
        sign_in(client, "guess")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(3):
        sign_in(client, "guess")
    assert sign_in(client, PASSWORD).status_code == 302  # the count started again after the success
