from django.urls import path, register_converter

from . import charts, compare, triage, views


class SectionConverter:
    """A section of a record a person may correct row by row."""

    regex = "education|experience|publications|awards"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(SectionConverter, "section")

app_name = "candidates"
urlpatterns = [
    path("", views.candidate_list, name="list"),
    path("candidates/export.csv", views.candidate_export, name="export"),
    path("charts/", charts.pool_charts, name="charts"),
    path("compare/", compare.compare, name="compare"),
    path("candidates/<int:pk>/", views.candidate_detail, name="detail"),
    path("candidates/<int:pk>/notes/", views.note_create, name="note_create"),
    path("candidates/<int:pk>/tags/", views.tag_add, name="tag_add"),
    path("candidates/<int:pk>/tags/<int:tag_id>/remove/", views.tag_remove, name="tag_remove"),
    path("candidates/<int:pk>/rating/", views.rating_set, name="rating_set"),
    path("notes/<int:pk>/", views.note_update, name="note_update"),
    path("notes/<int:pk>/delete/", views.note_delete, name="note_delete"),
    path("shortlists/", views.shortlist_list, name="shortlist_list"),
    path("shortlists/add/", views.shortlist_add, name="shortlist_add"),
    path("shortlists/<int:pk>/", views.shortlist_detail, name="shortlist_detail"),
    path("shortlists/<int:pk>/rename/", views.shortlist_rename, name="shortlist_rename"),
    path("shortlists/<int:pk>/delete/", views.shortlist_delete, name="shortlist_delete"),
    path("shortlists/<int:pk>/export.csv", views.shortlist_export, name="shortlist_export"),
    path("shortlists/<int:pk>/remove/<int:candidate_id>/", views.shortlist_remove, name="shortlist_remove"),
    path("shortlist-entries/<int:pk>/", views.shortlist_entry_update, name="shortlist_entry_update"),
    path("triage/", triage.triage, name="triage"),
    path("bulk/", views.bulk_apply, name="bulk"),
    path("bulk/<int:pk>/undo/", views.bulk_undo, name="bulk_undo"),
    path("searches/", views.saved_search_list, name="saved_search_list"),
    path("searches/save/", views.saved_search_create, name="saved_search_create"),
    path("searches/<int:pk>/", views.saved_search_open, name="saved_search_open"),
    path("searches/<int:pk>/edit/", views.saved_search_update, name="saved_search_update"),
    path("searches/<int:pk>/delete/", views.saved_search_delete, name="saved_search_delete"),
    path("upload/", views.upload, name="upload"),
    path("resumes/<int:pk>/file/", views.resume_file, name="resume_file"),
    path("resumes/<int:pk>/retry/", views.resume_retry, name="resume_retry"),
    path("resumes/<int:pk>/remove/", views.resume_remove, name="resume_remove"),
    path("upload/refused/clear/", views.rejection_dismiss, name="rejection_dismiss"),
    path("resumes/<int:pk>/reviewed/", views.resume_reviewed, name="resume_reviewed"),
    path("review/", views.review_queue, name="review"),
    path("duplicates/<int:pk>/dismiss/", views.duplicate_dismiss, name="duplicate_dismiss"),
    path("candidates/<int:pk>/merge/<int:other>/", views.candidate_merge, name="merge"),
    path("merges/<int:pk>/undo/", views.merge_undo, name="merge_undo"),
    path("candidates/<int:pk>/erase/", views.candidate_erase, name="erase"),
    path("candidates/<int:pk>/contacts/", views.contacts_edit, name="contacts_edit"),
    path("candidates/<int:pk>/skills/", views.skills_edit, name="skills_edit"),
    path("candidates/<int:pk>/<section:section>/add/", views.row_save, name="row_add"),
    path("candidates/<int:pk>/<section:section>/<int:row>/", views.row_save, name="row_edit"),
    path("candidates/<int:pk>/<section:section>/<int:row>/delete/", views.row_delete, name="row_delete"),
    path("candidates/<int:pk>/<section:section>/restore/<int:index>/", views.row_restore, name="row_restore"),
]
