"""The change log: every time a guide, a frameworks record or a call to action appears, changes or
goes away for readers, one row, numbered in the order the changes committed. The API serves it as
the change feed (/api/v1/changes/), so a channel stays in sync by reading what is new since its
last cursor."""
