# Augmented assignment on immutables rebinds; on lists it mutates in place.
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
s = "ab"
s += "cd"; s *= 2
print(s)
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
x = 0b1100
x &= 0b1010; print(bin(x))
x |= 0b0001; print(bin(x))
x ^= 0b1111; print(bin(x))
x <<= 3; print(x)
x >>= 2; print(x)
