# reversed on sequences, ranges, dicts and custom __reversed__.
print(list(reversed([1, 2, 3])), "".join(reversed("abc")))
print(list(reversed(range(0, 10, 3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})))
class Countdown:
    def __reversed__(self):
        return iter("reversed!")
print(list(reversed(Countdown())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
