#!/usr/bin/env python3
"""Writes the gallery's illustrative map files (www/data/*-map-illustrative.csv) in the layouts
DfE and Ofsted publish, for every council of the project's own hex layouts (src/model/map/*.hex).

The councils' names and codes are real, so the maps place them; every figure and grade is made
up (a seeded random draw with a regional lean), and each file says so. Run by hand; the output
is committed. Reads nothing outside the repository.
"""
import csv
import pathlib
import random

root = pathlib.Path(__file__).resolve().parent.parent
REGIONS = ["North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
           "East of England", "London", "South East", "South West"]

def layout(name):
    for line in (root / "src" / "model" / "map" / name).read_text(encoding="utf-8").splitlines():
        code, q, r, region, council = line.split(" ", 4)
        yield code, council, int(region)

def write(name, rows):
    with open(root / "www" / "data" / name, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    print(f"{name}: {len(rows)} rows")

rng = random.Random(2026)
# A lean by region, so the map has a pattern to find (illustrative: not DfE's figures).
lean = {1: 30, 2: 22, 3: 15, 4: 0, 5: 8, 6: -10, 7: -5, 8: -15, 9: -8}

def ees_rows(level, councils, column, base, spread, years):
    head = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name",
            "region_code", "region_name", "new_la_code", "la_name", "lad_code", "lad_name",
            "population_type", column]
    rows = [head]
    for year in years:
        drift = (year - years[-1]) * 2
        rows.append([year, "Reporting year", "National", "E92000001", "England", "", "", "", "", "", "",
                     "Children looked after on 31 March each year", base + drift])
        for r, region in enumerate(REGIONS, start=1):
            rows.append([year, "Reporting year", "Regional", "E92000001", "England", f"E1200000{r}", region,
                         "", "", "", "", "Children looked after on 31 March each year", base + lean[r] + drift])
        for code, council, region in councils:
            value = round(max(5, base + lean[region] + drift + rng.gauss(0, spread)))
            # The two smallest councils' figures are suppressed, as DfE does.
            cell = "c" if council in ("Isles of Scilly", "City of London") else value
            area = [code, council, "", ""] if level == "Local authority" else ["", "", code, council]
            rows.append([year, "Reporting year", level, "E92000001", "England", f"E1200000{region}",
                         REGIONS[region - 1], *area, "Children looked after on 31 March each year", cell])
        if level == "Local authority":
            # Councils abolished since, listed with "z" (not applicable) as DfE still lists them.
            for code, council, region in [("E10000006", "Cumbria", 2), ("E10000021", "Northamptonshire", 4)]:
                rows.append([year, "Reporting year", level, "E92000001", "England", f"E1200000{region}",
                             REGIONS[region - 1], code, council, "", "",
                             "Children looked after on 31 March each year", "z"])
    return rows

upper = list(layout("upper-tier.hex"))
write("kpi-map-illustrative.csv", ees_rows("Local authority", upper, "rate_per_10000", 70, 14, [2023, 2024]))
districts = list(layout("districts.hex"))
write("kpi-districts-map-illustrative.csv",
      ees_rows("Local authority district", districts, "rate_per_10000", 70, 14, [2024]))

# Ofsted's outcomes table: each council's inspections, made up.
GRADES = ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"]
AREAS = ["The impact of leaders on social work practice with children and families",
         "The experiences and progress of children who need help and protection",
         "The experiences and progress of children in care",
         "The experiences and progress of care leavers"]
rows = [
    ["ILACS inspection history from 2018-2025 (illustrative judgements of real councils, in Ofsted's published layout)"] + [""] * 12,
    ["This worksheet contains one table with no blank rows or columns. The councils are England's; every judgement below is made up for the gallery, not Ofsted's."] + [""] * 12,
    ["Web link", "Local authority area code", "Local authority name", "Local authority status", "Ofsted region",
     "Inspection date", "Publication date", "Inspection type", "Overall effectiveness", *AREAS],
]
def grade(region):
    weights = [12, 48, 30, 10] if lean[region] < 10 else [8, 42, 36, 14]
    return rng.choices(range(4), weights)[0]

for code, council, region in upper + [("E10000006", "Cumbria", 2), ("E10000021", "Northamptonshire", 4)]:
    inspections = 2 if council == "Derbyshire" else 1
    old = council in ("Cumbria", "Northamptonshire")
    for i in range(inspections):
        year = 2019 if old or (inspections == 2 and i == 0) else rng.choice([2022, 2023, 2024, 2025])
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        overall = grade(region)
        sub = [GRADES[min(3, max(0, overall + rng.choice([-1, 0, 0, 1])))] for _ in AREAS]
        if year < 2023:
            sub[3] = ""
        if council == "Isles of Scilly":
            continue
        rows.append(["Ofsted Local Authority Webpage", code, council, "Current", REGIONS[region - 1],
                     f"{day:02d}/{month:02d}/{year}", f"{day:02d}/{min(12, month + 1):02d}/{year}",
                     "ILACS Standard Inspection", GRADES[overall], *sub])
write("judgements-map-illustrative.csv", rows)
