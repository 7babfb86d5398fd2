# Nested dict building with setdefault and get.
sales = [("north", "apples", 3), ("south", "pears", 5), ("north", "pears", 2), ("north", "apples", 4)]
totals = {}
for region, item, qty in sales:
    region_totals = totals.setdefault(region, {})
    region_totals[item] = region_totals.get(item, 0) + qty
print(totals)
print({r: sum(v.values()) for r, v in totals.items()})
