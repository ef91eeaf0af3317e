#!/usr/bin/env python3
"""Writes the small spreadsheets tests/spreadsheets.rs reads (tests/fixtures/sheets/): .ods and
.xlsx files of our own, in the layouts the publishers use, and the hostile ones the reader must
refuse (zip bombs, a million rows, a huge cell, entities, deep nesting, a password, other files).
Nothing here is a published file. Usage: python3 scripts/make-sheet-fixtures.py"""
import os
import zipfile
import zlib

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "fixtures", "sheets")
os.makedirs(OUT, exist_ok=True)
FIXED = (2026, 12, 2, 0, 0, 0)  # every entry's date, so the files are the same each time


def write_zip(name, entries, stored_first=True):
    with zipfile.ZipFile(os.path.join(OUT, name), "w") as z:
        for i, (path, data) in enumerate(entries):
            info = zipfile.ZipInfo(path, FIXED)
            info.compress_type = zipfile.ZIP_STORED if (i == 0 and stored_first) else zipfile.ZIP_DEFLATED
            z.writestr(info, data)


ODS_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>')
ODS_TAIL = "</office:spreadsheet></office:body></office:document-content>"
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')


def ods(name, tables, manifest=MANIFEST, mimetype="application/vnd.oasis.opendocument.spreadsheet"):
    write_zip(name, [("mimetype", mimetype), ("content.xml", ODS_HEAD + tables + ODS_TAIL),
                     ("META-INF/manifest.xml", manifest)])


def text(t):
    return f'<table:table-cell office:value-type="string"><text:p>{t}</text:p></table:table-cell>'


def date(d):
    return f'<table:table-cell office:value-type="date" office:date-value="{d}T00:00:00"><text:p>shown</text:p></table:table-cell>'


def row(*cells, repeat=1):
    r = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{r}>{''.join(cells)}</table:table-row>"


EMPTY_TAIL = '<table:table-cell table:number-columns-repeated="1010"/>'
BLANK_ROWS = row('<table:table-cell table:number-columns-repeated="1024"/>', repeat=1048000)
GRADES = ["Good", "Requires improvement to be good", "Good", "Outstanding", ""]

# Ofsted's outcomes table in small: a cover sheet, then a title, a note and the header row.
header = ["Web link", "Local authority area code", "Local authority name", "Ofsted region", "Inspection date",
          "Publication date", "Overall effectiveness",
          "The impact of leaders on social work practice with children and families",
          "The experiences and progress of children who need help and protection",
          "The experiences and progress of children in care", "The experiences and progress of care leavers"]
outcomes = "".join([
    '<table:table table:name="Cover">', row(text("Local authority inspection outcomes")),
    row(text("Published by a test &amp; its script")), "</table:table>",
    '<table:table table:name="Inspections_as_at_31_March">',
    row(text("Local authority inspection judgements as at 31 March 2025")),
    row(text("This worksheet contains one table.<text:s/>Notes"
             '<office:annotation><text:p>A note nobody reads aloud</text:p></office:annotation>')),
    row(*[text(h) for h in header], EMPTY_TAIL),
    row(text("Ofsted Local Authority Webpage"), text("E10000001"), text("Northshire"), text("South West"),
        date("2023-07-10"), date("2023-09-04"), *[text(g) for g in GRADES], EMPTY_TAIL),
    row(text("Ofsted Local Authority Webpage"), text("E06000002"), text("Southby &amp; Wells"), text("London"),
        date("2019-02-11"), date("2019-03-29"), text("Inadequate"), text("Inadequate"),
        text("Requires improvement to be good"), text("Inadequate"), '<table:table-cell/>', EMPTY_TAIL),
    BLANK_ROWS, "</table:table>",
])
ods("ofsted-outcomes.ods", outcomes)


def number(v, shown=None):
    return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{shown or v}</text:p></table:table-cell>'


# A KPI table by period, with stored values finer than shown, a repeated cell and a covered one.
kpi = "".join([
    '<table:table table:name="Notes">', row(text("Figures are rates per 10,000")), "</table:table>",
    '<table:table table:name="Rates">',
    row(text("Year"), text("Northshire"), text("England")),
    row(text("2021/22"), number("61.4999", "61"), number("70")),
    row(text("2022/23"), '<table:table-cell office:value-type="float" office:value="64" table:number-columns-repeated="2"><text:p>64</text:p></table:table-cell>'),
    row(text("2023/24"), number("66.25", "66"), '<table:covered-table-cell/>'),
    "</table:table>",
])
ods("kpi-rates.ods", kpi)


def xlsx(name, sheets, strings, date_style=True, extra=()):
    workbook = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                + "".join(f'<sheet name="{n}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
                + "</sheets></workbook>")
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>' for i in range(len(sheets)))
            + "</Relationships>")
    shared = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + "".join(f"<si><t>{s}</t></si>" if not s.startswith("<") else f"<si>{s}</si>" for s in strings) + "</sst>")
    styles = ('<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="3"/></cellXfs></styleSheet>')
    entries = [("[Content_Types].xml", '<?xml version="1.0"?><Types/>'), ("xl/workbook.xml", workbook),
               ("xl/_rels/workbook.xml.rels", rels), ("xl/sharedStrings.xml", shared)]
    if date_style:
        entries.append(("xl/styles.xml", styles))
    for i, (_, data) in enumerate(sheets):
        entries.append((f"xl/worksheets/sheet{i + 1}.xml",
                        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                        + data + "</sheetData></worksheet>"))
    entries.extend(extra)
    write_zip(name, entries, stored_first=False)


def c(ref, value, kind=None, style=None):
    t = f' t="{kind}"' if kind else ""
    s = f' s="{style}"' if style is not None else ""
    if kind == "inlineStr":
        return f'<c r="{ref}"{t}{s}><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"{t}{s}><v>{value}</v></c>'


# DfE's statistical neighbours in small: column letters and numbers above the header, as published.
neighbours = "".join([
    '<row r="1">' + c("A1", 0, "s") + c("B1", 1, "s") + "</row>",
    '<row r="3">' + c("A3", 2, "s") + c("B3", 3, "s") + c("C3", 4, "s") + c("D3", 5, "s") + "</row>",
    '<row r="4">' + c("A4", 301) + c("B4", 6, "s") + c("C4", 308) + c("D4", 7, "s") + "</row>",
    '<row r="5">' + c("A5", 302) + c("B5", "Northshire &amp; Wells", "inlineStr") + c("C5", 301) + c("D5", 8, "s") + "</row>",
])
xlsx("neighbours.xlsx", [("LA SN Groups", neighbours)],
     ["A", "B", "LA num", "LA Name", "SN1", "SNP", "Barking and Dagenham", "Close",
      "<r><t>Very </t></r><r><t>close</t></r><rPh><t>phonetic</t></rPh>"])

# A KPI by period, Excel-written: a float written to 17 digits as Excel writes it
# (61.499899999999997), a formula, a sum with binary noise (0.1 + 0.2); and on the front sheet a
# date cell and an error value.
kpi_xlsx = "".join([
    "<row>" + c("A1", 0, "s") + c("B1", 1, "s") + c("C1", 2, "s") + "</row>",
    "<row>" + c("A2", 3, "s") + c("B2", "%.17g" % 61.4999) + c("C2", 70) + "</row>",
    '<row><c r="A3" t="s"><v>4</v></c><c r="B3"><f>B2+3</f><v>64.4999</v></c></row>',
    "<row>" + c("A4", 5, "s") + c("B4", "%.17g" % (0.1 + 0.2)) + c("C4", 66) + "</row>",
])
front = ('<row r="1"><c r="A1" t="inlineStr"><is><t>About these figures</t></is></c></row>'
         '<row r="2">' + c("A2", 6, "s") + c("B2", 45382, style=1) + '<c r="C2" t="e"><v>#N/A</v></c></row>')
xlsx("kpi-rates.xlsx", [("Front", front), ("Data", kpi_xlsx)],
     ["Year", "Northshire", "England", "2022/23", "2023/24", "2024/25", "Updated"])

# MHCLG's table of every authority in small: title and source rows, a header of
# "<line> - <measure> (C#)", an "of which" line, a total, a memorandum column, and Southby's
# total printed 10 short (a mistyped copy) so that the reconciliation has something to say.
MEASURES = ["Employees (C1)", "Running Expenses (C2)", "Total Expenditure (C3 = C1 + C2)",
            "Sales, Fees and Charges (C4)", "Other Income (C5)", "Total Income (C6 = C4 + C5)",
            "Net Current Expenditure (C7 = C3 - C6)"]
LINES = ["Children's social care - Children Looked After",
         "Children's social care - Children Looked After of which fostering services",
         "Children's social care - Children Looked After of which other",
         "Children's social care - Youth Justice", "TOTAL CHILDREN SOCIAL CARE"]


def figures(c1, c2, c4, c5):
    return [c1, c2, c1 + c2, c4, c5, c4 + c5, c1 + c2 - c4 - c5]


def authority(code, ons, name, cla, fostering, other, youth, total_short=0):
    total = [a + b for a, b in zip(cla, youth)]
    total[6] -= total_short
    values = cla + fostering + other + youth + total
    return row(text(code), text(ons), text(name), *[number(repr(v)) for v in values], number("12.5"))


by_authority = "".join([
    '<table:table table:name="Front_Page">', row(text("Revenue outturn, illustrative")), "</table:table>",
    '<table:table table:name="RO3_LA_Data_202425">',
    row(text("Worksheet 2: Revenue Outturn (RO) 2024-25: Social Care (RO3) data")),
    row(text("Source: An illustrative table in MHCLG's layout")),
    row(text("E-code"), text("ONS Code"), text("Local authority"),
        *[text(f"{line} - {m}") for line in LINES for m in MEASURES],
        text("Children's social care - agency staff memorandum item")),
    authority("E0101", "E06000901", "Northshire UA", figures(100.5, 200.25, 10, 20), figures(50, 80.25, 5, 5),
              figures(50.5, 120, 5, 15), figures(30, 40, 1, 2)),
    authority("E0102", "E06000902", "Southby &amp; Wells", figures(10, 20, 1, 2), figures(5, 8, 0, 1),
              figures(5, 12, 1, 1), figures(3, 4, 0, 0), total_short=10),
    row(text("Eng"), text("E92000001"), text("ENGLAND"), *[number("0")] * 35),
    "</table:table>",
])
ods("outturn-by-authority.ods", by_authority)

# Hostile files, each to be refused quickly within the ceilings.
# A zip bomb: 80 MB of spaces deflated to about 80 KB, declared honestly.
bomb = b" " * (80 << 20)
write_zip("bomb-declared.ods", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                                ("content.xml", bomb), ("META-INF/manifest.xml", MANIFEST)])
# The same bomb whose directory claims 1 KB: inflating stops at the claimed size.
path = os.path.join(OUT, "bomb-lying.ods")
with open(os.path.join(OUT, "bomb-declared.ods"), "rb") as f:
    data = bytearray(f.read())
size = len(bomb).to_bytes(4, "little")
while True:  # every header (local and central) that gives the real size gets 1,024
    at = data.find(size)
    if at < 0:
        break
    data[at:at + 4] = (1024).to_bytes(4, "little")
with open(path, "wb") as f:
    f.write(data)
# A sheet of a million rows, each with a figure.
ods("million-rows.ods", '<table:table table:name="Big">' + row(text("2020"), number("1"), repeat=1000000) + "</table:table>")
# A cell of 10 MB.
ods("huge-cell.ods", '<table:table table:name="Huge">' + row(text("x" * (10 << 20))) + "</table:table>")
# XML with entities of its own ("billion laughs").
laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
          '<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x"><office:body><office:spreadsheet>'
          '<table:table table:name="L"><table:table-row><table:table-cell><text:p>&lol2;</text:p></table:table-cell>'
          "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>")
write_zip("entities.ods", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", laughs)])
# Nesting 100,000 deep.
deep = ODS_HEAD + '<table:table table:name="D"><table:table-row><table:table-cell>' + "<text:span>" * 100000 + ODS_TAIL
write_zip("deep.ods", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", deep)])
# A spreadsheet saved with a password: LibreOffice names the encryption in its manifest.
ods("password.ods", kpi, manifest=MANIFEST.replace("</manifest:manifest>",
    '<manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>'))
# A zip cut short, a Word document, other bytes.
with open(os.path.join(OUT, "kpi-rates.ods"), "rb") as f:
    whole = f.read()
with open(os.path.join(OUT, "cut-short.ods"), "wb") as f:
    f.write(whole[: len(whole) // 2])
write_zip("letter.docx", [("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")])
with open(os.path.join(OUT, "report.pdf"), "wb") as f:
    f.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n")
with open(os.path.join(OUT, "old.xls"), "wb") as f:
    f.write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
with open(os.path.join(OUT, "unicode-text.txt"), "wb") as f:
    f.write("Year\tNorthshire\n2023/24\t61\n".encode("utf-16"))
with open(os.path.join(OUT, "pasted.csv"), "wb") as f:
    f.write(b"Year,Northshire\n2023/24,61\n")
