import re

from django import forms

from .models import Award, Candidate, DegreeLevel, Education, Experience, Publication, Shortlist, ShortlistEntry


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


ACCEPTED = ".pdf,.docx,.doc,.odt,.rtf,.zip"


class MultipleFileField(forms.FileField):
    """Many files at once, each passed on as it came: the upload judges each by its bytes (services.upload_batch),
    so an empty one is refused by name instead of failing the whole form."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPTED}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = [f for f in (data if isinstance(data, (list, tuple)) else [data]) if f]
        if not files and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        return files


class UploadForm(forms.Form):
    files = MultipleFileField(label="Resumes", help_text="PDF or Word files (.docx, .doc, .odt, .rtf), or a ZIP "
                                                         "of them.")


class NoteForm(forms.Form):
    body = forms.CharField(widget=forms.Textarea(attrs={"rows": 3, "placeholder": "Add a note…"}), max_length=10_000)


class TagForm(forms.Form):
    name = forms.CharField(
        max_length=50, widget=forms.TextInput(attrs={"list": "tag-names", "placeholder": "Add a tag…"})
    )


class RatingForm(forms.Form):
    stars = forms.TypedChoiceField(
        choices=[("", "No rating")] + [(str(n), "★" * n) for n in range(1, 6)],
        coerce=int,
        empty_value=None,
        required=False,
    )


class ShortlistForm(forms.Form):
    name = forms.CharField(max_length=100)

    def __init__(self, *args, instance: Shortlist | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance = instance

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        taken = Shortlist.objects.filter(name__iexact=name)
        if self.instance is not None:
            taken = taken.exclude(pk=self.instance.pk)
        if taken.exists():
            raise forms.ValidationError(f"There is already a shortlist called {name!r}.")
        return name


class ShortlistAddForm(forms.Form):
    """Add one or many candidates to an existing shortlist, or to a new one named here."""

    candidates = forms.ModelMultipleChoiceField(queryset=Candidate.objects.all())
    shortlist = forms.ModelChoiceField(queryset=Shortlist.objects.all(), required=False)
    new_shortlist = forms.CharField(max_length=100, required=False)

    def clean(self):
        data = super().clean()
        if not data.get("shortlist") and not data.get("new_shortlist", "").strip():
            raise forms.ValidationError("Choose a shortlist or name a new one.")
        return data


class SavedSearchForm(forms.Form):
    """Name a search; saving under a name one already uses replaces that search."""

    name = forms.CharField(max_length=100, error_messages={"required": "Give the search a name."})
    shared = forms.BooleanField(required=False, label="Share with the team")
    alert = forms.BooleanField(required=False, label="Alert me to new matches")
    query = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)


class IdsField(forms.Field):
    """Candidate ids from repeated parameters (the list's row checkboxes); anything not a number is dropped."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[int]:
        values = value if isinstance(value, (list, tuple)) else [value] if value else []
        return list(dict.fromkeys(int(v) for v in values if str(v).isdigit() and len(str(v)) < 19))


class BulkForm(forms.Form):
    """An action on the selected candidates or on every match of a search; `confirm` once the count was shown."""

    ACTIONS = [("tag", "Tag"), ("rate", "Rate"), ("shortlist", "Add to a shortlist"), ("stage", "Move to a stage"),
               ("note", "Write a note"), ("export", "Export CSV")]

    action = forms.ChoiceField(choices=ACTIONS)
    scope = forms.ChoiceField(choices=[("selected", "The selected candidates"), ("search", "Every match")],
                              initial="selected")
    candidates = IdsField(required=False)
    query = forms.CharField(required=False, max_length=2000)
    tag = forms.CharField(required=False, max_length=50)
    stars = forms.TypedChoiceField(choices=[("", "—")] + [(n, n) for n in range(1, 6)], coerce=int, required=False,
                                   empty_value=None)
    shortlist = forms.ModelChoiceField(queryset=Shortlist.objects.all(), required=False)
    new_shortlist = forms.CharField(required=False, max_length=100)
    stage = forms.ChoiceField(choices=[("", "—")] + ShortlistEntry.Stage.choices, required=False)
    reason = forms.CharField(required=False, max_length=500)
    body = forms.CharField(required=False, max_length=10_000)
    confirm = forms.BooleanField(required=False)

    NEEDS = {"tag": ("tag", "Name the tag."), "rate": ("stars", "Choose 1 to 5 stars."),
             "stage": ("stage", "Choose the stage."), "note": ("body", "Write the note.")}

    def clean(self):
        data = super().clean()
        action = data.get("action")
        if action in self.NEEDS and not data.get(self.NEEDS[action][0]):
            self.add_error(None, self.NEEDS[action][1])
        if action in ("shortlist", "stage") and not data.get("shortlist") and not data.get("new_shortlist", "").strip():
            self.add_error(None, "Choose a shortlist or name a new one.")
        if data.get("scope") == "selected" and not data.get("candidates"):
            self.add_error(None, "Select candidates first, or choose every match of the search.")
        return data


class ShortlistEntryForm(forms.Form):
    stage = forms.ChoiceField(choices=ShortlistEntry.Stage.choices)
    note = forms.CharField(required=False, max_length=2000)


class LinesField(forms.CharField):
    """A list of strings edited one a line (a candidate's e-mails, phones, links), not as JSON."""

    widget = forms.Textarea(attrs={"rows": 2})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", "One a line.")
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value) -> list[str]:
        if isinstance(value, list):
            return value
        return [line.strip() for line in (value or "").splitlines() if line.strip()]


class EmailLinesField(LinesField):
    def validate(self, value: list[str]) -> None:
        super().validate(value)
        if bad := [e for e in value if "@" not in e or " " in e]:
            raise forms.ValidationError(f"Not an e-mail address: {', '.join(bad)}")


class ContactsForm(forms.Form):
    """A recruiter's correction of the name and contact details: one e-mail, phone or link a line."""

    name = forms.CharField(max_length=200, required=False)
    emails = EmailLinesField()
    phones = LinesField()
    links = LinesField()


class SkillsForm(forms.Form):
    skills = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False,
                             help_text="Separated by commas or one a line.")

    def clean_skills(self) -> list[str]:
        return [s.strip() for s in re.split(r"[,\n]", self.cleaned_data["skills"]) if s.strip()]



DATE_RE = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2]))?|present)?$")


def _check_dates(form: forms.Form) -> None:
    for name in ("start", "end"):
        value = form.cleaned_data.get(name, "")
        if not DATE_RE.match(value):
            form.add_error(name, f"Write {value!r} as YYYY, YYYY-MM or 'present'.")


class EducationForm(forms.ModelForm):
    """A recruiter's version of one degree; `start` and `end` as the parser writes them."""

    class Meta:
        model = Education
        fields = ["institution", "degree_level", "degree", "field", "start", "end", "gpa", "gpa_scale", "rank"]
        labels = {"degree_level": "Level", "gpa": "GPA", "gpa_scale": "out of"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["degree_level"].choices = [("", "(unknown)"), *DegreeLevel.choices]
        for name in ("gpa", "gpa_scale"):  # 3.7, not the column's 3.700
            if self.initial.get(name) is not None:
                self.initial[name] = format(self.initial[name].normalize(), "f")

    def clean(self):
        data = super().clean()
        _check_dates(self)
        gpa, scale = data.get("gpa"), data.get("gpa_scale")
        if gpa is not None and scale is not None and not 0 < gpa <= scale:
            self.add_error("gpa", f"A GPA of {gpa} does not fit a scale of {scale}.")
        if scale is not None and scale <= 0:
            self.add_error("gpa_scale", "The scale is the highest GPA possible, such as 4, 5, 10 or 100.")
        return data


class ExperienceForm(forms.ModelForm):
    class Meta:
        model = Experience
        fields = ["title", "organization", "start", "end"]

    def clean(self):
        data = super().clean()
        _check_dates(self)
        return data


class PublicationForm(forms.ModelForm):
    """One paper: the venue is written as the venue list knows it ('CVPR'), which gives its CORE rank."""

    authors = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False, help_text="One a line.")

    class Meta:
        model = Publication
        fields = ["title", "venue", "year", "status", "workshop", "authors", "author_position", "equal_contribution",
                  "corresponding", "authors_truncated"]
        widgets = {"title": forms.TextInput()}
        labels = {"author_position": "Candidate's place among the authors", "authors_truncated": "List ends in et al."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["authors"] = "\n".join(self.instance.authors)

    def clean_authors(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["authors"].splitlines() if line.strip()]

    def clean_year(self) -> int | None:
        year = self.cleaned_data["year"]
        if year is not None and not 1900 <= year <= 2100:
            raise forms.ValidationError("A year such as 2024.")
        return year


class AwardForm(forms.ModelForm):
    class Meta:
        model = Award
        fields = ["title"]
        widgets = {"title": forms.TextInput()}
        labels = {"title": "Award"}


ROW_FORMS = {"education": EducationForm, "experience": ExperienceForm, "publications": PublicationForm,
             "awards": AwardForm}
