# sorted/reversed/enumerate/zip combos as typical idioms
names = ["Carol", "alice", "Bob", "dave"]
scores = [88, 95, 72, 95]
ranked = sorted(zip(scores, names), key=lambda p: (-p[0], p[1].lower()))
for rank, (score, name) in enumerate(ranked, 1):
    print(rank, name, score)
print(list(reversed(sorted(names))), sorted(names, key=str.casefold), names[::-1])
print(dict(sorted(zip(names, scores), key=lambda kv: kv[1])))
idx = sorted(range(len(scores)), key=lambda i: scores[i])
print(idx, [names[i] for i in idx])
pairs = list(zip(names, scores))
pairs.sort(key=lambda p: p[1], reverse=True)
print(pairs)
print(sorted([[3, "c"], [1, "a"], [2, "b"]])[0], sorted("Hello World".split(), key=len))
print(max(zip(scores, names)), min(enumerate(scores), key=lambda t: t[1]))
print([x for _, x in sorted(zip([3, 1, 2], "abc"))])
