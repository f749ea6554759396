# SPDX-License-Identifier: GPL-2.0
"""Mutant schemata: every mutant of a campaign in one build of the unit.

The schema is one copy of fault.c in which each place that carries
mutants (its host) holds all of them, picked at run time by the global
fk_mutant (FK_MUTANT=N in the environment; unset or 0: the original):

  an if/while condition   if (fk_mutant == 3 ? !!(A3) : !!(ORIG))
  a switch's expression   switch (fk_mutant == 3 ? (A3) : (ORIG))
  an initializer          x = (fk_mutant == 3 ? (A3) : (ORIG));
  a simple statement      { if (fk_mutant == 3) { A3 } else { ORIG } }

An alternative An is the host's text with mutant n's change, and only
that change, so mutant n in the schema is the program its own build
would be. Hosts never nest. ORIG keeps its line breaks and the
alternatives are written on its first line, so every line keeps its
number (__LINE__ in WARN()s and the like).

A mutant stays out of the schema, to be built on its own, when it is not
inside one host (a for header, a case label, a declaration without an
initializer), when its host holds a preprocessor line, when its function
cannot be read as statements, or when the schema does not compile with
it (see compile_errors()).
"""
import bisect
import collections
import re

KEYWORDS = {'if', 'else', 'while', 'for', 'do', 'switch', 'case',
            'default', 'return', 'goto', 'break', 'continue', 'sizeof'}
TYPE_WORDS = {'struct', 'union', 'enum', 'const', 'volatile', 'static',
              'unsigned', 'signed', 'int', 'long', 'short', 'char', 'bool',
              'void', 'register'}
IDENT = re.compile(r'[A-Za-z_]\w*')

PRELUDE = r'''/*
 * A mutant schema of the file below, written by tests/mutate (schema.py):
 * FK_MUTANT=N in the environment runs mutant N, unset the original.
 */
extern char *getenv(const char *name);
static int fk_mutant;
static void __attribute__((constructor)) fk_mutant_pick(void)
{
	const char *s = getenv("FK_MUTANT");

	while (s && *s >= '0' && *s <= '9')
		fk_mutant = fk_mutant * 10 + *s++ - '0';
}
#line 1
'''

Host = collections.namedtuple('Host', 'kind start end')


class Unreadable(Exception):
    """A function body this reader cannot take apart into statements."""


class Reader:
    """Takes function bodies apart into hosts (Host) and the spans no
    mutant may be dispatched in (for headers, case labels, declarations
    without a host). @mask marks code (mutate.code_mask())."""

    def __init__(self, src, mask):
        self.src, self.mask = src, mask
        self.hosts, self.unsafe = [], []

    def skip(self, i, end):
        """The next code character at or after @i, not white space."""
        src, mask = self.src, self.mask
        while i < end and (not mask[i] or src[i].isspace()):
            i += 1
        if i >= end:
            raise Unreadable('ran past the body')
        return i

    def word(self, i):
        m = IDENT.match(self.src, i)
        return m.group() if m and (i == 0 or not
                                   (self.src[i - 1].isalnum() or
                                    self.src[i - 1] == '_')) else ''

    def close(self, i, end, stop=''):
        """The bracket matching the one at @i, or with @stop the first
        code character of @stop at depth 0 from @i."""
        src, mask, depth = self.src, self.mask, 0
        while i < end:
            ch = src[i]
            if not mask[i]:
                pass
            elif ch == "'":
                i = self.char_literal(i)
            elif depth == 0 and ch in stop:
                return i
            elif ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth -= 1
                if depth < 0:
                    raise Unreadable('unbalanced %r' % ch)
                if depth == 0 and not stop:
                    return i
            i += 1
        raise Unreadable('no end')

    def char_literal(self, i):
        j = i + 1
        while j < len(self.src) and self.src[j] != "'":
            j += 2 if self.src[j] == '\\' else 1
        return j

    def paren(self, i, end):
        """(start, end) of the contents of the ( ) that starts at @i."""
        i = self.skip(i, end)
        if self.src[i] != '(':
            raise Unreadable('expected (')
        return i + 1, self.close(i, end)

    def body(self, start, end):
        """Reads the function body src[start:end] ("{ ... }")."""
        self.block(start, end)

    def block(self, i, end):
        close = self.close(i, end)
        i += 1
        while True:
            i = self.skip(i, close + 1)
            if i == close:
                return close + 1
            i = self.stmt(i, close)

    def stmt(self, i, end):
        """Reads the statement at @i; the index after it."""
        src = self.src
        i = self.skip(i, end)
        if src[i] == '{':
            return self.block(i, end)
        if src[i] == ';':
            return i + 1
        w = self.word(i)
        if w in ('if', 'while', 'switch'):
            a, b = self.paren(i + len(w), end)
            self.hosts.append(Host('expr' if w == 'switch' else 'cond',
                                   a, b))
            j = self.stmt(b + 1, end)
            if w == 'if':
                k = self.skip(j, end + 1)
                if k < end and self.word(k) == 'else':
                    j = self.stmt(k + 4, end)
            return j
        if w == 'for':
            a, b = self.paren(i + 3, end)
            self.unsafe.append((i, b + 1))
            return self.stmt(b + 1, end)
        if w == 'do':
            j = self.skip(self.stmt(i + 2, end), end)
            if self.word(j) != 'while':
                raise Unreadable('do without while')
            a, b = self.paren(j + 5, end)
            self.hosts.append(Host('cond', a, b))
            j = self.skip(b + 1, end)
            if src[j] != ';':
                raise Unreadable('do ... while () without ;')
            return j + 1
        if w == 'case':
            colon = self.close(i, end, ':')
            self.unsafe.append((i, colon + 1))
            return self.stmt(colon + 1, end)
        if w == 'default' or (w and w not in KEYWORDS and
                              src[self.skip(i + len(w), end)] == ':'):
            return self.stmt(self.skip(i + len(w), end) + 1, end)
        semi = self.close(i, end, ';')
        self.simple(i, semi, w)
        return semi + 1

    def simple(self, i, semi, w):
        """A statement up to its ";": a host of its own, or a declaration
        whose initializer is one."""
        if w in KEYWORDS or not self.declaration(i, semi, w):
            self.hosts.append(Host('stmt', i, semi + 1))
            return
        eq = self.close(i, semi + 1, '=,;')
        if self.src[eq] == '=' and 'static' not in self.src[i:eq] and \
           self.close(eq + 1, semi + 1, ',{;') == semi:
            a = self.skip(eq + 1, semi)
            self.hosts.append(Host('init', a, semi))
        else:
            self.unsafe.append((i, semi + 1))

    def declaration(self, i, semi, w):
        """Declarations start with a type word, or name two identifiers
        before their first "=" ("vm_fault_t fault", "struct mm_struct *mm
        = ...")."""
        if w in TYPE_WORDS:
            return True
        head = self.src[i:self.close(i, semi + 1, '=;[(')]
        return re.fullmatch(r'\s*[A-Za-z_]\w*(\s*\*+\s*|\s+)[A-Za-z_]\w*'
                            r'\s*', head) is not None


def read_hosts(src, mask, bodies):
    """Hosts and unsafe spans of the function bodies @bodies (spans);
    a body the reader cannot take apart is unsafe as a whole."""
    hosts, unsafe = [], []
    for start, end in bodies:
        r = Reader(src, mask)
        try:
            r.body(start, end)
        except (Unreadable, IndexError):
            unsafe.append((start, end))
            continue
        hosts += r.hosts
        unsafe += r.unsafe
    return sorted(hosts, key=lambda h: h.start), unsafe


def has_directive(src, mask, start, end):
    """A preprocessor line starts inside src[start:end]."""
    return any(src[i] == '#' and not mask[i] and src[i - 1] == '\n'
               for i in range(start, end))


def place(src, mask, mutants, bodies):
    """{host: [mutants]} for the mutants the schema can hold, and
    {mutant id: why not} for the others."""
    hosts, unsafe = read_hosts(src, mask, bodies)
    starts = [h.start for h in hosts]
    placed, alone = collections.OrderedDict(), {}
    for mu in mutants:
        h = host_of(hosts, starts, mu)
        if any(a < mu.end and mu.start < b for a, b in unsafe) or not h:
            alone[mu.id] = 'not inside one statement or condition'
        elif mu.op == 'stmt-delete' and (h.kind != 'stmt' or
                                         (h.start, h.end) !=
                                         (mu.start, mu.end)):
            alone[mu.id] = 'deletes no whole statement'
        elif has_directive(src, mask, h.start, h.end):
            alone[mu.id] = 'a preprocessor line in its statement'
        else:
            placed.setdefault(h, []).append(mu)
    return placed, alone


def host_of(hosts, starts, mu):
    """The host holding all of @mu's change, if any."""
    k = bisect.bisect_right(starts, mu.start) - 1
    if k >= 0 and hosts[k].start <= mu.start and mu.end <= hosts[k].end:
        return hosts[k]
    return None


def one_line(text, code_mask):
    """@text with its comments blanked and its lines joined."""
    mask = code_mask(text)
    out = list(text)
    i = 0
    while i < len(text):
        if not mask[i] and text.startswith(('/*', '//'), i):
            while i < len(text) and not mask[i]:
                out[i] = ' '
                i += 1
            continue
        i += 1
    return ''.join(out).replace('\n', ' ')


def alternative(src, h, mu, code_mask):
    text = src[h.start:mu.start] + mu.text + src[mu.end:h.end]
    return one_line(text, code_mask)


def render(kind, alts, orig):
    """The schema text of one host: @alts [(mutant id, text)]."""
    if kind == 'stmt':
        return '{ %s{ %s } }' % (''.join(
            'if (fk_mutant == %d) { %s } else ' % a for a in alts), orig)
    fmt = '!!(%s)' if kind == 'cond' else '(%s)'
    text = ''.join('fk_mutant == %d ? %s : ' % (n, fmt % t)
                   for n, t in alts) + fmt % orig
    return '(%s)' % text if kind == 'init' else text


def write(src, placed, code_mask):
    """The schema's text: @placed {host: [mutants]}."""
    out, pos = [PRELUDE], 0
    for h in sorted(placed, key=lambda h: h.start):
        alts = [(mu.id, alternative(src, h, mu, code_mask))
                for mu in placed[h]]
        out += [src[pos:h.start], render(h.kind, alts, src[h.start:h.end])]
        pos = h.end
    out.append(src[pos:])
    return ''.join(out)


ERROR_RE = re.compile(r'^(.*?):(\d+):\d+: error:', re.M)


# an error a macro of the shim raises, at its use in the file
MACRO_RE = re.compile(r'^(.*?):(\d+):\d+: note: in expansion of macro', re.M)


def compile_errors(text, path):
    """Line numbers of the schema @path that gcc's @text calls errors
    (the schema keeps the original's line numbers), also where a shim
    macro the line uses raised one (a BUILD_BUG_ON() whose condition a
    mutant made no longer constant)."""
    return sorted({int(m.group(2)) for r in (ERROR_RE, MACRO_RE)
                   for m in r.finditer(text) if m.group(1).endswith(path)})


def drop_lines(src, placed, bodies, lines):
    """The mutants to take out of the schema for errors at @lines: those
    of the hosts on those lines, or, where no host is, every mutant of the
    function around the line. Returns {mutant id: why}."""
    starts = [0]
    for line in src.splitlines(True):
        starts.append(starts[-1] + len(line))
    out = {}
    for n in lines:
        a, b = starts[n - 1], starts[min(n, len(starts) - 1)]
        on = [h for h in placed if h.start < b and a < h.end]
        if not on:
            on = [h for h in placed for s, e in bodies
                  if s <= a < e and s <= h.start < e]
        why = 'does not compile in the schema (line %d)' % n
        for h in on:
            for mu in placed[h]:
                out.setdefault(mu.id, why)
    return out
