# Counting with get, setdefault and a defaulting pattern.
text = "abracadabra"
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1]))
first_pos = {}
for i, ch in enumerate(text):
    first_pos.setdefault(ch, i)
print(first_pos)
