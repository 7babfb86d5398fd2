# 3.11 fine-grained positions: carets under the failing subscript.
matrix = [[1, 2], [3, 4]]
print(matrix[0][1], matrix[1][0])
row = matrix[1]
print(len(row))
total = matrix[0][1] + matrix[1][5]
