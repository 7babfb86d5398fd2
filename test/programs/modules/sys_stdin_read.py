# sys.stdin reads the same text input() does: readline, read(n), iteration, readlines, read().
import sys
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline(4)))
for line in sys.stdin:
    print("line:", repr(line))
    if line.startswith("stop"):
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(sys.stdin.readable(), sys.stdout.writable(), sys.stdin.encoding, sys.stdin.name, sys.stdin.mode)
