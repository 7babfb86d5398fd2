# Each loop iteration rebinds the loop variable, freeing the previous object.
class Loud:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

for i in range(3):
    obj = Loud(i)
    print("created", i)
print("loop done")
del obj
