# Catching and re-raising a different exception type keeps the context chain.
def step(n):
    if n == 2:
        raise LookupError(f"step {n} failed")
    return n

results = []
for i in range(4):
    try:
        results.append(step(i))
    except LookupError as e:
        print("caught:", e)
        raise RuntimeError("pipeline aborted") from e
