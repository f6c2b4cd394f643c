"""Example answers of the guides API, shown in the schema and the docs."""

EXAMPLE_GUIDE = {
    "id": 12,
    "slug": "backend-frameworks-compared",
    "url": "https://example.com/guides/backend-frameworks-compared/",
    "api_url": "https://example.com/api/v1/guides/12/",
    "title": "Backend frameworks compared",
    "standfirst": "Which backend framework fits which project, with the data behind it.",
    "category": {
        "id": 1,
        "slug": "engineering",
        "name": "Engineering",
        "url": "https://example.com/api/v1/guide-categories/engineering/",
        "guides_url": "https://example.com/api/v1/guides/?category=engineering",
    },
    "author": {
        "id": 5,
        "slug": "jane-doe",
        "name": "Jane Doe",
        "role": "Head of Engineering",
        "url": "https://example.com/authors/jane-doe/",
        "api_url": "https://example.com/api/v1/authors/jane-doe/",
    },
    "reviewer": {
        "type": "team",
        "id": 1,
        "slug": "engineering-team",
        "name": "Engineering team",
        "url": None,
        "api_url": "https://example.com/api/v1/teams/engineering-team/",
    },
    "published_at": "2026-01-12T09:00:00Z",
    "updated_at": "2026-02-02T10:30:00Z",
    "reading_minutes": 14,
    "hero_image": {
        "alt": "A row of server racks",
        "width": 1600,
        "height": 900,
        "renditions": [
            {
                "format": "avif",
                "width": 480,
                "height": 270,
                "url": "https://example.com/media/images/hero.width-480.avif",
            }
        ],
    },
}
EXAMPLE_GUIDE_DETAIL = {
    **EXAMPLE_GUIDE,
    "body": [
        {
            "type": "heading",
            "id": "3f0c5d1e-8a57-4d0e-9a34-1d7f6b1c2e90",
            "value": {
                "text": "Performance",
                "level": "h2",
                "anchor": "performance",
                "url": "https://example.com/guides/backend-frameworks-compared/#performance",
            },
        },
        {
            "type": "paragraph",
            "id": "9b1e2a43-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
            "value": {
                "html": '<p>FastAPI leads on async.<sup class="citation"><a href="https://example.com/guides/'
                'backend-frameworks-compared/#source-fastapi-async" aria-label="Source 4">[4]</a></sup></p>'
            },
        },
        {
            "type": "comparison_matrix",
            "id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
            "value": {
                "matrix": {
                    "id": 1,
                    "slug": "backend-frameworks-2026",
                    "name": "Backend frameworks compared",
                    "url": "https://example.com/api/v1/comparison-matrices/backend-frameworks-2026/",
                },
                "caption": "Backend frameworks by criterion",
                "row_heading": "Framework",
                "footnote": "",
                "columns": [{"criterion": "learning-curve", "heading": "Learning curve"}],
                "rows": [
                    {
                        "framework": {
                            "id": 3,
                            "slug": "django",
                            "name": "Django",
                            "url": "https://example.com/api/v1/frameworks/django/",
                        },
                        "label": "Django",
                        "language": "Python",
                        "values": {"learning-curve": "Moderate"},
                    }
                ],
            },
        },
    ],
    "table_of_contents": [
        {
            "text": "Performance",
            "anchor": "performance",
            "url": "https://example.com/guides/backend-frameworks-compared/#performance",
            "children": [],
        }
    ],
    "sources": [
        {
            "number": 4,
            "key": "fastapi-async",
            "publisher": "FastAPI",
            "title": "Concurrency and async / await (official documentation)",
            "detail": "",
            "note": "",
            "url": "https://fastapi.tiangolo.com/async/",
            "record": None,
        }
    ],
    "call_to_action": {
        "id": 1,
        "eyebrow": "Next step",
        "heading": "Book a discovery call",
        "body": "Half an hour with an engineer about your project.",
        "button_label": "Book a call",
        "url": "https://example.com/contact/",
    },
}
