# copy.copy shares the items; copy.deepcopy creates new ones.
import sys, copy
item = [0]
lst = [item]
print(sys.getrefcount(item))
c = copy.copy(lst)
print(sys.getrefcount(item))
d = copy.deepcopy(lst)
print(sys.getrefcount(item), d[0] is item)
