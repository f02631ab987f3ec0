import logging

from django.db import DatabaseError, migrations, transaction

logger = logging.getLogger(__name__)
INDEX = "candidates_education_institution_trgm"


def create(apps, schema_editor):
    """On PostgreSQL a trigram index answers the institution filter's LIKE '%words%' from the index, not by reading
    every degree."""
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError as exc:
        logger.warning("pg_trgm is not available (%s): the institution filter will read every degree", exc)
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON candidates_education USING gin (institution_key gin_trgm_ops)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):

    dependencies = [
        ("candidates", "0021_paper_counts"),
    ]

    operations = [migrations.RunPython(create, drop)]
