# 'continue' not inside any loop.
def f():
    continue

f()
