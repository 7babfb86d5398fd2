# int / float / complex arithmetic and their errors (no constant folding: operands are variables).
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e, e.args)

a, b, c, z, big, f0, m = 7, 2, -3, 0, 10 ** 20, 0.0, -7.5
x, y, w = 1.05, 10, 1.1
t(lambda: a // b); t(lambda: -a // b); t(lambda: a % c); t(lambda: divmod(-a, b)); t(lambda: b ** 100)
t(lambda: b ** -b); t(lambda: c ** 0.5); t(lambda: big / 3); t(lambda: a / z); t(lambda: a // z); t(lambda: a % z)
t(lambda: 5.0 // z); t(lambda: 5.0 % z); t(lambda: divmod(5.0, z)); t(lambda: 0.1 + 0.2); t(lambda: 1e308 * y)
t(lambda: w ** 7); t(lambda: x ** y); t(lambda: b ** 0.5); t(lambda: y ** -3); t(lambda: 3 ** 40); t(lambda: x ** 2.5)
t(lambda: pow(3, 4, 5)); t(lambda: pow(3, -1, 7)); t(lambda: pow(2, -1, 4)); t(lambda: pow(2.0, 3, 4)); t(lambda: pow(2, 3, z))
t(lambda: 1 << 100 + z); t(lambda: -1 >> 3 + z); t(lambda: 1 << c); t(lambda: ~a); t(lambda: a & 3); t(lambda: -a | 3); t(lambda: a ^ -3)
t(lambda: True + True); t(lambda: True & False); t(lambda: True | 2); t(lambda: ~True); t(lambda: -True); t(lambda: True ^ True)
t(lambda: 10.0 ** 400 + z); t(lambda: (-10.0) ** 401); t(lambda: 1e300 ** b); t(lambda: (1e200j) ** b); t(lambda: f0 ** -1)
t(lambda: z ** -1); t(lambda: 0j ** -1); t(lambda: 0j ** 1j); t(lambda: (2+0j) ** 3); t(lambda: (1+1j) ** -2); t(lambda: (1+1j) ** 3)
t(lambda: complex(1, 2) * complex(3, -1)); t(lambda: (1+2j) / (3-4j)); t(lambda: abs(3+4j)); t(lambda: 1j / z); t(lambda: abs(-3 - 4j))
t(lambda: (1j).__pow__(2, 3)); t(lambda: pow(1j, 2, 3)); t(lambda: (1j) < (2j)); t(lambda: 1j.__lt__(2j)); t(lambda: divmod(1j, 2))
t(lambda: 5 + 2.5); t(lambda: 5 - 2j); t(lambda: 2j * 3); t(lambda: big ** 20 * 1.5); t(lambda: big ** 20 + 1j); t(lambda: big ** 20 / 7)
t(lambda: divmod(m, 2)); t(lambda: m % 2); t(lambda: divmod(7, -2.0)); t(lambda: divmod(-0.0, 1)); t(lambda: 7 % -f0); t(lambda: -0.0 % 5)
t(lambda: 0.1 * 3); t(lambda: 1 / 3 * 3); t(lambda: 1e-320 + f0); t(lambda: 5e-324 / b); t(lambda: 1.7976931348623157e308 * 1.0000001)
t(lambda: divmod(big ** 2, 7)); t(lambda: (big ** 2) % -7); t(lambda: -(big ** 2) // 7); t(lambda: (-big ** 2) >> 5); t(lambda: (big ** 2) & 0xffff)
t(lambda: 1 .__lt__('a')); t(lambda: 1.5 .__eq__('a')); t(lambda: 1 < 'a'); t(lambda: 1.5 + 'a'); t(lambda: 'a' * 2.5); t(lambda: -'a')
t(lambda: (5).__truediv__(2)); t(lambda: (5).__rtruediv__(2)); t(lambda: (5).__floordiv__(2.0)); t(lambda: 5 // 2.0)
t(lambda: 3 < 3.5); t(lambda: 3.5 < 3); t(lambda: 1 < 1j); t(lambda: 2 ** 1000 < float('inf')); t(lambda: 2 ** 1000 > 1e300)
t(lambda: 10 ** 400 == float('inf')); t(lambda: float('nan') == float('nan')); t(lambda: 1 + 2j == 1 + 2j); t(lambda: (1+0j) == 1)
t(lambda: 2**53 + 1 == float(2**53 + 1)); t(lambda: 2**53 + 1 > float(2**53)); t(lambda: 1 < 1.5 < 2); t(lambda: 0.0 == -0.0)
t(lambda: sorted([3, 1.5, True, -2, 0.0])); t(lambda: sum([1, 2.5, 3j])); t(lambda: min(3, 2.0)); t(lambda: max(1, 2.5, True))
