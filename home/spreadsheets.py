"""Exports that open safely in a spreadsheet.

A cell that starts with =, +, -, @, a tab or a carriage return is taken by
Excel, LibreOffice and Google Sheets as a formula (CSV injection): a member who
types `=HYPERLINK(...)` as their name would otherwise hand the editor who opens
the export a live link. Every such text cell starts with an apostrophe instead,
which spreadsheets show as plain text. Numbers, dates and booleans are left as
they are; Wagtail's XLSX export already writes formula-like text as text."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def protect_csv_exports():
    """Make every CSV export in the admin write inert cells: ours (Membership
    applications, Event registrations, the guidance review report) and Wagtail's
    own reports (workflows, site history, ...), which all write rows through
    SpreadsheetExportMixin.write_csv_row. Called once, from HomeConfig.ready()."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin.write_csv_row, "writes_inert_cells", False):
        return

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: inert_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    write_csv_row.writes_inert_cells = True
    SpreadsheetExportMixin.write_csv_row = write_csv_row
