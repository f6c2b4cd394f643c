"""The frameworks records as API data. Only live records are read (the viewsets' querysets and the
Prefetch objects in api/frameworks/viewsets.py keep drafts out); every nested framework is a
reference with its id, slug, name and API URL, and table rows are objects keyed by criterion slug."""

from rest_framework import serializers

from api.serializers import SparseFieldsMixin
from core.references import api_url
from frameworks.models import (
    AdoptionSurvey,
    Benchmark,
    ComparisonMatrix,
    Criterion,
    DecisionGuide,
    Framework,
    Language,
)
from frameworks.table_data import decision_headings, decision_rows, matrix_columns, matrix_rows
from frameworks.tables import comparison_matrix_rows


class FrameworkReferenceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.CharField()
    url = serializers.SerializerMethodField()

    def get_url(self, framework) -> str:
        return api_url(self.context.get("request"), "framework", framework.slug)


class LanguageSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    label = serializers.CharField(read_only=True, help_text="How tables show it: the short name, else the name.")

    class Meta:
        model = Language
        fields = ["id", "name", "short_name", "label"]


class CriterionSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = Criterion
        fields = ["id", "slug", "name", "description", "unit", "scale_max", "url"]

    def get_url(self, criterion) -> str:
        return api_url(self.context.get("request"), "criterion", criterion.slug)


class FrameworkSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    label = serializers.CharField(read_only=True, help_text="How comparison tables name it.")
    language = LanguageSerializer()
    runtime = serializers.SerializerMethodField()
    values = serializers.SerializerMethodField(help_text="Its value for each published criterion, by criterion slug.")
    url = serializers.SerializerMethodField()

    website = serializers.CharField(help_text="Its official site, or empty.")

    class Meta:
        model = Framework
        fields = ["id", "slug", "name", "kind", "label", "language", "runtime", "website", "values", "url"]

    def get_runtime(self, framework) -> FrameworkReferenceSerializer(allow_null=True):
        runtime = framework.runtime
        if runtime is None or not runtime.live:
            return None
        return FrameworkReferenceSerializer(runtime, context=self.context).data

    def get_values(self, framework) -> dict[str, dict]:
        # `live_values` is prefetched by the viewset: values of live criteria only.
        return {value.criterion.slug: {"text": value.text, "score": value.score} for value in framework.live_values}

    def get_url(self, framework) -> str:
        return api_url(self.context.get("request"), "framework", framework.slug)


class AdoptionFigureSerializer(serializers.Serializer):
    framework = FrameworkReferenceSerializer()
    share = serializers.DecimalField(
        max_digits=4, decimal_places=1, coerce_to_string=False, help_text="Per cent of respondents, a number."
    )


class AdoptionSurveySerializer(SparseFieldsMixin, serializers.ModelSerializer):
    source_url = serializers.CharField(help_text="Where the survey is published, or empty.")
    figures = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = AdoptionSurvey
        fields = ["id", "slug", "publisher", "name", "year", "sample_size", "section", "source_url", "figures", "url"]

    def get_figures(self, survey) -> AdoptionFigureSerializer(many=True):
        return AdoptionFigureSerializer(survey.live_figures, many=True, context=self.context).data

    def get_url(self, survey) -> str:
        return api_url(self.context.get("request"), "adoption-survey", survey.slug)


class BenchmarkResultSerializer(serializers.Serializer):
    framework = FrameworkReferenceSerializer()
    tier = serializers.CharField(help_text="top, middle or lower.")
    rank = serializers.IntegerField(help_text="Order within its tier (1 comes first).")
    figure = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True, coerce_to_string=False)


class BenchmarkSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    source_url = serializers.CharField(source="url", help_text="Where the benchmark is published, or empty.")
    results = serializers.SerializerMethodField(help_text="Top tier first, then middle, then lower; by rank within.")
    url = serializers.SerializerMethodField()

    class Meta:
        model = Benchmark
        fields = [
            "id",
            "slug",
            "publisher",
            "name",
            "edition",
            "published_on",
            "test_type",
            "figure_unit",
            "source_url",
            "notes",
            "results",
            "url",
        ]

    def get_results(self, benchmark) -> BenchmarkResultSerializer(many=True):
        order = {"top": 0, "middle": 1, "lower": 2}
        results = sorted(benchmark.live_results, key=lambda result: (order.get(result.tier, 3), result.rank, result.pk))
        return BenchmarkResultSerializer(results, many=True, context=self.context).data

    def get_url(self, benchmark) -> str:
        return api_url(self.context.get("request"), "benchmark", benchmark.slug)


class ComparisonMatrixSummarySerializer(SparseFieldsMixin, serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = ComparisonMatrix
        fields = ["id", "slug", "title", "description", "url"]

    def get_url(self, matrix) -> str:
        return api_url(self.context.get("request"), "comparison-matrix", matrix.slug)


class MatrixColumnSerializer(serializers.Serializer):
    criterion = serializers.SlugField(help_text="The key of this column in each row.")
    heading = serializers.CharField()


class MatrixRowSerializer(serializers.Serializer):
    framework = FrameworkReferenceSerializer()
    label = serializers.CharField(help_text="The framework as the page's table names it, e.g. 'Express (Node.js)'.")
    language = serializers.CharField(allow_null=True, help_text="Null when the matrix does not show languages.")
    values = serializers.DictField(child=serializers.CharField(), help_text="The cell text by criterion slug.")


class ComparisonMatrixSerializer(ComparisonMatrixSummarySerializer):
    columns = serializers.SerializerMethodField()
    rows = serializers.SerializerMethodField()

    class Meta(ComparisonMatrixSummarySerializer.Meta):
        fields = ["id", "slug", "title", "description", "caption", "row_heading", "show_language", "footnote"]
        fields += ["columns", "rows", "url"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._table_rows = {}  # matrix pk: its MatrixRows, built once for both fields

    def _rows(self, matrix):
        # One matrix's columns and rows, built by frameworks/tables.py as for the page and its CSV.
        if matrix.pk not in self._table_rows:
            self._table_rows[matrix.pk] = comparison_matrix_rows(matrix)
        return self._table_rows[matrix.pk]

    def get_columns(self, matrix) -> MatrixColumnSerializer(many=True):
        return matrix_columns(self._rows(matrix))

    def get_rows(self, matrix) -> MatrixRowSerializer(many=True):
        return matrix_rows(self._rows(matrix), self.context.get("request"))


class DecisionChoiceSerializer(serializers.Serializer):
    framework = FrameworkReferenceSerializer(allow_null=True, help_text="Null when the choice is only a label.")
    label = serializers.CharField(help_text="Shown instead of the framework's name when set.")
    note = serializers.CharField()
    connector = serializers.CharField(help_text="How it joins the choice before it: ',' or 'or'.")
    text = serializers.CharField(help_text="As a reader sees it, e.g. 'NestJS with gateways'.")


class DecisionRowSerializer(serializers.Serializer):
    project_type = serializers.CharField()
    lean_toward = DecisionChoiceSerializer(many=True)
    why = serializers.CharField()
    alternatives = DecisionChoiceSerializer(many=True)


class DecisionGuideSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    headings = serializers.SerializerMethodField()
    rows = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = DecisionGuide
        fields = ["id", "slug", "title", "description", "caption", "headings", "rows", "footnote", "url"]

    def get_headings(self, guide) -> dict[str, str]:
        return decision_headings(guide)

    def get_rows(self, guide) -> DecisionRowSerializer(many=True):
        return decision_rows(guide, self.context.get("request"))

    def get_url(self, guide) -> str:
        return api_url(self.context.get("request"), "decision-guide", guide.slug)
