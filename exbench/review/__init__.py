"""People review facts: the review sheet, merging a filled sheet into raw/corrections.csv, reviewed-only exports."""
