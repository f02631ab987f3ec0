from django.db import migrations

# On PostgreSQL an index serves an ORDER BY only with the same NULLS placement: the list's sorts put candidates
# without a GPA or a parse score last both ways, so each gets its index, and deep pages of a sorted search walk it
# instead of sorting every match. (SQLite's indexes have no NULLS clause; there DESC puts NULLs last anyway.)
SORT_INDEXES = {
    "candidates_gpa_desc_idx": "gpa_4 DESC NULLS LAST, id",
    "candidates_gpa_asc_idx": "gpa_4 ASC NULLS LAST, id",
    "candidates_quality_idx": "quality_score ASC NULLS LAST, id",
    "candidates_pubs_desc_idx": "publication_count DESC, id",
    "candidates_pubs_asc_idx": "publication_count ASC, id",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, columns in SORT_INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON candidates_candidate ({columns})")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in SORT_INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):

    dependencies = [
        ("candidates", "0019_resume_batch"),
    ]

    operations = [migrations.RunPython(create, drop)]
