# Safe deletion while iterating: iterate over a list of the keys.
d = {k: k * k for k in range(8)}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
d2 = {k: v for k, v in d.items() if v > 10}
print(d2)
