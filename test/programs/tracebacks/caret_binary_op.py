# 3.11 fine-grained positions: '~' under operands, '^' under the operator.
a = 5
b = "3"
c = 2
result = a * c + a + b
