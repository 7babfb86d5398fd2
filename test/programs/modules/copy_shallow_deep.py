# copy.copy vs copy.deepcopy on nested structures.
import copy
original = {"nums": [1, 2], "meta": {"tags": ["a"]}, "name": "x"}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["nums"].append(3)
original["meta"]["tags"].append("b")
original["name"] = "changed"
print(shallow)
print(deep)
print(shallow["nums"] is original["nums"], deep["nums"] is original["nums"])
t = (1, [2])
u = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(u) is u)
print(copy.deepcopy(t)[1] is t[1], copy.copy([1]) == [1])
