from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate


def search_index_check(using: str, **kwargs) -> None:
    """A migration that rebuilds the candidate table on SQLite drops the search index's triggers: put them back."""
    from . import search

    connection = connections[using]
    if "candidates_candidate" in connection.introspection.table_names():
        with connection.schema_editor() as schema_editor:
            search.install_index(schema_editor)


class CandidatesConfig(AppConfig):
    name = "candidates"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        post_migrate.connect(search_index_check, sender=self)
