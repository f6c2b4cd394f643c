"""Demo content for the guides site, kept as plain Python data.

Everything the demo loader writes as prose lives here: the reference guide on backend
frameworks (its header, body blocks and FAQ), the author and reviewing team, the discovery-call
call to action, the home, index and service pages, and the nine shorter related guides.

Nothing in this module imports Django. Body blocks are (block_type, value) pairs in reading
order. Rich text may carry two kinds of placeholder that the loader and templates resolve:
[cite:KEY] cites one of the guide's numbered sources, and id="{page:SLUG}" on an
<a linktype="page"> tag becomes a link to the content page with that slug.
"""

# ---------------------------------------------------------------------------------------------
# The reference guide
# ---------------------------------------------------------------------------------------------

_SERVICES_PARAGRAPH = (
    "<p>Picking the right backend and getting it running reliably in production is a decision our "
    '<a linktype="page" id="{page:custom-software-development}">custom software development</a> '
    "team works through with clients every week, whether the engagement starts with an "
    "architecture review or runs all the way to a production-grade build. Where the project is "
    "specifically a web application, our "
    '<a linktype="page" id="{page:web-application-development}">web application development</a> '
    "practice chooses the stack to suit the product and the people who will build and maintain it, "
    "rather than chasing whoever topped the latest benchmark. The framework only gets you started; "
    "it takes the right team to turn it into software that ships and keeps standing up under real "
    "use.</p>"
)

GUIDE = {
    "title": "Backend frameworks compared: a fair 2026 guide to choosing one",
    "slug": "backend-frameworks-compared",
    "standfirst": (
        "No backend framework wins outright; the right one depends on your language, your team and "
        "the work it has to do. This guide sets the leading 2026 frameworks side by side on "
        "performance, scalability and fit, reads the adoption figures with care, and gives you a "
        "way to decide rather than a single champion."
    ),
    "search_description": (
        "A fair 2026 comparison of backend frameworks, from Node.js and Django to FastAPI, Spring "
        "Boot and Go, with adoption data and a guide to choosing."
    ),
    "author_note": "That is why this guide puts fit ahead of bragging rights on benchmarks.",
    "hero_alt": (
        "Colourful 3D render of glossy server-stack blocks in many bright colours, arranged in a "
        "row next to one another against a plain, light background"
    ),
    "body": [
        (
            "key_takeaways",
            {
                "eyebrow": "Key takeaways",
                "heading": "The short version",
                "items": [
                    "<p><b>No backend framework is best for everyone.</b> Your language, the "
                    "skills your team already has and the shape of the workload should settle the "
                    "choice far more than headline benchmark speed.</p>",
                    "<p>Measured by usage, <b>Node.js leads all web technologies</b>: 48.7% of the "
                    "developers who answered Stack Overflow's 2025 survey use it [cite:so-2025]. "
                    "Express, ASP.NET Core and FastAPI come next, followed by Spring Boot, Flask "
                    "and Django.</p>",
                    "<p><b>FastAPI is the biggest climber</b>: its share of developers went from "
                    "9.9% to 14.8% in twelve months [cite:so-2024] [cite:so-2025], more than any "
                    "other backend framework gained, helped along by Python's appeal for fast APIs "
                    "and for <i>serving AI and ML models</i>.</p>",
                    "<p>For raw throughput, <b>compiled and JVM frameworks come out ahead</b>. "
                    "ASP.NET Core, Go and Spring are the names TechEmpower's tests place first, "
                    "above the dynamic-language frameworks [cite:techempower-r23]. Those tests are "
                    "synthetic, though, and in a live system it is usually the database and the "
                    "network that set the real limit.</p>",
                    "<p><b>Fit the framework to the job.</b> For API-heavy services, reach for Go "
                    "or FastAPI; for AI workloads, FastAPI; in the enterprise, Spring Boot or "
                    "ASP.NET Core; for a quick MVP, Rails, Laravel or Django; and when you want "
                    "one language across the whole stack, Node.js or NestJS.</p>",
                ],
            },
        ),
        ("heading", {"text": "The major backend frameworks in 2026", "level": "h2"}),
        (
            "paragraph",
            "<p>In 2026 the backend world is easiest to understand language by language. On "
            "JavaScript and TypeScript you will find Node.js paired with Express for a minimal "
            "setup or with NestJS for more structure. Python offers Django, FastAPI and Flask; "
            "Java has Spring Boot; PHP has Laravel; and C# has ASP.NET Core "
            "[cite:official-sites-server]. Go has Gin and Echo, Ruby has Rails, and Elixir has "
            "Phoenix [cite:official-sites-node]. Every one of them is mature and proven in "
            "production, so the decision is really about fit, not about finding an objective "
            "winner. A well-run team on any of them can build something fast, secure and "
            "maintainable; what differs is how naturally each one suits your particular "
            "problem.</p>",
        ),
        (
            "paragraph",
            "<p>One point causes confusion often enough to settle up front: Node.js is not a "
            "framework at all but a runtime for JavaScript, and Express and NestJS are frameworks "
            'built on top of it [cite:official-sites-node]. So when a team talks about a "Node.js '
            'backend", it nearly always means a service written in Express or NestJS, and the '
            "runtime's strengths and limits apply to both. With that cleared up, here is the "
            "field, organised by language.</p>",
        ),
        ("heading", {"text": "JavaScript and TypeScript", "level": "h3"}),
        (
            "paragraph",
            "<p><b>Express</b> is the lightweight, unopinionated starting point on Node, backed by "
            "the enormous npm package ecosystem. <b>NestJS</b> layers a more prescriptive, "
            "Angular-inspired architecture on top, with dependency injection that helps big "
            "TypeScript teams keep large codebases tidy. Either way, you get to use a single "
            "language on both the front end and the back end.</p>",
        ),
        ("heading", {"text": "Python", "level": "h3"}),
        (
            "paragraph",
            "<p><b>Django</b> takes a batteries-included approach, shipping an ORM, an admin "
            "interface and authentication out of the box, which makes it quick to build "
            "content-heavy and data-rich applications [cite:official-sites-server]. <b>FastAPI</b> "
            "is the contemporary async option for APIs that must cope with heavy traffic, and it "
            "has become the default framework for serving AI and ML models [cite:fastapi-async]. "
            "<b>Flask</b> is a micro-framework that suits prototypes and small services, and it "
            "leaves the rest of the stack for you to choose and wire together.</p>",
        ),
        ("heading", {"text": "Java, C#, PHP, Go, Ruby and Elixir", "level": "h3"}),
        (
            "paragraph",
            "<p><b>Spring Boot</b> is the established standard for enterprise Java: mature and "
            "deep, if rather wordy. <b>ASP.NET Core</b>, Microsoft's framework for building across "
            "platforms, ranks among the strongest performers on raw throughput "
            "[cite:official-sites-server]. <b>Laravel</b> leads among modern PHP frameworks; it is "
            "expressive and gets web applications out of the door quickly. In Go, frameworks such "
            "as <b>Gin</b> and <b>Echo</b> are slim and very fast, a natural fit for APIs and "
            "microservices. <b>Ruby on Rails</b> puts developer happiness and fast iteration first "
            "and remains the archetypal MVP framework. <b>Phoenix</b>, built on Elixir, shines "
            "with real-time features and huge numbers of simultaneous connections "
            "[cite:official-sites-node].</p>",
        ),
        ("heading", {"text": "How the frameworks compare", "level": "h2"}),
        (
            "paragraph",
            "<p>Looking across the dimensions that count, the compiled and JVM frameworks (ASP.NET "
            "Core, Go and Spring Boot) come out ahead on raw performance, whereas the "
            "dynamic-language frameworks (Rails, Laravel, Django and Express) give up a little "
            "throughput in exchange for faster development. FastAPI and Go occupy a useful middle "
            "ground, pairing strong performance with modern, pleasant API design. The matrix that "
            "follows lines up the main frameworks by language, raw speed, how each one scales, the "
            "strength of its ecosystem and the use case it suits best, so you can weigh the "
            "trade-offs at a glance. Every rating is relative: the matrix places capable, mature "
            "tools against one another rather than separating good frameworks from bad ones.</p>",
        ),
        ("comparison_matrix", {"matrix": "backend-frameworks-2026"}),
        (
            "aside",
            {
                "title": "A note on AI workloads",
                "body": (
                    "<p>AI comes up in almost every framework conversation, so it deserves a word "
                    "of its own. FastAPI has become the go-to Python framework for backends that "
                    "serve AI and ML, since the async ASGI foundation it is built on suits the "
                    "I/O-bound stages of today's pipelines: generating embeddings, querying a "
                    "vector database, calling an LLM and streaming results back to the client "
                    "[cite:fastapi-async]. It also sits comfortably alongside PyTorch, TensorFlow "
                    "and Hugging Face. It pays to be exact about what that buys you, though. The "
                    "framework coordinates I/O and concurrency around the model, but inference "
                    "runs no faster because of it; the heavy computation belongs to the model "
                    "runtime. Node and NestJS are a frequent second choice for the application "
                    "layer of an AI product, with the heavy model serving typically kept in a "
                    "separate Python service.</p>"
                ),
            },
        ),
        ("heading", {"text": "What the adoption data actually says", "level": "h2"}),
        (
            "paragraph",
            "<p>Node.js is the web technology used by the largest share of developers in Stack "
            "Overflow's 2025 Developer Survey, at 48.7%. Express comes second at 19.9%, with "
            "ASP.NET Core just behind on 19.7%, and FastAPI, Spring Boot and Flask are bunched "
            "together in the mid-teens [cite:so-2025]. The standout trend is FastAPI, which "
            "climbed from 9.9% to 14.8% in one year, the biggest gain recorded by any backend "
            "framework [cite:so-2024] [cite:so-2025]. That growth mirrors Python's expanding role "
            "in high-performance APIs and in serving AI models.</p>",
        ),
        (
            "adoption_chart",
            {
                "title": "Most-used backend and web frameworks, 2025",
                "description": (
                    "The share of developers who say they use each framework. Node.js is ahead of "
                    "every other web technology; the figures are percentages of survey "
                    "respondents, not a measure of market share."
                ),
                "survey": "stack-overflow-2025",
                "comparison_survey": "stack-overflow-2024",
                "max_bars": 10,
            },
        ),
        (
            "paragraph",
            "<p>Two points are worth taking from these figures. The first is that popularity is "
            "not the same thing as quality. Usage counts how many developers work with a "
            "technology, and that naturally rewards JavaScript as the broad default, along with "
            "the long-established enterprise frameworks. The second is that the change from one "
            "year to the next tells you more when you are making a decision for 2026. FastAPI "
            "adding almost five points and Node.js adding close to eight both show where momentum, "
            "and the pool of people you can hire, is heading [cite:so-2024] [cite:so-2025].</p>",
        ),
        ("heading", {"text": "The performance question, honestly", "level": "h2"}),
        (
            "paragraph",
            "<p>When the yardstick is raw throughput, compiled and JVM frameworks come first. "
            "TechEmpower's benchmarks show ASP.NET Core (C#), Go and Spring (Java) handling "
            "more requests per second than dynamic-language frameworks such as Express, Rails and "
            "Django manage [cite:techempower-r23]. The key qualification is that TechEmpower "
            "isolates the overhead of the framework using synthetic tests, not real applications. "
            "In a production system the bottleneck is usually the database, the network or the "
            "business logic, so how quick a framework is in isolation seldom determines how quick "
            "the whole application turns out to be.</p>",
        ),
        (
            "paragraph",
            '<p>TechEmpower runs several kinds of test. "Fortunes" is the one closest to real '
            "life: it runs a database query, passes the result through an ORM and renders HTML "
            "from a template, which makes it the fairest single stand-in for a workload shaped "
            "like an actual application. Round 23, the latest edition, moved to upgraded server "
            "hardware, and that alone improved network-bound results by roughly 3x. Absolute "
            "figures therefore cannot be compared from one round to another, only the standings "
            "within a round [cite:techempower-r23].</p>",
        ),
        (
            "tiered_ranking",
            {
                "heading": "",
                "benchmark": "techempower-r23",
                "intro": (
                    "<p>Treat the ranking that follows as directional. What holds up over time is "
                    "the relative order, with compiled and JVM frameworks at the top and "
                    "dynamic-language frameworks further down. Pay attention to the order, and "
                    "read any precise requests-per-second figure as indicative rather than "
                    "exact.</p>"
                ),
                "tiers": [
                    {
                        "tier": "top",
                        "label": "Top tier (compiled / JVM)",
                        "description": "These lead the field on raw requests per second.",
                    },
                    {
                        "tier": "middle",
                        "label": "Middle",
                        "description": (
                            "Async frameworks, placed above the older synchronous frameworks but "
                            "behind the compiled leaders."
                        ),
                    },
                    {
                        "tier": "lower",
                        "label": "Lower on this test",
                        "description": (
                            "These place lower on synthetic throughput, the trade-off that comes "
                            "with the flexibility of a dynamic language."
                        ),
                    },
                ],
                "caveat": (
                    "The order shows a direction, not a verdict: it reflects framework overhead on "
                    "synthetic tests, not how your own application will perform."
                ),
            },
        ),
        (
            "paragraph",
            '<p>The fair way to read all of this is simple: a framework that looks "slower" in a '
            "micro-benchmark is seldom what actually limits you. In most applications the time "
            "goes on waiting for the database, for third-party services and for the network, not "
            "on the framework's request routing. Choosing a framework only because it leads a "
            "benchmark, when your team is unfamiliar with it and your traffic is moderate, "
            "generally swaps a genuine loss of productivity for extra throughput you will never "
            "need. How productive your developers are, and what it costs to hire them, tend to "
            "count for more than squeezing out the final 20% of requests per second. And if you do "
            "reach a real throughput ceiling later, caching, query tuning and horizontal "
            "scaling usually buy far more headroom than a change of framework would.</p>",
        ),
        ("heading", {"text": "How to choose a backend framework", "level": "h2"}),
        (
            "paragraph",
            "<p>Begin with the workload and the team, and only then look at benchmarks. Services "
            "dominated by APIs point towards Go or FastAPI. AI and ML work points to FastAPI. "
            "Real-time applications suit Phoenix or Node.js. Enterprise systems usually land on "
            "Spring Boot or ASP.NET Core. A rapid MVP favours Ruby on Rails, Laravel or Django, "
            "and a full stack written in one language calls for Node.js or NestJS. After that, "
            "test your shortlist against the skills your team already has, because in practice the "
            "best framework tends to be the one your engineers deliver well with.</p>",
        ),
        (
            "paragraph",
            "<p>The table below pairs typical kinds of project with a reasonable default and a "
            "worthy runner-up. Use it as a place to start, then adjust it to suit your team. None "
            "of its rows is a rule; each is a reasonable first guess that your own constraints may "
            "overturn.</p>",
        ),
        ("decision_guide", {"guide": "match-framework-to-project"}),
        (
            "paragraph",
            "<p>Outside the table, six factors settle the decision in practice:</p><ol><li><b>Team "
            "skills.</b> A framework your engineers already know will be quicker in real life than "
            'a supposedly "faster" one they have never used.</li><li><b>Talent availability.</b> '
            "JavaScript, Python and Java have the largest hiring pools, while Go and Elixir are "
            "thinner.</li><li><b>Ecosystem maturity in your domain</b>, for example the libraries "
            "you need for payments, authentication and compliance.</li><li><b>Performance needs "
            "that genuinely bind</b> on your workload, weighed against a benchmark figure you will "
            "never come close to.</li><li><b>Time to market against long-term maintainability.</b> "
            "This is where frameworks built for MVPs and those built for the enterprise "
            "really pull in different directions.</li><li><b>Total cost of ownership</b>, counting "
            "hosting, scaling and the effort of bringing new engineers up to speed.</li></ol>",
        ),
        ("paragraph", _SERVICES_PARAGRAPH),
    ],
    "faq": {
        "eyebrow": "Frequently asked",
        "heading": "Backend framework questions",
        "items": [
            {
                "question": "What is the best backend framework in 2026?",
                "answer": (
                    "<p>No single framework is best; it depends on the language you work in, the "
                    "team you have and the workload. In terms of usage, Node.js is the most widely "
                    "used web technology: 48.7% of respondents to Stack Overflow's 2025 survey "
                    "work with it [cite:so-2025], and Spring Boot, ASP.NET Core, Django, FastAPI "
                    "and Laravel all see broad use as well. For most teams, the best option is the "
                    "one that fits the skills they already have and the project's needs on "
                    "performance and time to market.</p>"
                ),
            },
            {
                "question": "Which backend framework is the fastest?",
                "answer": (
                    "<p>In raw-throughput benchmarks the compiled and JVM frameworks are ahead. "
                    "TechEmpower's tests put ASP.NET Core (C#), Go and Spring (Java) at the top "
                    "for requests per second, outpacing dynamic-language frameworks such as "
                    "Express, Django and Laravel [cite:techempower-r23]. Bear in mind that "
                    "TechEmpower measures framework overhead with synthetic tests, not real "
                    "applications. In production it is usually the database and the network that "
                    "hold things back, so the framework's raw speed is rarely what determines how "
                    "the whole system performs.</p>"
                ),
            },
            {
                "question": "Node.js vs Django vs Spring Boot, which should I choose?",
                "answer": (
                    "<p>Node.js, written in JavaScript or TypeScript, suits APIs that spend most "
                    "of their time on I/O, real-time applications, and teams who want one language "
                    "on both the front end and the back end. Pick Django (Python) for "
                    "content-heavy and data-rich applications that gain from its built-in ORM, "
                    "admin and authentication, or when your work sits close to AI and ML. Spring "
                    "Boot (Java) is the pick for big enterprise systems where a deep ecosystem, "
                    "strong typing and maturity are priorities. Each of the three ranks in the top "
                    "15 of the most-used frameworks in Stack Overflow's 2025 survey "
                    "[cite:so-2025].</p>"
                ),
            },
            {
                "question": "What is the best backend framework for a startup or MVP?",
                "answer": (
                    "<p>When speed to market matters most, Ruby on Rails, Laravel and Django are "
                    "common choices: convention over configuration, plus built-in features such as "
                    "an ORM, authentication and an admin panel, let a small team move quickly. If "
                    "your team works natively in JavaScript, Express or NestJS on Node.js keeps "
                    "the whole stack in a single language. The right answer is whichever framework "
                    "lets your founding engineers build fastest without limiting how you scale "
                    "later on.</p>"
                ),
            },
            {
                "question": "What is the best backend framework for AI apps?",
                "answer": (
                    "<p>For AI and machine-learning backends written in Python, FastAPI is the de "
                    "facto choice. Because it is built on async (ASGI), it copes well with the "
                    "I/O-bound parts of modern AI pipelines, such as generating embeddings, "
                    "looking up vectors in a database, calling LLMs and streaming responses, and "
                    "it works natively with PyTorch, TensorFlow and Hugging Face "
                    "[cite:fastapi-async]. Stack Overflow's surveys show its usage rising from "
                    "9.9% in 2024 to 14.8% in 2025, the largest increase of any backend framework "
                    "[cite:so-2025]. Keep in mind that the framework orchestrates concurrency "
                    "around the model; inference itself runs at the same speed either way.</p>"
                ),
            },
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# People and the call to action
# ---------------------------------------------------------------------------------------------

AUTHOR = {
    "name": "Kanika Mathur",
    "slug": "kanika-mathur",
    "role": "Head of Service Delivery",
    "company": "Resourcifi",
    "bio": (
        "<p>I lead service delivery at Resourcifi, and in that role I have approved the backend "
        "framework choice for everything from first-version MVPs to APIs carrying heavy traffic, "
        "across Node.js, Python, Java and .NET. Every one of those stacks has production services "
        "on it that our engineers run day to day. I got that call wrong myself early in my career, "
        "and it taught me how much the team behind a framework really counts.</p>"
    ),
    "linkedin_url": "https://www.linkedin.com/company/resourcifi/",
    "linkedin_label": "Resourcifi on LinkedIn",
    "search_description": (
        "Kanika Mathur, Head of Service Delivery at Resourcifi, writes about choosing backend "
        "frameworks and delivering software that holds up in production."
    ),
}

REVIEWER_TEAM = {
    "name": "Resourcifi engineering",
    "slug": "resourcifi-engineering",
    "description": (
        "The Resourcifi engineers who build and run production services on Node.js, Python, Java "
        "and .NET. They check each guide for technical accuracy before it is published."
    ),
}

CTA = {
    "name": "Discovery call",
    "eyebrow": "Talk through the framework call",
    "heading": "Not sure which backend framework fits?",
    "body": (
        "Spend 30 minutes with our delivery team talking through your workload, your team and the "
        "backend that will suit them both."
    ),
    "button_label": "Book a 30-minute discovery call",
}

# The call to action of every page that is not about backend frameworks (the site default).
GENERAL_CTA = {
    "name": "Talk to us",
    "eyebrow": "Planning a project?",
    "heading": "Talk your project through with us",
    "body": (
        "Book 30 minutes with a delivery lead to go over what you are building, the team you have and "
        "where we could help."
    ),
    "button_label": "Book a 30-minute discovery call",
}

# ---------------------------------------------------------------------------------------------
# Site pages
# ---------------------------------------------------------------------------------------------

HOME = {
    "title": "Resourcifi guides",
    "intro": (
        "Practical, even-handed guides from the engineers and delivery leads at Resourcifi on "
        "choosing technology and building software that lasts."
    ),
    "search_description": (
        "Practical guides from Resourcifi on backend frameworks, web and mobile development, "
        "product design and choosing the right technology."
    ),
}

GUIDE_INDEX = {
    "title": "Guides",
    "slug": "guides",
    "intro": (
        "Guides on frameworks, architecture, product and mobile, written by the people who deliver "
        "the work and reviewed by our engineers."
    ),
    "search_description": (
        "Browse Resourcifi's guides on engineering, web and software, product and UX, and mobile "
        "apps, written by practitioners."
    ),
}

FRAMEWORK_INDEX = {
    "title": "Frameworks",
    "slug": "frameworks",
    "intro": (
        "Every backend framework and runtime we cover, side by side on the same criteria. Narrow the "
        "list to a language or to the kind of project you are planning, sort it by whatever matters "
        "most to you, and open any framework for its adoption figures and benchmark results."
    ),
    "search_description": (
        "Backend frameworks compared on performance, ecosystem, learning curve and fit: filter by "
        "language or project type and sort by any criterion."
    ),
}

AUTHOR_INDEX = {
    "title": "Authors",
    "slug": "authors",
    "intro": ("The people behind our guides: delivery leads and engineers writing from projects they have run."),
    "search_description": ("Meet the Resourcifi delivery leads and engineers who write and review our guides."),
}

# ---------------------------------------------------------------------------------------------
# Case studies: the index (where the "Case Studies" content page used to be) and three projects
# ---------------------------------------------------------------------------------------------

CASE_STUDY_INDEX = {
    "title": "Case Studies",
    "slug": "case-studies",
    "intro": (
        "Selected projects from our delivery teams, from first MVPs to busy production platforms: "
        "what each client needed, what we built it with, and what changed once it went live."
    ),
    "search_description": (
        "Resourcifi case studies: client projects in logistics, healthcare and lending, with the "
        "stack we chose and the results measured after launch."
    ),
}

CASE_STUDIES = [
    {
        "title": "Live shipment tracking for a regional freight carrier",
        "slug": "live-shipment-tracking-for-a-freight-carrier",
        "client_sector": "Logistics",
        "category": "Engineering",
        "summary": (
            "A freight carrier's customers learned where their pallets were from a spreadsheet "
            "emailed once a night. We replaced it with a tracking service that updates within "
            "seconds of every scan."
        ),
        "challenge": (
            "<p>Drivers' handheld scanners uploaded their data in one batch at the end of each "
            "shift, so the customer portal was always a day behind. The support desk spent most "
            "mornings answering calls that began with “where is my delivery?”.</p>"
            "<p>The new system had to take tens of thousands of scans an hour at peak, keep working "
            "when a depot's connection dropped, and run beside the old portal until every customer "
            "had moved across.</p>"
        ),
        "stack": ["Go", "PostgreSQL", "Redis", "React", "AWS"],
        "outcomes": [
            ("68%", "fewer “where is my delivery?” calls"),
            ("under 2 s", "from a scan to the customer's screen"),
            ("14 weeks", "from first workshop to launch"),
        ],
        "body": [
            ("heading", {"text": "What we built", "level": "h2"}),
            (
                "paragraph",
                "<p>We chose Go for the ingestion service: it handles many small concurrent requests "
                "on very little memory, and the carrier's operations team could run a single binary "
                "without learning a new runtime. Scanners now send each event as it happens, "
                "queueing locally while a depot is offline.</p>",
            ),
            (
                "paragraph",
                "<p>Events land in PostgreSQL, and Redis holds each shipment's latest position so "
                "the portal answers from memory. The React portal shows the same timeline the "
                "drivers see.</p>",
            ),
            ("heading", {"text": "After launch", "level": "h2"}),
            (
                "paragraph",
                "<p>Both portals ran side by side for six weeks while customers moved across. The "
                "old nightly export was switched off once the last one had.</p>",
            ),
        ],
    },
    {
        "title": "Online booking for a chain of physiotherapy clinics",
        "slug": "online-booking-for-physiotherapy-clinics",
        "client_sector": "Healthcare",
        "category": "Mobile & apps",
        "summary": (
            "Twenty-two clinics took bookings by phone, and one patient in six missed their "
            "appointment. A booking API, a mobile app and timely reminders changed both."
        ),
        "challenge": (
            "<p>Each clinic kept its own diary in a desktop scheduling product with no public "
            "interface, and receptionists spent much of the day on the phone. Patients who "
            "forgot an appointment left a paid therapist idle.</p>"
            "<p>Patient records are sensitive, so the new service could keep only what booking "
            "needs and had to leave clinical notes where they were.</p>"
        ),
        "stack": ["Python", "FastAPI", "PostgreSQL", "Flutter", "Azure"],
        "outcomes": [
            ("31%", "fewer missed appointments"),
            ("3×", "as many bookings made online"),
            ("99.95%", "availability over the first year"),
        ],
        "body": [
            ("heading", {"text": "What we built", "level": "h2"}),
            (
                "paragraph",
                "<p>A FastAPI service syncs free slots from each clinic's diary every minute and "
                "books them back through the product's import format. Its typed request models "
                "double as documentation for the clinics' own developers.</p>",
            ),
            (
                "paragraph",
                "<p>One Flutter codebase serves both iOS and Android, and patients get a reminder "
                "the day before with a one-tap option to move the slot instead of missing it.</p>",
            ),
        ],
    },
    {
        "title": "Faster loan decisions for a community lender",
        "slug": "faster-loan-decisions-for-a-community-lender",
        "client_sector": "Financial services",
        "category": "Web & software",
        "summary": (
            "Small-business loan applications took nine working days to decide, mostly spent "
            "re-keying data between systems. A rebuilt origination platform brought that down to two."
        ),
        "challenge": (
            "<p>Applications arrived as PDFs, were typed into a twenty-year-old system, then typed "
            "again into the credit-scoring tool. Every hand-off added a day and a chance of error, "
            "and the lender's auditors wanted a clear record of who changed what.</p>"
        ),
        "stack": ["Java", "Spring Boot", "Apache Kafka", "PostgreSQL", "Angular"],
        "outcomes": [
            ("2 days", "to a decision, down from nine"),
            ("45%", "lower infrastructure cost"),
            ("12", "legacy screens retired"),
        ],
        "body": [
            ("heading", {"text": "What we built", "level": "h2"}),
            (
                "paragraph",
                "<p>The lender's engineers already knew Java, so we built on Spring Boot, which they "
                "could maintain after handover. Each step of an application is an event on Kafka, "
                "which gives the auditors their full history and lets scoring run as soon as the "
                "data is in.</p>",
            ),
            (
                "paragraph",
                "<p>We moved the data to PostgreSQL in stages, one product line at a time, so "
                "lending never paused.</p>",
            ),
        ],
    },
]

CONTENT_PAGES = [
    {
        "title": "Services",
        "slug": "services",
        "parent": None,
        "intro": (
            "We design, build and run software with our clients, from reviewing an architecture "
            "through to building for production."
        ),
        "body": [
            ("heading", {"text": "What we do", "level": "h2"}),
            (
                "paragraph",
                "<p>Our teams take on custom software and web applications end to end: discovery, "
                "architecture, delivery and the support that keeps a system healthy once it is "
                "live.</p>",
            ),
            (
                "paragraph",
                "<p>We do not have a house stack. We pick the language and framework that suit the "
                "workload and the people who will maintain the result, and we explain the "
                "reasoning behind every recommendation.</p>",
            ),
        ],
    },
    {
        "title": "Custom software development",
        "slug": "custom-software-development",
        "parent": "services",
        "intro": (
            "Software shaped around how your business works, built by a team that chooses the stack to fit the job."
        ),
        "body": [
            ("heading", {"text": "From review to production", "level": "h2"}),
            (
                "paragraph",
                "<p>Some engagements begin with a short architecture review of an existing system; "
                "others start from a blank page. Either way, we agree the goals, the constraints "
                "and what success looks like before any code is written.</p>",
            ),
            (
                "paragraph",
                "<p>We then build in short, visible iterations, with automated testing and "
                "deployment in place from the start, so you can see progress and change direction "
                "early.</p>",
            ),
            (
                "paragraph",
                "<p>Backend choices are made on fit: the workload, your team's skills, hiring and "
                "the total cost of running the system, not a benchmark table.</p>",
            ),
        ],
    },
    {
        "title": "Web application development",
        "slug": "web-application-development",
        "parent": "services",
        "intro": ("Web applications built to suit the product and the team, from first release to long-term care."),
        "body": [
            ("heading", {"text": "Built for the product you have", "level": "h2"}),
            (
                "paragraph",
                "<p>We design and build web applications across the stack, from the interface your "
                "users see to the APIs and data behind it, with accessibility and performance "
                "treated as requirements rather than extras.</p>",
            ),
            (
                "paragraph",
                "<p>The framework follows from the product. A content-heavy platform, a real-time "
                "dashboard and an API-first service each point to different tools, and we choose "
                "accordingly.</p>",
            ),
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Related guides (shown as "Keep reading" cards under the reference guide)
# ---------------------------------------------------------------------------------------------

RELATED_GUIDES = [
    {
        "title": "Django vs Flask: choosing a Python web framework",
        "slug": "django-vs-flask",
        "category": "Web & software",
        "standfirst": (
            "Django and Flask are the best-known Python web frameworks, and they take opposite "
            "approaches. We compare their structure, ORM, scaling story and learning curve so you "
            "can pick the one that fits your project and your team."
        ),
        "body": [
            ("heading", {"text": "Two philosophies", "level": "h2"}),
            (
                "paragraph",
                "<p>Django is a full-stack framework that ships with an ORM, migrations, an admin "
                "interface, authentication, forms and a templating engine. Its conventions mean "
                "most Django projects are laid out the same way, so new developers find their way "
                "around quickly.</p>",
            ),
            (
                "paragraph",
                "<p>Flask is a micro-framework. It provides routing, request handling and Jinja "
                "templates, and leaves the database layer, authentication and most other concerns "
                "to extensions you choose yourself, such as SQLAlchemy for data access.</p>",
            ),
            ("heading", {"text": "Which one to pick", "level": "h2"}),
            (
                "paragraph",
                "<p>Choose Django when the application is data-heavy, needs an admin back office "
                "or will grow into many related features; the built-in pieces save a great deal of "
                "assembly. Choose Flask for small services, internal tools and prototypes, or when "
                "you want to control every component of the stack.</p>",
            ),
            (
                "paragraph",
                "<p>Both are mature, well documented and dependable in production. Both also "
                "support async views to a degree, although teams building async-first APIs often "
                "look at FastAPI instead.</p>",
            ),
        ],
    },
    {
        "title": "Healthcare technology trends",
        "slug": "healthcare-technology-trends",
        "search_description": (
            "AI in clinical workflows, FHIR data exchange, telehealth and remote monitoring: where "
            "health tech is heading and what it means for the teams building it."
        ),
        "category": "Web & software",
        "standfirst": (
            "Where health tech is heading: AI inside clinical workflows, data exchange built on "
            "FHIR, telehealth, wearables and remote monitoring, and what each shift means for the "
            "teams building software for patients and clinicians."
        ),
        "body": [
            ("heading", {"text": "Where the change is happening", "level": "h2"}),
            (
                "paragraph",
                "<p>AI is moving into everyday clinical work, from drafting notes and summarising "
                "records to helping prioritise imaging studies. The most useful tools support a "
                "clinician's judgement rather than replace it, and they need careful validation "
                "before they are relied on.</p>",
            ),
            (
                "paragraph",
                "<p>Interoperability is increasingly built on HL7 FHIR, a standard that exposes "
                "health data as resources over web APIs. It makes it much easier for apps, record "
                "systems and insurers to exchange information.</p>",
            ),
            (
                "paragraph",
                "<p>Telehealth and remote patient monitoring, backed by wearables and connected "
                "devices, let care carry on outside the clinic, which matters most for long-term "
                "conditions.</p>",
            ),
            ("heading", {"text": "What it means for builders", "level": "h2"}),
            (
                "paragraph",
                "<p>Health software carries heavy obligations: privacy and security rules such as "
                "HIPAA in the United States and GDPR in Europe, audit trails, accessibility and "
                "clinical safety. Plan for them from the first sprint rather than retrofitting "
                "them later.</p>",
            ),
        ],
    },
    {
        "title": "Laravel Core Concepts",
        "slug": "laravel-core-concepts",
        "category": "Web & software",
        "standfirst": (
            "Laravel is a PHP web framework that ships with routing, the Eloquent ORM, Blade "
            "templates and queues. This guide walks through the core concepts a new Laravel "
            "developer meets first, and how they fit together in a typical application."
        ),
        "body": [
            ("heading", {"text": "The building blocks", "level": "h2"}),
            (
                "paragraph",
                "<p>Routing maps URLs to closures or controller methods, and middleware wraps "
                "requests with concerns such as authentication and CSRF protection. The service "
                "container and service providers handle dependency injection and wire the "
                "application together when it boots.</p>",
            ),
            (
                "paragraph",
                "<p>Eloquent is Laravel's active-record ORM: each model maps to a table, "
                "relationships are defined as methods, and migrations keep the schema under "
                "version control. Blade, the templating engine, compiles views to plain PHP and "
                "supports layouts and components.</p>",
            ),
            ("heading", {"text": "Beyond the request", "level": "h2"}),
            (
                "paragraph",
                "<p>Queues move slow work such as sending email or building reports into "
                "background jobs, with drivers for Redis, databases and cloud queue services. "
                "Artisan, the command-line tool, generates code, runs migrations and schedules "
                "tasks.</p>",
            ),
        ],
    },
    {
        "title": "Next.js vs React",
        "slug": "nextjs-vs-react",
        "category": "Web & software",
        "standfirst": (
            "Next.js does not replace React; it is a framework that builds on it. This guide "
            "explains what Next.js adds, from server rendering to file-based routing, and when a "
            "plain React setup is still the better choice for your project."
        ),
        "body": [
            ("heading", {"text": "Library versus framework", "level": "h2"}),
            (
                "paragraph",
                "<p>React is a library for building user interfaces out of components. On its own "
                "it does not decide how you route between pages, fetch data or render on the "
                "server, so a React project pairs it with a build tool and other libraries.</p>",
            ),
            (
                "paragraph",
                "<p>Next.js packages React with those decisions already made: file-based routing, "
                "server-side rendering and static generation, API routes, image optimisation and a "
                "production build pipeline.</p>",
            ),
            ("heading", {"text": "When to use each", "level": "h2"}),
            (
                "paragraph",
                "<p>Reach for Next.js for public sites and products where search visibility and "
                "first-load speed matter, or where you want the front end and a few light backend "
                "endpoints in one codebase. A plain React single-page app still suits dashboards "
                "and internal tools that sit behind a login and have no need for server "
                "rendering.</p>",
            ),
        ],
    },
    {
        "title": "REST vs GraphQL: which API style for your product",
        "slug": "rest-vs-graphql",
        "search_description": (
            "REST and GraphQL compared on caching, versioning, tooling and real-time support, and which"
            " API style suits which kind of product."
        ),
        "category": "Web & software",
        "standfirst": (
            "How REST and GraphQL differ on caching, versioning, tooling and real-time support, "
            "with a clear view on which API style suits which kind of product, and when it makes "
            "sense to run both side by side."
        ),
        "body": [
            ("heading", {"text": "How they differ", "level": "h2"}),
            (
                "paragraph",
                "<p>REST exposes resources at URLs and uses HTTP methods and status codes to act "
                "on them. Because each response belongs to a URL, HTTP caching, CDNs and standard "
                "tooling work with little extra effort.</p>",
            ),
            (
                "paragraph",
                "<p>GraphQL offers a single endpoint and a typed schema. Clients ask for exactly "
                "the fields they need in one query, avoiding over-fetching and extra round trips, "
                "and subscriptions provide a route to real-time updates. In return, caching moves "
                "into the client and server, and query cost needs limits.</p>",
            ),
            ("heading", {"text": "Choosing between them", "level": "h2"}),
            (
                "paragraph",
                "<p>REST is a strong default for public APIs, simple CRUD services and anything "
                "that benefits from HTTP caching, with versions usually carried in the URL or "
                "headers. GraphQL pays off when several clients, such as web and mobile apps, need "
                "different shapes of the same data, and its schema can evolve by deprecating "
                "fields. Plenty of teams run both.</p>",
            ),
        ],
    },
    {
        "title": "Shopify Store Optimization Guide",
        "slug": "shopify-store-optimization-guide",
        "search_description": (
            "Tune a Shopify store: apps that lift sales without slowing pages, a Core Web Vitals "
            "checklist, and a staged move from Magento that keeps your traffic."
        ),
        "category": "Web & software",
        "standfirst": (
            "A practical guide to tuning a Shopify store: choosing apps that lift sales without "
            "slowing pages, a checklist for Core Web Vitals and page speed, and a staged plan for "
            "moving from Magento to Shopify without losing traffic."
        ),
        "body": [
            ("heading", {"text": "Speed and apps", "level": "h2"}),
            (
                "paragraph",
                "<p>Every app you install can add scripts to the storefront, so audit your apps "
                "regularly and remove the ones you no longer use. Compress and correctly size "
                "images, lazy-load media further down the page, and keep theme code lean.</p>",
            ),
            (
                "paragraph",
                "<p>Track Core Web Vitals, Google's measures of loading (Largest Contentful "
                "Paint), responsiveness (Interaction to Next Paint) and visual stability "
                "(Cumulative Layout Shift), using data from real visitors as well as lab "
                "tests.</p>",
            ),
            ("heading", {"text": "Moving from Magento", "level": "h2"}),
            (
                "paragraph",
                "<p>A Magento to Shopify migration starts with an inventory of products, "
                "customers, orders and URLs. Map old URLs to new ones with 301 redirects, rebuild "
                "essential features with apps or custom code, and test checkout and analytics "
                "thoroughly before switching over.</p>",
            ),
        ],
    },
    {
        "title": "AI in UX Design: How AI Is Changing User Experience",
        "slug": "ai-in-ux-design",
        "search_description": (
            "How AI is reshaping UX design, from personalisation to generative interfaces, with "
            "examples of where it helps users and where it gets in their way."
        ),
        "category": "Product & UX",
        "standfirst": (
            "Personalisation, predictive flows, generative interfaces and quicker research: how AI "
            "is reshaping UX design, with practical examples of where it helps users, where it "
            "gets in their way, and how designers stay in control."
        ),
        "body": [
            ("heading", {"text": "Where AI helps", "level": "h2"}),
            (
                "paragraph",
                "<p>Personalisation adapts content and layout to what a user has done before, and "
                "predictive flows can pre-fill forms or suggest a next step. Done well, they "
                "remove friction; done carelessly, they feel intrusive or unpredictable.</p>",
            ),
            (
                "paragraph",
                "<p>In research and design work, AI tools can transcribe and group interview "
                "notes, draft interface copy and produce layout variations quickly, leaving "
                "designers more time for judgement and for testing with real users.</p>",
            ),
            ("heading", {"text": "Designing responsibly", "level": "h2"}),
            (
                "paragraph",
                "<p>Be open about when people are dealing with AI, give them ways to correct or "
                "undo what it does, and design for the moments when it gets things wrong. Check "
                "outputs for bias and accessibility, and keep a person in the loop for decisions "
                "that matter.</p>",
            ),
        ],
    },
    {
        "title": "App development tools",
        "slug": "app-development-tools",
        "search_description": (
            "The tools behind a modern app, category by category: IDEs, cross-platform frameworks, "
            "backend services, testing, CI/CD and design."
        ),
        "category": "Mobile & apps",
        "standfirst": (
            "A category-by-category tour of the tools behind a modern app: IDEs, cross-platform "
            "frameworks, backend and BaaS services, testing, CI/CD and design, with notes on what "
            "each category is for and how to choose within it."
        ),
        "body": [
            ("heading", {"text": "Building the app", "level": "h2"}),
            (
                "paragraph",
                "<p>Native development centres on Xcode and Swift for iOS and on Android Studio "
                "and Kotlin for Android. Cross-platform frameworks such as Flutter and React "
                "Native let a single codebase target both platforms.</p>",
            ),
            (
                "paragraph",
                "<p>For the backend you can build your own API or use a backend-as-a-service such "
                "as Firebase or Supabase for sign-in, data, file storage and notifications.</p>",
            ),
            ("heading", {"text": "Shipping with confidence", "level": "h2"}),
            (
                "paragraph",
                "<p>Automated tests, from unit tests to UI tests with tools like XCTest and "
                "Espresso, catch regressions early. CI/CD pipelines built on services such as "
                "GitHub Actions or Bitrise, often with fastlane, build, sign and distribute "
                "releases, while design tools like Figma keep designers and developers working "
                "from the same files.</p>",
            ),
        ],
    },
    {
        "title": "App Monetization Strategies: How to Make Money From Your App",
        "slug": "app-monetization-strategies",
        "search_description": (
            "Subscriptions, freemium, in-app purchases, ads and usage-based pricing: the ways apps earn"
            " money, and how to choose the model that suits yours."
        ),
        "category": "Mobile & apps",
        "standfirst": (
            "Subscriptions, freemium, in-app purchases, advertising and usage-based pricing: the "
            "main ways apps earn money, and how to pick a model that suits your app, your audience "
            "and the app store rules you must work within."
        ),
        "body": [
            ("heading", {"text": "The main models", "level": "h2"}),
            (
                "paragraph",
                "<p>Subscriptions charge a recurring fee and suit apps that deliver ongoing value, "
                "such as content, productivity or fitness. Freemium gives the core app away and "
                "charges for premium features or higher limits.</p>",
            ),
            (
                "paragraph",
                "<p>In-app purchases sell digital items, upgrades or credits, while advertising "
                "earns from attention and works best at scale. Usage-based pricing charges for "
                "what is consumed and is common in business tools and AI-powered apps.</p>",
            ),
            ("heading", {"text": "Choosing a model", "level": "h2"}),
            (
                "paragraph",
                "<p>Match the model to how people use the app and what they value most. Read the "
                "App Store and Google Play rules on digital goods and payments early, since they "
                "shape both pricing and revenue share, and test your pricing rather than "
                "guessing.</p>",
            ),
        ],
    },
]
