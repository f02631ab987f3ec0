from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate

# PostgreSQL has an index per sort (migration 0020). SQLite walks a plain index for "NULLS LAST" too (the non-NULL
# entries, then the NULLs) and its GPA and paper-count columns have theirs; the parse score needs one, or sorting
# by it sorts every candidate (180 ms at 100,000).
SQLITE_SORT_INDEX = "CREATE INDEX IF NOT EXISTS candidates_quality_idx ON candidates_candidate (quality_score, id)"


def search_index_check(using: str, **kwargs) -> None:
    """A migration that rebuilds the candidate table on SQLite drops the search index's triggers and the indexes
    Django does not know of: put them back."""
    from . import search

    connection = connections[using]
    if "candidates_candidate" in connection.introspection.table_names():
        with connection.schema_editor() as schema_editor:
            search.install_index(schema_editor)
            if connection.vendor == "sqlite":
                schema_editor.execute(SQLITE_SORT_INDEX)


class CandidatesConfig(AppConfig):
    name = "candidates"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        post_migrate.connect(search_index_check, sender=self)
