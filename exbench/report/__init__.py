"""The HTML benchmark report: one self-contained page of charts and tables over the warehouse.

data.py reads sql/report/*.sql, evidence_entries.py gives every number an anchor
to its quoted words, charts.py draws Altair specs to static SVG, sections.py and
page.py assemble the HTML, write.py ties them together for the CLI and Dagster.
The report reads the trusted layer, and a rating or indicator cites the facts
the mart recorded as its inputs (mart.star_rating_inputs, mart.indicator_inputs).
"""
