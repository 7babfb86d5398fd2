# popitem is LIFO; setdefault for grouping.
d = {c: i for i, c in enumerate("abcd")}
while d:
    print(d.popitem(), end=" ")
print()
groups = {}
for word in ["apple", "bean", "avocado", "beet", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
