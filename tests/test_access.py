"""Access control, walked: every URL of the URLconf (the admin's included) is asked by an anonymous visitor, a
recruiter and a staff user, by GET and by POST, with real objects, with someone else's and with none at all.

The expectations are one table, `EXPECTED`, keyed by URL name (`namespace:name`; a pattern without a name by its
route in brackets). A URL added to the URLconf without a row here fails `test_every_url_has_an_expectation`, so no
page goes out unexamined.

Public, without signing in: the sign-in pages (`accounts/login/`, `admin/login/`) and the password-reset pages
(`password_reset`, its "done" page, the link from the e-mail and the "complete" page): none of them shows data.
Everything else, signing out and changing one's password included, sends an anonymous visitor to sign in: to the
dashboard's sign-in page for the dashboard and the account pages, to the admin's for the admin.

Recruiters use the whole dashboard and none of the admin; only staff erase a candidate; only a note's author
changes or deletes it; a row of one candidate asked for under another candidate's URL is not found. Candidates,
resumes, shortlists, tags, flags and merges are the team's: a recruiter may act on those another one made.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import AbstractBaseUser, Group
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.http import HttpResponse
from django.templatetags.static import static
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from candidates import bulk, services
from candidates.saved_searches import saved_search_create
from candidates.models import (
    BulkAction,
    Candidate,
    DuplicatePair,
    Erasure,
    Merge,
    Note,
    Rating,
    Resume,
    SavedSearch,
    Shortlist,
    ShortlistEntry,
    Skill,
    Tag,
    UploadRejection,
)
from tests.builders import make_candidate, make_pdf, make_resume

pytestmark = pytest.mark.django_db

NOWHERE = 999_999  # a primary key no object has
ANONYMOUS, RECRUITER, STAFF = "anonymous", "recruiter", "staff"
METHODS = ("GET", "POST")


@dataclass
class World:
    """What the URLs are asked about: Ana's record with every kind of row and annotation, and the team's things."""

    recruiter: AbstractBaseUser
    other: AbstractBaseUser
    staff: AbstractBaseUser
    ana: Candidate
    bo: Candidate  # another record: Ana's rows asked for under Bo's URLs are not found
    twin: Candidate  # flagged as probably Ana
    survivor: Candidate  # of a merge
    resume: Resume  # Ana's, parsed, uploaded by the recruiter
    my_failure: Resume  # a file the recruiter uploaded that could not be read
    their_resume: Resume  # Bo's, failed, uploaded by the other recruiter
    my_note: Note
    their_note: Note
    tag: Tag
    skill: Skill
    rating: Rating
    shortlist: Shortlist
    entry: ShortlistEntry
    pair: DuplicatePair
    merge: Merge
    erasure: Erasure
    rows: dict
    sign_ins: dict  # django-axes' records of sign-in attempts, by model name
    my_search: SavedSearch  # the recruiter's, private
    their_search: SavedSearch  # the other recruiter's, private
    shared_search: SavedSearch  # the other recruiter's, shared with the team
    my_action: BulkAction  # the recruiter's, undoable


# Shown on pages about them; an anonymous visitor must never read any of it.
PRIVATE = ["Ana Alpha", "Bo Beta", "ana@example.com", "Strong papers", "Met at a fair"]
ROWS = {"education": {"institution": "Stanford University", "degree": "M.S."},
        "experience": {"organization": "Acme Vision", "title": "Research Intern"},
        "publications": {"title": "Sparse Attention for Tracking"},
        "awards": {"title": "Best Paper Award"}}
ROW_FORMS = {"education": {"institution": "ETH Zurich", "degree": "Ph.D."},
             "experience": {"organization": "Lab", "title": "Researcher"},
             "publications": {"title": "Dense Attention", "status": "published"},
             "awards": {"title": "Fellowship"}}


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    """The named users are made with passwords; nothing here signs in with one, so hash them cheaply."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(recruiter, other_recruiter, admin_user) -> World:
    ana = make_candidate(name="Ana Alpha", emails=["ana@example.com"])
    bo = make_candidate(name="Bo Beta", emails=["bo@example.com"])
    twin = make_candidate(name="Ana Alpha", emails=["ana.alpha@corp.example"])
    rows = {}
    for section, model in services.SECTIONS.items():
        rows[section] = model.objects.create(candidate=ana, position=0, **ROWS[section])
        deleted = model.objects.create(candidate=ana, position=1, **ROWS[section])
        services.row_delete(candidate=ana, section=section, user=recruiter, row=deleted)  # index 0, to restore
    skill = Skill.objects.create(name="pytorch")
    ana.skills.add(skill)
    resume = make_resume(candidate=ana, uploaded_by=recruiter, status=Resume.Status.PARSED, quality_score=0.5,
                         original_name="ana.pdf")
    their_resume = make_resume(content=make_pdf([("Bo Beta", 20, "Helvetica-Bold")]), candidate=bo,
                               uploaded_by=other_recruiter, status=Resume.Status.FAILED, original_name="bo.pdf")
    my_failure = make_resume(content=b"%PDF broken", uploaded_by=recruiter, status=Resume.Status.FAILED,
                             original_name="broken.pdf")
    services.candidate_summarize(candidate=ana)  # a doubtful parse: the review queue shows Ana
    services.rating_set(candidate=ana, recruiter=recruiter, stars=4)
    shortlist = services.shortlist_create(name="Vision", created_by=other_recruiter)
    services.shortlist_add(shortlist=shortlist, candidates=[ana], added_by=other_recruiter)
    survivor = make_candidate(name="Sam Survivor")
    merge = services.candidates_merge(survivor=survivor, absorbed=make_candidate(name="Sam S."), user=recruiter)
    erasure = services.candidate_erase(candidate=make_candidate(name="Gone"), user=admin_user,
                                       reason=Erasure.Reason.REQUEST)
    return World(
        recruiter=recruiter, other=other_recruiter, staff=admin_user, ana=ana, bo=bo, twin=twin, survivor=survivor,
        resume=resume, my_failure=my_failure, their_resume=their_resume,
        my_note=services.note_create(candidate=ana, author=recruiter, body="Strong papers."),
        their_note=services.note_create(candidate=ana, author=other_recruiter, body="Met at a fair."),
        tag=services.tag_add(candidate=ana, name="strong"), skill=skill,
        rating=Rating.objects.get(candidate=ana, recruiter=recruiter),
        shortlist=shortlist, entry=shortlist.entries.get(),
        pair=DuplicatePair.objects.create(first=ana, second=twin, reasons=["the same name and school"]),
        merge=merge, erasure=erasure, rows=rows, sign_ins=sign_in_records(),
        my_search=saved_search_create(owner=recruiter, name="Mine", query="venue=ICCV", shared=False, alert=True),
        their_search=saved_search_create(owner=other_recruiter, name="Theirs", query="", shared=False, alert=False),
        shared_search=saved_search_create(owner=other_recruiter, name="Ours", query="q=vision", shared=True,
                                          alert=False),
        my_action=bulk.tag_many(user=recruiter, ids=[ana.pk], name="bulk-tagged"),
    )


def sign_in_records() -> dict:
    seen = {"username": "rita", "ip_address": "10.0.0.7", "user_agent": "Firefox", "http_accept": "text/html",
            "path_info": "/accounts/login/"}
    return {"accessattempt": AccessAttempt.objects.create(**seen, get_data="", post_data="username=rita",
                                                          failures_since_start=2),
            "accesslog": AccessLog.objects.create(**seen),
            "accessfailurelog": AccessFailureLog.objects.create(**seen)}


# ---- answers


@dataclass(frozen=True)
class Answer:
    status: int
    to: Callable[[World, str], str] | None = None  # the Location a redirect names, from the world and the URL asked
    prefix: bool = False  # the Location only starts so (a new object's id follows)
    says: str = ""

    def __str__(self) -> str:
        return self.says or str(self.status)


OK = Answer(200)
FORBIDDEN = Answer(403)
MISSING = Answer(404)
NOT_ALLOWED = Answer(405)
SIGN_IN = Answer(302, lambda w, url: redirect_to_login(url, reverse("login"))["Location"], says="302 to sign-in")
ADMIN_SIGN_IN = Answer(302, lambda w, url: redirect_to_login(url, reverse("admin:login"))["Location"],
                       says="302 to admin sign-in")


# Issue 9: an anonymous visitor at an admin URL is sent to the admin's own sign-in page.
ANONYMOUS_AT_ADMIN = (ADMIN_SIGN_IN, ADMIN_SIGN_IN)


def goes(where: Callable[[World], str], *, prefix: bool = False) -> Answer:
    return Answer(302, lambda w, url: where(w), prefix=prefix, says="302 to a page")


# ---- one way of asking a URL


def no_args(w: World) -> list:
    return []


def no_data(w: World) -> dict:
    return {}


@dataclass(frozen=True)
class Case:
    """A URL's arguments, what a POST sends, and what each role gets, as (GET, POST)."""

    args: Callable[[World], list | dict] = no_args
    recruiter: tuple[Answer, Answer] = (OK, NOT_ALLOWED)
    staff: tuple[Answer, Answer] | None = None  # None: as the recruiter
    anonymous: tuple[Answer, Answer] = (SIGN_IN, SIGN_IN)
    data: Callable[[World], dict] = no_data
    label: str = "own"
    path: Callable[[World], str] | None = None  # for a pattern without a name, which reverse() cannot build
    query: str = ""

    def url(self, name: str, w: World) -> str:
        if self.path is not None:
            url = self.path(w)
        else:
            args = self.args(w)
            url = reverse(name, kwargs=args) if isinstance(args, dict) else reverse(name, args=args)
        return f"{url}?{self.query}" if self.query else url

    def expected(self, role: str, method: str) -> Answer:
        answers = {ANONYMOUS: self.anonymous, RECRUITER: self.recruiter, STAFF: self.staff or self.recruiter}[role]
        return answers[METHODS.index(method)]


def page(args=no_args, *, post: Answer = NOT_ALLOWED, data=no_data, label: str = "own") -> Case:
    """A page a signed-in user reads (a POST is refused unless said)."""
    return Case(args=args, recruiter=(OK, post), data=data, label=label)


def action(args, to: Callable[[World], str], data=no_data, *, label: str = "own") -> Case:
    """A change a signed-in user POSTs, then is sent back to a page; GET is refused."""
    return Case(args=args, recruiter=(NOT_ALLOWED, goes(to)), data=data, label=label)


def missing_page(args) -> Case:
    return Case(args=args, recruiter=(MISSING, NOT_ALLOWED), label="no such object")


def missing_action(args, data=no_data) -> Case:
    return Case(args=args, recruiter=(NOT_ALLOWED, MISSING), data=data, label="no such object")


def admin(args=no_args, staff: tuple[Answer, Answer] = (OK, OK), **kwargs) -> Case:
    """An admin page: staff only; anyone else is sent to the admin's sign-in page."""
    return Case(args=args, recruiter=(ADMIN_SIGN_IN, ADMIN_SIGN_IN), staff=staff, anonymous=ANONYMOUS_AT_ADMIN,
                **kwargs)


def ana(w: World) -> list:
    return [w.ana.pk]


def nowhere(w: World) -> list:
    return [NOWHERE]


def ana_page(w: World) -> str:
    return w.ana.get_absolute_url()


def upload_page(w: World) -> str:
    return reverse("candidates:upload")


def shortlist_page(w: World) -> str:
    return w.shortlist.get_absolute_url()


def saved_searches_page(w: World) -> str:
    return reverse("candidates:saved_search_list")


TEAMS = "the team's, made by another recruiter"


def row_cases(section: str) -> dict[str, list[Case]]:
    """Ana's rows of a section: added, corrected, deleted and restored under her URL; not found under Bo's."""
    row = lambda w: w.rows[section].pk  # noqa: E731
    data = lambda w: ROW_FORMS[section]  # noqa: E731
    back = lambda w: f"{w.ana.get_absolute_url()}#{section}"  # noqa: E731
    elsewhere = "Ana's row under Bo's URL"
    return {
        "row_add": [action(lambda w: [w.ana.pk, section], back, data, label=section),
                    missing_action(lambda w: [NOWHERE, section], data)],
        "row_edit": [action(lambda w: [w.ana.pk, section, row(w)], back, data, label=section),
                     Case(lambda w: [w.bo.pk, section, row(w)], (NOT_ALLOWED, MISSING), data=data, label=elsewhere),
                     missing_action(lambda w: [w.ana.pk, section, NOWHERE], data)],
        "row_delete": [action(lambda w: [w.ana.pk, section, row(w)], back, label=section),
                       Case(lambda w: [w.bo.pk, section, row(w)], (NOT_ALLOWED, MISSING), label=elsewhere),
                       missing_action(lambda w: [w.ana.pk, section, NOWHERE])],
        "row_restore": [action(lambda w: [w.ana.pk, section, 0], back, label=section),
                        Case(lambda w: [w.bo.pk, section, 0], (NOT_ALLOWED, MISSING), label="none deleted under Bo"),
                        missing_action(lambda w: [w.ana.pk, section, 5])],
    }


def rows_table() -> dict[str, list[Case]]:
    table: dict[str, list[Case]] = {}
    for section in services.SECTIONS:
        for name, cases in row_cases(section).items():
            table.setdefault(f"candidates:{name}", []).extend(cases)
    return table


def upload_data(w: World) -> dict:
    return {"files": [SimpleUploadedFile("new.pdf", make_pdf([("New Person", 20, "Helvetica")]), "application/pdf")]}


def note_cases(body: dict) -> list[Case]:
    """Only a note's author changes it: staff included, nobody else."""
    return [
        Case(lambda w: [w.my_note.pk], (NOT_ALLOWED, goes(ana_page)), staff=(NOT_ALLOWED, FORBIDDEN),
             data=lambda w: body, label="the recruiter's own note"),
        Case(lambda w: [w.their_note.pk], (NOT_ALLOWED, FORBIDDEN), data=lambda w: body,
             label="another recruiter's note"),
        missing_action(nowhere, lambda w: body),
    ]


DASHBOARD: dict[str, list[Case]] = {
    "candidates:list": [page()],
    "candidates:export": [page()],
    "candidates:detail": [page(ana), missing_page(nowhere)],
    "candidates:note_create": [action(ana, ana_page, lambda w: {"body": "Checked."}), missing_action(nowhere)],
    "candidates:note_update": note_cases({"body": "Edited."}),
    "candidates:note_delete": note_cases({}),
    "candidates:tag_add": [action(ana, ana_page, lambda w: {"name": "shortlisted"}), missing_action(nowhere)],
    "candidates:tag_remove": [action(lambda w: [w.ana.pk, w.tag.pk], ana_page),
                              missing_action(lambda w: [w.ana.pk, NOWHERE])],
    "candidates:rating_set": [action(ana, ana_page, lambda w: {"stars": "5"}), missing_action(nowhere)],
    "candidates:shortlist_list": [page(post=goes(lambda w: "/shortlists/", prefix=True),
                                       data=lambda w: {"name": "Robotics"})],
    "candidates:shortlist_add": [action(no_args, lambda w: reverse("candidates:list"),
                                        lambda w: {"candidates": [w.ana.pk], "shortlist": w.shortlist.pk},
                                        label=TEAMS)],
    "candidates:shortlist_detail": [page(lambda w: [w.shortlist.pk], label=TEAMS), missing_page(nowhere)],
    "candidates:shortlist_rename": [action(lambda w: [w.shortlist.pk], shortlist_page, lambda w: {"name": "Renamed"},
                                           label=TEAMS),
                                    missing_action(nowhere)],
    "candidates:shortlist_delete": [action(lambda w: [w.shortlist.pk], lambda w: reverse("candidates:shortlist_list"),
                                           label=TEAMS),
                                    missing_action(nowhere)],
    "candidates:shortlist_export": [page(lambda w: [w.shortlist.pk], label=TEAMS), missing_page(nowhere)],
    "candidates:shortlist_remove": [action(lambda w: [w.shortlist.pk, w.ana.pk], ana_page, label=TEAMS),
                                    missing_action(lambda w: [w.shortlist.pk, NOWHERE])],
    "candidates:shortlist_entry_update": [action(lambda w: [w.entry.pk], shortlist_page,
                                                 lambda w: {"stage": "contacted", "note": "Called."}, label=TEAMS),
                                          missing_action(nowhere)],
    "candidates:charts": [page()],
    "candidates:triage": [page(), Case(label="deep in a search", query="q=Ana&at=3")],
    "candidates:compare": [page(), Case(label="two candidates", query="candidates=1&candidates=2")],
    "candidates:bulk": [action(no_args, lambda w: reverse("candidates:list"),
                               lambda w: {"action": "tag", "tag": "x", "scope": "selected", "candidates": [w.bo.pk],
                                          "confirm": "1"}, label=TEAMS)],
    # an action is undone by the one who did it only
    "candidates:bulk_undo": [Case(lambda w: [w.my_action.pk], (NOT_ALLOWED, goes(lambda w: reverse("candidates:list"))),
                                  staff=(NOT_ALLOWED, MISSING)),
                             missing_action(nowhere)],
    "candidates:saved_search_list": [page()],
    "candidates:saved_search_create": [action(no_args, lambda w: "/?venue=CVPR",
                                              lambda w: {"name": "New", "query": "venue=CVPR"})],
    # a private search is its owner's alone; a shared one the team opens, and only its owner changes
    "candidates:saved_search_open": [
        Case(lambda w: [w.my_search.pk], (goes(lambda w: "/?venue=ICCV"), NOT_ALLOWED), staff=(MISSING, NOT_ALLOWED)),
        Case(lambda w: [w.their_search.pk], (MISSING, NOT_ALLOWED), label="another recruiter's private search"),
        Case(lambda w: [w.shared_search.pk], (goes(lambda w: "/?q=vision"), NOT_ALLOWED), label=TEAMS),
        missing_page(nowhere)],
    "candidates:saved_search_update": [
        Case(lambda w: [w.my_search.pk], (NOT_ALLOWED, goes(saved_searches_page)), staff=(NOT_ALLOWED, MISSING),
             data=lambda w: {"name": "Renamed"}),
        Case(lambda w: [w.shared_search.pk], (NOT_ALLOWED, MISSING), data=lambda w: {"name": "Renamed"},
             label="another recruiter's shared search"),
        missing_action(nowhere, lambda w: {"name": "Renamed"})],
    "candidates:saved_search_delete": [
        Case(lambda w: [w.my_search.pk], (NOT_ALLOWED, goes(saved_searches_page)), staff=(NOT_ALLOWED, MISSING)),
        Case(lambda w: [w.shared_search.pk], (NOT_ALLOWED, MISSING), label="another recruiter's shared search"),
        missing_action(nowhere)],
    "candidates:upload": [page(post=goes(upload_page), data=upload_data)],
    "candidates:resume_file": [page(lambda w: [w.resume.pk]),
                               Case(lambda w: [w.their_resume.pk], label="uploaded by another recruiter"),
                               missing_page(nowhere)],
    "candidates:resume_retry": [action(lambda w: [w.their_resume.pk], upload_page, label="another recruiter's upload"),
                                missing_action(nowhere)],
    # only a failed upload is removed, by its uploader or by staff; a parsed one goes with its candidate
    "candidates:resume_remove": [
        action(lambda w: [w.my_failure.pk], upload_page, label="the recruiter's failed upload"),
        Case(lambda w: [w.their_resume.pk], (NOT_ALLOWED, FORBIDDEN),
             staff=(NOT_ALLOWED, goes(upload_page)),
             label="another recruiter's failed upload"),
        Case(lambda w: [w.resume.pk], (NOT_ALLOWED, FORBIDDEN), label="a parsed resume"),
        missing_action(nowhere)],
    # clears the signed-in user's own list of refused files only (test_clearing_refused_files_leaves_others_lists)
    "candidates:rejection_dismiss": [action(no_args, upload_page)],
    "candidates:resume_reviewed": [action(lambda w: [w.resume.pk], ana_page), missing_action(nowhere)],
    "candidates:review": [page()],
    "candidates:duplicate_dismiss": [action(lambda w: [w.pair.pk], ana_page, lambda w: {"from": w.ana.pk}),
                                     missing_action(nowhere)],
    "candidates:merge": [page(lambda w: [w.ana.pk, w.bo.pk], post=goes(ana_page)),
                         Case(lambda w: [w.ana.pk, NOWHERE], (MISSING, MISSING), label="no such other record")],
    "candidates:merge_undo": [action(lambda w: [w.merge.pk], lambda w: w.survivor.get_absolute_url()),
                              missing_action(nowhere)],
    "candidates:erase": [
        Case(ana, (FORBIDDEN, FORBIDDEN), staff=(OK, goes(lambda w: reverse("candidates:list")))),
        # refused before the record is looked up: a recruiter cannot even learn whether an id exists
        Case(nowhere, (FORBIDDEN, FORBIDDEN), staff=(MISSING, MISSING), label="no such object"),
    ],
    "candidates:contacts_edit": [action(ana, ana_page, lambda w: {"name": "Ana Alpha", "emails": "ana@example.com"}),
                                 missing_action(nowhere)],
    "candidates:skills_edit": [action(ana, ana_page, lambda w: {"skills": "pytorch, jax"}), missing_action(nowhere)],
    **rows_table(),
}

PUBLIC = (OK, OK)
ACCOUNTS: dict[str, list[Case]] = {
    "login": [Case(recruiter=PUBLIC, anonymous=PUBLIC)],
    "logout": [Case(recruiter=(NOT_ALLOWED, goes(lambda w: reverse("login"))))],
    "password_change": [Case(recruiter=(OK, OK))],
    "password_change_done": [Case(recruiter=(OK, NOT_ALLOWED))],
    "password_reset": [Case(recruiter=PUBLIC, anonymous=PUBLIC)],
    "password_reset_done": [Case(recruiter=(OK, NOT_ALLOWED), anonymous=(OK, NOT_ALLOWED))],
    # a link with a wrong token shows "this link is invalid", to anyone
    "password_reset_confirm": [Case(lambda w: ["MQ", "set-password-token"], recruiter=PUBLIC, anonymous=PUBLIC)],
    "password_reset_complete": [Case(recruiter=(OK, NOT_ALLOWED), anonymous=(OK, NOT_ALLOWED))],
    "favicon": [Case(recruiter=(goes(lambda w: static("favicon.svg")), NOT_ALLOWED),  # the site's icon, to anyone
                     anonymous=(goes(lambda w: static("favicon.svg")), NOT_ALLOWED))],
}


def admin_index(w: World) -> str:
    return reverse("admin:index")


ADMIN_SITE: dict[str, list[Case]] = {
    "admin:index": [admin()],
    "admin:login": [Case(recruiter=PUBLIC, staff=(goes(admin_index), OK), anonymous=PUBLIC)],
    # signed in but not staff: sent to the admin's front page, which asks them to sign in as staff
    "admin:logout": [Case(recruiter=(goes(admin_index), goes(admin_index)),
                          staff=(NOT_ALLOWED, goes(lambda w: reverse("login"))),  # LOGOUT_REDIRECT_URL
                          anonymous=ANONYMOUS_AT_ADMIN)],
    "admin:password_change": [admin()],
    "admin:password_change_done": [admin(staff=(OK, NOT_ALLOWED))],
    # the candidates' names, as JSON, to fill in a related field
    "admin:autocomplete": [admin(staff=(OK, NOT_ALLOWED),
                                 query="app_label=candidates&model_name=education&field_name=candidate&term=Ana")],
    "admin:jsi18n": [admin(staff=(OK, NOT_ALLOWED))],
    "admin:view_on_site": [admin(
        lambda w: [ContentType.objects.get_for_model(Candidate).pk, w.ana.pk],
        staff=(goes(lambda w: f"http://testserver{w.ana.get_absolute_url()}"),) * 2)],
    "admin:app_list": [admin(lambda w: {"app_label": "candidates"})],
    "admin:auth_user_password_change": [admin(lambda w: [w.recruiter.pk])],
    "[admin/(?P<url>.*)$]": [admin(staff=(MISSING, MISSING), path=lambda w: "/admin/no-such-page/")],
}


@dataclass(frozen=True)
class AdminModel:
    """A model registered in the admin: the object its pages are asked about, and what staff get (GET, POST) where
    its admin narrows Django's defaults (read-only and audit-only models)."""

    obj: Callable[[World], object]
    add: tuple[Answer, Answer] = (OK, OK)
    change: tuple[Answer, Answer] = (OK, OK)
    delete: tuple[Answer, Answer] = (OK, OK)
    simple_history: bool = False  # django-simple-history's page of one past version
    revert: Answer = OK  # an empty POST to it: the form again, with its errors


READ_ONLY = (OK, FORBIDDEN)
NEVER = (FORBIDDEN, FORBIDDEN)
ADMIN_MODELS: dict[tuple[str, str], AdminModel] = {
    ("auth", "group"): AdminModel(lambda w: Group.objects.get(name="Recruiters")),
    ("auth", "user"): AdminModel(lambda w: w.recruiter),
    # every field of the record may be blank: an empty POST reverts it, then lists the records
    ("candidates", "candidate"): AdminModel(lambda w: w.ana, simple_history=True, revert=goes(
        lambda w: reverse("admin:candidates_candidate_changelist"))),
    # a resume comes from an upload only: the admin's form has no file, size nor hash to give
    ("candidates", "resume"): AdminModel(lambda w: w.resume, add=NEVER),
    ("candidates", "resumefile"): AdminModel(lambda w: w.resume.file, add=NEVER, change=READ_ONLY),
    ("candidates", "skill"): AdminModel(lambda w: w.skill),
    ("candidates", "education"): AdminModel(lambda w: w.rows["education"], simple_history=True),
    ("candidates", "experience"): AdminModel(lambda w: w.rows["experience"], simple_history=True),
    ("candidates", "publication"): AdminModel(lambda w: w.rows["publications"], simple_history=True),
    ("candidates", "award"): AdminModel(lambda w: w.rows["awards"], simple_history=True),
    ("candidates", "erasure"): AdminModel(lambda w: w.erasure, add=NEVER, change=READ_ONLY, delete=NEVER),
    # every field is read-only: saving changes nothing and goes back to the list
    ("candidates", "merge"): AdminModel(lambda w: w.merge, add=NEVER,
                                        change=(OK, goes(lambda w: reverse("admin:candidates_merge_changelist")))),
    ("candidates", "duplicatepair"): AdminModel(lambda w: w.pair),
    ("candidates", "tag"): AdminModel(lambda w: w.tag),
    ("candidates", "note"): AdminModel(lambda w: w.their_note),
    ("candidates", "rating"): AdminModel(lambda w: w.rating),
    ("candidates", "shortlist"): AdminModel(lambda w: w.shortlist),
    ("candidates", "shortlistentry"): AdminModel(lambda w: w.entry),
    # django-axes: who tried to sign in, from where; recorded by the sign-in itself, never added by hand, and
    # read-only (saving changes nothing and goes back to the list)
    **{("axes", model): AdminModel(lambda w, model=model: w.sign_ins[model], add=NEVER, change=(
        OK, goes(lambda w, model=model: reverse(f"admin:axes_{model}_changelist"))))
       for model in ("accessattempt", "accesslog", "accessfailurelog")},
}


def admin_model_table() -> dict[str, list[Case]]:
    table = {}
    for (app, model), spec in ADMIN_MODELS.items():
        pk = lambda w, spec=spec: [spec.obj(w).pk]  # noqa: E731
        change = lambda w, app=app, model=model, pk=pk: reverse(f"admin:{app}_{model}_change", args=pk(w))  # noqa: E731
        name = f"admin:{app}_{model}"
        table |= {
            f"{name}_changelist": [admin()],
            f"{name}_add": [admin(staff=spec.add)],
            f"{name}_change": [admin(pk, staff=spec.change)],
            f"{name}_delete": [admin(pk, staff=spec.delete)],
            f"{name}_history": [admin(pk)],
            # the bare object URL, kept for old links: on to its change page
            f"[admin/{app}/{model}/<path:object_id>/]": [admin(
                staff=(goes(change), goes(change)), path=lambda w, pk=pk, app=app, model=model:
                f"{reverse('admin:index')}{app}/{model}/{pk(w)[0]}/")],
        }
        if spec.simple_history:
            table[f"{name}_simple_history"] = [admin(
                lambda w, spec=spec: [spec.obj(w).pk, spec.obj(w).history.latest().history_id],
                staff=(OK, spec.revert))]
    return table


EXPECTED: dict[str, list[Case]] = {**DASHBOARD, **ACCOUNTS, **ADMIN_SITE, **admin_model_table()}


# ---- the walk


def url_patterns(patterns=None, namespace: str = "", prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    """Every pattern of the URLconf, through every include, with its name as reverse() takes it."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace]))
            yield from url_patterns(pattern.url_patterns, inner, prefix + str(pattern.pattern))
        elif pattern.name:
            yield ":".join(filter(None, [namespace, pattern.name])), pattern
        else:
            yield f"[{prefix}{pattern.pattern}]", pattern


def ask(w: World, role: str, method: str, url: str, data: dict) -> tuple[HttpResponse, bytes]:
    """One request by a fresh client, its writes rolled back, so every request meets the same world."""
    client = Client()
    if role != ANONYMOUS:
        client.force_login(w.staff if role == STAFF else w.recruiter)
    with transaction.atomic():
        response = client.get(url) if method == "GET" else client.post(url, data)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        transaction.set_rollback(True)
    return response, body


def mismatch(w: World, expected: Answer, url: str, response: HttpResponse, body: bytes) -> str | None:
    if response.status_code != expected.status:
        where = f" to {response['Location']}" if response.has_header("Location") else ""
        return f"expected {expected}, got {response.status_code}{where}"
    if expected.to is not None:
        wanted, location = expected.to(w, url), response["Location"]
        if not (location.startswith(wanted) if expected.prefix else location == wanted):
            return f"expected a redirect to {wanted}, got one to {location}"
    return None


def test_every_url_has_an_expectation():
    walked = list(url_patterns())
    names = [name for name, _ in walked]
    assert not sorted({n for n in names if names.count(n) > 1}), "two patterns answer to one name"
    assert not sorted(set(names) - set(EXPECTED)), "URLs without a row in EXPECTED: add one"
    assert not sorted(set(EXPECTED) - set(names)), "rows of EXPECTED for URLs that are gone"


def test_each_row_asks_the_pattern_it_is_for(world):
    for name, pattern in url_patterns():
        for case in EXPECTED.get(name, []):
            url = case.url(name, world).split("?")[0]
            assert resolve(url).func is pattern.callback, f"{name} [{case.label}]: {url} is another pattern's"


@pytest.mark.parametrize("role", [ANONYMOUS, RECRUITER, STAFF])
def test_every_url_answers_each_role_as_the_table_says(world, role):
    files = [bytes(r.file.content) for r in (world.resume, world.my_failure, world.their_resume)]
    wrong = []
    for name, cases in EXPECTED.items():
        for case in cases:
            url = case.url(name, world)
            for method in METHODS:
                try:
                    response, body = ask(world, role, method, url, case.data(world))
                except Exception as error:  # a crash is one wrong answer: the walk goes on to show the others
                    wrong.append(f"{role} {method} {name} [{case.label}] {url}: raised {type(error).__name__}: {error}")
                    continue
                problem = mismatch(world, case.expected(role, method), url, response, body)
                if role == ANONYMOUS and any(text.encode() in body for text in PRIVATE):
                    problem = "an anonymous visitor was shown a candidate's data"
                pdf = "pdf" in response.get("Content-Type", "") or any(f in body for f in files)
                if pdf and name != "candidates:resume_file":
                    problem = "a resume's file served by another view than the checked one"
                if problem:
                    wrong.append(f"{role} {method} {name} [{case.label}] {url}: {problem}")
    if wrong:
        pytest.fail(f"{len(wrong)} wrong answers for the {role}:\n" + "\n".join(wrong), pytrace=False)


# ---- what belongs to someone else, and what a CSRF check refuses


def test_a_recruiter_cannot_change_or_delete_another_recruiters_note(world, recruiter_client):
    note = world.their_note
    edit, delete = (reverse(f"candidates:note_{what}", args=[note.pk]) for what in ("update", "delete"))
    assert recruiter_client.post(edit, {"body": "Mine now"}).status_code == 403
    assert recruiter_client.post(delete).status_code == 403
    assert Note.objects.get(pk=note.pk).body == "Met at a fair."


def test_a_row_asked_for_under_another_candidates_url_is_not_found_and_stays(world, recruiter_client):
    row = world.rows["education"]
    url = reverse("candidates:row_delete", args=[world.bo.pk, "education", row.pk])
    assert recruiter_client.post(url).status_code == 404
    edit = reverse("candidates:row_edit", args=[world.bo.pk, "education", row.pk])
    assert recruiter_client.post(edit, ROW_FORMS["education"]).status_code == 404
    row.refresh_from_db()
    assert (row.candidate_id, row.institution) == (world.ana.pk, "Stanford University")


def test_a_recruiter_cannot_remove_another_recruiters_upload(world, recruiter_client):
    url = reverse("candidates:resume_remove", args=[world.their_resume.pk])
    assert recruiter_client.post(url).status_code == 403
    assert Resume.objects.filter(pk=world.their_resume.pk).exists()


def test_clearing_refused_files_leaves_others_lists(world, recruiter_client):
    UploadRejection.objects.create(name="mine.exe", reason="not a document", uploaded_by=world.recruiter)
    UploadRejection.objects.create(name="theirs.exe", reason="not a document", uploaded_by=world.other)
    assert recruiter_client.post(reverse("candidates:rejection_dismiss")).status_code == 302
    assert list(UploadRejection.objects.values_list("name", flat=True)) == ["theirs.exe"]


def test_a_recruiter_cannot_erase_a_candidate(world, recruiter_client):
    assert recruiter_client.post(reverse("candidates:erase", args=[world.ana.pk])).status_code == 403
    assert Candidate.objects.filter(pk=world.ana.pk).exists()


def test_a_post_without_a_csrf_token_is_refused(world, recruiter):
    client = Client(enforce_csrf_checks=True)
    client.force_login(recruiter)
    url = reverse("candidates:note_create", args=[world.ana.pk])
    assert client.post(url, {"body": "Forged."}).status_code == 403
    assert not Note.objects.filter(body="Forged.").exists()
    client.get(world.ana.get_absolute_url())  # sets the CSRF cookie, as a browser would have it
    token = client.cookies["csrftoken"].value
    assert client.post(url, {"body": "Real.", "csrfmiddlewaretoken": token}).status_code == 302
    assert Note.objects.filter(body="Real.").exists()


# ---- resume PDFs


def pdf_response(client: Client, resume: Resume, query: str = "") -> HttpResponse:
    response = client.get(reverse("candidates:resume_file", args=[resume.pk]) + query)
    response.body = b"".join(response.streaming_content) if response.streaming else response.content
    return response


def assert_safe_pdf(response: HttpResponse, resume: Resume) -> None:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.body == bytes(resume.file.content)
    assert response["X-Content-Type-Options"] == "nosniff"
    cache = {part.strip().split("=")[0].lower() for part in response.get("Cache-Control", "").split(",")}
    said = response.get("Cache-Control")
    assert cache & {"private", "no-store"}, f"a shared cache may keep it: Cache-Control {said!r}"
    assert not cache & {"public", "s-maxage"}


def test_a_resume_pdf_is_shown_inline_to_a_signed_in_user_and_never_kept_by_a_shared_cache(world, recruiter_client):
    response = pdf_response(recruiter_client, world.resume)
    assert_safe_pdf(response, world.resume)
    assert response["Content-Disposition"] == 'inline; filename="ana.pdf"'


def test_a_resume_pdf_downloads_as_an_attachment_with_the_same_headers(world, recruiter_client):
    response = pdf_response(recruiter_client, world.resume, "?download=1")
    assert_safe_pdf(response, world.resume)
    assert response["Content-Disposition"] == 'attachment; filename="ana.pdf"'


def test_a_resume_pdf_is_not_served_to_an_anonymous_visitor(world, client):
    response = pdf_response(client, world.resume)
    url = reverse("candidates:resume_file", args=[world.resume.pk])
    assert (response.status_code, response["Location"]) == (302, redirect_to_login(url, reverse("login"))["Location"])
    assert b"%PDF" not in response.body


def test_resume_files_are_served_by_no_other_url():
    """The bytes live in the database: no static or media view may reach them."""
    views = {f"{p.callback.__module__}.{p.callback.__name__}" for _, p in url_patterns()}
    assert "django.views.static.serve" not in views
    assert [name for name, p in url_patterns() if p.callback.__name__ == "resume_file"] == ["candidates:resume_file"]
