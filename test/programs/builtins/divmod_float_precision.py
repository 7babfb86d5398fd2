# divmod and % on floats show binary rounding effects.
print(divmod(1, 0.1), 1 % 0.1, 1 // 0.1)
print(divmod(7.5, 2), divmod(-7.5, 2), 0.3 % 0.1)
print(5.0 // 0.5, 1e16 % 3, (2 ** 53 + 1) % 2)
q, r = divmod(10.5, 3)
print(q, r, q * 3 + r == 10.5)
