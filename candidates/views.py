import io

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import services
from .forms import UploadForm
from .models import Candidate, Resume

RECENT_UPLOADS = 100


@require_GET
def candidate_list(request: HttpRequest) -> HttpResponse:
    paginator = Paginator(Candidate.objects.for_list().order_by("-created_at", "-id"), 25)
    page = paginator.get_page(request.GET.get("page"))
    return render(request, "candidates/list.html", {"page": page})


@require_GET
def candidate_detail(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate.objects.for_detail(), pk=pk)
    return render(request, "candidates/detail.html", {"candidate": candidate})


@require_GET
def resume_file(request: HttpRequest, pk: int) -> FileResponse:
    resume = get_object_or_404(Resume.objects.select_related("file"), pk=pk)
    response = FileResponse(
        io.BytesIO(resume.file.content),
        content_type="application/pdf",
        as_attachment=request.GET.get("download") == "1",
        filename=resume.original_name,
    )
    response["Cache-Control"] = "private, max-age=3600"
    return response


@require_http_methods(["GET", "POST"])
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    if request.method == "POST" and form.is_valid():
        created = 0
        for file in form.cleaned_data["files"]:
            resume, is_new = services.resume_create(
                original_name=file.name, content=file.read(), uploaded_by=request.user
            )
            if is_new:
                created += 1
            else:
                messages.info(request, f"{file.name}: the same file was already uploaded as {resume.original_name}.")
        if created:
            messages.success(request, f"{created} file{'s' if created != 1 else ''} queued for parsing.")
        return redirect("candidates:upload")
    resumes = list(Resume.objects.filter(uploaded_by=request.user).select_related("candidate")[:RECENT_UPLOADS])
    context = {"form": form, "resumes": resumes, "in_flight": any(not r.is_done for r in resumes)}
    template = "candidates/upload.html#status" if request.htmx else "candidates/upload.html"
    return render(request, template, context)


@require_POST
def resume_retry(request: HttpRequest, pk: int) -> HttpResponse:
    resume = get_object_or_404(Resume, pk=pk)
    if services.resume_requeue(resume=resume):
        messages.success(request, f"{resume.original_name} is queued again.")
    else:
        messages.warning(request, f"{resume.original_name} is already queued or being parsed.")
    return redirect("candidates:upload")
