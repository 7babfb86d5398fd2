# Slice assignment to lists: the TypeErrors of non-iterables (simple and extended slices), sizes,
# and when replaced items are released (after all the new ones are in).
l = [1, 2, 3]
class G:
    def __iter__(self):
        raise TypeError("inner")
class H:
    def __iter__(self):
        return self
    def __next__(self):
        raise TypeError("from next")
for v in [5, None, G(), H()]:
    for sl in [slice(0, 1), slice(None, None, 2)]:
        try:
            l[sl] = v
        except TypeError as e:
            print(e)
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, l2)
l2 = [D(0), D(1), D(2), D(3)]
l2[::2] = ["a", "b"]
print(l2[0], l2[2])
l2[1:2] = ()
print(len(l2))
l3 = [1, 2, 3, 4]
l3[::-1] = l3
print(l3)
l3[1:3] = l3
print(l3)
