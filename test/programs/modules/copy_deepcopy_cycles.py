# deepcopy preserves shared references and cycles through its memo.
import copy
a = [1, 2]
pair = [a, a]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is a)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is cyc, c2)
d = {}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2, d2)
class Obj:
    pass
o = Obj()
o.me = o
o2 = copy.deepcopy(o)
print(o2.me is o2, o2 is o)
