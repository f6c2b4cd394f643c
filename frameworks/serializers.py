"""The frameworks records as API data. Only live records are read (the viewsets' querysets and the
Prefetch objects in frameworks/api.py keep drafts out); every nested framework is a reference with
its id, slug, name and API URL, and table rows are objects keyed by criterion slug."""

from django.urls import reverse
from rest_framework import serializers

from .models import (
    AdoptionSurvey,
    Benchmark,
    ComparisonMatrix,
    Criterion,
    DecisionGuide,
    Framework,
    Language,
)
from .tables import comparison_matrix_rows, decision_guide_rows


class SparseFieldsMixin:
    """`?fields=slug,name` returns only those fields; an unknown name is a 400 naming it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        wanted = request and request.query_params.get("fields")
        if not wanted or self.parent is not None and not isinstance(self.parent, serializers.ListSerializer):
            return
        names = {name.strip(" ") for name in wanted.split(",") if name.strip(" ")}
        unknown = sorted(names - set(self.fields))
        if unknown:
            raise serializers.ValidationError({"fields": [f"Unknown field: {name}." for name in unknown]})
        for name in set(self.fields) - names:
            self.fields.pop(name)


def api_url(request, basename, slug):
    path = reverse(f"api:{basename}-detail", kwargs={"slug": slug})
    return request.build_absolute_uri(path) if request else path


class FrameworkReferenceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.CharField()
    url = serializers.SerializerMethodField()

    def get_url(self, framework) -> str:
        return api_url(self.context.get("request"), "framework", framework.slug)


class LanguageSerializer(serializers.ModelSerializer):
    label = serializers.CharField(read_only=True, help_text="How tables show it: the short name, else the name.")

    class Meta:
        model = Language
        fields = ["id", "name", "short_name", "label"]


class CriterionSerializer(serializers.ModelSerializer):
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
    share = serializers.DecimalField(max_digits=4, decimal_places=1, help_text="Per cent of respondents.")


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
    figure = serializers.DecimalField(max_digits=12, decimal_places=2, allow_null=True)


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
    language = serializers.CharField(allow_null=True, help_text="Null when the matrix does not show languages.")
    values = serializers.DictField(child=serializers.CharField(), help_text="The cell text by criterion slug.")


class ComparisonMatrixSerializer(ComparisonMatrixSummarySerializer):
    columns = serializers.SerializerMethodField()
    rows = serializers.SerializerMethodField()

    class Meta(ComparisonMatrixSummarySerializer.Meta):
        fields = ["id", "slug", "title", "description", "caption", "row_heading", "show_language", "footnote"]
        fields += ["columns", "rows", "url"]

    def _rows(self, matrix):
        # One matrix's columns and rows, built by frameworks/tables.py as for the page and its CSV.
        if getattr(matrix, "_table_rows", None) is None:
            matrix._table_rows = comparison_matrix_rows(matrix)
        return matrix._table_rows

    def get_columns(self, matrix) -> MatrixColumnSerializer(many=True):
        return [{"criterion": criterion.slug, "heading": heading} for heading, criterion in self._rows(matrix).columns]

    def get_rows(self, matrix) -> MatrixRowSerializer(many=True):
        return [
            {
                "framework": FrameworkReferenceSerializer(row["framework"], context=self.context).data,
                "language": row["language"],
                "values": row["values"],
            }
            for row in self._rows(matrix).rows
        ]


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


def _choices(pairs):
    """(choice, live framework or None) pairs, from frameworks/tables.py, as data."""
    return [
        {
            "framework": framework,
            "label": choice.label,
            "note": choice.note,
            "connector": choice.connector,
            "text": choice.text(framework),
        }
        for choice, framework in pairs
    ]


class DecisionGuideSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    headings = serializers.SerializerMethodField()
    rows = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    class Meta:
        model = DecisionGuide
        fields = ["id", "slug", "title", "description", "caption", "headings", "rows", "footnote", "url"]

    def get_headings(self, guide) -> dict[str, str]:
        return {
            "project_type": guide.project_heading,
            "lean_toward": guide.lean_toward_heading,
            "why": guide.why_heading,
            "alternatives": guide.alternative_heading,
        }

    def get_rows(self, guide) -> DecisionRowSerializer(many=True):
        rows = [
            {**row, "lean_toward": _choices(row["lean_toward"]), "alternatives": _choices(row["alternatives"])}
            for row in decision_guide_rows(guide)
        ]
        return DecisionRowSerializer(rows, many=True, context=self.context).data

    def get_url(self, guide) -> str:
        return api_url(self.context.get("request"), "decision-guide", guide.slug)
