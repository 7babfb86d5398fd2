# a binary search tree with insertion, traversal, deletion and iteration
class Node:
    __slots__ = ("key", "left", "right")
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.insert(k)
    def insert(self, key):
        def _ins(node):
            if node is None:
                self.size += 1
                return Node(key)
            if key < node.key:
                node.left = _ins(node.left)
            elif key > node.key:
                node.right = _ins(node.right)
            return node
        self.root = _ins(self.root)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return True
            n = n.left if key < n.key else n.right
        return False
    def __len__(self):
        return self.size
    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))
    def delete(self, key):
        def _del(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = _del(n.left, key)
            elif key > n.key:
                n.right = _del(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                m = n.right
                while m.left:
                    m = m.left
                n.key = m.key
                n.right = _del(n.right, m.key)
            return n
        self.root = _del(self.root, key)
        self.size -= 1
t = BST([50, 30, 70, 20, 40, 60, 80, 30])
print(list(t), len(t), t.height(), 40 in t, 45 in t)
t.delete(30)
t.delete(50)
print(list(t), len(t), t.height())
try:
    t.delete(999)
except KeyError as e:
    print("KeyError", e)
print(sum(t), max(t), sorted(t, reverse=True)[:3])
