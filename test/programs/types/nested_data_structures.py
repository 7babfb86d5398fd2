# A nested structure of dicts and lists, walked and updated.
inventory = {
    "fruit": [{"name": "apple", "qty": 3}, {"name": "pear", "qty": 0}],
    "veg": [{"name": "leek", "qty": 7}],
}
for category, items in inventory.items():
    for item in items:
        print(category, item["name"], item["qty"])
in_stock = {c: [i["name"] for i in items if i["qty"]] for c, items in inventory.items()}
print(in_stock)
inventory["veg"].append({"name": "kale", "qty": 2})
print(sum(i["qty"] for items in inventory.values() for i in items))
