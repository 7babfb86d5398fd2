# Deduplicating while keeping order: dict.fromkeys vs set.
items = [3, 1, 3, 2, 1, 5, 2]
print(list(dict.fromkeys(items)), sorted(set(items)), len(set(items)))
seen = set()
unique = []
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)
