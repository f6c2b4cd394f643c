"""{% keep_fragment "name" %}…{% endkeep_fragment %}: a part of a page kept between requests
(page_cache/fragments.py). Without `fragments` in the context (a preview) it renders every time."""

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


class KeepFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        fragments = context.get("fragments")
        if fragments is None:
            return self.nodelist.render(context)
        name = self.name.resolve(context)
        html = fragments.get(name)
        if html is None:
            html = self.nodelist.render(context)
            fragments.keep(name, str(html))
        return mark_safe(html)


@register.tag
def keep_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("keep_fragment takes one argument: the part's name")
    nodelist = parser.parse(("endkeep_fragment",))
    parser.delete_first_token()
    return KeepFragmentNode(parser.compile_filter(bits[1]), nodelist)
