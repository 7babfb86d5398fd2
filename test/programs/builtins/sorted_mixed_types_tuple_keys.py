# sorting tuples compares element by element.
recs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(recs))
print(sorted(recs, key=lambda r: r[1]))
print(max(recs), min(recs))
print(sorted([[2, 1], [1, 2, 3], [1, 2], []]))
