# str.join with various iterables and its TypeError.
print(", ".join(["a", "b", "c"]), "".join("xyz"), "-".join(()))
print("->".join(str(i) for i in range(4)), " ".join({"k": 1, "j": 2}))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
try:
    ",".join(["a", None])
except TypeError as e:
    print(e)
