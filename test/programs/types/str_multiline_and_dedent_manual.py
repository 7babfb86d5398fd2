# Triple-quoted strings keep newlines and indentation.
block = """first
    indented
last"""
print(block)
print(block.splitlines())
lines = [l.strip() for l in block.splitlines()]
print(lines, len(block))
