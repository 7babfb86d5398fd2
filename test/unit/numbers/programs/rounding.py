# round, format, repr of numbers.
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

for v in (2.5, 3.5, -0.5, 2.675, 0.125, 0.375, 1e22, 1234.5678, -0.0, 5e-324):
    t(lambda: round(v)); t(lambda: round(v, 2)); t(lambda: round(v, -1)); t(lambda: round(v, 0))
for n in (12345, 12350, 12250, -12250, 5, 15, 25, -25):
    t(lambda: round(n, -1)); t(lambda: round(n, -2)); t(lambda: round(n, 3))
t(lambda: round(1.5, None)); t(lambda: round(float('inf'))); t(lambda: round(float('nan'))); t(lambda: round(float('inf'), 2))
t(lambda: round(1.7976931348623157e308, -308)); t(lambda: round(5, 1.5)); t(lambda: round(1.5, 1.5)); t(lambda: (5).__round__(None))
t(lambda: (2.5).__round__()); t(lambda: (2.5).__round__(None)); t(lambda: round(True))
t(lambda: format(1234567, ',')); t(lambda: format(3.14159, '.2f')); t(lambda: f'{255:#x} {0.5:%} {1e10:g}'); t(lambda: format(True, '^5'))
t(lambda: format(255, 'b')); t(lambda: format(255, '08X')); t(lambda: format(-5, '+d')); t(lambda: format(3, 'e')); t(lambda: format(3, 'z'))
t(lambda: format(2.5, 'd')); t(lambda: format(1+2j, '.1f')); t(lambda: format(True, 'd')); t(lambda: format(True)); t(lambda: format(1.5))
t(lambda: '%d %5.2f %x %e %g' % (42, 3.14159, 255, 12345.678, 0.0001)); t(lambda: '%d' % 2.7); t(lambda: '%c' % 65)
t(lambda: [1, 2.5, True, 3+0j, -0.0, 1e16, 1e-5, 123456789.0, 1e-7, 123e-20, float('inf'), -float('nan')])
t(lambda: (complex(-0.0, -0.0), complex(0, -0.0), complex(1e300, 1e-300), complex(float('inf'), float('nan'))))
t(lambda: hash(-1)); t(lambda: hash(2.0)); t(lambda: hash(-2.0 ** 52)); t(lambda: hash(True)); t(lambda: hash(0j)); t(lambda: hash(5 + 0j))
