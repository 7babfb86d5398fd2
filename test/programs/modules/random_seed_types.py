# Seeding with strings and ints, state save/restore.
import random
random.seed("hello")
a = random.random()
random.seed("hello")
print(a == random.random(), a)
random.seed(0)
state = random.getstate()
x = [random.randint(0, 9) for _ in range(5)]
random.setstate(state)
y = [random.randint(0, 9) for _ in range(5)]
print(x, x == y)
random.seed(123)
print(random.random(), random.randrange(10), random.choice(range(1000)))
