from django.urls import path

from . import views

app_name = "candidates"
urlpatterns = [
    path("", views.candidate_list, name="list"),
    path("candidates/<int:pk>/", views.candidate_detail, name="detail"),
    path("upload/", views.upload, name="upload"),
    path("resumes/<int:pk>/file/", views.resume_file, name="resume_file"),
    path("resumes/<int:pk>/retry/", views.resume_retry, name="resume_retry"),
]
