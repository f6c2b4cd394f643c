"""Image renditions made once, by the background worker, never while a reader waits.

An upload (or a publish of a page that shows an image) queues `tasks.make_renditions`, which makes
every size the templates use (`specs.py`) one at a time. Pages look renditions up through
`ready(image)` (`ready.py`, the `|ready` template filter), which only finds made ones: a rendition
not made yet is shown as a small placeholder of the right size, and the worker is asked to make it.
So no request decodes an original, whatever its size.

Like `links`, it imports none of the project's apps, so `guides` and `authors` can both use it.
"""
