# text statistics: word frequencies, line wrapping, justification
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(len(words), len(set(words)), max(words, key=len), sum(map(len, words)) / len(words))
def wrap(words, width):
    lines, line = [], ""
    for w in words:
        if len(line) + len(w) + (1 if line else 0) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        lines.append(line)
    return lines
for line in wrap(text.split(), 32):
    print(f"|{line:<32}|")
def justify(line, width):
    parts = line.split()
    if len(parts) == 1:
        return line.ljust(width)
    gaps = len(parts) - 1
    spaces = width - sum(map(len, parts))
    out = ""
    for i, p in enumerate(parts[:-1]):
        out += p + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + parts[-1]
for line in wrap(text.split(), 32)[:3]:
    print(f"|{justify(line, 32)}|")
print({len(w) for w in words}, sorted({w[0] for w in words}))
