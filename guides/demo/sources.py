"""The demo guide's numbered sources, in order (the text cites them by key), and the categories.

Sources backed by a frameworks record name it by slug ("survey", "benchmark"): their citation is
generated from the record. The others are written out as the reference gives them.
"""

SOURCES = [
    {"type": "survey_source", "key": "so-2025", "survey": "stack-overflow-2025"},
    {"type": "survey_source", "key": "so-2024", "survey": "stack-overflow-2024"},
    {
        "type": "benchmark_source",
        "key": "techempower-r23",
        "benchmark": "techempower-r23",
        "note": "Per-framework rankings are directional; round numbers are not comparable across hardware.",
    },
    {
        "type": "source",
        "key": "fastapi-async",
        "publisher": "FastAPI",
        "title": "Concurrency and async / await (official documentation)",
        "url": "https://fastapi.tiangolo.com/async/",
    },
    {
        "type": "source",
        "key": "official-sites-server",
        "publisher": "Django",
        "title": "official site; Spring, Spring Boot; Laravel, official site; ASP.NET Core, Microsoft Learn",
    },
    {
        "type": "source",
        "key": "official-sites-node",
        "publisher": "Express",
        "title": "official site; NestJS, official site; Node.js, official site; Gin, official site; "
        "Phoenix, official site",
    },
]

CATEGORIES = ["Engineering", "Web & software", "Product & UX", "Mobile & apps"]
