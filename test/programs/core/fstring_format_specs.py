# f-string format specifications: width, alignment, fill, precision, types.
pi = 3.14159265
n = 1234567
print(f"[{pi:.2f}] [{pi:10.3f}] [{pi:<10.1f}] [{pi:^10.4}] [{pi:e}]")
print(f"[{n:,}] [{n:_}] [{n:>12,}] [{n:+d}] [{-n:d}] [{n:x}] [{n:#o}] [{n:b}]")
print(f"[{'ab':*^8}] [{'ab':>5}] [{'ab':<5}] [{42:05d}] [{-42:05d}] [{0.5:%}] [{0.125:.1%}]")
print(f"[{12.0:g}] [{1e-7:g}] [{123456789.0:g}] [{1.5:08.2f}] [{255:#X}]")
print(f"[{True}] [{None}] [{[1, 2]}] [{ {'a': 1} }]")
