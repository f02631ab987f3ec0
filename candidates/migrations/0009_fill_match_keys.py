from django.db import migrations


def fill_match_keys(apps, schema_editor):
    """The keys that find probable duplicates, for the candidates stored before they existed; the flags
    themselves come with each candidate's next stored resume or admin correction."""
    from candidates import duplicates

    Candidate = apps.get_model("candidates", "Candidate")
    MatchKey = apps.get_model("candidates", "MatchKey")
    for candidate in Candidate.objects.prefetch_related("education", "experience", "publications").iterator(
            chunk_size=500):
        places = [e.institution for e in candidate.education.all()] + [e.organization for e in candidate.experience.all()]
        titles = [p.title for p in candidate.publications.all()]
        profile = duplicates.profile_of(candidate.pk, candidate.name, places, titles)
        MatchKey.objects.bulk_create(
            [MatchKey(candidate_id=candidate.pk, kind=kind, value=value)
             for kind, value in duplicates.match_keys(profile)],
            ignore_conflicts=True,
        )


class Migration(migrations.Migration):

    dependencies = [
        ("candidates", "0008_merges"),
    ]

    operations = [
        migrations.RunPython(fill_match_keys, migrations.RunPython.noop),
    ]
