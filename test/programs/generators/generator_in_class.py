# Generator methods and __iter__ implemented as a generator.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first_labels(self, depth=0):
        yield "  " * depth + str(self.value)
        for c in self.children:
            yield from c.depth_first_labels(depth + 1)

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), sum(t), max(t))
print("\n".join(t.depth_first_labels()))
