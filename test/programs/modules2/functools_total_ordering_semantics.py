# total_ordering: which root is chosen, the generated methods, NotImplemented handling.
import functools
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v
    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v < other.v
    def __repr__(self):
        return f'V({self.v})'
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), a >= V(1), a > V(1))
print(sorted(n for n in ('__gt__', '__ge__', '__le__', '__lt__') if n in V.__dict__), V.__gt__.__name__ if hasattr(V.__gt__, '__name__') else '?')
print(V.__dict__['__gt__'](a, 5), V.__dict__['__le__'](a, 'x'))
try:
    a < 5
except TypeError as e:
    print(e)
try:
    a >= 'x'
except TypeError as e:
    print(e)
@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __ge__(self, other):
        return self.v >= other.v
print(sorted(n for n in ('__lt__', '__le__') if n in G.__dict__), G(1) < G(2), G(2) <= G(2), G(3) <= G(2))
@functools.total_ordering
class Le:
    def __init__(self, v):
        self.v = v
    def __le__(self, other):
        return self.v <= other.v
    def __eq__(self, other):
        return self.v == other.v
print(Le(1) < Le(2), Le(2) < Le(2), Le(3) > Le(2), Le(2) >= Le(2), Le(1) >= Le(2))
class Weird:
    def __init__(self, r):
        self.r = r
    def __lt__(self, other):
        return self.r
W = functools.total_ordering(Weird)
print(W is Weird, Weird([]) >= Weird([]), Weird([1]) <= Weird(0), Weird(0) <= Weird(0))
try:
    functools.total_ordering(type('X', (), {}))
except ValueError as e:
    print(e)
