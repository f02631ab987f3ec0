from decimal import Decimal

from django import template

register = template.Library()


def _plain(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}"


@register.simple_tag
def gpa_text(gpa: Decimal | None, scale: Decimal | None, gpa_4: Decimal | None) -> str:
    """ "3.8/4", or "90.75/100 ≈ 3.63" where the figure was converted to the 4.0 scale."""
    if gpa is None:
        return "—"
    written = f"{_plain(gpa)}/{_plain(scale)}" if scale else _plain(gpa)
    if gpa_4 is None or (scale == 4 and gpa_4 == gpa):
        return written
    return f"{written} ≈ {_plain(gpa_4)}"


@register.filter
def stars(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.1f}★"


@register.filter
def matched_first(skills, selected: list[str]) -> list:
    """The skills a search asked for first, so the list shows why a candidate matched."""
    skills = list(skills)
    return [s for s in skills if s.name in selected] + [s for s in skills if s.name not in selected]


@register.filter
def undo_id(message) -> int | None:
    """The BulkAction a message reports (its extra tag `undo-<id>`), which the message offers to undo."""
    for tag in message.extra_tags.split():
        if tag.startswith("undo-") and tag[5:].isdigit():
            return int(tag[5:])
    return None
