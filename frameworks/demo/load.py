"""Load the demo frameworks records: languages, frameworks with their criterion values, the two
adoption surveys, the benchmark with its results, the comparison matrix and the decision guide.

Idempotent and non-destructive, like the guides' demo loader: every record is looked up by its
natural key and created, with its rows, only when missing; what exists is never changed.
"""

from decimal import Decimal

from django.db import transaction

from frameworks.records import (
    AdoptionFigure,
    AdoptionSurvey,
    Benchmark,
    BenchmarkResult,
    ComparisonMatrix,
    ComparisonMatrixColumn,
    ComparisonMatrixRow,
    Criterion,
    CriterionValue,
    DecisionGuide,
    DecisionGuideAlternative,
    DecisionGuideLeanToward,
    DecisionGuideRow,
    Framework,
    Language,
)

from . import data


class FrameworksDemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.created = []

    def _created(self, what, record=None):
        """Note a new record; a draftable one is published through a revision, as an editor would,
        so it has a publish date and a revision of what readers see."""
        if record is not None:
            record.save_revision().publish()
        self.created.append(what)
        self.log(f"  created {what}")

    @transaction.atomic
    def run(self):
        languages = self.load_languages()
        criteria = self.load_criteria()
        for record in data.RUNTIMES:
            self.load_framework(dict(record, kind=Framework.Kind.RUNTIME), languages, criteria)
        for record in data.FRAMEWORKS:
            self.load_framework(record, languages, criteria)
        frameworks = {framework.slug: framework for framework in Framework.objects.all()}
        self.load_surveys(frameworks)
        self.load_benchmarks(frameworks)
        self.load_matrix(frameworks, criteria)
        self.load_decision_guide(frameworks)
        return self.created

    def load_languages(self):
        languages = {}
        for name, short_name in data.LANGUAGES:
            languages[name], made = Language.objects.get_or_create(name=name, defaults={"short_name": short_name})
            if made:
                self._created(f"language {name}")
        return languages

    def load_criteria(self):
        criteria = {}
        for record in data.CRITERIA:
            criteria[record["slug"]], made = Criterion.objects.get_or_create(slug=record["slug"], defaults=record)
            if made:
                self._created(f"criterion {record['name']}", criteria[record["slug"]])
        return criteria

    def load_framework(self, record, languages, criteria):
        record = dict(record)
        values = record.pop("values", {})
        record["language"] = languages[record["language"]]
        if "runtime" in record:
            record["runtime"] = Framework.objects.get(slug=record["runtime"])
        framework, made = Framework.objects.get_or_create(slug=record.pop("slug"), defaults=record)
        if made:
            for slug, text in values.items():
                CriterionValue.objects.create(framework=framework, criterion=criteria[slug], text=text)
            self._created(f"framework {framework.name}", framework)

    def load_surveys(self, frameworks):
        for record in data.SURVEYS:
            survey, made = AdoptionSurvey.objects.get_or_create(slug=record["slug"], defaults=record)
            if made:
                column = 0 if record["year"] == 2024 else 1
                for position, (slug, shares) in enumerate(data.ADOPTION_FIGURES.items()):
                    AdoptionFigure.objects.create(
                        survey=survey, framework=frameworks[slug], share=Decimal(shares[column]), sort_order=position
                    )
                self._created(f"survey {survey}", survey)

    def load_benchmarks(self, frameworks):
        for record in data.BENCHMARKS:
            record = dict(record)
            results = record.pop("results")
            benchmark, made = Benchmark.objects.get_or_create(slug=record["slug"], defaults=record)
            if made:
                for slug, tier, rank in results:
                    BenchmarkResult.objects.create(
                        benchmark=benchmark, framework=frameworks[slug], tier=tier, rank=rank
                    )
                self._created(f"benchmark {benchmark}", benchmark)

    def load_matrix(self, frameworks, criteria):
        spec = data.COMPARISON_MATRIX
        fields = {
            key: spec[key] for key in ("title", "description", "caption", "row_heading", "show_language", "footnote")
        }
        matrix, made = ComparisonMatrix.objects.get_or_create(slug=spec["slug"], defaults=fields)
        if made:
            for position, slug in enumerate(spec["criteria"]):
                ComparisonMatrixColumn.objects.create(matrix=matrix, criterion=criteria[slug], sort_order=position)
            for position, slug in enumerate(spec["frameworks"]):
                ComparisonMatrixRow.objects.create(matrix=matrix, framework=frameworks[slug], sort_order=position)
            self._created(f"comparison matrix {matrix}", matrix)

    def load_decision_guide(self, frameworks):
        spec = data.DECISION_GUIDE
        fields = {key: spec[key] for key in ("title", "description", "caption", "footnote")}
        guide, made = DecisionGuide.objects.get_or_create(slug=spec["slug"], defaults=fields)
        if not made:
            return
        for position, row_spec in enumerate(spec["rows"]):
            row = DecisionGuideRow.objects.create(
                guide=guide, project_type=row_spec["project_type"], why=row_spec["why"], sort_order=position
            )
            for model, choices in (
                (DecisionGuideLeanToward, row_spec["lean_toward"]),
                (DecisionGuideAlternative, row_spec["alternatives"]),
            ):
                for order, (slug, label, note, connector) in enumerate(choices):
                    model.objects.create(
                        row=row,
                        framework=frameworks[slug] if slug else None,
                        label=label,
                        note=note,
                        connector=connector,
                        sort_order=order,
                    )
        self._created(f"decision guide {guide}", guide)


def load_frameworks_demo(log=print):
    return FrameworksDemoLoader(log=log).run()
