"""The Sales group (and Administrators): see and work booking requests, and the e-mails they send,
in the admin.

Made by a data migration (and by tests, whose SQLite database is built without migrations), with
get_or_create so that it sits beside the roles other apps make.
"""

SALES_GROUP = "Sales"
ADMINISTRATORS_GROUP = "Administrators"
SALES_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("bookings", "discoverycallrequest", "view_discoverycallrequest"),
    ("bookings", "discoverycallrequest", "change_discoverycallrequest"),
    ("bookings", "requesthistory", "view_requesthistory"),
    ("bookings", "emaildelivery", "view_emaildelivery"),
]


def ensure_sales_group(apps):
    """`apps` is a migration's app registry or django.apps.apps."""
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("bookings")
    # A migration's app registry has no models module; the permissions need one to be made.
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True
    try:
        create_permissions(app_config, apps=apps, verbosity=0)
    finally:
        app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=SALES_GROUP)
    for app_label, model, codename in SALES_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, content_type__model=model, codename=codename
        ).first()
        if permission is not None:
            group.permissions.add(permission)
    return group


def ensure_booking_roles(apps):
    """Sales, and Administrators beside them, see and work booking requests (README: roles table)."""
    sales = ensure_sales_group(apps)
    Group = apps.get_model("auth", "Group")
    administrators, _ = Group.objects.get_or_create(name=ADMINISTRATORS_GROUP)
    administrators.permissions.add(*sales.permissions.all())
    return sales, administrators
