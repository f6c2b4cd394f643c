"""StreamField blocks that show frameworks data on a page.

They choose records and never copy the data into the page, so editing a record changes every
page that shows it. Each block fetches its data in a fixed number of queries in get_context, and
says how it reads as data in get_api_representation: the one shape the API serves for it in a
guide's body, each record and framework named by its reference (id, slug, name, API address), or
None while its record is not published (the API then leaves the block out, as the page does).
The context holds the request, for absolute addresses, and the page's `text` (guides/citations.py
`PageText`), which makes rich text read away from the page as it does on it.
"""

from wagtail import blocks
from wagtail.rich_text import expand_db_html

from core.references import (
    OPTIONAL_TEXT,
    REFERENCE_SCHEMA,
    TEXT,
    framework_reference,
    list_of,
    nullable,
    object_schema,
    record_reference,
)

from .charts import build_adoption_chart
from .chooser_blocks import SnippetChooserBlock
from .profile_links import profile_url_for
from .records import PerformanceTier, published
from .table_data import decision_headings, decision_rows, matrix_columns, matrix_rows
from .tables import (
    comparison_matrix_rows,
    comparison_matrix_table,
    decision_guide_table,
    frameworks_by_tier,
    linked_names,
    no_profile,
)


class ComparisonMatrixBlock(blocks.StructBlock):
    matrix = SnippetChooserBlock("frameworks.ComparisonMatrix")

    class Meta:
        icon = "table"
        template = "frameworks/blocks/comparison_matrix.html"
        help_text = "Shows a comparison matrix kept under Frameworks data › Comparison matrices."

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        matrix = published(value["matrix"])
        context["table"] = comparison_matrix_table(matrix, profile_url_for(parent_context)) if matrix else None
        return context

    def get_api_representation(self, value, context=None):
        matrix = published(value["matrix"])
        if matrix is None:
            return None
        request = _request(context)
        table_rows = comparison_matrix_rows(matrix)
        return {
            "matrix": record_reference(matrix, "comparison-matrix", request),
            "caption": matrix.caption,
            "row_heading": matrix.row_heading,
            "footnote": matrix.footnote,
            "columns": matrix_columns(table_rows),
            "rows": matrix_rows(table_rows, request),
        }

    # The shape of get_api_representation, as JSON Schema: the API's schema gives each block its own.
    api_schema = object_schema(
        matrix=REFERENCE_SCHEMA,
        caption=TEXT,
        row_heading=TEXT,
        footnote=TEXT,
        columns=list_of(object_schema(criterion=TEXT, heading=TEXT)),
        rows=list_of(
            object_schema(
                framework=REFERENCE_SCHEMA,
                label=TEXT,
                language=OPTIONAL_TEXT,
                values={"type": "object", "additionalProperties": TEXT, "description": "Cell text by criterion slug."},
            )
        ),
    )


DECISION_CHOICE_SCHEMA = object_schema(
    framework=nullable(REFERENCE_SCHEMA), label=TEXT, note=TEXT, connector=TEXT, text=TEXT
)


class DecisionGuideBlock(blocks.StructBlock):
    guide = SnippetChooserBlock("frameworks.DecisionGuide")

    class Meta:
        icon = "list-ul"
        template = "frameworks/blocks/decision_guide.html"
        help_text = "Shows a decision guide kept under Frameworks data › Decision guides."

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        guide = published(value["guide"])
        context["table"] = decision_guide_table(guide, profile_url_for(parent_context)) if guide else None
        return context

    def get_api_representation(self, value, context=None):
        guide = published(value["guide"])
        if guide is None:
            return None
        request = _request(context)
        return {
            "guide": record_reference(guide, "decision-guide", request),
            "caption": guide.caption,
            "headings": decision_headings(guide),
            "rows": decision_rows(guide, request),
            "footnote": guide.footnote,
        }

    api_schema = object_schema(
        guide=REFERENCE_SCHEMA,
        caption=TEXT,
        headings=object_schema(project_type=TEXT, lean_toward=TEXT, why=TEXT, alternatives=TEXT),
        rows=list_of(
            object_schema(
                project_type=TEXT,
                lean_toward=list_of(DECISION_CHOICE_SCHEMA),
                why=TEXT,
                alternatives=list_of(DECISION_CHOICE_SCHEMA),
            )
        ),
        footnote=TEXT,
    )


class AdoptionChartBlock(blocks.StructBlock):
    title = blocks.CharBlock()
    description = blocks.TextBlock(required=False)
    survey = SnippetChooserBlock("frameworks.AdoptionSurvey", help_text="The survey the bars show.")
    comparison_survey = SnippetChooserBlock(
        "frameworks.AdoptionSurvey",
        required=False,
        help_text="An earlier edition, shown beside it in the data table.",
    )
    max_bars = blocks.IntegerBlock(default=10, min_value=1, max_value=30)
    axis_max = blocks.IntegerBlock(
        required=False,
        min_value=1,
        max_value=100,
        help_text="Percent at the end of the axis. Blank rounds the largest figure up to the next 10.",
    )

    class Meta:
        icon = "table"
        template = "frameworks/blocks/adoption_chart.html"
        description = "A bar chart of a survey's figures, with its data table and a text summary."

    def chart(self, value):
        survey = published(value["survey"])
        if not survey:
            return None
        return build_adoption_chart(
            title=value["title"],
            description=value["description"],
            survey=survey,
            comparison_survey=published(value["comparison_survey"]),
            max_bars=value["max_bars"] or 10,
            axis_max=value["axis_max"],
        )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["chart"] = self.chart(value)
        return context

    def get_api_representation(self, value, context=None):
        chart = self.chart(value)
        if chart is None:
            return None
        request = _request(context)
        return {
            "title": chart.title,
            "description": chart.description,
            "survey": record_reference(chart.survey, "adoption-survey", request, "name"),
            "comparison_survey": record_reference(chart.comparison_survey, "adoption-survey", request, "name"),
            "bars": [
                {
                    "framework": framework_reference(bar.framework, request),
                    "share": float(bar.value),
                    "previous_share": float(bar.previous) if bar.previous is not None else None,
                }
                for bar in chart.bars
            ],
            "summary": chart.summary,
            "source": chart.source_line,
        }

    api_schema = object_schema(
        title=TEXT,
        description=OPTIONAL_TEXT,
        survey=REFERENCE_SCHEMA,
        comparison_survey=nullable(REFERENCE_SCHEMA),
        bars=list_of(
            object_schema(
                framework=REFERENCE_SCHEMA,
                share={"type": "number", "description": "Per cent of respondents."},
                previous_share={"type": "number", "nullable": True, "description": "In the comparison survey."},
            )
        ),
        summary=TEXT,
        source=TEXT,
    )


class TierBlock(blocks.StructBlock):
    tier = blocks.ChoiceBlock(choices=PerformanceTier.choices)
    label = blocks.CharBlock(help_text="e.g. 'Top tier (compiled / JVM)'.")
    description = blocks.CharBlock(required=False)


class TieredRankingBlock(blocks.StructBlock):
    """Frameworks grouped by the tier the chosen benchmark's results give them."""

    heading = blocks.CharBlock(required=False)
    benchmark = SnippetChooserBlock("frameworks.Benchmark")
    intro = blocks.RichTextBlock(features=["bold", "italic", "link"], required=False)
    tiers = blocks.ListBlock(TierBlock(), min_num=1)
    caveat = blocks.TextBlock(required=False)

    class Meta:
        icon = "order"
        template = "frameworks/blocks/tiered_ranking.html"
        description = "Frameworks grouped by the tier the chosen benchmark's results give them."

    def ranked_tiers(self, value, profile_url=no_profile):
        """The chosen tiers that the benchmark puts any framework in, in the editor's order, each
        framework's name linked by `profile_url`."""
        benchmark = published(value["benchmark"])
        if not benchmark:
            return []
        grouped = frameworks_by_tier(benchmark, [tier["tier"] for tier in value["tiers"]])
        return [
            {
                "label": tier["label"],
                "description": tier["description"],
                "frameworks": grouped[tier["tier"]],
                "names": linked_names(grouped[tier["tier"]], profile_url),
            }
            for tier in value["tiers"]
            if grouped[tier["tier"]]
        ]

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["benchmark"] = published(value["benchmark"])
        context["ranked_tiers"] = self.ranked_tiers(value, profile_url_for(parent_context))
        return context

    def get_api_representation(self, value, context=None):
        benchmark = published(value["benchmark"])
        if benchmark is None:
            return None
        request = _request(context)
        return {
            "heading": value["heading"],
            "benchmark": record_reference(benchmark, "benchmark", request, "name"),
            "intro_html": _html(value["intro"], context),
            "tiers": [
                {
                    "label": tier["label"],
                    "description": tier["description"],
                    "frameworks": [framework_reference(framework, request) for framework in tier["frameworks"]],
                }
                for tier in self.ranked_tiers(value)
            ],
            "caveat": value["caveat"],
        }

    api_schema = object_schema(
        heading=OPTIONAL_TEXT,
        benchmark=REFERENCE_SCHEMA,
        intro_html=TEXT,
        tiers=list_of(object_schema(label=TEXT, description=OPTIONAL_TEXT, frameworks=list_of(REFERENCE_SCHEMA))),
        caveat=OPTIONAL_TEXT,
    )


def _request(context):
    return (context or {}).get("request")


def _html(rich_text, context):
    """Rich text as the page that shows the block has it read away from the page (its `text`, which
    numbers citations and makes links absolute); without one, the stored HTML expanded."""
    text = (context or {}).get("text")
    return text.html(rich_text) if text is not None else expand_db_html(rich_text.source)
