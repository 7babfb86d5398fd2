# A missing colon after an if condition is a compile-time SyntaxError:
# nothing runs, not even the print on line 3.
print("this line never runs")
x = 5
if x > 3
    print("big")
