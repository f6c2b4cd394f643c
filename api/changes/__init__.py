"""The change feed: what was created, changed, unpublished or deleted since a cursor."""
