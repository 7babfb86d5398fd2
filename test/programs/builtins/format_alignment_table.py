# A table produced with format() and str methods.
rows = [("Name", "Qty", "Price"), ("widget", 3, 2.5), ("gadget", 12, 10.0), ("doohickey", 1, 0.75)]
for name, qty, price in rows:
    if isinstance(qty, str):
        print(format(name, "<10") + format(qty, ">5") + format(price, ">8"))
    else:
        print(format(name, "<10") + format(qty, ">5d") + format(price, ">8.2f"))
print("=" * 23)
