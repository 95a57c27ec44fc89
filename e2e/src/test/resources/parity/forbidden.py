# No files, processes or other modules: each attempt is a clear error naming what is missing.
for attempt in ["import os", "import sys", "import subprocess", "from pathlib import Path", "open('data.txt')",
                "__import__('os')", "eval('1 + 1')", "exec('x = 1')", "input()"]:
    try:
        exec_ = None
        if attempt == "import os":
            import os
        elif attempt == "import sys":
            import sys
        elif attempt == "import subprocess":
            import subprocess
        elif attempt == "from pathlib import Path":
            from pathlib import Path
        elif attempt == "open('data.txt')":
            open("data.txt")
        elif attempt == "__import__('os')":
            __import__("os")
        elif attempt == "eval('1 + 1')":
            eval("1 + 1")
        elif attempt == "exec('x = 1')":
            exec("x = 1")
        else:
            input()
    except Exception as e:
        print(attempt, "->", type(e).__name__, e)
import os
print(os.listdir("."))
