# a deterministic simulation using random with a seed
import random
random.seed(2024)
class Customer:
    def __init__(self, cid):
        self.cid = cid
        self.balance = random.randint(0, 500)
    def __repr__(self):
        return f"C{self.cid}:{self.balance}"
customers = [Customer(i) for i in range(6)]
print(customers)
log = []
for step in range(15):
    a, b = random.sample(customers, 2)
    amount = random.choice([10, 25, 50, 100])
    if a.balance >= amount:
        a.balance -= amount
        b.balance += amount
        log.append((step, a.cid, b.cid, amount))
    else:
        log.append((step, a.cid, None, 0))
print(log[:5])
print(sum(c.balance for c in customers), sorted(customers, key=lambda c: -c.balance)[:3])
print(round(random.random(), 6), random.uniform(0, 1) < 1, random.choices(range(3), weights=[1, 0, 0], k=4))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], len(deck), random.randrange(100), random.getrandbits(16))
