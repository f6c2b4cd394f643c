"""Guides, guide categories and calls to action as API resources."""
