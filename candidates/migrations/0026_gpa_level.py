from django.db import migrations, models

from candidates.gpa import on_four_scale

RANK = {"highschool": 0, "associate": 1, "other": 1, "bachelor": 2, "master": 3, "phd": 4}  # models.DEGREE_RANK


def regrade(apps, schema_editor):
    """Each candidate's GPA again, from their most advanced graded degree that is not a school's (as
    models.graded_degree picks it): a Class XII percentage was the GPA of people whose resume gave no other."""
    Candidate = apps.get_model("candidates", "Candidate")
    Education = apps.get_model("candidates", "Education")
    graded = Education.objects.filter(gpa__isnull=False).exclude(degree_level="highschool").order_by("candidate")
    best: dict[int, tuple] = {}
    for row in graded.values("candidate", "degree_level", "end", "position", "gpa", "gpa_scale", "gpa_4_stated"):
        key = (RANK.get(row["degree_level"], -1), "9999" if row["end"] == "present" else row["end"], -row["position"])
        if row["candidate"] not in best or key > best[row["candidate"]][0]:
            best[row["candidate"]] = (key, row)
    by_level: dict[str, list[int]] = {}
    regraded = []
    for candidate in Candidate.objects.filter(gpa__isnull=False).only("gpa", "gpa_scale", "gpa_4").iterator(2000):
        row = best.get(candidate.pk, (None, None))[1]
        if row is not None and (row["gpa"], row["gpa_scale"]) == (candidate.gpa, candidate.gpa_scale):
            by_level.setdefault(row["degree_level"], []).append(candidate.pk)  # the GPA stays: only its level is new
            continue
        candidate.gpa = row["gpa"] if row else None
        candidate.gpa_scale = row["gpa_scale"] if row else None
        candidate.gpa_level = row["degree_level"] if row else ""
        candidate.gpa_4 = on_four_scale(row["gpa"], row["gpa_scale"], row["gpa_4_stated"]) if row else None
        regraded.append(candidate)
    for level, ids in by_level.items():
        for start in range(0, len(ids), 5000):
            Candidate.objects.filter(pk__in=ids[start:start + 5000]).update(gpa_level=level)
    Candidate.objects.bulk_update(regraded, ["gpa", "gpa_scale", "gpa_level", "gpa_4"], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('candidates', '0025_bulk_action'),
    ]

    operations = [
        migrations.AddField(
            model_name='candidate',
            name='gpa_level',
            field=models.CharField(blank=True, choices=[('highschool', 'High school'), ('associate', 'Associate'), ('bachelor', 'Bachelor'), ('master', 'Master'), ('phd', 'PhD'), ('other', 'Other')], help_text='The level of the degree the GPA belongs to.', max_length=12),
        ),
        migrations.RunPython(regrade, migrations.RunPython.noop),
    ]
