# A class implementing the iterator protocol with __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
print(list(c), list(c))
for n in Countdown(2):
    print(n)
it = Countdown(1)
print(next(it), next(it, "exhausted"))
