"""Demo frameworks records: the facts, figures and table cells of the reference guide.

Table cells, figures, names and sources carry over from the reference exactly; descriptions
and footnotes are in our own words.
"""

from datetime import date

LANGUAGES = [
    ("JavaScript / TypeScript", "JS / TS"),
    ("TypeScript", "TS"),
    ("Python", ""),
    ("Java", ""),
    ("Ruby", ""),
    ("PHP", ""),
    ("C#", ""),
    ("Go", ""),
    ("Elixir", ""),
]

RUNTIMES = [
    {"name": "Node.js", "slug": "nodejs", "language": "JavaScript / TypeScript", "website": "https://nodejs.org/"}
]

# What the comparison matrix compares; each framework below gives its value for each.
CRITERIA = [
    {
        "name": "Raw performance",
        "slug": "raw-performance",
        "description": "How much work the framework gets through on one machine, judged from public benchmarks.",
    },
    {
        "name": "Ecosystem / productivity",
        "slug": "ecosystem",
        "description": "The libraries, tools and conventions that shorten a build.",
    },
    {
        "name": "Learning curve",
        "slug": "learning-curve",
        "description": "How long a developer new to the framework takes to ship with it.",
    },
    {
        "name": "Best-fit use case",
        "slug": "best-fit",
        "description": "The kinds of project the framework suits best.",
    },
]

# In the comparison matrix's row order.
FRAMEWORKS = [
    {
        "name": "Express",
        "slug": "express",
        "table_label": "Express (Node.js)",
        "runtime": "nodejs",
        "language": "JavaScript / TypeScript",
        "website": "https://expressjs.com/",
        "values": {
            "raw-performance": "High for I/O, single-thread CPU limit",
            "ecosystem": "Huge (npm), full-stack JS",
            "learning-curve": "Low to moderate",
            "best-fit": "REST/GraphQL APIs, real-time, I/O-heavy services",
        },
    },
    {
        "name": "NestJS",
        "slug": "nestjs",
        "runtime": "nodejs",
        "language": "TypeScript",
        "website": "https://nestjs.com/",
        "values": {
            "raw-performance": "Same Node runtime as Express",
            "ecosystem": "Strong TS tooling, opinionated structure",
            "learning-curve": "Moderate",
            "best-fit": "Large TS backends, enterprise Node, microservices",
        },
    },
    {
        "name": "Django",
        "slug": "django",
        "language": "Python",
        "website": "https://www.djangoproject.com/",
        "values": {
            "raw-performance": "Moderate (sync WSGI), async maturing",
            "ecosystem": "Very high (ORM, admin, auth built in)",
            "learning-curve": "Moderate",
            "best-fit": "Content and CRUD apps, dashboards, data-backed web apps",
        },
    },
    {
        "name": "FastAPI",
        "slug": "fastapi",
        "language": "Python",
        "website": "https://fastapi.tiangolo.com/",
        "values": {
            "raw-performance": "High (async ASGI)",
            "ecosystem": "High, auto OpenAPI docs, Pydantic validation",
            "learning-curve": "Low to moderate",
            "best-fit": "High-throughput APIs, microservices, AI/ML serving",
        },
    },
    {
        "name": "Flask",
        "slug": "flask",
        "language": "Python",
        "website": "https://flask.palletsprojects.com/",
        "values": {
            "raw-performance": "Moderate (sync), minimal overhead",
            "ecosystem": "High for small scope, fewer batteries",
            "learning-curve": "Low",
            "best-fit": "Prototypes, small services, internal APIs",
        },
    },
    {
        "name": "Spring Boot",
        "slug": "spring-boot",
        "language": "Java",
        "website": "https://spring.io/projects/spring-boot",
        "values": {
            "raw-performance": "High on JVM (JIT, mature concurrency)",
            "ecosystem": "Very large enterprise ecosystem, verbose",
            "learning-curve": "Steep",
            "best-fit": "Enterprise systems, regulated industries, large teams",
        },
    },
    {
        "name": "Ruby on Rails",
        "slug": "ruby-on-rails",
        "language": "Ruby",
        "website": "https://rubyonrails.org/",
        "values": {
            "raw-performance": "Moderate",
            "ecosystem": "Very high, convention over configuration",
            "learning-curve": "Low to moderate",
            "best-fit": "MVPs, SaaS, rapid product iteration",
        },
    },
    {
        "name": "Laravel",
        "slug": "laravel",
        "language": "PHP",
        "website": "https://laravel.com/",
        "values": {
            "raw-performance": "Moderate (strong with Octane)",
            "ecosystem": "Very high, expressive, full ecosystem",
            "learning-curve": "Low to moderate",
            "best-fit": "Web apps, SaaS, content platforms",
        },
    },
    {
        "name": "ASP.NET Core",
        "slug": "aspnet-core",
        "language": "C#",
        "website": "https://learn.microsoft.com/aspnet/core/",
        "values": {
            "raw-performance": "Very high (top of benchmarks)",
            "ecosystem": "Large Microsoft ecosystem, great tooling",
            "learning-curve": "Moderate to steep",
            "best-fit": "Enterprise APIs, high-performance services",
        },
    },
    {
        "name": "Go (Gin / Echo)",
        "slug": "go-gin-echo",
        "language": "Go",
        "website": "https://gin-gonic.com/",
        "values": {
            "raw-performance": "Very high (compiled, low memory)",
            "ecosystem": "Lean stdlib, smaller but growing ecosystem",
            "learning-curve": "Moderate",
            "best-fit": "Microservices, high-throughput APIs, cloud-native",
        },
    },
    {
        "name": "Phoenix",
        "slug": "phoenix",
        "language": "Elixir",
        "website": "https://www.phoenixframework.org/",
        "values": {
            "raw-performance": "High, excels at concurrent connections",
            "ecosystem": "Smaller ecosystem, LiveView cuts JS",
            "learning-curve": "Steep",
            "best-fit": "Real-time (chat, presence, IoT, live dashboards)",
        },
    },
]

SURVEYS = [
    {
        "publisher": "Stack Overflow",
        "name": "Developer Survey",
        "year": 2025,
        "slug": "stack-overflow-2025",
        "sample_size": 23678,
        "section": "Technology",
        "source_url": "https://survey.stackoverflow.co/2025/",
        "license_url": "https://opendatacommons.org/licenses/odbl/1-0/",
    },
    {
        "publisher": "Stack Overflow",
        "name": "Developer Survey",
        "year": 2024,
        "slug": "stack-overflow-2024",
        "sample_size": 48503,
        "section": "Technology",
        "source_url": "https://survey.stackoverflow.co/2024/",
        "license_url": "https://opendatacommons.org/licenses/odbl/1-0/",
    },
]

# Share of developers using each technology: framework slug -> (2024, 2025).
ADOPTION_FIGURES = {
    "nodejs": ("40.8", "48.7"),
    "express": ("17.8", "19.9"),
    "aspnet-core": ("16.9", "19.7"),
    "fastapi": ("9.9", "14.8"),
    "spring-boot": ("12.7", "14.7"),
    "flask": ("12.9", "14.4"),
    "django": ("12.0", "12.6"),
    "laravel": ("7.9", "8.9"),
    "nestjs": ("5.8", "6.7"),
    "ruby-on-rails": ("4.7", "5.9"),
}

# Each benchmark's results: (framework slug, tier, rank within the tier).
BENCHMARKS = [
    {
        "publisher": "TechEmpower",
        "name": "Framework Benchmarks",
        "edition": "Round 23",
        "slug": "techempower-r23",
        "test_type": "Fortunes",
        "url": "https://www.techempower.com/benchmarks/",
        "notes": "Round 23 moved to faster server hardware, which roughly tripled results on network-bound tests, "
        "so absolute figures cannot be compared with earlier rounds.",
        "published_on": date(2025, 3, 1),
        "results": [
            ("aspnet-core", "top", 1),
            ("go-gin-echo", "top", 2),
            ("spring-boot", "top", 3),
            ("fastapi", "middle", 1),
            ("express", "lower", 1),
            ("ruby-on-rails", "lower", 2),
            ("django", "lower", 3),
            ("laravel", "lower", 4),
        ],
    }
]

COMPARISON_MATRIX = {
    "title": "Backend framework comparison matrix",
    "slug": "backend-frameworks-2026",
    "description": "The major backend frameworks of 2026 side by side. Performance here is a qualitative "
    "judgement; the performance section explains what the benchmarks can and cannot tell you.",
    "caption": "The 2026 backend framework landscape, compared",
    "row_heading": "Framework",
    "frameworks": [framework["slug"] for framework in FRAMEWORKS],
    "footnote": "What each framework is and which runtime it uses follows its official documentation (see "
    "sources). Performance ratings are directional and depend on the workload; the performance "
    "section below covers the caveats.",
    "show_language": True,
    "criteria": ["raw-performance", "ecosystem", "learning-curve", "best-fit"],
}

# A row's choices: (framework slug or None, label shown instead of the name, note after it, connector).
DECISION_GUIDE = {
    "title": "Match the framework to the project",
    "slug": "match-framework-to-project",
    "description": (
        "Pick the row that looks most like your project. The lean-toward column is the safe "
        "default; the alternative is a sound second choice when your team's skills point that way."
    ),
    "caption": "Choosing a backend framework by project type",
    "rows": [
        {
            "project_type": "API-heavy / microservices",
            "lean_toward": [("go-gin-echo", "Go (Gin/Echo)", "", ","), ("fastapi", "", "", ",")],
            "why": "High throughput, clean API ergonomics, OpenAPI tooling",
            "alternatives": [("nestjs", "", "", ","), ("aspnet-core", "", "", ",")],
        },
        {
            "project_type": "Real-time (chat, presence, IoT)",
            "lean_toward": [("phoenix", "", "", ","), ("nodejs", "", "", ",")],
            "why": "BEAM concurrency or event loop handles many persistent connections",
            "alternatives": [("nestjs", "", "with gateways", ",")],
        },
        {
            "project_type": "Data / ML / AI workloads",
            "lean_toward": [("fastapi", "", "", ",")],
            "why": "Async ASGI plus the Python-native ML ecosystem",
            "alternatives": [("flask", "", "", ","), ("django", "", "", ",")],
        },
        {
            "project_type": "Enterprise / regulated / large teams",
            "lean_toward": [("spring-boot", "", "", ","), ("aspnet-core", "", "", ",")],
            "why": "Mature, deeply tooled, strong typing, long-term support",
            "alternatives": [("django", "", "for Python shops", ",")],
        },
        {
            "project_type": "Rapid MVP / startup",
            "lean_toward": [("ruby-on-rails", "", "", ","), ("laravel", "", "", ","), ("django", "", "", ",")],
            "why": "Convention over configuration, batteries included, ship fast",
            "alternatives": [("express", "", "", ","), ("nestjs", "", "if JS-native", "or")],
        },
        {
            "project_type": "Single-language full stack",
            "lean_toward": [("nodejs", "", "", ","), ("nestjs", "", "", ",")],
            "why": "Share TypeScript across frontend and backend, one talent pool",
            "alternatives": [(None, "Next.js API routes", "for small apps", ",")],
        },
        {
            "project_type": "Content / CRUD / dashboards",
            "lean_toward": [("django", "", "", ","), ("laravel", "", "", ",")],
            "why": "Built-in ORM, admin and auth shorten the build",
            "alternatives": [("ruby-on-rails", "", "", ",")],
        },
    ],
    "footnote": (
        "This is a guide to a first choice, not a ranking. Hiring, how mature the ecosystem is in "
        "your domain, and the balance between speed to market and long-term upkeep all move the answer."
    ),
}
