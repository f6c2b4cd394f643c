"""The frameworks records as API resources: frameworks, languages, criteria, comparison matrices,
adoption surveys, benchmarks and decision guides."""
