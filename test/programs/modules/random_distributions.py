# random.gauss, choices with weights, and reseeding reproducibility.
import random
random.seed(2024)
print(random.gauss(0, 1), random.gauss(10, 2))
print(random.choices("abc", k=5), random.choices("abc", weights=[10, 1, 1], k=5))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.betavariate(2, 3))
random.seed(7)
first = [random.random() for _ in range(3)]
random.seed(7)
second = [random.random() for _ in range(3)]
print(first == second, first)
r = random.Random(99)
print(r.randint(0, 9), r.sample("abcdef", 3), r.normalvariate(0, 1))
