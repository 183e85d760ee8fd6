"""The HTML benchmark report: one self-contained page of charts and tables over the warehouse.

data.py reads sql/report/*.sql, evidence.py gives every number an anchor to its
quoted words, charts.py draws Altair specs to static SVG, sections.py and
page.py assemble the HTML, write.py ties them together for the CLI and Dagster.
"""
