# Objects freed by reference counting are not counted by gc.collect().
import gc
large_list = [i for i in range(100000)]
del large_list
print(gc.collect())
objs = [[] for _ in range(100)]
del objs
print(gc.collect())
