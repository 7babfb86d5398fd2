# __call__ makes instances callable.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x):
        return x * self.factor

double = Multiplier(2)
print(double(21), list(map(Multiplier(3), [1, 2])), callable(double))
class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, *values):
        self.total += sum(values)
        return self.total
acc = Accumulator()
print(acc(1), acc(2, 3), acc())
