"""Admin edit forms for frameworks records, as the browser posts them."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data


def framework_form(framework, values):
    """The framework edit form as the admin posts it, with `values` as its criterion-value rows."""
    return nested_form_data(
        {
            "name": framework.name,
            "slug": framework.slug,
            "kind": framework.kind,
            "table_label": framework.table_label,
            "language": framework.language_id,
            "runtime": framework.runtime_id or "",
            "website": framework.website,
            "criterion_values": inline_formset(values, initial=framework.criterion_values.count()),
            "action-publish": "action-publish",
        }
    )
