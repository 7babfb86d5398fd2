# 'in' uses __contains__, else __iter__, else __getitem__.
class WithContains:
    def __contains__(self, x):
        return x == "magic"
class WithIter:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10

print("magic" in WithContains(), "x" in WithContains())
print(2 in WithIter())
print(20 in WithGetitem(), 25 in WithGetitem())
try:
    1 in object()
except TypeError as e:
    print(e)
