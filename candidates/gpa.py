"""GPAs on one scale, so that "gpa_min=3.5" means the same thing for every candidate.

The rule, shown to recruiters beside each converted figure:
1. a 4.0-scale equivalent the resume itself states wins ("90.21/100 (3.93/4.0)" gives 3.93);
2. otherwise the GPA is scaled linearly to 4.0: 90.75/100 gives 3.63, 8.7/10 gives 3.48,
   108/110 gives 3.93, 4.2/4.3 gives 3.91;
3. a GPA printed without a scale is read on the smallest usual scale that holds it
   (4, 5, 10, 20, 100), so "GPA 3.67" is 3.67/4 and "85" is 85/100.
The result is capped at 4.0 and rounded to two decimals.
"""

from decimal import ROUND_HALF_UP, Decimal

USUAL_SCALES = (Decimal(4), Decimal(5), Decimal(10), Decimal(20), Decimal(100))
FOUR = Decimal(4)


def implied_scale(gpa: Decimal) -> Decimal | None:
    return next((scale for scale in USUAL_SCALES if gpa <= scale), None)


def on_four_scale(gpa: Decimal | None, scale: Decimal | None, stated: Decimal | None = None) -> Decimal | None:
    if stated is not None and 0 < stated <= FOUR:
        return Decimal(stated).quantize(Decimal("0.01"), ROUND_HALF_UP)
    if gpa is None or gpa <= 0:
        return None
    gpa = Decimal(gpa)
    scale = Decimal(scale) if scale else implied_scale(gpa)
    if not scale or gpa > scale:
        return None
    return min(FOUR, gpa / scale * FOUR).quantize(Decimal("0.01"), ROUND_HALF_UP)
