"""Start the change log with what readers see now: one `created` change per readable guide,
published frameworks record and call to action, so a channel reading from the start learns of them."""

from django.db import migrations
from django.db.models import Q
from django.utils import timezone

RECORDS = {
    "Framework": "framework",
    "Criterion": "criterion",
    "ComparisonMatrix": "comparison-matrix",
    "AdoptionSurvey": "adoption-survey",
    "Benchmark": "benchmark",
    "DecisionGuide": "decision-guide",
}

# As each record's __str__ names it (historical models have none).
TITLES = {
    "Benchmark": lambda r: f"{r.publisher} {r.name} {r.edition}",
    "AdoptionSurvey": lambda r: f"{r.publisher} {r.name} {r.year}",
}


def seed(apps, schema_editor):
    Change = apps.get_model("changes", "Change")
    now = timezone.now()
    changes = []
    restricted = list(apps.get_model("wagtailcore", "PageViewRestriction").objects.values_list("page__path", flat=True))
    guides = apps.get_model("guides", "GuidePage").objects.filter(live=True).filter(
        Q(expire_at__isnull=True) | Q(expire_at__gt=now)
    )
    for guide in guides.order_by("first_published_at", "pk"):
        if not any(guide.path.startswith(path) for path in restricted):
            changes.append(Change(action="created", subject_type="guide", subject_id=guide.pk, slug=guide.slug, title=guide.title))
    for model_name, subject_type in RECORDS.items():
        model = apps.get_model("frameworks", model_name)
        for record in model.objects.filter(live=True).order_by("pk"):
            title = TITLES.get(model_name, lambda r: getattr(r, "name", None) or r.title)(record)
            changes.append(Change(action="created", subject_type=subject_type, subject_id=record.pk, slug=record.slug, title=title))
    for cta in apps.get_model("guides", "CallToAction").objects.order_by("pk"):
        changes.append(Change(action="created", subject_type="call-to-action", subject_id=cta.pk, slug="", title=cta.name))
    Change.objects.bulk_create(changes)


class Migration(migrations.Migration):
    dependencies = [
        ("changes", "0001_change_log"),
        ("guides", "0010_worker_heartbeats"),
        ("frameworks", "0007_url_schemes"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
