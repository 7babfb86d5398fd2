# A class body runs once, top to bottom, at class creation time.
print("before class")
class Config:
    print("executing class body")
    values = [i * i for i in range(3)]
    total = sum(values)
    if total > 3:
        mode = "big"
    else:
        mode = "small"
    del total
print("after class")
print(Config.values, Config.mode, hasattr(Config, "total"))
