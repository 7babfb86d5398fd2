# constructors, conversions, methods, argument errors.
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class MyInt(int):
    pass
class MyFloat(float):
    def __repr__(self): return 'MyFloat(%s)' % float.__repr__(self)
class Idx:
    def __index__(self): return 7
class IntLike:
    def __int__(self): return 42
class FloatLike:
    def __float__(self): return 2.5
class BadInt:
    def __int__(self): return 'x'
class Cx:
    def __complex__(self): return 1+2j

a = MyInt(5)
t(lambda: a); t(lambda: a + 1); t(lambda: type(a + 1).__name__); t(lambda: -a); t(lambda: +a); t(lambda: type(+a))
t(lambda: MyInt('12')); t(lambda: MyInt('ff', 16)); t(lambda: isinstance(a, int)); t(lambda: a == 5); t(lambda: hash(a))
t(lambda: MyFloat(2.5)); t(lambda: MyFloat(2.5) * 2); t(lambda: MyFloat('1e3')); t(lambda: str(MyFloat(3)))
t(lambda: int(Idx())); t(lambda: int(IntLike())); t(lambda: float(FloatLike())); t(lambda: int(BadInt()))
t(lambda: float(Idx())); t(lambda: complex(Cx())); t(lambda: complex(FloatLike())); t(lambda: complex(1, FloatLike()))
t(lambda: (10).to_bytes(Idx(), 'little')); t(lambda: round(3.14159, Idx()))
t(lambda: int()); t(lambda: float()); t(lambda: complex()); t(lambda: bool()); t(lambda: bool([])); t(lambda: bool(0j))
t(lambda: int(x=5)); t(lambda: int('5', base=2)); t(lambda: int('101', base=2)); t(lambda: int(base=2)); t(lambda: float(x=1))
t(lambda: bool(1, 2)); t(lambda: complex('1+2j', 1)); t(lambda: complex(1, '2')); t(lambda: complex(real=1, imag=2))
t(lambda: int('  42  ')); t(lambda: int('1_000')); t(lambda: int('0x1f', 16)); t(lambda: int('z', 36)); t(lambda: int('12a'))
t(lambda: int(3.9)); t(lambda: int(-3.9)); t(lambda: int(float('nan'))); t(lambda: int(float('inf'))); t(lambda: int('5', 1))
t(lambda: float('1e500')); t(lambda: float(' -2.5 ')); t(lambda: float('nan')); t(lambda: float('x')); t(lambda: float([]))
t(lambda: int('١٢٣')); t(lambda: float('١.٥')); t(lambda: int('0b_101', 0)); t(lambda: int('0_7')); t(lambda: int('07', 0)); t(lambda: int('00', 0))
t(lambda: int(b'  12  ')); t(lambda: int(b'\xff')); t(lambda: int(bytearray(b'7'), 8)); t(lambda: float(b'1.5')); t(lambda: float(bytearray(b'x')))
t(lambda: int('9' * 4300) % 10); t(lambda: int('9' * 4301)); t(lambda: str(10 ** 4299)[:3]); t(lambda: len(str(10 ** 4299)))
t(lambda: int('1' * 5000, 16) > 0); t(lambda: hex(10 ** 5000)[:6]); t(lambda: f'{10**5000}'); t(lambda: str(10**5000))
t(lambda: complex(1, 2, 3)); t(lambda: complex(x=1)); t(lambda: complex([])); t(lambda: complex(1, [])); t(lambda: complex('1__0j'))
t(lambda: complex('(1+2j')); t(lambda: complex('j')); t(lambda: complex('-j')); t(lambda: complex('nan+infj')); t(lambda: complex(1j, 1j))
t(lambda: complex('1+2j')); t(lambda: complex(' 3 ')); t(lambda: (2+3j).conjugate()); t(lambda: complex('1e3-1e-3j'))
t(lambda: int.from_bytes(b'\xff\xff', 'big', signed=True)); t(lambda: int.from_bytes([1, 2, 3], 'big')); t(lambda: MyInt.from_bytes(b'\x07', 'big'))
t(lambda: type(MyInt.from_bytes(b'\x07', 'big')).__name__); t(lambda: MyFloat.fromhex('0x1p3')); t(lambda: float.fromhex('inf'))
t(lambda: (255).to_bytes(2, 'big')); t(lambda: int.from_bytes(b'\x01\x00', 'little')); t(lambda: (3.75).as_integer_ratio())
t(lambda: (0.1).hex()); t(lambda: float.fromhex('0x1.999999999999ap-4')); t(lambda: (1.0).is_integer()); t(lambda: (10).bit_length())
t(lambda: (5).__sizeof__()); t(lambda: (2**100).__sizeof__()); t(lambda: (1.5).__sizeof__()); t(lambda: (1j).__sizeof__()); t(lambda: True.__sizeof__())
t(lambda: (7).real); t(lambda: (7).imag); t(lambda: (7).numerator); t(lambda: (7).denominator); t(lambda: (2.5).real); t(lambda: (2.5).imag)
t(lambda: (3+4j).real); t(lambda: (3+4j).imag); t(lambda: True.real); t(lambda: type(True.real).__name__)
t(lambda: (5).__getnewargs__()); t(lambda: (2.5).__getnewargs__()); t(lambda: (1+2j).__getnewargs__())
t(lambda: (5).conjugate()); t(lambda: (5).as_integer_ratio()); t(lambda: (-8).bit_count()); t(lambda: (0).bit_length())
t(lambda: int.__new__(bool, 5)); t(lambda: int.__new__(5)); t(lambda: float.__new__(int)); t(lambda: int.__new__(int, '7'))
t(lambda: (5).__pow__(2, 3)); t(lambda: (5).__pow__(2, 3.0)); t(lambda: (5).__pow__()); t(lambda: (5).__pow__(1, 2, 3))
t(lambda: (5).__add__()); t(lambda: (5).__add__(x=1)); t(lambda: (5).__neg__(1)); t(lambda: (5).bit_length(1)); t(lambda: (5).__round__(1, 2))
t(lambda: (5).__round__(ndigits=1)); t(lambda: (5).to_bytes(1, 'big', 1)); t(lambda: (5).to_bytes(x=1)); t(lambda: int.from_bytes())
t(lambda: (5).to_bytes(2**70)); t(lambda: (5).to_bytes(1, byteorder=5)); t(lambda: (5).__format__()); t(lambda: (5).__format__(1))
t(lambda: float.fromhex()); t(lambda: float.fromhex(1)); t(lambda: float.__getformat__('double')); t(lambda: float.__getformat__('x'))
t(lambda: (1.5).is_integer(1)); t(lambda: (1.5).__round__(1, 2)); t(lambda: round(1.5, 2**70)); t(lambda: round(1.5, -2**70))
t(lambda: bool.from_bytes(b'\x01', 'big')); t(lambda: True.__and__(1)); t(lambda: repr(True)); t(lambda: str(False)); t(lambda: f'{True}')
