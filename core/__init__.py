"""The few rules every app shares, so that each is written once: which links may be stored
(links.py), how long listings are paged (pagination.py), which pages a reader may see (pages.py),
how a record is named to other channels (references.py) and how a cell is kept from running as a
spreadsheet formula (spreadsheets.py). A plain package: it imports no app of ours, and every app may
import it."""
