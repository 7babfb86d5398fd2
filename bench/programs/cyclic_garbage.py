import gc

class Node:
    def __init__(self):
        self.other = None

for i in range(100000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
print(gc.collect() >= 0)
