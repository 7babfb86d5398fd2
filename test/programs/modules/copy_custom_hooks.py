# __copy__ and __deepcopy__ hooks.
import copy

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __copy__(self):
        print("__copy__ called")
        return Node(self.value, self.children)
    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Node(copy.deepcopy(self.value, memo), copy.deepcopy(self.children, memo))

n = Node([1], [Node(2)])
c = copy.copy(n)
d = copy.deepcopy(n)
print(c.children is n.children, d.children is n.children, d.value == n.value, d.value is n.value)
