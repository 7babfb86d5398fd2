# random with fixed seeds: random(), randint, randrange, choice, choices, shuffle, sample, uniform, getrandbits.
import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 50, 5) for _ in range(5)], random.randrange(10))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choices("xyz", k=5), random.choices(range(4), weights=[1, 0, 0, 5], k=4))
lst = list(range(10))
random.shuffle(lst)
print(lst, random.sample(range(100), 5), random.sample("abcdef", 3))
print(random.getrandbits(64), random.getrandbits(1), random.getrandbits(130))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.triangular(0, 10), 12))
random.seed("a string seed")
print(random.random(), random.randint(0, 10**20))
random.seed(0)
a = [random.random() for _ in range(3)]
state = random.getstate()
b = random.random()
random.setstate(state)
print(a, b == random.random())
r = random.Random(42)
print(r.random(), r.randint(1, 6), r.choice("ABC"), random.Random(42).random() == random.Random(42).random())
for bad in [lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3), lambda: random.randrange(0)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
random.seed(7)
print(random.randbytes(6).hex(), random.betavariate(2, 3) < 1, [random.randint(0, 1) for _ in range(20)])
