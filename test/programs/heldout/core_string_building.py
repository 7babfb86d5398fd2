# building strings: tables, padding, joins
rows = [("apple", 1.5, 10), ("banana", 0.25, 120), ("cherry", 12.0, 3)]
print(f"{'name':<10}{'price':>8}{'qty':>6}")
print("-" * 24)
for name, price, qty in rows:
    print(f"{name:<10}{price:>8.2f}{qty:>6d}")
print("=" * 24)
total = sum(p * q for _, p, q in rows)
print(f"{'total':<10}{total:>14.2f}")
def box(lines):
    w = max(map(len, lines))
    out = ["+" + "-" * (w + 2) + "+"]
    for l in lines:
        out.append("| " + l.ljust(w) + " |")
    out.append(out[0])
    return "\n".join(out)
print(box(["hello", "a longer line", ""]))
for i in range(1, 6):
    print(" " * (5 - i) + "*" * (2 * i - 1))
print(", ".join(f"{k}={v!r}" for k, v in {"a": 1, "b": "x"}.items()))
words = "the quick brown fox".split()
print(" ".join(w[::-1] for w in words), "".join(w[0].upper() for w in words))
print("%-8s|%8s|" % ("left", "right"), "{:^12}".format("centred"))
n = 1234567.891
print(f"{n:,.2f}", f"{n:>15,.1f}", f"{int(n):_}", f"{n:e}")
