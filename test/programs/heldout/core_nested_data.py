# nested data structures: json-like manipulation
inventory = {
    "fruits": [{"name": "apple", "qty": 5}, {"name": "pear", "qty": 0}],
    "veg": [{"name": "kale", "qty": 2}],
}
for cat, items in inventory.items():
    in_stock = [i["name"] for i in items if i["qty"] > 0]
    print(cat, in_stock, sum(i["qty"] for i in items))
inventory["veg"].append({"name": "leek", "qty": 7})
print(len(inventory["veg"]), inventory["veg"][-1]["name"])
by_qty = sorted((i for items in inventory.values() for i in items), key=lambda i: i["qty"], reverse=True)
print([i["name"] for i in by_qty])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
bad = [[0] * 3] * 3
bad[1][1] = 5
print(grid, bad)
def deep_get(d, path, default=None):
    for key in path.split("."):
        if isinstance(d, dict) and key in d:
            d = d[key]
        elif isinstance(d, list) and key.isdigit() and int(key) < len(d):
            d = d[int(key)]
        else:
            return default
    return d
cfg = {"a": {"b": [10, {"c": "deep"}]}}
print(deep_get(cfg, "a.b.1.c"), deep_get(cfg, "a.b.0"), deep_get(cfg, "a.x", "missing"))
def walk(x, depth=0):
    if isinstance(x, dict):
        for k in sorted(x):
            print("  " * depth + str(k))
            walk(x[k], depth + 1)
    elif isinstance(x, list):
        for v in x:
            walk(v, depth)
    else:
        print("  " * depth + repr(x))
walk(cfg)
