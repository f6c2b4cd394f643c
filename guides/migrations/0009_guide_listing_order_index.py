"""An index in the order guide listings show pages: newest first, live only.

Home, /guides/ (each category too), author pages and the feed ask for the newest live guides;
with this index the database walks pages in that order and stops after one page of them,
instead of sorting every guide. It is on Wagtail's page table, where those columns live, so it is
written as SQL (both PostgreSQL and SQLite read it); `wagtailcore_page_first_published_at` alone
leaves the tie-break on the key to a sort.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("guides", "0008_editorial_roles_and_review"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX guides_live_page_newest_first ON wagtailcore_page (first_published_at DESC, id DESC) "
            "WHERE live",
            "DROP INDEX guides_live_page_newest_first",
        ),
    ]
