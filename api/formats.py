"""CSV and XLSX for the API's tabular resources, with the same columns as their JSON.

A tabular resource's rows are the JSON objects a client gets (a matrix's `rows`, a survey's
`figures`, a benchmark's `results`, a decision guide's `rows`, the frameworks list's `results`);
each becomes one line, its nested objects flattened into dotted column names
(`framework.slug`, `values.learning-curve`) and its lists of choices joined as a reader sees them.
So the columns are the JSON's fields, and a client may switch formats without a mapping.

Asked for by `?format=csv|xlsx` or by the Accept header (text/csv,
application/vnd.openxmlformats-officedocument.spreadsheetml.sheet). Cells that a spreadsheet would
read as a formula are kept as text, and characters a workbook cannot hold (control characters) are
left out of XLSX cells. Numbers (a survey's share, a benchmark's figure) are numeric cells.

Whatever format was asked for, an error is answered as JSON in the one error shape (errors.py):
a client reading a spreadsheet still gets an error it can parse.
"""

import csv
import io
import json
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from rest_framework import renderers
from rest_framework.response import Response
from rest_framework.utils import encoders

from core.spreadsheets import neutralise

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def flatten(value, prefix=""):
    """{"framework": {"slug": "django"}, "share": "12.6"} -> {"framework.slug": "django", "share": "12.6"}."""
    if isinstance(value, dict):
        flat = {}
        for key, item in value.items():
            flat.update(flatten(item, f"{prefix}{key}."))
        return flat if prefix or flat else {}
    return {prefix[:-1]: cell(value)}


def cell(value):
    if isinstance(value, list):
        return "; ".join(_item_text(item) for item in value)
    return value


def _item_text(item):
    if isinstance(item, dict):
        text = item.get("text") or item.get("name")
        return str(text) if text is not None else json.dumps(item, ensure_ascii=False, cls=encoders.JSONEncoder)
    return str(item)


def table(data, view):
    """(columns, rows) for the response data: the view's tabular rows when it answered with its
    resource, else the data itself as one row (an error, say)."""
    key = getattr(view, "table_rows", {}).get(getattr(view, "action", None))
    if isinstance(data, dict) and key and isinstance(data.get(key), list):
        records = data[key]
    elif isinstance(data, list):
        records = data
    else:
        records = [data]
    rows = [flatten(record) if isinstance(record, dict) else {"value": record} for record in records]
    columns = list(dict.fromkeys(column for row in rows for column in row))
    return columns, rows


def _filename(view, response, extension):
    name = getattr(view, "basename", None) or "data"
    slug = (getattr(view, "kwargs", None) or {}).get(getattr(view, "lookup_field", "pk"))
    if slug and response is not None and response.status_code == 200:
        name = f"{name}-{slug}"
    return f"{name}.{extension}"


class TableRenderer(renderers.BaseRenderer):
    """A tabular answer as a download: the rows' columns, named after the view, written by `write`."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        renderer_context = renderer_context or {}
        view, response = renderer_context.get("view"), renderer_context.get("response")
        if data is None:
            return b""
        columns, rows = table(data, view)
        if response is not None:
            response["Content-Disposition"] = f'attachment; filename="{_filename(view, response, self.format)}"'
        return self.write(columns, rows, view)

    def write(self, columns, rows, view):
        raise NotImplementedError


class CSVRenderer(TableRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def write(self, columns, rows, view):
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow([neutralise(column) for column in columns])
        for row in rows:
            writer.writerow([neutralise(_text(row.get(column))) for column in columns])
        # A byte-order mark makes Excel read the file as UTF-8.
        return ("\ufeff" + out.getvalue()).encode("utf-8")


class XLSXRenderer(TableRenderer):
    media_type = XLSX_MEDIA_TYPE
    format = "xlsx"
    charset = None
    render_style = "binary"

    def write(self, columns, rows, view):
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title=(getattr(view, "basename", None) or "data")[:31])
        sheet.append([_text_cell(sheet, column) for column in columns])
        for row in rows:
            sheet.append([_value_cell(sheet, row.get(column)) for column in columns])
        out = io.BytesIO()
        workbook.save(out)
        return out.getvalue()


def _text(value):
    return "" if value is None else value


def _text_cell(sheet, text):
    cell_ = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", str(text)))
    cell_.data_type = "s"  # never a formula, whatever it starts with
    return cell_


def _value_cell(sheet, value):
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, Decimal):
        return float(value)
    return _text_cell(sheet, value)


class TabularMixin:
    """A viewset whose `table_rows` names, per action, the JSON field that holds its rows (e.g.
    `{"list": "results", "retrieve": "rows"}`) also answers in CSV and XLSX."""

    table_rows = {}

    def get_renderers(self):
        renderers_ = super().get_renderers()
        if self.table_rows:
            renderers_ += [CSVRenderer(), XLSXRenderer()]
        return renderers_

    def finalize_response(self, request, response, *args, **kwargs):
        if isinstance(response, Response) and response.status_code >= 400:
            request.accepted_renderer, request.accepted_media_type = renderers.JSONRenderer(), "application/json"
        return super().finalize_response(request, response, *args, **kwargs)


def document_formats(result, generator, request, public):
    """drf-spectacular postprocessing hook: a CSV or XLSX response is a file, not the JSON object,
    and tabular operations take `?format=`."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            content = operation["responses"].get("200", {}).get("content", {})
            if "text/csv" not in content:
                continue
            content["text/csv"] = {"schema": {"type": "string", "description": "The JSON's rows as CSV."}}
            content[XLSX_MEDIA_TYPE] = {
                "schema": {"type": "string", "format": "binary", "description": "The JSON's rows as a workbook."}
            }
            parameters = operation.setdefault("parameters", [])
            parameters[:] = [p for p in parameters if not (p.get("in") == "query" and p.get("name") == "format")]
            parameters.append(
                {
                    "in": "query",
                    "name": "format",
                    "schema": {"type": "string", "enum": ["json", "csv", "xlsx"]},
                    "description": "The answer's format; the Accept header chooses it too.",
                }
            )
    return result
