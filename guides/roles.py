"""The editorial roles as Wagtail groups, and the Engineering review workflow they take part in.

Run by a data migration (guides/migrations/0005_editorial_roles_and_review.py) with the migration's
historical models, and by tests with the live ones, so it uses only `apps.get_model`. Everything is
get-or-create: running it again adds what is missing and changes nothing else, and another app may
add its own permissions to the same groups (the bookings app adds booking requests to Sales).
Permissions Django or Wagtail would create after migrating (publish and lock on snippets) are
created here when missing, so a fresh database gets them in the same step.

- Editors write guides (add and edit pages, submit them for review) and frameworks data (drafts),
  without publishing.
- Engineering reviewers approve guides or request changes (the workflow's task), and read the data.
- Publishers publish and unpublish pages and frameworks data.
- Sales read frameworks data, categories, calls to action and teams in the admin, changing
  nothing, and work booking requests (bookings/roles.py). They do not browse the page tree (a
  draft's title is not theirs to see): they read guides as readers do, on the site.
- Administrators do everything, including users, workflows, settings and booking requests.

The README's roles table says the same, area by area; tests/guides/test_role_access.py checks both.
Wagtail's own first migration makes a "Moderators" group (and a "Moderators approval" workflow) that
these roles replace: `remove_stock_moderators` deletes the group while nobody is in it and retires
the workflow while no page or record uses it.
"""

EDITORS = "Editors"
REVIEWERS = "Engineering reviewers"
PUBLISHERS = "Publishers"
SALES = "Sales"
ADMINISTRATORS = "Administrators"
REVIEW_WORKFLOW = "Engineering review"

# Frameworks records that are drafted, locked and published; the rest are their inline parts.
PUBLISHABLE_DATA = ["framework", "criterion", "adoptionsurvey", "benchmark", "comparisonmatrix", "decisionguide"]
PLAIN_DATA = ["language"]
GUIDE_SNIPPETS = ["guidecategory", "calltoaction"]

WRITE = ["add", "change", "view", "lock", "unlock"]
PUBLISH = ["add", "change", "delete", "view", "lock", "unlock", "publish"]
READ = ["view"]


def _permission(apps, app_label, model, action):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    content_type, _ = content_type_model.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = permission_model.objects.get_or_create(
        content_type=content_type,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {model}"},
    )
    return permission


def _grant(apps, group, app_label, models, actions):
    for model in models:
        for action in actions:
            if action in ("lock", "unlock", "publish") and model not in PUBLISHABLE_DATA:
                continue
            group.permissions.add(_permission(apps, app_label, model, action))


def _grant_pages(apps, group, actions):
    page_model = apps.get_model("wagtailcore", "Page")
    group_page_permission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = page_model.objects.filter(depth=1).first()
    if root is None:
        return
    for action in actions:
        group_page_permission.objects.get_or_create(
            group=group, page=root, permission=_permission(apps, "wagtailcore", "page", action.removesuffix("_page"))
        )


def _grant_media(apps, group, actions):
    collection_model = apps.get_model("wagtailcore", "Collection")
    group_collection_permission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = collection_model.objects.filter(depth=1).first()
    if root is None:
        return
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in actions:
            group_collection_permission.objects.get_or_create(
                group=group, collection=root, permission=_permission(apps, app_label, model, action)
            )


def set_up_roles(apps):
    group_model = apps.get_model("auth", "Group")
    groups = {name: group_model.objects.get_or_create(name=name)[0] for name in ROLE_NAMES}
    for group in groups.values():
        group.permissions.add(_permission(apps, "wagtailadmin", "admin", "access"))

    editors = groups[EDITORS]
    _grant_pages(apps, editors, ["add_page", "change_page", "lock_page", "unlock_page"])
    _grant_media(apps, editors, ["add", "change", "choose"])
    _grant(apps, editors, "frameworks", PUBLISHABLE_DATA + PLAIN_DATA, WRITE)
    _grant(apps, editors, "guides", ["guidecategory"], ["add", "change", "view"])
    _grant(apps, editors, "guides", ["calltoaction"], READ)
    _grant(apps, editors, "authors", ["team"], READ)

    reviewers = groups[REVIEWERS]
    _grant_media(apps, reviewers, ["choose"])
    _grant(apps, reviewers, "frameworks", PUBLISHABLE_DATA + PLAIN_DATA, READ)
    _grant(apps, reviewers, "guides", GUIDE_SNIPPETS, READ)

    publishers = groups[PUBLISHERS]
    _grant_pages(apps, publishers, ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"])
    _grant_media(apps, publishers, ["add", "change", "choose"])
    _grant(apps, publishers, "frameworks", PUBLISHABLE_DATA, PUBLISH)
    _grant(apps, publishers, "frameworks", PLAIN_DATA, ["add", "change", "delete", "view"])
    _grant(apps, publishers, "guides", GUIDE_SNIPPETS, ["add", "change", "delete", "view"])
    _grant(apps, publishers, "authors", ["team"], ["add", "change", "view"])

    sales = groups[SALES]
    _grant(apps, sales, "frameworks", PUBLISHABLE_DATA + PLAIN_DATA, READ)
    _grant(apps, sales, "guides", GUIDE_SNIPPETS, READ)
    _grant(apps, sales, "authors", ["team"], READ)

    administrators = groups[ADMINISTRATORS]
    _grant_pages(
        apps,
        administrators,
        ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
    )
    _grant_media(apps, administrators, ["add", "change", "delete", "choose"])
    _grant(apps, administrators, "frameworks", PUBLISHABLE_DATA, PUBLISH)
    _grant(apps, administrators, "frameworks", PLAIN_DATA, ["add", "change", "delete", "view"])
    _grant(apps, administrators, "guides", GUIDE_SNIPPETS + ["editorialprofile"], ["add", "change", "delete", "view"])
    _grant(apps, administrators, "authors", ["team"], ["add", "change", "delete", "view"])
    _grant(apps, administrators, "auth", ["user", "group"], ["add", "change", "delete", "view"])
    _grant(apps, administrators, "wagtailcore", ["workflow", "task"], ["add", "change", "delete"])
    _grant(apps, administrators, "wagtailcore", ["site"], ["add", "change", "delete"])
    _grant(apps, administrators, "wagtailredirects", ["redirect"], ["add", "change", "delete"])
    _grant(apps, administrators, "guides", ["sitechrome"], ["change"])
    return groups


ROLE_NAMES = [EDITORS, REVIEWERS, PUBLISHERS, SALES, ADMINISTRATORS]


def set_up_review_workflow(apps):
    """The Engineering review workflow, with its one task for the Engineering reviewers, on the whole
    page tree (it takes the place of Wagtail's default "Moderators approval" there) and on every
    frameworks record that is drafted and published."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    group_model = apps.get_model("auth", "Group")
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")
    page_model = apps.get_model("wagtailcore", "Page")
    task_model = apps.get_model("guides", "EngineeringReviewTask")

    task_type, _ = content_type_model.objects.get_or_create(app_label="guides", model="engineeringreviewtask")
    task = task_model.objects.filter(name=REVIEW_WORKFLOW).first()
    if task is None:
        task = task_model.objects.create(name=REVIEW_WORKFLOW, active=True, content_type=task_type)
    task.groups.add(group_model.objects.get_or_create(name=REVIEWERS)[0])

    workflow, _ = workflow_model.objects.get_or_create(name=REVIEW_WORKFLOW, defaults={"active": True})
    workflow_task_model.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    root = page_model.objects.filter(depth=1).first()
    if root is not None:
        workflow_page_model.objects.update_or_create(page=root, defaults={"workflow": workflow})
    # Frameworks records are reviewed the same way (they are WorkflowMixin snippets).
    workflow_content_type_model = apps.get_model("wagtailcore", "WorkflowContentType")
    for model in PUBLISHABLE_DATA:
        record_type, _ = content_type_model.objects.get_or_create(app_label="frameworks", model=model)
        workflow_content_type_model.objects.update_or_create(content_type=record_type, defaults={"workflow": workflow})
    return workflow


STOCK_MODERATORS = "Moderators"
STOCK_WORKFLOW = "Moderators approval"


def remove_stock_moderators(apps):
    group_model = apps.get_model("auth", "Group")
    group_model.objects.filter(name=STOCK_MODERATORS, user__isnull=True).delete()
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")
    workflow_content_type_model = apps.get_model("wagtailcore", "WorkflowContentType")
    task_model = apps.get_model("wagtailcore", "Task")
    for workflow in workflow_model.objects.filter(name=STOCK_WORKFLOW, active=True):
        in_use = (
            workflow_page_model.objects.filter(workflow=workflow).exists()
            or workflow_content_type_model.objects.filter(workflow=workflow).exists()
        )
        if not in_use:
            workflow_model.objects.filter(pk=workflow.pk).update(active=False)
            task_model.objects.filter(name=STOCK_WORKFLOW).update(active=False)
