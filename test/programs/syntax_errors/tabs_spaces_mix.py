# Mixing a tab and spaces inconsistently in one block raises TabError.
def f():
        x = 1
	return x

print(f())
