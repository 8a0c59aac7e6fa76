"""Line numbers of the keys and values in a TOML text, so the loader can point at the line
of a bad value. `tomllib` reports lines only for syntax errors; this scanner walks the
(already valid) text once and records, for every key path, the line it starts on.

Paths are tuples as in the parsed data: ("steps", 2, "camera", "view"); an element of an
array is ("tracks", 0, "keyframes", 3) and a number inside it ("tracks", 0, "keyframes", 3, 1).
"""

from __future__ import annotations

Path = tuple  # of str and int


def line_of(lines: dict[Path, int], path: Path) -> int:
    """The line of `path`, or of the nearest enclosing thing that has one (1 for the file)."""
    path = tuple(path)
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return 1


def key_lines(text: str) -> dict[Path, int]:
    """Map every key path, table header and array element in valid TOML `text` to its line."""
    return _Scanner(text).run()


_BARE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0
        self.line = 1
        self.lines: dict[Path, int] = {}
        self.aot: dict[Path, int] = {}  # array-of-tables path -> elements seen so far

    # -- characters -------------------------------------------------------------------------
    def peek(self, n: int = 1) -> str:
        return self.s[self.i : self.i + n]

    def advance(self, n: int = 1) -> None:
        self.line += self.s.count("\n", self.i, self.i + n)
        self.i += n

    def skip_space(self, newlines: bool) -> None:
        while self.i < len(self.s):
            c = self.s[self.i]
            if c in " \t\r" or (newlines and c == "\n"):
                self.advance()
            elif c == "#":
                end = self.s.find("\n", self.i)
                self.advance((len(self.s) if end < 0 else end) - self.i)
            else:
                return

    def skip_to_line_end(self) -> None:
        end = self.s.find("\n", self.i)
        self.advance((len(self.s) if end < 0 else end) - self.i)

    # -- grammar ----------------------------------------------------------------------------
    def run(self) -> dict[Path, int]:
        table: Path = ()
        while True:
            self.skip_space(newlines=True)
            if self.i >= len(self.s):
                return self.lines
            if self.peek(2) == "[[":
                line = self.line
                self.advance(2)
                parts = self.key()
                self.skip_space(False)
                self.advance(2)  # ]]
                array = self.resolve(parts[:-1]) + (parts[-1],)
                self.aot[array] = self.aot.get(array, 0) + 1
                table = array + (self.aot[array] - 1,)
                self.lines.setdefault(array, line)
                self.lines[table] = line
            elif self.peek() == "[":
                line = self.line
                self.advance()
                table = self.resolve(self.key())
                self.skip_space(False)
                self.advance()  # ]
                self.lines.setdefault(table, line)
            else:
                self.key_value(table)
            self.skip_to_line_end()

    def resolve(self, parts: list[str]) -> Path:
        """A header's dotted name as a data path: arrays of tables get their current index."""
        path: Path = ()
        for p in parts:
            path += (p,)
            if path in self.aot:
                path += (self.aot[path] - 1,)
        return path

    def key(self) -> list[str]:
        parts: list[str] = []
        while True:
            self.skip_space(False)
            c = self.peek()
            if c in "\"'":
                parts.append(self.string())
            else:
                start = self.i
                while self.i < len(self.s) and self.s[self.i] in _BARE:
                    self.i += 1
                parts.append(self.s[start : self.i])
            self.skip_space(False)
            if self.peek() != ".":
                return parts
            self.advance()

    def key_value(self, table: Path) -> None:
        line = self.line
        parts = self.key()
        for n in range(1, len(parts) + 1):
            self.lines.setdefault(table + tuple(parts[:n]), line)
        self.skip_space(False)
        self.advance()  # =
        self.skip_space(False)
        self.value(table + tuple(parts))

    def value(self, path: Path) -> None:
        self.lines.setdefault(path, self.line)
        c = self.peek()
        if c == "[":
            self.advance()
            index = 0
            while True:
                self.skip_space(True)
                if self.peek() == "]":
                    self.advance()
                    return
                self.value(path + (index,))
                index += 1
                self.skip_space(True)
                if self.peek() == ",":
                    self.advance()
        elif c == "{":
            self.advance()
            while True:
                self.skip_space(False)
                if self.peek() == "}":
                    self.advance()
                    return
                self.key_value(path)
                self.skip_space(False)
                if self.peek() == ",":
                    self.advance()
        elif c in "\"'":
            self.string()
        else:
            while self.i < len(self.s) and self.s[self.i] not in ",]}\n#":
                self.i += 1

    def string(self) -> str:
        """Read a basic, literal or multi-line string; return its raw inside (for keys)."""
        q = self.peek()
        if self.peek(3) == q * 3:
            self.advance(3)
            end = self.s.find(q * 3, self.i)
            while q == '"' and end > 0 and _escaped(self.s, end):
                end = self.s.find(q * 3, end + 1)
            end = len(self.s) if end < 0 else end
            while self.s[end + 3 : end + 4] == q:  # up to two quotes may end the content
                end += 1
            inner = self.s[self.i : end]
            self.advance(end + 3 - self.i)
            return inner
        self.advance()
        start = self.i
        while self.i < len(self.s) and self.s[self.i] != q:
            self.i += 2 if (q == '"' and self.s[self.i] == "\\") else 1
        inner = self.s[start : self.i]
        self.advance()
        return inner


def _escaped(s: str, i: int) -> bool:
    """Whether the character at i is preceded by an odd number of backslashes."""
    n = 0
    while i - n - 1 >= 0 and s[i - n - 1] == "\\":
        n += 1
    return n % 2 == 1
