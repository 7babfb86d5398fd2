# error messages name C types of modules by their tp_name (collections.deque, itertools.count)
import itertools, collections
for bad in [lambda: len(itertools.count()), lambda: hash(collections.deque()), lambda: itertools.count()[0], lambda: collections.OrderedDict().nope, lambda: collections.deque.nope, lambda: collections.Counter() < 1, lambda: -itertools.count()]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
