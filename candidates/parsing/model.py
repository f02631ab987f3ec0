"""The parser's output: frozen dataclasses whose ``to_dict`` is the JSON of SCHEMA.md (version 1)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Education:
    institution: str | None = None
    degree_level: str | None = None  # highschool, associate, bachelor, master, phd, other
    degree: str | None = None
    field: str | None = None
    start: str | None = None  # "YYYY-MM", "YYYY", or None
    end: str | None = None  # same, or "present"
    gpa: float | None = None
    gpa_scale: float | None = None
    rank: str | None = None
    # Not in the JSON schema: a 4.0-scale equivalent the resume itself states ("90.21/100 (3.93/4.0)").
    gpa_4_stated: float | None = None

    def to_dict(self) -> dict:
        return {
            "institution": self.institution,
            "degree_level": self.degree_level,
            "degree": self.degree,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "gpa": self.gpa,
            "gpa_scale": self.gpa_scale,
            "rank": self.rank,
        }


@dataclass(frozen=True)
class Experience:
    organization: str | None = None
    title: str | None = None
    start: str | None = None
    end: str | None = None

    def to_dict(self) -> dict:
        return {"organization": self.organization, "title": self.title, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Publication:
    title: str | None = None
    venue: str | None = None  # short name where known ("ICCV"), else as printed
    year: int | None = None
    authors: tuple[str, ...] = ()
    first_author: bool | None = None
    # Not in the JSON schema: what a recruiter filters on beyond the venue.
    author_position: int | None = None  # 1 for the first author; None when the candidate is not found
    status: str = "published"  # published, accepted (to appear), under_review, preprint
    workshop: bool = False  # a workshop of the venue ("CVPR Workshops"), not the main track
    equal_contribution: bool = False  # the candidate's name carries an equal-contribution mark
    corresponding: bool = False  # the candidate's name carries a corresponding-author mark
    authors_truncated: bool = False  # the list ends in 'et al.' / '等': more authors than printed

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "venue": self.venue,
            "year": self.year,
            "authors": list(self.authors),
            "first_author": self.first_author,
        }


@dataclass(frozen=True)
class Quality:
    """How far to trust a parse: a score in 0..1 and the reasons it is below 1, in words a recruiter reads."""

    score: float = 1.0
    reasons: tuple[str, ...] = ()

    @property
    def needs_review(self) -> bool:
        return self.score < REVIEW_BELOW

    def to_dict(self) -> dict:
        return {"score": self.score, "reasons": list(self.reasons)}


REVIEW_BELOW = 0.75  # on 600 corpus and real documents: 53 of 79 poor parses flagged, 2 of 395 good ones


@dataclass(frozen=True)
class ParsedResume:
    name: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    education: tuple[Education, ...] = ()
    experience: tuple[Experience, ...] = ()
    publications: tuple[Publication, ...] = ()
    skills: tuple[str, ...] = ()
    awards: tuple[str, ...] = ()
    # Not in the JSON schema: the plain text of the document, in reading order, for full-text search.
    text: str = field(default="", repr=False)
    pages: int = 0
    quality: Quality = field(default_factory=Quality)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "emails": list(self.emails),
            "phones": list(self.phones),
            "links": list(self.links),
            "education": [e.to_dict() for e in self.education],
            "experience": [e.to_dict() for e in self.experience],
            "publications": [p.to_dict() for p in self.publications],
            "skills": list(self.skills),
            "awards": list(self.awards),
        }
