# Uncaught AttributeError deep in method calls; 3.11 shows the failing expression with carets.
class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def last(self):
        return self.nxt.last() if self.nxt else self
    def depth(self):
        return 1 + self.nxt.depth()
chain = Node(Node(Node()))
print(type(chain.last()).__name__)
print("depth:", chain.depth())
