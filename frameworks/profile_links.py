"""Where each framework's profile is, for the blocks that name frameworks on a guide: one query a
request, however many blocks and names there are."""

from core.pages import in_a_private_section

from .models import FrameworkIndexPage
from .tables import no_profile


def profile_url_for(context):
    """A function giving a live framework's profile address (None for a draft), or `no_profile` while
    no frameworks page is live."""
    request = (context or {}).get("request")
    base = getattr(request, "framework_profiles_base", None)
    if base is None:
        index = FrameworkIndexPage.objects.live().exclude(in_a_private_section()).first()
        base = index.get_url(request) if index else ""
        if request is not None:
            request.framework_profiles_base = base
    if not base:
        return no_profile
    return lambda framework: f"{base}{framework.slug}/" if framework.live else None
