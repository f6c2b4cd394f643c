"""What a browser sends when a person presses a form's button without changing anything: every field
the page holds with the value it came with (the CSRF token, the booking form's time-trap stamp, the
visit's source). The journeys' visitors and the load test's leads fill forms in from it."""


def form_fields(form):
    """{name: value} of a parsed <form> (BeautifulSoup), as a browser would submit it unchanged."""
    fields = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        kind = element.get("type", "text")
        if not name or kind in ("submit", "button", "reset", "image", "file"):
            continue
        if element.name == "textarea":
            fields[name] = element.get_text().removeprefix("\n")  # as HTML parsing drops it
        elif element.name == "select":
            option = element.find("option", selected=True) or element.find("option")
            fields[name] = option.get("value", option.get_text()) if option else ""
        elif kind in ("checkbox", "radio"):
            if element.has_attr("checked"):
                fields[name] = element.get("value", "on")
        else:
            fields[name] = element.get("value", "")
    return fields
