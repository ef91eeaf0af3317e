#!/usr/bin/env python3
"""Writes the project's hex layouts (src/model/map/*.hex) from Open Innovations' HexJSON
layouts in ../shared/real-data/hexmaps (MIT licence; the notice goes with the output).

Run by hand when a layout changes; the output is committed, and nothing reads ../shared at run
time. Each output line is one council: `code q r region name`, q and r in HexJSON's "odd-r"
offset coordinates (r counts rows up from the south), region the last digit of the ONS region
code (E1200000N: 1 North East ... 9 South West).

The upper-tier layout predates the reorganisations of 2020 to 2023, so it is brought up to date:
- Buckinghamshire (E10000002 -> E06000060), North Yorkshire (E10000023 -> E06000065) and
  Somerset (E10000027 -> E06000066) keep their cells under their unitary codes;
- Cumbria's cell goes to Westmorland and Furness (the south, beside Lancashire and North
  Yorkshire) and Cumberland takes the empty cell to its north (beside Northumberland);
- Northamptonshire's row is moved one cell west (Herefordshire and Warwickshire with it) to make
  room for West Northamptonshire (beside Warwickshire and Oxfordshire) and North
  Northamptonshire (beside Leicestershire and Buckinghamshire).
"""
import json
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent.parent
source = here.parent / "shared" / "real-data" / "hexmaps"
out = here / "src" / "model" / "map"

def load(name):
    return json.loads((source / name).read_text(encoding="utf-8"))["hexes"]

districts = {k: v for k, v in load("uk-local-authority-districts-2023.hexjson").items() if k.startswith("E")}
upper = {k: dict(v) for k, v in load("uk-upper-tier-local-authorities.hexjson").items() if k.startswith("E")}

def move(old, new, q=None, r=None, name=None):
    hexagon = upper.pop(old)
    if q is not None:
        hexagon["q"], hexagon["r"] = q, r
    if name is not None:
        hexagon["n"] = name
    upper[new] = hexagon

move("E10000002", "E06000060")
move("E10000023", "E06000065")
move("E10000027", "E06000066")
cumbria = upper["E10000006"]
move("E10000006", "E06000064", name="Westmorland and Furness")
upper["E06000063"] = {"n": "Cumberland", "q": cumbria["q"], "r": cumbria["r"] + 1}
northants = upper.pop("E10000021")
row, col = northants["r"], northants["q"]
for code, h in upper.items():
    if h["r"] == row and h["q"] < col:
        h["q"] -= 1
upper["E06000062"] = {"n": "West Northamptonshire", "q": col - 1, "r": row}
upper["E06000061"] = {"n": "North Northamptonshire", "q": col, "r": row}

# The two-tier counties are not in the district layout: their regions, as ONS gives them.
COUNTY_REGIONS = {
    "Cambridgeshire": 6, "Derbyshire": 4, "Devon": 9, "East Sussex": 8, "Essex": 6,
    "Gloucestershire": 9, "Hampshire": 8, "Hertfordshire": 6, "Kent": 8, "Lancashire": 2,
    "Leicestershire": 4, "Lincolnshire": 4, "Norfolk": 6, "Nottinghamshire": 4, "Oxfordshire": 8,
    "Staffordshire": 5, "Suffolk": 6, "Surrey": 8, "Warwickshire": 5, "West Sussex": 8,
    "Worcestershire": 5,
}

def region(code, h):
    if code in districts:
        return int(districts[code]["region"][-1])
    if h["n"] in COUNTY_REGIONS:
        return COUNTY_REGIONS[h["n"]]
    sys.exit(f"no region for {code} {h['n']}")

def write(name, hexes, region_of):
    cells = {}
    lines = []
    for code in sorted(hexes):
        h = hexes[code]
        cell = (h["q"], h["r"])
        if cell in cells:
            sys.exit(f"{code} and {cells[cell]} share the cell {cell}")
        cells[cell] = code
        lines.append(f"{code} {h['q']} {h['r']} {region_of(code, h)} {h['n']}")
    (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(lines)} councils")

write("upper-tier.hex", upper, region)
write("districts.hex", districts, lambda code, h: int(h["region"][-1]))
notice = (source / "LICENSE").read_text(encoding="utf-8")
(out / "LICENSE-hexmaps").write_text(
    "The hex layouts in this folder (upper-tier.hex, districts.hex) are adapted from Open\n"
    "Innovations' hexmaps (https://github.com/odileeds/hexmaps, commit 5383e24, folder maps/:\n"
    "uk-upper-tier-local-authorities.hexjson and uk-local-authority-districts-2023.hexjson),\n"
    "brought up to date for the councils of 2023 by scripts/hex-layouts.py. Their licence:\n\n" + notice,
    encoding="utf-8",
)
