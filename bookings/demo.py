"""The demo wording of the booking page and the privacy notice it links to (our own words)."""

BOOKING_PAGE = {
    "title": "Book a discovery call",
    "slug": "book-a-discovery-call",
    "intro": "A 30-minute conversation with our delivery team about your project and the technology behind it.",
    "body": (
        "<p>We will ask about what you are building, who will use it, the team you have today and the "
        "deadlines you are working to.</p>"
        "<p>You will leave with a clearer view of the options, including which backend framework is likely "
        "to fit and what would need to be true for a different choice to make more sense.</p>"
    ),
    "form_heading": "Tell us about your project",
    "submit_label": "Request my call",
    "thanks_heading": "Thank you, we have your request",
    "next_steps": (
        "<ol><li>You will get an e-mail from us in the next few minutes confirming what you sent.</li>"
        "<li>Within one working day someone from our delivery team replies to agree a time, using the "
        "windows you suggested if you gave any.</li>"
        "<li>Before the call, reply to that e-mail with anything you would like us to read.</li></ol>"
    ),
}

PRIVACY_PAGE = {
    "title": "Privacy notice",
    "slug": "privacy",
    "intro": (
        "What we keep when you book a discovery call, why, for how long, and how to have it sent to you or removed."
    ),
    "body": (
        "<p>When you book a call we keep your name, work e-mail, company, role, "
        "what you want to talk about, the times you suggested and the page you came from, so that our sales "
        "team can arrange and prepare the call. We keep them for two years at most, then delete them. Write "
        "to us to receive a copy of everything we hold about your address, or to have it erased.</p>"
    ),
}
