# __del__ on objects in a cycle runs during gc.collect
import gc
gc.collect()
class Res:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
r1 = Res("r1")
r2 = Res("r2")
r1.other = r2
r2.other = r1
del r1, r2
print("before collect")
n = gc.collect()
print("collected", n)
solo = Res("solo")
del solo
print("after solo")
