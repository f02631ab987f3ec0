from django.db import migrations

RECRUITERS = "Recruiters"


def make_group(apps, schema_editor):
    """Recruiters use the dashboard; they are not staff, so the admin stays closed to them."""
    apps.get_model("auth", "Group").objects.get_or_create(name=RECRUITERS)


def drop_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=RECRUITERS).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("candidates", "0011_history"),
    ]

    operations = [
        migrations.RunPython(make_group, drop_group),
    ]
