# Word frequency with plain dict and str methods.
text = """It was the best of times, it was the worst of times;
it was the age of wisdom, it was the age of foolishness."""
counts = {}
for raw in text.lower().split():
    word = raw.strip(".,;")
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(f"{w:>8} {n}")
print(len(counts), sum(counts.values()))
