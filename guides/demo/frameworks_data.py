"""Demo frameworks records: the facts, figures and table cells of the reference guide.

Table cells, figures, names and sources carry over from the reference exactly; descriptions
and footnotes are in our own words.
"""

LANGUAGES = [
    # (name, short name shown in tables)
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
    {
        "name": "Node.js",
        "slug": "nodejs",
        "language": "JavaScript / TypeScript",
        "website": "https://nodejs.org/",
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
        "raw_performance": "High for I/O, single-thread CPU limit",
        "ecosystem": "Huge (npm), full-stack JS",
        "learning_curve": "Low to moderate",
        "best_fit": "REST/GraphQL APIs, real-time, I/O-heavy services",
        "performance_tier": "lower",
        "tier_rank": 1,
        "website": "https://expressjs.com/",
    },
    {
        "name": "NestJS",
        "slug": "nestjs",
        "runtime": "nodejs",
        "language": "TypeScript",
        "raw_performance": "Same Node runtime as Express",
        "ecosystem": "Strong TS tooling, opinionated structure",
        "learning_curve": "Moderate",
        "best_fit": "Large TS backends, enterprise Node, microservices",
        "website": "https://nestjs.com/",
    },
    {
        "name": "Django",
        "slug": "django",
        "language": "Python",
        "raw_performance": "Moderate (sync WSGI), async maturing",
        "ecosystem": "Very high (ORM, admin, auth built in)",
        "learning_curve": "Moderate",
        "best_fit": "Content and CRUD apps, dashboards, data-backed web apps",
        "performance_tier": "lower",
        "tier_rank": 3,
        "website": "https://www.djangoproject.com/",
    },
    {
        "name": "FastAPI",
        "slug": "fastapi",
        "language": "Python",
        "raw_performance": "High (async ASGI)",
        "ecosystem": "High, auto OpenAPI docs, Pydantic validation",
        "learning_curve": "Low to moderate",
        "best_fit": "High-throughput APIs, microservices, AI/ML serving",
        "performance_tier": "middle",
        "tier_rank": 1,
        "website": "https://fastapi.tiangolo.com/",
    },
    {
        "name": "Flask",
        "slug": "flask",
        "language": "Python",
        "raw_performance": "Moderate (sync), minimal overhead",
        "ecosystem": "High for small scope, fewer batteries",
        "learning_curve": "Low",
        "best_fit": "Prototypes, small services, internal APIs",
        "website": "https://flask.palletsprojects.com/",
    },
    {
        "name": "Spring Boot",
        "slug": "spring-boot",
        "language": "Java",
        "raw_performance": "High on JVM (JIT, mature concurrency)",
        "ecosystem": "Very large enterprise ecosystem, verbose",
        "learning_curve": "Steep",
        "best_fit": "Enterprise systems, regulated industries, large teams",
        "performance_tier": "top",
        "tier_rank": 3,
        "website": "https://spring.io/projects/spring-boot",
    },
    {
        "name": "Ruby on Rails",
        "slug": "ruby-on-rails",
        "language": "Ruby",
        "raw_performance": "Moderate",
        "ecosystem": "Very high, convention over configuration",
        "learning_curve": "Low to moderate",
        "best_fit": "MVPs, SaaS, rapid product iteration",
        "performance_tier": "lower",
        "tier_rank": 2,
        "website": "https://rubyonrails.org/",
    },
    {
        "name": "Laravel",
        "slug": "laravel",
        "language": "PHP",
        "raw_performance": "Moderate (strong with Octane)",
        "ecosystem": "Very high, expressive, full ecosystem",
        "learning_curve": "Low to moderate",
        "best_fit": "Web apps, SaaS, content platforms",
        "performance_tier": "lower",
        "tier_rank": 4,
        "website": "https://laravel.com/",
    },
    {
        "name": "ASP.NET Core",
        "slug": "aspnet-core",
        "language": "C#",
        "raw_performance": "Very high (top of benchmarks)",
        "ecosystem": "Large Microsoft ecosystem, great tooling",
        "learning_curve": "Moderate to steep",
        "best_fit": "Enterprise APIs, high-performance services",
        "performance_tier": "top",
        "tier_rank": 1,
        "website": "https://learn.microsoft.com/aspnet/core/",
    },
    {
        "name": "Go (Gin / Echo)",
        "slug": "go-gin-echo",
        "language": "Go",
        "raw_performance": "Very high (compiled, low memory)",
        "ecosystem": "Lean stdlib, smaller but growing ecosystem",
        "learning_curve": "Moderate",
        "best_fit": "Microservices, high-throughput APIs, cloud-native",
        "performance_tier": "top",
        "tier_rank": 2,
        "website": "https://gin-gonic.com/",
    },
    {
        "name": "Phoenix",
        "slug": "phoenix",
        "language": "Elixir",
        "raw_performance": "High, excels at concurrent connections",
        "ecosystem": "Smaller ecosystem, LiveView cuts JS",
        "learning_curve": "Steep",
        "best_fit": "Real-time (chat, presence, IoT, live dashboards)",
        "website": "https://www.phoenixframework.org/",
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
    },
    {
        "publisher": "Stack Overflow",
        "name": "Developer Survey",
        "year": 2024,
        "slug": "stack-overflow-2024",
        "sample_size": 48503,
        "section": "Technology",
        "source_url": "https://survey.stackoverflow.co/2024/",
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

BENCHMARKS = [
    {
        "publisher": "TechEmpower",
        "name": "Framework Benchmarks",
        "edition": "Round 23",
        "slug": "techempower-r23",
        "published": "March 2025",
        "test_type": "Fortunes",
        "url": "https://www.techempower.com/benchmarks/",
        "notes": (
            "Round 23 moved to faster server hardware, which roughly tripled results on "
            "network-bound tests, so absolute figures cannot be compared with earlier rounds."
        ),
    },
]

COMPARISON_MATRIX = {
    "title": "Backend framework comparison matrix",
    "slug": "backend-frameworks-2026",
    "description": (
        "The major backend frameworks of 2026 side by side. Performance here is a qualitative "
        "judgement; the performance section explains what the benchmarks can and cannot tell you."
    ),
    "caption": "The 2026 backend framework landscape, compared",
    "row_heading": "Framework",
    "columns": ["language", "raw_performance", "ecosystem", "learning_curve", "best_fit"],
    "frameworks": [framework["slug"] for framework in FRAMEWORKS],
    "footnote": (
        "What each framework is and which runtime it uses follows its official documentation "
        "(see sources). Performance ratings are directional and depend on the workload; the "
        "performance section below covers the caveats."
    ),
}

DECISION_GUIDE = {
    "title": "Match the framework to the project",
    "slug": "match-framework-to-project",
    "description": (
        "Pick the row that looks most like your project. The lean-toward column is the safe "
        "default; the alternative is a sound second choice when your team's skills point that way."
    ),
    "caption": "Choosing a backend framework by project type",
    "rows": [
        (
            "API-heavy / microservices",
            "Go (Gin/Echo), FastAPI",
            "High throughput, clean API ergonomics, OpenAPI tooling",
            "NestJS, ASP.NET Core",
        ),
        (
            "Real-time (chat, presence, IoT)",
            "Phoenix, Node.js",
            "BEAM concurrency or event loop handles many persistent connections",
            "NestJS with gateways",
        ),
        ("Data / ML / AI workloads", "FastAPI", "Async ASGI plus the Python-native ML ecosystem", "Flask, Django"),
        (
            "Enterprise / regulated / large teams",
            "Spring Boot, ASP.NET Core",
            "Mature, deeply tooled, strong typing, long-term support",
            "Django for Python shops",
        ),
        (
            "Rapid MVP / startup",
            "Ruby on Rails, Laravel, Django",
            "Convention over configuration, batteries included, ship fast",
            "Express or NestJS if JS-native",
        ),
        (
            "Single-language full stack",
            "Node.js, NestJS",
            "Share TypeScript across frontend and backend, one talent pool",
            "Next.js API routes for small apps",
        ),
        (
            "Content / CRUD / dashboards",
            "Django, Laravel",
            "Built-in ORM, admin and auth shorten the build",
            "Ruby on Rails",
        ),
    ],
    "footnote": (
        "This is a guide to a first choice, not a ranking. Hiring, how mature the ecosystem is in "
        "your domain, and the balance between speed to market and long-term upkeep all move the answer."
    ),
}

# The guide's numbered sources, in order; the text cites them by key.
SOURCES = [
    {
        "key": "so-2025",
        "publisher": "Stack Overflow",
        "title": "Developer Survey 2025",
        "detail": "Technology (n=23,678)",
        "url": "https://survey.stackoverflow.co/2025/",
    },
    {
        "key": "so-2024",
        "publisher": "Stack Overflow",
        "title": "Developer Survey 2024",
        "detail": "Technology (n=48,503)",
        "url": "https://survey.stackoverflow.co/2024/",
    },
    {
        "key": "techempower-r23",
        "publisher": "TechEmpower",
        "title": "Framework Benchmarks Round 23 (March 2025)",
        "note": "Per-framework rankings are directional; round numbers are not comparable across hardware.",
        "url": "https://www.techempower.com/benchmarks/",
    },
    {
        "key": "fastapi-async",
        "publisher": "FastAPI",
        "title": "Concurrency and async / await (official documentation)",
        "url": "https://fastapi.tiangolo.com/async/",
    },
    {
        "key": "official-sites-server",
        "publisher": "Django",
        "title": "official site; Spring, Spring Boot; Laravel, official site; ASP.NET Core, Microsoft Learn",
    },
    {
        "key": "official-sites-node",
        "publisher": "Express",
        "title": "official site; NestJS, official site; Node.js, official site; Gin, official site; "
        "Phoenix, official site",
    },
]

CATEGORIES = ["Engineering", "Web & software", "Product & UX", "Mobile & apps"]
