# Generators embed their frame; iterator objects are small.
import sys

def gen1():
    yield 1

def gen_locals(a, b):
    c = a + b
    d = [c]
    yield d

print(sys.getsizeof(gen1()), sys.getsizeof(gen_locals(1, 2)), sys.getsizeof(x for x in []))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter("")), sys.getsizeof(iter({})))
print(sys.getsizeof(map(str, [])), sys.getsizeof(zip()), sys.getsizeof(enumerate([])), sys.getsizeof(filter(None, [])))
print(sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 30)), sys.getsizeof(slice(1, 2)), sys.getsizeof(reversed([])))
