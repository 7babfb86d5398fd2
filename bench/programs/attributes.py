class P:
    def __init__(self, x):
        self.x = x
        self.y = 0

    def step(self):
        self.y += self.x

p = P(3)
for i in range(100000):
    p.step()
print(p.y)
