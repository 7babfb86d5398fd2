# Iterating over dicts, items with tuple unpacking, and enumerate.
prices = {"apple": 1.25, "pear": 0.5, "fig": 3.0}
for name in prices:
    print(name, end=" ")
print()
for name, price in prices.items():
    print(f"{name}={price}")
for i, (name, price) in enumerate(prices.items(), 1):
    print(i, name, price)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
