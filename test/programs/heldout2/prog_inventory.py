# an inventory report with sorting, grouping and formatting
from collections import defaultdict
items = [
    ("widget", "tools", 3, 2.50), ("gadget", "tools", 0, 10.00), ("apple", "food", 50, 0.30),
    ("bread", "food", 5, 2.25), ("hammer", "tools", 7, 15.00), ("milk", "food", 0, 1.10),
]
by_cat = defaultdict(list)
for name, cat, qty, price in items:
    by_cat[cat].append((name, qty, price))
for cat in sorted(by_cat):
    rows = sorted(by_cat[cat], key=lambda r: r[1] * r[2], reverse=True)
    print(f"== {cat.upper()} ==")
    for name, qty, price in rows:
        flag = " (out of stock)" if qty == 0 else ""
        print(f"  {name:<8} {qty:>3} x {price:>6.2f} = {qty * price:>7.2f}{flag}")
    total = sum(q * p for _, q, p in rows)
    print(f"  {'total':<8} {'':>3}   {'':>6}   {total:>7.2f}")
out_of_stock = [n for n, _, q, _ in items if q == 0]
print("out of stock:", ", ".join(out_of_stock) or "none")
cheapest = min(items, key=lambda it: it[3])
print("cheapest: %s at $%.2f" % (cheapest[0], cheapest[3]))
value = {cat: round(sum(q * p for _, q, p in rows), 2) for cat, rows in by_cat.items()}
print(value, max(value, key=value.get))
