"""What happens when a workflow is approved: its content is published on the approver's word.

Approval is the permission: an Engineering reviewer approves without holding the Publishers' right
to publish directly (settings: WAGTAIL_FINISH_WORKFLOW_ACTION). Imported by Wagtail's workflow
models as they load, so it imports nothing from the models at module level.
"""


def publish_approved(workflow_state, user=None):
    workflow_state.content_object.get_latest_revision().publish(user=user, skip_permission_checks=True)
