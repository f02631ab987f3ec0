"""Hostile content is inert: HTML or JavaScript in a resume's name, skills or paper titles, or in a note, is shown
as text on every page that shows it (Django's escaping, never switched off)."""

from django.urls import reverse

from candidates import services
from candidates.models import Publication, Skill

from .builders import make_candidate

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'


def test_markup_in_a_record_is_shown_as_text_everywhere(client, recruiter, admin_user):
    candidate = make_candidate(name=f"Eve {SCRIPT}")
    skill = Skill.objects.create(name=f"python{IMG}")
    candidate.skills.add(skill)
    Publication.objects.create(candidate=candidate, title=f"A paper {IMG}", venue=f"CVPR{SCRIPT}")
    services.candidate_summarize(candidate=candidate)
    services.note_create(candidate=candidate, author=recruiter, body=f"note {SCRIPT}")
    services.tag_add(candidate=candidate, name=f"tag{IMG}")
    shortlist = services.shortlist_create(name=f"list{SCRIPT}", created_by=recruiter)
    services.shortlist_add(shortlist=shortlist, candidates=[candidate], added_by=recruiter)

    client.force_login(admin_user)
    pages = {
        "list": reverse("candidates:list"),
        "facets": reverse("candidates:list") + "?skill=" + skill.name,
        "candidate": candidate.get_absolute_url(),
        "shortlists": reverse("candidates:shortlist_list"),
        "shortlist": shortlist.get_absolute_url(),
        "admin list": reverse("admin:candidates_candidate_changelist"),
        "admin record": reverse("admin:candidates_candidate_change", args=[candidate.pk]),
        "admin notes": reverse("admin:candidates_note_changelist"),
    }
    for where, url in pages.items():
        body = client.get(url).content.decode()
        assert SCRIPT not in body and IMG not in body, where
        assert "&lt;script&gt;" in body or "&lt;img" in body, where
