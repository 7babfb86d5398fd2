# Sorting with operator.itemgetter on several keys.
import operator
students = [("ann", "B", 15), ("bob", "A", 12), ("cat", "B", 10), ("dan", "A", 12)]
print(sorted(students, key=operator.itemgetter(1, 2)))
print(max(students, key=operator.itemgetter(2)), min(students, key=operator.itemgetter(0)))
print(list(map(operator.itemgetter(0), students)))
get_grade = operator.itemgetter(1)
print(sorted(set(map(get_grade, students))))
