# References held by the module's globals (notebook cell In [19]).
# A module-level name lives in the module's __dict__, which globals() returns.
global_var = "Hello, World!"  # This reference is stored in the global namespace

print(globals()['global_var'])  # Access the reference using the globals() dictionary
