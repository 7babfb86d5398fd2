# A small data pipeline composed only from builtins.
text = "the quick brown fox jumps over the lazy dog the end"
words = text.split()
lengths = list(map(len, words))
print(lengths)
print(sorted(set(words), key=lambda w: (-words.count(w), w))[:3])
print(max(zip(lengths, words)))
print(sum(1 for w in words if len(w) > 3))
print(dict(zip(*[iter(words[:6])] * 2)))
