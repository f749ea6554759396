#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""faultkit explain's tests.

1. Differential suite: every probe of `fkprobe --list` marked
   "differential" runs on this host under the capture library; its
   capture is replayed through fault.c. The table shows the host's verdict
   beside faultkit's. A disagreement passes only if divergences.txt lists
   it with these exact verdicts; a listed probe that agrees fails too.
2. Model rules on synthetic captures, independent of the host: SIGBUS
   past the end of a mapped file, 2.6.32's stack guard page, RLIMIT_STACK.
3. Bad input: a program that does not fault, a static binary, a program
   with its own SIGSEGV handler, a signal that is no fault, a missing
   program, and corrupt or truncated capture files.

usage: differential.py EXPLAIN_DIR   (where make explain-build put things)
"""
import os
import re
import resource
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))
import faultkit as fk

HERE = os.path.dirname(os.path.abspath(__file__))
DIVERGENCES = os.path.join(HERE, "divergences.txt")
TIMEOUT = 60


def parse_divergences(path):
    """{probe: (host, faultkit, reason)} from the reviewed file."""
    entries, current = {}, None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                current = None
                continue
            if line[0] in " \t":
                if current is None:
                    sys.exit(f"{path}:{n}: a reason line with no entry above it")
                entries[current][2].append(line.strip())
                continue
            fields = line.split()
            if len(fields) != 3 or fields[0] in entries:
                sys.exit(f"{path}:{n}: expected 'PROBE HOST FAULTKIT' once per probe")
            current = fields[0]
            entries[current] = (fields[1], fields[2], [])
    return {p: (h, k, " ".join(r)) for p, (h, k, r) in entries.items()}


def run(argv, env=None):
    return fk.run(argv, env=env, timeout=TIMEOUT)


class Suite:
    def __init__(self, bindir, scratch):
        self.bin = bindir
        self.scratch = scratch
        self.launcher = os.path.join(bindir, "faultkit")
        self.replay = os.path.join(bindir, "faultkit-replay")
        self.probe = os.path.join(bindir, "fkprobe")
        self.env = dict(os.environ, TMPDIR=scratch)
        self.passed = self.failed = 0

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
            print(f"  ok      {what}")
        else:
            self.failed += 1
            print(f"  FAILED  {what}")
            for line in detail.rstrip().splitlines():
                print(f"          | {line}")

    def explain(self, *args, capture=None):
        argv = [self.launcher, "explain"]
        if capture:
            argv += ["--capture", capture]
        return run(argv + list(args), env=self.env)

    def probes(self, role):
        out = run([self.probe, "--list"]).out.splitlines()
        return [line.split(" ", 2) for line in out if line.split()[1] == role]

    # ---- 1. differential ------------------------------------------------

    def verdict(self, name):
        cap = os.path.join(self.scratch, name + ".capture")
        r = self.explain("--verdict", "--", self.probe, name, capture=cap)
        m = re.search(r"^host=(\S+) faultkit=(\S+) agree=(\S+) "
                      r"decisive=(\S+)$", r.out, re.M)
        return m, r

    def differential(self):
        listed = parse_divergences(DIVERGENCES)
        probes = self.probes("differential")
        rows = []
        for name, _, what in probes:
            m, r = self.verdict(name)
            if not m:
                rows.append((name, "?", "?", "NO VERDICT", "", what))
                self.check(False, f"{name}: a verdict from the replay",
                           r.out + r.err)
                continue
            host, ours, _, line = m.groups()
            rows.append(self.judge(name, host, ours, line, listed) + (what,))
        for name in sorted(set(listed) - {p[0] for p in probes}):
            self.check(False, f"divergences.txt lists {name}, which is no probe")
        self.table(rows, listed)

    def judge(self, name, host, ours, line, listed):
        entry = listed.get(name)
        if host == ours and not entry:
            status = "agree"
        elif entry and (host, ours) == entry[:2]:
            status = "diverge (listed)"
        elif entry and host == ours:
            status = "AGREES BUT LISTED"
        else:
            status = "UNEXPECTED"
        self.check(status in ("agree", "diverge (listed)"),
                   f"{name}: host {host}, faultkit {ours}: {status}",
                   f"divergences.txt says: {entry[:2]}" if entry else
                   "not listed in divergences.txt")
        return (name, host, ours, status, line)

    @staticmethod
    def table(rows, listed):
        heads = ("probe", "host verdict", "faultkit verdict", "agree",
                 "decisive")
        widths = [max(len(str(r[i])) for r in rows + [heads])
                  for i in range(5)]
        fmt = "  ".join("{:<%d}" % w for w in widths)
        print("\n" + fmt.format(*heads).rstrip())
        print(fmt.format(*("-" * w for w in widths)))
        for r in rows:
            print(fmt.format(*r[:5]).rstrip())
        print()
        for r in rows:
            if r[3] == "diverge (listed)":
                print(f"  {r[0]}: {listed[r[0]][2]}\n")

    # ---- 2. model rules -------------------------------------------------

    SYNTHETIC = """faultkit-capture 1
kind fault
kernel synthetic
pid 1
comm synthetic
exe /synthetic
signal 11
si_code 1
si_addr {cr2:#x}
trapno 14
err {err:#x}
cr2 {cr2:#x}
sp {sp:#x}
ip 0x400100
cs 0x33
eflags 0x246
rlimit_stack {rlimit}
handler default
insn -
maps complete
vma 0x400000 0x401000 r-xp 0x0 4096 /synthetic
{vmas}vma 0x7fffff000000 0x7fffff021000 rw-p 0x0 - [stack]
end
"""
    STACK = 0x7fffff000000

    def model(self, what, want, cr2, vmas="", err=4, sp=None,
              rlimit=8 << 20):
        path = os.path.join(self.scratch, "synthetic.capture")
        with open(path, "w", encoding="utf-8") as f:
            f.write(self.SYNTHETIC.format(cr2=cr2, err=err, vmas=vmas,
                                          sp=sp or cr2, rlimit=rlimit))
        r = run([self.replay, "--verdict", path])
        m = re.search(r"faultkit=(\S+)", r.out)
        self.check(r.rc == 0 and m and m.group(1) == want,
                   f"{what}: {want}", r.out + r.err)

    def model_rules(self):
        data = "vma 0x10000000 0x10002000 r--s 0x0 {} /data\n"
        self.model("file of 100 bytes, page 0", "HANDLED", 0x10000010,
                   data.format(100))
        self.model("file of 100 bytes, page 1: past EOF",
                   "SIGBUS/BUS_ADRERR", 0x10001010, data.format(100))
        self.model("file of 4097 bytes, page 1", "HANDLED", 0x10001010,
                   data.format(4097))
        self.model("file of unknown size: no EOF rule", "HANDLED",
                   0x10001010, data.format("?"))
        self.model("mapping from file page 1, 8192-byte file, its page 1",
                   "SIGBUS/BUS_ADRERR", 0x10001010,
                   "vma 0x10000000 0x10002000 r--p 0x1000 8192 /data\n")
        below = "vma {:#x} {:#x} rw-p 0x0 -\n"
        s = self.STACK
        self.model("stack's lowest page, a mapping right below",
                   "SIGBUS/BUS_ADRERR", s + 8, below.format(s - 4096, s),
                   err=6)
        self.model("stack's lowest page, a one-page hole below", "HANDLED",
                   s + 8, below.format(s - 8192, s - 4096), err=6)
        self.model("stack grows onto the page above a mapping",
                   "SIGBUS/BUS_ADRERR", s - 4096 + 8,
                   below.format(s - 8192, s - 4096), err=6)
        self.model("stack growth within RLIMIT_STACK", "HANDLED",
                   s - 4096, err=6)
        self.model("stack past RLIMIT_STACK, within RHEL6's 2 MiB bias",
                   "HANDLED", s - 4096, err=6, rlimit=0x21000)
        self.model("stack past RLIMIT_STACK + 2 MiB (132 KiB + bias)",
                   "SIGSEGV/SEGV_MAPERR", s - (2 << 20) - 0x2000, err=6,
                   rlimit=0x21000)
        self.model("unlimited RLIMIT_STACK", "HANDLED", s - (64 << 20),
                   err=6, rlimit="unlimited")

    # ---- 3. bad input ---------------------------------------------------

    def bad_input(self):
        r = self.explain("--", self.probe, "no_fault")
        self.check(r.rc == 0 and "did not fault" in r.out,
                   "a program that does not fault: says so, exit 0",
                   r.out + r.err)
        static = os.path.join(self.bin, "fkprobe-static")
        r = self.explain("--", static, "null_read")
        self.check(r.rc == 2 and "statically linked" in r.err
                   and len(r.err.splitlines()) == 1,
                   "a static binary: one clear error, exit 2",
                   r.out + r.err)
        for probe in ("own_sigaction", "own_signal"):
            r = self.explain("--verdict", "--", self.probe, probe)
            self.check(r.rc == 0 and "own handler ran" in r.err
                       and "exited with status 3" in r.out and
                       "host=SIGSEGV/SEGV_MAPERR faultkit=SIGSEGV/SEGV_MAPERR"
                       in r.out,
                       f"{probe}: captured, and the program's handler still ran",
                       r.out + r.err)
        r = self.explain("--", self.probe, "raise_segv")
        self.check(r.rc == 0 and "sent by a process" in r.out
                   and "never ran" in r.out,
                   "raise(SIGSEGV): no fault, nothing to replay, says so",
                   r.out + r.err)
        r = self.explain("--", os.path.join(self.scratch, "no-such-prog"))
        self.check(r.rc == 2 and "no such program" in r.err,
                   "a missing program: one clear error, exit 2",
                   r.out + r.err)
        self.corrupt_captures()

    def corrupt_captures(self):
        good = os.path.join(self.scratch, "null_read.capture")
        with open(good, encoding="utf-8") as f:
            text = f.read()
        lines = text.splitlines(keepends=True)
        cases = {
            "empty": ("", "empty file"),
            "garbage": ("hello\n", "not a faultkit capture"),
            "version": (text.replace("faultkit-capture 1", "faultkit-capture 9", 1),
                        "version 9"),
            "truncated": ("".join(lines[:len(lines) // 2]), "truncated"),
            "cut mid-line": (text[:text.rindex("vma ") + 9], "truncated"),
            "bad number": (re.sub(r"^cr2 .*$", "cr2 zzz", text, flags=re.M),
                           "'zzz' is not a number"),
            "missing key": (re.sub(r"^sp .*\n", "", text, flags=re.M),
                            "'sp' is missing"),
            "unknown key": (text.replace("\nerr ", "\nerrr ", 1),
                            "unknown key 'errr'"),
            "vma order": (text.replace("end\n", "vma 0x1000 0x2000 r--p 0x0 -\nend\n"),
                          "out of order"),
        }
        for what, (body, want) in cases.items():
            path = os.path.join(self.scratch, "bad.capture")
            with open(path, "w", encoding="utf-8") as f:
                f.write(body)
            r = run([self.replay, path])
            self.check(r.rc == 2 and want in r.err and
                       len(r.err.splitlines()) == 1 and not r.out,
                       f"capture {what}: one error ({want!r}), exit 2",
                       r.out + r.err)
        r = run([self.replay, good])
        self.check(r.rc == 0 and "they agree" in r.out,
                   "the intact capture still replays", r.out + r.err)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    # The probes crash on purpose: no core files in the tree.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    scratch = tempfile.mkdtemp(prefix="faultkit-explain.")
    try:
        s = Suite(os.path.abspath(sys.argv[1]), scratch)
        print("differential suite: probes on this host, replayed through fault.c")
        s.differential()
        print("model rules, on synthetic captures")
        s.model_rules()
        print("bad input")
        s.bad_input()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"explain: {s.passed} passed, {s.failed} failed")
    return 1 if s.failed else 0


if __name__ == "__main__":
    sys.exit(fk.main("explain", main))
