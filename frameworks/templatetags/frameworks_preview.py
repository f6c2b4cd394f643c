"""Render a draft record on its own for its admin preview, as the guide blocks would show it."""

from django import template
from django.template.loader import render_to_string
from wagtail import blocks

from ..blocks import AdoptionChartBlock, ComparisonMatrixBlock, DecisionGuideBlock, TieredRankingBlock
from ..records import AdoptionSurvey, Benchmark, ComparisonMatrix, DecisionGuide, PerformanceTier

register = template.Library()


def _render(block, context, **value):
    struct = blocks.StructValue(block, [(name, value.get(name)) for name in block.child_blocks])
    return block.render(struct, context={**context, "block_id": "preview"})


@register.simple_tag(takes_context=True)
def record_preview(context, record):
    context = context.flatten()
    if isinstance(record, ComparisonMatrix):
        return _render(ComparisonMatrixBlock(), context, matrix=record)
    if isinstance(record, DecisionGuide):
        return _render(DecisionGuideBlock(), context, guide=record)
    if isinstance(record, AdoptionSurvey):
        return _render(AdoptionChartBlock(), context, title=str(record), survey=record, max_bars=30)
    if isinstance(record, Benchmark):
        tiers = [
            blocks.StructValue(None, [("tier", v), ("label", label), ("description", "")])
            for v, label in PerformanceTier.choices
        ]
        return _render(TieredRankingBlock(), context, benchmark=record, tiers=tiers, heading=str(record))
    return render_to_string("frameworks/preview/record_fields.html", {"record": record}, request=context.get("request"))
