"""The CSV downloads under /frameworks/data/ (the pages themselves are Wagtail's, at /frameworks/)."""

from django.urls import path

from . import views

app_name = "frameworks"

urlpatterns = [
    path("comparison.csv", views.comparison_csv, name="comparison_csv"),
    path("matrices/<slug:slug>.csv", views.matrix_csv, name="matrix_csv"),
    path("surveys/<slug:slug>.csv", views.survey_csv, name="survey_csv"),
    path("decision-guides/<slug:slug>.csv", views.decision_guide_csv, name="decision_guide_csv"),
    path("benchmarks/<slug:slug>.csv", views.benchmark_csv, name="benchmark_csv"),
    path("adoption/<slug:slug>.csv", views.framework_adoption_csv, name="framework_adoption_csv"),
]
