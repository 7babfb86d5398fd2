# An exception raised in code run by exec(): frames of "<string>" have no source line.
def helper(n):
    return 10 // n

code = """
def inner(k):
    return helper(k - 1)

result = inner(1)
"""
exec(code)
