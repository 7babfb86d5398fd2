# shuffle, sample and choices of a seeded Random instance.
import random
rng = random.Random(12345)
deck = [r + s for s in "SH" for r in "A23"]
rng.shuffle(deck)
print(deck)
print(rng.sample(deck, 3), rng.choice(deck), rng.choices(range(5), k=4))
print(rng.random(), rng.randint(-5, 5), rng.uniform(-1, 1))
try:
    rng.sample([1, 2], 3)
except ValueError as e:
    print(e)
try:
    rng.choice([])
except IndexError as e:
    print(e)
