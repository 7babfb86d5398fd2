# Functions and classes can be defined conditionally and redefined.
MODE = "fast"
if MODE == "fast":
    def compute(x):
        return x * 2
else:
    def compute(x):
        return sum(x for _ in range(2))
print(compute(21))

def compute(x):
    return "redefined"
print(compute(1))
for n in range(2):
    def per_iter():
        return n
print(per_iter())
