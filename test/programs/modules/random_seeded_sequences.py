# random with a fixed seed gives exactly reproducible sequences.
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(5)])
print(random.choice("abcdef"), random.choice([10, 20, 30]))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.uniform(1, 2))
print(random.randrange(0, 100, 5), random.getrandbits(16))
