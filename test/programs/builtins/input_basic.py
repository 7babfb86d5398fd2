# input() reads lines from stdin; the prompt goes to stdout.
name = input("Name? ")
age = int(input("Age? "))
print(f"Hello {name}, next year you will be {age + 1}")
line = input()
print(line.split())
try:
    input("More? ")
except EOFError as e:
    print("EOFError", repr(str(e)))
