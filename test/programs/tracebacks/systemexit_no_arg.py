# raise SystemExit with no argument: status 0, nothing on stderr.
print("bye")
try:
    pass
finally:
    raise SystemExit
