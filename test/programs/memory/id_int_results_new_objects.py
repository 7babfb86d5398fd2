# Arithmetic on big ints builds new objects even when the value is unchanged.
a = 10 ** 20
print((a + 0) is a, (a * 1) is a, (a - 0) is a, (+a) is a, (a // 1) is a)
s = "x" * 10
print((s * 1) is s, s.lower() is s, s.strip() is s, s.replace("q", "r") is s)
t = (1, 2)
print((t * 1) is t, (t + ()) is t)
