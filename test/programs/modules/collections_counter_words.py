# A word-frequency report with Counter.
from collections import Counter
text = "red blue red green blue red yellow green red"
c = Counter(text.split())
for word, n in c.most_common():
    print(f"{word:<8}{'#' * n}")
print(c.most_common(1)[0][0], len(c), sum(c.values()))
print(Counter("mississippi").most_common(3))
