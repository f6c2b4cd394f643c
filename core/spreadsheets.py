"""Cells that are safe to open in a spreadsheet, for every CSV the site writes (data downloads, the
API's CSV, the admin's exports)."""

# A cell starting with one of these is read as a formula by Excel, LibreOffice and Google Sheets
# (a tab or carriage return can hide one); a leading apostrophe makes it plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


class SafeCSVExportMixin:
    """For a Wagtail admin listing (an IndexView) that exports CSV: Wagtail writes CSV cells as they
    are, and one starting with = + - @ would run as a formula in a spreadsheet (its XLSX export
    already guards against that)."""

    def write_csv_row(self, writer, row_dict):
        cells = {field: self.preprocess_field_value(field, value, self.FORMAT_CSV) for field, value in row_dict.items()}
        return writer.writerow({field: neutralise(v) if isinstance(v, str) else v for field, v in cells.items()})
