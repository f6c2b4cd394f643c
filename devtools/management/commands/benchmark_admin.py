"""manage.py benchmark_admin: the queries and times of the admin's edit views editors open most.

Opens, as a superuser (`create_admin` makes one), the edit view of a guide (the demo guide unless
--slug), of the decision guide with the most rows and of the comparison matrix with the most rows,
through the full request cycle against the configured database, and prints one row each: queries
(deterministic) and times (noisy: compare runs side by side). --frameworks N --criteria M first
makes the benchmark volume (devtools/frameworks_volume.py): a matrix of N rows by M columns and a
decision guide over them, to see that the queries stay as they are.

    python manage.py benchmark_admin --frameworks 500 --criteria 40 --renders 5
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.urls import reverse

from devtools.frameworks_volume import make_volume
from devtools.measuring import HEADER, measure
from frameworks.models import ComparisonMatrix, DecisionGuide
from guides.models import GuidePage


class Command(BaseCommand):
    help = "Print the query count and times of the admin's edit views of a guide, a decision guide and a matrix."

    def add_arguments(self, parser):
        parser.add_argument("--slug", default="backend-frameworks-compared", help="The guide whose editor is opened.")
        parser.add_argument("--renders", type=int, default=20)
        parser.add_argument("--frameworks", type=int, default=0, help="Make the volume of this many frameworks first.")
        parser.add_argument("--criteria", type=int, default=40, help="The volume's criteria (matrix columns).")

    def handle(self, *args, slug, renders, frameworks, criteria, **options):
        if frameworks:
            make_volume(frameworks=frameworks, criteria=criteria, surveys=1)
        user = get_user_model().objects.filter(is_superuser=True, is_active=True).first()
        if user is None:
            raise CommandError("No active superuser. Run: python manage.py create_admin")
        guide = GuidePage.objects.filter(slug=slug).first()
        if guide is None:
            raise CommandError(f"No guide with slug '{slug}'. Run: python manage.py load_demo")
        views = [(f"guide '{slug}'", reverse("wagtailadmin_pages:edit", args=[guide.pk]))]
        for model in (DecisionGuide, ComparisonMatrix):
            record = model.objects.annotate(row_count=Count("rows")).order_by("-row_count", "pk").first()
            if record is not None:
                url = reverse(f"wagtailsnippets_frameworks_{model._meta.model_name}:edit", args=[record.pk])
                views.append((f"{model._meta.verbose_name} ({record.row_count} rows)", url))

        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user)
        self.stdout.write(f"database: {connection.vendor}; {renders} requests each, signed in as '{user}'")
        self.stdout.write(f"{'view':<32} {HEADER}")
        for label, url in views:
            measured = measure(url, renders, client)
            if measured.status != 200:
                raise CommandError(f"{url} answered {measured.status}, not 200: nothing to measure.")
            self.stdout.write(f"{label:<32} {measured.row()}")
