import django.utils.timezone
from django.db import migrations, models
from django.db.models import F


def backfill(apps, schema_editor):
    """An entry's stage last changed, as far as anyone can tell now, when the entry last changed."""
    apps.get_model("candidates", "ShortlistEntry").objects.update(stage_changed_at=F("updated_at"))


class Migration(migrations.Migration):

    dependencies = [
        ("candidates", "0022_institution_trigram"),
    ]

    operations = [
        migrations.AddField(
            model_name="shortlistentry",
            name="stage_changed_at",
            field=models.DateTimeField(default=django.utils.timezone.now,
                                       help_text="When it entered its current stage."),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
